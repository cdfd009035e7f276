// An attribute with nothing in its brackets.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        #[]
        1 ONE,
    }
}

fn main() {}
