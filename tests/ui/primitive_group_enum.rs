vendor_codes::status_codes! {
    /// Codes.
    #[codes(group_enum = u32)]
    pub enum Acme: u32 => client_error {
        group G { 1 ONE }
    }
}

fn main() {}
