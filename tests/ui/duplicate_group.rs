vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        group Model { 1 ONE, }
        group Model { 2 TWO, }
    }
}

fn main() {}
