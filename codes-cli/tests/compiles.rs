//! What `codes import` writes is a table the macro accepts: each invocation
//! expands without an error (`codes_codegen::try_expand`, the macro's own
//! code), for every vendor page and source in `data/` and for pages at the
//! edges of what the macro accepts (`common::AWKWARD_PAGES`).

mod common;

use codes_cli::emit::{Options, emit};
use codes_cli::import::{Format, import_named};
use common::{AWKWARD_PAGES, PAGES, SOURCES, emitted, every_data_file, invocations};

fn expands(file: &str, tables: usize) {
    let code = emitted(file);
    let bodies = invocations(&code);
    assert_eq!(bodies.len(), tables, "{file}: {code}");
    expand_all(file, &code);
}

/// Expands every invocation in `code`, the importer's output for `file`,
/// with the macro's own code; returns the expansions.
fn expand_all(file: &str, code: &str) -> Vec<String> {
    invocations(code)
        .into_iter()
        .map(|body| match codes_codegen::try_expand(body) {
            Ok(expanded) => expanded.to_string(),
            Err(error) => panic!("{file}: the imported table does not expand: {error}\n{code}"),
        })
        .collect()
}

/// What `codes import` writes for `text`, a file named `file`; `None` when
/// it refuses the file (with an error, writing nothing).
fn emitted_text(file: &str, text: &str) -> Option<String> {
    let document = import_named(text, Format::Auto, Some(file)).ok()?;
    emit(&document, &Options::new(file)).ok()
}

#[test]
fn every_page_imports_to_tables_that_expand() {
    let tables = [1, 1, 1, 39, 1];
    for (file, tables) in PAGES.iter().zip(tables) {
        expands(file, tables);
    }
}

#[test]
fn the_clarifai_proto_imports_to_a_table_that_expands() {
    expands(SOURCES[0], 1);
}

#[test]
fn modelarts_error_codes_import_to_a_string_keyed_table_that_expands() {
    expands(SOURCES[1], 1);
}

/// Every file in `data/`, as the directories list them: imported to tables
/// that expand, or refused; none written as a table the macro refuses.
#[test]
fn every_file_in_data_imports_to_tables_that_expand_or_is_refused() {
    let mut imported = Vec::new();
    for (file, text) in every_data_file() {
        if let Some(code) = emitted_text(&file, &text) {
            assert!(!invocations(&code).is_empty(), "{file}: no table\n{code}");
            expand_all(&file, &code);
            imported.push(file);
        }
    }
    // The pages and sources the other tests name are among them.
    for file in PAGES.iter().chain(SOURCES) {
        assert!(
            imported.iter().any(|f| f == file),
            "{file} was not imported"
        );
    }
}

/// The awkward pages import, and their tables expand: a row named `Err`,
/// `Error`, `Self` or after a generated item keeps a variant the macro
/// accepts.
#[test]
fn awkward_pages_import_to_tables_that_expand() {
    for (file, text) in AWKWARD_PAGES {
        let code = emitted_text(file, text).unwrap_or_else(|| panic!("{file} is refused"));
        let expanded = expand_all(file, &code).concat();
        // A page with a row named `Err` keeps it as a name and a variant.
        if text.contains("Err") {
            assert!(expanded.contains("] Err ,"), "{file}: {code}");
        }
    }
    let code = emitted_text(AWKWARD_PAGES[0].0, AWKWARD_PAGES[0].1).unwrap();
    for row in [
        "        1 Err: \"An error\",\n",
        "        2 Error: \"Another\",\n",
        "        3 \"Self\" as CodeSelf: \"x\",\n",
        "        8 \"__x\": \"d\",\n",
    ] {
        assert!(code.contains(row), "{row}\n{code}");
    }
    let expanded = expand_all("reserved.csv", &code).concat();
    // Each a variant of the enum (after its doc attributes).
    for variant in ["Err", "Error", "CodeSelf", "Result", "Ok", "None"] {
        assert!(expanded.contains(&format!("] {variant} ,")), "{variant}");
    }
}

/// The one range rule: a heading whose range repeats an earlier one, or
/// whose numeric range holds none of its string codes, is imported without
/// its range (the macro refuses both), with a warning.
#[test]
fn ranges_the_macro_refuses_are_left_out_with_a_warning() {
    for (file, warning) in [
        ("repeated.md", "(30..=39) repeats that of \"Other: 3x\""),
        (
            "string-codes-numeric-heading.md",
            "(1000..=1999) holds 0 of its 2 codes",
        ),
    ] {
        let (_, text) = AWKWARD_PAGES.iter().find(|(f, _)| *f == file).unwrap();
        let document = import_named(text, Format::Auto, Some(file)).unwrap();
        assert!(
            document
                .warnings
                .iter()
                .any(|w| w.message.contains(warning)),
            "{file}: {:?}",
            document.warnings
        );
        let code = emit(&document, &Options::new(file)).unwrap();
        assert!(code.contains("left out."), "{file}: {code}");
        expand_all(file, &code);
    }
}
