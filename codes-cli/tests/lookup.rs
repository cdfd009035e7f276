//! `codes lookup`, `codes tables` and `codes list`, run as the built binary:
//! what they print, their JSON, and their exit statuses (the lookup
//! example's behaviour, which these commands replace).

mod common;

use codes_vendors::tables;
use common::run;

#[test]
fn tables_lists_every_table_with_its_row_count() {
    let (status, out, err) = run(&["tables"]);
    assert_eq!((status, err.as_str()), (0, ""));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), tables().count() + 1, "{out}");
    for (line, table) in lines[1..].iter().zip(tables()) {
        assert!(line.starts_with(table.id()), "{line}");
        assert!(line.contains(&format!(" {} ", table.len())), "{line}");
        assert!(line.contains(table.vendor()), "{line}");
    }
}

#[test]
fn tables_as_json_name_the_rust_type_and_columns() {
    let (status, out, _) = run(&["tables", "--json"]);
    assert_eq!(status, 0);
    assert_eq!(out.lines().count(), tables().count());
    for (line, table) in out.lines().zip(tables()) {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["table"], table.id());
        assert_eq!(value["codes"], table.len());
        assert_eq!(value["type"], table.int_type());
        assert_eq!(value["columns"], serde_json::json!(table.columns()));
        assert!(
            value["rust_type"]
                .as_str()
                .unwrap()
                .starts_with("codes_vendors::")
        );
    }
}

#[test]
fn list_json_has_one_object_a_row_with_every_field() {
    for table in tables() {
        let (status, out, err) = run(&["list", table.id(), "--json"]);
        assert_eq!((status, err.as_str()), (0, ""));
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), table.len());
        for (row, entry) in rows.iter().zip(table.entries()) {
            let object = row.as_object().unwrap();
            let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                [
                    "aliases",
                    "class",
                    "code",
                    "columns",
                    "deprecated",
                    "deprecation",
                    "description",
                    "group",
                    "group_title",
                    "name",
                    "table",
                    "variant"
                ]
            );
            assert_eq!(row["table"], table.id());
            match entry.code.as_int() {
                Some(code) => assert_eq!(row["code"].as_i64().map(i128::from), Some(code)),
                None => assert_eq!(row["code"].as_str(), entry.code.as_str()),
            }
            assert_eq!(row["variant"], entry.variant);
            assert_eq!(row["class"], entry.class.as_str());
            // A row the page does not describe has a null description.
            assert_eq!(row["description"].as_str(), entry.description);
            assert_eq!(row["name"].as_str(), entry.name);
            assert_eq!(row["group"].as_str(), entry.group);
            assert_eq!(row["aliases"], serde_json::json!(entry.aliases));
            assert_eq!(row["deprecated"], entry.deprecated);
            assert_eq!(row["deprecation"].as_str(), entry.deprecation);
            // Every column the table declares, with the row's value or null.
            let columns = row["columns"].as_object().unwrap();
            assert_eq!(columns.len(), table.columns().len());
            for (name, value) in entry.columns.iter() {
                let expected = value.map(|v| v.to_string());
                let shown = columns[name]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| (!columns[name].is_null()).then(|| columns[name].to_string()));
                assert_eq!(shown, expected, "{} {} {name}", table.id(), entry.code);
            }
        }
    }
}

#[test]
fn list_prints_an_aligned_table() {
    let table = tables().next().unwrap();
    let (status, out, _) = run(&["list", table.id()]);
    assert_eq!(status, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), table.len() + 1);
    // Right-aligned codes: every line's description starts at the same column
    // as the header's.
    let column = lines[0].find("description").unwrap();
    for (line, entry) in lines[1..].iter().zip(table.entries()) {
        let description = entry.description.unwrap_or("-");
        assert_eq!(line.get(column..), Some(description), "{line}");
    }
}

#[test]
fn every_row_is_found_by_code_and_by_name() {
    for table in tables() {
        for entry in table.entries() {
            let code = entry.code.to_string();
            let (status, out, _) = run(&["lookup", table.id(), &code]);
            assert_eq!(status, 0, "{} {code}", table.id());
            assert!(out.contains(&format!("code         {code}\n")), "{out}");
            assert!(
                out.contains(&format!("variant      {}\n", entry.variant)),
                "{out}"
            );
            if let Some(description) = entry.description {
                assert!(
                    out.contains(&format!("description  {description}\n")),
                    "{out}"
                );
            }
            if let Some(name) = entry.name {
                let (status, by_name, _) = run(&["lookup", table.id(), name]);
                assert_eq!((status, &by_name), (0, &out), "{} {name}", table.id());
            }
        }
    }
}

#[test]
fn a_code_without_table_is_looked_up_in_every_table() {
    let table = tables().next().unwrap();
    let entry = table.entries().next().unwrap();
    let code = entry.code.to_string();
    let (status, out, _) = run(&["lookup", &code]);
    assert_eq!(status, 0);
    let knowing: Vec<&str> = tables()
        .filter(|t| t.get(entry.code).is_some())
        .map(|t| t.id())
        .collect();
    let shown: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("table        "))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(shown, knowing);
}

#[test]
fn unknown_codes_names_and_tables_exit_with_1() {
    let table = tables().next().unwrap().id();
    let (status, out, err) = run(&["lookup", table, "987654321"]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!("codes lookup: {table} has no code 987654321\n")
    );
    let (status, _, err) = run(&["lookup", table, "NO_SUCH_NAME"]);
    assert_eq!(status, 1);
    assert!(err.contains("has no code or name NO_SUCH_NAME"));
    let (status, _, err) = run(&["lookup", "no-such-table", "1"]);
    assert_eq!(status, 1);
    assert!(
        err.starts_with("codes lookup: no table no-such-table; the tables are: clarifai, "),
        "{err}"
    );
    let (status, _, err) = run(&["list", "no-such-table"]);
    assert_eq!(status, 1);
    assert!(
        err.starts_with("codes list: no table no-such-table;"),
        "{err}"
    );
    let (status, _, err) = run(&["lookup", "987654321"]);
    assert_eq!(
        (status, err.as_str()),
        (1, "codes lookup: no table has a code 987654321\n")
    );
}

#[test]
fn bad_arguments_print_usage_and_exit_with_2() {
    for args in [
        &[][..],
        &["--nope"],
        &["lookup"],
        &["lookup", "a", "b", "c"],
        &["lookup", "--nope", "1"],
        &["list"],
        &["list", "x", "--yaml"],
        &["tables", "x"],
        &["nope"],
        &["import"],
        &["import", "x", "--format", "yaml"],
        &["diff", "clarifai"],
        &["completions", "nosh"],
    ] {
        let (status, out, err) = run(args);
        assert_eq!((status, out.as_str()), (2, ""), "{args:?}");
        // clap's message: the usage, or where to find it.
        assert!(
            err.contains("Usage: codes") || err.contains("try '--help'"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn negative_codes_are_codes_not_flags() {
    let (status, _, err) = run(&["lookup", "-987654"]);
    assert_eq!(
        (status, err.as_str()),
        (1, "codes lookup: no table has a code -987654\n")
    );
    let (status, out, _) = run(&["lookup", "bigml-dataset", "-30021"]);
    assert_eq!(status, 0);
    assert!(out.contains("code         -30021\n"), "{out}");
}

#[test]
fn a_code_two_bigml_resources_share_is_shown_for_each() {
    let (status, out, _) = run(&["lookup", "-30021"]);
    assert_eq!(status, 0);
    assert!(out.contains("table        bigml-dataset ("), "{out}");
    assert!(out.contains("table        bigml-timeseries ("), "{out}");
    assert!(
        out.contains("description  The dataset could not be created now\n"),
        "{out}"
    );
    assert!(
        out.contains("description  The time series cannot be created now\n"),
        "{out}"
    );
}

#[test]
fn rows_without_a_vendor_name_say_so() {
    let (status, out, _) = run(&["lookup", "seven-bridges", "5002"]);
    assert_eq!(status, 0);
    assert!(
        out.contains("name         (none on the vendor's page)\n"),
        "{out}"
    );
    assert!(out.contains("variant      FileNotFound\n"), "{out}");
    assert!(out.contains("class        client_error\n"), "{out}");
    assert!(out.contains("what to do   fix the request"), "{out}");
}

#[test]
fn every_row_says_where_it_comes_from() {
    // Every vendor table brought up to its sources has a `source` column;
    // each row shows it, in the text and in the JSON.
    for id in ["clarifai", "seven-bridges", "bigml-status", "bigml-http"] {
        let table = codes_vendors::table(id).unwrap();
        assert!(table.columns().contains(&"source"), "{id}");
        let (_, out, _) = run(&["list", id, "--json"]);
        for (line, entry) in out.lines().zip(table.entries()) {
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            let source = row["columns"]["source"].as_str().unwrap();
            assert!(
                ["page", "proto", "sdk"]
                    .iter()
                    .any(|s| source.starts_with(s)),
                "{id} {}: {source}",
                entry.code
            );
        }
    }
    let (status, out, _) = run(&["lookup", "clarifai", "MODEL_BUSY_PLEASE_RETRY"]);
    assert_eq!(status, 0);
    assert!(out.contains("source       proto\n"), "{out}");
    assert!(out.contains("class        retry\n"), "{out}");
    let (_, out, _) = run(&["lookup", "seven-bridges", "9032"]);
    assert!(out.contains("source       page\n"), "{out}");
    assert!(out.contains("sdk_message  (none)\n"), "{out}");
    let (_, out, _) = run(&["lookup", "seven-bridges", "5030"]);
    assert!(out.contains("source       sdk\n"), "{out}");
}

#[test]
fn aliases_find_their_row_and_deprecations_show() {
    let (status, by_alias, _) = run(&["lookup", "clarifai", "INPUT_DOWNLOAD_SUCCESS"]);
    assert_eq!(status, 0);
    let (_, by_name, _) = run(&["lookup", "clarifai", "INPUT_SUCCESS"]);
    assert_eq!(by_alias, by_name);
    assert!(
        by_name.contains("also named   INPUT_DOWNLOAD_SUCCESS\n"),
        "{by_name}"
    );
    assert!(!by_name.contains("deprecated"), "{by_name}");
    let (_, out, _) = run(&["lookup", "clarifai", "39998"]);
    assert!(
        out.contains(
            "deprecated   by the vendor: deprecate this one. Use REQUEST_DISABLED_FOR_MAINTENANCE\n"
        ),
        "{out}"
    );
    // Every alias of every table finds its row.
    for table in tables() {
        for entry in table.entries() {
            for alias in entry.aliases {
                let (status, out, _) = run(&["lookup", table.id(), alias]);
                assert_eq!(status, 0, "{} {alias}", table.id());
                assert!(
                    out.contains(&format!("code         {}\n", entry.code)),
                    "{out}"
                );
            }
        }
    }
}

#[test]
fn every_column_of_a_row_is_a_line() {
    for table in tables().filter(|t| !t.columns().is_empty()) {
        for entry in table.entries().step_by(7) {
            let (status, out, _) = run(&["lookup", table.id(), &entry.code.to_string()]);
            assert_eq!(status, 0);
            for (column, value) in entry.columns.iter() {
                let value = value.map_or_else(|| "(none)".to_owned(), |v| v.to_string());
                assert!(out.contains(&format!("{column:12} {value}\n")), "{out}");
            }
        }
    }
}

#[test]
fn help_version_and_completions() {
    let (status, out, _) = run(&["--help"]);
    assert_eq!(status, 0);
    for command in [
        "lookup",
        "tables",
        "list",
        "import",
        "diff",
        "decode",
        "completions",
    ] {
        assert!(out.contains(&format!("  {command} ")), "{out}");
    }
    let (status, out, _) = run(&["lookup", "--help"]);
    assert_eq!(status, 0);
    assert!(
        out.contains("Usage: codes lookup [TABLE] <CODE|NAME>"),
        "{out}"
    );
    let (status, out, _) = run(&["--version"]);
    assert_eq!(
        (status, out),
        (0, format!("codes {}\n", env!("CARGO_PKG_VERSION")))
    );
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (status, out, err) = run(&["completions", shell]);
        assert_eq!((status, err.as_str()), (0, ""), "{shell}");
        for command in ["lookup", "import", "diff"] {
            assert!(out.contains(command), "{shell}: {out}");
        }
    }
}

#[test]
fn grpc_is_a_table_of_the_library() {
    let (status, out, _) = run(&["lookup", "grpc", "14"]);
    assert_eq!(status, 0);
    assert!(out.contains("name         UNAVAILABLE"), "{out}");
    assert!(out.contains("class        retry"), "{out}");
    let (_, out, _) = run(&["tables"]);
    assert!(
        out.lines()
            .any(|line| line.starts_with("grpc ") && line.contains("gRPC status codes")),
        "{out}"
    );
}

#[test]
fn names_and_variants_match_in_any_case() {
    for key in [
        "model_does_not_exist",
        "ModelDoesNotExist",
        "MODEL_DOES_NOT_EXIST",
    ] {
        let (status, out, _) = run(&["lookup", "clarifai", key]);
        assert_eq!(status, 0, "{key}");
        assert!(out.contains("code         21200"), "{key}: {out}");
    }
    let (status, _, err) = run(&["lookup", "clarifai", "nope"]);
    assert_eq!(status, 1);
    assert_eq!(err, "codes lookup: clarifai has no code or name nope\n");
}

/// A table at the edges of 64 bits (the widest the macro declares; a
/// value beyond them is tested in `lookup`'s own tests, on an entry made
/// by hand).
mod wide {
    vendor_codes::status_codes! {
        /// Codes at the edges of 64 bits.
        pub enum Wide: u64 {
            /// A column at the edges of 64 bits.
            column big: i64,
            /// A text column.
            column note: Option<&'static str>,
            18446744073709551615 MAX: "The largest" => vendor_error { big: -9223372036854775808, note: "y \"quoted\"" },
            7 SMALL: "Small" => success { big: 9223372036854775807 },
        }
    }
}

#[test]
fn list_json_writes_numbers_at_the_edges_of_64_bits() {
    let table = vendor_codes::Table::of::<wide::Wide>("wide", "Wide codes");
    let mut out = Vec::new();
    codes_cli::lookup::list(&table, true, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    // In the codes' order.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "{\"aliases\":[],\"class\":\"success\",\"code\":7,\"columns\":{\"big\":9223372036854775807,\"note\":null},\"deprecated\":false,\"deprecation\":null,\"description\":\"Small\",\"group\":null,\"group_title\":null,\"name\":\"SMALL\",\"table\":\"wide\",\"variant\":\"Small\"}",
            "{\"aliases\":[],\"class\":\"vendor_error\",\"code\":18446744073709551615,\"columns\":{\"big\":-9223372036854775808,\"note\":\"y \\\"quoted\\\"\"},\"deprecated\":false,\"deprecation\":null,\"description\":\"The largest\",\"group\":null,\"group_title\":null,\"name\":\"MAX\",\"table\":\"wide\",\"variant\":\"Max\"}",
        ]
    );
}

/// Where `serde_json::Value` holds every value, the object written by
/// hand is the `Entry` as it serializes, byte for byte: every field, in
/// serde_json's order, for every built-in table.
#[test]
fn list_json_is_each_entry_as_it_serializes() {
    for table in tables() {
        let mut out = Vec::new();
        codes_cli::lookup::list(table, true, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        for (line, entry) in out.lines().zip(table.entries()) {
            let mut object = serde_json::Map::new();
            object.insert("table".into(), table.id().into());
            let serde_json::Value::Object(fields) = serde_json::to_value(entry).unwrap() else {
                panic!("an entry serializes as an object");
            };
            object.extend(fields);
            assert_eq!(line, serde_json::Value::Object(object).to_string());
        }
        assert_eq!(out.lines().count(), table.len(), "{}", table.id());
    }
}
