//! `codes decode`'s library: each vendor's bodies decode through the
//! vendor's entry point to the right status and decision, with the HTTP
//! status and headers beside them; bad bodies are errors that still give
//! what the HTTP status decides.

use codes_cli::decode::{Outcome, Response, Vendor};

/// A request to decode: the vendor as the command line names it, and what
/// came with the body.
#[derive(Default)]
struct Options {
    vendor: String,
    http: Option<u16>,
    headers: Vec<(String, String)>,
    now: Option<u64>,
    resource: Option<String>,
}

/// The lines `codes decode` prints, or its error with the lines it prints
/// all the same.
fn decode(options: &Options, body: &str) -> Result<Vec<String>, (String, Vec<String>)> {
    let vendor = Vendor::from_id(&options.vendor)
        .ok_or_else(|| (format!("no vendor {}", options.vendor), Vec::new()))?;
    let response = Response {
        http: options.http,
        headers: options.headers.clone(),
        now: options.now,
        resource: options.resource.as_deref(),
    };
    match codes_cli::decode::decode(vendor, &response, body.as_bytes()) {
        Ok(Outcome::Decoded { lines, .. }) => Ok(lines),
        Ok(Outcome::NotDecoded { error, lines, .. }) => Err((error, lines)),
        Err(error) => Err((error, Vec::new())),
    }
}

fn options(vendor: &str) -> Options {
    Options {
        vendor: vendor.into(),
        ..Options::default()
    }
}

fn with_http(vendor: &str, http: u16) -> Options {
    Options {
        http: Some(http),
        ..options(vendor)
    }
}

fn field<'a>(lines: &'a [String], label: &str) -> &'a str {
    let prefix = format!("{label:<10} ");
    lines
        .iter()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {label} in {lines:?}"))
}

fn ok(options: &Options, body: &str) -> Vec<String> {
    decode(options, body).unwrap_or_else(|(e, _)| panic!("{body}: {e}"))
}

#[test]
fn clarifai_statuses_decide() {
    let body = r#"{"status": {"code": 21101, "description": "Custom model is currently training"}, "outputs": []}"#;
    let lines = ok(&options("clarifai"), body);
    assert_eq!(
        field(&lines, "status"),
        "21101 MODEL_TRAINING: Custom model is currently training"
    );
    assert_eq!(field(&lines, "decision"), "poll again");
    assert_eq!(field(&lines, "basis"), "the vendor code");
    let lines = ok(
        &options("clarifai"),
        r#"{"status": {"code": 11005, "description": "x"}}"#,
    );
    assert_eq!(field(&lines, "decision"), "retry later");
    // An unknown code: nothing decides it without an HTTP status...
    let unknown = r#"{"status": {"code": 77777, "description": "new"}}"#;
    let lines = ok(&options("clarifai"), unknown);
    assert_eq!(field(&lines, "status"), "unknown Clarifai status 77777");
    assert_eq!(field(&lines, "decision"), "unknown: treat as a failure");
    // ...and the HTTP status does, with its Retry-After.
    let mut throttled = with_http("clarifai", 429);
    throttled.headers.push(("Retry-After".into(), "30".into()));
    let lines = ok(&throttled, unknown);
    assert_eq!(field(&lines, "decision"), "retry after 30s");
    assert_eq!(field(&lines, "basis"), "the HTTP status");
    // The code's name, as protobuf's JSON mapping writes it, and a failed output.
    let body = r#"{"status": {"code": "MIXED_STATUS"}, "outputs": [
        {"status": {"code": "SUCCESS"}}, {"status": {"code": 30002, "description": "Download failed"}}]}"#;
    let lines = ok(&with_http("clarifai", 200), body);
    assert_eq!(field(&lines, "status"), "10010 MIXED_STATUS: Mixed Success");
    // Clarifai's proto names 30002 `INPUT_FAILED`; the page's `INPUT_DOWNLOAD_FAILED` is its alias.
    assert!(field(&lines, "item 1").starts_with("30002 INPUT_FAILED"));
    assert_eq!(field(&lines, "decision"), "fix the request");
    assert_eq!(field(&lines, "basis"), "item 1");
}

#[test]
fn bigml_resources_and_errors_decide() {
    let resource = r#"{"code": 201, "resource": "model/1", "status": {"code": 1, "message": "The task is queued"}}"#;
    let lines = ok(&options("bigml"), resource);
    assert_eq!(field(&lines, "resource"), "model/1");
    assert_eq!(field(&lines, "class"), "pending");
    assert_eq!(field(&lines, "decision"), "poll again");
    let finished = ok(
        &options("bigml"),
        r#"{"code": 5, "message": "The model has been created"}"#,
    );
    assert_eq!(field(&finished, "decision"), "done");

    let error = r#"{"code": 400, "status": {"code": -40021, "message": "Your model cannot be created now"}}"#;
    let mut model = options("bigml");
    model.resource = Some("model".into());
    let lines = ok(&model, error);
    assert!(field(&lines, "error").starts_with("-40021 CannotBeCreatedNow"));
    assert_eq!(field(&lines, "decision"), "retry later");
    // The same code means nothing without a resource: the HTTP status the
    // body repeats decides.
    model.resource = None;
    let lines = ok(&model, error);
    assert!(field(&lines, "error").contains("--resource"));
    assert_eq!(field(&lines, "decision"), "fix the request");
    assert_eq!(field(&lines, "basis"), "the HTTP status");
    model.resource = Some("nonsense".into());
    assert!(
        decode(&model, error)
            .unwrap_err()
            .0
            .starts_with("no BigML resource nonsense")
    );
    // BigML's bindings mark a failed connection transient: retry.
    let transient = r#"{"status": {"code": 500, "message": "The resource couldn't be retrieved", "type": "transient"}}"#;
    assert_eq!(
        field(&ok(&with_http("bigml", 500), transient), "decision"),
        "retry later"
    );
}

#[test]
fn seven_bridges_and_modelarts_decide() {
    let body = r#"{"status": 429, "code": 1000, "message": "Rate limit exceeded! Check response headers."}"#;
    let lines = ok(&options("seven-bridges"), body);
    assert_eq!(field(&lines, "decision"), "retry later");
    // Maintenance: HTTP 503 and `{"code": 0}`.
    let lines = ok(&with_http("seven-bridges", 503), r#"{"code": 0}"#);
    assert_eq!(
        field(&lines, "error"),
        "0: The Platform is currently under maintenance."
    );
    assert_eq!(field(&lines, "decision"), "retry later");
    // A 429 with no body and the reset time.
    let mut limited = with_http("seven-bridges", 429);
    limited
        .headers
        .push(("X-RateLimit-Reset".into(), "1700000060".into()));
    limited.now = Some(1_700_000_000);
    // No body is no vendor's body; the status and headers decide all the same.
    let (error, lines) = decode(&limited, "").unwrap_err();
    assert_eq!(
        error,
        "no Seven Bridges response body: the body is empty; the HTTP status and headers decide alone"
    );
    assert_eq!(field(&lines, "decision"), "retry after 60s");

    let body = r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;
    // Without the HTTP status, the error code decides: ModelArts' error-code
    // page classes ModelArts.0104 ("Check the parameter settings.") a client
    // error.
    let lines = ok(&options("modelarts"), body);
    assert_eq!(field(&lines, "decision"), "fix the request");
    assert_eq!(field(&lines, "basis"), "the vendor code");
    let lines = ok(&with_http("modelarts", 400), body);
    assert_eq!(
        field(&lines, "http"),
        "400 BadRequest: The request is invalid. Do not retry the request before modification."
    );
    assert_eq!(field(&lines, "error"), "ModelArts.0104: Parameter error.");
    assert_eq!(field(&lines, "decision"), "fix the request");
    // Older APIs' `error_message` with a code the page does not list, and a
    // failed item inside a 200.
    let old =
        r#"{"is_success": false, "error_message": "Error string", "error_code": "ModelArts.0105"}"#;
    assert_eq!(
        field(&ok(&with_http("modelarts", 200), old), "decision"),
        "unknown: treat as a failure"
    );
    let batch = r#"{"delete_success_list": ["a"], "delete_failed_list": [{"error_code": "ModelArts.3009", "error_msg": "deployed"}]}"#;
    let lines = ok(&with_http("modelarts", 200), batch);
    assert_eq!(field(&lines, "item 0"), "failed: ModelArts.3009");
    assert_eq!(field(&lines, "basis"), "item 0");
}

#[test]
fn malformed_bodies_and_arguments_are_errors() {
    for vendor in ["clarifai", "bigml", "seven-bridges", "modelarts"] {
        for body in [
            "{",
            "[]",
            "42",
            r#"{"status": "ok""#,
            "<html>502 Bad Gateway</html>",
        ] {
            let (error, lines) = decode(&with_http(vendor, 502), body).unwrap_err();
            assert!(error.contains("line 1 column"), "{vendor}: {body}: {error}");
            // What the HTTP status alone decides is still given.
            assert_eq!(field(&lines, "decision"), "retry later", "{vendor}: {body}");
        }
    }
    // A body in the wrong place: Clarifai's status and BigML's are objects.
    for vendor in ["clarifai", "bigml"] {
        assert!(
            decode(&options(vendor), r#"{"status": "ok"}"#).is_err(),
            "{vendor}"
        );
    }
    // No body at all: no vendor's body, the HTTP status deciding.
    let (error, lines) = decode(&with_http("clarifai", 204), "").unwrap_err();
    assert_eq!(
        error,
        "no Clarifai response body: the body is empty; the HTTP status decides alone"
    );
    assert_eq!(field(&lines, "http"), "204");
    assert_eq!(field(&lines, "decision"), "done");
}
