vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: usize => client_error {
        1 ONE,
    }
}

fn main() {}
