// A string-keyed table: codes are non-empty, unique string literals, and its
// groups' ranges are prefixes.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Cloud: &str => client_error {
        group Training ("Cloud.49") {
            "Cloud.4900",
            "Cloud.5000",
        }
        group Numbers (1..=9) {
            "Cloud.0001",
        }
        group Same ("Cloud.49") {
            "Cloud.4901",
        }
        "",
        "Cloud.0101",
        "Cloud.0101" AGAIN,
        101 AS_NUMBER,
        "1.5" as OnePointFive,
        "..",
    }
}

fn main() {}
