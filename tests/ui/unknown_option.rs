vendor_codes::status_codes! {
    /// Codes.
    #[codes(vendor = "Acme", catchall = Other)]
    pub enum Acme: u32 => client_error {
        1 ONE,
    }
}

fn main() {}
