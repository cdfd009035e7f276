vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        404 NOT_FOUND,
        405 "Not Found",
    }
}

fn main() {}
