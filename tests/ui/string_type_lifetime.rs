vendor_codes::status_codes! {
    /// Codes.
    pub enum Cloud: &'a str => client_error {
        "a" A,
    }
}

fn main() {}
