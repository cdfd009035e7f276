//! [`Class`]: what a status code asks of the client, the same for every vendor.

use core::fmt;

/// What a status code asks the client to do next, shared by every vendor.
///
/// Each table decides the class of every row from the vendor's own words, so a
/// client can decide retries, polling and error reporting without knowing any
/// vendor's numbers:
///
/// ```
/// use codes_core::Class;
///
/// fn next_step(class: Class) -> &'static str {
///     match class {
///         Class::Success => "done",
///         Class::Pending => "poll again",
///         Class::Retry => "retry with backoff",
///         Class::Informational => "wait for the final response",
///         Class::Redirect => "look where the response points",
///         Class::ClientError => "fix the request",
///         Class::VendorError => "report the vendor's failure",
///         Class::Unknown => "treat as a failure",
///     }
/// }
/// assert_eq!(next_step(Class::for_http_status(503)), "retry with backoff");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// The request succeeded and its work is complete: nothing more to do.
    Success,
    /// Accepted and still in progress (queued, training, deploying): ask again
    /// later, the same request will eventually report another class.
    Pending,
    /// A transient failure (throttled, busy, unavailable, timed out): send the
    /// same request again after a backoff.
    Retry,
    /// An interim answer (HTTP 1xx): the final response is still to come.
    Informational,
    /// The answer is elsewhere (HTTP 3xx): follow the location the response
    /// gives, or use the cached copy.
    Redirect,
    /// The request is wrong and sending it again will fail again: fix it. This
    /// includes authentication, permissions, quotas and resources that do not
    /// exist.
    ClientError,
    /// The request failed on the vendor's side and is not known to be
    /// transient: report it; retrying blindly is unlikely to help.
    VendorError,
    /// A code the table does not know, or a row whose page does not say what it
    /// means. Treat it as a failure rather than waiting on it.
    Unknown,
}

impl Class {
    /// Every class, in declaration order.
    pub const ALL: [Class; 8] = [
        Class::Success,
        Class::Pending,
        Class::Retry,
        Class::Informational,
        Class::Redirect,
        Class::ClientError,
        Class::VendorError,
        Class::Unknown,
    ];

    /// The class RFC 9110 gives an HTTP status code.
    ///
    /// 1xx is [`Informational`](Class::Informational), 2xx
    /// [`Success`](Class::Success), 3xx [`Redirect`](Class::Redirect), 4xx
    /// [`ClientError`](Class::ClientError) except 408 (Request Timeout) and 429
    /// (Too Many Requests), which are [`Retry`](Class::Retry), 5xx
    /// [`VendorError`](Class::VendorError) except 502, 503 and 504, which are
    /// [`Retry`](Class::Retry). RFC 9110 §15 asks a client to treat an
    /// unrecognised code as the x00 code of its class, so this also classes
    /// codes no table lists; anything outside 100..=599 is
    /// [`Unknown`](Class::Unknown).
    ///
    /// ```
    /// use codes_core::Class;
    /// assert_eq!(Class::for_http_status(204), Class::Success);
    /// assert_eq!(Class::for_http_status(429), Class::Retry);
    /// assert_eq!(Class::for_http_status(451), Class::ClientError);
    /// assert_eq!(Class::for_http_status(599), Class::VendorError);
    /// assert_eq!(Class::for_http_status(600), Class::Unknown);
    /// ```
    #[must_use]
    pub const fn for_http_status(code: u16) -> Class {
        match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirect,
            408 | 429 => Class::Retry,
            400..=499 => Class::ClientError,
            502..=504 => Class::Retry,
            500..=599 => Class::VendorError,
            _ => Class::Unknown,
        }
    }

    /// The class's name in the table syntax of `status_codes!`
    /// (`client_error`), which is also its serialized form.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::Success => "success",
            Class::Pending => "pending",
            Class::Retry => "retry",
            Class::Informational => "informational",
            Class::Redirect => "redirect",
            Class::ClientError => "client_error",
            Class::VendorError => "vendor_error",
            Class::Unknown => "unknown",
        }
    }

    /// The class whose [`as_str`](Class::as_str) is `name`, exactly.
    #[must_use]
    pub const fn from_name(name: &str) -> Option<Class> {
        let mut i = 0;
        while i < Class::ALL.len() {
            if crate::private::str_eq(Class::ALL[i].as_str(), name) {
                return Some(Class::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// What a client should do on a code of this class, in a sentence: the
    /// [`advice`](crate::Decision::advice) of its
    /// [`Decision`](crate::Decision::from_class).
    #[must_use]
    pub const fn action(self) -> &'static str {
        crate::Decision::from_class(self).advice()
    }

    /// `true` for [`Success`](Class::Success).
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self, Class::Success)
    }

    /// `true` for [`Pending`](Class::Pending) and
    /// [`Informational`](Class::Informational): the answer is not final yet.
    #[must_use]
    pub const fn is_pending(self) -> bool {
        matches!(self, Class::Pending | Class::Informational)
    }

    /// `true` for [`Retry`](Class::Retry): the same request may succeed later.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(self, Class::Retry)
    }

    /// `true` for [`ClientError`](Class::ClientError),
    /// [`VendorError`](Class::VendorError) and [`Unknown`](Class::Unknown).
    #[must_use]
    pub const fn is_error(self) -> bool {
        matches!(
            self,
            Class::ClientError | Class::VendorError | Class::Unknown
        )
    }

    /// `true` when asking again will not change the answer: every class but
    /// [`Pending`](Class::Pending), [`Informational`](Class::Informational) and
    /// [`Retry`](Class::Retry). [`Unknown`](Class::Unknown) is terminal, so that
    /// a code nobody knows never keeps a client polling.
    #[must_use]
    pub const fn is_terminal(self) -> bool {
        !matches!(self, Class::Pending | Class::Informational | Class::Retry)
    }
}

/// The names of every class, for messages.
#[doc(hidden)]
pub const CLASS_NAMES: &str =
    "success, pending, retry, informational, redirect, client_error, vendor_error or unknown";

impl core::str::FromStr for Class {
    type Err = crate::UnknownClass;

    /// The class named `name` in the table syntax (`client_error`), as
    /// [`from_name`](Class::from_name).
    fn from_str(name: &str) -> Result<Class, Self::Err> {
        Class::from_name(name).ok_or_else(|| crate::UnknownClass::new(name))
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Class;

    #[test]
    fn http_classes_follow_rfc_9110() {
        let expect = |range: core::ops::RangeInclusive<u16>, class: Class| {
            for code in range {
                if ![408, 429, 502, 503, 504].contains(&code) {
                    assert_eq!(Class::for_http_status(code), class, "{code}");
                }
            }
        };
        expect(0..=99, Class::Unknown);
        expect(100..=199, Class::Informational);
        expect(200..=299, Class::Success);
        expect(300..=399, Class::Redirect);
        expect(400..=499, Class::ClientError);
        expect(500..=599, Class::VendorError);
        expect(600..=u16::MAX, Class::Unknown);
        for code in [408, 429, 502, 503, 504] {
            assert_eq!(Class::for_http_status(code), Class::Retry);
        }
    }

    #[test]
    fn names_round_trip_and_predicates_partition() {
        for class in Class::ALL {
            assert_eq!(Class::from_name(class.as_str()), Some(class));
            assert_eq!(
                class.is_terminal(),
                !(class.is_pending() || class.is_retryable())
            );
        }
        assert_eq!(Class::from_name("Success"), None);
        assert_eq!("retry".parse::<Class>(), Ok(Class::Retry));
        assert_eq!("Retry".parse::<Class>().unwrap_err().name(), "Retry");
        assert_eq!(Class::from_name(""), None);
        assert!(Class::Unknown.is_terminal() && Class::Unknown.is_error());
        assert!(!Class::Success.is_error());
    }
}
