//! ModelArts' error-code tables against their source, the page "Error Codes"
//! (`modelarts_error_codes.rst`), which this test parses itself: every row of
//! the page is in the tables, verbatim; the codes the page lists
//! under several HTTP statuses decode by status; unknown codes are kept; the
//! classes follow the page's words.
#![cfg(feature = "modelarts")]

mod sources;

use std::collections::HashMap;

use codes_vendors::Class;
use codes_vendors::modelarts::{
    ErrorCode, ModelArtsError, ModelArtsErrorAlt, ModelArtsErrorAlt2, error_for,
};

const SOURCE: &str = "modelarts_error_codes.rst";

/// The page's header row.
const HEADER: [&str; 5] = [
    "Status Code",
    "Error Codes",
    "Error Message",
    "Description",
    "Solution",
];

/// One row of the page, its RST markup removed.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    http: u16,
    code: String,
    message: String,
    description: String,
    solution: String,
    /// How many rows of the same code come before this one on the page:
    /// 0 for [`ModelArtsError`], 1 for [`ModelArtsErrorAlt`], 2 for
    /// [`ModelArtsErrorAlt2`].
    occurrence: usize,
}

/// The rows of `data/sources/modelarts_error_codes.rst` (ModelArts' page
/// "Error Codes"), read by the shared reader of `sources`.
fn page() -> Vec<Row> {
    parse(&sources::source(SOURCE)).unwrap_or_else(|error| panic!("{SOURCE}: {error}"))
}

/// The rows of the page's grid table (header excluded), each cell's lines
/// joined with single spaces as RST joins them, RST markup removed.
fn parse(text: &str) -> Result<Vec<Row>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| line.starts_with("+-"))
        .ok_or("no grid table (no line starting with \"+-\")")?;
    let border: Vec<char> = lines[start].chars().collect();
    let bounds: Vec<usize> = (0..border.len()).filter(|&i| border[i] == '+').collect();
    if bounds.len() != HEADER.len() + 1 {
        return Err(format!(
            "line {}: {} columns, expected {}",
            start + 1,
            bounds.len().saturating_sub(1),
            HEADER.len()
        ));
    }
    let mut cells: Vec<Vec<String>> = Vec::new();
    let mut current: Option<Vec<Vec<String>>> = None;
    for (index, line) in lines.iter().enumerate().skip(start) {
        let number = index + 1;
        let chars: Vec<char> = line.chars().collect();
        if line.starts_with('+') {
            let pluses: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '+').collect();
            if pluses != bounds || chars.iter().any(|c| !matches!(c, '+' | '-' | '=')) {
                return Err(format!(
                    "line {number}: a row border unlike the table's first"
                ));
            }
            if let Some(row) = current.take() {
                cells.push(row.iter().map(|lines| lines.join(" ")).collect());
            }
            current = Some(vec![Vec::new(); HEADER.len()]);
        } else if line.starts_with('|') {
            let row = current
                .as_mut()
                .ok_or(format!("line {number}: a row outside the table"))?;
            if chars.len() != border.len() || bounds.iter().any(|&i| chars[i] != '|') {
                return Err(format!(
                    "line {number}: cells not aligned with the table's columns"
                ));
            }
            for (column, pair) in bounds.windows(2).enumerate() {
                let cell: String = chars[pair[0] + 1..pair[1]].iter().collect();
                let cell = cell.trim();
                if !cell.is_empty() {
                    row[column].push(cell.to_owned());
                }
            }
        } else {
            break;
        }
    }
    if current.is_some_and(|row| row.iter().any(|lines| !lines.is_empty())) {
        return Err("the table's last row has no closing border".into());
    }
    let (header, body) = cells.split_first().ok_or("an empty table")?;
    if header != &HEADER {
        return Err(format!("header {header:?}, expected {HEADER:?}"));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    body.iter()
        .enumerate()
        .map(|(index, cells)| {
            let http = cells[0]
                .parse()
                .map_err(|_| format!("row {}: status {:?}", index + 1, cells[0]))?;
            let code = unrst(&cells[1]);
            let occurrence = seen.entry(code.clone()).or_insert(0);
            let row = Row {
                http,
                code,
                message: unrst(&cells[2]),
                description: unrst(&cells[3]),
                solution: unrst(&cells[4]),
                occurrence: *occurrence,
            };
            *occurrence += 1;
            Ok(row)
        })
        .collect()
}

/// RST inline markup removed: ``literal`` is `literal`, `\x` is `x`.
fn unrst(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    while let Some(open) = rest.find("``") {
        let Some(close) = rest[open + 2..].find("``") else {
            break;
        };
        out.push_str(&unescape(&rest[..open]));
        out.push_str(&rest[open + 2..open + 2 + close]);
        rest = &rest[open + 2 + close + 2..];
    }
    out.push_str(&unescape(rest));
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// The row of `row.code` in the table the page's order puts it in.
fn table_row(row: &Row) -> ErrorCode<'_> {
    match row.occurrence {
        0 => ErrorCode::Main(ModelArtsError::from_code(&row.code)),
        1 => ErrorCode::Alt(ModelArtsErrorAlt::from_code(&row.code)),
        2 => ErrorCode::Alt2(ModelArtsErrorAlt2::from_code(&row.code)),
        n => panic!(
            "{} is on the page {} times: no table for its row {}",
            row.code,
            n + 1,
            n + 1
        ),
    }
}

fn assert_is(error: ErrorCode<'_>, row: &Row) {
    let at = format!("{} (HTTP {})", row.code, row.http);
    assert!(error.is_known(), "{at}: not in the tables");
    assert_eq!(error.code(), row.code, "{at}");
    assert_eq!(error.http(), Some(row.http), "{at}");
    assert_eq!(error.message(), Some(row.message.as_str()), "{at}: message");
    assert_eq!(
        error.description(),
        Some(row.description.as_str()),
        "{at}: description"
    );
    assert_eq!(
        error.solution(),
        Some(row.solution.as_str()),
        "{at}: solution"
    );
}

/// A grid table as the page writes one: each row a list of lines, each line
/// a cell per column.
fn grid(header: [&str; 5], rows: &[&[[&str; 5]]]) -> String {
    let widths: Vec<usize> = (0..5)
        .map(|column| {
            rows.iter()
                .flat_map(|lines| lines.iter().map(|line| line[column].chars().count()))
                .chain([header[column].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let border = |fill: &str| -> String {
        let parts: Vec<String> = widths.iter().map(|&w| fill.repeat(w + 2)).collect();
        format!("+{}+\n", parts.join("+"))
    };
    let line = |cells: &[&str; 5]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, &w)| format!(" {cell}{} ", " ".repeat(w - cell.chars().count())))
            .collect();
        format!("|{}|\n", parts.join("|"))
    };
    let mut text = String::from("Error Codes\n===========\n\n");
    text += &border("-");
    text += &line(&header);
    text += &border("=");
    for lines in rows {
        for cells in *lines {
            text += &line(cells);
        }
        text += &border("-");
    }
    text
}

#[test]
fn the_parser_reads_the_pages_markup() {
    let two_lines: &[[&str; 5]] = &[
        ["404", "ModelArts.0001", "a ``x\\y``", "d", "s"],
        ["", "", "\\`{}\\` ``&,!\"<>=.``", "more", ""],
    ];
    let one_line: &[[&str; 5]] = &[["500", "ModelArts.0001", "m", "d", "s"]];
    let rows = parse(&grid(HEADER, &[two_lines, one_line])).unwrap();
    assert_eq!(
        rows[0],
        Row {
            http: 404,
            code: "ModelArts.0001".into(),
            message: "a x\\y `{}` &,!\"<>=.".into(),
            description: "d more".into(),
            solution: "s".into(),
            occurrence: 0,
        }
    );
    assert_eq!((rows[1].http, rows[1].occurrence), (500, 1));
    assert_eq!(rows.len(), 2);

    let mut wrong = HEADER;
    wrong[1] = "Error Code";
    assert!(
        parse(&grid(wrong, &[one_line]))
            .unwrap_err()
            .contains("header")
    );
    let unclosed = grid(HEADER, &[one_line]);
    let unclosed = &unclosed[..unclosed.trim_end().rfind('\n').unwrap_or(0)];
    assert!(parse(unclosed).unwrap_err().contains("closing border"));
    let misaligned = grid(HEADER, &[one_line]).replacen("| 500 ", "| 500  ", 1);
    assert!(parse(&misaligned).unwrap_err().contains("not aligned"));
    let bad_status: &[[&str; 5]] = &[["4xx", "ModelArts.0001", "m", "d", "s"]];
    assert!(
        parse(&grid(HEADER, &[bad_status]))
            .unwrap_err()
            .contains("status")
    );
    assert!(
        parse("no table here")
            .unwrap_err()
            .contains("no grid table")
    );
    assert_eq!(unrst("``open"), "``open");
}

/// 864 rows on the page = 838 codes, each code's first row in
/// [`ModelArtsError`], + 23 second rows in [`ModelArtsErrorAlt`] (20 codes are
/// listed twice, 3 three times) + 3 third rows in [`ModelArtsErrorAlt2`].
#[test]
fn row_counts_are_the_pages() {
    let page = page();
    assert_eq!(page.len(), 864);
    let firsts = page.iter().filter(|row| row.occurrence == 0).count();
    let seconds = page.iter().filter(|row| row.occurrence == 1).count();
    let thirds = page.iter().filter(|row| row.occurrence == 2).count();
    assert_eq!((firsts, seconds, thirds), (838, 23, 3));
    assert!(page.iter().all(|row| row.occurrence < 3));

    assert_eq!(ModelArtsError::COUNT, 838);
    assert_eq!(ModelArtsError::ALL.len(), 838);
    assert_eq!(ModelArtsErrorAlt::COUNT, 23);
    assert_eq!(ModelArtsErrorAlt::ALL.len(), 23);
    assert_eq!(ModelArtsErrorAlt2::COUNT, 3);
    assert_eq!(ModelArtsErrorAlt2::ALL.len(), 3);
    assert_eq!(
        ModelArtsError::COUNT + ModelArtsErrorAlt::COUNT + ModelArtsErrorAlt2::COUNT,
        page.len()
    );
}

#[test]
fn every_row_of_the_page_is_in_the_tables_verbatim() {
    for row in &page() {
        assert_is(table_row(row), row);
        // The scoped decode finds every row by its code and status.
        assert_is(error_for(&row.code, Some(row.http)), row);
        assert_eq!(
            error_for(&row.code, Some(row.http)),
            table_row(row),
            "{}",
            row.code
        );
    }
}

/// No table holds a row the page lacks: each table's codes, which `ALL`
/// lists in code order, are the page's rows of its rank.
#[test]
fn tables_hold_the_pages_rows_and_no_other() {
    let page = page();
    let codes = |occurrence: usize| -> Vec<&str> {
        let mut codes: Vec<&str> = page
            .iter()
            .filter(|row| row.occurrence == occurrence)
            .map(|row| row.code.as_str())
            .collect();
        codes.sort_unstable();
        codes
    };
    let main: Vec<&str> = ModelArtsError::ALL.iter().map(|e| e.code()).collect();
    let alt: Vec<&str> = ModelArtsErrorAlt::ALL.iter().map(|e| e.code()).collect();
    let alt2: Vec<&str> = ModelArtsErrorAlt2::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(main, codes(0));
    assert_eq!(alt, codes(1));
    assert_eq!(alt2, codes(2));
    assert_eq!(alt2, ["ModelArts.0210", "ModelArts.4204", "ModelArts.4503"]);
}

#[test]
fn codes_listed_under_several_statuses_decode_by_status() {
    let page = page();
    let mut rows_of: HashMap<&str, Vec<&Row>> = HashMap::new();
    for row in &page {
        rows_of.entry(row.code.as_str()).or_default().push(row);
    }
    let mut repeated: Vec<&str> = rows_of
        .iter()
        .filter(|(_, rows)| rows.len() > 1)
        .map(|(code, _)| *code)
        .collect();
    repeated.sort_unstable();
    assert_eq!(repeated.len(), 23);
    let alt: Vec<&str> = ModelArtsErrorAlt::ALL.iter().map(|e| e.code()).collect();
    for code in &repeated {
        assert!(
            alt.contains(code),
            "{code} is repeated but not in the alternate table"
        );
        let rows = &rows_of[code];
        // Never the same status twice for one code: the status tells the rows apart.
        for (i, row) in rows.iter().enumerate() {
            assert!(
                rows[..i].iter().all(|earlier| earlier.http != row.http),
                "{code}"
            );
            let error = error_for(code, Some(row.http));
            assert_is(error, row);
            let variant_is_right = matches!(
                (row.occurrence, error),
                (0, ErrorCode::Main(_)) | (1, ErrorCode::Alt(_)) | (2, ErrorCode::Alt2(_))
            );
            assert!(variant_is_right, "{code} under {}: {error:?}", row.http);
            assert!(error.matches_status(row.http));
        }
        // Without a status, and under a status the page does not list it
        // under, the code's first row.
        assert_is(error_for(code, None), rows[0]);
        let unlisted = error_for(code, Some(418));
        assert_is(unlisted, rows[0]);
        assert!(!unlisted.matches_status(418));
    }

    // The page's own example.
    let unauthorized = error_for("ModelArts.0112", Some(401));
    assert_eq!(unauthorized, ErrorCode::Main(ModelArtsError::ModelArts0112));
    assert_eq!(
        unauthorized.message(),
        Some("Failed to execute the policy.")
    );
    let forbidden = error_for("ModelArts.0112", Some(403));
    assert_eq!(forbidden, ErrorCode::Alt(ModelArtsErrorAlt::ModelArts0112));
    assert_eq!(
        forbidden.message(),
        Some("Policy doesn't allow {} {} to be performed.")
    );
    // A code under three statuses: 400, 500 and 504, three classes.
    let classes: Vec<(u16, Class)> = [400, 500, 504]
        .into_iter()
        .map(|status| (status, error_for("ModelArts.4503", Some(status)).class()))
        .collect();
    assert_eq!(
        classes,
        [
            (400, Class::ClientError),
            (500, Class::ClientError),
            (504, Class::Retry)
        ]
    );
    assert_eq!(
        error_for("ModelArts.4503", Some(504)),
        ErrorCode::Alt2(ModelArtsErrorAlt2::ModelArts4503)
    );
}

#[test]
fn unknown_codes_are_kept() {
    let unknown = ModelArtsError::from_code("ModelArts.9999");
    assert_eq!(unknown, ModelArtsError::Unknown("ModelArts.9999"));
    assert_eq!(unknown.code(), "ModelArts.9999");
    assert_eq!(unknown.class(), Class::Unknown);
    assert_eq!(
        (unknown.http(), unknown.message(), unknown.solution()),
        (None, None, None)
    );
    assert_eq!(unknown.description(), None);
    // The strict form: an error naming the vendor and the code.
    let error = ModelArtsError::try_from_code("ModelArts.9999").unwrap_err();
    let message = error.to_string();
    assert!(message.contains("Huawei Cloud ModelArts"), "{message}");
    assert!(message.contains("ModelArts.9999"), "{message}");
    assert_eq!(
        ModelArtsError::try_from_code("ModelArts.0104"),
        Ok(ModelArtsError::ModelArts0104)
    );

    let scoped = error_for("ModelArts.9999", Some(400));
    assert_eq!(scoped, ErrorCode::Main(unknown));
    assert!(!scoped.is_known());
    assert!(!scoped.matches_status(400));
    assert_eq!(error_for("ModelArts.9999", None), scoped);

    // Whatever the string: codes are case-sensitive, and other services'
    // codes, empty strings and any text are kept as sent.
    let sent = String::from("modelarts.0101");
    for code in [
        sent.as_str(),
        "APIGW.0101",
        "",
        " ModelArts.0101",
        "ModelArts.0101 ",
        "ModelArts.01010",
        "ModélArts.0101",
        "\u{0}",
    ] {
        assert_eq!(
            ModelArtsError::from_code(code),
            ModelArtsError::Unknown(code)
        );
        assert_eq!(error_for(code, Some(400)).code(), code);
        assert_eq!(error_for(code, Some(400)).class(), Class::Unknown);
    }
    // A code the alternate tables do not list is unknown to them, and kept.
    assert_eq!(
        ModelArtsErrorAlt::from_code("ModelArts.0101"),
        ModelArtsErrorAlt::Unknown("ModelArts.0101")
    );
    assert_eq!(
        ModelArtsErrorAlt2::from_code("ModelArts.0112"),
        ModelArtsErrorAlt2::Unknown("ModelArts.0112")
    );
}

#[test]
fn every_row_is_in_the_group_of_its_status() {
    for row in &page() {
        let title = format!("HTTP {}", row.http);
        let group = match table_row(row) {
            ErrorCode::Main(error) => error.group_title(),
            ErrorCode::Alt(error) => error.group_title(),
            ErrorCode::Alt2(error) => error.group_title(),
        };
        assert_eq!(group, Some(title.as_str()), "{}", row.code);
    }
    assert_eq!(
        ModelArtsError::from_code("ModelArts.9999").group_title(),
        None
    );
}

/// The class counts the tables' documentation states.
#[test]
fn class_counts() {
    fn count(classes: impl Iterator<Item = Class>) -> [usize; 5] {
        let mut counts = [0; 5];
        for class in classes {
            let slot = match class {
                Class::Success => 0,
                Class::Pending => 1,
                Class::Retry => 2,
                Class::ClientError => 3,
                Class::VendorError => 4,
                other => panic!("a row of class {other:?}"),
            };
            counts[slot] += 1;
        }
        counts
    }
    // success, pending, retry, client_error, vendor_error
    let main = count(ModelArtsError::ALL.iter().map(|e| e.class()));
    let alt = count(ModelArtsErrorAlt::ALL.iter().map(|e| e.class()));
    let alt2 = count(ModelArtsErrorAlt2::ALL.iter().map(|e| e.class()));
    assert_eq!(main, [9, 39, 21, 640, 129]);
    assert_eq!(alt, [0, 0, 2, 15, 6]);
    assert_eq!(alt2, [0, 0, 1, 2, 0]);
}

/// The classes follow the page's words (the rules of [`ModelArtsError`]),
/// checked here from the page itself.
#[test]
fn classes_follow_the_pages_words() {
    let page = page();
    let class_of = |row: &Row| table_row(row).class();
    let at = |row: &Row| format!("{} (HTTP {}): {:?}", row.code, row.http, row.solution);

    for row in &page {
        // Done: "Proceed with follow-up operations.", and only that, is success.
        let done = row.solution == "Proceed with follow-up operations.";
        assert_eq!(class_of(row) == Class::Success, done, "{}", at(row));
        if done {
            assert!((200..300).contains(&row.http), "{}", at(row));
        }
        // Throttled.
        if row.http == 429 {
            assert_eq!(class_of(row), Class::Retry, "{}", at(row));
        }
    }

    // ModelArts' own faults, unless the other columns make them the caller's.
    let callers = [
        ("ModelArts.0423", 400), // "Disagree with service statement."
        ("ModelArts.1120", 400), // "Parameter verification failed."
        ("ModelArts.3865", 400), // a limit: "exceeds the maximum number ... allowed"
        ("ModelArts.6328", 400), // a permission: "Please apply it firstly."
    ];
    let disagreeing = [("ModelArts.6100", 408)]; // "Please try again.": 408 decides
    let mut vendor_rows = 0;
    for row in &page {
        let vendor_words = ["System error.", "Internal error.", "Unknown failure."]
            .iter()
            .any(|start| row.solution.starts_with(start))
            || [
                "Contact service O&M personnel.",
                "Contact R&D and O&M personnel.",
                "Contact technical support.",
                "vpcep request failed, Contact technical support.",
            ]
            .contains(&row.solution.as_str());
        if !vendor_words {
            continue;
        }
        vendor_rows += 1;
        let key = (row.code.as_str(), row.http);
        let expected = if callers.contains(&key) {
            Class::ClientError
        } else if disagreeing.contains(&key) {
            Class::Retry
        } else {
            Class::VendorError
        };
        assert_eq!(class_of(row), expected, "{}", at(row));
    }
    assert_eq!(vendor_rows, 100);

    // "Wait until ..." and "Please wait ..." are pending, except where what is
    // waited for is not work under way.
    let not_work = [
        ("ModelArts.4126", Class::Retry), // "Wait until the account is unlocked ..."
        ("ModelArts.5040", Class::ClientError), // a quota, though "Wait until the system is idle ..."
        ("ModelArts.4415", Class::ClientError), // "Wait until the label is not used ..."
        ("ModelArts.4999", Class::VendorError), // "System error."; "Wait until the UI adapts ..."
    ];
    let mut waits = 0;
    for row in &page {
        if !(row.solution.starts_with("Wait until") || row.solution.starts_with("Please wait")) {
            continue;
        }
        waits += 1;
        let expected = not_work
            .iter()
            .find(|(code, _)| *code == row.code)
            .map_or(Class::Pending, |(_, class)| *class);
        assert_eq!(class_of(row), expected, "{}", at(row));
    }
    assert_eq!(waits, 18);

    // Rows whose solution says "try again later" (and nothing about work
    // under way or a ModelArts fault) are retry.
    for code in [
        "ModelArts.4409",
        "ModelArts.4627",
        "ModelArts.6357",
        "ModelArts.2878",
        "ModelArts.5044",
        "ModelArts.5039",
    ] {
        assert_eq!(
            ModelArtsError::from_code(code).class(),
            Class::Retry,
            "{code}"
        );
    }
    // A caller's fix under HTTP 500, and ModelArts' fault under HTTP 400.
    assert_eq!(ModelArtsError::ModelArts3044.class(), Class::ClientError);
    assert_eq!(ModelArtsError::ModelArts3501.class(), Class::VendorError);
    assert_eq!(ModelArtsError::ModelArts0420.class(), Class::VendorError);
    // Words that do not say: the HTTP status decides.
    assert_eq!(ModelArtsError::ModelArts3524.class(), Class::ClientError);
    assert_eq!(ModelArtsError::ModelArts3802.class(), Class::VendorError);
}

/// The tables' type-erased view, as tools (`lookup`) search them: every row
/// of the page is found by its code in the table of its rank.
#[test]
fn the_table_view_finds_every_row_by_code() {
    use codes_core::{CodeValue, ColumnValue};
    use codes_vendors::modelarts::TABLES;

    let ids = [
        "modelarts-errors",
        "modelarts-errors-alt",
        "modelarts-errors-alt2",
    ];
    let tables: Vec<_> = ids
        .iter()
        .map(|id| codes_vendors::table(id).unwrap_or_else(|| panic!("no table {id}")))
        .collect();
    let views: Vec<&str> = TABLES[1..].iter().map(|table| table.id()).collect();
    assert_eq!(views, ids);
    let lens: Vec<usize> = tables.iter().map(|table| table.len()).collect();
    assert_eq!(lens, [838, 23, 3]);
    for table in &tables {
        assert_eq!(table.int_type(), "&str");
        assert_eq!(table.vendor(), "Huawei Cloud ModelArts");
        assert_eq!(table.columns(), ["http", "message", "solution"]);
        assert_eq!(table.entries().count(), table.len());
        assert_eq!(table.get("ModelArts.9999"), None);
    }

    for row in &page() {
        let at = format!("{} (HTTP {})", row.code, row.http);
        // The key as the table holds it ('static), found from the page's text.
        let code = match table_row(row) {
            ErrorCode::Main(error) => error.to_static().map(|e| e.code()),
            ErrorCode::Alt(error) => error.to_static().map(|e| e.code()),
            ErrorCode::Alt2(error) => error.to_static().map(|e| e.code()),
        }
        .unwrap_or_else(|| panic!("{at}: not in the tables"));
        let entry = tables[row.occurrence]
            .get(code)
            .unwrap_or_else(|| panic!("{at}: not in {}", ids[row.occurrence]));
        assert_eq!(entry.code, CodeValue::Str(code), "{at}");
        assert_eq!(entry.description, Some(row.description.as_str()), "{at}");
        assert_eq!(
            entry.group_title,
            Some(format!("HTTP {}", row.http).as_str())
        );
        assert_eq!(entry.class, table_row(row).class(), "{at}");
        assert_eq!(
            entry.columns.get("http"),
            Some(ColumnValue::Int(i128::from(row.http))),
            "{at}"
        );
        assert_eq!(
            entry.columns.get("message"),
            Some(ColumnValue::Str(code_text(
                &row.message,
                table_row(row).message()
            ))),
            "{at}"
        );
        assert_eq!(
            entry.columns.get("solution"),
            Some(ColumnValue::Str(code_text(
                &row.solution,
                table_row(row).solution()
            ))),
            "{at}"
        );
    }
}

/// The table's `'static` copy of the page's `text` (`from_table`), checked
/// equal to it.
fn code_text(text: &str, from_table: Option<&'static str>) -> &'static str {
    let from_table = from_table.unwrap_or_else(|| panic!("no text where the page has {text:?}"));
    assert_eq!(from_table, text);
    from_table
}
