vendor_codes::status_codes! {
    /// Codes.
    #[repr(u32)]
    pub enum Acme: u32 => client_error {
        1 ONE,
    }
}

fn main() {}
