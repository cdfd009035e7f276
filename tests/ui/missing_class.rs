vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 {
        10000 SUCCESS: "Ok" => success,
        10020 FAILURE: "Failure",
    }
}

fn main() {}
