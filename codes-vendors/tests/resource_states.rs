//! Issue 23's decisions on the bodies vendors send, case by case: a
//! resource's state inside a successful call (rule 6 of the decision
//! rules), bulk results keyed by id, and statuses written as words.
//!
//! Every body here is MADE UP for the case it tests (written after the
//! vendors' documented shapes, not captured from a vendor): the real bodies,
//! with their sources, are the fixtures (`tests/fixtures/`).
#![cfg(all(
    feature = "serde",
    feature = "clarifai",
    feature = "bigml",
    feature = "seven-bridges",
    feature = "modelarts"
))]

use codes_vendors::response::RawResponse;
use codes_vendors::{Basis, Decision, bigml, clarifai, modelarts, seven_bridges};

fn state(at: &'static str) -> Basis {
    Basis::State { at, index: None }
}

fn clarifai(status: Option<u16>, body: &str) -> (Decision, Basis) {
    let verdict = clarifai::decode(&RawResponse::new(status, body.as_bytes()))
        .unwrap_or_else(|e| panic!("{body}: {e}"))
        .verdict;
    (verdict.decision, verdict.basis)
}

#[test]
fn clarifai_states_decide_the_work_the_call_started() {
    // Made up: a created version queued, then training, then failed.
    for (code, decision) in [
        (21103, Decision::Poll),
        (21101, Decision::Poll),
        (21104, Decision::Poll),
        (21106, Decision::VendorFailure),
        (21111, Decision::FixRequest),
    ] {
        let body = format!(
            r#"{{"status": {{"code": 10000}}, "model_version": {{"status": {{"code": {code}}}}}}}"#
        );
        assert_eq!(
            clarifai(Some(200), &body),
            (decision, state("model_version.status")),
            "{code}"
        );
    }
    // Trained: done, by the request's own code.
    let body = r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21100}}}"#;
    assert_eq!(clarifai(Some(200), body), (Decision::Done, Basis::Code));
    // Made up: untrained, not evaluated, not deployed are no failure of a call.
    for code in [21102, 21302, 21353] {
        let body = format!(
            r#"{{"status": {{"code": 10000}}, "model": {{"model_version": {{"status": {{"code": {code}}}}}}}}}"#
        );
        assert_eq!(
            clarifai(Some(200), &body),
            (Decision::Done, Basis::Code),
            "{code}"
        );
    }
    // Made up: metrics still evaluating; a failed evaluation.
    let body = r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21100},
                  "metrics": {"status": {"code": 21301}}}}"#;
    assert_eq!(
        clarifai(None, body),
        (Decision::Poll, state("model_version.metrics.status"))
    );
    let body = r#"{"status": {"code": 10000}, "model": {"model_version": {"status": {"code": 21100},
                  "metrics": {"status": {"code": 21317}}}}}"#;
    assert_eq!(
        clarifai(None, body),
        (
            Decision::VendorFailure,
            state("model.model_version.metrics.status")
        )
    );
    // Made up: a dataset version still processing; a single input downloading.
    let body =
        r#"{"status": {"code": 10000}, "dataset_version": {"id": "v", "status": {"code": 64010}}}"#;
    assert_eq!(
        clarifai(Some(200), body),
        (Decision::Poll, state("dataset_version.status"))
    );
    let body = r#"{"status": {"code": "SUCCESS"}, "input": {"id": "i", "status": {"code": "INPUT_DOWNLOAD_PENDING"}}}"#;
    assert_eq!(
        clarifai(Some(200), body),
        (Decision::Poll, state("input.status"))
    );
    // Made up: the most severe state decides, the first of that severity
    // names it.
    let body = r#"{"status": {"code": 10000}, "model_version": {"status": {"code": 21101},
                  "metrics": {"status": {"code": 21317}}}}"#;
    assert_eq!(
        clarifai(Some(200), body),
        (
            Decision::VendorFailure,
            state("model_version.metrics.status")
        )
    );
}

#[test]
fn clarifai_states_outside_the_call_stay_neutral() {
    // Made up: a prediction whose output's model version is training: the
    // prediction's work is done.
    let body = r#"{"status": {"code": 10000}, "outputs": [{"status": {"code": 10000},
                  "model": {"model_version": {"status": {"code": 21101}}}}]}"#;
    assert_eq!(clarifai(Some(200), body), (Decision::Done, Basis::Code));
    // Made up: a call that failed is decided without the states.
    let body = r#"{"status": {"code": 21200}, "model_version": {"status": {"code": 21101}}}"#;
    assert_eq!(
        clarifai(Some(404), body),
        (Decision::FixRequest, Basis::Code)
    );
    let body = r#"{"status": {"code": 11005}, "model_version": {"status": {"code": 21106}}}"#;
    assert_eq!(clarifai(Some(429), body).0, Decision::Retry { after: None });
}

#[test]
fn bigml_output_resources_decide_an_execution() {
    let decide = |body: &str| {
        bigml::decode(
            &RawResponse::new(Some(200), body.as_bytes()),
            Some(bigml::Resource::Execution),
        )
        .unwrap_or_else(|e| panic!("{body}: {e}"))
        .verdict
    };
    // Made up: a finished execution whose second output is faulty.
    let body = r#"{"resource": "execution/1", "status": {"code": 5, "message": "done"},
                  "execution": {"output_resources": [{"code": 5, "id": "source/1"},
                                                     {"code": -1, "id": "dataset/2"}]}}"#;
    let verdict = decide(body);
    assert_eq!(verdict.decision, Decision::VendorFailure);
    assert_eq!(
        verdict.basis,
        Basis::State {
            at: "execution.output_resources",
            index: Some(1)
        }
    );
    // Made up: every output finished; an output in a status the table does
    // not list (6, uploading) polls.
    let body = r#"{"resource": "execution/1", "status": {"code": 5, "message": "done"},
                  "execution": {"output_resources": [{"code": 5, "id": "source/1"}]}}"#;
    assert_eq!(decide(body).decision, Decision::Done);
    let body = r#"{"resource": "execution/1", "status": {"code": 5, "message": "done"},
                  "execution": {"output_resources": [{"code": 6, "id": "source/1"}]}}"#;
    assert_eq!(decide(body).decision, Decision::Poll);
    // Made up: an execution still running is a poll by its own status.
    let body = r#"{"resource": "execution/1", "status": {"code": 3, "message": "running"},
                  "execution": {"output_resources": [{"code": 1, "id": "source/1"}]}}"#;
    assert_eq!(decide(body).basis, Basis::Code);
    // Made up: an `execution` of another shape does not make the body
    // unreadable.
    let body = r#"{"resource": "source/1", "status": {"code": 5, "message": "done"}, "execution": "execution/9"}"#;
    assert_eq!(decide(body).decision, Decision::Done);
}

fn seven_bridges(status: u16, body: &str) -> (Decision, Basis, seven_bridges::Response) {
    let decoded = seven_bridges::decode(&RawResponse::new(Some(status), body.as_bytes()))
        .unwrap_or_else(|e| panic!("{body}: {e}"));
    (
        decoded.verdict.decision,
        decoded.verdict.basis,
        decoded.body.expect("a body"),
    )
}

#[test]
fn seven_bridges_bulk_map_with_a_failed_entry_fails() {
    // Made up, in the shape issue 23 quotes: a bulk copy answered 200, one
    // entry failed with 403 and code 5001.
    let body = r#"{
        "5655df71e4b08c5d86970945": {"status": "OK", "new_file_id": "a", "new_file_name": "x.bam"},
        "5721e1bee4b0d8becbf4ebf0": {"status": "FAILED",
            "error": {"status": 403, "code": 5001, "message": "Insufficient privileges to access the requested file."}}
    }"#;
    let (decision, basis, body) = seven_bridges(200, body);
    assert_eq!((decision, basis), (Decision::FixRequest, Basis::Item(1)));
    assert_eq!(body.record_key(1), Some("5721e1bee4b0d8becbf4ebf0"));
    assert_eq!(body.records().count(), 2);
    // Made up: a failed entry without an error: a failure of unknown kind.
    let body = r#"{"a": {"status": "OK"}, "b": {"status": "FAILED"}}"#;
    assert_eq!(seven_bridges(200, body).0, Decision::Unknown);
    // Made up: nested errors in a list, with a status given as a word.
    let body = r#"{"items": [{"resource": {"id": "a"}}, {"error": {"status": "NOT_FOUND", "message": "gone"}}]}"#;
    let (decision, basis, body) = seven_bridges(200, body);
    assert_eq!((decision, basis), (Decision::FixRequest, Basis::Item(1)));
    assert_eq!(body.record_key(1), None);
}

#[test]
fn seven_bridges_resources_are_no_bulk_map() {
    // Made up: a task (a resource with objects among its members, and a
    // word status that is its state): nothing keyed; the running task's
    // state decides (the call's work is not done).
    let body = r#"{"href": "https://api/tasks/1", "id": "1", "status": "RUNNING",
                  "inputs": {"reads": {"class": "File", "path": "x"}},
                  "execution_status": {"message": "Running", "queued": 0, "running": 1}}"#;
    let (decision, basis, body) = seven_bridges(200, body);
    assert_eq!(
        (decision, basis),
        (
            Decision::Poll,
            Basis::State {
                at: "status",
                index: None
            }
        )
    );
    assert!(body.keyed.0.is_empty());
    // Made up: a map one of whose members is not a record is no map.
    let body = r#"{"a": {"status": "FAILED"}, "href": "https://api/x"}"#;
    assert_eq!(seven_bridges(200, body).0, Decision::Done);
}

#[test]
fn seven_bridges_string_status_reads_as_its_http_reason() {
    // Made up: an error whose status is a word, with no numeric code and no
    // HTTP status beside the body.
    let body = br#"{"status": "NOT_FOUND", "message": "Requested file does not exist."}"#;
    let decoded = seven_bridges::decode(&RawResponse::new(None, body)).expect("a body");
    assert_eq!(
        decoded.body.as_ref().and_then(|b| b.error.status),
        Some(404)
    );
    assert_eq!(
        (decoded.verdict.decision, decoded.verdict.basis),
        (Decision::FixRequest, Basis::HttpStatus)
    );
    for (word, decision) in [
        ("TOO_MANY_REQUESTS", Decision::Retry { after: None }),
        ("Service Unavailable", Decision::Retry { after: None }),
        ("INTERNAL_SERVER_ERROR", Decision::VendorFailure),
        ("forbidden", Decision::FixRequest),
    ] {
        let body = format!(r#"{{"status": "{word}"}}"#);
        let decoded =
            seven_bridges::decode(&RawResponse::new(None, body.as_bytes())).expect("a body");
        assert_eq!(decoded.decision(), decision, "{word}");
    }
    // A task's state is no reason: nothing decides it without a status.
    let decoded = seven_bridges::decode(&RawResponse::new(None, br#"{"status": "COMPLETED"}"#))
        .expect("a body");
    assert_eq!(decoded.decision(), Decision::Unknown);
}

#[test]
fn modelarts_job_states_are_read_by_the_job_table() {
    let decide = |status: Option<u16>, body: &str| {
        let verdict = modelarts::decode(&RawResponse::new(status, body.as_bytes()))
            .unwrap_or_else(|e| panic!("{body}: {e}"))
            .verdict;
        (verdict.decision, verdict.basis)
    };
    // Made up: the older APIs' job states, as numbers and as strings.
    for (status, decision) in [
        (r#""8""#, Decision::Poll),
        ("10", Decision::Done),
        (r#""11""#, Decision::VendorFailure),
        ("13", Decision::FixRequest),
    ] {
        let body = format!(r#"{{"is_success": true, "job_id": 3, "status": {status}}}"#);
        let expected = if decision == Decision::Done {
            (Decision::Done, Basis::Body)
        } else {
            (decision, state("status"))
        };
        assert_eq!(decide(None, &body), expected, "{status}");
    }
    // Made up: JOBSTAT_UNKNOWN and an unlisted status are neutral.
    for status in ["0", r#""99""#] {
        let body = format!(r#"{{"job_id": 3, "status": {status}}}"#);
        assert_eq!(
            decide(Some(200), &body),
            (Decision::Done, Basis::HttpStatus)
        );
    }
    // Made up: a numeric status in a body that is not a job's (a dataset's
    // 1 is "normal"), and a newer API's status object: not job states.
    let body = r#"{"dataset_id": "d", "status": 1}"#;
    assert_eq!(decide(Some(200), body).0, Decision::Done);
    let body = r#"{"job_id": "j", "status": {"phase": "Running"}}"#;
    assert_eq!(decide(Some(200), body).0, Decision::Done);
    // Made up: a failed call is decided without its job state.
    let body = r#"{"is_success": false, "job_id": 3, "status": 1, "error_code": "ModelArts.0104", "error_msg": "x"}"#;
    assert_eq!(decide(Some(400), body).0, Decision::FixRequest);
}

#[test]
fn seven_bridges_task_and_job_states_decide_the_work() {
    use codes_vendors::seven_bridges::task_state;
    for (state, decision) in [
        ("QUEUED", Decision::Poll),
        ("RUNNING", Decision::Poll),
        ("SUBMITTED", Decision::Poll),
        ("resolving", Decision::Poll),
        ("COMPLETED", Decision::Done),
        ("FINISHED", Decision::Done),
        ("DRAFT", Decision::Done),
        ("FAILED", Decision::Unknown),
        ("ABORTED", Decision::Unknown),
    ] {
        assert_eq!(task_state(state), decision, "{state}");
    }
    // Made up: an asynchronous job still running; one finished.
    let (decision, basis, _) =
        seven_bridges(200, r#"{"id": "j1", "state": "RUNNING", "result": []}"#);
    assert_eq!(
        (decision, basis),
        (
            Decision::Poll,
            Basis::State {
                at: "state",
                index: None
            }
        )
    );
    assert_eq!(
        seven_bridges(200, r#"{"id": "j1", "state": "FINISHED"}"#).0,
        Decision::Done
    );
    // A failed call is decided without the state.
    assert_eq!(
        seven_bridges(404, r#"{"status": 404, "code": 5002}"#).0,
        Decision::FixRequest
    );
}

#[test]
fn modelarts_instance_states_decide_the_work() {
    use codes_vendors::modelarts::{InstanceStatus, Status};
    let decode = |body: &str| {
        let raw = RawResponse::new(Some(200), body.as_bytes());
        codes_vendors::modelarts::decode(&raw).unwrap()
    };
    // Made up: an instance being started polls; one failing to start is
    // the vendor's failure; one running is done.
    for (word, decision) in [
        ("STARTING", Decision::Poll),
        ("START_FAILED", Decision::VendorFailure),
        ("RUNNING", Decision::Done),
    ] {
        let decoded = decode(&format!(r#"{{"id": "DE-1", "status": "{word}"}}"#));
        assert_eq!(decoded.decision(), decision, "{word}");
        assert_eq!(
            decoded.body.unwrap().status,
            Some(Status::Instance(
                InstanceStatus::from_code(word).to_static().unwrap()
            ))
        );
    }
    // A word the table does not list (a service's "running") is no state.
    let decoded = decode(r#"{"id": "s1", "status": "running"}"#);
    assert_eq!(decoded.decision(), Decision::Done);
    assert_eq!(decoded.body.unwrap().status, None);
}
