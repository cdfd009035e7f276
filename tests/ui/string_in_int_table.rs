// Numbers and strings do not mix: an integer table's codes are numbers.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        group G ("ModelArts.") {
            1 ONE,
        }
        "ModelArts.0101" INVALID,
        2 TWO,
    }
}

fn main() {}
