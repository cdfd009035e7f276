vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        column http: u16,
        10000 SUCCESS: "Ok" => success { http: 200 }
        10010 MIXED_STATUS { http: 200 },
    }
}

fn main() {}
