vendor_codes::status_codes! {
    /// Codes.
    #[derive(Debug, Default)]
    pub enum Acme: u32 => client_error {
        1 ONE,
    }
}

fn main() {}
