vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        column http: u16
        column solution: Option<&'static str>,
        10000 SUCCESS: "Ok" => success { http: 200 },
    }
}

fn main() {}
