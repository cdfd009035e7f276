// Columns: their types, names and values, each mistake at its token.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        column http: u16,
        column solution: Option<&'static str>,
        column retries: u8 = 3,
        column weight: f64,
        column code: u16,
        column http: u16,
        column hint: Option<&'static str> = "none",
        #[cfg(feature = "x")]
        column gated: bool,
        1 ONE { http: 404 },
        2 TWO,
        3 THREE { http: "404" },
        4 FOUR { http: 70000 },
        5 FIVE { http: 404, colour: "red" },
        6 SIX { http: 404, http: 405 },
        7 SEVEN { http: 404, retries: -1 },
        8 EIGHT { http: 404u16 },
    }
}

fn main() {}
