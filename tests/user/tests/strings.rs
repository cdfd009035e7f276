//! String-keyed tables: everything an integer table has, with codes that
//! are strings, kept as sent when unknown.

use codes_user_tests::{Cloud, CloudGroup, Few, Renamed};
use vendor_codes::{Class, CodeValue, Entry, Table, VendorCode};

#[test]
fn known_codes_map_to_their_variants_and_back() {
    for &code in Cloud::ALL {
        assert_eq!(Cloud::from_code(code.code()), code);
        assert_eq!(Cloud::try_from_code(code.code()), Ok(code));
        let raw: &str = code.into();
        assert_eq!(Cloud::from(raw), code);
    }
    assert_eq!(Cloud::from_code("Cloud.0101"), Cloud::Cloud0101);
    assert_eq!(Cloud::from_code("card_declined"), Cloud::CardDeclined);
    assert_eq!(Cloud::MissingWorkspace.code(), "Cloud.0102");
    assert_eq!(Cloud::COUNT, 12);
    // In code order, byte-wise.
    let codes: Vec<&str> = Cloud::ALL.iter().map(|c| c.code()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
}

#[test]
fn unknown_codes_are_kept_as_sent_without_allocating_known_ones() {
    let sent = String::from("Cloud.9999");
    let unknown = Cloud::from_code(&sent);
    assert_eq!(unknown, Cloud::Unknown("Cloud.9999"));
    assert_eq!(unknown.code(), "Cloud.9999");
    assert!(!unknown.is_known());
    assert_eq!(unknown.to_string(), "unknown Cloud status Cloud.9999");
    let err = Cloud::try_from_code(&sent).unwrap_err();
    assert_eq!(err.to_string(), "unknown Cloud status code Cloud.9999");
    assert_eq!(err.code(), "Cloud.9999");
    // A listed code borrows nothing from the input: `to_static` frees it of
    // the input's lifetime.
    let known: Option<Cloud<'static>> = {
        let sent = String::from("Cloud.4900");
        Cloud::from_code(&sent).to_static()
    };
    assert_eq!(known, Some(Cloud::Cloud4900));
    assert_eq!(Cloud::from_code(&sent).to_static(), None);
    // Empty and odd strings are codes like any other.
    assert_eq!(Cloud::from_code(""), Cloud::Unknown(""));
    assert_eq!(
        Cloud::from_code("Cloud.0101 "),
        Cloud::Unknown("Cloud.0101 ")
    );
}

#[test]
fn names_aliases_descriptions_and_columns() {
    assert_eq!(Cloud::from_name("THROTTLED"), Some(Cloud::Throttled));
    assert_eq!(
        Cloud::from_name("ThrottlingException"),
        Some(Cloud::Throttled)
    );
    assert_eq!("ThrottlingException".parse::<Cloud>(), Ok(Cloud::Throttled));
    assert_eq!(Cloud::Throttled.name(), Some("THROTTLED"));
    assert_eq!(Cloud::Cloud0101.name(), None);
    assert_eq!(
        Cloud::Cloud0104.description(),
        Some("Parameter error with \"quotes\" and {0}.")
    );
    assert_eq!(Cloud::Cloud0105.description(), None);
    assert_eq!(Cloud::CardDeclined.http(), Some(402));
    assert_eq!(Cloud::Unknown("x").http(), None);
    assert_eq!(
        Cloud::Throttled.to_string(),
        "Cloud.Throttle.Api THROTTLED: Too many requests"
    );
    assert_eq!(Cloud::Cloud0105.to_string(), "Cloud.0105 (Cloud0105)");
}

#[test]
fn groups_by_prefix_and_their_unlisted_codes() {
    assert_eq!(Cloud::Cloud4902.group(), Some(CloudGroup::Training));
    assert_eq!(
        Cloud::from_code("Cloud.4999").group(),
        Some(CloudGroup::Training)
    );
    assert_eq!(Cloud::from_code("Cloud.4999").class(), Class::Unknown);
    assert_eq!(CloudGroup::Training.prefix(), Some("Cloud.49"));
    assert_eq!(
        Cloud::from_code("Cloud.Throttle.Db").group(),
        Some(CloudGroup::Throttling)
    );
    assert_eq!(Cloud::from_code("Cloud.Throttle.Db").class(), Class::Retry);
    assert_eq!(Cloud::from_code("Cloud.4").group(), None);
    assert_eq!(Cloud::Cloud0101.group(), None);
    assert_eq!(
        CloudGroup::Training.codes(),
        [Cloud::Cloud4900, Cloud::Cloud4902]
    );
    assert_eq!(Cloud::Cloud4902.class(), Class::Pending);
}

#[test]
fn equality_order_and_hash_are_by_code() {
    use std::collections::HashSet;
    assert_eq!(Cloud::Unknown("Cloud.0101"), Cloud::Cloud0101);
    assert!(Cloud::Cloud0101 < Cloud::MissingWorkspace && Cloud::Cloud4900 < Cloud::CardDeclined);
    let set: HashSet<Cloud> = Cloud::ALL.iter().copied().collect();
    assert!(set.contains(&Cloud::from_code("Cloud.0101")));
}

#[test]
fn the_trait_and_the_table_view_serve_string_tables() {
    fn describe<C: VendorCode>(code: C::Code) -> String {
        C::from_code(code).to_string()
    }
    assert_eq!(describe::<Cloud>("Cloud.0106"), "Cloud.0106: Sixth.");
    let table = Table::of::<Cloud>("cloud", "Cloud codes");
    assert_eq!(table.int_type(), "&str");
    let entry = table.get("card_declined").unwrap();
    assert_eq!(entry.code, CodeValue::Str("card_declined"));
    assert_eq!(
        entry.columns.get("http"),
        Some(vendor_codes::ColumnValue::Int(402))
    );
    assert_eq!(table.get(402), None);
    assert_eq!(
        table.get_by_name("ThrottlingException").unwrap().code,
        "Cloud.Throttle.Api"
    );
    assert_eq!(Entry::of(Cloud::Unknown("x")), None);
    assert_eq!(table.entries().count(), Cloud::COUNT);
}

#[test]
fn serde_writes_the_string_and_borrows_it_back() {
    assert_eq!(
        serde_json::to_string(&Cloud::Cloud0101).unwrap(),
        "\"Cloud.0101\""
    );
    assert_eq!(
        serde_json::to_string(&Cloud::Unknown("Cloud.9\"9")).unwrap(),
        r#""Cloud.9\"9""#
    );
    let body = r#"{"error_code": "Cloud.0101", "other": "Cloud.7777"}"#;
    #[derive(serde::Deserialize)]
    struct Body<'a> {
        #[serde(borrow)]
        error_code: Cloud<'a>,
        #[serde(borrow)]
        other: Cloud<'a>,
    }
    let parsed: Body = serde_json::from_str(body).unwrap();
    assert_eq!(parsed.error_code, Cloud::Cloud0101);
    assert_eq!(parsed.other, Cloud::Unknown("Cloud.7777"));
    // An escaped string cannot be borrowed: known codes still decode...
    let escaped: Cloud = serde_json::from_str(r#""Cloud.010\u0031""#).unwrap();
    assert_eq!(escaped, Cloud::Cloud0101);
    // ...and an unknown one says what to do instead.
    let err = serde_json::from_str::<Cloud>(r#""Cloud.9\u0039""#).unwrap_err();
    assert!(
        err.to_string()
            .contains("deserialize the code as a `String`"),
        "{err}"
    );
    let err = serde_json::from_str::<Cloud>("101").unwrap_err();
    assert!(
        err.to_string().contains("a Cloud status code (a string)"),
        "{err}"
    );
}

#[test]
fn few_rows_are_searched() {
    assert_eq!(Few::from_code("a"), Few::A);
    assert_eq!(Few::from_code("c"), Few::Cee);
    assert_eq!(Few::from_code("d"), Few::Unknown("d"));
    assert_eq!(Few::from_name("CEE"), Some(Few::Cee));
    assert_eq!(Few::B.description(), Some("Bee"));
    let codes: Vec<&str> = Few::ALL.iter().map(|f| f.code()).collect();
    assert_eq!(codes, ["a", "b", "c"]);
}

#[test]
fn every_string_of_a_row_is_a_code() {
    // `"Cloud.Throttle.Api" THROTTLED | ThrottlingException`: the vendor may
    // send either string as the code.
    assert_eq!(Cloud::from_code("Cloud.Throttle.Api"), Cloud::Throttled);
    assert_eq!(Cloud::from_code("ThrottlingException"), Cloud::Throttled);
    assert_eq!(
        Cloud::try_from_code("ThrottlingException"),
        Ok(Cloud::Throttled)
    );
    // The first is the code it gives back.
    assert_eq!(
        Cloud::from_code("ThrottlingException").code(),
        "Cloud.Throttle.Api"
    );
    assert_eq!(
        Cloud::from_code("ThrottlingException").to_string(),
        "Cloud.Throttle.Api THROTTLED: Too many requests"
    );
    // The name is a name, not a code.
    assert_eq!(Cloud::from_code("THROTTLED"), Cloud::Unknown("THROTTLED"));
    // A string beside it is still unknown, and kept as sent.
    assert_eq!(
        Cloud::from_code("ThrottlingExceptions"),
        Cloud::Unknown("ThrottlingExceptions")
    );
}

#[test]
fn aliases_are_codes_in_scanned_tables_and_through_serde() {
    assert_eq!(Renamed::from_code("KeyNotFound"), Renamed::NoSuchKey);
    assert_eq!(Renamed::from_code("NoSuchKey"), Renamed::NoSuchKey);
    assert_eq!(Renamed::from_code("SlowDown").class(), Class::Retry);
    assert_eq!(
        Renamed::from_code("keynotfound"),
        Renamed::Unknown("keynotfound")
    );
    let read: Renamed = serde_json::from_str(r#""KeyNotFound""#).unwrap();
    assert_eq!(read, Renamed::NoSuchKey);
    assert_eq!(serde_json::to_string(&read).unwrap(), r#""NoSuchKey""#);
    let read: Cloud = serde_json::from_str(r#""ThrottlingException""#).unwrap();
    assert_eq!(read, Cloud::Throttled);
}
