//! The vendors' registry (`__for_each_vendor!`): every vendor it lists is a
//! cargo feature of the crate and in `all`, its tables are `tables()`'s, and
//! its id finds it again.

use codes_vendors::{Vendor, tables};

/// The crate's features: each vendor's id must be one, and `all` must name
/// every vendor (the one list Cargo cannot take from the registry).
#[test]
fn every_vendor_is_a_feature_and_in_all() {
    let manifest = include_str!("../Cargo.toml");
    let all = manifest
        .lines()
        .find_map(|line| line.strip_prefix("all = "))
        .expect("an `all` feature");
    assert_eq!(Vendor::ALL.len(), 5, "every feature is on in this test");
    for vendor in Vendor::ALL {
        let id = vendor.id();
        assert!(
            manifest.lines().any(|line| line == format!("{id} = []")),
            "no feature {id}"
        );
        assert!(all.contains(&format!("\"{id}\"")), "{id} is not in `all`");
        assert_eq!(Vendor::from_id(id), Some(*vendor));
    }
    assert_eq!(all.matches('"').count(), 2 * Vendor::ALL.len());
    assert_eq!(Vendor::from_id("acme"), None);
}

#[test]
fn tables_are_the_vendors_tables_in_order() {
    let from_vendors: Vec<&str> = Vendor::ALL
        .iter()
        .flat_map(|vendor| vendor.tables())
        .map(|table| table.id())
        .collect();
    let all: Vec<&str> = tables().map(|table| table.id()).collect();
    assert_eq!(from_vendors, all);
    // Each vendor's first table is named after it.
    for vendor in Vendor::ALL {
        assert!(
            vendor.tables()[0].id().starts_with(vendor.id()),
            "{vendor:?}"
        );
    }
}

#[test]
fn only_grpc_has_no_body() {
    let without: Vec<Vendor> = Vendor::ALL
        .iter()
        .copied()
        .filter(|vendor| !vendor.has_body())
        .collect();
    assert_eq!(without, [Vendor::Grpc]);
    assert_eq!(Vendor::Grpc.name(), "gRPC");
    assert_eq!(codes_vendors::table("grpc").unwrap().len(), 17);
}
