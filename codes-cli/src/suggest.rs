//! A class suggested from a row's words, where they say it: "Try again
//! later" asks for a retry, "in progress" for polling, "does not exist" for
//! a fixed request. The words are matched as whole words, case aside; a row
//! whose words point to two classes, or only say that something failed
//! (whose side failed is for the author to tell), gets no suggestion.
//!
//! ```
//! use codes_cli::suggest::{suggest, Suggestion};
//! use codes_core::Class;
//!
//! let retry = suggest(Some("Try again later."), None);
//! assert_eq!(retry, Suggestion::Class { class: Class::Retry, words: vec!["try again"], from_name: false });
//! assert_eq!(suggest(Some("Custom model is currently training"), None).class(), Some(Class::Pending));
//! assert_eq!(suggest(None, Some("JOB_COMPLETED")).class(), Some(Class::Success));
//! // "failed" says no side: no suggestion.
//! assert_eq!(suggest(Some("Model training failed"), None).class(), None);
//! ```

use codes_core::Class;

/// What a row's words suggest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// One class, from these words.
    Class {
        /// The class.
        class: Class,
        /// The words that say it, as matched.
        words: Vec<&'static str>,
        /// `true` when the words are the name's (`JOB_COMPLETED`), the
        /// description saying nothing.
        from_name: bool,
    },
    /// Words that point to several classes: left for the author.
    Conflict(Vec<(Class, &'static str)>),
    /// Nothing the words say.
    None,
}

impl Suggestion {
    /// The suggested class, if there is one.
    #[must_use]
    pub fn class(&self) -> Option<Class> {
        match self {
            Suggestion::Class { class, .. } => Some(*class),
            _ => None,
        }
    }
}

/// Phrases and the class they say, first the longer ones (so that "do not
/// retry" is read before "retry").
const PHRASES: &[(&str, Class)] = &[
    // Not to be retried: a fixed request.
    ("do not retry", Class::ClientError),
    ("not retry", Class::ClientError),
    // Retry.
    ("try again", Class::Retry),
    ("try the request again", Class::Retry),
    ("retry", Class::Retry),
    ("too many requests", Class::Retry),
    ("rate limit", Class::Retry),
    ("throttled", Class::Retry),
    ("throttle", Class::Retry),
    ("currently unavailable", Class::Retry),
    ("temporarily unavailable", Class::Retry),
    ("service unavailable", Class::Retry),
    ("under maintenance", Class::Retry),
    ("undergoing maintenance", Class::Retry),
    ("busy", Class::Retry),
    // Pending.
    ("in progress", Class::Pending),
    ("pending", Class::Pending),
    ("queued", Class::Pending),
    ("in queue", Class::Pending),
    ("currently training", Class::Pending),
    ("is training", Class::Pending),
    ("still training", Class::Pending),
    ("training", Class::Pending),
    ("is evaluating", Class::Pending),
    ("deploying", Class::Pending),
    ("uploading", Class::Pending),
    ("not ready yet", Class::Pending),
    ("not yet ready", Class::Pending),
    ("is waiting", Class::Pending),
    ("being", Class::Pending),
    // Success.
    ("success", Class::Success),
    ("successful", Class::Success),
    ("successfully", Class::Success),
    ("succeeded", Class::Success),
    ("completed", Class::Success),
    ("finished", Class::Success),
    ("done", Class::Success),
    ("ok", Class::Success),
    // A request to fix.
    ("does not exist", Class::ClientError),
    ("do not exist", Class::ClientError),
    ("not found", Class::ClientError),
    ("invalid", Class::ClientError),
    ("malformed", Class::ClientError),
    ("bad request", Class::ClientError),
    ("permission denied", Class::ClientError),
    ("insufficient privileges", Class::ClientError),
    ("not enough privileges", Class::ClientError),
    ("unauthorized", Class::ClientError),
    ("forbidden", Class::ClientError),
    ("not allowed", Class::ClientError),
    ("already exists", Class::ClientError),
    ("already exist", Class::ClientError),
    ("must not be null", Class::ClientError),
    ("must not be empty", Class::ClientError),
    ("missing", Class::ClientError),
    ("not supported", Class::ClientError),
    ("unsupported", Class::ClientError),
    // The vendor's failure.
    ("internal error", Class::VendorError),
    ("internal server error", Class::VendorError),
    ("internal issue", Class::VendorError),
    ("unexpected error", Class::VendorError),
    ("went wrong on", Class::VendorError),
];

/// Words that say something did not go well without saying whose side:
/// they rule out `success` and `pending` (a "training failed" is no
/// training in progress).
const FAILURES: &[&str] = &[
    "fail",
    "failed",
    "failure",
    "error",
    "errors",
    "timed out",
    "timeout",
    "no data",
    "had no",
    "not",
    "never",
    "unknown",
    "cannot",
    "could not",
    "mixed",
    "unable",
    "denied",
    "exceeded",
];

/// The class `description` (else `name`'s words, `_` as spaces) says, if
/// it says one. In a name, a state (`pending`, `success`, `training`) is
/// read only as its last word: `MODEL_TRAINING` is pending, but
/// `MODEL_TRAINING_FAILED` is not.
#[must_use]
pub fn suggest(description: Option<&str>, name: Option<&str>) -> Suggestion {
    if let Some(description) = description {
        match of_words(description, false) {
            Suggestion::None => {}
            said => return said,
        }
    }
    match name.map(|n| of_words(&n.replace('_', " "), true)) {
        Some(Suggestion::Class { class, words, .. }) => Suggestion::Class {
            class,
            words,
            from_name: true,
        },
        Some(other) => other,
        None => Suggestion::None,
    }
}

fn of_words(text: &str, is_name: bool) -> Suggestion {
    let mut words = normalise(text);
    let mut found: Vec<(Class, &'static str)> = Vec::new();
    for (phrase, class) in PHRASES {
        // "training" alone is a state only as a name's last word (in a
        // description it is as often the noun: "model training failed").
        if *phrase == "training" && !is_name {
            continue;
        }
        let state = matches!(class, Class::Success | Class::Pending);
        let at = find_phrase(&words, phrase)
            .filter(|&at| !(is_name && state) || at + phrase.split(' ').count() == words.len());
        if let Some(at) = at {
            found.push((*class, phrase));
            // A phrase read is consumed: "do not retry" is no "retry".
            let len = phrase.split(' ').count();
            for word in &mut words[at..at + len] {
                word.clear();
            }
        }
    }
    // What is left once the phrases are read: "do not retry" and "not
    // ready yet" are read, so their "not" is no failure.
    let failed = FAILURES
        .iter()
        .any(|failure| find_phrase(&words, failure).is_some());
    if failed {
        found.retain(|(class, _)| !matches!(class, Class::Success | Class::Pending));
    }
    let mut classes: Vec<Class> = found.iter().map(|(class, _)| *class).collect();
    classes.dedup();
    classes.sort_by_key(|c| c.as_str());
    classes.dedup();
    match classes.as_slice() {
        [] => Suggestion::None,
        [class] => Suggestion::Class {
            class: *class,
            words: found.iter().map(|(_, phrase)| *phrase).collect(),
            from_name: false,
        },
        _ => Suggestion::Conflict(found),
    }
}

/// Lowercase words, punctuation dropped.
fn normalise(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Where the words of `phrase` stand in `words`, in order, if they do.
fn find_phrase(words: &[String], phrase: &str) -> Option<usize> {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    (0..words.len().saturating_sub(phrase.len() - 1)).find(|&start| {
        phrase
            .iter()
            .enumerate()
            .all(|(offset, word)| words[start + offset] == *word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(description: &str) -> Option<Class> {
        suggest(Some(description), None).class()
    }

    #[test]
    fn what_the_words_say() {
        assert_eq!(class("Try the request again"), Some(Class::Retry));
        assert_eq!(
            class("Throttler and billing stuff; making too many requests"),
            Some(Class::Retry)
        );
        assert_eq!(
            class("User service is currently unavailable."),
            Some(Class::Retry)
        );
        assert_eq!(
            class("Custom model is currently in queue for training, waiting on inputs to process."),
            Some(Class::Pending)
        );
        assert_eq!(class("Model modification pending"), Some(Class::Pending));
        assert_eq!(
            class("Custom model is currently training"),
            Some(Class::Pending)
        );
        assert_eq!(
            class("The dataset export is not ready yet"),
            Some(Class::Pending)
        );
        assert_eq!(class("Labels are being exported."), Some(Class::Pending));
        assert_eq!(
            class("Model was successfully evaluated"),
            Some(Class::Success)
        );
        assert_eq!(class("Ok"), Some(Class::Success));
        assert_eq!(
            class("Requested file does not exist."),
            Some(Class::ClientError)
        );
        assert_eq!(class("Invalid model argument"), Some(Class::ClientError));
        assert_eq!(
            class("Model evaluation unknown internal error"),
            Some(Class::VendorError)
        );
        // "Do not retry" is no retry.
        assert_eq!(
            class("The request is invalid. Do not retry the request before modification."),
            Some(Class::ClientError)
        );
    }

    #[test]
    fn what_they_leave_for_the_author() {
        // A failure, without whose.
        assert_eq!(class("Model training failed"), None);
        assert_eq!(class("Custom model training had no data"), None);
        assert_eq!(class("Model evaluation timed out"), None);
        assert_eq!(
            class("Custom model training was ONE_VS_N but with a single class"),
            None
        );
        assert_eq!(
            class("generic err msg for any type of model training err."),
            None
        );
        // Success and failure at once.
        assert_eq!(class("Mixed Success"), None);
        // Nothing said.
        assert_eq!(class("Resource moved"), None);
        assert_eq!(class("Okay-ish"), None);
        // Two classes: a conflict, with the words of each.
        let conflict = suggest(Some("Invalid request; try again later"), None);
        assert_eq!(
            conflict,
            Suggestion::Conflict(vec![
                (Class::Retry, "try again"),
                (Class::ClientError, "invalid")
            ])
        );
    }

    #[test]
    fn names_speak_when_descriptions_do_not() {
        assert_eq!(
            suggest(None, Some("UPLOAD_IN_PROGRESS")),
            Suggestion::Class {
                class: Class::Pending,
                words: vec!["in progress"],
                from_name: true
            }
        );
        assert_eq!(suggest(Some("Resource moved"), Some("MOVED")).class(), None);
        assert_eq!(suggest(None, Some("UPLOAD_FAILED")).class(), None);
        // A state is a name's last word.
        assert_eq!(
            suggest(None, Some("MODEL_TRAINING")).class(),
            Some(Class::Pending)
        );
        assert_eq!(suggest(None, Some("MODEL_TRAINING_NO_DATA")).class(), None);
        assert_eq!(
            suggest(None, Some("MODEL_TRAINING_INVALID_PARAMS")).class(),
            Some(Class::ClientError)
        );
        assert_eq!(
            suggest(None, Some("SUCCESS_WARNING_API_DEPRECATED")).class(),
            None
        );
        // The description wins over the name.
        assert_eq!(
            suggest(Some("Model is evaluating"), Some("MODEL_FAILED")).class(),
            Some(Class::Pending)
        );
    }
}
