vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        group Model (21000..=21999) {
            21200 MODEL_DOES_NOT_EXIST,
        }
        group Eval (21300..=22999) {
            21300 EVALUATION_FAILED,
        }
    }
}

fn main() {}
