//! A client's own rules on top of the tables, through a real response: a
//! real HTTP server on 127.0.0.1 (axum, port 0) answers, the real `reqwest`
//! client decodes with the vendor's entry point and the client's rules.

use codes_client::Decides;
use codes_client::reqwest::receive;
use codes_vendors::clarifai::{self, Clarifai};
use codes_vendors::{Basis, Class, CodeValue, Decision, Rule};

mod common;
use common::{Vendor, answer, client};

/// This client's rules: Clarifai's MODEL_DOES_NOT_EXIST under HTTP 404 is
/// a retry (a model appears a moment after it is created), and an output
/// whose input is still downloading (30001) is one to poll again.
static RULES: &[Rule] = &[
    Rule::new("Clarifai", CodeValue::Int(21200), Class::Retry).when_http(404),
    Rule::new("Clarifai", CodeValue::Int(30001), Class::Pending),
];

async fn decided(status: u16, body: &str) -> (Decision, Basis) {
    let vendor = Vendor::start(vec![answer(status, body)]).await;
    let response = client().get(vendor.url("/v2/models")).send().await.unwrap();
    let received = receive(response, |raw| clarifai::decode(&raw.with_rules(RULES)))
        .await
        .unwrap();
    let verdict = received.verdict();
    assert_eq!(verdict.decision, received.decision());
    (verdict.decision, verdict.basis)
}

#[tokio::test]
async fn a_rule_decides_before_the_table() {
    // The static form names the same code as the typed one.
    assert_eq!(
        Rule::of(Clarifai::ModelDoesNotExist, Class::Retry).when_http(404),
        RULES[0]
    );
    let missing = r#"{"status": {"code": 21200, "description": "Model does not exist"}}"#;
    assert_eq!(
        decided(404, missing).await,
        (Decision::Retry { after: None }, Basis::Rule)
    );
    // Under another status the rule does not apply: the table decides.
    assert_eq!(
        decided(400, missing).await,
        (Decision::FixRequest, Basis::Code)
    );
}

#[tokio::test]
async fn a_rule_gives_an_item_its_class() {
    let body = r#"{"status": {"code": 10000}, "outputs": [{"status": {"code": 10000}}, {"status": {"code": 30001}}]}"#;
    assert_eq!(decided(200, body).await, (Decision::Poll, Basis::Item(1)));
}
