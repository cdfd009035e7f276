//! The expansion as a whole, on token streams, outside the compiler.

use codes_codegen::{expand, try_expand};
use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::quote;

#[test]
fn expansion_generates_the_enum_and_its_impls() {
    let out = try_expand(quote! {
        /// Docs.
        pub enum Acme: u32 {
            group Model (21000..=21999) => client_error { 21200 MODEL_DOES_NOT_EXIST: "Model does not exist" }
        }
    })
    .unwrap()
    .to_string();
    for expected in [
        "pub enum Acme",
        "ModelDoesNotExist ,",
        "Unknown (:: core :: primitive :: u32)",
        "# [non_exhaustive]",
        "pub enum AcmeGroup",
        "use :: codes_core :: { self as __c , __private as __p } ;",
        "impl From < u32 > for Acme",
        "impl FromStr for Acme",
        "impl __p :: Generated for Acme",
        "__c :: __impl_serde ! (Acme)",
        "# [doc (alias (r\"21200\" , r\"MODEL_DOES_NOT_EXIST\"))]",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in {out}");
    }
    assert!(
        !out.contains("__impl_http"),
        "only http tables convert to http::StatusCode"
    );
    assert!(!out.contains("unsafe"));
}

#[test]
fn a_broken_table_yields_its_errors_and_the_enum_with_its_valid_rows() {
    let table = quote! {
        pub enum Acme: u32 => client_error {
            21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
            21200 MODEL_MISSING: "Model missing",
            21201 MODEL_NOT_READY => nope,
            21202 as ALL,
        }
    };
    let out = expand(table.clone()).to_string();
    assert_eq!(out.matches("compile_error !").count(), 4, "{out}");
    for expected in [
        "code 21200 is declared twice: first for `MODEL_DOES_NOT_EXIST`",
        "code 21200 is first declared here (and again for `MODEL_MISSING`)",
        "unknown class `nope`",
        "`ALL` cannot be a row's variant",
        "pub enum Acme",
        "ModelDoesNotExist ,",
        // A row whose only mistake is its class is kept, as unknown.
        "ModelNotReady ,",
        "impl fmt :: Display for Acme",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in {out}");
    }
    assert!(!out.contains("ModelMissing"), "{out}");
    assert!(try_expand(table).is_err());
    // A header that cannot be read yields the error alone.
    let out = expand(quote!(pub enum Acme { 1 ONE })).to_string();
    assert!(out.starts_with(":: core :: compile_error !"), "{out}");
    assert!(!out.contains("pub enum"), "{out}");
}

#[test]
fn names_alike_in_the_words_the_quick_hash_reads_are_hashed_whole() {
    let rows = (0..12).map(|i| {
        let name = quote::format_ident!(
            "THE_SAME_PREFIX_ONE_{}_THE_SAME_SUFFIX_TWO",
            format!("{i:04}")
        );
        let code = proc_macro2::Literal::i32_unsuffixed(i);
        quote!(#code #name,)
    });
    let out = try_expand(quote!(enum A: i32 => success { #(#rows)* }))
        .unwrap()
        .to_string();
    // The table's `whole`: the whole hash.
    assert!(out.contains("whole : true"), "{out}");
}

#[test]
fn expansion_is_deterministic() {
    let table = quote!(enum A: u16 => success { 3 C, 1 A, 2 "B b" });
    assert_eq!(expand(table.clone()).to_string(), expand(table).to_string());
}

#[test]
fn raw_identifiers_name_the_enum_and_its_groups() {
    let out = try_expand(quote!(pub enum r#type: u8 => success { group G { 1 r#ONE } }))
        .unwrap()
        .to_string();
    assert!(out.contains("pub enum typeGroup"), "{out}");
    assert!(
        out.contains("\"type\""),
        "the vendor defaults to the enum's name: {out}"
    );
    // The names' text holds the wire name unraw.
    assert!(
        out.contains("= r\"ONE\" ;"),
        "the wire name is unraw: {out}"
    );
}

#[test]
fn errors_become_compile_errors() {
    let out = expand(quote!(enum A: u8 { 1 ONE })).to_string();
    assert!(out.starts_with(":: core :: compile_error !"), "{out}");
    assert!(out.contains("code 1 has no class"));
}

#[test]
fn large_tables_expand() {
    // Past 65,535 rows, row positions take `u32`.
    let rows = (0..65_600u32).map(|i| {
        let code = proc_macro2::Literal::u32_unsuffixed(i * 7);
        let name = quote::format_ident!("CODE_{}", i);
        quote!(#code #name: "D",)
    });
    let out = try_expand(quote!(pub enum Big: u32 => client_error { #(#rows)* }))
        .unwrap()
        .to_string();
    assert!(out.contains("CODE_65599"));
    assert!(
        out.contains("# [repr (u32)] enum __P65600"),
        "positions past u16"
    );
    assert!(out.contains("slots : [__P65600 ;"));
    // Its code slots are written out, not computed by a loop that rustc
    // would stop (`long_running_const_eval`); a small table's are.
    assert!(
        out.contains("let slots = { use __P65600 :: * ; [P0 ,"),
        "{out:.300}"
    );
    assert!(!out.contains("while row <"));
    // Nine rows (past the few that are searched, not slotted).
    let rows = (1..=9u32).map(|i| {
        let code = proc_macro2::Literal::u32_unsuffixed(i * 7);
        let name = quote::format_ident!("CODE_{}", i);
        quote!(#code #name: "D",)
    });
    let small = try_expand(quote!(pub enum Small: u32 => client_error { #(#rows)* }))
        .unwrap()
        .to_string();
    assert!(small.contains("while row < 9usize"), "{small}");
}

/// Token trees a table is made of, and some it is not.
fn token() -> impl Strategy<Value = TokenStream> {
    prop_oneof![
        Just(quote!(enum)),
        Just(quote!(pub)),
        Just(quote!(group)),
        Just(quote!(as)),
        Just(quote!(A)),
        Just(quote!(B_C)),
        Just(quote!(r#type)),
        Just(quote!(Self)),
        Just(quote!(u8)),
        Just(quote!(i64)),
        Just(quote!(:)),
        Just(quote!(,)),
        Just(quote!(=>)),
        Just(quote!(-)),
        Just(quote!(..=)),
        Just(quote!(..)),
        Just(quote!(success)),
        Just(quote!(nope)),
        Just(quote!(#[codes(http)])),
        Just(quote!(#[codes(unknown = A)])),
        Just(quote!(#![codes(crate = ::x)])),
        Just(quote!(#[derive(Debug)])),
        Just(quote!(#[doc = "doc"])),
        Just(quote!("text")),
        Just(quote!("")),
        Just(quote!('c')),
        Just(quote!(1.5)),
        any::<i64>().prop_map(|n| quote!(#n)),
        (0u32..400).prop_map(|n| {
            let n = proc_macro2::Literal::u32_unsuffixed(n);
            quote!(#n)
        }),
        Just(quote!(340282366920938463463374607431768211456)),
    ]
}

fn body() -> impl Strategy<Value = TokenStream> {
    let leaf = prop::collection::vec(token(), 0..12).prop_map(|ts| quote!(#(#ts)*));
    leaf.prop_recursive(3, 64, 6, |inner| {
        prop::collection::vec(
            prop_oneof![
                inner.clone(),
                inner.clone().prop_map(|t| quote!({ #t })),
                inner.prop_map(|t| quote!((#t))),
            ],
            0..6,
        )
        .prop_map(|ts| quote!(#(#ts)*))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever the input, the expansion returns code or errors: it never
    /// panics.
    #[test]
    fn never_panics_on_arbitrary_tokens(tokens in body()) {
        let _ = expand(tokens);
    }

    #[test]
    fn never_panics_on_near_tables(head in prop::collection::vec(token(), 0..4), rows in body()) {
        let _ = expand(quote!(#(#head)* enum A: u8 { #rows }));
        let _ = expand(quote!(#(#head)* enum A: i64 => success { group G (0..=9) { #rows } }));
    }
}

#[test]
fn names_past_255_bytes_are_scanned_for() {
    // A string table's lengths are bytes: a longer name takes the scan.
    let long = quote::format_ident!("{}", "L".repeat(300));
    let rows = (0..12).map(|i| {
        let name = quote::format_ident!("NAME_{}", format!("{i}"));
        let code = proc_macro2::Literal::i32_unsuffixed(i);
        quote!(#code #name,)
    });
    let out = try_expand(quote!(enum A: i32 => success { #(#rows)* 99 #long, }))
        .unwrap()
        .to_string();
    assert!(
        out.contains("__p :: text :: u16 :: find (__NAME_TEXT"),
        "{out}"
    );
    assert!(!out.contains("__name_table"), "{out}");
}
