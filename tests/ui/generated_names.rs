// Variants, groups and the catch-all may not take the names of the items the
// macro generates.
vendor_codes::status_codes! {
    /// Codes.
    #[codes(unknown = VENDOR)]
    pub enum Acme: u32 => client_error {
        group containing (0..=9) {
            1 as ALL,
            2 as COUNT,
            3 as code,
            4 as __index,
        }
        10 TEN,
    }
}

fn main() {}
