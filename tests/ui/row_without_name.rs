vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        5001: "File not found",
    }
}

fn main() {}
