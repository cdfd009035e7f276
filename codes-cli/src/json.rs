//! JSON objects written by hand, one a line, for `codes diff --json` and
//! `codes list --json`: `serde_json::Value` holds no number beyond 64 bits
//! (`serde_json::to_value` fails on one), and a code or a column's value
//! can be one (an `i128`). Here every number is written as the number it
//! is, and nothing is dropped.

use std::collections::BTreeMap;
use std::fmt;

use codes_codegen::table::{Code, Value};

/// One JSON object, its keys in order (as `serde_json` writes a map), each
/// value already written as JSON.
#[derive(Default)]
pub(crate) struct JsonObject(BTreeMap<String, String>);

impl JsonObject {
    /// Adds `key`: a string, or `null`.
    pub(crate) fn text(self, key: &str, value: Option<&str>) -> JsonObject {
        self.raw(key, value.map_or_else(|| "null".to_owned(), string))
    }

    /// Adds `key`: `true` or `false`.
    pub(crate) fn boolean(self, key: &str, value: bool) -> JsonObject {
        self.raw(key, value.to_string())
    }

    /// Adds `key`: an array of strings.
    pub(crate) fn strings(self, key: &str, values: &[&str]) -> JsonObject {
        let items: Vec<String> = values.iter().map(|v| string(v)).collect();
        self.raw(key, format!("[{}]", items.join(",")))
    }

    /// Adds `key`: an object.
    pub(crate) fn object(self, key: &str, value: &JsonObject) -> JsonObject {
        self.raw(key, value.to_string())
    }

    /// Adds `key` with `json`, a value already written as JSON.
    pub(crate) fn raw(mut self, key: &str, json: String) -> JsonObject {
        self.0.insert(key.to_owned(), json);
        self
    }
}

impl fmt::Display for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (index, (key, value)) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}:{value}", string(key))?;
        }
        f.write_str("}")
    }
}

/// A number as JSON: its digits, beyond 64 bits too.
pub(crate) fn number(value: i128) -> String {
    value.to_string()
}

/// A string as JSON, quoted and escaped as `serde_json` writes it.
pub(crate) fn string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// A code as JSON: a number (beyond 64 bits too) or a string.
pub(crate) fn code(code: &Code) -> String {
    match code {
        Code::Int(code) => number(*code),
        Code::Str(code) => string(code),
    }
}

/// A column's value as JSON: a number (beyond 64 bits too), a boolean, a
/// string, or `null` where there is none.
pub(crate) fn value(value: Option<&Value>) -> String {
    match value {
        Some(Value::Int(value)) => number(*value),
        Some(Value::Bool(value)) => value.to_string(),
        Some(Value::Str(value)) => string(value),
        None => "null".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::{JsonObject, number};

    #[test]
    fn numbers_beyond_64_bits_and_escapes_are_written_whole() {
        let inner = JsonObject::default().raw("max", number(i128::MAX));
        let object = JsonObject::default()
            .raw("min", number(i128::MIN))
            .text("a \"key\"", Some("line\nbreak"))
            .text("none", None)
            .boolean("flag", true)
            .strings("list", &["x", "y\"z"])
            .object("inner", &inner);
        let text = object.to_string();
        assert_eq!(
            text,
            format!(
                "{{\"a \\\"key\\\"\":\"line\\nbreak\",\"flag\":true,\"inner\":{{\"max\":{}}},\"list\":[\"x\",\"y\\\"z\"],\"min\":{},\"none\":null}}",
                i128::MAX,
                i128::MIN
            )
        );
        // What serde_json reads back (its i128 as a float: it has no
        // arbitrary precision here), the keys in serde_json's own order.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["list"][1], "y\"z");
        assert_eq!(value["a \"key\""], "line\nbreak");
    }
}
