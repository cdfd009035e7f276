// A row takes `#[codes(deprecated)]` or `#[codes(deprecated = "note")]`, and
// `#[codes(generic)]`.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => success {
        #[codes(http)]
        1 ONE,
        #[codes(deprecated = "")]
        2 TWO,
        #[codes(deprecated, deprecated)]
        3 THREE,
        #[codes(generic, generic)]
        4 FOUR,
        #[codes(generic, deprecated)]
        5 FIVE,
    }
}

fn main() {}
