//! The fuzz suite of the vendors' entry points: random JSON, mutated real
//! bodies (the fixtures) and random bytes, with random HTTP statuses and
//! headers, never panic; every error names its cause and where it is.
//!
//! Normal runs try 2,000 cases per property (`FUZZ_CASES` changes it); the
//! whole fuzz suite is the ignored test, 100,000 cases per property:
//!
//! ```text
//! cargo test --all-features --release --test fuzz_bodies -- --ignored
//! ```
#![cfg(all(feature = "vendors", feature = "serde"))]

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use vendor_codes::vendors::response::RawResponse;
use vendor_codes::vendors::{RetryAfter, UnixTime, bigml, clarifai, modelarts, seven_bridges};

/// Every fixture body, the seeds of the mutations.
fn fixtures() -> &'static [Vec<u8>] {
    static FIXTURES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut bodies = Vec::new();
        for vendor in ["clarifai", "bigml", "seven_bridges", "modelarts"] {
            for entry in std::fs::read_dir(root.join(vendor)).expect("the fixtures") {
                let path = entry.expect("an entry").path();
                if path.file_name().is_some_and(|n| n != "manifest.json") {
                    bodies.push(std::fs::read(path).expect("readable"));
                }
            }
        }
        assert!(bodies.len() >= 30);
        bodies
    })
}

/// Any JSON value, with the keys and numbers the vendors' bodies use among
/// random ones, nested a few levels.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("status".to_owned()),
        Just("code".to_owned()),
        Just("description".to_owned()),
        Just("outputs".to_owned()),
        Just("inputs".to_owned()),
        Just("model".to_owned()),
        Just("model_version".to_owned()),
        Just("metrics".to_owned()),
        Just("message".to_owned()),
        Just("error".to_owned()),
        Just("type".to_owned()),
        Just("resource".to_owned()),
        Just("items".to_owned()),
        Just("result".to_owned()),
        Just("error_code".to_owned()),
        Just("error_msg".to_owned()),
        Just("error_message".to_owned()),
        Just("success".to_owned()),
        Just("is_success".to_owned()),
        Just("results".to_owned()),
        Just("delete_failed_list".to_owned()),
        "[a-z_]{0,8}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        prop_oneof![
            Just(10000_i64),
            Just(10010),
            Just(30002),
            Just(21101),
            Just(0),
            Just(5),
            Just(-1),
            Just(6),
            Just(-1200),
            Just(-40021),
            Just(404),
            Just(429),
            Just(503),
            Just(1000),
        ]
        .prop_map(serde_json::Value::from),
        prop_oneof![
            Just("SUCCESS".to_owned()),
            Just("MODEL_DOES_NOT_EXIST".to_owned()),
            Just("transient".to_owned()),
            Just("ModelArts.3009".to_owned()),
            ".{0,12}",
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A body's bytes changed a little: bytes replaced, inserted, removed, or the
/// body cut short.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let edit = (any::<prop::sample::Index>(), any::<u8>(), 0..4_u8);
    (
        any::<prop::sample::Index>(),
        prop::collection::vec(edit, 1..8),
    )
        .prop_map(|(which, edits)| {
            let mut body = which.get(fixtures()).clone();
            for (at, byte, kind) in edits {
                let at = if body.is_empty() {
                    0
                } else {
                    at.index(body.len())
                };
                match kind {
                    0 if !body.is_empty() => body[at] = byte,
                    1 => body.insert(at, byte),
                    2 if !body.is_empty() => {
                        body.remove(at);
                    }
                    _ => body.truncate(at),
                }
            }
            body
        })
}

/// Headers a response may have, well-formed or not.
fn headers() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        Just("Retry-After".to_owned()),
        Just("retry-after".to_owned()),
        Just("X-RateLimit-Reset".to_owned()),
        "[A-Za-z-]{1,12}",
    ];
    let value = prop_oneof![
        Just("Sun, 06 Nov 1994 08:49:37 GMT".to_owned()),
        "[0-9]{0,25}",
        "[A-Za-z]{3}, [0-9]{2} [A-Za-z]{3} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT",
        ".{0,40}",
    ];
    prop::collection::vec((name, value), 0..4)
}

/// Runs `body` through every vendor's entry point: no panic, and every error
/// says which vendor's body it expected, what was wrong and where.
fn check(body: &[u8], status: Option<u16>, headers: &[(String, String)], now: Option<u64>) {
    let headers: Vec<(&str, &str)> = headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let mut response = RawResponse::new(status, body).with_headers(headers.as_slice());
    if let Some(now) = now {
        response = response.at(UnixTime(now));
    }
    let errors = [
        clarifai::decode(&response).err(),
        bigml::decode(&response, None).err(),
        bigml::decode(&response, Some(bigml::Resource::Model)).err(),
        seven_bridges::decode(&response).err(),
        modelarts::decode(&response).err(),
    ];
    for error in errors.into_iter().flatten() {
        let text = error.to_string();
        let prefix = format!("not a {} response body: ", error.vendor());
        let cause = text
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{text:?} does not name the vendor"));
        assert!(
            cause.contains(" at line ") && cause.contains(" column "),
            "{text:?} does not say where"
        );
        assert!(
            cause.len() > " at line 1 column 1".len(),
            "{text:?} has no cause"
        );
        assert_eq!(error.status(), status);
        assert!(error.line() >= 1, "{text:?}");
    }
}

fn run_properties(cases: u32) {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let status = prop::option::of(prop_oneof![
        Just(200_u16),
        Just(429),
        Just(503),
        any::<u16>()
    ]);
    let now = prop::option::of(any::<u64>());

    let mut runner = TestRunner::new(config.clone());
    runner
        .run(
            &(json(), status.clone(), headers(), now.clone()),
            |(value, status, headers, now)| {
                let body = serde_json::to_vec(&value).expect("serializes");
                check(&body, status, &headers, now);
                Ok(())
            },
        )
        .expect("random JSON");

    let mut runner = TestRunner::new(config.clone());
    runner
        .run(
            &(mutated(), status.clone(), headers(), now.clone()),
            |(body, status, headers, now)| {
                check(&body, status, &headers, now);
                Ok(())
            },
        )
        .expect("mutated fixtures");

    let mut runner = TestRunner::new(config.clone());
    runner
        .run(
            &(
                prop::collection::vec(any::<u8>(), 0..64),
                status,
                headers(),
                now,
            ),
            |(body, status, headers, now)| {
                check(&body, status, &headers, now);
                Ok(())
            },
        )
        .expect("random bytes");

    let mut runner = TestRunner::new(config);
    runner
        .run(
            &(".{0,40}", prop::option::of(any::<u64>())),
            |(value, now)| {
                let parsed = RetryAfter::parse(&value);
                let _ = parsed.and_then(|r| r.delay(now.map(UnixTime)));
                let _ = RetryAfter::unix_reset(&value);
                Ok(())
            },
        )
        .expect("Retry-After values");
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

#[test]
fn no_body_panics_and_every_error_names_its_cause() {
    run_properties(cases());
}

/// The whole fuzz suite: 100,000 cases per property.
#[test]
#[ignore = "the fuzz suite: 100,000 cases per property (run with --ignored, in release)"]
fn fuzz_suite() {
    run_properties(100_000);
}
