//! Streams of server-sent events (feature `serde`): a vendor that streams its
//! answer (ModelArts' model serving, OpenAI-compatible APIs) sends
//! `text/event-stream` bodies, where an error arrives as an event after an
//! HTTP 200. [`Events`] reads such a body as it arrives, chunk by chunk, in
//! bounded memory, and [`Events::decide`] decides each event's data as the
//! same body would be decided alone, so a client stops at the first event
//! that is not done or pending.
//!
//! ```
//! use codes_vendors::events::Events;
//! use codes_vendors::response::RawResponse;
//! use codes_vendors::{modelarts, Decision};
//!
//! // A stream cut into chunks anywhere, as a network delivers it (made up).
//! let chunks: [&[u8]; 3] = [
//!     b"data: {\"id\": \"1\", \"choices\": []}\n\ndata: {\"error_co",
//!     b"de\": \"ModelArts.3952\", \"error_msg\": \"Insufficient resources.\"}\n",
//!     b"\ndata: [DONE]\n\n",
//! ];
//! let head = RawResponse::new(Some(200), b"");
//! let mut events = Events::new();
//! let mut decisions = Vec::new();
//! for chunk in chunks {
//!     for event in events.feed(chunk).unwrap() {
//!         if let Some(verdict) = Events::decide(&event, &head, modelarts::decode) {
//!             decisions.push(verdict.decision);
//!         }
//!     }
//! }
//! // A piece of the answer, under HTTP 200: done so far; then ModelArts'
//! // "Insufficient resources", which its table retries; `[DONE]` decides nothing.
//! assert_eq!(decisions, [Decision::Done, Decision::Retry { after: None }]);
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use codes_core::{Basis, Decision, Headers, Verdict};

use crate::response::{DecodeError, Decoded, RawResponse};

/// The most bytes one event (and a line not yet ended) may hold by default:
/// 1 MiB. A vendor's status event is a few hundred bytes.
pub const EVENT_LIMIT: usize = 1024 * 1024;

/// One event of a stream: its type (`event:`, where it gives one) and its
/// data (its `data:` lines, joined by line breaks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    /// The `event:` field, where the event gives one (`error`).
    pub kind: Option<String>,
    /// The `data:` fields, joined by `\n`.
    pub data: String,
}

/// An event, or the line being read, grew past the limit: the stream is not
/// one of status events, and reading it further would hold it all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventTooLarge {
    /// The limit it went past, in bytes.
    pub limit: usize,
}

impl fmt::Display for EventTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a server-sent event over {} bytes", self.limit)
    }
}

impl core::error::Error for EventTooLarge {}

/// A `text/event-stream` body, read as it arrives (the WHATWG's
/// server-sent events format: lines of `field: value`, an event ended by a
/// blank line, `:` comments).
#[derive(Clone, Debug)]
pub struct Events {
    /// The bytes of a line not yet ended.
    line: Vec<u8>,
    /// The event being read.
    event: Event,
    /// How many `data:` lines the event being read has: an event with none
    /// is not given (as the format says).
    data_lines: usize,
    limit: usize,
}

impl Default for Events {
    fn default() -> Self {
        Events::new()
    }
}

impl Events {
    /// A stream with the default limit, [`EVENT_LIMIT`].
    #[must_use]
    pub const fn new() -> Events {
        Events::with_limit(EVENT_LIMIT)
    }

    /// A stream whose events (and lines) may hold at most `limit` bytes.
    #[must_use]
    pub const fn with_limit(limit: usize) -> Events {
        Events {
            line: Vec::new(),
            event: Event {
                kind: None,
                data: String::new(),
            },
            data_lines: 0,
            limit,
        }
    }

    /// Reads the next chunk of the body, cut anywhere, and gives the events
    /// it completes.
    ///
    /// # Errors
    ///
    /// [`EventTooLarge`] when an event or a line grows past the limit.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<Event>, EventTooLarge> {
        let mut done = Vec::new();
        for &byte in chunk {
            if byte != b'\n' {
                if self.line.len() + self.event.data.len() >= self.limit {
                    return Err(EventTooLarge { limit: self.limit });
                }
                self.line.push(byte);
                continue;
            }
            let line = core::mem::take(&mut self.line);
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            if let Some(event) = self.line_ended(line) {
                done.push(event);
            }
        }
        Ok(done)
    }

    /// The event the body's end completes, if its last one had no blank
    /// line after it.
    #[must_use]
    pub fn finish(mut self) -> Option<Event> {
        let line = core::mem::take(&mut self.line);
        if !line.is_empty() {
            self.line_ended(&line);
        }
        (self.data_lines > 0).then_some(self.event)
    }

    /// A line read: a field of the event, or the blank line that ends it.
    fn line_ended(&mut self, line: &[u8]) -> Option<Event> {
        if line.is_empty() {
            let lines = core::mem::take(&mut self.data_lines);
            let event = core::mem::take(&mut self.event);
            return (lines > 0).then_some(event);
        }
        if line.starts_with(b":") {
            return None; // a comment
        }
        let (name, value) = match line.iter().position(|&b| b == b':') {
            Some(at) => (&line[..at], &line[at + 1..]),
            None => (line, &b""[..]),
        };
        let value = value.strip_prefix(b" ").unwrap_or(value);
        let value = String::from_utf8_lossy(value);
        match name {
            b"data" => {
                if self.data_lines > 0 {
                    self.event.data.push('\n');
                }
                self.event.data.push_str(&value);
                self.data_lines += 1;
            }
            b"event" => self.event.kind = Some(value.into_owned()),
            // `id`, `retry` and unknown fields say nothing of a status.
            _ => {}
        }
        None
    }

    /// The verdict of one event: its data decoded by `decode` (a vendor's
    /// entry point) as a body with `head`'s HTTP status and headers; `None`
    /// for an event whose data is no JSON object (OpenAI's closing
    /// `[DONE]`, a keep-alive). An `error` event whose data is no body of
    /// the vendor's is a failure all the same.
    pub fn decide<H, B, F>(event: &Event, head: &RawResponse<'_, H>, decode: F) -> Option<Verdict>
    where
        H: Headers + ?Sized,
        F: FnOnce(&RawResponse<'_, H>) -> Result<Decoded<B>, DecodeError>,
    {
        let is_object = event.data.trim_start().starts_with('{');
        let error = event.kind.as_deref() == Some("error");
        if !is_object && !error {
            return None;
        }
        let raw = RawResponse {
            body: event.data.as_bytes(),
            ..*head
        };
        match decode(&raw) {
            Ok(decoded) => Some(decoded.verdict),
            // An error nobody can read is a failure nothing decided.
            Err(_) if error => Some(Verdict {
                decision: Decision::Unknown,
                basis: Basis::Body,
            }),
            // An event of another shape (a piece of the answer itself):
            // nothing to decide.
            Err(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event of `body`, fed in chunks of `size` bytes.
    fn events(body: &[u8], size: usize) -> Vec<Event> {
        let mut events = Events::new();
        let mut all = Vec::new();
        for chunk in body.chunks(size) {
            all.extend(events.feed(chunk).unwrap());
        }
        all.extend(events.finish());
        all
    }

    fn event(kind: Option<&str>, data: &str) -> Event {
        Event {
            kind: kind.map(String::from),
            data: data.into(),
        }
    }

    #[test]
    fn events_are_read_wherever_the_chunks_cut() {
        let body = b": a comment\r\nevent: error\r\ndata: {\"a\":\r\ndata: 1}\r\n\r\nid: 7\nretry: 10\ndata:no space\n\nevent: only a type\n\ndata: last, unended";
        let expected = [
            event(Some("error"), "{\"a\":\n1}"),
            event(None, "no space"),
            event(None, "last, unended"),
        ];
        for size in 1..=body.len() {
            assert_eq!(events(body, size), expected, "chunks of {size}");
        }
    }

    #[test]
    fn an_event_past_the_limit_is_an_error() {
        let mut events = Events::with_limit(16);
        assert_eq!(events.feed(b"data: 0123456789\n").unwrap(), []);
        assert_eq!(
            events.feed(b"data: more than the limit"),
            Err(EventTooLarge { limit: 16 })
        );
        let mut events = Events::with_limit(16);
        let long_line = [b'x'; 17];
        assert!(events.feed(&long_line).is_err());
        assert_eq!(
            EventTooLarge { limit: 16 }.to_string(),
            "a server-sent event over 16 bytes"
        );
    }
}
