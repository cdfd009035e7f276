vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 {
        10000 SUCCESS: "Ok" => sucess,
    }
}

fn main() {}
