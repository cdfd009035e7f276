//! Every mistake a table author can make is a compile error that points at
//! the offending tokens and says what is wrong: one case a file in `tests/ui`,
//! its expected diagnostics in the `.stderr` beside it. The cases that use the
//! vendors' tables (`tests/ui/vendors`) need the `vendors` feature.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    #[cfg(feature = "vendors")]
    t.compile_fail("tests/ui/vendors/*.rs");
}
