vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        group Model (21999..=21000) {
            21200 MODEL_DOES_NOT_EXIST,
        }
    }
}

fn main() {}
