// A column whose type is missing.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        column http: ,
        1 ONE,
    }
}

fn main() {}
