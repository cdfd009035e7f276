vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 {
        group Model "Model codes" (21000..=21999) => client_error {
            21200 MODEL_DOES_NOT_EXIST,
            22000 INPUT_INVALID,
        }
    }
}

fn main() {}
