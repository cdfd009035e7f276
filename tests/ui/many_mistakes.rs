// Every mistake is reported at once, each at its token.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u8 {
        group Small (0..=9) => client_error {
            1 ONE,
            10 TEN,
        }
        300 TOO_BIG => vendor_error,
        1 ONE_AGAIN => unknown,
        2 TWO,
    }
}

fn main() {}
