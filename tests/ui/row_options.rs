// A row takes `#[codes(deprecated)]` or `#[codes(deprecated = "note")]`.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => success {
        #[codes(http)]
        1 ONE,
        #[codes(deprecated = "")]
        2 TWO,
        #[codes(deprecated, deprecated)]
        3 THREE,
    }
}

fn main() {}
