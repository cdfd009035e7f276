//! `codes decode`, run as the built binary: every real response body of
//! `tests/fixtures/` decides as its manifest expects, a body that is empty
//! or not the vendor's still gets the HTTP status's decision (exit status
//! 1), and bad input exits with 2.

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
            // An empty body (Seven Bridges' 429) is no vendor's body: exit
            // status 1, the status and headers deciding.
            let empty = body.iter().all(u8::is_ascii_whitespace);
            assert_eq!(status, i32::from(empty), "{vendor}/{file}: {err}");
            assert_eq!(result["decoded"], !empty, "{vendor}/{file}");
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
            assert_eq!(status, i32::from(empty));
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
    // A rate limit with no body: the reset header gives the wait (exit
    // status 1: there is no vendor's body).
    let (status, out, err) = run_with(
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
    assert_eq!(status, 1);
    assert!(out.contains("decision   retry after 60s\n"), "{out}");
    assert_eq!(
        err,
        "codes decode: no Seven Bridges response body: the body is empty; the HTTP status and headers decide alone\n"
    );
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

/// An empty body, or one that is no JSON (a proxy's HTML page), is no
/// vendor's body: exit status 1, and the decision the HTTP status gives
/// (`unknown` without one), as for any body that is not the vendor's.
#[test]
fn an_empty_or_non_json_body_exits_1_with_the_http_decision() {
    let html: &[u8] = b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
    let unknown = "decision   unknown: treat as a failure\nbasis      nothing\n";
    // The vendor's name as the registry has it; as its decoder has it; the
    // decision for a 503, the vendor's reading of its status deciding, body
    // or none: ModelArts' own table makes a 503 a request to fix.
    for (vendor, name, decoders, on_503) in [
        ("clarifai", "Clarifai", "Clarifai", "retry later"),
        ("bigml", "BigML.io", "BigML", "retry later"),
        (
            "seven-bridges",
            "Seven Bridges",
            "Seven Bridges",
            "retry later",
        ),
        (
            "modelarts",
            "Huawei Cloud ModelArts",
            "Huawei Cloud ModelArts",
            "fix the request",
        ),
    ] {
        let by_the_status = format!("decision   {on_503}\nbasis      the HTTP status\n");
        for empty in [&b""[..], b"\n", b"  \r\n\t"] {
            let (status, out, err) = run_with(&["decode", vendor], empty);
            assert_eq!((status, out.as_str()), (1, unknown), "{vendor}: {err}");
            assert_eq!(
                err,
                format!(
                    "codes decode: no {name} response body: the body is empty; no HTTP status was given (--http STATUS): nothing decides\n"
                )
            );
            let (status, out, err) = run_with(&["decode", vendor, "--http", "503"], empty);
            assert_eq!(status, 1, "{vendor}: {out}{err}");
            assert!(out.starts_with("http       503"), "{vendor}: {out}");
            assert!(out.ends_with(&by_the_status), "{vendor}: {out}");
            assert!(
                err.ends_with("the body is empty; the HTTP status decides alone\n"),
                "{vendor}: {err}"
            );
            let (status, out, _) = run_with(&["decode", vendor, "--json"], empty);
            assert_eq!(status, 1);
            let result: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(result["decoded"], false);
            assert_eq!(result["decision"], "unknown");
            assert!(
                result["error"]
                    .as_str()
                    .unwrap()
                    .contains("the body is empty"),
                "{result}"
            );
        }
        let (status, out, err) = run_with(&["decode", vendor], html);
        assert_eq!((status, out.as_str()), (1, unknown), "{vendor}: {err}");
        assert_eq!(
            err,
            format!(
                "codes decode: not a {decoders} response body: expected value at line 1 column 1\n"
            )
        );
        let (status, out, err) = run_with(&["decode", vendor, "--http", "502"], html);
        assert_eq!(status, 1, "{vendor}: {err}");
        assert!(
            out.ends_with("decision   retry later\nbasis      the HTTP status\n"),
            "{vendor}: {out}"
        );
        let (status, out, err) = run_with(&["decode", vendor, "--http", "503"], html);
        assert_eq!(status, 1, "{vendor}: {err}");
        assert!(out.ends_with(&by_the_status), "{vendor}: {out}");
    }
    // A Seven Bridges 429 with no body and no reset header: the status
    // alone decides.
    let (status, out, _) = run_with(&["decode", "seven-bridges", "--http", "429"], b"\n");
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "http       429\ndecision   retry later\nbasis      the HTTP status\n"
    );
}
