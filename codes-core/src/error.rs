//! The errors of the strict conversions: [`UnknownCode`], [`UnknownName`] and
//! [`UnknownClass`].
//!
//! Their `Display` and `Error` impls are written by hand rather than derived
//! with thiserror: a user's build then compiles no thiserror and no
//! thiserror-impl (a proc macro, which codes-codegen, and so the macro, would
//! wait for: it depends on codes-core) for three one-line messages.

use core::fmt;

/// A code that a table does not list, returned by the strict conversion
/// (`try_from_code`) of every generated enum.
///
/// ```
/// use codes_core::UnknownCode;
/// let err = UnknownCode::new("Acme", 12345_u32);
/// assert_eq!(err.to_string(), "unknown Acme status code 12345");
/// assert_eq!(err.code(), 12345);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode<T> {
    vendor: &'static str,
    code: T,
}

impl<T: Copy> UnknownCode<T> {
    /// The error for `code`, unknown to `vendor`'s table.
    #[must_use]
    pub const fn new(vendor: &'static str, code: T) -> Self {
        UnknownCode { vendor, code }
    }

    /// The vendor whose table was asked.
    #[must_use]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// The code that was not found.
    #[must_use]
    pub const fn code(&self) -> T {
        self.code
    }
}

impl<T: fmt::Display> fmt::Display for UnknownCode<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} status code {}", self.vendor, self.code)
    }
}

impl<T: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<T> {}

/// How many bytes of an unknown name an error keeps.
const KEPT: usize = 64;

/// Up to 64 bytes of a string, kept without allocating: a longer one is cut
/// at a character boundary and remembered as cut.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Kept {
    len: u8,
    truncated: bool,
    bytes: [u8; KEPT],
}

impl Kept {
    fn new(text: &str) -> Self {
        let mut len = text.len().min(KEPT);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; KEPT];
        bytes[..len].copy_from_slice(&text.as_bytes()[..len]);
        Kept {
            // `len <= KEPT`, which fits a `u8`.
            len: len as u8,
            truncated: len < text.len(),
            bytes,
        }
    }

    fn as_str(&self) -> &str {
        // `new` copied whole characters of a `&str`, so this cannot fail.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// The trailing mark of a cut string in messages.
    fn ellipsis(&self) -> &'static str {
        if self.truncated { "…" } else { "" }
    }
}

/// A name that a table does not list, returned by `FromStr` on every generated
/// enum.
///
/// It names the vendor, not the name: `FromStr`'s error cannot borrow the
/// string it was given, and a copy of it would make every `parse`, known
/// names too, return an 88-byte `Result` through memory instead of two
/// registers. The caller, who holds the name, adds it where a message needs
/// it (as with the standard library's `ParseIntError`).
///
/// ```
/// use codes_core::UnknownName;
/// let err = UnknownName::new("Acme");
/// assert_eq!(err.to_string(), "unknown Acme status name");
/// assert_eq!(err.vendor(), "Acme");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownName {
    vendor: &'static str,
}

impl UnknownName {
    /// The error for a name unknown to `vendor`'s table.
    #[must_use]
    pub const fn new(vendor: &'static str) -> Self {
        UnknownName { vendor }
    }

    /// The vendor whose table was asked.
    #[must_use]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} status name", self.vendor)
    }
}

impl core::error::Error for UnknownName {}

/// A name that is not one of [`Class`](crate::Class)'s, returned by its
/// `FromStr`. It keeps the name without allocating: names longer than 64
/// bytes are cut at a character boundary and shown with a trailing `…`.
///
/// ```
/// use codes_core::Class;
/// let err = "teapot".parse::<Class>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown class \"teapot\": expected success, pending, retry, informational, redirect, client_error, vendor_error or unknown"
/// );
/// assert_eq!(err.name(), "teapot");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownClass {
    name: Kept,
}

impl UnknownClass {
    /// The error for `name`.
    #[must_use]
    pub fn new(name: &str) -> Self {
        UnknownClass {
            name: Kept::new(name),
        }
    }

    /// The name that was not found, or its first 64 bytes when it was longer.
    #[must_use]
    pub fn name(&self) -> &str {
        self.name.as_str()
    }

    /// `true` when the name was longer than what is kept.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.name.truncated
    }
}

impl fmt::Display for UnknownClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown class \"{}{}\": expected {}",
            self.name.as_str(),
            self.name.ellipsis(),
            crate::class::CLASS_NAMES
        )
    }
}

impl core::error::Error for UnknownClass {}

impl fmt::Debug for UnknownClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownClass")
            .field("name", &self.name())
            .field("truncated", &self.is_truncated())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_messages_name_the_vendor() {
        let err = UnknownName::new("Seven Bridges");
        assert_eq!(err.to_string(), "unknown Seven Bridges status name");
        assert_eq!(err.vendor(), "Seven Bridges");
    }

    /// The error of `FromStr` fits two registers, with the enum beside it:
    /// `parse` returns it without going through memory.
    #[test]
    fn name_errors_are_two_words() {
        #[allow(dead_code)]
        enum Code {
            A,
            B,
        }
        assert_eq!(size_of::<UnknownName>(), 2 * size_of::<usize>());
        assert_eq!(
            size_of::<Result<Code, UnknownName>>(),
            2 * size_of::<usize>()
        );
    }

    /// All three are errors (a `dyn Error` shows their messages), with no
    /// source.
    #[test]
    fn errors_are_errors_with_their_messages() {
        use core::error::Error;
        let errors: [&dyn Error; 3] = [
            &UnknownCode::new("Acme", -7_i32),
            &UnknownName::new("Acme"),
            &UnknownClass::new("nope"),
        ];
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown[0], "unknown Acme status code -7");
        assert_eq!(shown[1], "unknown Acme status name");
        assert!(shown[2].starts_with("unknown class \"nope\": expected success, "));
        assert!(errors.iter().all(|e| e.source().is_none()));
    }

    /// The messages, byte for byte what the thiserror derives these impls
    /// replace printed, for every integer type a table may use and at the
    /// extremes.
    #[test]
    fn code_messages_for_every_width() {
        assert_eq!(
            UnknownCode::new("Acme", u16::MAX).to_string(),
            "unknown Acme status code 65535"
        );
        assert_eq!(
            UnknownCode::new("Seven Bridges", i64::MIN).to_string(),
            "unknown Seven Bridges status code -9223372036854775808"
        );
        assert_eq!(
            UnknownCode::new("", 0_u8).to_string(),
            "unknown  status code 0"
        );
    }

    #[test]
    fn class_messages_show_a_cut_name_with_its_mark() {
        let name = format!("{}é", "c".repeat(63));
        let err = UnknownClass::new(&name);
        assert!(err.is_truncated());
        assert_eq!(
            err.to_string(),
            format!(
                "unknown class \"{}…\": expected success, pending, retry, informational, redirect, client_error, vendor_error or unknown",
                "c".repeat(63)
            )
        );
        let empty = UnknownClass::new("");
        assert_eq!(
            empty.to_string(),
            "unknown class \"\": expected success, pending, retry, informational, redirect, client_error, vendor_error or unknown"
        );
    }

    /// A name with quotes and newlines is shown as it came, not escaped.
    #[test]
    fn names_are_shown_verbatim() {
        let err = UnknownClass::new("a\"b\nc");
        assert!(err.to_string().starts_with("unknown class \"a\"b\nc\": "));
    }
}
