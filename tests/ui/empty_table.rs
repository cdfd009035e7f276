vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 {}
}

fn main() {}
