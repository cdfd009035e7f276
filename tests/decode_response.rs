//! The decode_response example: each vendor's documented bodies decode to the
//! right status and decision; bad bodies and arguments are errors.
#![cfg(all(feature = "vendors", feature = "serde"))]

#[allow(dead_code)]
#[path = "../examples/decode_response.rs"]
mod decode_response;

use decode_response::{Options, decode, parse};

fn options(vendor: &str) -> Options {
    Options {
        vendor: vendor.into(),
        ..Options::default()
    }
}

fn field<'a>(lines: &'a [String], label: &str) -> &'a str {
    let prefix = format!("{label:<10} ");
    lines
        .iter()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {label} in {lines:?}"))
}

#[test]
fn clarifai_statuses_decide() {
    let body = r#"{"status": {"code": 21101, "description": "Custom model is currently training"}, "outputs": []}"#;
    let lines = decode(&options("clarifai"), body).unwrap();
    assert_eq!(
        field(&lines, "status"),
        "21101 MODEL_TRAINING: Custom model is currently training"
    );
    assert_eq!(field(&lines, "decision"), "poll again");
    let lines = decode(
        &options("clarifai"),
        r#"{"status": {"code": 11005, "description": "x"}}"#,
    )
    .unwrap();
    assert_eq!(field(&lines, "decision"), "retry later");
    let lines = decode(
        &options("clarifai"),
        r#"{"status": {"code": 77777, "description": "new"}}"#,
    )
    .unwrap();
    assert_eq!(field(&lines, "status"), "unknown Clarifai status 77777");
    assert_eq!(field(&lines, "decision"), "vendor failure");
}

#[test]
fn bigml_resources_and_errors_decide() {
    let resource = r#"{"code": 201, "resource": "model/1", "status": {"code": 1, "message": "The task is queued"}}"#;
    let lines = decode(&options("bigml"), resource).unwrap();
    assert_eq!(field(&lines, "class"), "pending");
    assert_eq!(field(&lines, "decision"), "poll again");
    let finished = decode(
        &options("bigml"),
        r#"{"code": 5, "message": "The model has been created"}"#,
    )
    .unwrap();
    assert_eq!(field(&finished, "decision"), "done");

    let error = r#"{"code": 400, "status": {"code": -40021, "message": "Your model cannot be created now"}}"#;
    let mut model = options("bigml");
    model.resource = Some("model".into());
    let lines = decode(&model, error).unwrap();
    assert_eq!(field(&lines, "decision"), "retry later");
    // The same code means something else for linear regressions, and nothing
    // without a resource: the HTTP status decides then.
    model.resource = None;
    let lines = decode(&model, error).unwrap();
    assert!(field(&lines, "error").contains("--resource"));
    assert_eq!(field(&lines, "decision"), "fix the request");
    model.resource = Some("nonsense".into());
    assert_eq!(
        decode(&model, error).unwrap_err(),
        "no BigML resource nonsense"
    );
}

#[test]
fn seven_bridges_and_modelarts_errors_decide() {
    let body = r#"{"status": 429, "code": 1000, "message": "Rate limit exceeded! Check response headers."}"#;
    let lines = decode(&options("seven-bridges"), body).unwrap();
    assert_eq!(field(&lines, "decision"), "retry later");
    let body = r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;
    let mut modelarts = options("modelarts");
    assert!(
        decode(&modelarts, body)
            .unwrap_err()
            .contains("--http is required")
    );
    modelarts.http = Some(400);
    let lines = decode(&modelarts, body).unwrap();
    assert_eq!(field(&lines, "error"), "ModelArts.0104: Parameter error.");
    assert_eq!(field(&lines, "decision"), "fix the request");
}

#[test]
fn malformed_bodies_and_arguments_are_errors() {
    for vendor in ["clarifai", "bigml", "seven-bridges"] {
        for body in ["", "{", "[]", "42", r#"{"status": "ok"}"#] {
            assert!(decode(&options(vendor), body).is_err(), "{vendor}: {body}");
        }
    }
    assert!(
        decode(&options("acme"), "{}")
            .unwrap_err()
            .starts_with("no vendor acme")
    );
    let args = |a: &[&str]| parse(&a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
    assert!(args(&[]).is_err());
    assert!(args(&["--vendor"]).is_err());
    assert!(args(&["--vendor", "bigml", "--http", "abc"]).is_err());
    assert!(args(&["--vendor", "bigml", "extra"]).is_err());
    assert_eq!(
        args(&["--vendor", "modelarts", "--http", "404"])
            .unwrap()
            .http,
        Some(404)
    );
}
