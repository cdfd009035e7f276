vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u16 => client_error {
        65536 TOO_LARGE,
        340282366920938463463374607431768211456 WAY_TOO_LARGE,
    }
}

fn main() {}
