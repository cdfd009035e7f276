vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        5001 FILE_NOT_FOUND: "",
    }
}

fn main() {}
