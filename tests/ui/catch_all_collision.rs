vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: i32 => client_error {
        -2 UNKNOWN: "The task has reached a state that we cannot verify",
    }
}

fn main() {}
