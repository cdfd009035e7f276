//! `codes diff`, run as the built binary: between Clarifai's older and newer
//! pages (`clarifai_older.txt` and `clarifai.txt`), between the declared table and a page, and its
//! exit statuses.

mod common;

use std::collections::BTreeMap;

use codes_core::ColumnValue;
use common::{PAGES, SOURCES, path_of, read, run};

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
    let (old, new) = (path_of(PAGES[0]), path_of(PAGES[1]));
    let (old, new) = (old.display().to_string(), new.display().to_string());
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
    let (status, out, _) = run(&["diff", &new, &old, "--json"]);
    assert_eq!(status, 1);
    let changes: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let removed = changes.iter().filter(|c| c["change"] == "removed").count();
    assert_eq!(removed, 202);
    let first = changes.iter().find(|c| c["change"] == "removed").unwrap();
    assert_eq!(first["code"], 10001);
    assert_eq!(first["name"], "SUCCESS_WARNING_API_DEPRECATED");
}

#[test]
fn a_page_against_itself_differs_in_nothing() {
    let page = path_of(PAGES[1]).display().to_string();
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
    let old = path_of(PAGES[0]).display().to_string();
    let (status, out, _) = run(&["diff", "clarifai", &old, "--json"]);
    assert_eq!(status, 1);
    let changes: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let older = page_rows(PAGES[0]);
    for change in &changes {
        let code = change["code"].as_i64().map(i128::from).unwrap();
        match change["change"].as_str().unwrap() {
            "removed" => assert!(!older.contains_key(&code), "{change}"),
            "reworded" => {
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

fn run_json(args: &[&str]) -> (i32, Vec<serde_json::Value>) {
    let (status, out, _) = run(args);
    let changes = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
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
    let page = path_of(PAGES[1]).display().to_string();
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
    let proto = path_of(SOURCES[0]).display().to_string();
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
    let page = path_of(PAGES[3]).display().to_string();
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
    let page = path_of(PAGES[1]).display().to_string();
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
    let empty = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("codes-cli-diff-empty.md");
    std::fs::write(&empty, "").unwrap();
    let (status, _, err) = run(&["diff", "clarifai", &empty.display().to_string()]);
    std::fs::remove_file(&empty).unwrap();
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
