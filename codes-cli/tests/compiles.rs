//! What `codes import` writes for every vendor page and source is a
//! table the macro accepts: each invocation expands without an error
//! (`codes_codegen::try_expand`, the macro's own code).

mod common;

use common::{PAGES, SOURCES, emitted, invocations};

fn expands(file: &str, tables: usize) {
    let code = emitted(file);
    let bodies = invocations(&code);
    assert_eq!(bodies.len(), tables, "{file}: {code}");
    for body in bodies {
        if let Err(error) = codes_codegen::try_expand(body) {
            panic!("{file}: the imported table does not expand: {error}\n{code}");
        }
    }
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
