//! The decision of a macro-generated table's codes: a listed code by its row,
//! an unlisted one by its group's declared class (`#[codes(unlisted = ...)]`),
//! else by the HTTP status; a generic code yields to what says retry.

use codes_core::{Basis, Class, Decide, Decision};

codes_macros::status_codes! {
    /// A table whose throttle group declares a class for its unlisted codes.
    pub enum Acme: u32 {
        group Generic "Generic" (10000..=10999) => vendor_error {
            10000 SUCCESS: "Ok" => success,
            #[codes(generic)]
            10020 FAILURE: "Failure",
            10040 NOT_IMPLEMENTED: "Not implemented",
        }
        /// Every row of the group asks to retry, and so does every code of
        /// its range the table does not list.
        #[codes(unlisted = retry)]
        group Throttle "Throttle codes" (11000..=11999) => retry {
            11003 EXCEED_HOURLY_LIMIT: "Hourly limit exceeded",
            11005 THROTTLED: "Making too many requests",
        }
    }
}

#[test]
fn an_unlisted_code_takes_its_groups_declared_class() {
    let unlisted = Acme::from(11099);
    assert!(!unlisted.is_known());
    assert_eq!(unlisted.class(), Class::Retry);
    let verdict = Decide::new().http_status(200).code(unlisted).decide();
    assert_eq!(
        (verdict.decision, verdict.basis),
        (Decision::Retry { after: None }, Basis::Group)
    );
    // With a Retry-After, the group's retry waits as the header says.
    let verdict = Decide::new()
        .http_status(200)
        .code(unlisted)
        .headers(&[("Retry-After", "12")], None)
        .decide();
    assert_eq!(verdict.decision.retry_after_secs(), Some(12));
}

#[test]
fn an_unlisted_code_of_a_group_without_one_falls_back_to_the_http_status() {
    let unlisted = Acme::from(10999);
    assert_eq!(unlisted.class(), Class::Unknown);
    for (status, decision, basis) in [
        (503, Decision::Retry { after: None }, Basis::HttpStatus),
        (404, Decision::FixRequest, Basis::HttpStatus),
        // A 2xx does not make it a success.
        (200, Decision::Unknown, Basis::Nothing),
    ] {
        let verdict = Decide::new().http_status(status).code(unlisted).decide();
        assert_eq!(
            (verdict.decision, verdict.basis),
            (decision, basis),
            "{status}"
        );
    }
}

#[cfg(feature = "http")]
#[test]
fn an_http_header_map_gives_retry_after() {
    use codes_core::Headers;
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::RETRY_AFTER,
        http::HeaderValue::from_static("7"),
    );
    // A value that is not text is no value.
    headers.insert(
        "x-binary",
        http::HeaderValue::from_bytes(b"\xff").expect("a value"),
    );
    assert_eq!(headers.header("Retry-After"), Some("7"));
    assert_eq!(headers.header("x-binary"), None);
    let verdict = Decide::new()
        .http_status(503)
        .headers(&headers, None)
        .decide();
    assert_eq!(verdict.decision.retry_after_secs(), Some(7));
}

#[test]
fn a_generic_code_yields_to_what_says_retry() {
    let failure = Acme::from(10020);
    assert!(failure.is_generic());
    assert!(!Acme::NotImplemented.is_generic());
    assert!(!Acme::from(10999).is_generic());
    let decide = |status: u16| Decide::new().http_status(status).code(failure).decide();
    // A gateway's transient failures and throttling decide a retry.
    for status in [429, 502, 503, 504] {
        let verdict = decide(status);
        assert_eq!(
            (verdict.decision, verdict.basis),
            (Decision::Retry { after: None }, Basis::HttpStatus),
            "{status}"
        );
    }
    // Elsewhere the code's own class stands.
    for status in [200, 400, 500] {
        let verdict = decide(status);
        assert_eq!(
            (verdict.decision, verdict.basis),
            (Decision::VendorFailure, Basis::Code),
            "{status}"
        );
    }
    // A Retry-After says retry too, and how long to wait.
    let headers: &[(&str, &str)] = &[("Retry-After", "30")];
    let verdict = Decide::new()
        .http_status(500)
        .code(failure)
        .headers(headers, None)
        .decide();
    assert_eq!(verdict.decision.retry_after_secs(), Some(30));
    assert_eq!(verdict.basis, Basis::RetryHint);
    // So does the vendor's own transient signal, ahead of the status.
    let verdict = Decide::new()
        .http_status(503)
        .code(failure)
        .signal(Decision::Retry { after: None })
        .decide();
    assert_eq!(verdict.basis, Basis::Body);
    // A specific code does not yield: it says more than the status.
    let verdict = Decide::new()
        .http_status(503)
        .code(Acme::NotImplemented)
        .decide();
    assert_eq!(
        (verdict.decision, verdict.basis),
        (Decision::VendorFailure, Basis::Code)
    );
}
