//! `codes diff`, run as the built binary: between Clarifai's older and newer
//! pages (`clarifai_older.txt` and `clarifai.txt`), between the declared table and a page, and its
//! exit statuses.

mod common;

use std::collections::BTreeMap;

use codes_core::ColumnValue;
use common::{PAGES, SOURCES, path_arg, read, run};

/// The code rows of one of Clarifai's pages, read here on their own (not by
/// the importer): code to description ("" when the cell is empty). The
/// older page wraps codes in `<span id="...">`.
fn page_rows(file: &str) -> BTreeMap<i128, String> {
    let mut rows = BTreeMap::new();
    for line in read(file).lines() {
        let Some(inner) = line
            .trim()
            .strip_prefix('|')
            .and_then(|l| l.strip_suffix('|'))
        else {
            continue;
        };
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        let code = cells[0]
            .rsplit_once("\">")
            .map_or(cells[0], |(_, rest)| rest.trim_end_matches("</span>"));
        if let Ok(code) = code.parse::<i128>() {
            rows.insert(code, cells.last().unwrap().to_string());
        }
    }
    rows
}

#[test]
fn the_older_and_the_newer_clarifai_page() {
    let (old, new) = (path_arg(PAGES[0]), path_arg(PAGES[1]));
    let (status, out, err) = run(&["diff", &old, &new]);
    assert_eq!(status, 1, "{err}");
    let older = page_rows(PAGES[0]);
    let newer = page_rows(PAGES[1]);
    assert_eq!((older.len(), newer.len()), (134, 336));

    // Added: every code only the newer page lists, in code order.
    let added: Vec<i128> = out
        .lines()
        .filter_map(|l| l.strip_prefix("added     "))
        .map(|l| l.split([' ', ':']).next().unwrap().parse().unwrap())
        .collect();
    let expected: Vec<i128> = newer
        .keys()
        .filter(|c| !older.contains_key(c))
        .copied()
        .collect();
    assert_eq!(added, expected);
    assert!(
        out.contains("added     10030 TRY_AGAIN: Try the request again\n"),
        "{out}"
    );
    assert!(
        out.contains("added     10001 SUCCESS_WARNING_API_DEPRECATED\n"),
        "{out}"
    );
    // Removed: none, the newer page lists every older code.
    assert!(older.keys().all(|c| newer.contains_key(c)));
    assert!(!out.contains("\nremoved"), "{out}");
    // Renamed: none can be, the older page gives no names; it says so for
    // its 134 codes but the 9 the newer page leaves unnamed too.
    assert!(!out.contains("\nrenamed"), "{out}");
    assert!(
        out.ends_with("names not compared for 125 codes: one side gives them none\n"),
        "{out}"
    );

    // Reworded: every code whose description differs, with both texts.
    let reworded: Vec<i128> = out
        .lines()
        .filter_map(|l| l.strip_prefix("reworded  "))
        .map(|l| l.split(' ').next().unwrap().parse().unwrap())
        .collect();
    let expected: Vec<i128> = older
        .iter()
        .filter(|(code, description)| newer[*code] != **description)
        .map(|(code, _)| *code)
        .collect();
    assert_eq!(reworded, expected);
    assert_eq!(reworded.len(), 51);
    assert!(out.contains(
        "reworded  11000 CONN_ACCOUNT_ISSUES\n            was: Account or plan issue\n            now: Account or plan issue, such as expired credentials, account still in trial, or feature not supported in your tier\n"
    ), "{out}");
    // A description the newer page drops.
    assert!(out.contains(
        "reworded  99009 INTERNAL_UNCATEGORIZED\n            was: Internal error\n            now: (none)\n"
    ), "{out}");
    assert!(
        out.starts_with(&format!(
            "{old} -> {new}: 202 added, 0 removed, 0 renamed, 51 reworded\n"
        )),
        "{out}"
    );

    // The other way round: what the newer page adds is removed.
    let (status, changes) = run_json(&["diff", &new, &old, "--json"]);
    assert_eq!(status, 1);
    let removed = changes.iter().filter(|c| c["change"] == "removed").count();
    assert_eq!(removed, 202);
    let first = changes.iter().find(|c| c["change"] == "removed").unwrap();
    assert_eq!(first["code"], 10001);
    assert_eq!(first["name"], "SUCCESS_WARNING_API_DEPRECATED");
}

#[test]
fn a_page_against_itself_differs_in_nothing() {
    let page = path_arg(PAGES[1]);
    let (status, out, _) = run(&["diff", &page, &page]);
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        out,
        format!("{page} and {page}: no code added, removed, renamed or reworded\n")
    );
}

#[test]
fn the_declared_clarifai_table_against_its_pages() {
    let declared = codes_vendors::table("clarifai").unwrap();
    // Against the older page: the codes it lacks are "removed", and each
    // rewording is listed with the declared table's and the page's words.
    let old = path_arg(PAGES[0]);
    let (status, changes) = run_json(&["diff", "clarifai", &old, "--json"]);
    assert_eq!(status, 1);
    let older = page_rows(PAGES[0]);
    let mut reworded = 0;
    for change in &changes {
        let code = change["code"].as_i64().map(i128::from).unwrap();
        match change["change"].as_str().unwrap() {
            "removed" => assert!(!older.contains_key(&code), "{change}"),
            "reworded" => {
                reworded += 1;
                let entry = declared.get(code).unwrap();
                assert_eq!(change["old"].as_str(), entry.description, "{change}");
                assert_eq!(
                    change["new"].as_str(),
                    Some(older[&code].as_str()),
                    "{change}"
                );
            }
            other => panic!("{other}: {change}"),
        }
    }
    assert!(reworded > 0, "no rewording checked");
    let removed = changes.iter().filter(|c| c["change"] == "removed").count();
    assert_eq!(
        removed,
        declared
            .entries()
            .filter(|e| !older.contains_key(&e.code.as_int().unwrap()))
            .count()
    );
}

/// The codes of the declared Clarifai table whose `source` is `wanted`.
fn clarifai_codes_from(wanted: impl Fn(&str) -> bool) -> Vec<i64> {
    codes_vendors::table("clarifai")
        .unwrap()
        .entries()
        .filter(|e| matches!(e.columns.get("source"), Some(ColumnValue::Str(s)) if wanted(s)))
        .map(|e| i64::try_from(e.code.as_int().unwrap()).unwrap())
        .collect()
}

/// Runs `codes` with `args` (a `--json` diff): its status and the changes,
/// one a line.
fn run_json(args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let (status, out, err) = run(args);
    let changes = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}\n{err}")))
        .collect();
    (status, changes)
}

fn codes_of(changes: &[serde_json::Value], kind: &str) -> Vec<i64> {
    changes
        .iter()
        .filter(|c| c["change"] == kind)
        .map(|c| c["code"].as_i64().unwrap())
        .collect()
}

#[test]
fn the_declared_clarifai_table_against_the_newer_page_and_the_proto() {
    // Against the page it is declared from: the proto's codes, which the
    // page lacks, and 99009, described from the older page.
    let page = path_arg(PAGES[1]);
    let (status, changes) = run_json(&["diff", "clarifai", &page, "--json"]);
    assert_eq!(status, 1);
    assert_eq!(
        codes_of(&changes, "removed"),
        clarifai_codes_from(|s| s == "proto")
    );
    assert_eq!(codes_of(&changes, "reworded"), [99009]);
    assert_eq!(
        changes.len(),
        clarifai_codes_from(|s| s == "proto").len() + 1
    );
    // Against the proto: the page's codes the proto has removed or reserved.
    // The proto's names are the table's (the page's older ones its aliases):
    // nothing renamed.
    let proto = path_arg(SOURCES[0]);
    let (status, changes) = run_json(&["diff", "clarifai", &proto, "--json"]);
    assert_eq!(status, 1);
    let gone = clarifai_codes_from(|s| s.starts_with("page ("));
    assert_eq!(gone.len(), 16);
    assert_eq!(codes_of(&changes, "removed"), gone);
    assert_eq!(codes_of(&changes, "added"), Vec::<i64>::new());
    assert_eq!(codes_of(&changes, "renamed"), Vec::<i64>::new());
}

#[test]
fn sections_of_a_page_are_chosen_by_title() {
    let page = path_arg(PAGES[3]);
    // The declared table's title names its section.
    let (status, out, err) = run(&["diff", "bigml-dataset", &page]);
    assert_eq!(status, 0, "{out}{err}");
    // Other tables' titles are not their sections': --section chooses.
    let (status, out, err) = run(&["diff", "bigml-http", &page]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains("holds 39 tables: choose one with --section"),
        "{err}"
    );
    let (status, out, err) = run(&[
        "diff",
        "bigml-http",
        &page,
        "--section",
        "HTTP Status Code Summary",
    ]);
    assert_eq!(status, 0, "{out}{err}");
    let (status, _, err) = run(&["diff", "bigml-http", &page, "--section", "Nope"]);
    assert_eq!(status, 2);
    assert!(
        err.contains(
            "has no table titled \"Nope\"; its tables are: \"HTTP Status Code Summary\", "
        ),
        "{err}"
    );
}

#[test]
fn bad_arguments_and_input_exit_with_2() {
    let page = path_arg(PAGES[1]);
    let (status, out, err) = run(&["diff", "no-such-table", &page]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.starts_with(
            "codes diff: no-such-table is neither a table nor a file; the tables are: clarifai, "
        ),
        "{err}"
    );
    let (status, _, err) = run(&["diff", "clarifai", "/no/such/file.md"]);
    assert_eq!(status, 2);
    assert!(
        err.contains("codes diff: cannot read /no/such/file.md"),
        "{err}"
    );
    let empty = write_page("empty.md", "");
    let (status, _, err) = run(&["diff", "clarifai", &empty]);
    assert_eq!(status, 2);
    assert!(err.contains("the file is empty"), "{err}");
}

/// Writes `text` to `name` under the tests' temporary directory; its path.
fn write_page(name: &str, text: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("codes-cli-diff");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_code_beyond_64_bits_is_written_as_its_number() {
    let old = write_page("big-old.csv", "code,name,description\n1,ONE,One\n");
    let new = write_page(
        "big-new.csv",
        "code,name,description\n1,ONE,One\n100000000000000000000,BIG,Big\n\
         -100000000000000000000,SMALL,Small\n",
    );
    let (status, out, err) = run(&["diff", &old, &new, "--json"]);
    assert_eq!(status, 1, "{err}");
    assert_eq!(
        out,
        "{\"change\":\"added\",\"code\":-100000000000000000000,\"description\":\"Small\",\"name\":\"SMALL\"}\n\
         {\"change\":\"added\",\"code\":100000000000000000000,\"description\":\"Big\",\"name\":\"BIG\"}\n"
    );
    for line in out.lines() {
        let change: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(change["change"], "added");
        assert!(change["code"].is_number(), "{change}");
    }
    // The other way round, removed, and in text.
    let (status, out, _) = run(&["diff", &new, &old]);
    assert_eq!(status, 1);
    assert!(
        out.contains("removed   100000000000000000000 BIG: Big\n"),
        "{out}"
    );
}

/// Two versions of a vendor's page of sections (a text page, one table a
/// heading): between them, code 1002's HTTP status went from 503 to 429 and
/// its solution changed, 1003's message changed, and the section "Request
/// Errors" was renamed "Client Errors".
const PAGE_V1: &str = "Acme API\n\nRequest Errors\n\n\
    Error Code\tName\tStatus Code\tError Message\tDescription\tSolution\n\
    1001\tBAD_INPUT\t400\tBad input\tThe input is invalid\tFix the input\n\
    1002\tBUSY\t503\tBusy\tThe service is busy\tRetry later\n\
    1003\tMISSING\t404\tMissing\tNo such thing\tCheck the id\n\n\
    Auth Errors\n\n\
    Error Code\tName\tStatus Code\tError Message\tDescription\tSolution\n\
    2001\tNO_TOKEN\t401\tNo token\tThe token is missing\tSend a token\n";

/// [`PAGE_V1`], changed.
const PAGE_V2: &str = "Acme API\n\nClient Errors\n\n\
    Error Code\tName\tStatus Code\tError Message\tDescription\tSolution\n\
    1001\tBAD_INPUT\t400\tBad input\tThe input is invalid\tFix the input\n\
    1002\tBUSY\t429\tBusy\tThe service is busy\tRetry after the delay\n\
    1003\tMISSING\t404\tNot found\tNo such thing\tCheck the id\n\n\
    Auth Errors\n\n\
    Error Code\tName\tStatus Code\tError Message\tDescription\tSolution\n\
    2001\tNO_TOKEN\t401\tNo token\tThe token is missing\tSend a token\n";

#[test]
fn a_changed_http_status_message_and_solution_in_a_renamed_section() {
    let old = write_page("acme-v1.txt", PAGE_V1);
    let new = write_page("acme-v2.txt", PAGE_V2);
    let sections = [
        "--old-section",
        "Request Errors",
        "--new-section",
        "client errors",
    ];
    let (status, out, err) = run(&[&["diff", &old, &new][..], &sections].concat());
    assert_eq!(status, 1, "{err}");
    assert_eq!(
        out,
        format!(
            "{old} -> {new}: 0 added, 0 removed, 0 renamed, 0 reworded, 3 values changed (http 1, message 1, solution 1)\n\
             changed   1002 BUSY http: 503 -> 429\n\
             changed   1002 BUSY solution\n            was: Retry later\n            now: Retry after the delay\n\
             changed   1003 MISSING message\n            was: Missing\n            now: Not found\n"
        )
    );
    let (status, changes) = run_json(&[&["diff", &old, &new, "--json"][..], &sections].concat());
    assert_eq!(status, 1);
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert_eq!(
        changes[0],
        serde_json::json!({
            "change": "changed", "code": 1002, "name": "BUSY", "column": "http",
            "old": 503, "new": 429,
        })
    );
    assert_eq!(
        changes[1],
        serde_json::json!({
            "change": "changed", "code": 1002, "name": "BUSY", "column": "solution",
            "old": "Retry later", "new": "Retry after the delay",
        })
    );
    assert_eq!(changes[2]["column"], "message");
    assert_eq!(changes[2]["old"], "Missing");
    assert_eq!(changes[2]["new"], "Not found");

    // A section both versions title alike: --section names it in both.
    let (status, out, err) = run(&["diff", &old, &new, "--section", "Auth Errors"]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        format!("{old} and {new}: no code added, removed, renamed or reworded\n")
    );
    // The renamed one cannot be named by one title.
    let (status, out, err) = run(&["diff", &old, &new, "--section", "Request Errors"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains(&format!(
            "codes diff: {new} has no table titled \"Request Errors\"; its tables are: \"Client Errors\", \"Auth Errors\""
        )),
        "{err}"
    );
    // Without a section, the older file's sections are to choose from.
    let (status, _, err) = run(&["diff", &old, &new]);
    assert_eq!(status, 2);
    assert!(
        err.contains(&format!(
            "codes diff: {old} holds 2 tables: choose one with --section or --old-section (its tables are: \"Request Errors\", \"Auth Errors\")"
        )),
        "{err}"
    );
    // The older section alone: the newer file's is the one titled alike.
    let (status, _, err) = run(&["diff", &old, &new, "--old-section", "Request Errors"]);
    assert_eq!(status, 2);
    assert!(
        err.contains("choose one with --section or --new-section"),
        "{err}"
    );
}

#[test]
fn section_options_that_cannot_go_together() {
    let old = write_page("acme-v1-options.txt", PAGE_V1);
    let (status, out, err) = run(&[
        "diff",
        &old,
        &old,
        "--section",
        "Auth Errors",
        "--new-section",
        "Auth Errors",
    ]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert!(
        err.contains(
            "the argument '--section <TITLE>' cannot be used with '--new-section <TITLE>'"
        ),
        "{err}"
    );
    // A declared table has no sections.
    let (status, out, err) = run(&["diff", "bigml-http", &old, "--old-section", "Auth Errors"]);
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "codes diff: --old-section \"Auth Errors\" names a table of the older file, but bigml-http is a declared table, not a file\n"
    );
    // --section still names the newer file's table with a declared one.
    let page = path_arg(PAGES[3]);
    let (status, _, err) = run(&[
        "diff",
        "bigml-http",
        &page,
        "--new-section",
        "HTTP Status Code Summary",
    ]);
    assert_eq!(status, 0, "{err}");
}

#[test]
fn a_column_only_one_side_has_is_named_once_and_is_no_change() {
    let old = write_page("acme-v1-columns.txt", PAGE_V1);
    // The newer page drops the Solution column of "Auth Errors".
    let new = write_page(
        "acme-v2-columns.txt",
        "Auth Errors\n\nError Code\tName\tStatus Code\tError Message\tDescription\n\
         2001\tNO_TOKEN\t401\tNo token\tThe token is missing\n",
    );
    let (status, out, err) = run(&["diff", &old, &new, "--old-section", "Auth Errors"]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "{old} and {new}: no code added, removed, renamed or reworded\n\
             column solution: only in {old}, not compared\n"
        )
    );
    let (status, out, _) = run(&["diff", &new, &old, "--new-section", "Auth Errors", "--json"]);
    assert_eq!((status, out.as_str()), (0, ""));
}

#[test]
fn classes_are_compared_where_the_file_states_them() {
    // bigml-http's 429 is a retry; a CSV's class column says otherwise.
    let entry = codes_vendors::table("bigml-http")
        .unwrap()
        .get(429)
        .unwrap();
    assert_eq!(entry.class, codes_core::Class::Retry);
    let description = entry.description.unwrap();
    let stated = write_page(
        "bigml-429-class.csv",
        &format!(
            "code,name,description,class\n429,Too Many Requests,\"{description}\",client_error\n"
        ),
    );
    let (status, out, err) = run(&["diff", "bigml-http", &stated]);
    assert_eq!(status, 1, "{err}");
    assert!(
        out.contains("changed   429 Too Many Requests class: retry -> client_error\n"),
        "{out}"
    );
    assert!(out.contains(", 1 value changed (class 1)\n"), "{out}");
    assert!(!out.contains("reworded  429"), "{out}");
    // Without a class column, the classes the importer suggests are not
    // the vendor's: nothing compared.
    let unstated = write_page(
        "bigml-429-no-class.csv",
        &format!("code,name,description\n429,Too Many Requests,\"{description}\"\n"),
    );
    let (status, out, _) = run(&["diff", "bigml-http", &unstated, "--json"]);
    assert_eq!(status, 1);
    assert!(!out.contains("\"changed\""), "{out}");
    // Between two files, where both state one.
    let (status, out, _) = run(&["diff", &stated, &unstated]);
    assert_eq!(status, 0, "{out}");
}

#[test]
fn deprecations_are_compared_where_both_sides_can_mark_them() {
    let old = write_page(
        "deprecated-v1.proto",
        "syntax = \"proto3\";\nenum Status {\n  OK = 0;\n  OLD = 1 [deprecated = true];\n  KEPT = 2;\n}\n",
    );
    let new = write_page(
        "deprecated-v2.proto",
        "syntax = \"proto3\";\nenum Status {\n  OK = 0;\n  OLD = 1;\n  KEPT = 2 [deprecated = true];\n}\n",
    );
    let (status, out, err) = run(&["diff", &old, &new]);
    assert_eq!(status, 1, "{err}");
    assert_eq!(
        out,
        format!(
            "{old} -> {new}: 0 added, 0 removed, 0 renamed, 0 reworded, 2 values changed (deprecated 2)\n\
             changed   1 OLD deprecated: true -> false\n\
             changed   2 KEPT deprecated: false -> true\n"
        )
    );
    let (_, changes) = run_json(&["diff", &old, &new, "--json"]);
    assert_eq!(changes[0]["column"], "deprecated");
    assert_eq!(changes[0]["old"], true);
    assert_eq!(changes[0]["new"], false);
    // A CSV marks none: its codes are not said to be undeprecated.
    let csv = write_page(
        "deprecated.csv",
        "code,name,description\n0,OK,\n1,OLD,\n2,KEPT,\n",
    );
    let (status, out, _) = run(&["diff", &old, &csv]);
    assert_eq!(status, 0, "{out}");
}

#[test]
fn the_declared_modelarts_tables_against_their_source() {
    let rst = path_arg(SOURCES[1]);
    // modelarts-errors is the source's first row of each code: alike in
    // every column.
    let (status, out, err) = run(&["diff", "modelarts-errors", &rst]);
    assert_eq!(status, 0, "{out}{err}");
    assert_eq!(
        out,
        format!("modelarts-errors and {rst}: no code added, removed, renamed or reworded\n")
    );
    // modelarts-errors-alt holds the codes listed again under another HTTP
    // status: against the first rows, each HTTP status changed from the
    // alternative table's to the first table's.
    let (status, changes) = run_json(&["diff", "modelarts-errors-alt", &rst, "--json"]);
    assert_eq!(status, 1);
    let (alt, first) = (
        codes_vendors::table("modelarts-errors-alt").unwrap(),
        codes_vendors::table("modelarts-errors").unwrap(),
    );
    let http = |table: &codes_core::Table, code: &str| {
        let entry = table
            .entries()
            .find(|e| e.code.as_str() == Some(code))
            .unwrap();
        match entry.columns.get("http") {
            Some(ColumnValue::Int(status)) => i64::try_from(status).unwrap(),
            other => panic!("{code}: {other:?}"),
        }
    };
    let statuses: Vec<&serde_json::Value> = changes
        .iter()
        .filter(|c| c["change"] == "changed" && c["column"] == "http")
        .collect();
    assert_eq!(statuses.len(), alt.len());
    for change in statuses {
        let code = change["code"].as_str().unwrap();
        assert_eq!(change["old"].as_i64(), Some(http(alt, code)), "{change}");
        assert_eq!(change["new"].as_i64(), Some(http(first, code)), "{change}");
        assert_ne!(change["old"], change["new"], "{change}");
    }
}

#[test]
fn the_readme_example_is_what_the_binary_prints() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"),
    )
    .unwrap();
    let command = "$ codes diff modelarts-errors-alt data/sources/modelarts_error_codes.rst\n";
    let start = readme.find(command).expect("the README's example") + command.len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    assert!(
        example.lines().filter(|l| *l != "...").count() >= 2,
        "the README's example shows no lines: {example:?}"
    );
    // Run from the repository's root, as the README does.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_codes"))
        .args([
            "diff",
            "modelarts-errors-alt",
            "data/sources/modelarts_error_codes.rst",
        ])
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8(output.stdout).unwrap();
    let mut lines = out.lines();
    // Each line shown, in order; `...` stands for lines left out.
    for shown in example.lines().filter(|l| *l != "...") {
        assert!(
            lines.any(|line| line == shown),
            "the README shows {shown:?}, which the binary does not print here:\n{out}"
        );
    }
}
