//! The Seven Bridges table against its page (`data/pages/seven_bridges.txt`) and against Seven
//! Bridges' R client's table (`sevenbridges2-package.R` of `data/sources`
//! sources), both read by the tests; and its error body.
#![cfg(feature = "seven-bridges")]

mod sources;

use std::collections::{BTreeMap, BTreeSet};

use codes_vendors::Class;
use codes_vendors::seven_bridges::{SevenBridges, SevenBridgesGroup, TABLES};

/// The page's table holds 131 code rows (152 rows, less 11 heading rows and
/// 10 empty ones); 6009 is on two of them, so the page has 130 codes.
const PAGE_CODE_ROWS: usize = 131;
const PAGE_CODES: usize = PAGE_CODE_ROWS - 1;
/// The R client's table has 205 codes: the page's 130 (the row anchored 9023
/// taken as the 9032 it shows) and 75 more.
const SDK_ONLY: usize = 75;
/// 130 + 75 = 205.
const ROWS: usize = PAGE_CODES + SDK_ONLY;

#[test]
fn row_count_is_the_pages_and_the_r_tables() {
    assert_eq!(SevenBridges::COUNT, ROWS);
    assert_eq!(SevenBridges::ALL.len(), ROWS);
    assert_eq!(TABLES.len(), 1);
    assert_eq!(TABLES[0].len(), ROWS);
    assert_eq!(TABLES[0].entries().count(), ROWS);
    assert_eq!(TABLES[0].id(), "seven-bridges");
    assert_eq!(TABLES[0].vendor(), "Seven Bridges");
    assert_eq!(TABLES[0].int_type(), "u32");
}

#[test]
fn groups_are_the_pages_headings() {
    use SevenBridgesGroup as G;
    // (group, title, range, rows on the page, rows in the table)
    let expected = [
        (
            G::Maintenance,
            "0xxx Platform maintenance errors",
            0..=999,
            1,
            1,
        ),
        (G::General, "1xxx General errors", 1000..=1999, 1, 1),
        // The page's rows, and the R table's codes more (2105; 5011 to 5035;
        // 7026; 9020 to 9109; 10xxx; 13xxx; 90010).
        (G::User, "2xxx: User errors", 2000..=2999, 4, 4 + 1),
        (G::Projects, "3xxx: Projects errors", 3000..=3999, 14, 14),
        (G::Billing, "4xxx Billing errors", 4000..=4999, 8, 8),
        (G::Files, "5xxx Files errors", 5000..=5999, 11, 11 + 22),
        (G::Apps, "6xxx Apps errors", 6000..=6999, 13, 12),
        (G::Tasks, "7xxx Tasks errors", 7000..=7999, 25, 25 + 1),
        (G::Upload, "8xxx Upload errors", 8000..=8999, 16, 16),
        (G::Volumes, "9xxx Volumes errors", 9000..=9999, 28, 28 + 14),
        // The R table's sections, which the page does not have.
        (
            G::ManifestFiles,
            "10xxx: Manifest file errors",
            10000..=10999,
            0,
            31,
        ),
        (
            G::Additional,
            "13xxx: Additional errors",
            13000..=13999,
            0,
            5,
        ),
        (
            G::GeneralValidation,
            "9xxxx General validation errors",
            90000..=99999,
            10,
            10 + 1,
        ),
    ];
    assert_eq!(G::ALL.len(), expected.len());
    let mut page_rows = 0;
    let mut rows = 0;
    for ((group, title, range, on_page, listed), declared) in expected.into_iter().zip(G::ALL) {
        assert_eq!(group, *declared);
        assert_eq!(group.title(), Some(title));
        assert_eq!(group.range(), Some(range.clone()));
        assert_eq!(group.codes().len(), listed, "{title}");
        for code in group.codes() {
            assert!(range.contains(&code.code()), "{code} outside {title}");
            assert_eq!(code.group(), Some(group));
        }
        page_rows += on_page;
        rows += listed;
    }
    assert_eq!(page_rows, PAGE_CODE_ROWS);
    assert_eq!(rows, ROWS, "every row in a group");
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a table of expected rows, one a line"
)]
fn spot_checks_from_every_group() {
    use SevenBridges as S;
    let cases = [
        (
            0,
            S::PlatformUnderMaintenance,
            "The Platform is currently under maintenance.",
            Class::Retry,
        ),
        (
            1000,
            S::RateLimitExceeded,
            "Rate limit exceeded! Check response headers.",
            Class::Retry,
        ),
        (
            2000,
            S::UserServiceUnavailable,
            "User service is currently unavailable.",
            Class::Retry,
        ),
        (
            2002,
            S::UserNotFound,
            "Requested user does not exist.",
            Class::ClientError,
        ),
        (
            3004,
            S::OwnerUsernameMissing,
            "Owner's username must not be null or empty string.",
            Class::ClientError,
        ),
        (
            3012,
            S::ProjectIdMalformed,
            "Malformed project id. Expecting owner/project",
            Class::ClientError,
        ),
        (
            4006,
            S::NotBillingGroupMember,
            "You are not a member of this billing group.",
            Class::ClientError,
        ),
        (
            5002,
            S::FileNotFound,
            "Requested file does not exist.",
            Class::ClientError,
        ),
        (
            5005,
            S::ProjectQueryParameterMalformed,
            "Malformed project query parameter. Expecting ?project=owner/project",
            Class::ClientError,
        ),
        (
            5007,
            S::FileCopyFailed,
            "File copy failed.",
            Class::VendorError,
        ),
        (
            5010,
            S::MetadataServiceUnavailable,
            "Metadata service is currently unavailable.",
            Class::Retry,
        ),
        (
            6012,
            S::VisibilityParameterInvalid,
            "Invalid visibility query parameter. Allowed values: [PUBLIC, PRIVATE].",
            Class::ClientError,
        ),
        (
            7006,
            S::TaskStatusInvalid,
            "Invalid task status. Allowed values: [QUEUED, DRAFT, RUNNING, COMPLETED, ABORTED, ABORTING, FAILED]",
            Class::ClientError,
        ),
        (
            7024,
            S::TaskValidationFailed,
            "Task can not be started due to validation errors.",
            Class::ClientError,
        ),
        (
            8008,
            S::UploadPartReservationFailed,
            "Failed to reserve part for upload. Try again.",
            Class::Retry,
        ),
        (
            8009,
            S::UploadAbortFailed,
            "Failed to abort upload.",
            Class::VendorError,
        ),
        (
            8015,
            S::UploadPartListInvalid,
            "Invalid list of parts. Expecting an object with \"parts\": [ array of part reports ].",
            Class::ClientError,
        ),
        (
            9000,
            S::VolumeServiceCommunicationError,
            "There was an error communicating with the service.",
            Class::VendorError,
        ),
        (
            9005,
            S::VolumeJobAccessDenied,
            "Insufficient privileges to access the requested job.",
            Class::ClientError,
        ),
        (
            9015,
            S::VolumeAccessModeMissing,
            "\"access_mode\" must be provided (either \"RO\" or \"RW\").",
            Class::ClientError,
        ),
        (
            9101,
            S::VolumeNotWritable,
            "The volume is not configured for writing (\"access_mode\": \"RW\").",
            Class::ClientError,
        ),
        // The R table's codes more.
        (
            10215,
            S::ExternalResourceUnavailable,
            "External resource unavailable.",
            Class::Retry,
        ),
        (
            10227,
            S::DestinationNotFolder,
            "Destination path must be a folder.",
            Class::ClientError,
        ),
        (
            13004,
            S::ConsistencyViolated,
            "Consistency has been violated, please retry.",
            Class::Retry,
        ),
        (90001, S::Unauthorized, "Unauthorized.", Class::ClientError),
        (
            90004,
            S::UnexpectedError,
            "Unexpected error happened.",
            Class::VendorError,
        ),
        (
            90005,
            S::ServiceUnavailable,
            "Service unavailable.",
            Class::Retry,
        ),
        (
            90009,
            S::RequestDecodingFailed,
            "An error occurred during the decoding of the request content.",
            Class::ClientError,
        ),
    ];
    for (code, variant, description, class) in cases {
        let value = SevenBridges::from_code(code);
        assert_eq!(value, variant, "{code}");
        assert_eq!(value.description(), Some(description), "{code}");
        assert_eq!(value.class(), class, "{code}");
        assert_eq!(value.name(), None, "{code}: the page gives no names");
    }
    // Every group is spot-checked.
    let mut groups: Vec<_> = cases.iter().filter_map(|case| case.1.group()).collect();
    groups.dedup();
    assert_eq!(groups, SevenBridgesGroup::ALL);
}

#[test]
fn every_code_round_trips() {
    let table = &TABLES[0];
    for &value in SevenBridges::ALL {
        let code = value.code();
        assert_eq!(SevenBridges::from_code(code), value);
        assert_eq!(SevenBridges::try_from_code(code), Ok(value));
        assert_eq!(u32::from(value), code);
        assert!(value.is_known());
        assert_eq!(value.name(), None);
        let variant = value.variant_name().expect("listed");
        let entry = table.get(i128::from(code)).expect("listed");
        assert_eq!(entry.variant, variant);
        assert_eq!(entry.description, value.description());
        let description = value.description().expect("every row is described");
        assert!(!description.is_empty());
        for markup in ["`", "**", "<a", "</a>", "\u{a0}"] {
            assert!(!description.contains(markup), "{code}: {markup:?}");
        }
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&value).expect("serializes");
            assert_eq!(json, code.to_string());
            assert_eq!(
                serde_json::from_str::<SevenBridges>(&json).expect("decodes"),
                value
            );
        }
    }
    // In code order, no code twice.
    assert!(
        SevenBridges::ALL
            .windows(2)
            .all(|w| w[0].code() < w[1].code())
    );
}

#[test]
fn classes_follow_the_vendors_words() {
    let of = |class: Class| -> Vec<u32> {
        SevenBridges::ALL
            .iter()
            .filter(|code| code.class() == class)
            .map(|code| code.code())
            .collect()
    };
    // Maintenance, rate limit, "currently unavailable" services, "Try again.",
    // "unavailable", "please retry".
    assert_eq!(
        of(Class::Retry),
        [
            0, 1000, 2000, 3000, 4000, 5000, 5010, 6000, 7000, 8000, 8008, 10215, 13000, 13004,
            90005
        ]
    );
    // Failures on the Platform's side not called transient.
    assert_eq!(
        of(Class::VendorError),
        [5007, 8007, 8009, 9000, 9100, 10110, 10220, 90004]
    );
    assert_eq!(of(Class::ClientError).len(), ROWS - 15 - 8);
    for code in SevenBridges::ALL {
        if code
            .description()
            .is_some_and(|d| d.contains("currently unavailable"))
        {
            assert_eq!(code.class(), Class::Retry, "{code}");
        }
    }
}

#[test]
fn page_defects_are_resolved_by_the_vendors_table() {
    // 6009 twice on the page, with two texts: the R table's text for 6009,
    // which is neither, is the row's; the page's two live in its docs only.
    assert_eq!(
        SevenBridges::from_code(6009),
        SevenBridges::DestinationProjectMissing
    );
    assert_eq!(
        SevenBridges::DestinationProjectMissing.description(),
        Some("Destination project must not be null or an empty string.")
    );
    assert_eq!(
        SevenBridges::DestinationProjectMissing.source(),
        Some("sdk")
    );
    for page_text in [
        "App revision must be a valid integer.",
        "Source project must not be null or an empty string.",
    ] {
        assert!(
            SevenBridges::ALL
                .iter()
                .all(|code| code.description() != Some(page_text)),
            "{page_text}"
        );
    }
    // No number is invented for the page's texts: 6005 (skipped by both
    // tables) stays unknown.
    assert_eq!(SevenBridges::from_code(6005), SevenBridges::Unknown(6005));

    // Anchor 9023 shown as 9032: 9032, as the R table has it. Anchor 9042
    // shown as 9024: 9024, likewise.
    assert_eq!(
        SevenBridges::from_code(9032),
        SevenBridges::VolumeSseAlgorithmInvalid
    );
    assert_eq!(
        SevenBridges::VolumeSseAlgorithmInvalid.description(),
        Some(
            "Invalid server-side encryption selected (\"sse_algorithm\"). Check the documentation."
        )
    );
    assert_eq!(
        SevenBridges::VolumeSseAlgorithmInvalid.source(),
        Some("page")
    );
    assert_eq!(
        SevenBridges::from_code(9024),
        SevenBridges::VolumeStorageClassInvalid
    );
    assert_eq!(
        SevenBridges::VolumeStorageClassInvalid.description(),
        Some("Invalid S3 storage class selected (\"aws_storage_class\"). Check the documentation.")
    );
    assert!(!SevenBridges::from_code(9023).is_known());
    assert!(!SevenBridges::from_code(9042).is_known());

    // Rows with the same description keep distinct codes.
    assert_eq!(
        SevenBridges::VolumeServiceInvalid.description(),
        SevenBridges::VolumeServiceInvalid9019.description()
    );
    assert_eq!(SevenBridges::VolumeServiceInvalid9019.code(), 9019);
    assert_eq!(SevenBridges::CrossCloudExportUnsupported9028.code(), 9028);
}

/// A message without markup, for comparing the page's with the R table's:
/// no backticks, no double quotes, no final period, plain spaces.
fn plain(text: &str) -> String {
    text.replace(['`', '"'], "")
        .replace('\u{a0}', " ")
        .trim_end_matches('.')
        .to_owned()
}

#[test]
fn counts_per_source() {
    let counts = sources::counts_per_source(SevenBridges::ALL, |value| value.source());
    // The page's 130 codes but 6009, whose text is the R table's; the R
    // table's 75 codes more and 6009: 129 + 76 = 205.
    assert_eq!(counts, BTreeMap::from([("page", 129), ("sdk", 76)]));
    assert_eq!(SevenBridges::from_code(7999).source(), None);
}

#[test]
fn every_code_of_the_r_table_is_a_row_with_its_message() {
    let r = sources::sevenbridges_r();
    assert_eq!(r.len(), ROWS, "data/README.md: 205 codes");
    let codes: BTreeSet<u32> = r.iter().map(|c| c.code).collect();
    assert_eq!(codes.len(), ROWS, "no code twice");
    let page: BTreeSet<u32> = sources::sevenbridges_page()
        .iter()
        .map(|row| row.shown)
        .collect();
    let mut differ = Vec::new();
    for code in &r {
        let value = SevenBridges::from_code(code.code);
        assert!(value.is_known(), "{}", code.code);
        let description = value.description().expect("described");
        // The row's description is the R table's message, markup aside, or
        // the page's, with the R table's message in `sdk_message`.
        if plain(description) != plain(&code.message) {
            assert_eq!(
                value.sdk_message().map(plain),
                Some(plain(&code.message)),
                "{}",
                code.code
            );
            differ.push(code.code);
        } else {
            assert_eq!(value.sdk_message(), None, "{}", code.code);
        }
        // Rows the page lacks come from the R table, with its message less
        // its backticks.
        if !page.contains(&code.code) {
            assert_eq!(value.source(), Some("sdk"), "{}", code.code);
            assert_eq!(description, code.message.replace('`', ""), "{}", code.code);
        }
        // In the group of the R table's section (its `5xxx`, `10xxx`, ...).
        let heading = code.section.split(':').next().expect("a heading");
        let group = value.group().expect("grouped");
        let title = group.title().expect("titled");
        let rest = title.strip_prefix(heading);
        assert!(
            rest.is_some_and(|rest| rest.starts_with([' ', ':'])),
            "{}: {title}",
            code.code
        );
    }
    // The page's words differ from the R table's for these four only.
    assert_eq!(differ, [3011, 8004, 8005, 9101]);
    // And the table has no code the R table lacks.
    for &value in SevenBridges::ALL {
        assert!(codes.contains(&value.code()), "{value}");
    }
}

#[test]
fn every_row_of_the_page_is_kept_verbatim() {
    let page = sources::sevenbridges_page();
    assert_eq!(page.len(), PAGE_CODE_ROWS);
    for row in &page {
        // The shown number, which the R table confirms where the anchor
        // disagrees (9032, 9024).
        let value = SevenBridges::from_code(row.shown);
        assert!(value.is_known(), "{}", row.shown);
        if row.shown == 6009 {
            continue; // see page_defects_are_resolved_by_the_vendors_table
        }
        assert_eq!(value.source(), Some("page"), "{}", row.shown);
        // The page's text less its markup: backticks, no-break spaces.
        let text = row.description.replace('`', "").replace('\u{a0}', " ");
        assert_eq!(value.description(), Some(text.as_str()), "{}", row.shown);
    }
    let shown_twice: Vec<u32> = page
        .windows(2)
        .filter(|w| w[0].shown == w[1].shown)
        .map(|w| w[0].shown)
        .collect();
    assert_eq!(shown_twice, [6009]);
    let anchor_differs: Vec<(u32, u32)> = page
        .iter()
        .filter(|r| r.anchor != r.shown)
        .map(|r| (r.anchor, r.shown))
        .collect();
    assert_eq!(anchor_differs, [(9023, 9032), (9042, 9024)]);
}

#[test]
fn unknown_codes_are_kept() {
    let unknown = SevenBridges::from_code(7999);
    assert_eq!(unknown, SevenBridges::Unknown(7999));
    assert_eq!(u32::from(unknown), 7999);
    assert_eq!(unknown.class(), Class::Unknown);
    assert_eq!(unknown.group(), Some(SevenBridgesGroup::Tasks));
    assert_eq!(SevenBridges::from_code(12345).group(), None);
    assert!(SevenBridges::try_from_code(12345).is_err());
    assert_eq!(unknown.to_string(), "unknown Seven Bridges status 7999");
}

#[cfg(feature = "serde")]
mod body {
    use codes_vendors::Class;
    use codes_vendors::seven_bridges::{ErrorResponse, SevenBridges};

    // Bodies as the Platform sends them: `status` (the HTTP status), `code`,
    // `message` (the page's description) and `more_info`, the field set
    // Seven Bridges' own client (sevenbridges-python's SbgError) keeps. The
    // `more_info` URLs are placeholders: the page shows no body.
    const NOT_FOUND: &str = r#"{
        "status": 404,
        "code": 5002,
        "message": "Requested file does not exist.",
        "more_info": "https://docs.example.invalid/api-status-codes#5002"
    }"#;

    fn decode(body: &str) -> ErrorResponse {
        serde_json::from_str(body).expect("a documented body decodes")
    }

    #[test]
    fn documented_bodies_decode_to_their_variant_and_class() {
        let cases = [
            (
                NOT_FOUND,
                404,
                SevenBridges::FileNotFound,
                Class::ClientError,
            ),
            (
                r#"{"status": 503, "code": 0, "message": "The Platform is currently under maintenance.", "more_info": "https://docs.example.invalid/api-status-codes#0"}"#,
                503,
                SevenBridges::PlatformUnderMaintenance,
                Class::Retry,
            ),
            (
                r#"{"status": 429, "code": 1000, "message": "Rate limit exceeded! Check response headers.", "more_info": "https://docs.example.invalid/api-status-codes#1000"}"#,
                429,
                SevenBridges::RateLimitExceeded,
                Class::Retry,
            ),
            (
                r#"{"status": 403, "code": 7001, "message": "Insufficient privileges to access the requested task.", "more_info": "https://docs.example.invalid/api-status-codes#7001"}"#,
                403,
                SevenBridges::TaskAccessDenied,
                Class::ClientError,
            ),
            (
                r#"{"status": 500, "code": 90004, "message": "Unexpected error happened.", "more_info": "https://docs.example.invalid/api-status-codes#90004"}"#,
                500,
                SevenBridges::UnexpectedError,
                Class::VendorError,
            ),
        ];
        for (body, status, code, class) in cases {
            let error = decode(body);
            assert_eq!(error.status, Some(status));
            assert_eq!(error.code, Some(code));
            assert_eq!(code.class(), class);
            assert_eq!(error.message.as_deref(), code.description());
            assert!(error.more_info.is_some());
        }
        let error = decode(NOT_FOUND);
        assert_eq!(
            error.more_info.as_deref(),
            Some("https://docs.example.invalid/api-status-codes#5002")
        );
    }

    #[test]
    fn escaped_messages_decode() {
        let error = decode(
            r#"{"status": 400, "code": 9015, "message": "\"access_mode\" must be provided (either \"RO\" or \"RW\")."}"#,
        );
        assert_eq!(error.code, Some(SevenBridges::VolumeAccessModeMissing));
        assert_eq!(
            error.message.as_deref(),
            SevenBridges::VolumeAccessModeMissing.description()
        );
    }

    #[test]
    fn more_info_is_optional_and_null_is_none() {
        for body in [
            r#"{"status": 404, "code": 5002, "message": "Requested file does not exist."}"#,
            r#"{"status": 404, "code": 5002, "message": "Requested file does not exist.", "more_info": null}"#,
        ] {
            let error = decode(body);
            assert_eq!(error.code, Some(SevenBridges::FileNotFound));
            assert_eq!(error.more_info, None);
        }
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let error = decode(
            r#"{"status": 404, "code": 5002, "message": "Requested file does not exist.",
                "more_info": "https://docs.example.invalid/api-status-codes#5002",
                "request_id": "abc", "details": {"file": "x"}}"#,
        );
        assert_eq!(error, decode(NOT_FOUND));
    }

    #[test]
    fn unknown_codes_are_preserved() {
        let error = decode(r#"{"status": 400, "code": 6005, "message": "Something new."}"#);
        assert_eq!(error.code, Some(SevenBridges::Unknown(6005)));
        assert_eq!(SevenBridges::Unknown(6005).class(), Class::Unknown);
        assert_eq!(error.message.as_deref(), Some("Something new."));
        let again: ErrorResponse =
            serde_json::from_str(&serde_json::to_string(&error).expect("serializes"))
                .expect("decodes");
        assert_eq!(again, error);
        assert_eq!(again.code.map(u32::from), Some(6005));
    }

    #[test]
    fn bodies_serialize_back() {
        let error = decode(NOT_FOUND);
        let json: serde_json::Value = serde_json::to_value(&error).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({
                "status": 404,
                "code": 5002,
                "message": "Requested file does not exist.",
                "more_info": "https://docs.example.invalid/api-status-codes#5002"
            })
        );
        let without = ErrorResponse {
            more_info: None,
            ..error
        };
        let json = serde_json::to_value(&without).expect("serializes");
        assert_eq!(json.get("more_info"), None);
    }

    #[test]
    fn partial_bodies_decode() {
        // Maintenance: `{"code": 0}` alone (sevenbridges-python's test).
        let maintenance = decode(r#"{"code": 0}"#);
        assert_eq!(
            maintenance.code,
            Some(SevenBridges::PlatformUnderMaintenance)
        );
        assert_eq!((maintenance.status, maintenance.message), (None, None));
        // A bulk record's error may give its status alone.
        let record = decode(r#"{"status": 404}"#);
        assert_eq!((record.status, record.code), (Some(404), None));
        let null_message = decode(r#"{"status": 404, "code": 5002, "message": null}"#);
        assert_eq!(null_message.message, None);
    }

    #[test]
    fn malformed_bodies_are_errors() {
        for body in [
            "",
            "null",
            "5002",
            r#"{"status": 404, "code": 5002, "message": "Requested file does not exist.""#,
            r#"{"status": 404, "code": "5002", "message": "m"}"#,
            r#"{"status": 404, "code": -1, "message": "m"}"#,
            r#"{"status": 404, "code": 4294967296, "message": "m"}"#,
            r#"{"status": 404, "code": 5002.5, "message": "m"}"#,
            r#"{"status": "404", "code": 5002, "message": "m"}"#,
            r#"{"status": 70000, "code": 5002, "message": "m"}"#,
            r#"{"status": 404, "code": 5002, "message": 42}"#,
            r#"{"status": 404, "code": 5002, "message": "m", "more_info": 7}"#,
        ] {
            assert!(
                serde_json::from_str::<ErrorResponse>(body).is_err(),
                "{body}"
            );
        }
    }
}
