vendor_codes::status_codes! {
    /// Codes.
    pub enum str: u32 => client_error {
        1 ONE,
    }
}

fn main() {}
