//! Removing a page's markup from its text: HTML tags and entities, markdown
//! and reStructuredText emphasis, code spans, links and escapes. The words
//! are left as they are; runs of white space become one space.

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

/// `text` without markdown markup: `**bold**`, `*emphasis*`, `` `code` ``,
/// `[links](url)`, backslash escapes and HTML tags; white space collapsed.
pub fn strip_markdown(text: &str) -> String {
    let text = strip_html(text);
    let text = strip_links(&text);
    let text = text.replace("**", "").replace('`', "");
    let text = strip_single(&text, '*');
    let text = unescape(&text);
    collapse(&text)
}

/// `text` without reStructuredText markup: `**strong**`, ``` ``literal`` ```,
/// `*emphasis*`, roles (`` :ref:`text <target>` `` is `text`), backslash
/// escapes (`\x` is `x`, an escaped space is nothing, as reStructuredText
/// has them); white space collapsed.
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

/// `[text](target)` is `text`.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            target.find(')').map(|end| (close, close + 2 + end + 1))
        });
        match link {
            Some((close, end)) if !after[..close].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
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

/// `\x` is `x` for punctuation `x`.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
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
        // An escaped space joins; an escaped letter or backslash is itself.
        assert_eq!(
            strip_rst("IllegalVersioningConfiguration\\ Exception"),
            "IllegalVersioningConfigurationException"
        );
        assert_eq!(strip_rst("a\\\\b \\n"), "a\\b n");
    }
}
