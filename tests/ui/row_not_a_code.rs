vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 {
        SUCCESS 10000: "Ok" => success,
    }
}

fn main() {}
