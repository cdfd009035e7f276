// A class for a group's unlisted codes needs the range that holds them.
vendor_codes::status_codes! {
    /// Codes.
    pub enum Acme: u32 => client_error {
        #[codes(unlisted = retry)]
        group Throttle {
            11005 CONN_THROTTLED => retry,
        }
        #[codes(unlisted = later)]
        group Busy (12000..=12999) {
            12001 BUSY => retry,
        }
    }
}

fn main() {}
