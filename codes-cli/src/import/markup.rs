//! Removing a page's markup from its text: HTML tags and entities, markdown
//! and reStructuredText emphasis, code spans, links and escapes. The words
//! are left as they are; runs of white space become one space. Markdown is
//! read with pulldown-cmark; HTML and reStructuredText by hand (no kept
//! crate reads reStructuredText's inline markup).

use pulldown_cmark::{Event, Parser};

/// `text` without HTML tags (`<a name="9023">9032</a>` is `9032`) and with
/// the common entities decoded.
pub fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        // A tag starts with a letter, `/` or `!`; anything else is a `<`.
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(end) if is_tag => rest = &after[end + 1..],
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// `text` without markdown markup, as pulldown-cmark reads it: `**bold**`,
/// `*emphasis*` and `_emphasis_`, `` `code` ``, `[links](url)` (their text),
/// autolinks (their address), backslash escapes, HTML tags (dropped) and
/// entities (decoded); white space collapsed. Each line is read as the
/// inside of a table cell (inline markup only): a line that would open a
/// block (`1. `, `- `, `# `) keeps its words.
pub fn strip_markdown(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(strip_markdown_line).collect();
    collapse(&lines.join(" "))
}

/// One line of text without its markdown markup (see [`strip_markdown`]).
fn strip_markdown_line(line: &str) -> String {
    // A zero-width space first, as an entity, so that the line starts a
    // paragraph whatever it holds (a list, a heading, a link definition, an
    // indented code block); it is punctuation to the emphasis rules, so
    // `_word_` at the start is still emphasis. It is taken out after.
    let source = format!("{ZERO_WIDTH_ENTITY}{line}");
    let text = inline_text(Parser::new(&source));
    text.strip_prefix('\u{200b}').unwrap_or(&text).to_owned()
}

const ZERO_WIDTH_ENTITY: &str = "&#8203;";

/// The text of markdown `events` as a page shows it: text and code spans,
/// a space for a line break or between blocks, HTML tags left out (their
/// text is in the events around them; entities are decoded already).
pub fn inline_text<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut out = String::new();
    for event in events {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak | Event::End(_) | Event::Rule => out.push(' '),
            Event::InlineHtml(tag) | Event::Html(tag) if breaks_line(&tag) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// `true` for an HTML tag a browser shows as a break between words
/// (`<br>`, `</p>`, `<li>`): the words on either side stay apart.
fn breaks_line(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    ["br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "hr"].contains(&name.as_str())
}

/// `text` without reStructuredText markup: `**strong**`, ``` ``literal`` ```,
/// `*emphasis*`, roles (`` :ref:`text <target>` `` is `text`), backslash
/// escapes (`\x` is `x`, an escaped space or line end is nothing, as
/// reStructuredText has them: `IllegalVersioningConfiguration\` over
/// `Exception` is one word); white space collapsed.
pub fn strip_rst(text: &str) -> String {
    let text = strip_roles(text);
    let text = text.replace("**", "").replace("``", "");
    let text = strip_single(&text, '*');
    let text = unescape_rst(&text);
    collapse(&text)
}

/// reStructuredText's escapes: `\x` is `x` for any character but white
/// space, and an escaped white space (`Ex\ ception`) is removed with its
/// backslash.
fn unescape_rst(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(next) if next.is_whitespace() => {}
            Some(next) => out.push(next),
            None => out.push(c),
        }
    }
    out
}

/// `:role:`text <target>`` and `:role:`text`` are `text`.
fn strip_roles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(":`") {
        // The role's name runs back from `start` to a `:`.
        let before = &rest[..start];
        let role = before.rfind(':').filter(|&colon| {
            let name = &before[colon + 1..];
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        let body = &rest[start + 2..];
        match (role, body.find('`')) {
            (Some(colon), Some(end)) => {
                out.push_str(&before[..colon]);
                let inner = &body[..end];
                let inner = match (inner.rfind('<'), inner.ends_with('>')) {
                    (Some(lt), true) => inner[..lt].trim_end(),
                    _ => inner,
                };
                out.push_str(inner);
                rest = &body[end + 1..];
            }
            _ => {
                out.push_str(&rest[..start + 2]);
                rest = body;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes single `mark`s that open and close emphasis (`*word*`): an
/// opening mark before a non-space, its closing one after a non-space.
fn strip_single(text: &str, mark: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut drop = vec![false; chars.len()];
    let mut index = 0;
    while index < chars.len() {
        if chars[index] == mark
            && (index == 0 || !chars[index - 1].is_alphanumeric())
            && chars
                .get(index + 1)
                .is_some_and(|c| !c.is_whitespace() && *c != mark)
        {
            let close = (index + 1..chars.len()).find(|&j| {
                chars[j] == mark
                    && !chars[j - 1].is_whitespace()
                    && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
            });
            if let Some(close) = close {
                drop[index] = true;
                drop[close] = true;
                index = close + 1;
                continue;
            }
        }
        index += 1;
    }
    chars
        .iter()
        .zip(drop)
        .filter(|(_, drop)| !drop)
        .map(|(c, _)| c)
        .collect()
}

/// Runs of white space are one space; no space at either end.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_tags_go_and_entities_are_decoded() {
        assert_eq!(strip_html("<a name=\"9023\">9032</a>"), "9032");
        assert_eq!(strip_html("<span id=\"10000\">10000</span>"), "10000");
        assert_eq!(strip_html("a < b &amp; c &gt; d"), "a < b & c > d");
        assert_eq!(strip_html("x <3"), "x <3");
    }

    #[test]
    fn markdown_markup_goes_and_words_stay() {
        assert_eq!(strip_markdown("**Files errors**"), "Files errors");
        assert_eq!(
            strip_markdown("Expecting `?project=owner/project`"),
            "Expecting ?project=owner/project"
        );
        assert_eq!(
            strip_markdown("reserved for model evaluation *errors* (per logic)"),
            "reserved for model evaluation errors (per logic)"
        );
        assert_eq!(
            strip_markdown("see [the docs](https://x.invalid/a)"),
            "see the docs"
        );
        assert_eq!(strip_markdown("a \\| b"), "a | b");
        // Underscores in identifiers are words, not emphasis.
        assert_eq!(
            strip_markdown("concepts_mutually_exclusive = false"),
            "concepts_mutually_exclusive = false"
        );
        assert_eq!(strip_markdown("2 * 3 * 4"), "2 * 3 * 4");
        assert_eq!(strip_markdown("  many   spaces\there "), "many spaces here");
    }

    /// What pulldown-cmark reads that the hand-written stripper did not:
    /// `_emphasis_`, autolinks (their address was dropped as a tag), every
    /// entity, a line that would open a block.
    #[test]
    fn markdown_as_pulldown_cmark_reads_it() {
        assert_eq!(strip_markdown("an _emphasised_ word"), "an emphasised word");
        assert_eq!(
            strip_markdown("see <https://docs.example.invalid/codes>"),
            "see https://docs.example.invalid/codes"
        );
        assert_eq!(strip_markdown("caf&eacute; &#8212; &copy;"), "café — ©");
        assert_eq!(strip_markdown("1. Retry"), "1. Retry");
        assert_eq!(strip_markdown("- a dash"), "- a dash");
        assert_eq!(strip_markdown("# not a heading"), "# not a heading");
        assert_eq!(strip_markdown("line<br>break"), "line break");
        assert_eq!(strip_markdown("<p>one</p><p>two</p>"), "one two");
        assert_eq!(strip_markdown("<b>bold</b>ly"), "boldly");
        assert_eq!(strip_markdown("two\nlines"), "two lines");
        assert_eq!(strip_markdown("![alt text](x.png) shown"), "alt text shown");
        assert_eq!(strip_markdown("`a|b` and \\*x\\*"), "a|b and *x*");
    }

    #[test]
    fn rst_markup_goes() {
        assert_eq!(
            strip_rst("**Table 1** Status codes"),
            "Table 1 Status codes"
        );
        assert_eq!(
            strip_rst("the ``Retry-After`` header"),
            "the Retry-After header"
        );
        assert_eq!(
            strip_rst(":ref:`Table 1 <modelarts_03_0094__table>` describes"),
            "Table 1 describes"
        );
        assert_eq!(
            strip_rst("The character \\`{}\\` is not allowed."),
            "The character `{}` is not allowed."
        );
        assert_eq!(strip_rst("a:b `c`"), "a:b `c`");
        // An escaped space joins (Zenko's page wraps a code over two lines of
        // its cell); an escaped letter or backslash is itself.
        assert_eq!(
            strip_rst("IllegalVersioningConfiguration\\ Exception"),
            "IllegalVersioningConfigurationException"
        );
        assert_eq!(strip_rst("a\\\\b \\n"), "a\\b n");
        assert_eq!(strip_rst("a \\\\ b"), "a \\ b");
    }
}
