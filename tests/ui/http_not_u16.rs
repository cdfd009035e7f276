vendor_codes::status_codes! {
    /// Codes.
    #[codes(http)]
    pub enum Acme: u32 {
        200 "OK",
    }
}

fn main() {}
