//! A user's crate: tables that use every feature of `status_codes!`.
//!
//! It builds with missing docs and every warning denied, `no_std`, and with
//! clippy's warnings denied in CI: what the macro generates must pass all of
//! them in the user's crate.
#![no_std]
#![deny(missing_docs, warnings)]

vendor_codes::status_codes! {
    /// Status codes of the Acme API.
    ///
    /// A table with groups, ranges, default classes, string names, rows
    /// without names or descriptions, and per-row attributes.
    #[codes(vendor = "Acme")]
    #[non_exhaustive]
    pub enum Acme: u32 {
        /// Codes that apply to every request.
        group Generic "Generic Codes: 10xxx" (10000..=10999) => vendor_error {
            10000 SUCCESS: "Ok" => success,
            10010 MIXED_STATUS: "Mixed Success" => success,
            10020 FAILURE: "Failure",
            10030 TRY_AGAIN: "Try the request again" => retry,
            10040 NOT_IMPLEMENTED,
        }
        group Model "Model/Custom Training Related Codes: 21xxx" (21000..=21999) => client_error {
            21100 MODEL_TRAINED: "Custom model has been already trained" => success,
            21101 MODEL_TRAINING: "Custom model is currently training" => pending,
            21200 MODEL_DOES_NOT_EXIST: "Model does not exist",
            /// The old name of `MODEL_DOES_NOT_EXIST`.
            #[deprecated = "use `ModelDoesNotExist`"]
            21201 MODEL_NOT_FOUND: "Model not found <legacy> [v1] *bold* `tick`",
        }
        /// A section nested in the previous one's range, as pages nest them.
        group Evaluation "Model Evaluation Codes: 213xx" (21300..=21399) => vendor_error {
            21310 MODEL_EVALUATION_FAILED: "Model evaluation failed",
        }
        /// A group without range or class: its rows carry their own.
        group Files "File codes" {
            5001 as FileNotFound: "File not found" => client_error,
            5002 "Upload Failed (v2)": "The upload failed" => vendor_error,
            5003 "I'm busy" as Busy => retry,
        }
        // An ungrouped row.
        99999 INTERNAL_ISSUE: "Internal issue" => vendor_error,
    }
}

vendor_codes::status_codes! {
    /// BigML-like resource statuses: negative codes, and a real status named
    /// `Unknown`, so the catch-all is renamed.
    #[codes(vendor = "Ledger", unknown = Other, group_enum = LedgerSection)]
    pub enum Ledger: i32 => pending {
        group Running (0..=4) {
            0 "Waiting": "The resource is waiting",
            1 "Queued",
            4 "Summarized": "Computed, not serialized yet",
        }
        5 "Finished": "The task is completed" => success,
        -1 "Faulty": "The task has failed" => vendor_error,
        -2 "Unknown": "A state that cannot be verified" => unknown,
        -40021 as ModelNotNow: "The model cannot be created now" => retry,
    }
}

vendor_codes::status_codes! {
    /// An HTTP table: classes default to RFC 9110's.
    #[codes(vendor = "Web", http)]
    pub enum Web: u16 {
        200 "OK": "The request succeeded",
        202 "Accepted": "Accepted, in progress" => pending,
        301 "Moved Permanently",
        404 "Not Found": "Nothing here",
        429 "Too Many Requests",
        500 "Internal Server Error",
        503 "Service Unavailable",
    }
}

codes_macros::status_codes! {
    /// The macro used directly, with the path to `codes_core` given.
    #[codes(crate = ::vendor_codes::__private::codes_core)]
    pub(crate) enum Tiny: u8 => client_error {
        0 ZERO,
        255 MAX: "The largest u8",
    }
}

vendor_codes::status_codes! {
    /// The extremes of the widest types.
    pub enum Wide: i64 => vendor_error {
        -9223372036854775808 MIN: "i64::MIN",
        9223372036854775807 MAX: "i64::MAX",
    }
}

vendor_codes::status_codes! {
    /// The largest unsigned codes.
    pub enum Huge: u64 => vendor_error {
        0 ZERO,
        18446744073709551615 MAX: "u64::MAX",
    }
}

vendor_codes::status_codes! {
    /// Sparse unsigned codes across the whole width: more than a few rows, so
    /// a one-multiply hash in 64 bits finds them.
    pub enum SparseWide: u64 => vendor_error {
        1 A1: "1",
        1000 A2: "1000",
        20000 A3: "20000",
        300000 A4: "300000",
        4000000 A5: "4000000",
        50000000 A6: "50000000",
        600000000 A7: "600000000",
        7000000000 A8: "7000000000",
        80000000000 A9: "80000000000",
        18446744073709551615 MAX: "u64::MAX",
    }
}

vendor_codes::status_codes! {
    /// Sparse signed codes across the whole width, hashed in 64 bits.
    pub enum SparseSigned: i64 => vendor_error {
        -9223372036854775808 MIN: "i64::MIN",
        -1 MINUS_ONE: "-1",
        5 FIVE: "5",
        42 FORTY_TWO: "42",
        77 SEVENTY_SEVEN: "77",
        4242 E: "4242",
        123456 B: "123456",
        424242 F: "424242",
        9999999999 C: "9999999999",
        9223372036854775807 MAX: "i64::MAX",
    }
}

vendor_codes::status_codes! {
    /// Sparse negative and positive `i32` codes, hashed in 32 bits.
    pub enum SparseNarrow: i32 => client_error {
        -40021 N1: "-40021",
        -1200 N2: "-1200",
        -5 N3: "-5",
        10000 P1: "10000",
        20000 P2: "20000",
        30000 P3: "30000",
        40000 P4: "40000",
        50000 P5: "50000",
        90000 P6: "90000",
        2147483647 MAX: "i32::MAX",
    }
}

vendor_codes::status_codes! {
    /// Small signed codes.
    pub enum Small: i8 => client_error {
        -128 MIN,
        127 MAX,
    }
}

vendor_codes::status_codes! {
    /// Sixteen-bit signed codes, private to the crate.
    enum Private: i16 => client_error {
        -300 NEGATIVE,
        300 POSITIVE,
    }
}

vendor_codes::status_codes! {
    /// Sparse negative codes, more than a few: found by perfect hash.
    pub enum Sparse: i32 => client_error {
        -1100 UNAUTHORIZED_USE, -1101 NOT_ENOUGH_CREDITS, -1102 WRONG_RESOURCE,
        -1104 CLONED_PUBLIC, -1105 PRICE_FIXED, -1107 TOO_MANY_PROJECTS,
        -1108 TOO_MANY_TASKS, -1109 SUBSCRIPTION_REQUIRED, -1200 MISSING_PARAMETER,
        -1201 INVALID_ID, -2000 SOURCE_UNREADABLE, -30021 DATASET_NOT_NOW => retry,
        -40021 MODEL_NOT_NOW => retry,
    }
}

vendor_codes::status_codes! {
    /// Dense codes around zero: found by one array index.
    pub enum Dense: i8 => pending {
        -2 UNKNOWN_STATE => unknown, -1 FAULTY => vendor_error, 0 WAITING, 1 QUEUED,
        2 STARTED, 3 IN_PROGRESS, 4 SUMMARIZED, 5 FINISHED => success,
        7 SKIPPED_SIX => success,
    }
}

vendor_codes::status_codes! {
    /// Names alike in their length and first and last 16 bytes: found by
    /// the hash that reads every word.
    pub enum Alike: u16 => client_error {
        100 THE_SAME_PREFIX_ONE_0000_THE_SAME_SUFFIX_TWO,
        101 THE_SAME_PREFIX_ONE_0001_THE_SAME_SUFFIX_TWO,
        102 THE_SAME_PREFIX_ONE_0002_THE_SAME_SUFFIX_TWO,
        103 THE_SAME_PREFIX_ONE_0003_THE_SAME_SUFFIX_TWO,
        104 THE_SAME_PREFIX_ONE_0004_THE_SAME_SUFFIX_TWO,
        105 THE_SAME_PREFIX_ONE_0005_THE_SAME_SUFFIX_TWO,
        106 THE_SAME_PREFIX_ONE_0006_THE_SAME_SUFFIX_TWO,
        107 THE_SAME_PREFIX_ONE_0007_THE_SAME_SUFFIX_TWO,
        108 THE_SAME_PREFIX_ONE_0008_THE_SAME_SUFFIX_TWO,
        109 THE_SAME_PREFIX_ONE_0009_THE_SAME_SUFFIX_TWO,
        110 THE_SAME_PREFIX_ONE_0010_THE_SAME_SUFFIX_TWO,
        111 THE_SAME_PREFIX_ONE_0011_THE_SAME_SUFFIX_TWO,
    }
}

/// `Tiny` and `Private` are not public: a function that uses them keeps them
/// from being dead code, as the user of a private table would.
#[must_use]
pub fn private_tables_work() -> bool {
    Tiny::from(255).is_known() && Private::from(-300).is_known() && !Private::from(0).is_known()
}

vendor_codes::status_codes! {
    /// A table with everything issue 8 added: typed columns, other names,
    /// rows the vendor deprecates, a class for a group's unlisted codes, and
    /// rows and groups under `cfg`.
    #[codes(vendor = "Platform")]
    pub enum Platform: u32 => client_error {
        /// The HTTP status the vendor sends with the code.
        column http: u16,
        column solution: Option<&'static str>,
        column source: &'static str = "page",
        column billable: bool = false,
        group Inputs "Input codes: 30xxx" (30000..=30999) => success {
            30000 INPUT_SUCCESS | INPUT_DOWNLOAD_SUCCESS | "Download OK": "Download complete" { http: 200 },
            #[codes(deprecated = "use INPUT_SUCCESS")]
            30001 INPUT_DOWNLOAD_DONE: "Done" { http: 200, source: "proto" },
            #[codes(deprecated)]
            30002 INPUT_OLD => client_error { http: 400, solution: "Send it again as a new input." },
        }
        /// Every code of this section asks to retry, listed or not.
        #[codes(unlisted = retry)]
        group Throttle "Throttle codes: 11xxx" (11000..=11999) => retry {
            11005 CONN_THROTTLED: "Making too many requests" { http: 429, billable: true },
        }
        group Extra (40000..=40999) {
            40000 ALWAYS { http: 400 },
            /// Compiled in only with the user crate's `extra` feature.
            #[cfg(feature = "extra")]
            40001 EXTRA_ONLY: "Only with the extra feature" { http: 400 },
            #[cfg(any())]
            40002 NEVER { http: 400 },
        }
        #[cfg(feature = "extra")]
        group Gated (50000..=50999) => vendor_error {
            50000 GATED { http: 500 },
        }
    }
}

/// What an SDK in the table's own crate does with each code: an exhaustive
/// match, without a wildcard arm, compiles although the enum is
/// `#[non_exhaustive]` (that only binds other crates).
#[must_use]
pub fn platform_action(code: Platform) -> &'static str {
    match code {
        Platform::InputSuccess | Platform::InputDownloadDone => "done",
        Platform::InputOld | Platform::Always => "fix the request",
        Platform::ConnThrottled => "retry",
        #[cfg(feature = "extra")]
        Platform::ExtraOnly | Platform::Gated => "extra",
        Platform::Unknown(_) => "unknown",
    }
}

vendor_codes::status_codes! {
    /// A table whose generated enums are exhaustive: adding a row to it is a
    /// breaking change for its users.
    #[codes(exhaustive)]
    pub enum Closed: u8 => success {
        group Only { 1 ONE }
        2 TWO,
    }
}

vendor_codes::status_codes! {
    /// A table compiled in when its cfg holds: every generated item follows.
    #[cfg(all())]
    pub enum Gated: u8 => success {
        1 ONE,
    }
}

vendor_codes::status_codes! {
    /// A table compiled out: nothing is generated, nothing fails.
    #[cfg(any())]
    pub enum Never: u8 => success {
        1 ONE,
    }
}

vendor_codes::status_codes! {
    /// A string-keyed table, as Huawei Cloud's and AWS's APIs send codes:
    /// groups by prefix, a class for a prefix's unlisted codes, columns,
    /// symbolic names and aliases.
    #[codes(vendor = "Cloud")]
    pub enum Cloud: &str => client_error {
        column http: u16,
        group Training "Training codes" ("Cloud.49") => success {
            "Cloud.4900": "The training job has been prepared." { http: 200 },
            "Cloud.4902": "Labels are being exported." => pending { http: 200 },
        }
        #[codes(unlisted = retry)]
        group Throttling ("Cloud.Throttle.") => retry {
            "Cloud.Throttle.Api" THROTTLED | ThrottlingException: "Too many requests" { http: 429 },
        }
        "Cloud.0101": "Invalid parameter." { http: 400 },
        "Cloud.0102" as MissingWorkspace: "The workspace does not exist." { http: 400 },
        "card_declined": "The card was declined." { http: 402 },
        "Cloud.0104": "Parameter error with \"quotes\" and {0}." { http: 400 },
        "Cloud.0105" { http: 400 },
        "Cloud.0106": "Sixth." { http: 400 },
        "Cloud.0107": "Seventh." { http: 400 },
        "Cloud.0108": "Eighth." { http: 400 },
        "Cloud.0109": "Ninth." { http: 400 },
    }
}

vendor_codes::status_codes! {
    /// A small string-keyed table: found by a binary search, not a hash.
    pub enum Few: &'static str => vendor_error {
        "b": "Bee",
        "a": "Ay",
        "c" CEE,
    }
}

vendor_codes::status_codes! {
    /// Variants named as the associated types of the traits the enum
    /// implements (`FromStr::Err`, `TryFrom::Error`): a vendor's `ERR`.
    pub enum Outcome: u16 => client_error {
        0 OK: "Fine" => success,
        1 ERR: "Failed",
        2 ERROR: "Failed too",
    }
}

vendor_codes::status_codes! {
    /// A small string-keyed table (scanned, not hashed) whose first row
    /// has two codes, as a vendor that renamed one sends either.
    pub enum Renamed: &'static str => client_error {
        "NoSuchKey" | "KeyNotFound": "The key does not exist.",
        "SlowDown": "Reduce your request rate." => retry,
    }
}

/// Tables declared where the user's module shadows every name the
/// generated code could take from the prelude or the primitive types: the
/// generated block names them through `use`s of its own.
pub mod shadowed {
    #![allow(non_camel_case_types, dead_code, missing_docs)]
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct From;
    pub struct PartialEq;
    pub struct Ord;
    pub struct Hash;
    pub struct u8;
    pub struct u16;
    pub struct u32;
    pub struct usize;
    pub struct str;
    pub struct bool;
    pub mod fmt {}
    pub mod hash {}
    pub mod __c {}
    pub mod __p {}

    vendor_codes::status_codes! {
        /// Codes with groups, aliases, a column and a deprecated row,
        /// among shadowed names.
        pub enum Shadowed: u16 => client_error {
            column http: u16 = 500,
            group Low "Low codes" (0..=9) => success {
                0 OK | FINE: "Fine" { http: 200 },
                #[codes(deprecated = "use OK")]
                1 OLD_OK,
            }
            10 FAILED: "Failed" => vendor_error,
            11 NONE => unknown,
            12 SOME => client_error,
            13 ERR, 14 E14, 15 E15, 16 E16, 17 E17, 18 E18, 19 E19,
        }
    }

    vendor_codes::status_codes! {
        /// A string-keyed table among shadowed names.
        pub enum ShadowedStr: &'static str => client_error {
            "Some" | "Some.Other": "A string code",
            "None" => retry,
        }
    }
}
