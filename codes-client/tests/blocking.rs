//! The blocking client against a real server on loopback (the server runs
//! on its own tokio runtime; the client blocks the test's thread).

use codes_client::Decides;
use codes_client::reqwest::blocking::{bigml, seven_bridges};
use codes_vendors::bigml::Resource;
use codes_vendors::{Basis, Decision};

mod common;
use common::{Vendor, answer, fixture};

#[test]
fn blocking_responses_decode_with_their_raw_body() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let maintenance = fixture("seven_bridges/maintenance.json");
    let vendor = runtime.block_on(Vendor::start(vec![
        answer(503, &maintenance),
        answer(500, &fixture("bigml/transient_error.json")),
    ]));
    let client = reqwest::blocking::Client::new();

    let received = seven_bridges(client.get(vendor.url("/v2/files")).send().unwrap()).unwrap();
    assert_eq!(received.verdict().decision, Decision::Retry { after: None });
    assert_eq!(received.verdict().basis, Basis::Code);
    assert_eq!(&received.body[..], maintenance.as_bytes());

    let received = bigml(
        client.get(vendor.url("/andromeda/model")).send().unwrap(),
        Some(Resource::Model),
    )
    .unwrap();
    // "type": "transient" makes the 500 a retry, as BigML's bindings retry it.
    assert_eq!(received.decision(), Decision::Retry { after: None });
    assert_eq!(received.verdict().basis, Basis::Body);
    assert_eq!(vendor.requests(), ["/v2/files", "/andromeda/model"]);
}
