vendor_codes::status_codes! {
    /// Codes.
    #[codes(http)]
    pub enum Cloud: &str {
        "200" OK,
    }
}

fn main() {}
