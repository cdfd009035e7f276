vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => success {
        30000 INPUT_SUCCESS | : "Download complete",
    }
}

fn main() {}
