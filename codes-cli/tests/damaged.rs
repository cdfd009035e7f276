//! Damaged pages are never imported silently (issue 24, item 3): a row with
//! fewer cells than its header, a table that ends mid-row, a cell cut by the
//! end of the file are errors or warnings with their line, in every format.
//! Each damaged page here is a real page of `data/` (see `data/README.md`),
//! cut or with a cell taken out, as the test says.

mod common;

use codes_cli::import::{Code, Document, Error, Format, Table, Warning, import_named};
use common::read;

fn import(text: &str, file: &str) -> Result<Document, Error> {
    import_named(text, Format::Auto, Some(file))
}

/// `text` up to the first `cut` in it, and `cut` with its last `keep`
/// bytes left out: the file ends there.
fn cut_at(text: &str, cut: &str, keep: usize) -> String {
    let at = text
        .find(cut)
        .unwrap_or_else(|| panic!("{cut:?} is not in the page"));
    text[..at + keep].to_owned()
}

/// The warning `document` gives on `line`; a panic listing its warnings
/// if it gives none there.
fn warning_on(document: &Document, line: usize) -> &Warning {
    document
        .warnings
        .iter()
        .find(|w| w.line == Some(line))
        .unwrap_or_else(|| panic!("no warning on line {line}: {:?}", document.warnings))
}

/// The table of `document` titled `title`.
fn table_titled<'a>(document: &'a Document, title: &str) -> &'a Table {
    document
        .tables
        .iter()
        .find(|t| t.title.as_deref() == Some(title))
        .unwrap_or_else(|| panic!("no table titled {title:?}"))
}

/// The 1-based line of the first line of `text` that holds `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"))
        + 1
}

/// The 1-based line of the end of `text`.
fn last_line(text: &str) -> usize {
    text.lines().count()
}

/// Clarifai's page cut inside its last row's code, as the issue saw it
/// (`1402` read as `14`): an error on that line, not a code 99.
#[test]
fn a_markdown_table_cut_inside_a_code_is_an_error() {
    let page = read("clarifai.txt");
    let cut = cut_at(&page, "| 99009 | INTERNAL_UNCATEGORIZED |", 4);
    assert!(cut.ends_with("| 99"));
    let error = import(&cut, "clarifai.txt").unwrap_err();
    assert_eq!(error.line, Some(last_line(&cut)), "{error}");
    assert!(
        error.message.contains(
            "the table's last row is cut by the end of the file (1 of its heading row's 3 cells"
        ),
        "{error}"
    );
}

/// Clarifai's page cut inside a description, mid-word: the row has its
/// cells but not its closing `|`, an error.
#[test]
fn a_markdown_table_cut_inside_a_description_is_an_error() {
    let page = read("clarifai.txt");
    let cut = cut_at(
        &page,
        "| 21200 | MODEL_DOES_NOT_EXIST | Model does not exist |",
        42,
    );
    assert!(cut.ends_with("| Model doe"), "{:?}", &cut[cut.len() - 20..]);
    let error = import(&cut, "clarifai.txt").unwrap_err();
    assert_eq!(error.line, Some(64), "{error}");
    assert!(error.message.contains("no closing `|`"), "{error}");
}

/// The same cut with a line end after it (a page saved after the cut), and
/// a row in the middle of the page with its last cell taken out: warnings
/// with the line; the rows are imported, their missing cells empty.
#[test]
fn a_markdown_row_with_fewer_cells_is_a_warning() {
    let page = read("clarifai.txt");
    let mut cut = cut_at(
        &page,
        "| 21200 | MODEL_DOES_NOT_EXIST | Model does not exist |",
        42,
    );
    cut.push('\n');
    let document = import(&cut, "clarifai.txt").unwrap();
    let warning = warning_on(&document, 64);
    assert!(warning.message.contains("no closing `|`"), "{warning}");

    let damaged = page.replace(
        "| 21200 | MODEL_DOES_NOT_EXIST | Model does not exist | ",
        "| 21200 | MODEL_DOES_NOT_EXIST |",
    );
    let document = import(&damaged, "clarifai.txt").unwrap();
    let warning = warning_on(&document, 64);
    assert_eq!(
        warning.message,
        "the row has 2 cells, its heading row 3: the missing cells are read as empty (a damaged row?)"
    );
    let row = document.tables[0]
        .rows()
        .into_iter()
        .find(|(row, _)| row.code == Code::Int(21200))
        .unwrap()
        .0;
    assert_eq!(row.description, None);
}

/// BigML's page (tab-separated tables) cut inside a row, after its code:
/// an error; cut inside the row's last cell: a warning that the file ends
/// in the row; a row with a cell taken out: a warning.
#[test]
fn a_text_table_cut_or_damaged() {
    let page = read("bigml.txt");
    let cut = cut_at(&page, "-30021\tThe time series cannot be created now", 6);
    let error = import(&cut, "bigml.txt").map(|_| ()).unwrap_err();
    assert_eq!(error.line, Some(336), "{error}");
    assert!(
        error
            .message
            .contains("cut by the end of the file (1 of its heading row's 2 cells)"),
        "{error}"
    );

    let cut = cut_at(&page, "-30021\tThe time series cannot be created now", 20);
    let document = import(&cut, "bigml.txt").unwrap();
    let warning = warning_on(&document, 336);
    assert!(
        warning.message.starts_with("the file ends in this row"),
        "{warning}"
    );

    // A row that lost its tab: a row of one cell, and the rows after it
    // are still read.
    let damaged = page.replace("-30021\tThe dataset could not be created now", "-30021");
    let document = import(&damaged, "bigml.txt").unwrap();
    let warning = warning_on(&document, 136);
    assert!(
        warning
            .message
            .starts_with("the row has 1 cells, its heading row 2"),
        "{warning}"
    );
    let dataset = table_titled(&document, "Dataset Error Code Summary");
    assert_eq!(dataset.len(), read_len(&page, "Dataset Error Code Summary"));
    // The tab lost between a code and its description: a warning, the row
    // not read (where the tab was cannot be told), the rows after it read.
    let damaged = page.replace(
        "-30021\tThe dataset could not",
        "-30021 The dataset could not",
    );
    let document = import(&damaged, "bigml.txt").unwrap();
    let warning = warning_on(&document, 136);
    assert!(warning.message.contains("lost its tabs"), "{warning}");
    let dataset = table_titled(&document, "Dataset Error Code Summary");
    assert_eq!(
        dataset.len(),
        read_len(&page, "Dataset Error Code Summary") - 1
    );
}

/// How many rows the table titled `title` has in the undamaged `page`.
fn read_len(page: &str, title: &str) -> usize {
    table_titled(&import(page, "bigml.txt").unwrap(), title).len()
}

/// A page or source cut at its middle, inside its one table: an error on
/// the line where the table is left open (a grid table's every line has its
/// border: the file's last; a readme.io block or a proto enum: its opening
/// line), saying what is not closed.
#[test]
fn a_page_cut_inside_its_table_is_an_error() {
    // The file; the line the error names (none: the cut's last); the error.
    let cases = [
        (
            "modelarts_error_codes.rst",
            None,
            "this line of the grid table does not end at the table's right border (a cut or misaligned table)",
        ),
        (
            "seven_bridges.txt",
            Some("[block:parameters]"),
            "the [block:parameters] is not closed by [/block] (a cut page?)",
        ),
        (
            "clarifai_status_code.proto",
            Some("enum StatusCode {"),
            "the enum StatusCode is not closed: the file ends at line {last} inside it (a cut file?)",
        ),
    ];
    for (file, opening, message) in cases {
        let page = read(file);
        let cut = &page[..page.len() / 2];
        let last = last_line(cut);
        let line = opening.map_or(last, |opening| line_of(cut, opening));
        let error = import(cut, file).unwrap_err();
        assert_eq!(error.line, Some(line), "{file}: {error}");
        assert_eq!(
            error.message,
            message.replace("{last}", &last.to_string()),
            "{file}"
        );
    }
}

/// Seven Bridges' page (readme.io) with a row's cell taken out of its
/// block: a warning on the row's line.
#[test]
fn a_readme_block_without_a_cell() {
    let page = read("seven_bridges.txt");
    let line = page.lines().position(|l| l.contains("\"3-1\":")).unwrap();
    let damaged: String = page
        .lines()
        .enumerate()
        .filter(|(index, _)| *index != line)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    let document = import(&damaged, "seven_bridges.txt").unwrap();
    let warning = document
        .warnings
        .iter()
        .find(|w| w.message.contains("no cell \"3-1\""))
        .unwrap_or_else(|| panic!("{:?}", document.warnings));
    // On the row's line: that of its first cell, "3-0".
    assert_eq!(warning.line, Some(line_of(&page, "\"3-0\":")), "{warning}");
}

/// Every page and source of `data/` cut at 24 places (on character
/// boundaries), read as every format: imported or refused, never a panic.
#[test]
fn every_cut_of_every_page_is_imported_or_refused() {
    let formats = [
        Format::Auto,
        Format::Markdown,
        Format::Rst,
        Format::ReadmeJson,
        Format::Proto,
        Format::Csv,
        Format::Text,
        Format::Json,
    ];
    let files = common::every_data_file();
    // Every page and source the other tests name is among them.
    for named in common::PAGES.iter().chain(common::SOURCES) {
        assert!(
            files.iter().any(|(file, _)| file == named),
            "{named} is not read"
        );
    }
    for (file, text) in files {
        for step in 1..=24 {
            let mut at = text.len() * step / 25;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            for format in formats {
                let result = std::panic::catch_unwind(|| {
                    import_named(&text[..at], format, Some(&file)).map(|_| ())
                });
                assert!(
                    result.is_ok(),
                    "{file} cut at byte {at}, as {format}: a panic"
                );
            }
        }
    }
}

/// Clarifai's page cut at 200 places inside its table (none right after a
/// line end, where a cut is a whole page to anyone): every cut is an error
/// or a warning on the file's last line, never a silent import.
#[test]
fn every_cut_inside_a_markdown_table_is_said() {
    let page = read("clarifai.txt");
    let start = page.find("| 10000 |").unwrap();
    let end = page.trim_end().len();
    let mut said = 0;
    for step in 0..200 {
        let mut at = start + (end - start) * step / 200;
        while !page.is_char_boundary(at) {
            at -= 1;
        }
        let cut = &page[..at];
        if cut.ends_with('\n') {
            continue;
        }
        let last = last_line(cut);
        said += 1;
        match import(cut, "clarifai.txt") {
            Err(error) => assert_eq!(error.line, Some(last), "cut at {at}: {error}"),
            Ok(document) => assert!(
                document.warnings.iter().any(|w| w.line == Some(last)),
                "cut at {at} ({:?}) imported without a word",
                &cut[cut.len().saturating_sub(30)..]
            ),
        }
    }
    // Only the cuts right after a line end are left out: most are checked.
    assert!(said > 150, "{said} of 200 cuts checked");
}
