//! The Seven Bridges Platform API's error codes.
//!
//! [`SevenBridges`] is the table of the page "API status codes" of the Seven
//! Bridges Platform API documentation: 4-digit codes grouped by thousands, one
//! group per API area, and the 5-digit general validation errors. The page
//! gives codes and descriptions only, so every variant is named here from its
//! description (`as` in the table); no code has a wire name.
//!
//! The page's table holds 131 code rows; the table here has 130 codes: code
//! 6009 appears on the page twice, with two meanings (see
//! [`SevenBridges::AppRevisionInvalid`]). Descriptions are the page's, without
//! its markup (anchors, `**bold**`, `` `code` `` backticks).
//!
//! With the `serde` feature, `ErrorResponse` decodes the Platform's error
//! body (`status`, `code`, `message`, `more_info`, or `{"code": 0}` alone
//! during maintenance), `Response` any body with its bulk records, and
//! `decode` is the entry point from an HTTP response to the body and the
//! decision (honouring `Retry-After` and the Platform's `X-RateLimit-Reset`).
//!
//! ```
//! use codes_vendors::seven_bridges::SevenBridges;
//! use codes_vendors::Class;
//!
//! let code = SevenBridges::from(5002);
//! assert_eq!(code, SevenBridges::FileNotFound);
//! assert_eq!(code.description(), Some("Requested file does not exist."));
//! assert_eq!(code.class(), Class::ClientError);
//! // Maintenance and rate limit: wait and send the request again.
//! assert!(SevenBridges::from(0).class().is_retryable());
//! assert!(SevenBridges::from(1000).class().is_retryable());
//! ```

codes_macros::status_codes! {
    /// The Seven Bridges Platform API's error codes (the `code` of an error
    /// response), grouped as the page groups them: by thousands
    /// (`5xxx` Files errors), and `9xxxx` for the general validation errors.
    ///
    /// Every group's range is its heading's (`5xxx`: `5000..=5999`, `9xxxx`:
    /// `90000..=99999`); every row the page puts under a heading lies in its
    /// range. Codes the page skips (6005, 9020, 9026, ...) are not listed: they
    /// decode to [`SevenBridges::Unknown`], keeping the code.
    #[codes(vendor = "Seven Bridges")]
    pub enum SevenBridges: u32 {
        // Group titles: the two cells of the page's heading row, without their
        // `**bold**` ("2xxx:" and "User errors"); the colons are the page's.
        /// Class: `retry`. The page says the Platform is *currently* under maintenance:
        /// a transient state, and Seven Bridges' own client (sevenbridges-python's
        /// `maintenance_sleeper`) waits and resends the request on code 0.
        group Maintenance "0xxx Platform maintenance errors" (0..=999) => retry {
            0 as PlatformUnderMaintenance: "The Platform is currently under maintenance.",
        }
        /// Class: `retry`. 1000 is the rate limit ("Check response headers"): wait
        /// for the reset the rate-limit headers give and resend, as Seven Bridges'
        /// own client does.
        group General "1xxx General errors" (1000..=1999) => retry {
            1000 as RateLimitExceeded: "Rate limit exceeded! Check response headers.",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`.
        group User "2xxx: User errors" (2000..=2999) => client_error {
            2000 as UserServiceUnavailable: "User service is currently unavailable." => retry,
            2001 as UserAccessDenied: "Not enough privileges to access requested user info.",
            2002 as UserNotFound: "Requested user does not exist.",
            2003 as UserAlreadyExists: "Requested user already exists.",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`.
        group Projects "3xxx: Projects errors" (3000..=3999) => client_error {
            3000 as ProjectServiceUnavailable: "Project service is currently unavailable." => retry,
            3001 as ProjectAccessDenied: "Not enough privileges to access the requested project/member.",
            3002 as ProjectOrMemberNotFound: "Requested project or member does not exist.",
            3003 as ProjectOrMemberAlreadyExists: "Requested project/member already exists",
            3004 as OwnerUsernameMissing: "Owner's username must not be null or empty string.",
            3005 as MemberUsernameMissing: "Member username must not be null or empty string.",
            3006 as ProjectIdMissing: "Project id must not be null or an empty string.",
            3007 as ProjectNameMissing: "Project name must not be null or empty string.",
            3008 as ProjectBillingGroupIdMissing: "Billing group id must not be null or empty string",
            3009 as ProjectTypeMissing: "Project type must not be null or empty string.",
            3010 as ProjectTypeInvalid: "Project type can be either v2 for standard projects or v1 for LEGACY projects",
            3011 as ProjectPermissionsMissing: "Project permissions must not null or an empty value",
            3012 as ProjectIdMalformed: "Malformed project id. Expecting owner/project",
            3013 as ProjectPermissionsIncomplete: "Please provide all permissions data.",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`.
        group Billing "4xxx Billing errors" (4000..=4999) => client_error {
            4000 as BillingServiceUnavailable: "Billing service is currently unavailable." => retry,
            4001 as BillingAccessDenied: "Insufficient privileges to access the requested billing group/invoice.",
            4002 as BillingGroupOrInvoiceNotFound: "Requested billing group/invoice does not exist.",
            4003 as BillingGroupOrInvoiceAlreadyExists: "Requested billing group/invoice already exist.",
            4004 as BillingGroupIdMissing: "Billing group id must not be null or an empty string.",
            4005 as BillingGroupIdInvalid: "Billing group id must be a valid UUID.",
            4006 as NotBillingGroupMember: "You are not a member of this billing group.",
            4007 as InvoiceIdMissing: "Invoice id must not be null or an empty string.",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`;
        /// and 5007 ("File copy failed."), a failure on the Platform's side that
        /// the page does not call transient: `vendor_error`.
        group Files "5xxx Files errors" (5000..=5999) => client_error {
            5000 as FileServiceUnavailable: "File service is currently unavailable." => retry,
            5001 as FileAccessDenied: "Insufficient privileges to access the requested file.",
            5002 as FileNotFound: "Requested file does not exist.",
            5003 as FileAlreadyExists: "Requested file already exists.",
            5004 as FileIdMissing: "File id must not be null or an empty string.",
            5005 as ProjectQueryParameterMalformed: "Malformed project query parameter. Expecting ?project=owner/project",
            5006 as MetadataValidationFailed: "Metadata validation failed.",
            5007 as FileCopyFailed: "File copy failed." => vendor_error,
            5008 as FileRenamingNotAllowed: "File renaming not allowed.",
            5009 as MetadataModificationNotAllowed: "Modifying metadata is not allowed.",
            5010 as MetadataServiceUnavailable: "Metadata service is currently unavailable." => retry,
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`.
        group Apps "6xxx Apps errors" (6000..=6999) => client_error {
            6000 as AppServiceUnavailable: "App service is currently unavailable." => retry,
            6001 as AppAccessDenied: "Insufficient privileges to access the requested app/revision.",
            6002 as AppNotFound: "Requested app/revision does not exist.",
            6003 as AppAlreadyExists: "Requested app/revision already exists.",
            6004 as AppNameMissing: "App name must not be null or an empty string.",
            6006 as AppProjectOwnerMissing: "Project owner must not be null or an empty string.",
            6007 as AppProjectMissing: "Project must not be null or an empty string.",
            6008 as AppRevisionMissing: "App revision must not be null or an empty string.",
            /// The page also lists 6009 as "Source project must not be null or an
            /// empty string."
            // Page defect: 6009 appears twice (page rows 60 and 61) with two meanings,
            // and a code can have one row. Kept: the first row, in page order, whose
            // meaning follows 6008 ("App revision must not be null ...") as 4005 follows
            // 4004 and 7005 follows 7004; the second meaning is kept in the doc comment.
            // Its real number is unknown (the page skips 6005, but nothing says it is
            // that one), so no row is invented for it.
            6009 as AppRevisionInvalid: "App revision must be a valid integer.",
            // (page row 61, the second 6009: see 6009 above)
            6010 as SourceAppMissing: "Source app must not be null or an empty string.",
            6011 as AppIdMalformed: "Malformed app id. Expecting owner/project/app_name/revision.",
            6012 as VisibilityParameterInvalid: "Invalid visibility query parameter. Allowed values: [PUBLIC, PRIVATE].",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable", which is transient: `retry`.
        group Tasks "7xxx Tasks errors" (7000..=7999) => client_error {
            7000 as TaskServiceUnavailable: "Task service is currently unavailable." => retry,
            7001 as TaskAccessDenied: "Insufficient privileges to access the requested task.",
            7002 as TaskNotFound: "Requested task does not exist.",
            7003 as TaskAlreadyExists: "Requested task already exists.",
            7004 as TaskIdMissing: "Task ID must not be empty or null or an empty string.",
            7005 as TaskIdInvalid: "Task ID must be a valid UUID.",
            7006 as TaskStatusInvalid: "Invalid task status. Allowed values: [QUEUED, DRAFT, RUNNING, COMPLETED, ABORTED, ABORTING, FAILED]",
            7007 as TaskNotDraft: "This action is only available for DRAFT tasks.",
            7008 as TaskNotRunning: "This action is only available for RUNNING tasks.",
            7009 as TaskActionNotDraftOrRunning: "Invalid task action. Action can be performed only on DRAFT or RUNNING tasks.",
            7010 as TaskActionNotDraft: "Invalid task action. Action can be performed on DRAFT tasks.",
            7011 as TaskActionNotCreatingRunningOrQueued: "Invalid task action. Action can be performed on tasks in the states: CREATING, RUNNING or QUEUED.",
            7012 as TaskInputsMissing: "Missing inputs.",
            7013 as TaskActionInvalid: "Invalid task action.",
            7014 as TaskActionParameterMissing: "Action parameter must not be null or an empty string.",
            7015 as TaskAppIdMissing: "App Id must not be null or an empty string.",
            7016 as TaskAppUrlInvalid: "Invalid app url.",
            7017 as TaskNotCwl: "Only Common Workflow Language (CWL) tasks are supported.",
            7018 as BatchInputEmpty: "Batch input property should reference input identifier or omitted. Empty value is not allowed.",
            7019 as BatchCriteriaMissing: "Missing batch criteria.",
            7020 as BatchTypeInvalid: "Invalid batch type supplied. Allowed values: [criteria, item].",
            7021 as BatchingDisableNotAllowed: "Batching can only be disabled if the task is submitted for execution.",
            7022 as TaskNotBatch: "Disabling batching action is only available for BATCH tasks.",
            7023 as BatchFieldsIncomplete: "Missing batch_by or batch_input fields. These fields must be included together.",
            7024 as TaskValidationFailed: "Task can not be started due to validation errors.",
        }
        /// Class: `client_error` (not found, already exists, insufficient
        /// privileges, missing or malformed parameters: fix the request), except a
        /// service that is "currently unavailable" and 8008, whose description ends
        /// "Try again.": `retry`; 8007 and 8009 ("Failed to complete / abort
        /// upload."), failures on the Platform's side that the page does not call
        /// transient: `vendor_error`.
        group Upload "8xxx Upload errors" (8000..=8999) => client_error {
            8000 as UploadServiceUnavailable: "Upload service is currently unavailable." => retry,
            8001 as UploadAccessDenied: "Insufficient privileges to access the requested upload.",
            8002 as UploadFileAccessDenied: "Insufficient privileges to access the requested file.",
            8003 as UploadNotFound: "Requested upload does not exist.",
            8004 as UploadFileAlreadyExists: "Requested file already exists.",
            8005 as UploadFileNotFound: "Requested file does not exist.",
            8006 as UploadAlreadyExists: "Requested upload already exists.",
            8007 as UploadCompletionFailed: "Failed to complete upload." => vendor_error,
            8008 as UploadPartReservationFailed: "Failed to reserve part for upload. Try again." => retry,
            8009 as UploadAbortFailed: "Failed to abort upload." => vendor_error,
            8010 as UploadProjectIdMalformed: "Malformed project id. Expecting owner/project.",
            8011 as UploadIdMissing: "Upload id must not be null or an empty string.",
            8012 as UploadPartNumberInvalid: "Part number is missing or invalid.",
            8013 as UploadInitRequestInvalid: "Invalid init request.",
            8014 as UploadPartReportInvalid: "Invalid part report.",
            8015 as UploadPartListInvalid: "Invalid list of parts. Expecting an object with \"parts\": [ array of part reports ].",
            // (page row 110: an empty description cell without a code cell, a
            // spacer like the page's other blank rows: no code)
        }
        /// Class: `client_error` (not found, already exists, insufficient privileges
        /// or no read / cross-write access on the user's cloud bucket, invalid
        /// volume settings, unsupported exports: fix the request or the volume),
        /// except 9000 ("There was an error communicating with the service."), a
        /// failure the page does not blame on the request nor call transient:
        /// `vendor_error`.
        group Volumes "9xxx Volumes errors" (9000..=9999) => client_error {
            9000 as VolumeServiceCommunicationError: "There was an error communicating with the service." => vendor_error,
            9001 as VolumeReadAccessDenied: "Could not obtain read access on the service.",
            9002 as VolumeCrossWriteAccessDenied: "Could not obtain cross-write access on the service.",
            9003 as VolumeProjectAccessDenied: "Insufficient privileges to access the requested project.",
            9004 as VolumeFileAccessDenied: "Insufficient privileges to access the requested file.",
            // The page writes a no-break space before "job" (and in 9013, 9015): kept
            // as a plain space.
            9005 as VolumeJobAccessDenied: "Insufficient privileges to access the requested job.",
            9006 as VolumeFileNotExportable: "Requested file cannot be exported.",
            9007 as VolumeNotFound: "Requested volume does not exist.",
            9008 as VolumeJobNotFound: "Requested job does not exist.",
            9009 as VolumeFileNotFound: "Requested file does not exist.",
            9010 as VolumeNameAlreadyExists: "Requested volume name already exists.",
            9011 as VolumeRequestSyntaxInvalid: "Invalid request syntax.",
            9012 as VolumeProjectOrMemberNotFound: "Requested project or member does not exist.",
            9013 as VolumeNameMissing: "Volume name must not be null or an empty string.",
            9014 as VolumeNameInvalid: "Volume name must consist of up to 32 English letters, numbers and underscores.",
            9015 as VolumeAccessModeMissing: "\"access_mode\" must be provided (either \"RO\" or \"RW\").",
            9016 as VolumeServiceMissing: "\"service\" object must be provided.",
            9017 as VolumeServiceInvalid: "\"service\" object is invalid. Check the documentation.",
            9018 as VolumeFileNameMissing: "Cannot infer file name and none given.",
            // Same description as 9017 on the page: the variant carries its code.
            9019 as VolumeServiceInvalid9019: "\"service\" object is invalid. Check the documentation.",
            9021 as VolumeTimeFormatInvalid: "Invalid time format. Check the documentation.",
            9022 as VolumeCannedAclInvalid: "Invalid canned ACL selected (\"aws_canned_acl\"). Check the documentation.",
            // Page defect: this row's anchor is 9023 but it shows 9032. 9023 it is:
            // the rows run 9021, 9022, [this], 9024, 9025 in ascending order, which
            // 9032 (a digit swap) would break.
            9023 as VolumeSseAlgorithmInvalid: "Invalid server-side encryption selected (\"sse_algorithm\"). Check the documentation.",
            // Page defect: this row shows 9024 but its anchor is 9042. 9024 it is: it
            // sits between 9023 and 9025 in the page's ascending order, which 9042 (a
            // digit swap) would break.
            9024 as VolumeStorageClassInvalid: "Invalid S3 storage class selected (\"aws_storage_class\"). Check the documentation.",
            9025 as VolumePrivateKeyInvalid: "Invalid private key given (\"private_key\"). Check the documentation.",
            9027 as CrossCloudExportUnsupported: "Exporting files across different cloud services is not yet supported.",
            // Same description as 9027 on the page: the variant carries its code.
            9028 as CrossCloudExportUnsupported9028: "Exporting files across different cloud services is not yet supported.",
            9101 as VolumeNotWritable: "The volume is not configured for writing (\"access_mode\": \"RW\").",
        }
        /// Class: `client_error` (bad request, unauthorized, forbidden, not found,
        /// method not allowed, conflict, unsupported media type, undecodable
        /// content), except 90004 ("Unexpected error happened."): `vendor_error`,
        /// and 90005 ("Service unavailable."), transient like HTTP 503: `retry`.
        group GeneralValidation "9xxxx General validation errors" (90000..=99999) => client_error {
            90000 as BadRequest: "Bad request.",
            90001 as Unauthorized: "Unauthorized.",
            90002 as Forbidden: "Forbidden.",
            90003 as NotFound: "Not found.",
            90004 as UnexpectedError: "Unexpected error happened." => vendor_error,
            90005 as ServiceUnavailable: "Service unavailable." => retry,
            90006 as MethodNotAllowed: "Method not allowed.",
            90007 as Conflict: "Conflict.",
            90008 as UnsupportedMediaType: "Unsupported Media Type.",
            90009 as RequestDecodingFailed: "An error occurred during the decoding of the request content.",
        }
    }
}

/// The tables of this module.
pub const TABLES: &[codes_core::Table] = &[codes_core::Table::of::<SevenBridges>(
    "seven-bridges",
    "Seven Bridges Platform API error codes",
)];

#[cfg(feature = "serde")]
mod body;
#[cfg(feature = "serde")]
pub use body::{BulkRecord, ErrorResponse, Response, decode};
