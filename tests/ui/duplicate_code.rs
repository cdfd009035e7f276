vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
        21201 MODEL_NOT_READY,
        21200 MODEL_MISSING: "Model missing",
    }
}

fn main() {}
