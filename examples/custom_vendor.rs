//! An SDK author declares their vendor's table once; a client of the SDK then
//! handles responses by matching on the code's group and class, never on
//! numbers.
//!
//! Run it with `cargo run --example custom_vendor`.

use vendor_codes::Class;

// ---- In the SDK: the vendor's table, as its documentation page reads. ----

vendor_codes::status_codes! {
    /// Status codes of the (fictional) Acme Vision API.
    #[codes(vendor = "Acme Vision")]
    pub enum AcmeStatus: u32 {
        /// Codes every endpoint may return.
        group Generic "Generic Codes: 10xxx" (10000..=10999) => vendor_error {
            10000 SUCCESS: "Ok" => success,
            10020 FAILURE: "Failure",
            10030 TRY_AGAIN: "Try the request again" => retry,
        }
        /// Training and serving custom models.
        group Model "Model Codes: 21xxx" (21000..=21999) => client_error {
            21100 MODEL_TRAINED: "Custom model has been already trained" => success,
            21101 MODEL_TRAINING: "Custom model is currently training" => pending,
            21102 MODEL_QUEUED_FOR_TRAINING: "Custom model is queued for training" => pending,
            21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
        }
        group Auth "Auth Codes: 11xxx" (11000..=11999) => client_error {
            11007 CONN_KEY_INVALID: "Invalid API key or Invalid API key/application pair",
            11005 CONN_THROTTLED: "Making too many requests" => retry,
        }
    }
}

/// The SDK's response, as it decodes it from the vendor's JSON.
struct Response {
    status: AcmeStatus,
    request_id: &'static str,
}

// ---- In the client: decisions from types. ----

/// What the client does next.
#[derive(Debug, PartialEq)]
enum Next {
    Done,
    PollIn { seconds: u32 },
    RetryIn { seconds: u32 },
    Fail(String),
}

fn decide(response: &Response, attempt: u32) -> Next {
    let status = response.status;
    // Exhaustive over the class: a new class is a compile error here, not a
    // silent fall-through.
    match status.class() {
        Class::Success => Next::Done,
        Class::Pending | Class::Informational => Next::PollIn { seconds: 5 },
        Class::Retry => Next::RetryIn {
            seconds: 2u32.saturating_pow(attempt),
        },
        Class::Redirect | Class::ClientError | Class::VendorError | Class::Unknown => {
            Next::Fail(format!("request {} failed: {status}", response.request_id))
        }
    }
}

/// Which part of the SDK should report the failure, by the code's group.
fn owner(status: AcmeStatus) -> &'static str {
    match status.group() {
        Some(AcmeStatusGroup::Generic) => "transport",
        Some(AcmeStatusGroup::Model) => "models",
        Some(AcmeStatusGroup::Auth) => "credentials",
        None => "unknown",
    }
}

fn main() {
    // The raw codes of a few responses, as a vendor would send them.
    for (raw, request_id) in [
        (21101, "req-1"),
        (21100, "req-2"),
        (11005, "req-3"),
        (21200, "req-4"),
        (21999, "req-5"),
        (42, "req-6"),
    ] {
        let response = Response {
            status: AcmeStatus::from(raw),
            request_id,
        };
        let next = decide(&response, 3);
        println!(
            "{raw:>6}  {:<12} {:<12} {next:?}",
            owner(response.status),
            response.status.class()
        );
    }

    // Names both ways, for logs and for configuration files.
    let status: AcmeStatus = "MODEL_DOES_NOT_EXIST".parse().expect("a listed name");
    assert_eq!(status, AcmeStatus::ModelDoesNotExist);
    assert_eq!(
        decide(
            &Response {
                status,
                request_id: "r"
            },
            0
        ),
        Next::Fail("request r failed: 21200 MODEL_DOES_NOT_EXIST: Model does not exist".into())
    );
    println!("{status}");
}
