vendor_codes::status_codes! {
    /// In a string-keyed table an alias is a code too.
    pub enum Cloud: &str => client_error {
        "NoSuchKey": "The key does not exist",
        "SlowDown" | "NoSuchKey": "An alias that is another row's code",
        "NoSuchBucket" | "NoSuchBucket": "An alias that repeats the row's code",
        "Throttle.Api" | "ThrottlingException": "Too many requests",
        "ThrottlingException": "A code that is another row's alias",
    }
}

fn main() {}
