//! The Seven Bridges Platform API's error codes.
//!
//! [`SevenBridges`] is the table of the page "API status codes" of the Seven
//! Bridges Platform API documentation: 4-digit codes grouped by thousands, one
//! group per API area, and the 5-digit general validation errors. The page
//! gives codes and descriptions only, so every variant is named here from its
//! description (`as` in the table); no code has a wire name.
//!
//! The page is checked against Seven Bridges' own table of the same codes:
//! the `codes` list of its R client, sevenbridges2 (`R/sevenbridges2-package.R`,
//! commit `ff95e28`, 2024-02-02), "Status codes from sevenbridges API v2
//! specification", 205 codes with their messages. The table here has those
//! 205 codes:
//! - the page's 131 code rows are 130 codes (6009 appears twice), every one
//!   of which the R table has once the row anchored 9023 is taken for 9032
//!   (see below): 130 rows, with the page's descriptions but 6009's, which is
//!   the R table's;
//! - the R table's 75 codes the page lacks (files and folders 5011 to 5035,
//!   volumes 9020 to 9109, the "10xxx: Manifest file errors" and "13xxx:
//!   Additional errors" sections, and 2105, 7026, 90010), with the R table's
//!   messages.
//!
//! Where the page contradicts itself, the R table decides, and a comment
//! beside the row says so: the row whose anchor is 9023 and whose shown number
//! is 9032 is 9032 (the R table's number for its text); the row whose anchor
//! is 9042 and whose shown number is 9024 is 9024 (likewise); 6009, shown
//! twice with two texts, has the R table's text, "Destination project must not
//! be null or an empty string." (see [`SevenBridges::DestinationProjectMissing`]).
//! Where the page and the R table word a code differently beyond markup (3011,
//! 8004, 8005, 9101), the row keeps the page's description and gives the R
//! table's in its `sdk_message` column.
//!
//! Every row says where it comes from in its `source` column
//! ([`SevenBridges::source`], also in `Entry::columns` and in the `lookup`
//! example's output): `"page"` for the page's rows, `"sdk"` for the R table's
//! (its 75 codes more, and 6009's text). Descriptions are the source's without
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
//!
//! // A code only the R client's table lists, marked so.
//! let folder = SevenBridges::from(5030);
//! assert_eq!(folder, SevenBridges::FolderAlreadyExists);
//! assert_eq!(folder.source(), Some("sdk"));
//! assert_eq!(code.source(), Some("page"));
//! ```

codes_macros::status_codes! {
    /// The Seven Bridges Platform API's error codes (the `code` of an error
    /// response), grouped as the page groups them: by thousands
    /// (`5xxx` Files errors), and `9xxxx` for the general validation errors;
    /// and the two sections of Seven Bridges' R client's table the page does
    /// not have (`10xxx`, `13xxx`).
    ///
    /// Every group's range is its heading's (`5xxx`: `5000..=5999`, `9xxxx`:
    /// `90000..=99999`); every row lies in its group's range. Codes neither
    /// source lists (6005, 9029, ...) decode to [`SevenBridges::Unknown`],
    /// keeping the code.
    ///
    /// Columns: `source` is `"page"` (the documentation page) or `"sdk"` (the
    /// R client's table); `sdk_message` is the R client's message where its
    /// words differ from the page's description (markup aside).
    #[codes(vendor = "Seven Bridges")]
    pub enum SevenBridges: u32 {
        column source: &'static str = "page",
        column sdk_message: Option<&'static str>,
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
            2105 as DivisionNotSpecified: "Please specify the division you are listing the users or teams for." => client_error { source: "sdk" },
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
            // The R table words it "Project permissions must not be null or an empty
            // value.": the page's words kept, the R table's in `sdk_message`.
            3011 as ProjectPermissionsMissing: "Project permissions must not null or an empty value" { sdk_message: "Project permissions must not be null or an empty value." },
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
        /// the page does not call transient: `vendor_error`. The R table's codes
        /// more (5011 to 5035: folders, tags, moves, what "is not supported") are
        /// all `client_error`: each asks for another request.
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
            5011 as FileTagsModificationNotAllowed: "Modifying file tags is not allowed." => client_error { source: "sdk" },
            5012 as FileTypeInvalid: "Invalid type supplied. Allowed values: [folder]." => client_error { source: "sdk" },
            5014 as FileCopyAccessDenied: "Insufficient privileges to copy the requested file." => client_error { source: "sdk" },
            5015 as CrossProjectMoveUnsupported: "Moving files between projects is not supported." => client_error { source: "sdk" },
            5017 as FolderDownloadUnsupported: "Downloading folders is not supported." => client_error { source: "sdk" },
            5018 as FolderCopyUnsupported: "Copying folders is not supported." => client_error { source: "sdk" },
            5019 as FolderArchivingUnsupported: "Archiving folders is not supported." => client_error { source: "sdk" },
            5020 as FolderRestoringUnsupported: "Restoring folders is not supported." => client_error { source: "sdk" },
            5021 as NonEmptyFolderDeletionUnsupported: "Deleting non-empty folders is not supported." => client_error { source: "sdk" },
            5022 as ParentNotFolder: "The parent specified is not a folder." => client_error { source: "sdk" },
            5023 as FolderDetailsUpdateUnsupported: "Updating folder details is not supported." => client_error { source: "sdk" },
            5024 as NameParameterInvalid: "Invalid name parameter. Check the documentation." => client_error { source: "sdk" },
            5025 as FolderMetadataUpdateUnsupported: "Updating folder metadata is not supported." => client_error { source: "sdk" },
            5026 as DestinationFolderNotFound: "Destination folder is not found." => client_error { source: "sdk" },
            5027 as FolderTagsUpdateUnsupported: "Updating folder tags is not supported." => client_error { source: "sdk" },
            5029 as ParentOrProjectMissing: "Missing parent or project field. These fields must be included together." => client_error { source: "sdk" },
            5030 as FolderAlreadyExists: "Requested folder already exists." => client_error { source: "sdk" },
            5031 as ParentAndProjectBothGiven: "Providing both parent and project is not allowed." => client_error { source: "sdk" },
            5032 as FileMoveAccessDenied: "Insufficient privileges to move the requested file." => client_error { source: "sdk" },
            5033 as FileRequestInvalid: "Invalid request please check the documentation." => client_error { source: "sdk" },
            5034 as InactiveVolumeDownloadUnsupported: "Downloading files from an inactive volume is not supported." => client_error { source: "sdk" },
            5035 as KeyMissing: "Key must not be null or an empty string." => client_error { source: "sdk" },
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
            /// The page lists 6009 twice, as "App revision must be a valid integer."
            /// and as "Source project must not be null or an empty string.";
            /// Seven Bridges' R client's table, from the API's specification, gives
            /// 6009 neither text but this one.
            // Page defect: 6009 appears twice (page rows 60 and 61) with two meanings,
            // and a code can have one row. The vendor's own table decides: the R
            // client's `codes` list gives 6009 "Destination project must not be null
            // or an empty string.", its text here (source "sdk"). Its words are closest
            // to the page's second row ("Source project ..."), which sits, as it does,
            // between 6008 and 6010 ("Source app must not be null ..."); the page's two
            // texts are kept in the doc comment, and no row is invented for either.
            6009 as DestinationProjectMissing: "Destination project must not be null or an empty string." => client_error { source: "sdk" },
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
            7026 as TaskEditNotDraft: "Editing is available only for tasks which are in DRAFT status. Tasks which are in RUNNING and COMPLETED states can only be renamed." => client_error { source: "sdk" },
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
            // 8004 and 8005: the R table swaps the page's two texts (8004 "Requested file
            // does not exist.", 8005 "Requested file already exists."). The page does
            // not contradict itself here, so its rows stand; the R table's texts are in
            // `sdk_message`, for a client to see that the two sources disagree.
            8004 as UploadFileAlreadyExists: "Requested file already exists." { sdk_message: "Requested file does not exist." },
            8005 as UploadFileNotFound: "Requested file does not exist." { sdk_message: "Requested file already exists." },
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
        /// `vendor_error`; so is the R table's 9100, with the same words. The R
        /// table's other codes more (volume access, locations on a volume, files,
        /// what "this environment only supports") are `client_error`.
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
            9020 as VolumeAccessDenied: "Insufficient privileges to access the requested volume." => client_error { source: "sdk" },
            9021 as VolumeTimeFormatInvalid: "Invalid time format. Check the documentation.",
            9022 as VolumeCannedAclInvalid: "Invalid canned ACL selected (\"aws_canned_acl\"). Check the documentation.",
            // (page row 134, anchor 9023, shown 9032: the row is 9032, below)
            // Page defect: this row shows 9024 but its anchor is 9042. 9024 it is, as
            // the R client's table has it ("9024" = "Invalid S3 storage class selected
            // ..."), and as the row sits between 9022 and 9025 in the page's order.
            9024 as VolumeStorageClassInvalid: "Invalid S3 storage class selected (\"aws_storage_class\"). Check the documentation.",
            9025 as VolumePrivateKeyInvalid: "Invalid private key given (\"private_key\"). Check the documentation.",
            9026 as VolumeWriteAccessNotConfigured: "The volume is not configured for writing access (access mode is not set to RW)." => client_error { source: "sdk" },
            9027 as CrossCloudExportUnsupported: "Exporting files across different cloud services is not yet supported.",
            // Same description as 9027 on the page: the variant carries its code.
            9028 as CrossCloudExportUnsupported9028: "Exporting files across different cloud services is not yet supported.",
            // Same meaning as 9014 in the R table (with a serial comma): the variant
            // carries its code.
            9030 as VolumeNameInvalid9030: "Volume name must consist of up to 32 English letters, numbers, and underscores." => client_error { source: "sdk" },
            // Page defect: this row's anchor is 9023 but it shows 9032. 9032 it is, as
            // both of Seven Bridges' own tables have it: the page's shown number, and
            // the R client's table ("9032" = "Invalid server-side encryption selected
            // (`sse_algorithm`). ..."), which has no 9023. The page's text is kept.
            9032 as VolumeSseAlgorithmInvalid: "Invalid server-side encryption selected (\"sse_algorithm\"). Check the documentation.",
            9057 as GcsReadOnlyBucketsOnly: "This environment only supports RO buckets of type GCS." => client_error { source: "sdk" },
            9058 as S3ReadOnlyBucketsOnly: "This environment only supports RO buckets of type S3." => client_error { source: "sdk" },
            9100 as VolumeServiceCommunicationError9100: "There was an error communicating with the service." => vendor_error { source: "sdk" },
            // The R table words it "The volume is not configured for writing (`access
            // mode` is not set to `RW`).": the page's words kept, the R table's in
            // `sdk_message`.
            9101 as VolumeNotWritable: "The volume is not configured for writing (\"access_mode\": \"RW\")." { sdk_message: "The volume is not configured for writing (access mode is not set to RW)." },
            9102 as VolumeProjectAccessDenied9102: "Insufficient privileges to access the requested project." => client_error { source: "sdk" },
            9103 as VolumeLocationNotAccessible: "Location on volume is not accessible as configured." => client_error { source: "sdk" },
            9104 as VolumeNotFound9104: "Requested volume does not exist." => client_error { source: "sdk" },
            9105 as VolumeLocationNotFound: "Location on volume not found." => client_error { source: "sdk" },
            9106 as VolumeFileNotFound9106: "Requested file does not exist." => client_error { source: "sdk" },
            9107 as VolumeLocationOccupied: "Location on volume already contains a file." => client_error { source: "sdk" },
            9108 as VolumeFileAlreadyExists: "Requested file already exists." => client_error { source: "sdk" },
            9109 as VolumeFileNotFoundOrNotAccessible: "Requested file does not exist or not accessible." => client_error { source: "sdk" },
        }
        /// The R client's section "10xxx: Manifest file errors" (codes the page
        /// does not list; the section holds errors of bulk file operations and
        /// their jobs too).
        ///
        /// Class: `client_error` (invalid manifest, session, name or request,
        /// not found, insufficient privileges, duplicate or missing sources,
        /// unsupported method: fix the request), except 10215 ("External
        /// resource unavailable."), transient like a service "currently
        /// unavailable": `retry`; 10110 ("Failed to submit manifest file.") and
        /// 10220 ("Unexpected error occurred."), failures on the Platform's side
        /// that the R table does not call transient: `vendor_error`.
        group ManifestFiles "10xxx: Manifest file errors" (10000..=10999) => client_error {
            10101 as ManifestNotCsv: "Manifest file is not a valid .csv file." => client_error { source: "sdk" },
            10102 as ManifestHeaderInvalid: "Invalid manifest file header row format." => client_error { source: "sdk" },
            10105 as ManifestTooManyRows: "Manifest file contains too many rows." => client_error { source: "sdk" },
            10110 as ManifestSubmissionFailed: "Failed to submit manifest file." => vendor_error { source: "sdk" },
            10208 as SessionIdInvalid: "Invalid or missing session ID." => client_error { source: "sdk" },
            10210 as DestinationAccessDenied: "Insufficient privileges on destination." => client_error { source: "sdk" },
            10211 as JobNotFound: "Job with provided id not found." => client_error { source: "sdk" },
            10212 as ResourceNotFound: "Resource not found." => client_error { source: "sdk" },
            10213 as DestinationPathNotFound: "Destination path not found." => client_error { source: "sdk" },
            10214 as MethodNotSupported: "The requested resource does not support wanted http method." => client_error { source: "sdk" },
            10215 as ExternalResourceUnavailable: "External resource unavailable." => retry { source: "sdk" },
            10216 as JobAlreadyHidden: "Job is already hidden." => client_error { source: "sdk" },
            10217 as JsonUnprocessable: "Unprocessable json error." => client_error { source: "sdk" },
            10218 as JsonUnexpectedEnd: "Unprocessable json - end of file." => client_error { source: "sdk" },
            10220 as UnexpectedErrorOccurred: "Unexpected error occurred." => vendor_error { source: "sdk" },
            10221 as RequestedDestinationAccessDenied: "Insufficient privileges to access the requested destination." => client_error { source: "sdk" },
            10222 as FolderNotFound: "Requested folder does not exist." => client_error { source: "sdk" },
            10223 as FileAlreadyExists10223: "Requested file already exists." => client_error { source: "sdk" },
            10224 as FolderAlreadyExists10224: "Requested folder already exists." => client_error { source: "sdk" },
            10225 as SourceNotFound: "Submitted source does not exist." => client_error { source: "sdk" },
            10226 as SourceAccessDenied: "Insufficient privileges to access the requested source." => client_error { source: "sdk" },
            10227 as DestinationNotFolder: "Destination path must be a folder." => client_error { source: "sdk" },
            10228 as DestinationMissing: "Destination for source is missing." => client_error { source: "sdk" },
            10229 as CopyToParentDirectory: "Cannot copy to parent directory." => client_error { source: "sdk" },
            10230 as SourcesEmpty: "Sources cannot be empty or null." => client_error { source: "sdk" },
            10231 as SourcesDuplicated: "There are duplicate sources." => client_error { source: "sdk" },
            10232 as RequestSyntaxInvalid: "Invalid request syntax. Check the documentation." => client_error { source: "sdk" },
            10233 as FullPathsRequired: "Provide full paths instead of file IDs." => client_error { source: "sdk" },
            10234 as DeletionPathListEmpty: "List of paths for query deleting state is empty." => client_error { source: "sdk" },
            10235 as FileNameInvalid: "Invalid file name." => client_error { source: "sdk" },
            10236 as FolderNameInvalid: "Invalid folder name." => client_error { source: "sdk" },
        }
        /// The R client's section "13xxx: Additional errors" (codes the page does
        /// not list).
        ///
        /// Class: `client_error` (insufficient privileges, not found, already
        /// exists), except 13000 ("Search service is currently unavailable.")
        /// and 13004 ("Consistency has been violated, please retry."): `retry`,
        /// as their words say.
        group Additional "13xxx: Additional errors" (13000..=13999) => client_error {
            13000 as SearchServiceUnavailable: "Search service is currently unavailable." => retry { source: "sdk" },
            13001 as FileAccessDenied13001: "Insufficient privileges to access the requested file." => client_error { source: "sdk" },
            13002 as FileNotFound13002: "Requested file does not exist." => client_error { source: "sdk" },
            13003 as FileAlreadyExists13003: "Requested file already exists." => client_error { source: "sdk" },
            13004 as ConsistencyViolated: "Consistency has been violated, please retry." => retry { source: "sdk" },
        }
        /// Class: `client_error` (bad request, unauthorized, forbidden, not found,
        /// method not allowed, conflict, unsupported media type, undecodable
        /// content), except 90004 ("Unexpected error happened."): `vendor_error`,
        /// and 90005 ("Service unavailable."), transient like HTTP 503: `retry`.
        /// The R table's 90010 ("Not implemented, COPY and DELETE bulk operations
        /// are available.") is `client_error`: it names the operations that are
        /// implemented, so the request must change to one of them.
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
            90010 as NotImplemented: "Not implemented, COPY and DELETE bulk operations are available." => client_error { source: "sdk" },
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
pub use body::{BulkRecord, ErrorResponse, Keyed, Response, decode, reason_status, task_state};
