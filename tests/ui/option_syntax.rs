// `#[codes(...)]` written wrong, each mistake at its token: no
// parentheses, an option without its value, no comma between two, a value
// that is not a path, a note left empty after `=`.
vendor_codes::status_codes! {
    /// Codes.
    #[codes]
    #[codes(vendor)]
    #[codes(exhaustive group_enum = Groups)]
    #[codes(crate = 5)]
    pub enum Acme: u32 => client_error {
        #[codes(deprecated = )]
        1 ONE,
    }
}

fn main() {}
