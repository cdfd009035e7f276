vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        10000 SUCCESS: "Ok"
        10010 MIXED_STATUS => success,
    }
}

fn main() {}
