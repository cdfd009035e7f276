//! Imported tables compiled for real: `codes import` writes five tables
//! (Clarifai's page, Clarifai's proto, ModelArts' string-keyed error codes,
//! entrecode's and Exasol's JSON catalogues) and a program that includes them, with warnings denied, is built by rustc
//! through the `vendor-codes` facade and run; it asserts what the tables say.
//! Two awkward pages go with them: rows named `Err`, `Error`, `Result`,
//! `Ok`, `Self`... (`common::AWKWARD_PAGES`), whose variants rustc must
//! take beside the generated code.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{AWKWARD_PAGES, PAGES, SOURCES, path_of};

/// `codes import FILE --name NAME` into `dir/NAME.rs`.
fn import(file: &str, name: &str, dir: &Path) -> PathBuf {
    import_path(&path_of(file), name, dir)
}

/// An awkward page written into `dir` and imported as [`import`] does.
fn import_awkward(index: usize, name: &str, dir: &Path) -> PathBuf {
    let (file, text) = AWKWARD_PAGES[index];
    let path = dir.join(file);
    std::fs::write(&path, text).unwrap();
    import_path(&path, name, dir)
}

/// `codes import PATH --name NAME` into `dir/NAME.rs`.
fn import_path(path: &Path, name: &str, dir: &Path) -> PathBuf {
    let file = path.display();
    let output = dir.join(format!("{name}.rs"));
    let run = Command::new(env!("CARGO_BIN_EXE_codes"))
        .arg("import")
        .arg(path)
        .args(["--name", name, "--output"])
        .arg(&output)
        .output()
        .expect("the codes binary runs");
    assert!(
        run.status.success(),
        "codes import {file}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    output
}

/// What the generated program asserts of the JSON catalogues' tables.
const CATALOGUE_CHECKS: &str = r#"
fn catalogues() {
    // entrecode's JSON catalogue: the keys are the codes, "message" the
    // description, "status" the HTTP status.
    let error = Entrecode::from(355);
    assert_eq!(error.description(), Some("Cannot delete model, mandatory model"));
    assert_eq!(error.http(), Some(403));
    assert_eq!(Entrecode::from(3).description(), Some("Service currently unavailable"));
    assert_eq!(Entrecode::from(3).http(), Some(503));
    assert_eq!(Entrecode::ALL.len(), 83);
    assert_eq!(Entrecode::from(0).description(), Some("Internal Error"));

    // Exasol's: string codes from "identifier", the message and the
    // mitigations as columns.
    let error = Exasol::from_code("E-ERP-4");
    assert_eq!(error.description(), Some("This error signals a programming error in the exasol.error library."));
    assert_eq!(error.message(), Some("Internal error during creation of the error catalog. Details to append on Bug ticket: {{traceback}}"));
    assert_eq!(error.solution(), Some("Open a bug ticket at\nhttps://github.com/exasol/error-reporting-python/issues/new?template=bug.md"));
    assert_eq!(Exasol::from_code("E-ERP-1").description(), None);
    assert_eq!(Exasol::ALL.len(), 4);
}
"#;

#[test]
fn imported_tables_compile_and_mean_what_the_files_say() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("codes-cli-compile");
    std::fs::create_dir_all(&dir).unwrap();
    let page = import(PAGES[1], "ClarifaiPage", &dir);
    let proto = import(SOURCES[0], "ClarifaiProto", &dir);
    let errors = import(SOURCES[1], "ModelArtsError", &dir);
    let entrecode = import(SOURCES[2], "Entrecode", &dir);
    let exasol = import(SOURCES[3], "Exasol", &dir);
    let reserved = import_awkward(0, "Reserved", &dir);
    let strings = import_awkward(1, "Strings", &dir);
    let program = format!(
        r#"#![deny(warnings)]
#![allow(dead_code)] // the program uses a few rows of each table

mod page {{
    include!({page:?});
}}
mod proto {{
    include!({proto:?});
}}
mod errors {{
    include!({errors:?});
}}
mod entrecode {{
    include!({entrecode:?});
}}
mod exasol {{
    include!({exasol:?});
}}
mod reserved {{
    include!({reserved:?});
}}
mod strings {{
    include!({strings:?});
}}

use vendor_codes::Class;
use page::{{ClarifaiPage, ClarifaiPageGroup}};
use proto::ClarifaiProto;
use errors::ModelArtsError;
use entrecode::Entrecode;
use exasol::Exasol;
use reserved::Reserved;
use strings::Strings;

fn main() {{
    // The page: names, descriptions, groups and ranges as the page has them.
    let status = ClarifaiPage::from(21200);
    assert_eq!(status, ClarifaiPage::ModelDoesNotExist);
    assert_eq!(status.name(), Some("MODEL_DOES_NOT_EXIST"));
    assert_eq!(status.description(), Some("Model does not exist"));
    assert_eq!(status.group_title(), Some("Model/Custom Training Related Codes: 21xxx"));
    assert_eq!(ClarifaiPageGroup::ModelEvaluation.range(), Some(21300..=21399));
    assert_eq!(ClarifaiPage::from(21399).group(), Some(ClarifaiPageGroup::ModelEvaluation));
    // A class suggested from the words, and one left to the author.
    assert_eq!(status.class(), Class::ClientError);
    assert_eq!(ClarifaiPage::from(10030).class(), Class::Retry);
    assert_eq!(ClarifaiPage::from(21101).class(), Class::Pending);
    assert_eq!(ClarifaiPage::from(10020).class(), Class::Unknown);
    // A row the page gives no name.
    assert_eq!(ClarifaiPage::AnnotationInProgress.name(), None);
    assert_eq!(ClarifaiPage::AnnotationInProgress.code(), 24153);
    assert_eq!(ClarifaiPage::ALL.len(), 336);

    // The proto: aliases, deprecation, comments as descriptions.
    assert_eq!(ClarifaiProto::from_name("INPUT_DOWNLOAD_SUCCESS"), Some(ClarifaiProto::InputSuccess));
    assert_eq!(ClarifaiProto::InputSuccess.name(), Some("INPUT_SUCCESS"));
    assert_eq!(ClarifaiProto::InputSuccess.aliases(), &["INPUT_DOWNLOAD_SUCCESS"]);
    assert!(!ClarifaiProto::InputSuccess.is_deprecated());
    assert!(ClarifaiProto::ConnTokenInvalid.is_deprecated());
    assert_eq!(ClarifaiProto::from(21354).name(), Some("MODEL_BUSY_PLEASE_RETRY"));
    assert_eq!(ClarifaiProto::from(11002).description(), Some("invalid auth credentials"));
    assert_eq!(ClarifaiProto::ALL.len(), 425);

    // ModelArts' error codes: string-keyed, with their columns.
    let error = ModelArtsError::from_code("ModelArts.4902");
    assert_eq!(error.description(), Some("Labels are being exported."));
    assert_eq!(error.http(), Some(200));
    assert_eq!(error.message(), Some("Exporting labels."));
    assert_eq!(error.solution(), Some("Wait until labels are exported."));
    assert_eq!(error.class(), Class::Pending);
    let unknown = ModelArtsError::from_code("ModelArts.9999");
    assert!(!unknown.is_known());
    assert_eq!(unknown.code(), "ModelArts.9999");
    assert_eq!(ModelArtsError::ALL.len(), 838);

    catalogues();

    // Rows named after the prelude's items and the generated code's.
    assert_eq!(Reserved::from(1), Reserved::Err);
    assert_eq!(Reserved::Error.name(), Some("Error"));
    assert_eq!(Reserved::from(14).name(), Some("Result"));
    assert_eq!(Reserved::from(18), Reserved::Ok);
    assert_eq!(Reserved::from(3), Reserved::CodeSelf);
    assert_eq!(Reserved::from_name("__x").map(Reserved::code), Some(8));
    assert!(!Reserved::from(99).is_known());
    assert_eq!(Strings::from_code("DLS.1"), Strings::Err);
    assert_eq!(Strings::from_code("DLS.2").name(), Some("Error"));
}}
{CATALOGUE_CHECKS}"#
    );
    let main = dir.join("imported_tables.rs");
    std::fs::write(&main, program).unwrap();
    trybuild::TestCases::new().pass(&main);
}
