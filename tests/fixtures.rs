//! Every real response body under `tests/fixtures/<vendor>/` goes through its
//! vendor's entry point, and the decision is the one its manifest expects,
//! for the reason the manifest gives (where each body comes from is there
//! too).
#![cfg(all(feature = "vendors", feature = "serde"))]

use std::path::Path;

use serde::Deserialize;
use vendor_codes::vendors::response::RawResponse;
use vendor_codes::vendors::{
    Decision, UnixTime, Verdict, bigml, clarifai, modelarts, seven_bridges,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    vendor: String,
    fixtures: Vec<Fixture>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    file: String,
    source: String,
    #[serde(default)]
    adapted: Option<String>,
    http_status: Option<u16>,
    #[serde(default)]
    headers: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    now: Option<u64>,
    #[serde(default)]
    resource: Option<String>,
    expect: String,
    #[serde(default)]
    retry_after: Option<u64>,
    #[serde(default)]
    nested: std::collections::BTreeMap<String, String>,
    /// What decided it, as `Basis` displays it, where the manifest says.
    #[serde(default)]
    basis: Option<String>,
    reason: String,
}

/// The manifest's name for a decision.
fn name(decision: Decision) -> &'static str {
    match decision {
        Decision::Done => "done",
        Decision::Poll => "poll",
        Decision::Retry { .. } => "retry",
        Decision::Redirect => "redirect",
        Decision::FixRequest => "fix_request",
        Decision::VendorFailure => "vendor_failure",
        Decision::Unknown => "unknown",
    }
}

/// The statuses nested in a Clarifai body, by the manifest's names.
fn clarifai_nested(body: &clarifai::Response, which: &str) -> Option<Verdict> {
    let status = match which {
        "model_version" => body.model_version()?.status.as_ref(),
        "metrics" => body.model_version()?.metrics.as_ref()?.status.as_ref(),
        "output_model_version" => body
            .outputs
            .first()?
            .model
            .as_ref()?
            .model_version
            .as_ref()?
            .status
            .as_ref(),
        other => panic!("no nested status {other}"),
    };
    status.map(clarifai::Status::verdict)
}

/// Runs one fixture; the decision and the nested decisions, or why not.
fn run(
    vendor: &str,
    fixture: &Fixture,
    body: &[u8],
) -> Result<(Verdict, Vec<(String, String)>), String> {
    let headers: Vec<(&str, &str)> = fixture
        .headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut response = RawResponse::new(fixture.http_status, body).with_headers(headers.as_slice());
    if let Some(now) = fixture.now {
        response = response.at(UnixTime(now));
    }
    let mut nested = Vec::new();
    let verdict = match vendor {
        "clarifai" => {
            let decoded = clarifai::decode(&response).map_err(|e| e.to_string())?;
            let body = decoded.body.ok_or("no body")?;
            for which in fixture.nested.keys() {
                let verdict = clarifai_nested(&body, which).ok_or(format!("no {which} status"))?;
                nested.push((which.clone(), name(verdict.decision).to_owned()));
            }
            decoded.verdict
        }
        "bigml" => {
            let resource = match fixture.resource.as_deref() {
                Some(id) => Some(bigml::Resource::from_id(id).ok_or(format!("no resource {id}"))?),
                None => None,
            };
            bigml::decode(&response, resource)
                .map_err(|e| e.to_string())?
                .verdict
        }
        "seven_bridges" => {
            seven_bridges::decode(&response)
                .map_err(|e| e.to_string())?
                .verdict
        }
        "modelarts" => {
            modelarts::decode(&response)
                .map_err(|e| e.to_string())?
                .verdict
        }
        other => return Err(format!("no vendor {other}")),
    };
    Ok((verdict, nested))
}

#[test]
fn every_fixture_decodes_to_the_decision_its_manifest_expects() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut failures = Vec::new();
    let mut count = 0;
    for vendor in ["clarifai", "bigml", "seven_bridges", "modelarts"] {
        let dir = root.join(vendor);
        let manifest: Manifest = serde_json::from_slice(
            &std::fs::read(dir.join("manifest.json")).expect("each vendor has a manifest"),
        )
        .unwrap_or_else(|e| panic!("{vendor}/manifest.json: {e}"));
        assert_eq!(manifest.vendor, vendor);
        // Every body in the folder is in the manifest, and the other way round.
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("readable")
            .map(|entry| {
                entry
                    .expect("an entry")
                    .file_name()
                    .into_string()
                    .expect("utf-8")
            })
            .filter(|file| file != "manifest.json")
            .collect();
        files.sort();
        let mut listed: Vec<String> = manifest.fixtures.iter().map(|f| f.file.clone()).collect();
        listed.sort();
        assert_eq!(files, listed, "{vendor}: fixtures and manifest differ");
        for fixture in &manifest.fixtures {
            count += 1;
            assert!(!fixture.source.is_empty() && !fixture.reason.is_empty());
            assert!(fixture.adapted.as_ref().is_none_or(|a| !a.is_empty()));
            let body = std::fs::read(dir.join(&fixture.file)).expect("the fixture exists");
            let label = format!("{vendor}/{} ({})", fixture.file, fixture.reason);
            match run(vendor, fixture, &body) {
                Err(e) => failures.push(format!("{label}: does not decode: {e}")),
                Ok((verdict, nested)) => {
                    if name(verdict.decision) != fixture.expect {
                        failures.push(format!(
                            "{label}: expected {}, got {verdict}",
                            fixture.expect
                        ));
                    }
                    if let Some(basis) = &fixture.basis {
                        if &verdict.basis.to_string() != basis {
                            failures.push(format!(
                                "{label}: expected the basis {basis}, got {verdict}"
                            ));
                        }
                    }
                    if let Some(secs) = fixture.retry_after {
                        if verdict.decision.retry_after_secs() != Some(secs) {
                            failures.push(format!(
                                "{label}: expected a retry after {secs}s, got {verdict}"
                            ));
                        }
                    }
                    for (which, got) in nested {
                        let want = &fixture.nested[&which];
                        if &got != want {
                            failures.push(format!("{label}: {which}: expected {want}, got {got}"));
                        }
                    }
                }
            }
        }
    }
    assert!(count >= 30, "only {count} fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
