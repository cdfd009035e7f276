// An alias is another name of the same code: it may not be another row's
// name or alias, nor repeat one of its own row's names.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => success {
        30000 INPUT_SUCCESS | INPUT_DOWNLOAD_SUCCESS: "Download complete",
        30001 INPUT_PENDING | INPUT_SUCCESS: "Pending",
        30002 INPUT_FAILED | INPUT_FAILED: "Failed",
        30003 INPUT_OTHER | "": "Other",
    }
}

fn main() {}
