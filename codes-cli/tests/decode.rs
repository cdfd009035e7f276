//! `codes decode`, run as the built binary: every real response body of
//! `tests/fixtures/` decides as its manifest expects, a body that is not the
//! vendor's still gets the HTTP status's decision, and bad input exits with
//! 2.

mod common;

use std::path::{Path, PathBuf};

use common::run_with;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

#[test]
fn every_fixture_decides_as_its_manifest_expects() {
    let mut count = 0;
    for vendor in ["clarifai", "bigml", "seven_bridges", "modelarts"] {
        let dir = fixtures().join(vendor);
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
        for fixture in manifest["fixtures"].as_array().unwrap() {
            let file = fixture["file"].as_str().unwrap();
            let body = std::fs::read(dir.join(file)).unwrap();
            let mut args: Vec<String> =
                vec!["decode".into(), vendor.replace('_', "-"), "--json".into()];
            if let Some(status) = fixture["http_status"].as_u64() {
                args.extend(["--http".into(), status.to_string()]);
            }
            if let Some(headers) = fixture["headers"].as_object() {
                for (name, value) in headers {
                    args.extend([
                        "--header".into(),
                        format!("{name}: {}", value.as_str().unwrap()),
                    ]);
                }
            }
            if let Some(now) = fixture["now"].as_u64() {
                args.extend(["--now".into(), now.to_string()]);
            }
            if let Some(resource) = fixture["resource"].as_str() {
                args.extend(["--resource".into(), resource.into()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (status, out, err) = run_with(&args, &body);
            let result: serde_json::Value = serde_json::from_str(&out)
                .unwrap_or_else(|e| panic!("{vendor}/{file}: {e}: {out}{err}"));
            assert_eq!(status, 0, "{vendor}/{file}: {err}");
            assert_eq!(result["decoded"], true, "{vendor}/{file}");
            assert_eq!(
                result["decision"], fixture["expect"],
                "{vendor}/{file}: {}",
                fixture["reason"]
            );
            if let Some(after) = fixture["retry_after"].as_u64() {
                assert_eq!(result["retry_after"], after, "{vendor}/{file}");
            }
            // The text form ends with the same decision and its basis.
            let text_args: Vec<&str> = args.iter().copied().filter(|a| *a != "--json").collect();
            let (status, text, _) = run_with(&text_args, &body);
            assert_eq!(status, 0);
            let lines: Vec<&str> = text.lines().collect();
            let decision = result["lines"].as_array().unwrap();
            assert_eq!(lines.len(), decision.len(), "{text}");
            assert_eq!(
                lines[lines.len() - 1],
                format!("basis      {}", result["basis"].as_str().unwrap())
            );
            assert!(lines[lines.len() - 2].starts_with("decision   "), "{text}");
            count += 1;
        }
    }
    assert_eq!(count, 76);
}

#[test]
fn the_readme_example() {
    let (status, out, err) = run_with(
        &["decode", "seven-bridges", "--http", "503"],
        b"{\"code\": 0}\n",
    );
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "http       503\n\
         error      0: The Platform is currently under maintenance.\n\
         decision   retry later\n\
         basis      the vendor code\n"
    );
    // A rate limit with no body: the reset header gives the wait.
    let (status, out, _) = run_with(
        &[
            "decode",
            "seven-bridges",
            "--http",
            "429",
            "--header",
            "X-RateLimit-Reset: 1700000060",
            "--now",
            "1700000000",
        ],
        b"",
    );
    assert_eq!(status, 0);
    assert!(out.contains("decision   retry after 60s\n"), "{out}");
}

#[test]
fn a_body_that_is_not_the_vendors_still_gets_the_http_decision() {
    let (status, out, err) = run_with(
        &["decode", "clarifai", "--http", "502"],
        b"<html>Bad Gateway</html>",
    );
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "http       502\ndecision   retry later\nbasis      the HTTP status\n"
    );
    assert_eq!(
        err,
        "codes decode: not a Clarifai response body: expected value at line 1 column 1\n"
    );
    let (status, out, _) = run_with(
        &["decode", "modelarts", "--http", "404", "--json"],
        b"{\"error_code\": 12",
    );
    assert_eq!(status, 1);
    let result: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(result["decoded"], false);
    assert_eq!(result["decision"], "fix_request");
    assert!(
        result["error"].as_str().unwrap().contains("line 1 column"),
        "{result}"
    );
}

#[test]
fn bad_arguments_and_input_exit_with_2() {
    for (args, message) in [
        (&["decode", "acme"][..], "invalid value 'acme'"),
        (
            &["decode", "clarifai", "--http", "abc"],
            "invalid value 'abc'",
        ),
        (
            &["decode", "clarifai", "--header", "no colon"],
            "--header takes 'Name: value', not \"no colon\"",
        ),
        (
            &["decode", "bigml", "--resource", "nope"],
            "no BigML resource nope; the resources are: source, ",
        ),
    ] {
        let (status, out, err) = run_with(args, b"{}");
        assert_eq!((status, out.as_str()), (2, ""), "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    // A body over the input limit is refused, not read whole.
    let huge = vec![b' '; 65 * 1024 * 1024];
    let (status, out, err) = run_with(&["decode", "clarifai"], &huge);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains("standard input is too large: over 64 MiB"),
        "{err}"
    );
}

#[test]
fn nothing_to_decode_is_an_error_but_an_empty_body_with_a_status_is_not() {
    let (status, out, err) = run_with(&["decode", "clarifai"], b"");
    assert_eq!(status, 2, "{out}");
    assert!(err.contains("nothing to decode"), "{err}");
    let (status, out, _) = run_with(&["decode", "seven-bridges", "--http", "429"], b"\n");
    assert_eq!(status, 0);
    assert!(out.contains("retry"), "{out}");
}
