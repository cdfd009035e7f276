//! The errors of the strict conversions: [`UnknownCode`] and [`UnknownName`].

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown {vendor} status code {code}")]
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

/// How many bytes of an unknown name an [`UnknownName`] keeps.
const KEPT: usize = 64;

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
#[derive(Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown {vendor} status name \"{}{}\"", self.name(), if self.truncated { "…" } else { "" })]
pub struct UnknownName {
    vendor: &'static str,
    len: u8,
    truncated: bool,
    bytes: [u8; KEPT],
}

impl UnknownName {
    /// The error for `name`, unknown to `vendor`'s table.
    #[must_use]
    pub fn new(vendor: &'static str, name: &str) -> Self {
        let mut len = name.len().min(KEPT);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; KEPT];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        UnknownName {
            vendor,
            // `len <= KEPT`, which fits a `u8`.
            len: len as u8,
            truncated: len < name.len(),
            bytes,
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
        // `new` copied whole characters of a `&str`, so this cannot fail.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// `true` when the name was longer than what is kept.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Debug for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownName")
            .field("vendor", &self.vendor)
            .field("name", &self.name())
            .field("truncated", &self.truncated)
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
}
