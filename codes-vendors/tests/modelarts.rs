//! The ModelArts table against its page (`data/pages/modelarts_status_codes.txt`), its classes, its
//! `http::StatusCode` conversions and its error body.
#![cfg(feature = "modelarts")]

use codes_vendors::Class;
use codes_vendors::modelarts::{ModelArts, TABLES};

/// Every row of the page's table: the code and its status text, as printed.
const PAGE: [(u16, &str); 42] = [
    (100, "Continue"),
    (101, "Switching Protocols"),
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "NoContent"),
    (205, "Reset Content"),
    (206, "Partial Content"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (305, "Use Proxy"),
    (306, "Unused"),
    (400, "BadRequest"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "NotFound"),
    (405, "MethodNotAllowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Time-out"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "Length Required"),
    (412, "Precondition Failed"),
    (413, "Request Entity Too Large"),
    (414, "Request-URI Too Large"),
    (415, "Unsupported Media Type"),
    (416, "Requested range not satisfiable"),
    (417, "Expectation Failed"),
    (422, "UnprocessableEntity"),
    (429, "TooManyRequests"),
    (500, "InternalServerError"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "ServiceUnavailable"),
    (504, "ServerTimeout"),
    (505, "HTTP Version not supported"),
];

#[test]
fn row_count_is_the_pages() {
    assert_eq!(ModelArts::COUNT, 42);
    assert_eq!(ModelArts::ALL.len(), 42);
    // The HTTP table, then the error codes' three tables.
    assert_eq!(TABLES.len(), 4);
    let table = &TABLES[0];
    assert_eq!(table.len(), 42);
    assert_eq!(table.entries().count(), 42);
    assert_eq!(table.id(), "modelarts");
    assert_eq!(table.vendor(), "Huawei Cloud ModelArts");
    assert_eq!(ModelArts::VENDOR, "Huawei Cloud ModelArts");
    assert_eq!(table.int_type(), "u16");
    assert_eq!(codes_vendors::table("modelarts").map(|t| t.len()), Some(42));
}

#[test]
fn codes_and_names_are_the_pages_in_order() {
    assert_eq!(ModelArts::ALL.len(), PAGE.len());
    for (status, (code, name)) in ModelArts::ALL.iter().zip(PAGE) {
        assert_eq!(status.code(), code);
        assert_eq!(status.name(), Some(name), "{code}");
        assert!(status.is_known());
        // The page has no sections, so the table has no groups (and its
        // enum no group accessors: `VendorCode`'s say `None`).
        assert_eq!(
            codes_vendors::VendorCode::group_name(*status),
            None,
            "{code}"
        );
    }
}

#[test]
fn every_code_round_trips_by_code_and_by_name() {
    for &status in ModelArts::ALL {
        let code = status.code();
        assert_eq!(ModelArts::from(code), status);
        assert_eq!(ModelArts::from_code(code), status);
        assert_eq!(ModelArts::try_from_code(code), Ok(status));
        assert_eq!(u16::from(status), code);
        let name = status.name().expect("every row has a name");
        assert_eq!(ModelArts::from_name(name), Some(status));
        assert_eq!(name.parse::<ModelArts>(), Ok(status));
        let entry = TABLES[0].get(i128::from(code)).expect("listed");
        assert_eq!(entry.name, Some(name));
        assert_eq!(entry.variant, status.variant_name().expect("listed"));
        assert_eq!(TABLES[0].get_by_name(name), Some(entry));
    }
    // Names are exact: RFC 9110's spelling of a ModelArts-spelled name fails.
    assert_eq!(ModelArts::from_name("Not Found"), None);
    assert_eq!(ModelArts::from_name("notfound"), None);
    assert!("Request Timeout".parse::<ModelArts>().is_err());
}

#[test]
fn spot_checks_from_every_class_of_codes() {
    use ModelArts as M;
    let cases = [
        (
            100,
            M::Continue,
            "Continue",
            "The client continues sending the request. This provisional response informs the client that part of the request has been received and has not yet been rejected by the server.",
        ),
        (200, M::Ok, "OK", "The request has been fulfilled."),
        (
            203,
            M::NonAuthoritativeInformation,
            "Non-Authoritative Information",
            "Non-authoritative information. The request is successful.",
        ),
        (
            303,
            M::SeeOther,
            "See Other",
            "The response to the request can be found under a different URI, and should be retrieved using a GET or POST method.",
        ),
        (
            306,
            M::Unused,
            "Unused",
            "The HTTP status code is no longer used.",
        ),
        (
            404,
            M::NotFound,
            "NotFound",
            "The requested resource cannot be found. Do not retry the request before modification.",
        ),
        (
            408,
            M::RequestTimeout,
            "Request Time-out",
            "The request timed out. The client may repeat the request without modifications at any time later.",
        ),
        (
            409,
            M::Conflict,
            "Conflict",
            // sic: "exits".
            "The request could not be processed due to a conflict with the current state of the resource. This status code indicates that the resource that the client attempts to create already exits, or the requested update failed due to a conflict.",
        ),
        (
            414,
            M::RequestUriTooLarge,
            "Request-URI Too Large",
            "The URI provided was too long for the server to process.",
        ),
        (
            500,
            M::InternalServerError,
            "InternalServerError",
            "The server is able to receive but unable to understand the request.",
        ),
        (
            503,
            M::ServiceUnavailable,
            "ServiceUnavailable",
            "The requested service is invalid. Do not retry the request before modification.",
        ),
        (
            505,
            M::HttpVersionNotSupported,
            "HTTP Version not supported",
            "The server does not support the HTTP protocol version used in the request.",
        ),
    ];
    for (code, variant, name, description) in cases {
        assert_eq!(ModelArts::from(code), variant);
        assert_eq!(variant.name(), Some(name));
        assert_eq!(variant.description(), Some(description));
    }
    assert_eq!(M::RequestTimeout.variant_name(), Some("RequestTimeout"));
    assert_eq!(M::Ok.variant_name(), Some("Ok"));
}

#[test]
fn descriptions_lose_only_the_markup() {
    // The page bolds header and parameter names: `**Content-Length**`.
    let cases = [
        (
            ModelArts::LengthRequired,
            "The server refuses to process the request without a defined Content-Length.",
        ),
        (
            ModelArts::RequestEntityTooLarge,
            "The request is larger than that a server is able to process. The server may close the connection to prevent the client from continuing the request. If the server cannot process the request temporarily, the response will contain a Retry-After header field.",
        ),
        (
            ModelArts::ExpectationFailed,
            "The server fails to meet the requirements of the Expect request-header field.",
        ),
        (
            ModelArts::TooManyRequests,
            "The client has sent excessive number of requests to the server within a given time (exceeding the limit on the access frequency of the client), or the server has received an excessive number of requests within a given time (beyond its processing capability). In this case, the client should resend the request after the time specified in the Retry-After header of the response has elapsed.",
        ),
        (
            ModelArts::ServerTimeout,
            "The request cannot be fulfilled within a given time. This status code is returned to the client only when the Timeout parameter is specified in the request.",
        ),
    ];
    for (status, description) in cases {
        assert_eq!(status.description(), Some(description));
    }
    for status in ModelArts::ALL {
        let description = status.description().expect("every row is described");
        assert!(!description.contains('*'), "{status}");
        assert!(!description.contains("  "), "{status}");
        assert!(!description.contains('\n'), "{status}");
        assert_eq!(description.trim(), description, "{status}");
    }
}

#[test]
fn classes_are_rfc_9110_except_where_modelarts_says_otherwise() {
    let overrides = [
        // "the processing has not been completed"
        (202, Class::Pending),
        // "no longer used"
        (306, Class::Unknown),
        // "Do not retry the request before modification."
        (503, Class::ClientError),
    ];
    for status in ModelArts::ALL {
        let code = status.code();
        let expected = overrides
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(Class::for_http_status(code), |&(_, class)| class);
        assert_eq!(status.class(), expected, "{status}");
    }
    // Each override differs from RFC 9110, or it would not be one.
    for (code, class) in overrides {
        assert_ne!(Class::for_http_status(code), class, "{code}");
    }
    use ModelArts as M;
    assert_eq!(M::Continue.class(), Class::Informational);
    assert_eq!(M::Ok.class(), Class::Success);
    assert_eq!(M::NoContent.class(), Class::Success);
    assert_eq!(M::Accepted.class(), Class::Pending);
    assert_eq!(M::NotModified.class(), Class::Redirect);
    assert_eq!(M::BadRequest.class(), Class::ClientError);
    assert_eq!(M::Unauthorized.class(), Class::ClientError);
    assert_eq!(M::RequestEntityTooLarge.class(), Class::ClientError);
    assert_eq!(M::InternalServerError.class(), Class::VendorError);
    assert_eq!(M::NotImplemented.class(), Class::VendorError);
    // Transient: send the same request again later.
    for status in [
        M::RequestTimeout,
        M::TooManyRequests,
        M::BadGateway,
        M::ServerTimeout,
    ] {
        assert!(status.class().is_retryable(), "{status}");
    }
    assert!(!M::ServiceUnavailable.class().is_retryable());
    let retryable: Vec<u16> = ModelArts::ALL
        .iter()
        .filter(|s| s.class().is_retryable())
        .map(|s| s.code())
        .collect();
    assert_eq!(retryable, [408, 429, 502, 504]);
}

#[test]
fn unknown_codes_are_kept_with_rfc_9110_classes() {
    for (code, class) in [
        (103, Class::Informational),
        (207, Class::Success),
        (307, Class::Redirect),
        (418, Class::ClientError),
        (451, Class::ClientError),
        (507, Class::VendorError),
        (600, Class::Unknown),
        (0, Class::Unknown),
    ] {
        let status = ModelArts::from(code);
        assert_eq!(status, ModelArts::Unknown(code));
        assert!(!status.is_known());
        assert_eq!(status.code(), code);
        assert_eq!(status.class(), class, "{code}");
        assert_eq!(status.name(), None);
        assert_eq!(status.description(), None);
        assert!(ModelArts::try_from_code(code).is_err());
        assert_eq!(TABLES[0].get(i128::from(code)), None);
    }
    assert_eq!(
        ModelArts::from(418).to_string(),
        "unknown Huawei Cloud ModelArts status 418"
    );
    assert_eq!(TABLES[0].get(70_000), None);
}

#[test]
fn display_shows_code_name_and_description() {
    assert_eq!(
        ModelArts::Ok.to_string(),
        "200 OK: The request has been fulfilled."
    );
    assert_eq!(
        ModelArts::RequestTimeout.to_string(),
        "408 Request Time-out: The request timed out. The client may repeat the request without modifications at any time later."
    );
}

#[cfg(feature = "serde")]
mod body {
    use std::borrow::Cow;

    use codes_vendors::Class;
    use codes_vendors::modelarts::{ErrorBody, ErrorResponse, ModelArts};

    const BODY: &str = r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error."}"#;

    #[test]
    fn the_table_serializes_as_its_codes() {
        assert_eq!(serde_json::to_string(&ModelArts::NotFound).unwrap(), "404");
        assert_eq!(
            serde_json::from_str::<ModelArts>("429").unwrap(),
            ModelArts::TooManyRequests
        );
        assert_eq!(
            serde_json::from_str::<ModelArts>("418").unwrap(),
            ModelArts::Unknown(418)
        );
        assert!(serde_json::from_str::<ModelArts>("\"NotFound\"").is_err());
        assert!(serde_json::from_str::<ModelArts>("70000").is_err());
    }

    #[test]
    fn the_documented_body_decodes_borrowed_and_owned() {
        let borrowed: ErrorBody<&str> = serde_json::from_str(BODY).unwrap();
        assert_eq!(borrowed.error_code, "ModelArts.0104");
        assert_eq!(borrowed.error_msg, "Parameter error.");
        let owned: ErrorBody<String> = serde_json::from_str(BODY).unwrap();
        assert_eq!(owned.as_str(), borrowed);
        let cow: ErrorBody<Cow<str>> = serde_json::from_str(BODY).unwrap();
        assert_eq!(cow.as_str(), borrowed);
        // Gateway codes are strings too, kept as sent.
        let gateway: ErrorBody<&str> =
            serde_json::from_str(r#"{"error_msg": "Backend timeout", "error_code": "APIG.0203"}"#)
                .unwrap();
        assert_eq!(gateway.error_code, "APIG.0203");
    }

    #[test]
    fn the_body_round_trips() {
        let body: ErrorBody<&str> = serde_json::from_str(BODY).unwrap();
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(
            json,
            r#"{"error_code":"ModelArts.0104","error_msg":"Parameter error."}"#
        );
        assert_eq!(
            serde_json::from_str::<ErrorBody<&str>>(&json).unwrap(),
            body
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let body: ErrorBody<&str> = serde_json::from_str(
            r#"{"error_code": "ModelArts.0104", "error_msg": "Parameter error.",
                "error_solution": "Check the parameters.", "request_id": 7, "extra": {"a": [1]}}"#,
        )
        .unwrap();
        assert_eq!(body.error_code, "ModelArts.0104");
        assert_eq!(body.error_msg, "Parameter error.");
    }

    #[test]
    fn escaped_strings_need_an_owned_string_type() {
        let json = r#"{"error_code": "ModelArts.0104", "error_msg": "caf\u00e9 \"x\"\n"}"#;
        assert!(serde_json::from_str::<ErrorBody<&str>>(json).is_err());
        let owned: ErrorBody<String> = serde_json::from_str(json).unwrap();
        assert_eq!(owned.error_msg, "café \"x\"\n");
        let cow: ErrorBody<Cow<str>> = serde_json::from_str(json).unwrap();
        assert_eq!(cow.error_msg, "café \"x\"\n");
    }

    #[test]
    fn malformed_bodies_are_errors() {
        for json in [
            "",
            "{",
            "null",
            "[]",
            r#"{"error_code": "ModelArts.0104"}"#,
            r#"{"error_msg": "Parameter error."}"#,
            r#"{"error_code": 104, "error_msg": "Parameter error."}"#,
            r#"{"error_code": "ModelArts.0104", "error_msg": null}"#,
            r#"{"error_code": "ModelArts.0104", "error_msg": "a", "error_msg": "b"}"#,
        ] {
            assert!(
                serde_json::from_str::<ErrorBody<String>>(json).is_err(),
                "{json}"
            );
        }
    }

    #[test]
    fn the_response_pairs_the_status_with_the_body() {
        let body: ErrorBody<&str> = serde_json::from_str(BODY).unwrap();
        let error = ErrorResponse::new(400, body.clone());
        assert_eq!(error.status, ModelArts::BadRequest);
        assert_eq!(error.body, body);
        assert_eq!(error.class(), Class::ClientError);
        assert_eq!(
            error.to_string(),
            "400 BadRequest: ModelArts.0104: Parameter error."
        );

        let throttled = ErrorResponse::new(ModelArts::TooManyRequests, body.clone());
        assert!(throttled.class().is_retryable());

        let unknown = ErrorResponse::new(418, body);
        assert_eq!(unknown.status, ModelArts::Unknown(418));
        assert_eq!(unknown.class(), Class::ClientError);
        assert_eq!(unknown.to_string(), "418: ModelArts.0104: Parameter error.");

        let boxed: Box<dyn std::error::Error> = Box::new(ErrorResponse::new(
            503,
            ErrorBody {
                error_code: String::from("ModelArts.4503"),
                error_msg: String::from("x"),
            },
        ));
        assert_eq!(
            boxed.to_string(),
            "503 ServiceUnavailable: ModelArts.4503: x"
        );
    }
}

#[cfg(feature = "http")]
mod http {
    // `http` is no dev-dependency of this crate; the tests reach its
    // `StatusCode` through codes-core's re-export.
    use codes_vendors::modelarts::ModelArts;
    use http::StatusCode;

    #[test]
    fn every_code_converts_to_and_from_status_code() {
        for &status in ModelArts::ALL {
            let http = StatusCode::try_from(status).expect("a valid HTTP status");
            assert_eq!(http.as_u16(), status.code());
            assert_eq!(ModelArts::from(http), status);
        }
        assert_eq!(ModelArts::from(StatusCode::NOT_FOUND), ModelArts::NotFound);
        assert_eq!(
            ModelArts::from(StatusCode::GATEWAY_TIMEOUT),
            ModelArts::ServerTimeout
        );
        assert_eq!(
            StatusCode::try_from(ModelArts::RequestTimeout).ok(),
            Some(StatusCode::REQUEST_TIMEOUT)
        );
    }

    #[test]
    fn unknown_codes_convert_and_invalid_ones_fail() {
        let teapot = ModelArts::from(StatusCode::IM_A_TEAPOT);
        assert_eq!(teapot, ModelArts::Unknown(418));
        assert_eq!(
            StatusCode::try_from(teapot).ok(),
            Some(StatusCode::IM_A_TEAPOT)
        );
        for code in [0, 99, 1000, u16::MAX] {
            assert!(
                StatusCode::try_from(ModelArts::from(code)).is_err(),
                "{code}"
            );
        }
    }
}
