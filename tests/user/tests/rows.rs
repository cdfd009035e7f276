//! Other names, rows the vendor deprecates, typed columns, classes of a
//! group's unlisted codes, rows under `cfg`, and `#[non_exhaustive]`.

use codes_user_tests::{Closed, Platform, PlatformGroup, platform_action};
use vendor_codes::{Class, ColumnValue, Entry, Table, VendorCode};

#[test]
fn every_alias_parses_to_its_row_and_the_name_stays_primary() {
    for name in ["INPUT_SUCCESS", "INPUT_DOWNLOAD_SUCCESS", "Download OK"] {
        assert_eq!(
            Platform::from_name(name),
            Some(Platform::InputSuccess),
            "{name}"
        );
        assert_eq!(
            name.parse::<Platform>(),
            Ok(Platform::InputSuccess),
            "{name}"
        );
    }
    assert_eq!(Platform::InputSuccess.name(), Some("INPUT_SUCCESS"));
    assert_eq!(
        Platform::InputSuccess.aliases(),
        ["INPUT_DOWNLOAD_SUCCESS", "Download OK"]
    );
    assert!(Platform::InputOld.aliases().is_empty());
    assert!(Platform::Unknown(1).aliases().is_empty());
    assert_eq!(Platform::from_name("input_success"), None);
    // Display shows the primary name.
    assert_eq!(
        Platform::InputSuccess.to_string(),
        "30000 INPUT_SUCCESS: Download complete"
    );
}

#[test]
fn deprecated_rows_say_so_and_still_decode() {
    assert!(Platform::InputDownloadDone.is_deprecated());
    assert_eq!(
        Platform::InputDownloadDone.deprecation(),
        Some("use INPUT_SUCCESS")
    );
    assert!(Platform::InputOld.is_deprecated());
    assert_eq!(Platform::InputOld.deprecation(), None);
    assert!(!Platform::InputSuccess.is_deprecated());
    assert!(!Platform::Unknown(30999).is_deprecated());
    assert_eq!(Platform::from(30001), Platform::InputDownloadDone);
    assert_eq!(Platform::InputDownloadDone.class(), Class::Success);
    // A table without deprecated rows answers the same way.
    assert!(!Closed::One.is_deprecated() && Closed::One.deprecation().is_none());
}

#[test]
fn columns_have_typed_const_accessors() {
    const HTTP: Option<u16> = Platform::ConnThrottled.http();
    assert_eq!(HTTP, Some(429));
    assert_eq!(Platform::InputOld.http(), Some(400));
    assert_eq!(Platform::Unknown(7).http(), None);
    // Optional: `None` where the row leaves it empty.
    assert_eq!(
        Platform::InputOld.solution(),
        Some("Send it again as a new input.")
    );
    assert_eq!(Platform::InputSuccess.solution(), None);
    // Defaults, and rows that override them.
    assert_eq!(Platform::InputSuccess.source(), Some("page"));
    assert_eq!(Platform::InputDownloadDone.source(), Some("proto"));
    assert_eq!(Platform::InputSuccess.billable(), Some(false));
    assert_eq!(Platform::ConnThrottled.billable(), Some(true));
}

#[test]
fn columns_appear_in_the_entry_and_the_table_view() {
    assert_eq!(
        <Platform as VendorCode>::COLUMNS,
        ["http", "solution", "source", "billable"]
    );
    let entry = Entry::of(Platform::InputOld).unwrap();
    let columns: Vec<_> = entry.columns.iter().collect();
    assert_eq!(
        columns,
        [
            ("http", Some(ColumnValue::Int(400))),
            (
                "solution",
                Some(ColumnValue::Str("Send it again as a new input."))
            ),
            ("source", Some(ColumnValue::Str("page"))),
            ("billable", Some(ColumnValue::Bool(false))),
        ]
    );
    assert!(entry.deprecated);
    assert_eq!(entry.aliases, [] as [&str; 0]);
    let table = Table::of::<Platform>("platform", "Platform codes");
    assert_eq!(table.columns(), ["http", "solution", "source", "billable"]);
    let by_alias = table.get_by_name("INPUT_DOWNLOAD_SUCCESS").unwrap();
    assert_eq!(by_alias.code, 30000);
    assert_eq!(by_alias.aliases, ["INPUT_DOWNLOAD_SUCCESS", "Download OK"]);
    assert_eq!(by_alias.columns.get("http"), Some(ColumnValue::Int(200)));
    assert!(
        Platform::Unknown(1)
            .columns()
            .iter()
            .all(|(_, value)| value.is_none())
    );
    // A table without columns has none.
    assert!(Closed::One.columns().is_empty());
}

#[test]
fn entries_serialize_with_their_new_fields() {
    let json = serde_json::to_value(Entry::of(Platform::InputDownloadDone).unwrap()).unwrap();
    assert_eq!(json["code"], 30001);
    assert_eq!(json["class"], "success");
    assert_eq!(json["deprecated"], true);
    assert_eq!(json["deprecation"], "use INPUT_SUCCESS");
    assert_eq!(
        json["columns"],
        serde_json::json!({"http": 200, "solution": null, "source": "proto", "billable": false})
    );
}

#[test]
fn a_groups_unlisted_codes_take_its_declared_class() {
    // Listed or not, the throttle section's codes ask to retry.
    assert_eq!(Platform::from(11005).class(), Class::Retry);
    assert_eq!(Platform::from(11999).class(), Class::Retry);
    assert!(!Platform::from(11999).is_known());
    assert_eq!(PlatformGroup::Throttle.unlisted_class(), Some(Class::Retry));
    // Other sections declare nothing: unknown stays unknown.
    assert_eq!(PlatformGroup::Inputs.unlisted_class(), None);
    assert_eq!(Platform::from(30999).class(), Class::Unknown);
    assert_eq!(Platform::from(99).class(), Class::Unknown);
}

#[test]
fn rows_under_cfg_follow_it_everywhere() {
    // `#[cfg(any())]` is never on: the row does not exist.
    assert_eq!(Platform::from(40002), Platform::Unknown(40002));
    assert_eq!(Platform::from_name("NEVER"), None);
    assert!(Platform::try_from_code(40002).is_err());
    assert!(!Platform::ALL.iter().any(|p| p.code() == 40002));
    assert!(
        !PlatformGroup::Extra
            .codes()
            .iter()
            .any(|p| p.code() == 40002)
    );
    let extra = Platform::from(40001);
    #[cfg(feature = "extra")]
    {
        assert_eq!(extra, Platform::ExtraOnly);
        assert_eq!(Platform::from_name("EXTRA_ONLY"), Some(Platform::ExtraOnly));
        assert_eq!(Platform::COUNT, 7);
        assert_eq!(Platform::from(50000).group(), Some(PlatformGroup::Gated));
        assert_eq!(Platform::Gated.class(), Class::VendorError);
        assert_eq!(PlatformGroup::ALL.len(), 4);
        assert_eq!(platform_action(extra), "extra");
    }
    #[cfg(not(feature = "extra"))]
    {
        assert_eq!(extra, Platform::Unknown(40001));
        assert_eq!(Platform::from_name("EXTRA_ONLY"), None);
        assert_eq!(Platform::COUNT, 5);
        // The gated group is gone too: its range holds nothing.
        assert_eq!(Platform::from(50000).group(), None);
        assert_eq!(PlatformGroup::ALL.len(), 3);
        assert_eq!(platform_action(extra), "unknown");
    }
    assert_eq!(Platform::COUNT, Platform::ALL.len());
    // What is compiled in round-trips.
    for &code in Platform::ALL {
        assert_eq!(Platform::from(code.code()), code);
        assert_eq!(Platform::from_name(code.name().unwrap()), Some(code));
    }
}

#[test]
fn an_exhaustive_match_in_the_tables_crate_needs_no_wildcard() {
    assert_eq!(platform_action(Platform::ConnThrottled), "retry");
    assert_eq!(platform_action(Platform::from(1)), "unknown");
    // An exhaustive table needs none anywhere.
    let action = match Closed::from(2) {
        Closed::One | Closed::Two => "listed",
        Closed::Unknown(_) => "unknown",
    };
    assert_eq!(action, "listed");
}

#[test]
fn a_table_under_a_cfg_that_holds_is_generated_whole() {
    use codes_user_tests::Gated;
    assert_eq!(Gated::from(1), Gated::One);
    assert_eq!(Gated::One.to_string(), "1 ONE");
    assert_eq!(<Gated as VendorCode>::VENDOR, "Gated");
}
