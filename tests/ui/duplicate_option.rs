vendor_codes::status_codes! {
    /// Codes.
    #[codes(vendor = "Acme", vendor = "Acme Corp")]
    pub enum Acme: u32 => client_error {
        1 ONE,
    }
}

fn main() {}
