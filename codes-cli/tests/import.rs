//! `codes import`, run as the built binary, on the vendors' pages, the vendors'
//! sources and bad input: what it writes, the page's defects it warns about,
//! and its errors and exit statuses (never a panic).

mod common;

use std::io::Write;
use std::path::PathBuf;

use common::{PAGES, SOURCES, path_arg, path_of, run, run_with};

/// A file in this test's own temporary directory.
fn temp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("codes-cli-import");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn write_temp(name: &str, content: &[u8]) -> String {
    let path = temp(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

#[test]
fn every_page_and_source_imports_with_a_summary() {
    let expected = [
        (PAGES[0], "markdown", "1 table, 134 codes, 0 warnings"),
        (PAGES[1], "markdown", "1 table, 336 codes, 9 warnings"),
        (PAGES[2], "readme-json", "1 table, 130 codes, 3 warnings"),
        (PAGES[3], "text", "39 tables, 274 codes, 0 warnings"),
        (PAGES[4], "rst", "1 table, 42 codes, 0 warnings"),
        (SOURCES[0], "proto", "1 table, 425 codes"),
        (SOURCES[1], "rst", "1 table, 838 codes, 26 warnings"),
        (SOURCES[2], "json", "1 table, 83 codes, 2 warnings"),
        (SOURCES[3], "json", "1 table, 4 codes, 1 warning"),
    ];
    for (file, format, summary) in expected {
        let path = path_arg(file);
        let (status, out, err) = run(&["import", &path]);
        assert_eq!(status, 0, "{file}: {err}");
        assert!(out.contains("vendor_codes::status_codes! {"), "{file}");
        let last = err.lines().last().unwrap();
        assert!(
            last.starts_with(&format!(
                "codes import: {path}: read as {format}: {summary}"
            )),
            "{file}: {last}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn clarifai_missing_names_are_warnings_with_their_lines() {
    let path = path_arg(PAGES[1]);
    let (status, out, err) = run(&["import", &path]);
    assert_eq!(status, 0);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains(": warning: ")).collect();
    let codes = [
        (115, 24153),
        (229, 40019),
        (256, 42000),
        (257, 42001),
        (258, 42002),
        (259, 42003),
        (260, 42004),
        (261, 42005),
        (262, 42006),
    ];
    assert_eq!(warnings.len(), codes.len(), "{err}");
    for (warning, (line, code)) in warnings.iter().zip(codes) {
        assert_eq!(
            *warning,
            format!("codes import: {path}:{line}: warning: code {code} has no name on the page")
        );
    }
    // Not fixed: the rows have no name, and a variant from their words.
    assert!(
        out.contains("            24153 as AnnotationInProgress: \"Annotation in progress\""),
        "{out}"
    );
    assert!(out.contains("// 9 rows have no name in the file"), "{out}");
}

#[test]
fn seven_bridges_defects_are_warnings_not_fixes() {
    let path = path_arg(PAGES[2]);
    let (status, out, err) = run(&["import", &path]);
    assert_eq!(status, 0);
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains(": warning: ")).collect();
    assert_eq!(
        warnings,
        [
            format!(
                "codes import: {path}:58: warning: code 6009 is listed again (first on line 57), as \"Source project must not be null or an empty string.\": the first row is kept, this one is left as a comment"
            ),
            format!(
                "codes import: {path}:256: warning: the row's anchor is 9023 but it shows 9032: the shown number, 9032, is imported"
            ),
            format!(
                "codes import: {path}:257: warning: the row's anchor is 9042 but it shows 9024: the shown number, 9024, is imported"
            ),
        ]
    );
    // The second 6009 stays in the output, as a comment.
    assert!(out.contains(
        "            // line 58: code 6009 again: \"Source project must not be null or an empty string.\": not imported, as a code has one row (the first, line 57, is kept)\n"
    ), "{out}");
    assert!(out.contains(
        "            6009 as AppRevisionMustBeValidInteger: \"App revision must be a valid integer.\""
    ), "{out}");
}

#[test]
fn output_goes_to_a_file_and_stdin_is_read() {
    let output = temp("clarifai.rs");
    let _ = std::fs::remove_file(&output);
    let path = path_arg(PAGES[1]);
    let output_arg = output.display().to_string();
    let (status, out, _) = run(&[
        "import",
        &path,
        "--output",
        &output_arg,
        "--name",
        "Clarifai",
        "--vendor",
        "Clarifai",
    ]);
    assert_eq!((status, out.as_str()), (0, ""));
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(
        written.contains(
            "    #[codes(vendor = \"Clarifai\")]\n    pub enum Clarifai: u32 => unknown {"
        ),
        "{written}"
    );
    // The same page on standard input, its format told from its content.
    let page = std::fs::read(path_of(PAGES[1])).unwrap();
    let (status, out, err) = run_with(
        &["import", "-", "--name", "Clarifai", "--vendor", "Clarifai"],
        &page,
    );
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        written
            .replace("from clarifai.txt", "from standard input")
            .replace("`clarifai.txt`", "`standard input`")
    );
    assert!(err.contains("codes import: -: read as markdown"), "{err}");
}

#[test]
fn format_can_be_forced() {
    let csv = write_temp("codes.txt", b"code,name,description\n1,OK,Fine\n");
    let (status, out, _) = run(&["import", &csv, "--format", "csv"]);
    assert_eq!(status, 0);
    assert!(out.contains("        1 OK: \"Fine\""), "{out}");
    // Read as another format, the same file has no table of that format.
    let (status, out, err) = run(&["import", &csv, "--format", "proto"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains("no table of codes found (read as proto)"),
        "{err}"
    );
}

/// `codes import` of the file `path`, which succeeds with `summary` (as
/// `read as markdown: 1 table, 3 codes, 0 warnings`) as its last line of
/// standard error: (output, errors).
fn imports(path: &str, summary: &str) -> (String, String) {
    let (status, out, err) = run(&["import", path]);
    assert_eq!(status, 0, "{path}: {err}");
    assert!(
        err.ends_with(&format!("codes import: {path}: {summary}\n")),
        "{path}: {err}"
    );
    (out, err)
}

/// Every bad input: exit status 2, nothing on standard output, a message
/// that names the file and says what is wrong, no panic.
fn fails(args: &[&str], message: &str) {
    let (status, out, err) = run(args);
    assert_eq!((status, out.as_str()), (2, ""), "{args:?}: {err}");
    assert!(err.contains(message), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{args:?}: {err}");
}

#[test]
fn an_empty_file() {
    let empty = write_temp("empty.md", b"");
    fails(
        &["import", &empty],
        &format!("codes import: {empty}: the file is empty"),
    );
    let blank = write_temp("blank.txt", b"\n   \n\t\n");
    fails(&["import", &blank], "the file is empty");
}

#[test]
fn a_page_with_no_table() {
    let prose = write_temp(
        "prose.txt",
        b"# Status codes\n\nWe have none to show you.\n",
    );
    fails(
        &["import", &prose],
        &format!("codes import: {prose}: no table found"),
    );
    // The message names the formats tried and the option that forces one.
    fails(
        &["import", &prose],
        "(tried readme-json, json, proto, rst, markdown, text and csv); give --format FORMAT",
    );
    let other = write_temp(
        "params.md",
        b"| Parameter | Type | Description |\n| --- | --- | --- |\n| id | string | The id |\n",
    );
    fails(
        &["import", &other],
        "no table of codes found (read as markdown); auto-detection chose it of readme-json, \
         json, proto, rst, markdown, text and csv: give --format FORMAT to read the file as another",
    );
    // A JSON document without a catalogue says what the format looks for.
    let config = write_temp("config.json", b"{\"name\": \"x\", \"retries\": [1, 2]}\n");
    fails(
        &["import", &config],
        "no table of codes found (read as json): no array of objects with a code in each",
    );
}

/// Detection reads the content first: a readme.io page saved as `.md` (as
/// some vendors keep their docs) is readme-json, a JSON catalogue under any
/// name is json, a grid table saved as `.md` is rst.
#[test]
fn the_content_decides_before_the_extension() {
    let readme = std::fs::read(path_of(PAGES[2])).unwrap();
    let saved = write_temp("api-status-codes.md", &readme);
    let (out, _) = imports(
        &saved,
        "read as readme-json: 1 table, 130 codes, 3 warnings",
    );
    assert!(out.contains("vendor_codes::status_codes! {"), "{out}");
    let catalogue = std::fs::read(path_of(SOURCES[2])).unwrap();
    let saved = write_temp("errors.txt", &catalogue);
    imports(&saved, "read as json: 1 table, 83 codes, 2 warnings");
    let grid = std::fs::read(path_of(PAGES[4])).unwrap();
    let saved = write_temp("status.md", &grid);
    imports(&saved, "read as rst: 1 table, 42 codes, 0 warnings");
}

#[test]
fn malformed_json_is_an_error_with_its_line_and_column() {
    let bad = write_temp(
        "bad.json",
        b"{\n  \"100\": {\"message\": \"Not found\", \"status\": 404},\n  \"101\": {\"message\": \"Gone\" \"status\": 410}\n}\n",
    );
    fails(
        &["import", &bad],
        &format!(
            "codes import: {bad}:3: the JSON is not valid at column 29: expected `,` or `}}` after the member"
        ),
    );
    let cut = write_temp(
        "cut.json",
        b"[{\"code\": 1, \"message\": \"a\"}, {\"code\": 2,",
    );
    fails(
        &["import", &cut],
        ":1: the JSON is not valid at column 42: the document ends inside an object (a cut file?)",
    );
}

#[test]
fn a_table_with_a_code_that_is_not_a_number() {
    let page = write_temp(
        "words.md",
        b"| CODE | ERROR | DESCRIPTION |\n| --- | --- | --- |\n| 10000 | SUCCESS | Ok |\n| 1OO01 | TYPO | Letter O |\n",
    );
    fails(
        &["import", &page],
        &format!(
            "codes import: {page}:4: the code \"1OO01\" is neither a number nor a string code"
        ),
    );
    let csv = write_temp("words.csv", b"code,description\n1,a\nabc,b\n");
    fails(&["import", &csv], ":3: the code \"abc\" is not a number");
}

#[test]
fn a_truncated_proto() {
    let proto = std::fs::read_to_string(path_of(SOURCES[0])).unwrap();
    // Cut in the middle of an entry, and at the end of a line.
    let middle = &proto[..proto.find("MODEL_TRAINING_NO_DATA").unwrap() + 10];
    let cut = write_temp("cut.proto", middle.as_bytes());
    fails(
        &["import", &cut],
        "does not end with `;`: the enum StatusCode is cut",
    );
    let at_line = &proto[..proto.find("  // Input:Image related 30xxx").unwrap()];
    let cut = write_temp("cut2.proto", at_line.as_bytes());
    fails(
        &["import", &cut],
        &format!(
            "codes import: {cut}:10: the enum StatusCode is not closed: the file ends at line"
        ),
    );
}

#[test]
fn a_file_over_the_size_limit() {
    // 100 MB of a real page's rows: the limit (64 MiB) stops it before it is
    // read, with the file's size.
    let path = temp("huge.md");
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        file.write_all(b"| CODE | DESCRIPTION |\n| --- | --- |\n")
            .unwrap();
        let row = b"| 10000 | A description of a code, long enough to fill the page quickly |\n";
        let mut written = 0;
        while written < 100_000_000 {
            file.write_all(row).unwrap();
            written += row.len();
        }
    }
    let shown = path.display().to_string();
    fails(
        &["import", &shown],
        &format!("codes import: {shown} is too large: 95.4 MiB; the importer reads at most 64 MiB"),
    );
    // The same bytes on standard input: read up to the limit, then refused.
    let bytes = std::fs::read(&path).unwrap();
    let (status, out, err) = run_with(&["import", "-"], &bytes);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains("codes import: standard input is too large: over 64.0 MiB; the importer reads at most 64 MiB"),
        "{err}"
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn files_that_cannot_be_read() {
    let missing = temp("no-such-file.md").display().to_string();
    fails(
        &["import", &missing],
        &format!("codes import: cannot read {missing}: "),
    );
    let dir = temp("").display().to_string();
    fails(&["import", &dir], "is a directory, not a file");
    let binary = write_temp("binary.md", b"| CODE |\n| --- |\n| 1 \xff\xfe |\n");
    fails(
        &["import", &binary],
        "is not UTF-8 text (invalid byte at offset 21)",
    );
}

#[test]
fn broken_files_of_every_format() {
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "cut.rst",
            b"+----+----+\n| Code | Description |\n+====+====+\n| 1  | a  |\n",
            "grid table",
        ),
        (
            "cut.json.txt",
            b"[block:parameters]\n{\"data\": {\"h-0\": \"Code\", \"0-0\": \"1\"\n",
            "not closed by [/block]",
        ),
        (
            "bad.json.txt",
            b"[block:parameters]\n{\"data\": {\"h-0\": \"Code\", \"0-0\": 1,,}}\n[/block]\n",
            ":2: the [block:parameters] is not valid JSON",
        ),
        (
            "open.csv",
            b"code,description\n1,\"open\n",
            ":2: a quoted field is not closed",
        ),
        (
            "junk.proto",
            b"enum E {\n  A = 1;\n  this is not an entry;\n}\n",
            ":3: `this is not an entry;` is not an entry of enum E",
        ),
    ];
    for (name, content, message) in cases {
        let path = write_temp(name, content);
        fails(&["import", &path], message);
    }
}

/// Scality Zenko's S3 error messages (issue 24): the `Error` column holds the
/// string codes, the `Code` column their HTTP statuses, which repeat. The
/// code is the column that keys the rows; the statuses are a column, whose
/// classes are RFC 9110's, refined by the words.
#[test]
fn an_s3_style_table_is_keyed_by_its_string_codes() {
    let path = path_arg("zenko_error_messages.rst");
    let (out, err) = imports(&path, "read as rst: 2 tables, 117 codes, 1 warning");
    // The page's own duplicate, and no "listed again" for a shared status.
    assert_eq!(err.matches("is listed again").count(), 1, "{err}");
    assert!(
        err.contains("code ServiceUnavailable is listed again"),
        "{err}"
    );
    for line in [
        "// Columns read:",
        "//   the code: \"Error\" (column 1), its 117 values are distinct but for 1 repeated, while \"Code\" repeats 14 numbers from 100 to 599 over 117 rows.",
        "//   the description: \"Description\" (column 3), by its heading.",
        "//   the HTTP status: \"Code\" (column 2), its heading named the code, but it repeats 14 numbers from 100 to 599 over 117 rows: HTTP statuses.",
        "pub enum AwsErrorMessages: &str => unknown {",
        "        /// The page's \"Code\" column.\n        column http: u16,",
        // 4xx: client_error.
        "\"AccessDenied\": \"Access Denied\" => client_error { http: 403 }, // suggested from the HTTP status 403",
        // 503: retry, by RFC 9110.
        "\"SlowDown\": \"Reduce your request rate.\" => retry { http: 503 }, // suggested from the HTTP status 503",
        // 5xx: vendor_error.
        "=> vendor_error { http: 501 }, // suggested from the HTTP status 501",
        // A 5xx that says to try again is a retry.
        "\"InternalError\": \"We encountered an internal error. Please try again.\" => retry { http: 500 }, // suggested from the HTTP status 500 and the words: \"try again\" (retry), \"internal error\" (vendor_error)",
        // A 4xx whose words say otherwise stays a client error, the words noted.
        "=> client_error { http: 403 }, // suggested from the HTTP status 403 (the words say success: \"successfully\")",
        "// Classes: 114 suggested from the rows' HTTP statuses and words (marked); 2 left to you.",
        // A code wrapped over two lines of its cell (`\` at the line's end).
        "\"IllegalVersioningConfigurationException\":",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    assert!(!out.contains("again AccessForbidden"), "{out}");
    // The one-row table has no evidence against its heading: keyed by 409.
    assert!(out.contains("409 MPUinProgress:"), "{out}");
}

#[test]
fn column_options_choose_and_say_so() {
    let path = path_arg("zenko_error_messages.rst");
    let (status, out, err) = run(&["import", &path, "--code-column", "Error"]);
    assert_eq!(status, 0, "{err}");
    assert!(
        out.contains("//   the code: \"Error\" (column 1), by --code-column."),
        "{out}"
    );
    // Both tables keyed by their string codes now.
    assert!(out.contains("\"MPUinProgress\": \"The bucket"), "{out}");
    assert!(!out.contains("409 MPUinProgress"), "{out}");
    // By position, and a column left out.
    let (status, out, err) = run(&[
        "import",
        &path,
        "--code-column",
        "1",
        "--http-column",
        "none",
        "--description-column",
        "Description",
    ]);
    assert_eq!(status, 0, "{err}");
    assert!(!out.contains("column http"), "{out}");
    assert!(
        out.contains("//   the description: \"Description\" (column 3), by --description-column."),
        "{out}"
    );
    // What no table has is an error, which says what the tables have.
    fails(
        &["import", &path, "--code-column", "Number"],
        "--code-column Number: no table of the file has that column (give its heading as the page writes it, or its position, 1 for the first); the columns read are \"Error\", \"Description\", \"Code\"",
    );
    fails(
        &["import", &path, "--code-column", "none"],
        "--code-column none: a table of codes needs its code column",
    );
}

/// Envoy's `StatusCode` enum (issue 24): a protobuf enum of HTTP statuses,
/// recognised by its names (`NotFound` for 404) beside the `0` proto3 asks
/// for, is a `#[codes(http)]` table whose classes are RFC 9110's.
#[test]
fn a_proto_enum_of_http_statuses_is_an_http_table() {
    let path = path_arg("envoy_http_status.proto");
    let (out, _) = imports(&path, "read as proto: 1 table, 57 codes, 0 warnings");
    assert!(
        out.contains("// Classes: RFC 9110's, by `#[codes(http)]`"),
        "{out}"
    );
    assert!(
        out.contains("    #[codes(http)]\n    pub enum StatusCode: u16 {"),
        "{out}"
    );
    assert!(out.contains("        0 Empty: "), "{out}");
    assert!(out.contains("        429 TooManyRequests: "), "{out}");
    assert!(!out.contains("=> unknown"), "{out}");
    assert!(!out.contains("Columns read"), "{out}");
}

/// `google.rpc.Code` (the canonical codes of Google's APIs and gRPC) gives
/// no HTTP column but cites each code's status in its comment (`HTTP
/// Mapping: 504 Gateway Timeout`): every row's class is suggested from it,
/// with the words where they agree, and the row says so.
#[test]
fn classes_from_the_http_status_a_description_cites() {
    let path = path_arg("google_rpc_code.proto");
    let (out, _) = imports(&path, "read as proto: 1 table, 17 codes, 0 warnings");
    let row = |code: &str| {
        out.lines()
            .find(|line| line.trim_start().starts_with(&format!("{code}:")))
            .unwrap_or_else(|| panic!("no row {code} in {out}"))
    };
    for (code, class, cited) in [
        ("4 DEADLINE_EXCEEDED", "retry", 504),
        ("8 RESOURCE_EXHAUSTED", "retry", 429),
        ("14 UNAVAILABLE", "retry", 503),
        ("5 NOT_FOUND", "client_error", 404),
        ("1 CANCELLED", "client_error", 499),
        ("13 INTERNAL", "vendor_error", 500),
    ] {
        let line = row(code);
        assert!(line.contains(&format!("=> {class},")), "{line}");
        assert!(
            line.contains(&format!("the HTTP status {cited} the description cites")),
            "{line}"
        );
    }
    // The description stays the vendor's, the citation included.
    assert!(row("4 DEADLINE_EXCEEDED").contains("HTTP Mapping: 504 Gateway Timeout"));
    // No row is left without a class: no table default either.
    assert_eq!(out.matches("=> ").count(), 17, "{out}");
    assert!(out.contains("pub enum Code: u32 {"), "{out}");
}

/// Slate's pages (the API-docs template thousands of vendors publish
/// with) write their errors table without leading pipes. Both excerpts are
/// real `source/includes/_errors.md` files: Basis-Theory/docs at
/// 2768e465c6894a1e36a4968d85df7a8432484c0e (Slate's own template text),
/// and 1BitPay/api at 2e588b17780617f4a9047f6a2a5427de7b947a17, whose
/// header row starts with `<div style="width:80px">`: an HTML block to
/// markdown (GitHub's and CommonMark's), so no table, which the error says
/// with the line and the fix.
#[test]
fn slate_tables_without_leading_pipes() {
    let slate = "# Errors\n\nThe Kittn API uses the following error codes:\n\n\n\
        Error Code | Meaning\n---------- | -------\n\
        400 | Bad Request -- Your request is invalid.\n\
        401 | Unauthorized -- Your API key is wrong.\n\
        403 | Forbidden -- The kitten requested is hidden for administrators only.\n";
    // Saved as .txt: the content says markdown.
    let path = write_temp("slate_errors.txt", slate.as_bytes());
    let (out, _) = imports(&path, "read as markdown: 1 table, 3 codes, 0 warnings");
    assert!(
        out.contains(
            "400 as BadRequestYourRequestIsInvalid: \"Bad Request -- Your request is invalid.\""
        ),
        "{out}"
    );
    let one_bit_pay = "# Errors\n\nThe 1BitPay API uses the following error codes:\n\n\
        <div style=\"width:80px\">Error Code</div> | Meaning\n---------- | -------\n\
        400 | Bad Request -- Your request is invalid.\n\
        401 | Unauthorized -- Your API key is wrong.\n";
    let path = write_temp("one_bit_pay_errors.md", one_bit_pay.as_bytes());
    fails(
        &["import", &path],
        &format!("{path}:5: a `|` row over a separator row that starts with an HTML tag"),
    );
    fails(&["import", &path], "begin the row with `|`");
}

/// A reStructuredText list table whose code cells give the code and its
/// name: CS-Cart's "API Response Errors", the whole page, as
/// `cscart/docs` has `api/errors.rst` at
/// 1a7b8d5403e215f65bf747e45e70b7c0cdd6b9e7 (the repository has no
/// licence file). An HTTP table, its names verbatim (the vendor's
/// "Not Acceptible" too).
#[test]
fn a_list_table_of_http_statuses_with_their_names() {
    let page = "*******************\nAPI Response Errors\n*******************\n\n\n.. list-table::\n    :header-rows: 1\n    :stub-columns: 1\n    :widths: 10 30\n\n    *   -   Code\n        -   Description\n    *   -   400 \"Bad Request\"\n        -   The request is invalid. For example, something is missing in it or there is a synthax error.\n    *   -   401 \"Unauthorized\"\n        -   Authorisation data are not valid or missing.\n    *   -   403 \"Forbidden\"\n        -   Access is not allowed. For example, there are no permissions for the request.\n    *   -   404 \"Not Found\"\n        -   The requested object does not exist.\n    *   -   405 \"Method Not Allowed\"\n        -   Initialized method is not suppoted for the request-URI.\n    *   -   406 \"Not Acceptible\"\n        -   The resource cannot generate a response in the format, specified in the request (the ``accept`` header has an invalid type).\n    *   -   415 \"Unsupported Media Type\"\n        -   An object has the format unsupported for the given request in the given method.\n    *   -   500 \"Internal Server Error\"\n        -   Server-side error. The request cannot be processed.";
    // Saved as .txt: the list table says reStructuredText.
    let path = write_temp("cscart_errors.txt", page.as_bytes());
    let (out, _) = imports(&path, "read as rst: 1 table, 8 codes, 0 warnings");
    assert!(
        out.contains("#[codes(http)]\n    pub enum ApiResponseErrors: u16 {"),
        "{out}"
    );
    assert!(
        out.contains("400 \"Bad Request\": \"The request is invalid. For example, something is missing in it or there is a synthax error.\","),
        "{out}"
    );
    assert!(out.contains("406 \"Not Acceptible\": "), "{out}");
    assert!(
        out.contains("(the accept header has an invalid type)"),
        "{out}"
    );
}
