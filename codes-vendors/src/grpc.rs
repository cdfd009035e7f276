//! gRPC's status codes as a table: the table of "Status codes and their use
//! in gRPC" (`doc/statuscodes.md` in the grpc/grpc repository), its 17
//! codes, names and descriptions as the page gives them.
//!
//! The classes follow the page's own guidance and what gRPC clients retry
//! on: `UNAVAILABLE` ("most likely a transient condition, which can be
//! corrected by retrying with a backoff"), `RESOURCE_EXHAUSTED` (a quota or
//! a server "temporarily out of resources"), `DEADLINE_EXCEEDED` and
//! `ABORTED` retry; `OK` is a success; `INTERNAL` and `DATA_LOSS` are the
//! service's failures; `UNKNOWN` is unknown; every other code asks the
//! caller to change the call. The page itself says "there is no fixed list
//! of status codes on which it is appropriate to retry in all
//! applications": a retry here is a transient failure, and a client that
//! sends non-idempotent calls decides for itself whether resending is safe.
//!
//! The gRPC code plays the part the HTTP status plays for a REST response:
//! `codes-client`'s `grpc` module (feature `tonic`) converts it from and to
//! `tonic::Code` and decides a `tonic::Status` with it.
//!
//! ```
//! use codes_vendors::grpc::Grpc;
//! use codes_vendors::Class;
//!
//! assert_eq!(Grpc::from(14), Grpc::Unavailable);
//! assert_eq!(Grpc::Unavailable.name(), Some("UNAVAILABLE"));
//! assert_eq!(Grpc::Unavailable.class(), Class::Retry);
//! assert!(!Grpc::from(17).is_known());
//! ```

codes_macros::status_codes! {
    /// gRPC's status codes: the table of "Status codes and their use in
    /// gRPC" (grpc/grpc, `doc/statuscodes.md`), with its names (as wire
    /// names) and descriptions verbatim (backticks kept as the page writes
    /// them).
    ///
    /// Source: the page's table as it stands in grpc/grpc's
    /// `doc/statuscodes.md`. Codes outside 0..=16 decode to
    /// [`Grpc::Unknown`], keeping the code.
    ///
    /// Class: see the [module documentation](self).
    #[codes(vendor = "gRPC")]
    pub enum Grpc: i32 {
        0 OK as Ok: "Not an error; returned on success." => success,
        // Cancelled by the caller: nothing for the service to do, nothing
        // transient; the caller's own decision.
        1 CANCELLED: "The operation was cancelled, typically by the caller." => client_error,
        2 UNKNOWN as UnknownError: "Unknown error. For example, this error may be returned when a `Status` value received from another address space belongs to an error space that is not known in this address space. Also errors raised by APIs that do not return enough error information may be converted to this error." => unknown,
        3 INVALID_ARGUMENT: "The client specified an invalid argument. Note that this differs from `FAILED_PRECONDITION`. `INVALID_ARGUMENT` indicates arguments that are problematic regardless of the state of the system (e.g., a malformed file name)." => client_error,
        // The page's sentence ends at "delayed long": kept as the page has it.
        4 DEADLINE_EXCEEDED: "The deadline expired before the operation could complete. For operations that change the state of the system, this error may be returned even if the operation has completed successfully. For example, a successful response from a server could have been delayed long" => retry,
        5 NOT_FOUND: "Some requested entity (e.g., file or directory) was not found. Note to server developers: if a request is denied for an entire class of users, such as gradual feature rollout or undocumented allowlist, `NOT_FOUND` may be used. If a request is denied for some users within a class of users, such as user-based access control, `PERMISSION_DENIED` must be used." => client_error,
        6 ALREADY_EXISTS: "The entity that a client attempted to create (e.g., file or directory) already exists." => client_error,
        7 PERMISSION_DENIED: "The caller does not have permission to execute the specified operation. `PERMISSION_DENIED` must not be used for rejections caused by exhausting some resource (use `RESOURCE_EXHAUSTED` instead for those errors). `PERMISSION_DENIED` must not be used if the caller can not be identified (use `UNAUTHENTICATED` instead for those errors). This error code does not imply the request is valid or the requested entity exists or satisfies other pre-conditions." => client_error,
        // A quota, or (the page's second table) a server "temporarily out
        // of resources": wait and retry.
        8 RESOURCE_EXHAUSTED: "Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file system is out of space." => retry,
        // "(c) Use `FAILED_PRECONDITION` if the client should not retry until
        // the system state has been explicitly fixed."
        9 FAILED_PRECONDITION: "The operation was rejected because the system is not in a state required for the operation's execution. For example, the directory to be deleted is non-empty, an rmdir operation is applied to a non-directory, etc. Service implementors can use the following guidelines to decide between `FAILED_PRECONDITION`, `ABORTED`, and `UNAVAILABLE`: (a) Use `UNAVAILABLE` if the client can retry just the failing call. (b) Use `ABORTED` if the client should retry at a higher level (e.g., when a client-specified test-and-set fails, indicating the client should restart a read-modify-write sequence). (c) Use `FAILED_PRECONDITION` if the client should not retry until the system state has been explicitly fixed. E.g., if an \"rmdir\" fails because the directory is non-empty, `FAILED_PRECONDITION` should be returned since the client should not retry unless the files are deleted from the directory." => client_error,
        // "(b) Use `ABORTED` if the client should retry at a higher level":
        // transient, though what to resend (the whole read-modify-write) is
        // the client's to know.
        10 ABORTED: "The operation was aborted, typically due to a concurrency issue such as a sequencer check failure or transaction abort. See the guidelines above for deciding between `FAILED_PRECONDITION`, `ABORTED`, and `UNAVAILABLE`." => retry,
        11 OUT_OF_RANGE: "The operation was attempted past the valid range. E.g., seeking or reading past end-of-file. Unlike `INVALID_ARGUMENT`, this error indicates a problem that may be fixed if the system state changes. For example, a 32-bit file system will generate `INVALID_ARGUMENT` if asked to read at an offset that is not in the range [0,2^32-1], but it will generate `OUT_OF_RANGE` if asked to read from an offset past the current file size. There is a fair bit of overlap between `FAILED_PRECONDITION` and `OUT_OF_RANGE`. We recommend using `OUT_OF_RANGE` (the more specific error) when it applies so that callers who are iterating through a space can easily look for an `OUT_OF_RANGE` error to detect when they are done." => client_error,
        12 UNIMPLEMENTED: "The operation is not implemented or is not supported/enabled in this service." => client_error,
        13 INTERNAL: "Internal errors. This means that some invariants expected by the underlying system have been broken. This error code is reserved for serious errors." => vendor_error,
        14 UNAVAILABLE: "The service is currently unavailable. This is most likely a transient condition, which can be corrected by retrying with a backoff. Note that it is not always safe to retry non-idempotent operations." => retry,
        15 DATA_LOSS: "Unrecoverable data loss or corruption." => vendor_error,
        16 UNAUTHENTICATED: "The request does not have valid authentication credentials for the operation." => client_error,
    }
}

/// The tables of this module.
pub const TABLES: &[codes_core::Table] = &[codes_core::Table::of::<Grpc>(
    "grpc",
    "gRPC status codes",
)];
