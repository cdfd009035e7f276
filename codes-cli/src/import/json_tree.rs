//! A JSON document read into a tree that keeps what a catalogue needs and
//! `serde_json::Value` loses: the document's order of members (a `Map` is
//! sorted by key unless serde_json's `preserve_order` feature is on, and
//! features unify across the workspace, where `codes-vendors` reads response
//! bodies with the same crate), a member given twice (a `Map` keeps one),
//! each value's line, and numbers as written (`"003"`, a 30-digit code).
//!
//! The tree is read here, token by token; strings and numbers are decoded by
//! serde_json itself (each token handed to `serde_json::from_str`), so that
//! escapes and numbers read exactly as serde_json reads them.

use super::Error;

/// How deep arrays and objects may nest (serde_json's own limit).
const MAX_DEPTH: usize = 128;

/// A value, with the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The line of the value's first character.
    pub line: usize,
    /// The value.
    pub value: Json,
}

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as the document writes it (`404`, `-1.5e3`).
    Number(String),
    /// A string, its escapes decoded.
    Str(String),
    /// An array's items, in order.
    Array(Vec<Node>),
    /// An object's members, in the document's order, repeated keys kept.
    Object(Vec<Member>),
}

/// A member of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The key, its escapes decoded.
    pub key: String,
    /// The key's line.
    pub line: usize,
    /// The value.
    pub value: Node,
}

/// Reads `text` as one JSON document.
///
/// # Errors
///
/// Where the text is not JSON: the line, and the column in the message.
pub fn parse(text: &str) -> Result<Node, Error> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut parser = Parser {
        text,
        pos: start,
        line: 1,
        line_start: start,
    };
    let node = parser.value(0)?;
    parser.skip_space();
    if parser.pos < text.len() {
        return Err(parser.error("more text after the end of the JSON document"));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    /// The byte read next.
    pos: usize,
    /// The line of `pos`.
    line: usize,
    /// Where that line starts.
    line_start: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// `line N: the JSON is not valid at column C: message`, at `pos`.
    fn error_at(&self, pos: usize, message: impl std::fmt::Display) -> Error {
        let bytes = self.text.as_bytes();
        let before = bytes.get(self.line_start..pos).unwrap_or_default();
        let column = String::from_utf8_lossy(before).chars().count() + 1;
        Error::at(
            self.line,
            format!("the JSON is not valid at column {column}: {message}"),
        )
    }

    fn error(&self, message: impl std::fmt::Display) -> Error {
        self.error_at(self.pos, message)
    }

    fn skip_space(&mut self) {
        while let Some(byte) = self.peek() {
            match byte {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                _ => break,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, Error> {
        self.skip_space();
        let line = self.line;
        let value = match self.peek() {
            None => return Err(self.error("the document ends where a value should be")),
            Some(b'{' | b'[') if depth >= MAX_DEPTH => {
                return Err(self.error(format!(
                    "arrays and objects nested deeper than {MAX_DEPTH} levels"
                )));
            }
            Some(b'{') => Json::Object(self.object(depth)?),
            Some(b'[') => Json::Array(self.array(depth)?),
            Some(b'"') => Json::Str(self.string()?),
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            Some(_) => self.literal()?,
        };
        Ok(Node { line, value })
    }

    fn object(&mut self, depth: usize) -> Result<Vec<Member>, Error> {
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(members);
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the document ends inside an object (a cut file?)")),
                Some(_) => return Err(self.error("expected a key (a string in double quotes)")),
            }
            let line = self.line;
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:` after the key"));
            }
            self.pos += 1;
            let value = self.value(depth + 1)?;
            members.push(Member { key, line, value });
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(members);
                }
                None => return Err(self.error("the document ends inside an object (a cut file?)")),
                _ => return Err(self.error("expected `,` or `}` after the member")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Vec<Node>, Error> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                None => return Err(self.error("the document ends inside an array (a cut file?)")),
                _ => return Err(self.error("expected `,` or `]` after the item")),
            }
        }
    }

    /// A string token, decoded by serde_json.
    fn string(&mut self) -> Result<String, Error> {
        let start = self.pos;
        self.pos += 1;
        loop {
            match self.peek() {
                None => return Err(self.error_at(start, "the string is not closed")),
                Some(b'"') => break,
                // The escaped character is serde_json's to check.
                Some(b'\\') => self.pos = (self.pos + 2).min(self.text.len()),
                Some(b'\n') => {
                    return Err(self.error("a line break inside a string (JSON writes it \\n)"));
                }
                Some(_) => self.pos += 1,
            }
        }
        self.pos += 1;
        let token = &self.text[start..self.pos];
        serde_json::from_str::<String>(token).map_err(|e| {
            let at = token
                .char_indices()
                .nth(e.column().saturating_sub(1))
                .map_or(start, |(offset, _)| start + offset);
            self.error_at(at, strip_position(&e))
        })
    }

    /// A number token, as written, checked by serde_json.
    fn number(&mut self) -> Result<String, Error> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
        {
            self.pos += 1;
        }
        let token = &self.text[start..self.pos];
        match serde_json::from_str::<serde_json::Number>(token) {
            Ok(_) => Ok(token.to_owned()),
            Err(_) => Err(self.error_at(start, format!("`{token}` is not a number"))),
        }
    }

    fn literal(&mut self) -> Result<Json, Error> {
        let rest = &self.text[self.pos..];
        for (word, value) in [
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("null", Json::Null),
        ] {
            if rest.starts_with(word) {
                self.pos += word.len();
                return Ok(value);
            }
        }
        let found: String = rest.chars().take(12).collect();
        Err(self.error(format!(
            "expected a value (an object, array, string, number, true, false or null), found `{found}`"
        )))
    }
}

/// serde_json's message without its own ` at line 1 column N`.
fn strip_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::{Json, parse};

    /// Every string and number reads as serde_json reads it.
    #[test]
    fn values_read_as_serde_json_reads_them() {
        let text = r#"{"b": "tab\there \"q\" \\ \/ \u00e9 \ud83d\ude00 é", "a": [1, -2.5e3, 0, true, false, null, {}], "c": 123456789012345678901234567890}"#;
        let ours = parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        let Json::Object(members) = &ours.value else {
            panic!("{ours:?}")
        };
        let keys: Vec<&str> = members.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["b", "a", "c"], "the document's order");
        let Json::Str(b) = &members[0].value.value else {
            panic!()
        };
        assert_eq!(b, theirs["b"].as_str().unwrap());
        let Json::Number(c) = &members[2].value.value else {
            panic!()
        };
        assert_eq!(c, "123456789012345678901234567890", "as written");
    }

    #[test]
    fn repeated_keys_and_lines_are_kept() {
        let text = "{\n  \"a\": 1,\n  \"a\": 2,\n  \"b\": [\n    {}\n  ]\n}\n";
        let node = parse(text).unwrap();
        let Json::Object(members) = &node.value else {
            panic!()
        };
        let lines: Vec<(&str, usize)> = members.iter().map(|m| (m.key.as_str(), m.line)).collect();
        assert_eq!(lines, [("a", 2), ("a", 3), ("b", 4)]);
        let Json::Array(items) = &members[2].value.value else {
            panic!()
        };
        assert_eq!(items[0].line, 5);
    }

    #[test]
    fn malformed_documents_are_errors_with_line_and_column() {
        for (text, line, message) in [
            (
                "{\n  \"a\": 1\n  \"b\": 2\n}",
                3,
                "column 3: expected `,` or `}`",
            ),
            ("[\n  {\"a\": tru}\n]", 2, "column 9: expected a value"),
            ("{\"a\": \"x\\qy\"}", 1, "column 10: invalid escape"),
            ("{\"a\": \"x", 1, "column 7: the string is not closed"),
            ("{\"a\": 01}", 1, "column 7: `01` is not a number"),
            ("{} {}", 1, "column 4: more text after the end"),
            (
                "{\"a\": \"line\nbreak\"}",
                1,
                "a line break inside a string",
            ),
            (
                "[",
                1,
                "column 2: the document ends where a value should be",
            ),
            ("{\"é\": x}", 1, "column 7: expected a value"),
        ] {
            let error = parse(text).unwrap_err();
            assert_eq!(error.line, Some(line), "{text}: {error}");
            assert!(error.message.contains(message), "{text}: {error}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        let error = parse(&deep).unwrap_err();
        assert!(error.message.contains("nested deeper than 128"), "{error}");
        // Cut anywhere, a document is an error, never a panic.
        let text = "{\"a\": [1, \"é\\u00e9\", {\"b\": null}], \"c\": \"\\\"\"}";
        for cut in 0..text.len() {
            if let Some(prefix) = text.get(..cut) {
                assert!(parse(prefix).is_err(), "{prefix}");
            }
        }
        assert!(parse(text).is_ok());
    }
}
