vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        21200 MODEL_DOES_NOT_EXIST,
        21201 MODEL_DOES_NOT_EXIST as ModelGone,
    }
}

fn main() {}
