//! What `status_codes!` generates, asserted on the tables of this crate.

use std::collections::HashSet;

use codes_user_tests::{
    Acme, AcmeGroup, Huge, Ledger, LedgerSection, Outcome, Small, SparseNarrow, SparseSigned,
    SparseWide, Web, Wide,
};
use vendor_codes::{Class, UnknownCode, VendorCode};

#[test]
fn known_codes_map_to_their_variants_and_back() {
    assert_eq!(Acme::from(21200), Acme::ModelDoesNotExist);
    assert_eq!(Acme::from_code(10030), Acme::TryAgain);
    assert_eq!(u32::from(Acme::ModelDoesNotExist), 21200);
    assert_eq!(Acme::FileNotFound.code(), 5001);
    for &code in Acme::ALL {
        assert_eq!(Acme::from_code(code.code()), code);
        assert!(matches!(Acme::from_code(code.code()), c if c.is_known()));
    }
}

#[test]
fn unknown_codes_are_kept_unchanged() {
    let unknown = Acme::from(12345);
    assert!(matches!(unknown, Acme::Unknown(12345)));
    assert!(!unknown.is_known());
    assert_eq!(unknown.code(), 12345);
    assert_eq!(unknown.name(), None);
    assert_eq!(unknown.variant_name(), None);
    assert_eq!(unknown.description(), None);
    assert_eq!(unknown.class(), Class::Unknown);
    assert_eq!(unknown.group(), None);
    // An unknown code inside a group's declared range belongs to that group.
    assert_eq!(Acme::from(21999).group(), Some(AcmeGroup::Model));
    assert_eq!(Acme::from(21999).group_name(), Some("Model"));
}

#[test]
fn strict_conversion_names_vendor_and_code() {
    assert_eq!(Acme::try_from_code(10000), Ok(Acme::Success));
    let err = Acme::try_from_code(12345).unwrap_err();
    assert_eq!(err, UnknownCode::new("Acme", 12345));
    assert_eq!(err.to_string(), "unknown Acme status code 12345");
    assert_eq!(
        <Ledger as VendorCode>::try_from_code(7)
            .unwrap_err()
            .to_string(),
        "unknown Ledger status code 7"
    );
}

#[test]
fn names_both_ways() {
    assert_eq!(Acme::ModelDoesNotExist.name(), Some("MODEL_DOES_NOT_EXIST"));
    assert_eq!(
        Acme::ModelDoesNotExist.variant_name(),
        Some("ModelDoesNotExist")
    );
    assert_eq!(
        Acme::from_name("MODEL_DOES_NOT_EXIST"),
        Some(Acme::ModelDoesNotExist)
    );
    assert_eq!("TRY_AGAIN".parse::<Acme>(), Ok(Acme::TryAgain));
    // Exact match only.
    assert_eq!(Acme::from_name("model_does_not_exist"), None);
    assert_eq!(Acme::from_name("ModelDoesNotExist"), None);
    assert_eq!(Acme::from_name(""), None);
    let err = "NOPE".parse::<Acme>().unwrap_err();
    assert_eq!(err, vendor_codes::UnknownName::new("Acme"));
    assert_eq!(err.to_string(), "unknown Acme status name");
    // Rows without a vendor name have a variant but no wire name.
    assert_eq!(Acme::FileNotFound.name(), None);
    assert_eq!(Acme::FileNotFound.variant_name(), Some("FileNotFound"));
    // String names: kept verbatim, variant derived or given.
    assert_eq!(
        Acme::from_name("Upload Failed (v2)"),
        Some(Acme::UploadFailedV2)
    );
    assert_eq!(Acme::from_name("I'm busy"), Some(Acme::Busy));
    assert_eq!(Web::from_name("Not Found"), Some(Web::NotFound));
    assert_eq!(Web::NotFound.name(), Some("Not Found"));
}

#[test]
fn descriptions_are_verbatim_and_optional() {
    assert_eq!(Acme::Success.description(), Some("Ok"));
    assert_eq!(Acme::NotImplemented.description(), None);
    #[allow(deprecated)]
    let legacy = Acme::ModelNotFound;
    assert_eq!(
        legacy.description(),
        Some("Model not found <legacy> [v1] *bold* `tick`")
    );
}

#[test]
fn display_is_informative_for_every_value() {
    assert_eq!(
        Acme::ModelDoesNotExist.to_string(),
        "21200 MODEL_DOES_NOT_EXIST: Model does not exist"
    );
    assert_eq!(Acme::NotImplemented.to_string(), "10040 NOT_IMPLEMENTED");
    assert_eq!(Acme::FileNotFound.to_string(), "5001: File not found");
    assert_eq!(Acme::Busy.to_string(), "5003 I'm busy");
    assert_eq!(Acme::from(12345).to_string(), "unknown Acme status 12345");
    assert_eq!(Ledger::from(-7).to_string(), "unknown Ledger status -7");
    assert_eq!(
        Ledger::Unknown.to_string(),
        "-2 Unknown: A state that cannot be verified"
    );
}

vendor_codes::status_codes! {
    /// Rows with neither a vendor name nor a description, one of them cfg'd
    /// out.
    #[codes(vendor = "Bare")]
    enum Bare: u8 => success {
        1 as First,
        2 "SECOND",
        #[cfg(any())]
        3 as Hidden,
        4 as Fourth: "The fourth",
        5 as Fifth,
    }
}

/// `Debug` is what `#[derive(Debug)]` would write: the variant, or the
/// catch-all (by its own name) and its code.
#[test]
fn debug_is_the_derives() {
    assert_eq!(
        format!("{:?}", Acme::ModelDoesNotExist),
        "ModelDoesNotExist"
    );
    assert_eq!(
        format!("{:#?}", Acme::ModelDoesNotExist),
        "ModelDoesNotExist"
    );
    assert_eq!(format!("{:?}", Acme::from(12345)), "Unknown(12345)");
    assert_eq!(
        format!("{:#?}", Acme::from(12345)),
        "Unknown(\n    12345,\n)"
    );
    assert_eq!(format!("{:?}", Ledger::from(-7)), "Other(-7)");
    assert_eq!(format!("{:?}", Ledger::Unknown), "Unknown");
    assert_eq!(format!("{:?}", Bare::Fifth), "Fifth");
    use codes_user_tests::Cloud;
    assert_eq!(
        format!("{:?}", Cloud::from("Cloud.0102")),
        "MissingWorkspace"
    );
    assert_eq!(
        format!("{:?}", Cloud::from("Cloud.9")),
        r#"Unknown("Cloud.9")"#
    );
    assert_eq!(
        format!("{:?}", Some(Acme::TryAgain)),
        "Some(TryAgain)",
        "inside another Debug"
    );
}

/// A row with neither a name nor a description shows its variant's name.
#[test]
fn display_names_the_variant_of_a_bare_row() {
    let shown: Vec<String> = Bare::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        ["1 (First)", "2 SECOND", "4: The fourth", "5 (Fifth)"]
    );
    assert_eq!(Bare::from(3).to_string(), "unknown Bare status 3");
}

#[test]
fn classes_come_from_row_group_table_or_rfc_9110() {
    assert_eq!(Acme::Success.class(), Class::Success); // row
    assert_eq!(Acme::Failure.class(), Class::VendorError); // group default
    assert_eq!(Acme::ModelTraining.class(), Class::Pending); // row over group
    assert_eq!(Acme::ModelDoesNotExist.class(), Class::ClientError); // group default
    assert_eq!(Ledger::Queued.class(), Class::Pending); // table default
    assert_eq!(Ledger::Finished.class(), Class::Success);
    assert_eq!(Ledger::Unknown.class(), Class::Unknown);
    assert_eq!(Web::Ok.class(), Class::Success); // RFC 9110
    assert_eq!(Web::Accepted.class(), Class::Pending); // row over RFC 9110
    assert_eq!(Web::MovedPermanently.class(), Class::Redirect);
    assert_eq!(Web::NotFound.class(), Class::ClientError);
    assert_eq!(Web::TooManyRequests.class(), Class::Retry);
    assert_eq!(Web::InternalServerError.class(), Class::VendorError);
    assert_eq!(Web::ServiceUnavailable.class(), Class::Retry);
    // RFC 9110: an unknown code takes its class's x00 meaning.
    assert_eq!(Web::from(418).class(), Class::ClientError);
    assert_eq!(Web::from(504).class(), Class::Retry);
    assert_eq!(Web::from(999).class(), Class::Unknown);
    // Outside http tables, unknown codes are Unknown.
    assert_eq!(Ledger::from(3).class(), Class::Unknown);
}

#[test]
fn all_is_in_code_order_and_counted() {
    assert_eq!(Acme::COUNT, 14);
    assert_eq!(Acme::ALL.len(), Acme::COUNT);
    assert!(Acme::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    let ledger: Vec<i32> = Ledger::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(ledger, [-40021, -2, -1, 0, 1, 4, 5]);
    assert_eq!(<Web as VendorCode>::ALL.len(), 7);
    assert_eq!(Acme::VENDOR, "Acme");
    assert_eq!(<Ledger as VendorCode>::VENDOR, "Ledger");
    assert_eq!(Web::VENDOR, "Web");
}

#[test]
fn equality_ordering_and_hash_are_by_code() {
    assert!(Acme::Success < Acme::TryAgain);
    assert!(Acme::FileNotFound < Acme::Success);
    assert!(Acme::from(12345) > Acme::TryAgain);
    assert!(Ledger::ModelNotNow < Ledger::Faulty);
    // A catch-all built by hand around a listed code is that code.
    assert_eq!(Acme::Unknown(10000), Acme::Success);
    let set: HashSet<Acme> = [Acme::Success, Acme::Unknown(10000), Acme::from(10000)]
        .into_iter()
        .collect();
    assert_eq!(set.len(), 1);
    let mut sorted = vec![Acme::Unknown(7), Acme::Success, Acme::FileNotFound];
    sorted.sort();
    assert_eq!(
        sorted,
        [Acme::Unknown(7), Acme::FileNotFound, Acme::Success]
    );
}

#[test]
fn groups_are_an_enum_with_their_data() {
    assert_eq!(
        AcmeGroup::ALL,
        [
            AcmeGroup::Generic,
            AcmeGroup::Model,
            AcmeGroup::Evaluation,
            AcmeGroup::Files
        ]
    );
    // Nested ranges: the innermost claims its unknown codes.
    assert_eq!(
        Acme::ModelEvaluationFailed.group(),
        Some(AcmeGroup::Evaluation)
    );
    assert_eq!(AcmeGroup::containing(21399), Some(AcmeGroup::Evaluation));
    assert_eq!(AcmeGroup::containing(21400), Some(AcmeGroup::Model));
    assert_eq!(AcmeGroup::containing(21299), Some(AcmeGroup::Model));
    assert_eq!(Acme::ModelTrained.group(), Some(AcmeGroup::Model));
    assert_eq!(Acme::InternalIssue.group(), None);
    assert_eq!(AcmeGroup::Model.name(), "Model");
    assert_eq!(
        AcmeGroup::Model.title(),
        Some("Model/Custom Training Related Codes: 21xxx")
    );
    assert_eq!(
        AcmeGroup::Model.to_string(),
        "Model/Custom Training Related Codes: 21xxx"
    );
    assert_eq!(AcmeGroup::Model.range(), Some(21000..=21999));
    assert_eq!(AcmeGroup::Files.range(), None);
    assert_eq!(AcmeGroup::Files.title(), Some("File codes"));
    assert_eq!(AcmeGroup::Model.default_class(), Some(Class::ClientError));
    assert_eq!(AcmeGroup::Files.default_class(), None);
    assert_eq!(
        AcmeGroup::Files.codes(),
        [Acme::FileNotFound, Acme::UploadFailedV2, Acme::Busy]
    );
    assert_eq!(AcmeGroup::containing(10999), Some(AcmeGroup::Generic));
    assert_eq!(AcmeGroup::containing(11000), None);
    assert_eq!(
        LedgerSection::Running.codes(),
        [Ledger::Waiting, Ledger::Queued, Ledger::Summarized]
    );
    assert_eq!(LedgerSection::Running.to_string(), "Running");
    // Every listed code is in exactly the group that lists it.
    for group in AcmeGroup::ALL {
        for code in group.codes() {
            assert_eq!(code.group(), Some(*group));
        }
    }
    let grouped: usize = AcmeGroup::ALL.iter().map(|g| g.codes().len()).sum();
    assert_eq!(grouped, Acme::COUNT - 1);
    assert_eq!(<Acme as VendorCode>::group_name(Acme::Busy), Some("Files"));
    assert_eq!(Web::Ok.group_name(), None);
}

#[test]
fn renamed_catch_all_and_a_real_unknown_row() {
    assert!(matches!(Ledger::from(-2), Ledger::Unknown));
    assert!(Ledger::Unknown.is_known());
    assert!(matches!(Ledger::from(9), Ledger::Other(9)));
    assert_eq!(Ledger::from_name("Unknown"), Some(Ledger::Unknown));
}

#[test]
fn every_lookup_strategy_finds_its_codes_and_names() {
    use codes_user_tests::{Dense, Sparse};
    // Hashed codes and names (more than a few rows, sparse).
    assert_eq!(Sparse::from(-30021), Sparse::DatasetNotNow);
    assert_eq!(Sparse::from(-30022), Sparse::Unknown(-30022));
    assert_eq!(
        Sparse::from_name("MODEL_NOT_NOW"),
        Some(Sparse::ModelNotNow)
    );
    assert_eq!(Sparse::from_name("MODEL_NOT_NO"), None);
    // Names that only the whole hash tells apart.
    use codes_user_tests::Alike;
    for code in Alike::ALL {
        assert_eq!(Alike::from_name(code.name().unwrap()), Some(*code));
    }
    assert_eq!(
        Alike::from_name("THE_SAME_PREFIX_ONE_0012_THE_SAME_SUFFIX_TWO"),
        None
    );
    assert_eq!(
        Alike::from_name("THE_SAME_PREFIX_ONE_001_THE_SAME_SUFFIX_TWO"),
        None
    );
    // Dense codes, with a hole at 6.
    assert_eq!(Dense::from(-2), Dense::UnknownState);
    assert_eq!(Dense::from(6), Dense::Unknown(6));
    assert_eq!(Dense::from(7), Dense::SkippedSix);
    assert_eq!(Dense::from(-3), Dense::Unknown(-3));
    assert_eq!(Dense::from(i8::MAX), Dense::Unknown(i8::MAX));
    assert_eq!(Dense::from(i8::MIN), Dense::Unknown(i8::MIN));
    // HTTP tables are dense too.
    assert_eq!(Web::from(503), Web::ServiceUnavailable);
    assert_eq!(Web::from(u16::MAX), Web::Unknown(u16::MAX));
    assert_eq!(Web::from(0), Web::Unknown(0));
}

#[test]
fn lookups_work_in_const_contexts() {
    const MISSING: Acme = Acme::from_code(21200);
    const CODE: u32 = Acme::TryAgain.code();
    const BY_NAME: Option<Acme> = Acme::from_name("SUCCESS");
    const CLASS: Class = Acme::TryAgain.class();
    const STRICT: Result<Web, UnknownCode<u16>> = Web::try_from_code(404);
    assert!(matches!(MISSING, Acme::ModelDoesNotExist));
    assert_eq!(CODE, 10030);
    assert!(matches!(BY_NAME, Some(Acme::Success)));
    assert!(CLASS.is_retryable());
    assert!(matches!(STRICT, Ok(Web::NotFound)));
}

#[test]
fn extreme_codes_of_every_width() {
    assert_eq!(Wide::from(i64::MIN), Wide::Min);
    assert_eq!(Wide::from(i64::MAX), Wide::Max);
    assert_eq!(Wide::from(0).code(), 0);
    assert_eq!(Huge::from(u64::MAX), Huge::Max);
    assert_eq!(Huge::from(u64::MAX - 1), Huge::Unknown(u64::MAX - 1));
    assert_eq!(Small::from(-128), Small::Min);
    assert_eq!(Small::from(127), Small::Max);
    assert!(codes_user_tests::private_tables_work());
}

/// Code written once over any vendor's table.
fn summary<C: VendorCode>(raw: C::Code) -> String {
    let code = C::from_code(raw);
    format!(
        "{} {} {:?} {}",
        C::VENDOR,
        code,
        code.group_name(),
        code.class()
    )
}

#[test]
fn generic_code_works_over_every_table() {
    assert_eq!(
        summary::<Acme>(10030),
        "Acme 10030 TRY_AGAIN: Try the request again Some(\"Generic\") retry"
    );
    assert_eq!(
        summary::<Ledger>(-9),
        "Ledger unknown Ledger status -9 None unknown"
    );
    assert_eq!(
        summary::<Web>(503),
        "Web 503 Service Unavailable None retry"
    );
}

#[test]
fn table_views_search_by_code_and_name() {
    let table = vendor_codes::Table::of::<Ledger>("ledger", "Ledger statuses");
    assert_eq!(
        (table.id(), table.vendor(), table.int_type(), table.len()),
        ("ledger", "Ledger", "i32", 7)
    );
    let entry = table.get(-1).unwrap();
    assert_eq!(
        (entry.name, entry.variant, entry.class),
        (Some("Faulty"), "Faulty", Class::VendorError)
    );
    assert_eq!(table.get(i128::from(i64::MAX)), None);
    assert_eq!(
        table.get_by_name("Finished").map(|e| e.code),
        Some(5.into())
    );
    let codes: Vec<i128> = table.entries().filter_map(|e| e.code.as_int()).collect();
    assert_eq!(codes, [-40021, -2, -1, 0, 1, 4, 5]);
}

#[test]
fn serde_uses_the_integer_code() {
    assert_eq!(
        serde_json::to_string(&Acme::ModelDoesNotExist).unwrap(),
        "21200"
    );
    assert_eq!(serde_json::to_string(&Acme::from(12345)).unwrap(), "12345");
    assert_eq!(serde_json::to_string(&Ledger::Faulty).unwrap(), "-1");
    assert_eq!(
        serde_json::to_string(&Huge::Max).unwrap(),
        "18446744073709551615"
    );
    assert_eq!(
        serde_json::from_str::<Acme>("21200").unwrap(),
        Acme::ModelDoesNotExist
    );
    assert_eq!(
        serde_json::from_str::<Acme>("12345").unwrap(),
        Acme::Unknown(12345)
    );
    assert_eq!(
        serde_json::from_str::<Ledger>("-40021").unwrap(),
        Ledger::ModelNotNow
    );
    assert_eq!(
        serde_json::from_str::<Wide>("-9223372036854775808").unwrap(),
        Wide::Min
    );
    assert_eq!(
        serde_json::from_str::<Huge>("18446744073709551615").unwrap(),
        Huge::Max
    );
    let codes: Vec<Web> = serde_json::from_str("[200, 404, 418]").unwrap();
    assert_eq!(codes, [Web::Ok, Web::NotFound, Web::Unknown(418)]);
}

#[test]
fn serde_rejects_what_is_not_a_code() {
    let err = |json: &str| serde_json::from_str::<Acme>(json).unwrap_err().to_string();
    assert!(
        err("-1").contains("expected a Acme status code (an integer of type u32)"),
        "{}",
        err("-1")
    );
    assert!(
        err("4294967296").contains("invalid value"),
        "{}",
        err("4294967296")
    );
    assert!(
        err("21200.0").contains("invalid type: floating point"),
        "{}",
        err("21200.0")
    );
    assert!(
        err("\"21200\"").contains("invalid type: string"),
        "{}",
        err("\"21200\"")
    );
    assert!(
        err("null").contains("invalid type: null"),
        "{}",
        err("null")
    );
    assert!(serde_json::from_str::<Small>("128").is_err());
    assert!(serde_json::from_str::<Small>("-129").is_err());
    assert!(serde_json::from_str::<Web>("65536").is_err());
}

#[test]
fn http_status_codes_convert_both_ways() {
    assert_eq!(Web::from(http::StatusCode::NOT_FOUND), Web::NotFound);
    assert_eq!(Web::from(http::StatusCode::IM_A_TEAPOT), Web::Unknown(418));
    assert_eq!(
        http::StatusCode::try_from(Web::TooManyRequests).unwrap(),
        http::StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        http::StatusCode::try_from(Web::Unknown(799))
            .unwrap()
            .as_u16(),
        799
    );
    assert!(http::StatusCode::try_from(Web::Unknown(1000)).is_err());
    assert!(http::StatusCode::try_from(Web::Unknown(42)).is_err());
}

#[test]
fn hashed_tables_of_every_width_find_their_codes_and_no_other() {
    for &row in SparseWide::ALL {
        assert_eq!(SparseWide::from_code(row.code()), row);
        assert_eq!(row.name().map(SparseWide::from_name), Some(Some(row)));
        for near in [
            row.code().wrapping_add(1),
            row.code().wrapping_sub(1),
            row.code() ^ (1 << 40),
        ] {
            let listed = SparseWide::ALL.iter().any(|row| row.code() == near);
            assert_eq!(SparseWide::from_code(near).is_known(), listed, "{near}");
        }
    }
    for &row in SparseSigned::ALL {
        assert_eq!(SparseSigned::from_code(row.code()), row);
        for near in [
            row.code().wrapping_add(1),
            row.code().wrapping_sub(1),
            row.code() ^ (1 << 40),
        ] {
            // i64::MIN - 1 wraps to i64::MAX, a listed code.
            let listed = SparseSigned::ALL.iter().any(|row| row.code() == near);
            assert_eq!(SparseSigned::from_code(near).is_known(), listed, "{near}");
        }
    }
    for &row in SparseNarrow::ALL {
        assert_eq!(SparseNarrow::from_code(row.code()), row);
        for near in [
            row.code().wrapping_add(1),
            row.code().wrapping_sub(1),
            row.code() ^ (1 << 20),
        ] {
            assert!(!SparseNarrow::from_code(near).is_known(), "{near}");
        }
    }
    assert_eq!(SparseNarrow::from_code(-40021), SparseNarrow::N1);
    assert_eq!(SparseSigned::from_code(i64::MIN), SparseSigned::Min);
    assert_eq!(SparseWide::from_code(u64::MAX), SparseWide::Max);
}

#[test]
fn variants_named_as_associated_types_work() {
    // `Err` and `Error` are also `FromStr::Err` and `TryFrom::Error`: the
    // generated impls must not name either through `Self`.
    assert_eq!("ERR".parse(), Ok(Outcome::Err));
    assert_eq!("ERROR".parse::<Outcome>(), Ok(Outcome::Error));
    assert_eq!(Outcome::from(1), Outcome::Err);
    assert_eq!(Outcome::try_from_code(2), Ok(Outcome::Error));
    assert_eq!(Outcome::Err.to_string(), "1 ERR: Failed");
    assert_eq!(Outcome::Ok.class(), Class::Success);
    assert!("err".parse::<Outcome>().is_err());
}

#[test]
fn tables_compile_and_work_where_the_module_shadows_prelude_names() {
    use codes_user_tests::shadowed::{Shadowed, ShadowedStr};
    assert_eq!(Shadowed::from_code(0), Shadowed::Ok);
    assert_eq!(Shadowed::from_name("FINE"), Some(Shadowed::Ok));
    assert_eq!(Shadowed::Ok.http(), Some(200));
    assert_eq!(Shadowed::Failed.http(), Some(500));
    assert_eq!(Shadowed::None.class(), Class::Unknown);
    assert_eq!(Shadowed::Err.class(), Class::ClientError);
    assert_eq!("SOME".parse(), Ok(Shadowed::Some));
    assert!(Shadowed::OldOk.is_deprecated());
    assert_eq!(Shadowed::from_code(19).name(), Some("E19"));
    assert_eq!(
        Shadowed::from_code(99).to_string(),
        "unknown Shadowed status 99"
    );
    assert_eq!(ShadowedStr::from_code("Some.Other"), ShadowedStr::Some);
    assert_eq!(ShadowedStr::None.class(), Class::Retry);
}
