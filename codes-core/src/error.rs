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
/// It keeps the name without allocating: names longer than 64 bytes are cut at
/// a character boundary and shown with a trailing `…`.
///
/// ```
/// use codes_core::UnknownName;
/// let err = UnknownName::new("Acme", "NO_SUCH_CODE");
/// assert_eq!(err.to_string(), r#"unknown Acme status name "NO_SUCH_CODE""#);
/// assert_eq!(err.name(), "NO_SUCH_CODE");
/// assert!(!err.is_truncated());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownName {
    vendor: &'static str,
    name: Kept,
}

impl UnknownName {
    /// The error for `name`, unknown to `vendor`'s table.
    #[must_use]
    pub fn new(vendor: &'static str, name: &str) -> Self {
        UnknownName {
            vendor,
            name: Kept::new(name),
        }
    }

    /// The vendor whose table was asked.
    #[must_use]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// The name that was not found, or its first 64 bytes when it was longer
    /// (see [`is_truncated`](UnknownName::is_truncated)).
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

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} status name \"{}{}\"",
            self.vendor,
            self.name.as_str(),
            self.name.ellipsis()
        )
    }
}

impl core::error::Error for UnknownName {}

impl fmt::Debug for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownName")
            .field("vendor", &self.vendor)
            .field("name", &self.name())
            .field("truncated", &self.is_truncated())
            .finish()
    }
}

/// A name that is not one of [`Class`](crate::Class)'s, returned by its
/// `FromStr`. Keeps the name as [`UnknownName`] does.
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
    fn long_names_are_cut_at_a_character_boundary() {
        // 63 ASCII bytes then a 3-byte character: byte 64 falls inside it.
        let name = format!("{}€tail", "a".repeat(63));
        let err = UnknownName::new("Acme", &name);
        assert_eq!(err.name(), "a".repeat(63));
        assert!(err.is_truncated());
        assert_eq!(
            err.to_string(),
            format!("unknown Acme status name \"{}…\"", "a".repeat(63))
        );
    }

    #[test]
    fn exact_fit_is_not_truncated() {
        let name = "b".repeat(64);
        let err = UnknownName::new("Acme", &name);
        assert_eq!(err.name(), name);
        assert!(!err.is_truncated());
        let empty = UnknownName::new("Acme", "");
        assert_eq!(empty.to_string(), "unknown Acme status name \"\"");
    }

    /// All three are errors (a `dyn Error` shows their messages), with no
    /// source.
    #[test]
    fn errors_are_errors_with_their_messages() {
        use core::error::Error;
        let errors: [&dyn Error; 3] = [
            &UnknownCode::new("Acme", -7_i32),
            &UnknownName::new("Acme", "NOPE"),
            &UnknownClass::new("nope"),
        ];
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown[0], "unknown Acme status code -7");
        assert_eq!(shown[1], "unknown Acme status name \"NOPE\"");
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
        let err = UnknownName::new("Acme", "a\"b\nc");
        assert_eq!(err.to_string(), "unknown Acme status name \"a\"b\nc\"");
    }
}
