//! Properties over arbitrary integers: `int -> enum -> int` is the identity,
//! listed codes map to their variants, and the lookups agree with a plain
//! search of `ALL`.

use codes_user_tests::{Acme, Dense, Huge, Ledger, Small, Sparse, Web, Wide};
use proptest::prelude::*;
use vendor_codes::VendorCode;

/// Checks every property for one raw code of table `C`.
fn check<C: VendorCode>(raw: C::Code) -> Result<(), TestCaseError> {
    let code = C::from_code(raw);
    prop_assert_eq!(code.code(), raw);
    prop_assert_eq!(Into::<C::Code>::into(code), raw);
    let listed = C::ALL.iter().find(|c| c.code() == raw);
    prop_assert_eq!(code.is_known(), listed.is_some());
    match listed {
        Some(&variant) => {
            prop_assert_eq!(code, variant);
            prop_assert_eq!(C::try_from_code(raw), Ok(variant));
            if let Some(name) = variant.name() {
                prop_assert_eq!(C::from_name(name), Some(variant));
            }
        }
        None => {
            prop_assert!(C::try_from_code(raw).is_err());
            prop_assert_eq!(code.name(), None);
            prop_assert_eq!(code.description(), None);
        }
    }
    Ok(())
}

/// Arbitrary integers, with the listed codes and their neighbours made likely.
fn near<C: VendorCode>(any: impl Strategy<Value = C::Code>) -> impl Strategy<Value = C::Code>
where
    C::Code: vendor_codes::Integer,
{
    let listed: Vec<C::Code> = C::ALL.iter().map(|c| c.code()).collect();
    prop_oneof![any, proptest::sample::select(listed)]
}

proptest! {
    #[test]
    fn u32_round_trips(raw in near::<Acme>(any::<u32>())) { check::<Acme>(raw)?; }

    #[test]
    fn u32_neighbours_round_trip(raw in proptest::sample::select(Acme::ALL.to_vec()), delta in -2i64..=2) {
        if let Ok(raw) = u32::try_from(i64::from(raw.code()) + delta) {
            check::<Acme>(raw)?;
        }
    }

    #[test]
    fn i32_round_trips(raw in near::<Ledger>(any::<i32>())) { check::<Ledger>(raw)?; }

    #[test]
    fn hashed_i32_round_trips(raw in near::<Sparse>(any::<i32>())) { check::<Sparse>(raw)?; }

    #[test]
    fn hashed_i32_neighbours_round_trip(raw in proptest::sample::select(Sparse::ALL.to_vec()), delta in -3i32..=3) {
        check::<Sparse>(raw.code().saturating_add(delta))?;
    }

    #[test]
    fn u16_round_trips(raw in any::<u16>()) { check::<Web>(raw)?; }

    #[test]
    fn i64_round_trips(raw in near::<Wide>(any::<i64>())) { check::<Wide>(raw)?; }

    #[test]
    fn u64_round_trips(raw in near::<Huge>(any::<u64>())) { check::<Huge>(raw)?; }

    #[test]
    fn arbitrary_names_never_panic(name in ".*") {
        let found = Acme::from_name(&name);
        prop_assert_eq!(found, Acme::ALL.iter().copied().find(|c| c.name() == Some(name.as_str())));
        let parsed = name.parse::<Acme>();
        prop_assert_eq!(parsed.ok(), found);
    }
}

#[test]
fn every_small_code_round_trips() {
    for raw in i8::MIN..=i8::MAX {
        check::<Small>(raw).unwrap();
        check::<Dense>(raw).unwrap();
    }
    for raw in -50000..=5000 {
        check::<Sparse>(raw).unwrap();
        check::<Ledger>(raw).unwrap();
    }
    for raw in u16::MIN..=u16::MAX {
        check::<Web>(raw).unwrap();
    }
}
