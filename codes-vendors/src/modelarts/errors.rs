//! ModelArts' error codes (the `error_code` of its error bodies), from the
//! page "Error Codes" of the ModelArts API reference, and their decoding in
//! the context of the response's HTTP status.
//!
//! Source: `modelarts_error_codes.rst` (opentelekomcloud-docs/modelarts,
//! `api-ref/source/appendix/error_codes.rst`, commit
//! 1ba1873d960563c60759f67898a855d9ba3c3502), 864 rows in one RST grid table.
//! Every row below is one of the page's rows, in the page's order, written
//! from it by a script and checked against it by
//! `codes-vendors/tests/modelarts_errors.rs`, which parses the page itself.

use core::fmt;

use codes_core::Class;

codes_macros::status_codes! {
    /// ModelArts' error codes: the `error_code` of ModelArts' error bodies
    /// (`"ModelArts.0104"`), from the page "Error Codes" of the ModelArts API
    /// reference.
    ///
    /// Every row is the page's, verbatim (RST markup aside: the double
    /// backquotes around RST literals and the backslashes of RST escapes are
    /// removed, and the lines of a cell are joined with single spaces): the
    /// description is the page's "Description" column, and the columns are
    /// its "Status Code" ([`http`](Self::http)), "Error Message"
    /// ([`message`](Self::message), the text the API sends in `error_msg`)
    /// and "Solution" ([`solution`](Self::solution)). Placeholders (`{0}`,
    /// `{}`, `{name}`, `%s`) are kept as the page writes them. The page gives
    /// no names, so variants are named after the codes (`ModelArts.0101` is
    /// [`ModelArts0101`](Self::ModelArts0101)).
    ///
    /// # Codes the page lists more than once
    ///
    /// The page has 864 rows for 838 codes: 20 codes appear under two HTTP
    /// statuses and 3 under three, each time with another message and
    /// solution (`ModelArts.0112` is 401 "Failed to execute the policy." and
    /// 403 "Policy doesn't allow {} {} to be performed."). A key is unique in
    /// a table, so this table holds each code's first row in the page's order
    /// (838 rows), [`ModelArtsErrorAlt`] the 23 second rows and
    /// [`ModelArtsErrorAlt2`] the 3 third rows (838 + 23 + 3 = 864).
    /// [`error_for`] decodes a code in the context of the response's HTTP
    /// status: this table's row when its status is the response's or no
    /// status is known, else the row of the alternate table whose status is
    /// the response's.
    ///
    /// # Groups
    ///
    /// The page has no sections. Its rows are ordered by HTTP status, and each
    /// status is a group here, titled "HTTP 400" and named as
    /// [`ModelArts`](super::ModelArts) names the status (`BadRequest`).
    ///
    /// # Classes
    ///
    /// A row's class is decided from the page's words, the solution first,
    /// then the message and the description, and from its HTTP status:
    ///
    /// - `success`: a 2xx row whose solution is "Proceed with follow-up
    ///   operations.": the work is done.
    /// - `pending`: the words say that work is under way and the request
    ///   waits for it: the row's own submitted task ("Wait until the task is
    ///   complete.", "Please wait."), or another task, a publication, an
    ///   import, a review, a start or a stop that blocks the request ("Perform
    ///   the operations after the ongoing publish task is complete.", "is being
    ///   published", "is being initialized"). Ask again later: the same
    ///   request will report another class.
    /// - `retry`: the words say to send the same request again later for a
    ///   transient cause: throttling ("Too many dataset requests", "up to once
    ///   within 300s"), a busy system, insufficient or sold-out resources, a
    ///   conflict, a lock that lifts, a timeout ("Try again later.", "Please
    ///   try later"); every 429 row.
    /// - `vendor_error`: the solution puts the fault on ModelArts' side
    ///   ("System error. ...", "Internal error. ...", "Unknown failure. ...") or
    ///   only sends the caller to ModelArts' people ("Contact service O&M
    ///   personnel.", "Contact R&D and O&M personnel.", "Contact technical
    ///   support."), whatever the HTTP status.
    /// - `client_error`: the solution asks the caller to change the request,
    ///   its credentials, permissions, account, quota or resources ("Check
    ///   ...", "Ensure that ...", "Use a valid token.", "Select another
    ///   flavor or contact technical support."), whatever the HTTP status:
    ///   34 rows under 5xx say so ("Ensure that the file is at most 20 GB
    ///   in size."). A quota, a limit or a permission is the caller's to fix
    ///   even where the solution says to contact someone ("Contact the
    ///   administrator to increase the quota.").
    /// - Otherwise the HTTP status decides, with RFC 9110's class
    ///   ([`Class::for_http_status`]): where the words do not say whose fault
    ///   it is ("Locate the fault based on the failure cause.", "Identify the
    ///   failure cause.", "Try again or contact service O&M personnel." about a
    ///   cause no retry changes), and where the columns disagree (the message
    ///   says "Please try again later", the solution "System error. Contact
    ///   technical support.").
    ///
    /// Each group's default class is its status's RFC 9110 class; a row of
    /// another class, and a row decided by a judgment, has its reason in a
    /// comment beside it.
    ///
    /// - Classes in this table: 9 `success`, 39 `pending`, 21 `retry`, 640 `client_error`, 129 `vendor_error`.
    /// - In the three tables: 9 `success`, 39 `pending`, 24 `retry`, 657 `client_error`, 135 `vendor_error`.
    ///
    /// ```
    /// use codes_vendors::modelarts::{ModelArtsError, ModelArtsErrorGroup};
    /// use codes_vendors::Class;
    ///
    /// let error = ModelArtsError::from_code("ModelArts.0104");
    /// assert_eq!(error, ModelArtsError::ModelArts0104);
    /// assert_eq!(error.http(), Some(400));
    /// assert_eq!(error.message(), Some("Parameter error."));
    /// assert_eq!(error.solution(), Some("Check the parameter settings."));
    /// assert_eq!(error.group(), Some(ModelArtsErrorGroup::BadRequest));
    /// assert_eq!(error.class(), Class::ClientError);
    ///
    /// // Wait for a submitted task; report ModelArts' own failures.
    /// assert_eq!(ModelArtsError::ModelArts4914.class(), Class::Pending);
    /// assert_eq!(ModelArtsError::ModelArts2952.class(), Class::VendorError);
    ///
    /// // An unknown code is kept as sent.
    /// let unknown = ModelArtsError::from_code("ModelArts.9999");
    /// assert_eq!(unknown, ModelArtsError::Unknown("ModelArts.9999"));
    /// assert_eq!(unknown.code(), "ModelArts.9999");
    /// assert_eq!((unknown.http(), unknown.class()), (None, Class::Unknown));
    /// ```
    #[codes(vendor = "Huawei Cloud ModelArts")]
    pub enum ModelArtsError: &str {
        column http: u16,
        column message: &'static str,
        column solution: &'static str,
        // The page lists 23 codes under two or three HTTP statuses. A key is
        // unique in a table: this table holds each code's first row in the
        // page's order, ModelArtsErrorAlt its second row, ModelArtsErrorAlt2
        // its third, and `error_for` picks the row whose status is the
        // response's (this table's row when no status is known). A comment
        // beside each such row names the code's other rows.
        /// The rows under HTTP 100.
        ///
        /// Class: by default `informational`, the class RFC 9110 gives HTTP 100, for rows
        /// that are not errors. No row here is: 2 `client_error`, each with its reason
        /// beside it, by the rules of [`ModelArtsError`].
        group Continue "HTTP 100" => informational {
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.0116": "The expected {0} exceeds the quota limit." => client_error { http: 100, message: "The expected {0} exceeds the quota limit.", solution: "Contact the administrator to increase the quota." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.6768": "SSH configuration is missing, target image {0} only support SSH dev service." => client_error { http: 100, message: "SSH configuration is missing, target image {0} only support SSH dev service.", solution: "Select a proper image." },
        }
        /// The rows under HTTP 200.
        ///
        /// Class: by default `success`, the class RFC 9110 gives HTTP 200, for rows whose
        /// words say the work is done ("Proceed with follow-up operations.") (9 of 16). The
        /// other rows, each with its reason beside it, by the rules of [`ModelArtsError`]:
        /// 7 `pending`.
        group Ok "HTTP 200" => success {
            "ModelArts.4606": "The sample has been reviewed." { http: 200, message: "The sample has been reviewed.", solution: "Proceed with follow-up operations." },
            "ModelArts.4900": "The training job has been prepared." { http: 200, message: "Training job prepared.", solution: "Proceed with follow-up operations." },
            // The page also lists ModelArts.4902 under HTTP 400 (ModelArtsErrorAlt).
            // Under way ("Wait until labels are exported."): pending.
            "ModelArts.4902": "Labels are being exported." => pending { http: 200, message: "Exporting labels.", solution: "Wait until labels are exported." },
            // The page also lists ModelArts.4904 under HTTP 400 (ModelArtsErrorAlt).
            "ModelArts.4904": "Labels have been exported." { http: 200, message: "Labels exported.", solution: "Proceed with follow-up operations." },
            "ModelArts.4910": "The model import task has been submitted." { http: 200, message: "Model import task submitted.", solution: "Proceed with follow-up operations." },
            "ModelArts.4912": "The model import task has been executed." { http: 200, message: "Model import task executed.", solution: "Proceed with follow-up operations." },
            // Submitted and under way ("Wait until the task is complete."): pending.
            "ModelArts.4914": "The auto labeling task has been submitted." => pending { http: 200, message: "Auto labeling task submitted.", solution: "Wait until the task is complete." },
            "ModelArts.4916": "The auto labeling task has been executed." { http: 200, message: "Auto labeling task executed.", solution: "Proceed with follow-up operations." },
            // Submitted and under way ("Wait until the task is complete."): pending.
            "ModelArts.4918": "The import task has been submitted." => pending { http: 200, message: "Import task submitted.", solution: "Wait until the task is complete." },
            "ModelArts.4920": "The import task has been executed." { http: 200, message: "Import task executed.", solution: "Proceed with follow-up operations." },
            // Submitted and under way ("Wait until the task is complete."): pending.
            "ModelArts.4926": "Collecting hard examples has been submitted." => pending { http: 200, message: "Collecting hard examples submitted.", solution: "Wait until the task is complete." },
            // Submitted and under way ("Wait until the task is complete."): pending.
            "ModelArts.4950": "The auto inference task has been submitted." => pending { http: 200, message: "Auto inference task submitted.", solution: "Wait until the task is complete." },
            "ModelArts.4952": "The auto inference task has been executed." { http: 200, message: "Auto inference task executed.", solution: "Proceed with follow-up operations." },
            // Submitted and under way ("Wait until the task is complete."): pending.
            "ModelArts.4960": "The auto grouping task has been submitted." => pending { http: 200, message: "Auto grouping task submitted.", solution: "Wait until the task is complete." },
            "ModelArts.4962": "The auto grouping task has been executed." { http: 200, message: "Auto grouping task executed.", solution: "Proceed with follow-up operations." },
            // Under way ("is already running", "Please wait."): pending.
            "ModelArts.4964": "The auto grouping task is already running." => pending { http: 200, message: "Auto grouping task is already running.", solution: "Please wait." },
        }
        /// The rows under HTTP 204.
        ///
        /// Class: by default `success`, the class RFC 9110 gives HTTP 204, for rows whose
        /// words say the work is done ("Proceed with follow-up operations."). No row here
        /// is: 2 `pending`, each with its reason beside it, by the rules of
        /// [`ModelArtsError`].
        group NoContent "HTTP 204" => success {
            // "wait for training to return data": the training is under way, so poll (the
            // solution's "try again later" asks the same): pending.
            "ModelArts.2776": "not ready for fetch log, wait for training to return data" => pending { http: 204, message: "NotReadyToFetchLog", solution: "Please try again later." },
            // "wait for training to return data": the training is under way, so poll (the
            // solution's "try again later" asks the same): pending.
            "ModelArts.2777": "not ready for fetch metric, wait for training to return data" => pending { http: 204, message: "NotReadyToFetchMetric", solution: "Please try again later." },
        }
        /// The rows under HTTP 400.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 400, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is (519 of
        /// 585). The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 17 `pending`, 12 `retry`, 37 `vendor_error`.
        group BadRequest "HTTP 400" => client_error {
            "ModelArts.0101": "Invalid parameter." { http: 400, message: "Invalid Argument.", solution: "Enter the correct parameter as prompted." },
            "ModelArts.0102": "The workspace does not exist." { http: 400, message: "The workspace does not exist.", solution: "Check the current workspace." },
            "ModelArts.0104": "Parameter error." { http: 400, message: "Parameter error.", solution: "Check the parameter settings." },
            "ModelArts.0107": "Invalid parameter values ({0}, {1})." { http: 400, message: "The values of the request parameters ({0},{1}) are invalid.", solution: "Check whether the parameter values are valid." },
            "ModelArts.0113": "Failed to create the notebook instance due to the exhausted quota." { http: 400, message: "Create Notebook failed. Quota: {} is exhausted.", solution: "Contact the administrator for a higher quota." },
            "ModelArts.0118": "The expected %s exceeds the quota limit." { http: 400, message: "QuotaInsufficient", solution: "Release idle resources, or apply for more quotas" },
            // The page also lists ModelArts.0204 under HTTP 401 (ModelArtsErrorAlt).
            "ModelArts.0204": "No project ID included in the token." { http: 400, message: "Token must contain projectId info.", solution: "Ensure that the project token is used." },
            // The page also lists ModelArts.0210 under HTTP 401 (ModelArtsErrorAlt) and HTTP 403
            // (ModelArtsErrorAlt2).
            "ModelArts.0210": "The project ID is invalid." { http: 400, message: "Invalid project ID.", solution: "Check the project ID." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0420": "Failed to query agency." => vendor_error { http: 400, message: "Failed to query agency.", solution: "System error. Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0421": "Failed to create agency." => vendor_error { http: 400, message: "Failed to create agency.", solution: "System error. Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0422": "Failed to query users." => vendor_error { http: 400, message: "Failed to query users.", solution: "System error. Contact technical support." },
            // The columns disagree ("Disagree with service statement." is the user's choice; the
            // solution says "System error"): the HTTP status decides, client_error.
            "ModelArts.0423": "Disagree with service statement." { http: 400, message: "Disagree with service statement.", solution: "System error. Contact technical support." },
            "ModelArts.0424": "User authorization information already exists." { http: 400, message: "User authorization information already exists.", solution: "Authorization already exists. To update the authorization, delete the original one and add new authorization." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0425": "Failed to add user authorization information." => vendor_error { http: 400, message: "Failed to add user authorization information.", solution: "System error. Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0426": "Failed to delete user authorization information." => vendor_error { http: 400, message: "Failed to delete user authorization information.", solution: "System error. Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0427": "Failed to get user authorization information." => vendor_error { http: 400, message: "Failed to get user authorization information.", solution: "System error. Contact technical support." },
            // The page also lists ModelArts.0428 under HTTP 401 (ModelArtsErrorAlt).
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0428": "Failed to update agency." => vendor_error { http: 400, message: "Failed to update agency.", solution: "System error. Contact technical support." },
            "ModelArts.0429": "The authorization does not exist. Check whether the user_id is correct." { http: 400, message: "The authorization does not exist. Check whether the user_id is correct.", solution: "Check whether the user_id is correct." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0430": "Failed to query agency grants." => vendor_error { http: 400, message: "Failed to query agency grants.", solution: "System error. Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.0431": "Failed to query agency quotas." => vendor_error { http: 400, message: "Failed to query agency quotas.", solution: "System error. Contact technical support." },
            "ModelArts.1002": "OBS operation failed." { http: 400, message: "OBS operation failed.", solution: "Ensure that the OBS service is available." },
            "ModelArts.1003": "The user account is abnormal (expired or frozen) or the user does not have the permission to perform the OBS operation." { http: 400, message: "The user account is abnormal (expired or frozen) or the user does not have the permission to perform the OBS operation.", solution: "For details, see What Do I Do If a Message Indicating Insufficient Permissions Is Displayed When I Use ModelArts?" },
            // The columns disagree (the message blames the request, the solution says "System
            // error"): the HTTP status decides, client_error.
            "ModelArts.1120": "Parameter verification failed." { http: 400, message: "Parameter verification failed.", solution: "System error. Contact technical support." },
            "ModelArts.2750": "Duplicate evaluation job (name %s)." { http: 400, message: "DuplicateEvalJobName", solution: "Change evaluation job name." },
            "ModelArts.2751": "Duplicate training job (name %s)." { http: 400, message: "DuplicateTrainingJobName", solution: "Change training job name." },
            "ModelArts.2752": "An algorithm with the same name and version already exists." { http: 400, message: "DuplicateAiAlgorithmNameAndVersion", solution: "Check the validity of the algorithm information in the request." },
            "ModelArts.2753": "input and output channel information is not standardized." { http: 400, message: "InputsOutputsMessageError", solution: "Check the validity of the input and output channel information in the request." },
            "ModelArts.2754": "Only one output channel can be configured as ModelArts hosted output." { http: 400, message: "ModelartsHostedNumError", solution: "Check the validity of the output path information in the request." },
            "ModelArts.2755": "algorithm not found." { http: 400, message: "AiAlgorithmNotFound", solution: "Check whether the training project information in the request is valid." },
            "ModelArts.2756": "Duplicate name with subscribed algorithm." { http: 400, message: "HasSameNameWithMarketAlgorithm", solution: "Check whether the training project information in the request is valid." },
            "ModelArts.2757": "code directory path error." { http: 400, message: "CodeDirError", solution: "Check whether the training project information in the request is valid." },
            "ModelArts.2758": "code startup file path error." { http: 400, message: "BootFileDirError", solution: "Check whether the training project information in the request is valid." },
            "ModelArts.2759": "There are too many code files. A maximum of %s files can be uploaded." { http: 400, message: "TooManyCodeFiles", solution: "Please check the number of code files." },
            "ModelArts.2760": "Insufficient quota, too many levels of code directories, supporting up to %s directories" { http: 400, message: "CodeFolderTooDeep", solution: "Please check the code directory depth." },
            "ModelArts.2761": "Insufficient quota, the code file takes up too much storage space, supporting up to %s GB" { http: 400, message: "CodeFilesSizeToolarge", solution: "Please check the code directory depth." },
            "ModelArts.2762": "Duplicate flavor code (%s)." { http: 400, message: "DuplicateFlavorCode", solution: "Change flavor code message." },
            "ModelArts.2763": "The selected flavor is invalid." { http: 400, message: "DoNotHaveFlavor", solution: "Check the validity of the flavor in the request." },
            "ModelArts.2764": "Invalid query parameter (%s)." { http: 400, message: "QueryParamsError", solution: "Check the validity of the parameter in the request." },
            "ModelArts.2765": "character variables must be within the preset parameters." { http: 400, message: "StringParameterError", solution: "Please enter the variable value based on the preset range." },
            "ModelArts.2766": "Missing default value." { http: 400, message: "DoNotHaveDefaultValue", solution: "Please enter the default value." },
            "ModelArts.2767": "parameter key repeat." { http: 400, message: "ParameterKeyRepeat", solution: "Please rename the parameter name." },
            "ModelArts.2768": "Default value does not match parameter type." { http: 400, message: "DefaultValueTypeError", solution: "Please check the default parameter type." },
            "ModelArts.2769": "default value is not in the setting range." { http: 400, message: "DefaultValueIsNotInRange", solution: "Please ensure that the default value is within the range." },
            "ModelArts.2770": "Parameter range error." { http: 400, message: "RangeError", solution: "Please enter another value range." },
            "ModelArts.2771": "No permission to modify." { http: 400, message: "NotHavePermission", solution: "Please check the user permission." },
            "ModelArts.2772": "Current algorithm creation failed. To ensure the availability of the algorithm, please reselect the code directory and startup file." { http: 400, message: "OriginalAlgorithmCodeInfoError", solution: "Please reselect the code directory and startup file." },
            "ModelArts.2773": "get obs object content error." { http: 400, message: "GetObsObjectContentError", solution: "Please check the file permission." },
            "ModelArts.2774": "parse parameter error." { http: 400, message: "ParseParameterError", solution: "Hyperparameters are parsed as beta. If the parsing result is improper, manually enter the value." },
            "ModelArts.2775": "Training job (ID: %s) not found." { http: 400, message: "TrainingJobNotFound", solution: "Check whether the training job information in the request is valid." },
            "ModelArts.2778": "Model evaluation job (ID: %s) not found." { http: 400, message: "EvalJobNotFound", solution: "Check whether the job ID in the request is valid." },
            "ModelArts.2779": "Model evaluation job version (ID: %s) not found." { http: 400, message: "EvalVerNotFound", solution: "Check whether the evaluation job version information in the request is valid." },
            "ModelArts.2780": "AI engine(id:%s) not found." { http: 400, message: "EngineNotFound", solution: "Check whether the engine informer in the request is valid." },
            "ModelArts.2781": "Flavor (%s) not found." { http: 400, message: "FlavorNotFound", solution: "Check whether the flavor in the request is valid." },
            "ModelArts.2782": "Dataset version (ID: %s) not found." { http: 400, message: "DatasetVersionNotFound", solution: "Check whether the dataset version ID in the request is valid." },
            "ModelArts.2783": "Dataset (ID: %s) not found." { http: 400, message: "DatasetNotFound", solution: "Check whether the dataset ID in the request is valid." },
            "ModelArts.2787": "Invalid JSON request body." { http: 400, message: "InvalidJsonBody", solution: "Check the request body." },
            "ModelArts.2788": "Invalid parameter(%s)." { http: 400, message: "InvalidParam", solution: "Check the request parameter." },
            "ModelArts.2789": "Unsupported filtering item." { http: 400, message: "UnsupportedFilterBy", solution: "Check whether the filtering item is valid." },
            "ModelArts.2790": "Unsupported sorting item." { http: 400, message: "UnsupportedSortBy", solution: "Check whether the sorting item is valid." },
            "ModelArts.2791": "Invalid obs path: %s, reason: %s." { http: 400, message: "InvalidObsPath", solution: "Check the obs path." },
            "ModelArts.2792": "The boot_file does not belong to the package_id directory." { http: 400, message: "BootFileNotBelongToPackage", solution: "Check whether boot_file and package_id are set correctly." },
            "ModelArts.2793": "The number of flavor instances (%d) exceeds the maximum (%d)." { http: 400, message: "FlavorOutOfRange", solution: "Check the flavor." },
            "ModelArts.2794": "Invalid model URL." { http: 400, message: "InvalidModelURL", solution: "Check the model URL." },
            "ModelArts.2795": "Failed to obtain the model: %s" { http: 400, message: "GetModel", solution: "Check whether the model is valid." },
            // The results are still being generated ("Wait for ..."): pending.
            "ModelArts.2797": "The evaluation results is not generated." => pending { http: 400, message: "EvalResultsNotPrepared", solution: "Wait for the evaluation results generated." },
            "ModelArts.2798": "Unsupported model id:%s" { http: 400, message: "UnsupportedModel", solution: "Check whether the model id is valid." },
            "ModelArts.2801": "federation ID (%s) not found." { http: 400, message: "FederationNotFound", solution: "Check whether the federation id is valid." },
            "ModelArts.2802": "Invalid codeDir path: %s." { http: 400, message: "InvalidCodeDir", solution: "Check the codeDir path." },
            "ModelArts.2804": "The current user does not have sufficient permission to authorize all sub-users of the tenant." { http: 400, message: "InsufficientPermissionToAuthorize", solution: "Please confirm user's iam permission" },
            "ModelArts.2805": "The participant to be invited contains the IAM user ID of the current account(%s)." { http: 400, message: "FederationInviteUserError", solution: "Ensure that the user list does not contain the IAM user ID of the current account." },
            "ModelArts.2806": "Custom image jobs command and engine.url cannot be empty." { http: 400, message: "MustHaveCmdAndImage", solution: "Check whether the command and engine.url is valid." },
            "ModelArts.2807": "Unsupported condition key (%s)" { http: 400, message: "UnsupportedConditionKey", solution: "Check whether the key of search is valid." },
            "ModelArts.2808": "Unsupported condition operator (%s)" { http: 400, message: "UnsupportedConditionOperator", solution: "Check whether the operator of search is valid." },
            "ModelArts.2809": "Unsupported condition value (%s)" { http: 400, message: "UnsupportedConditionValue", solution: "Check whether the value of search is valid." },
            "ModelArts.2810": "Custom image query failure" { http: 400, message: "SWRQueryImageInfoError", solution: "Check whether the image_url is valid." },
            "ModelArts.2811": "Custom image share-create failure" { http: 400, message: "SWRCreateShareError", solution: "Check whether the image_url is valid." },
            "ModelArts.2812": "Unsupported action type:%s" { http: 400, message: "UnsupportedActionType", solution: "Check whether the action type is valid." },
            "ModelArts.2814": "Job algorithm configuration(%s) does not match algorithm management configuration." { http: 400, message: "AlgorithmNotMatch", solution: "Please check the parameter is valid." },
            "ModelArts.2815": "Exceed quota limit of resource(%s)." { http: 400, message: "ExceedQuotaLimit", solution: "Please release the resources in use or apply for an expanded quota." },
            "ModelArts.2816": "The parameter(%s) exceeds the upper limit %s." { http: 400, message: "ParamRangeError", solution: "Please enter another value range." },
            // The algorithm is still being created ("Please wait ..."): pending.
            "ModelArts.2817": "algorithm(%s) is not ready to share." => pending { http: 400, message: "AiAlgorithmShareError", solution: "Please wait for the algorithm to complete creation." },
            // The log is still being generated: pending.
            "ModelArts.2818": "the log file is not generated" => pending { http: 400, message: "LogFileNotGenerated", solution: "Please view the log after the log is generated." },
            "ModelArts.2819": "the log file has been cleared" { http: 400, message: "LogFileHasCleared", solution: "Please select obs url to upload your logs when creating training jobs." },
            "ModelArts.2820": "the log storage path cannot be found" { http: 400, message: "LogPathNotFound", solution: "please use old API to view the log" },
            "ModelArts.2821": "Duplicate algorithm (name %s)." { http: 400, message: "DuplicateAlgorithmName", solution: "The algorithm name already exists, Please change algorithm name." },
            "ModelArts.2822": "The log export path is not set." { http: 400, message: "LogExportPathNotSet", solution: "Please set the log export path." },
            "ModelArts.2823": "Policy doesn't allow to be performed. domain id %s, config domain id %s." { http: 400, message: "DomainIdNotMatched", solution: "Please check domain id in configfile and Request Header." },
            "ModelArts.2824": "The search indicators is duplicate." { http: 400, message: "SearchIndicatorsError", solution: "Check whether the search indicators is duplicate." },
            "ModelArts.2825": "The parameter (%s) value type error." { http: 400, message: "ParamTypeError", solution: "Ensure that the parameter value type is correct." },
            "ModelArts.2826": "The search parameters error." { http: 400, message: "SearchParamsError", solution: "Please enter another search parameter." },
            "ModelArts.2827": "Unable to perform failure analysis on jobs that did not fail." { http: 400, message: "FailureAnalysisNotPossible", solution: "Please perform a failure analysis on the failed training job." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.2828": "Failed to get the reason for training job failure." => vendor_error { http: 400, message: "FailureAnalysisFailed", solution: "Unknown failure. Contact technical support." },
            "ModelArts.2829": "Duplicate training engine (name %s)." { http: 400, message: "DuplicateEngineId", solution: "Change training engine name." },
            "ModelArts.2830": "Custom image jobs engine_id cannot be empty." { http: 400, message: "MustHaveEngineId", solution: "Check whether the engine_id is valid." },
            "ModelArts.2831": "Failure to provide feedback on failure results." { http: 400, message: "FeedbackFailureAnalysisNotPossible", solution: "Please give feedback on the failed job for which the reason has been analyzed." },
            "ModelArts.2832": "The AI engine version has been discontinued." { http: 400, message: "EngineNeedUpgrade", solution: "Please use the latest version of AI engine." },
            "ModelArts.2833": "The job quantity exceeds the maximum number (%d) of jobs that can be created by a single user of the free flavor." { http: 400, message: "ExceedeFreeFlavorQuota", solution: "Please delete other free flavor job." },
            "ModelArts.2834": "Does not support data type (%s)." { http: 400, message: "UnsupportedRemoteDataType", solution: "Change to a supported data type." },
            "ModelArts.2835": "Get size of input channel time out." { http: 400, message: "GetSizeOfChannelTimeOut", solution: "Please get size of folder in local file system or obs service." },
            "ModelArts.2837": "The account has been restricted or frozen." { http: 400, message: "FrozenAccount", solution: "Please check the account." },
            "ModelArts.2838": "Policy doesn't allow (%s) to be performed" { http: 400, message: "WorkspacePolicyLimit", solution: "Check the configuration of the fine-grained policy in IAM" },
            "ModelArts.2839": "Invalid MindSpore advanced configuration (%s)." { http: 400, message: "InvalidMindSporeConfig", solution: "Check the validity of the information in the request." },
            "ModelArts.2840": "Engine or resource policy specified cannot be supported on this flavor." { http: 400, message: "UnsupportedFlavor", solution: "Please reselect flavor." },
            "ModelArts.2841": "Duplicate training experiment (name: %s)." { http: 400, message: "DuplicateTrainingExperimentName", solution: "Change training experiment name." },
            "ModelArts.2842": "Training job (id: %s) not found." { http: 400, message: "TrainingExperimentNotFound", solution: "Check whether the training experiment information in the request is valid." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.2843": "Query vpc endpoint failed for reason (%s)." => vendor_error { http: 400, message: "QueryVPCEPFailed", solution: "vpcep request failed, Contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.2844": "Change vpc endpoint policy failed for reason (%s)." => vendor_error { http: 400, message: "ChangeVPCEPPolicyFailed", solution: "vpcep request failed, Contact technical support." },
            "ModelArts.2845": "SWR image size exceeded (%dGB > %dGB)." { http: 400, message: "ImageSizeExceeded", solution: "Please modify your swr image." },
            "ModelArts.2846": "The type of training job (%s) does not match the type of training experiment (%s)." { http: 400, message: "TrainingExperimentTypeMismatch", solution: "Please select a training experiment that matches the training job type." },
            "ModelArts.2847": "The edge node (%s) current status is %s, cannot perform federated training." { http: 400, message: "IEFNodeUnavailable", solution: "Please select an available edge node." },
            "ModelArts.2848": "Please check whether the parameter edge_node_id(%s) is correct, error detail: %s." { http: 400, message: "IEFClientError", solution: "Please select an available edge node." },
            "ModelArts.2849": "Exceeded maximum federation participants limit." { http: 400, message: "FederationParticipantsReachLimit", solution: "Please select other federations with participants below the limit." },
            "ModelArts.2850": "Duplicate federation activity (name %s)." { http: 400, message: "FederationDuplicateActivityName", solution: "The federation activity name already exists, please change it." },
            "ModelArts.2851": "you have already joined this federation activity(id %s)." { http: 400, message: "FederationDuplicateParticipant", solution: "Please select a federation activity that you have not yet joined." },
            "ModelArts.2853": "Prohibition of federation activity status transitions from %s to %s." { http: 400, message: "FederationOperationForbidden", solution: "This operation is prohibited." },
            "ModelArts.2854": "Unsupported input/output channel remote type." { http: 400, message: "UnsupportedRemoteType", solution: "Change to a supported channel remote type." },
            "ModelArts.2855": "Prohibition of run_user < %d when the training job is not in the dedicated pool." { http: 400, message: "RunUserDeny", solution: "This operation is prohibited." },
            "ModelArts.2856": "Unable to publish this algorithm to gallery, because image of the algorithm is not own to you." { http: 400, message: "NotOwnImagePublishGalleyError", solution: "Please use the algorithm that image is own to you." },
            "ModelArts.2857": "The local_code_dir parameter verification failed for reason(%s)" { http: 400, message: "InvalidLocalCodeDir", solution: "Check the validity of the information in the request." },
            "ModelArts.2858": "Current operation not supported, (%s)." { http: 400, message: "UnsupportedOperation", solution: "Please refer to hints." },
            "ModelArts.2859": "The working_dir parameter verification failed for reason(%s)" { http: 400, message: "InvalidWorkingDir", solution: "Check the validity of the information in the request." },
            "ModelArts.2879": "Job runtime_type is not debug" { http: 400, message: "JobRuntimeTypeNotDebug", solution: "Please adjust job runtime_type to debug" },
            // An image save job is under way ("Please wait ... to be completed"): pending.
            "ModelArts.2880": "ImageSaveJob is exist" => pending { http: 400, message: "ImageSaveJobExist", solution: "Please wait ImageSaveJob to be completed" },
            "ModelArts.2883": "training job secondary_phase is not running" { http: 400, message: "ImageSaveJobSecPhaseNotRunning", solution: "Please check training job secondary_phase" },
            "ModelArts.2884": "image tag and image name is exist" { http: 400, message: "ImageSwrAlreadyExist", solution: "Please check the image tag and name is unique in namespace" },
            "ModelArts.2885": "the access of user swr is exception" { http: 400, message: "AccessImageSwrException", solution: "Please check the image namespace is exist or user authorization is enough" },
            "ModelArts.2886": "Pool (%s) is not a training pool" { http: 400, message: "NotTrainingPool", solution: "Please check whether the pool supports the training job type" },
            "ModelArts.2887": "Pool (%s) is not running" { http: 400, message: "PoolNotRunning", solution: "Please check the status of the pool" },
            "ModelArts.2889": "Get pool (%s) failed.%s" { http: 400, message: "GetOsPoolFailed", solution: "Please check the validity of the pool in the request" },
            "ModelArts.2891": "workspace access error,error message is %s, error code is %s" { http: 400, message: "WorkspaceSetError", solution: "Please try to solve by error message" },
            "ModelArts.3015": "The model configuration file does not comply with file specifications." { http: 400, message: "Config json file does not conform to the specification.", solution: "Check whether config.json or initial_config complies with the specifications." },
            "ModelArts.3016": "Failed to parse the configuration file because the field, type, or format is not supported." { http: 400, message: "Failed to parse config json file because of unsupported fields, types, or formats({0}, {1}).", solution: "Check whether the field is correct as prompted." },
            "ModelArts.3017": "Failed to publish the model because the model source path does not meet specifications." { http: 400, message: "Failed to publish model because source location noncompliance.", solution: "Check whether the source_location value complies with the specifications." },
            "ModelArts.3023": "Invalid model label {0}." { http: 400, message: "Invalid labels({0}) of model.", solution: "Ensure that a model label starts with a letter and contains a maximum of 64 characters, including letters, digits and underscores (_)." },
            "ModelArts.3024": "Incorrect configuration. Check whether the configuration complies with the template requirements." { http: 400, message: "The templateInputs field is incorrectly configured, check if the input is consistent with the template requirements.", solution: "The parameter configuration does not comply with the template requirements. Modify the configuration." },
            "ModelArts.3025": "User {0} does not have permission to share data with all users." { http: 400, message: "User ({0}) has only a single share permission and cannot be shared with all users.", solution: "Only the administrator or accounts in the whitelist have permission to share data with all users." },
            "ModelArts.3026": "Failed to delete input/output mode {0} because it is being used by a template." { http: 400, message: "Failed to delete infer format, infer format ({0}) already be used by template.", solution: "Find the template that is using the input/output mode, disassociate the mode from the template, and delete the mode again." },
            "ModelArts.3027": "Input/Output mode {0} used by the template cannot be shared." { http: 400, message: "The model used by the template ({0}) is private and belongs to other users and cannot be shared.", solution: "Select another mode." },
            "ModelArts.3028": "Failed to publish the model. Select an input/output mode." { http: 400, message: "Failed to publish model, please select input and output mode.", solution: "Select another input/output mode and publish the model again." },
            "ModelArts.3029": "Failed to publish the model because the template ID is unavailable." { http: 400, message: "Model publishing failed because the Template model must provide the template ID used.", solution: "Enter the template ID." },
            "ModelArts.3030": "Failed to publish the model because the built-in input/output mode of template {0} cannot be changed." { http: 400, message: "Model publishing failed, template ({0}) does not support modifying its built-in input and output mode.", solution: "Do not change the input/output mode of a template when publishing the template model." },
            "ModelArts.3031": "Failed to cancel the sharing because image {0} is not shared with other users." { http: 400, message: "Cancel sharing failed, ({0}) has not been shared with other tenants.", solution: "Ensure that image {0} is not shared with other users." },
            "ModelArts.3032": "Failed to share image {0} with the administrator {0}. Check the image permission." { http: 400, message: "Image ({0}) cannot be shared to admin ({1}), please check the image permissions.", solution: "Perform operations according to the error message." },
            "ModelArts.3033": "Failed to publish the template model because its label is left blank." { http: 400, message: "Template publishing failed, please provide template label.", solution: "Set the model label." },
            "ModelArts.3034": "Failed to publish the template model because the template field is left blank." { http: 400, message: "Template model failed to be published, template field is required.", solution: "Set template." },
            "ModelArts.3035": "Failed to preview the configuration file." { http: 400, message: "Profile preview failed, sourceLocation and previewConfig fields need to provide at least one.", solution: "Either source_location or preview_config must be specified." },
            "ModelArts.3036": "Failed to check parameter {0} because it is left blank." { http: 400, message: "Parameter verification failed, parameter ({0}) is required.", solution: "Set parameters according to the error message." },
            "ModelArts.3037": "Invalid parameter {0}:{1}." { http: 400, message: "Parameter ({0}:{1}) is invalid.", solution: "Modify passwords as prompted." },
            "ModelArts.3038": "Failed to perform the operation because domain_id is left blank." { http: 400, message: "When isSpecific is true, domainId is required.", solution: "Set domain_id as prompted." },
            "ModelArts.3039": "Failed to perform the operation because input_id is repetitive." { http: 400, message: "Template input input_id cannot be repeated.", solution: "Ensure that the input_id value is unique." },
            "ModelArts.3040": "Failed to perform the operation because restraint can only be EXACT." { http: 400, message: "When the installer installer is yum or apt-get, and the version packageVersion exists, the version constraint restraint can only be EXACT.", solution: "Change the restraint value to EXACT." },
            "ModelArts.3041": "Failed to perform the operation because restraint can only be EXACT, ATLEAST, or ATMOST." { http: 400, message: "When the installer installer is conda or pip, and the version packageVersion exists, the version constraint restraint can only be EXACT, ATLEAST, ATMOST.", solution: "Change the restraint value to EXACT, ATLEAST, or ATMOST." },
            "ModelArts.3063": "Failed to cancel mode sharing because the template using the mode is being shared." { http: 400, message: "Mode unshared failed, the template using this mode has been shared, you need to cancel the sharing of the template first.", solution: "Perform operations according to the error message." },
            "ModelArts.3070": "The model does not belong to user {0}." { http: 400, message: "There is a model name that does not belong to this tenant: ({0}).", solution: "The domain ID of the subscribed model is different from the entered domain ID. Contact the model subscription service and check whether the entered domain ID is correct." },
            "ModelArts.3072": "You cannot subscribe to your own model." { http: 400, message: "The domain id is the same and does not support subscribing to your own model.", solution: "Use another account to subscribe to the model." },
            "ModelArts.3074": "Failed to delete the subscribed model." { http: 400, message: "Unable to delete subscribed model.", solution: "Unsubscribe from the model and try again." },
            "ModelArts.3076": "Failed to perform the operation because the model cannot be deployed as an edge service." { http: 400, message: "Model does not support deploying edge services and cannot broadcast.", solution: "The install_type of the model does not support edge service." },
            "ModelArts.3077": "Failed to perform the operation because the model has been subscribed." { http: 400, message: "Model is a subscription model that cannot be broadcast.", solution: "The model_source of the model has been set to subscribe." },
            "ModelArts.3078": "Failed to perform the operation because the model status is abnormal." { http: 400, message: "The model status is not normal and cannot be broadcast.", solution: "Check the model status." },
            "ModelArts.3079": "Failed to unsubscribe from the model because a license has been configured for the model." { http: 400, message: "Purchased license, can't cancel subscription.", solution: "Delete the license and unsubscribe from the model." },
            "ModelArts.3514": "The input_params parameter for the batch service model is left blank." { http: 400, message: "Field [input_params] must be set for the model that is used to deploy the batch service.", solution: "Set input_params." },
            // The model "is still being published" ("Try again after the model is ready."):
            // pending.
            "ModelArts.3515": "Failed to deploy the service because model {ID} is not ready." => pending { http: 400, message: "The model {id} cannot be used for deploying services because it is still being published.", solution: "Try again after the model is ready." },
            "ModelArts.3516": "Failed to deploy the service due to duplicate model versions." { http: 400, message: "Failed to deploy services because the version of the model that is used for deploying services is the same.", solution: "Correct the model version list to ensure that no duplicate model versions exist." },
            "ModelArts.3518": "Service {type} has not been enabled or authorized." { http: 400, message: "The {service_type} service has not been enabled or authorized.", solution: "Enable or authorize the service." },
            "ModelArts.3519": "Services in the deploying, running, stopping, or deleting state cannot be updated." { http: 400, message: "Services only in one of states in [deploying, running, stopping, deleting] can be updated.", solution: "Do not update services in the deploying, running, stopping, or deleting state." },
            "ModelArts.3520": "The total number of {type} services has reached the maximum allowed limit {quantity}." { http: 400, message: "A maximum of {number} {service_type} services are allowed.", solution: "Delete the services that are no longer used or contact service O&M personnel to increase the quantity quota." },
            "ModelArts.3521": "The total number of {type} services in the running state has reached the maximum allowed limit {quantity}." { http: 400, message: "A maximum of {number} {service_type} services in running status are allowed.", solution: "Delete the services that are no longer used or contact service O&M personnel to increase the quantity quota." },
            "ModelArts.3522": "The total number of {type} service instances has reached the maximum allowed limit {quantity}." { http: 400, message: "A maximum of {number} {service_type} service instances are allowed.", solution: "Delete the service instances that are no longer used or contact service O&M personnel to increase the quantity quota." },
            "ModelArts.3523": "Service {name} has been subscribed." { http: 400, message: "Service {name} has been subscribed.", solution: "Directly use the subscribed service." },
            "ModelArts.3524": "Failed to subscribe to the service because {Reason}." { http: 400, message: "Failed to subscribe to the service because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3525": "Failed to update service {name} because it is a shared service." { http: 400, message: "Forbidden to update service {name} because it is a shared service.", solution: "Do not update a shared service." },
            "ModelArts.3527": "Failed to subscribe to service {ID} because it is a {type} service." { http: 400, message: "Forbidden to subscribe to service {id} because it is a {service_type} service.", solution: "The service of this type cannot be subscribed to." },
            "ModelArts.3528": "Failed to subscribe to service {ID} because it is your service." { http: 400, message: "Forbidden to subscribe to service {id} because it is released by yourself.", solution: "You cannot subscribe to services published by yourself." },
            "ModelArts.3529": "Model {ID} of service {ID} does not exist." { http: 400, message: "Model {id} under service {id} does not exist.", solution: "Ensure that the model ID is correctly set and that the model belongs to the target service." },
            "ModelArts.3531": "A QR code has been created for service {ID}." { http: 400, message: "Service {id} has created the QR code.", solution: "The QR code has been created for the service and does not need to be created again." },
            "ModelArts.3532": "A QR code has not been created for service {ID}." { http: 400, message: "No QR code found for service {id}.", solution: "Create a QR code for the service and try again." },
            "ModelArts.3533": "The selected edge node flavor does not support {GPU/NPU}." { http: 400, message: "The selected edge node does not support {GPU/NPU}.", solution: "Add the target hardware support to the selected edge node, or use another edge node that supports the target hardware." },
            "ModelArts.3534": "The security group must contain at least one inbound rule to permit the requests whose protocol is TCP, source address is 0.0.0.0/0, and port number is 8080." { http: 400, message: "The security group must contain at least one inbound rule to allow the TCP request from source address 0.0.0.0/0 and port 8080.", solution: "Add the inbound rule to the security group." },
            "ModelArts.3535": "Subservice {name} of service {name} does not exist." { http: 400, message: "Subservice {name} of service {name} does not exist.", solution: "Ensure that the subservice name is correctly set and that the subservice belongs to the target service." },
            "ModelArts.3536": "You have subscribed to subservice {name} of service {name}." { http: 400, message: "Subservice {name} of service {name} has been subscribed.", solution: "Directly use the subscribed subservice." },
            "ModelArts.3538": "At most one requirement notification is allowed for service {name}." { http: 400, message: "The requirement notification of service {name} should not exceed one.", solution: "Check the configuration and ensure that no more than one requirement notification is configured for service {name}." },
            "ModelArts.3540": "You are not the owner of service {name}." { http: 400, message: "Operation failed because you are not the owner of service {name}.", solution: "This operation can be performed only by the service owner." },
            "ModelArts.3541": "Error code {error code} of service {name} does not exist." { http: 400, message: "Error code {error_code} of service {name} does not exist.", solution: "Ensure that the error code is correctly set and that the error code belongs to the target service." },
            "ModelArts.3542": "Error code {error code} of service {name} already exists." { http: 400, message: "Error code {error_code} of service {name} already exists.", solution: "Change the error code and try again." },
            "ModelArts.3544": "Failed to parse the CNAME domain." { http: 400, message: "URL domain CNAME resolution failed.", solution: "Check whether the URL is correct." },
            "ModelArts.3545": "Invalid certificate or private key." { http: 400, message: "Invalid certificate or private key.", solution: "Check whether the certificate or private key is correctly configured." },
            "ModelArts.3547": "Cluster {ID} does not exist." { http: 400, message: "Cluster {id} does not exist.", solution: "Check whether the cluster ID is correct." },
            "ModelArts.3548": "Path {path} is not a valid regular expression." { http: 400, message: "Path {path} is not a valid regex.", solution: "Check whether the path is correct." },
            "ModelArts.3549": "Duplicate error code {error code} in the request body." { http: 400, message: "Error code {code} is duplicated.", solution: "Modify the error code to ensure that the error code is unique." },
            "ModelArts.3550": "Domain {noun} has been used." { http: 400, message: "Domain {name} has been used.", solution: "Change the domain name and try again." },
            "ModelArts.3551": "OBS path {path} does not exist." { http: 400, message: "OBS path {path} does not exist.", solution: "Check whether the OBS path is correct." },
            "ModelArts.3552": "The resource_id value is not in the range from 0 to 64." { http: 400, message: "The length of [resource_id] must be in the range of [0, 64].", solution: "Check whether RESOURCE_SPEC_CODE is too long." },
            "ModelArts.3553": "Service {name} has not been subscribed to." { http: 400, message: "Service {name} not subscribed yet.", solution: "Subscribe to the service and try again." },
            "ModelArts.3554": "Cluster name {name} has been used." { http: 400, message: "Cluster name {name} has been used.", solution: "Change the cluster name and try again." },
            "ModelArts.3556": "AI service {ID} cannot be shared." { http: 400, message: "Forbidden to share ai-service {id} because ai-service is unsharable.", solution: "AI services cannot be shared." },
            "ModelArts.3559": "Source error code {error code} of service {name} already exists." { http: 400, message: "Source error code {error_code} of service {name} already exists.", solution: "Change the source error code and try again." },
            "ModelArts.3560": "Subservice {ID} has not been subscribed for project {ID}." { http: 400, message: "Project {project_id} has not subscribed to subservice {id}.", solution: "Subscribe to the subservice and try again." },
            "ModelArts.3561": "Insufficient node quota." { http: 400, message: "Insufficient node quota.", solution: "Contact service O&M personnel to increase the quota or delete unnecessary nodes to release resources." },
            "ModelArts.3562": "The due_time value must be later than the current time." { http: 400, message: "The value of field {due_time} must be a future time.", solution: "Set the due_time parameter to a time later than the current time." },
            "ModelArts.3564": "Sample collection for service {ID} has been created." { http: 400, message: "The sample collection task has been created for service {id}.", solution: "Do not create the task again." },
            "ModelArts.3565": "Sample collection for service {ID} has not been created." { http: 400, message: "No sample collection task is created for service {id}.", solution: "Create a service sample collection task and try again." },
            "ModelArts.3566": "The default workspace cannot be modified." { http: 400, message: "Forbidden to modify the default workspace.", solution: "Do not modify the default workspace." },
            "ModelArts.3567": "OBS error because {cause}." { http: 400, message: "OBS error occurs because {reason}.", solution: "Locate the fault based on the failure cause." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3568": "The OBS client is abnormal." => vendor_error { http: 400, message: "OBS client error occurs.", solution: "Contact service O&M personnel." },
            "ModelArts.3572": "Invalid OBS path {path}." { http: 400, message: "Invalid OBS URL {url}.", solution: "Check whether the OBS path is correct." },
            "ModelArts.3573": "Failed to obtain the bucket name from OBS path {path}." { http: 400, message: "Failed to obtain the bucket name from OBS URL {url}.", solution: "Check whether the OBS path is correct." },
            "ModelArts.3574": "Failed to check OBS path {path}." { http: 400, message: "Failed to validate the correctness of OBS URL {url}.", solution: "Check whether the OBS path is correct." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3576": "Failed to obtain the model quota." => vendor_error { http: 400, message: "Failed to query the model quota.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3577": "Failed to update the model quota." => vendor_error { http: 400, message: "Failed to update the model quota.", solution: "Contact service O&M personnel." },
            "ModelArts.3578": "Insufficient model quota." { http: 400, message: "Insufficient model quota. Increase the quota or delete any unnecessary services.", solution: "Increase the quota or delete the models that are no longer used, and try again." },
            "ModelArts.3580": "The model has not been purchased." { http: 400, message: "Model not purchased.", solution: "Purchase the model and try again." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3582": "Failed to create edge configurations." => vendor_error { http: 400, message: "Failed to create edge configurations.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3583": "Failed to create the edge application due to an IEF platform error." => vendor_error { http: 400, message: "Failed to create the edge application due to IEF error.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3584": "Failed to update the edge application." => vendor_error { http: 400, message: "Failed to update the edge application.", solution: "Contact service O&M personnel." },
            "ModelArts.3585": "The host port has been used by another edge application." { http: 400, message: "The host port has been used by another edge application.", solution: "Use another port or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3586": "Failed to create the edge application." => vendor_error { http: 400, message: "Failed to create the edge application.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3587": "Failed to delete the edge application." => vendor_error { http: 400, message: "Failed to delete the edge application.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3588": "Failed to create edge volumes and environments." => vendor_error { http: 400, message: "Failed to create edge volumes and environments.", solution: "Contact service O&M personnel." },
            "ModelArts.3589": "Model {ID} cannot be used to deploy the {type} service." { http: 400, message: "Model {id} cannot be used to deploy {service_type} service.", solution: "Select another deployment type." },
            "ModelArts.3590": "Invalid expression rule." { http: 400, message: "Invalid expression rule. Create a rule using Spring Expression Language and the desired result type is Boolean.", solution: "Ensure that the rule complies with the Spring expression language syntax, and the expected result is of Boolean type." },
            "ModelArts.3591": "Duplicate rules in extend-configs." { http: 400, message: "There are duplicate rules in the extend-configs.", solution: "Modify the expression specifications to prevent duplicate expressions." },
            "ModelArts.3592": "Incorrect model health check parameters." { http: 400, message: "Incorrect model health configuration.", solution: "Check whether the health check parameters of the model are correct." },
            "ModelArts.3593": "The model has expired." { http: 400, message: "The model has been expired.", solution: "Purchase or subscribe to the model again." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3594": "Failed to obtain the edge instance." => vendor_error { http: 400, message: "Failed to query IEF instances.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3595": "Failed to create the application mesh." => vendor_error { http: 400, message: "Failed to create the IEF application mesh.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3596": "Failed to update the application mesh." => vendor_error { http: 400, message: "Failed to update the IEF application mesh.", solution: "Contact service O&M personnel." },
            "ModelArts.3597": "Failed to use the service because the development environment has not been authorized to store and use your AK and SK." { http: 400, message: "Please authorize the development environment to use and store your AK and SK.", solution: "Authorize the development environment to store and use your AK and SK." },
            "ModelArts.3598": "Only running nodes can be selected." { http: 400, message: "Only nodes in the [Running] state can be selected.", solution: "Select a running node and try again." },
            "ModelArts.3610": "Parameter {name} cannot be left blank." { http: 400, message: "Parameter {name} cannot be empty.", solution: "Set the parameter and try again." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3611": "Failed to obtain batch processing task logs." => vendor_error { http: 400, message: "Failed to query the batch task run log.", solution: "Contact service O&M personnel." },
            // The message says "Please try later": retry.
            "ModelArts.3612": "Failed to {create/update} service workload. The error code is {error code}. Try again later or submit a service ticket." => retry { http: 400, message: "Failed to {create/update} the service payload due to error code {code}. Please try later or submit a service ticket for professional technical support.", solution: "Try again or contact service O&M personnel." },
            // The message says "Please try later": retry.
            "ModelArts.3613": "Failed to register the service API. Try again later or submit a service ticket." => retry { http: 400, message: "Failed to register the API. Please try later or submit a service ticket for professional technical support.", solution: "Try again or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3620": "Failed to obtain the number of associated services." => vendor_error { http: 400, message: "Failed to get the number of associated services.", solution: "Contact service O&M personnel." },
            "ModelArts.3811": "Failed to obtain the agency because {Reason}." { http: 400, message: "Failed to query the agency because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3812": "Failed to create resource flavor code {code} because {Reason}." { http: 400, message: "Failed to create AI resource specification code {code} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3813": "Failed to update resource flavor code {code} because {Reason}." { http: 400, message: "Failed to update AI resource specification code {code} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3814": "Failed to delete resource flavor code {code} because {Reason}." { http: 400, message: "Failed to delete AI resource specification code {code} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3815": "Failed to delete subservice {ID} because {Reason}." { http: 400, message: "Failed to delete AI subservice {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3816": "Failed to create the proxy mapping because {reason}." { http: 400, message: "Failed to create the AI proxy mapping because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3817": "Failed to update the proxy mapping path because {reason}." { http: 400, message: "Failed to update the AI proxy mapping because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3818": "The agency of service {name} has been configured." { http: 400, message: "The agency of service {name} has been defined.", solution: "Do not repeat the operation." },
            "ModelArts.3822": "The batch service does not exist." { http: 400, message: "The batch service task does not exist.", solution: "Enter the correct batch service ID." },
            "ModelArts.3825": "Failed to generate CDR data because {Reason}." { http: 400, message: "Failed to generate the SDR data because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3826": "Failed to create the API because {Reason}." { http: 400, message: "Failed to create the API because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3827": "Failed to subscribe to the API because {Reason}." { http: 400, message: "Failed to subscribe to the API because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3828": "Failed to unsubscribe from the API because {Reason}." { http: 400, message: "Failed to unsubscribe from the API because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3829": "Failed to update the API subscription because {Reason}." { http: 400, message: "Failed to modify the API subscription status because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3830": "You are not allowed to change the billing mode from postpaid to prepaid." { http: 400, message: "Operation not allowed. Change the charging mode from postpaid to prepaid in CBC.", solution: "Change the billing mode in CBC." },
            "ModelArts.3831": "You are not allowed to change the billing mode from prepaid to postpaid." { http: 400, message: "Operation not allowed. Change the charging mode from prepaid to postpaid in CBC.", solution: "Change the billing mode in CBC." },
            "ModelArts.3832": "Failed to perform the operation because the subscription configuration has not modified." { http: 400, message: "The subscription configuration is not modified and does not need to be updated. Please check.", solution: "Change the subscription configuration and try again." },
            "ModelArts.3833": "Failed to delete the API because {Reason}." { http: 400, message: "Failed to delete the API because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3834": "Failed to update the CBC metadata because {Reason}." { http: 400, message: "Failed to update metedata in CBC because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3835": "Resource flavor code {code} of service {name} does not exist." { http: 400, message: "Resource specification code {code} of service {name} does not exist.", solution: "Ensure that the resource flavor code is correctly set and that the code belongs to the target service." },
            "ModelArts.3836": "Resource flavor code {code} of project {1} does not exist." { http: 400, message: "Resource specification code {code} of project {id} does not exist.", solution: "Ensure that the resource flavor code is correctly set and that the code belongs to the target project." },
            "ModelArts.3837": "Resource {ID} of project {1} does not exist." { http: 400, message: "Resource ID {id} of project {id} does not exist.", solution: "Ensure that the resource ID is correctly set and that the resource belongs to the target project." },
            "ModelArts.3838": "Hard example filtering of service {0} has not been enabled." { http: 400, message: "The hard-select has not been enabled for service {id}.", solution: "Enable hard example filtering for the service and try again." },
            "ModelArts.3839": "Hard example filtering of service {0} has been enabled." { http: 400, message: "The hard-select has been enabled for service {id}.", solution: "You do not need to enable it again." },
            "ModelArts.3840": "Service {0} has more than one labeling type." { http: 400, message: "Only one algorithm can be set for the service model.", solution: "Modify the configuration to ensure that there is only one labeling type." },
            "ModelArts.3841": "The labeling type is not object detection or image classification." { http: 400, message: "The value of [dataset_type] must be one of values in [image_classification, object_detection].", solution: "Change the labeling type to object detection or image classification." },
            "ModelArts.3842": "The labeling type of service algorithm {0} does not match that of label task {1}." { http: 400, message: "The labeling type of service algorithm {name} does not match that of label task {type}.", solution: "Modify the labeling type or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3843": "Failed to obtain database {0}." => vendor_error { http: 400, message: "Failed to query the information about dataset {id}.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3844": "Failed to import the sample to dataset {0}." => vendor_error { http: 400, message: "Failed to import samples to dataset {id}.", solution: "Contact service O&M personnel." },
            "ModelArts.3845": "No sample is available to be imported to OBS path {path} of service {ID}." { http: 400, message: "No sample is available for import under the OBS path {path} of service {id}.", solution: "Try again or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3846": "Failed to add the lifecycle rule for the OBS bucket of service {ID}." => vendor_error { http: 400, message: "Failed to add the OBS bucket lifecycle rule for service {id}.", solution: "Contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3847": "Failed to delete the lifecycle rule for the OBS bucket of service {ID}." => vendor_error { http: 400, message: "Failed to delete the OBS bucket lifecycle rule for service {id}.", solution: "Contact service O&M personnel." },
            "ModelArts.3848": "The service {ID} of the {import type} dataset already exists." { http: 400, message: "Service {id} in the information of dataset {import_type} already exists.", solution: "Check the request and select the correct service ID." },
            "ModelArts.3849": "The service {ID} of the {import type} dataset does not exist." { http: 400, message: "Service {id} in the information of dataset {import_type} does not exist.", solution: "Check whether the service ID is correct." },
            "ModelArts.3850": "Hard example task {ID} of service {ID} does not exist." { http: 400, message: "The hard-sample-select task {id} of service {id} does not exist.", solution: "Ensure that the hard example task ID is correctly set and that the task belongs to the target service." },
            "ModelArts.3851": "The status {status value} of the hard example task {name} cannot be updated to {status value}." { http: 400, message: "The status of hard-sample-select task {name} cannot be changed from {status} to {status}.", solution: "Try again or contact service O&M personnel." },
            "ModelArts.3852": "Failed to start hard example task {ID} because key OBS files have been deleted." { http: 400, message: "Failed to start hard-sample-select task {id} because related OBS files have been deleted.", solution: "Try again or contact service O&M personnel." },
            "ModelArts.3853": "The quota for selecting hard samples for project {ID} does not exist." { http: 400, message: "The hard-sample-select quota of project {id} does not exist.", solution: "Create the quota and try again." },
            "ModelArts.3854": "The quota for selecting hard samples for project {ID} already exists." { http: 400, message: "The hard-sample-select quota of project {id} already exists.", solution: "You do not need to create it again." },
            "ModelArts.3856": "The number of free services has reached the maximum allowed limit {Number}." { http: 400, message: "A maximum of {number} free services are allowed.", solution: "Delete unnecessary free services to release resources." },
            "ModelArts.3857": "The number of free services has reached the maximum allowed limit {Number}." { http: 400, message: "A maximum of {number} free service instances are allowed.", solution: "Delete unnecessary free services to release resources." },
            "ModelArts.3862": "The URL {URL} has been added to the whitelist of the sub-service {ID}." { http: 400, message: "Subservice {id} has been added to whitelist URL {url}.", solution: "Do not repeat the operation." },
            "ModelArts.3863": "The whitelist URL {ID} of the service {name} does not exist." { http: 400, message: "Whitelist URL {id} of service {name} does not exist.", solution: "Ensure that the URL ID in the whitelist is correct and that the URL belongs to the corresponding service." },
            "ModelArts.3864": "The sub-service {ID} of service {name} does not exist." { http: 400, message: "Subservice {id} of service {name} does not exist.", solution: "Ensure that the sub-service ID is correct and that the sub-service belongs to the corresponding service." },
            // A limit ("exceeds the maximum number ... allowed"), like a quota: client_error,
            // though the solution sends the caller to O&M personnel.
            "ModelArts.3865": "The number of the whitelist records downloaded by service {name} exceeds the upper limit {value}." { http: 400, message: "The size of the download whitelist of service {name} exceeds the maximum number {number} allowed.", solution: "Contact service O&M personnel." },
            "ModelArts.3866": "The domain ID {ID} and user ID {ID} already exist." { http: 400, message: "Domain ID {id} and user ID {id} already exist.", solution: "Do not repeat the operation." },
            "ModelArts.3867": "The domain ID {ID} does not exist." { http: 400, message: "Domain ID {id} does not exist.", solution: "Check the request and enter the correct domain ID." },
            "ModelArts.3868": "The domain ID {ID} and user ID {ID} do not exist." { http: 400, message: "Domain ID {id} and user ID {id} do not exist.", solution: "Check the request and enter the correct domain ID and user ID." },
            "ModelArts.3869": "Failed to delete the task type. Fault cause: {fault cause}." { http: 400, message: "Failed to delete the task type because {reason}.", solution: "Locate the fault based on the failure cause." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3870": "Failed to subscribe to the API. Fault cause: {fault cause}." => vendor_error { http: 400, message: "Failed to subscribe to the API because {reason}.", solution: "Contact service O&M personnel." },
            "ModelArts.3871": "You are not allowed to subscribe to postpaid QPS for the task type." { http: 400, message: "Forbidden to subscribe to postpaid QPS for the task type.", solution: "Check the request parameter or contact service O&M personnel." },
            "ModelArts.3872": "You are not allowed to change the billing mode of the task type from prepaid mode to postpaid QPS mode." { http: 400, message: "Forbidden to change the charging mode for the task type from prepaid to postpaid QPS.", solution: "Check the request parameter or contact service O&M personnel." },
            "ModelArts.3873": "The cluster {0} does not have the corresponding sub-service." { http: 400, message: "No corresponding subservice is found in cluster {name}.", solution: "Check the request parameter or contact service O&M personnel." },
            "ModelArts.3880": "Failed to create the AS policy. Fault cause: {fault cause}." { http: 400, message: "Failed to create the AS policy because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3890": "The number of AS policies exceeds the upper limit {0}." { http: 400, message: "The total number of AS policies exceeds the maximum number {number} allowed.", solution: "Delete unnecessary AS policies." },
            "ModelArts.3892": "Failed to call the API due to the invalid CBC request." { http: 400, message: "Calling failed due to invalid CBS request.", solution: "Try again or contact service O&M personnel." },
            "ModelArts.3894": "The specification configurations of the running environment {0} does not exist." { http: 400, message: "The specification configuration information of runtime environment {name} does not exist.", solution: "Set the flavor configurations for the running environment and try again." },
            "ModelArts.3895": "The specification configurations of the running environment {0} already exist." { http: 400, message: "The specification configuration information of runtime environment {name} already exists.", solution: "Do not repeat the operation." },
            "ModelArts.3896": "The records of the resource specification code {0} in project {1} already exist." { http: 400, message: "Resource specification code {0} for user {1} already exists.", solution: "Do not repeat the operation." },
            "ModelArts.3897": "Failed to request {create/obtain/delete} the AS. Error code: {0}." { http: 400, message: "Failed to {create/obtain/remove} the AS policy due to error code {code}.", solution: "Try again or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.3950": "Failed to obtain the AI service list." => vendor_error { http: 400, message: "Failed to obtain the AI service list.", solution: "Contact service O&M personnel." },
            "ModelArts.3951": "Failed to parse the file {name}." { http: 400, message: "Failed to parse file {name}.", solution: "Ensure that the file name is correct." },
            // "Insufficient resources. Please try later.": retry.
            "ModelArts.3952": "Insufficient resources." => retry { http: 400, message: "Insufficient resources. Please try later.", solution: "Try again later or contact service O&M personnel." },
            "ModelArts.3953": "Failed to delete real-time service {ID} because it has been associated with AI service {name}." { http: 400, message: "Failed to delete online service {id} because it has been associated with AI service {name}. Please disassociate it and try again.", solution: "Cancel the association between the real-time service and all AI services and try again." },
            "ModelArts.3954": "The cloud resource specification {ID} does not exist." { http: 400, message: "AI resource specification {id} does not exist.", solution: "Ensure that the cloud resource specification ID is correct." },
            "ModelArts.3955": "The ID components in the cloud resource specification {ID} cannot be left blank." { http: 400, message: "Field [resource_id_components] of AI resource specification {id} cannot be empty.", solution: "Set the resource_id_components parameter and try again." },
            "ModelArts.3976": "No resources are available for the selected specification." { http: 400, message: "No resources are available for the selected specification.", solution: "Increase the number of nodes in the resource pool or purchase a resource pool of the required specifications." },
            // The page also lists ModelArts.4105 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.4105": "The JSON format of the request body is incorrect." { http: 400, message: "Incorrect JSON format of the input data.", solution: "Use a request body in correct JSON format." },
            // The page also lists ModelArts.4106 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.4106": "Your account has been suspended." { http: 400, message: "Invalid authorization request. Your account is restricted.", solution: "Ensure your account balance is sufficient." },
            "ModelArts.4111": "Invalid Region header." { http: 400, message: "Invalid Region header.", solution: "Ensure the region header is correct." },
            "ModelArts.4122": "The username or password is incorrect." { http: 400, message: "Incorrect username or password.", solution: "Check the username and password." },
            // The lock lifts ("Wait until the account is unlocked and try again."): retry.
            "ModelArts.4126": "The account has been locked." => retry { http: 400, message: "Account locked.", solution: "Wait until the account is unlocked and try again." },
            "ModelArts.4128": "Do not use a weak password." { http: 400, message: "Week password is forbidden.", solution: "Configure a secure password." },
            // The columns disagree (the message says "System error.", the description and solution
            // a null taskEntity to fix): the HTTP status decides, client_error.
            "ModelArts.4129": "An error occurred. The taskEntity of a recovery task cannot be null." { http: 400, message: "System error.", solution: "Check taskEntity and ensure it is not null." },
            "ModelArts.4200": "The values of the request parameters are invalid." { http: 400, message: "Invalid request.", solution: "Check whether the request parameters are correct." },
            // The page also lists ModelArts.4201 under HTTP 401 (ModelArtsErrorAlt).
            "ModelArts.4201": "The request URL does not contain a service ID." { http: 400, message: "Invalid request URL because no service ID or request URI included.", solution: "Use a correct request URL." },
            "ModelArts.4202": "The request is empty." { http: 400, message: "Empty request.", solution: "Ensure the request body is not empty." },
            // The page also lists ModelArts.4203 under HTTP 401 (ModelArtsErrorAlt).
            "ModelArts.4203": "The requested service has not been started." { http: 400, message: "Invalid request because requested service %s is unavailable.", solution: "Ensure the service is started." },
            // The page also lists ModelArts.4204 under HTTP 404 (ModelArtsErrorAlt) and HTTP 500
            // (ModelArtsErrorAlt2).
            "ModelArts.4204": "You do not have the API OBT permission." { http: 400, message: "Request API error. %s", solution: "Obtain the API OBT permission." },
            // The page also lists ModelArts.4205 under HTTP 408 (ModelArtsErrorAlt).
            "ModelArts.4205": "A subdirectory must be specified as the dataset input or output path." { http: 400, message: "A subdirectory must be specified as the dataset input or output path.", solution: "A subdirectory must be specified as the dataset input or output path." },
            // The page also lists ModelArts.4301 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.4301": "The labeling job does not exist, and the task has been stopped." { http: 400, message: "The labeling job does not exist.", solution: "Check the labeling job." },
            "ModelArts.4311": "The OBS bucket does not exist." { http: 400, message: "OBS bucket does not exist", solution: "Ensure that the bucket name is correct and that the bucket name exists in OBS." },
            "ModelArts.4312": "Incorrect or invalid bucket name." { http: 400, message: "OBS path does not exist", solution: "Ensure that the bucket name is correct and that the bucket name exists in OBS." },
            "ModelArts.4313": "Invalid characters in the OBS path." { http: 400, message: "OBS path is invalid", solution: "Ensure that the OBS path consists of valid characters, including digits, letters, hyphens (-), underscores (_), slashes (/)." },
            "ModelArts.4314": "OBS access error." { http: 400, message: "Obs error", solution: "Ensure that you have the permission to access OBS and that the OBS path is valid." },
            "ModelArts.4315": "The OBS path is invalid." { http: 400, message: "Invalid OBS path.", solution: "Ensure the data URL does not contain //." },
            "ModelArts.4316": "OBS buckets are not supported." { http: 400, message: "OBS buckets are not supported.", solution: "Select a PFS bucket for the parallel file system." },
            // The words do not say whose fault it is: the HTTP status decides, client_error.
            "ModelArts.4337": "An error occurred in OperationCenter, leading to a failure to send alarms to IES." { http: 400, message: "OperationCenter error.", solution: "Check the alarms." },
            "ModelArts.4338": "The dataset ID or labeling task ID does not exist." { http: 400, message: "The resource not exists", solution: "Ensure that the input dataset ID or labeling task ID is correct." },
            "ModelArts.4340": "No valid file exists in the import path." { http: 400, message: "Import path does not contain valid file", solution: "Ensure that the file in the OBS path is valid." },
            "ModelArts.4342": "Incorrect splitting for labeled samples." { http: 400, message: "Dataset publish with splitting annotated samples error", solution: "Ensure that the labeled samples and labels meet splitting criteria." },
            // Another task is under way ("after the ongoing ... task is complete"): pending.
            "ModelArts.4343": "Do not switch, import, synchronize, or publish a dataset version because there is an ongoing publish task." => pending { http: 400, message: "Dataset is publishing, the operation is forbidden", solution: "Perform the operations after the ongoing publish task is complete." },
            "ModelArts.4344": "No labeling task is allowed because the dataset is being deleted." { http: 400, message: "Dataset is being deleted, annotation is forbidden", solution: "Ensure that the dataset ID is correct." },
            "ModelArts.4345": "The HDFS file does not exist." { http: 400, message: "File not found", solution: "Ensure that the OBS path is correct and that the file is available in the OBS path." },
            "ModelArts.4346": "Obtaining MRS clusters failed." { http: 400, message: "Failed to obtain clusters.", solution: "Check the MRS clusters." },
            "ModelArts.4347": "Failed to obtain HDFS files." { http: 400, message: "List files failed", solution: "Ensure that the OBS path is correct and that the files are available in the OBS path." },
            // Another task is under way ("after the ongoing ... task is complete"): pending.
            "ModelArts.4349": "Do not switch, import, synchronize, or publish a dataset version because there is an ongoing version switching task." => pending { http: 400, message: "Dataset is switching version, the operation is forbidden", solution: "Perform the operations after the ongoing version switching task is complete." },
            "ModelArts.4350": "The value of work_path exceeded the limit." { http: 400, message: "The work_path is too long, please select shorter folder", solution: "Change the value of work_path to a valid one." },
            "ModelArts.4351": "A dataset whose name is the value of dataset_name already exists." { http: 400, message: "Dataset already exists", solution: "Change the value of dataset_name." },
            "ModelArts.4352": "The dataset ID does not exist." { http: 400, message: "Dataset does not exist", solution: "Ensure that the imported dataset ID is correct." },
            "ModelArts.4353": "The dataset version ID does not exist." { http: 400, message: "Dataset version does not exist", solution: "Check dataset version parameters." },
            // Another task is under way ("after the ongoing ... task is complete"): pending.
            "ModelArts.4355": "A data synchronization task is being executed for the dataset." => pending { http: 400, message: "Sync data source task exist", solution: "Perform the operations after the ongoing data synchronization task is complete." },
            // Another task is under way ("after the ongoing ... task is complete"): pending.
            "ModelArts.4356": "A data import task is being executed for the dataset." => pending { http: 400, message: "Dataset already has running import task", solution: "Perform the operations after the ongoing data import task is complete." },
            "ModelArts.4357": "Failed to parse the labeling file name." { http: 400, message: "Parse AI annotation result file name error", solution: "Ensure that the file name in the OBS auto labeling result path is correct." },
            "ModelArts.4358": "Invalid OBS export path." { http: 400, message: "Invalid export path", solution: "Ensure that the export path is correct." },
            "ModelArts.4359": "The export task ID does not exist." { http: 400, message: "Export task does not exist", solution: "Ensure that the export task ID is correct." },
            "ModelArts.4361": "Failed to synchronize the auto labeling task result." { http: 400, message: "Import AI annotation error", solution: "Ensure that the auto labeling task result is correct." },
            "ModelArts.4362": "Failed to import data." { http: 400, message: "Import data error", solution: "Ensure that the authentication information and the request parameters for creating an import task are correct." },
            "ModelArts.4364": "The work_path subdirectory already exists in the dataset directory." { http: 400, message: "Dataset workPath subdir already exists", solution: "Ensure that the subdirectory in the dataset directory is correct." },
            "ModelArts.4365": "The label set of the dataset is empty." { http: 400, message: "Dataset labels not set", solution: "Create labels for the dataset." },
            "ModelArts.4368": "Failed to parse the point cloud binary file." { http: 400, message: "Parse pc bin file error", solution: "Ensure that the point cloud binary file is not damaged." },
            "ModelArts.4369": "Failed to parse the point cloud pre-labeling file." { http: 400, message: "Parse pc prelabel json file error", solution: "Ensure that the point cloud pre-labeling file is correct." },
            // Throttled ("One dataset version can be released in a minute, please try again
            // later"): retry.
            "ModelArts.4370": "Frequent dataset version creation." => retry { http: 400, message: "One dataset version can be released in a minute, please try again later", solution: "Do not frequently create dataset versions." },
            "ModelArts.4371": "The value of version_name is the same as an existing version." { http: 400, message: "Dataset version already exists", solution: "Change the value of version_name." },
            "ModelArts.4372": "No point cloud data image found." { http: 400, message: "Valid image not found", solution: "Ensure that the point cloud data image is correct." },
            "ModelArts.4374": "Invalid OBS path." { http: 400, message: "Invalid path", solution: "Ensure that the OBS path is correct and that the file is available in the OBS path." },
            "ModelArts.4375": "Failed to parse the point cloud data image in OBS." { http: 400, message: "Parse pc obs image error", solution: "Ensure that the point cloud data image is correct." },
            "ModelArts.4376": "The PCD attribute is not supported." { http: 400, message: "Unsupported pc pcd format error", solution: "Check the point cloud data in PCD format." },
            "ModelArts.4377": "Failed to parse the point cloud data in PCD format." { http: 400, message: "Pc pcd format error", solution: "Ensure that the PCD file is valid." },
            "ModelArts.4378": "Failed to parse the point cloud data in PCD format." { http: 400, message: "Parse pc pcd file error", solution: "Ensure that the PCD file is correct." },
            "ModelArts.4379": "The point cloud data format is not supported." { http: 400, message: "Unsupported pc file format error", solution: "Ensure that the imported point cloud data is in BIN or PCD format." },
            "ModelArts.4380": "Failed to parse the Kitti data." { http: 400, message: "Parse kitti calibration file error", solution: "Ensure that the data is correct." },
            // A publish task is under way ("Wait until the publish task is complete."): pending.
            "ModelArts.4381": "Sample labeling is not allowed because a publish task is being executed in the dataset." => pending { http: 400, message: "Dataset is publishing, annotation is forbidden", solution: "Wait until the publish task is complete." },
            "ModelArts.4382": "Failed to generate a 2D image." { http: 400, message: "Generate 2d image error", solution: "Ensure that the point cloud data is correct." },
            "ModelArts.4384": "Invalid parameter." { http: 400, message: "Invalid export parameter", solution: "Ensure that all mandatory parameters are included and valid." },
            "ModelArts.4391": "An auto deploy task whose name is the task_name value already exists in the dataset." { http: 400, message: "Task name is invalid", solution: "Ensure that the task name is correct." },
            "ModelArts.4392": "Failed to create or run the dataset." { http: 400, message: "Task failed", solution: "Ensure that the parameters and task resources are correct." },
            "ModelArts.4393": "The dataset task has been stopped." { http: 400, message: "Task stopped", solution: "Check the status of the dataset task with the specified ID." },
            "ModelArts.4396": "Invalid parameter." { http: 400, message: "Parameter is invalid", solution: "Ensure that the import task parameters are correct." },
            "ModelArts.4398": "The system language is invalid." { http: 400, message: "Invalid system language.", solution: "Check whether the system language is supported." },
            "ModelArts.4399": "The dataset type does not match the algorithm model." { http: 400, message: "Type match error", solution: "Ensure that the algorithm model is correct." },
            "ModelArts.4400": "Failed to obtain the schema information from the OBS directory." { http: 400, message: "Can not get table schema", solution: "Ensure that the CSV file in the OBS directory is correct." },
            "ModelArts.4401": "Exporting data failed. The dataset file cannot be copied to the repository." { http: 400, message: "Failed to export data.", solution: "Take other measures to export data." },
            "ModelArts.4404": "Failed to obtain the schema information from DLI." { http: 400, message: "Can not get table schema from DLI", solution: "Ensure that the request parameters are correct." },
            "ModelArts.4405": "Labeled samples must be available for enabling auto labeling." { http: 400, message: "Dataset must contains labels to start automation labeling", solution: "Add new labeled samples to the dataset." },
            "ModelArts.4406": "The number of samples to be labeled for each label cannot be less than 5." { http: 400, message: "Dataset must contains labels with at least five images to start automation labeling", solution: "Ensure that each label has at least five samples." },
            "ModelArts.4407": "The dataset must contain samples that have not been labeled." { http: 400, message: "Dataset must contains unlabeled files", solution: "Ensure that there are unlabeled samples in the dataset." },
            "ModelArts.4408": "The label shape cannot be bounding box." { http: 400, message: "Dataset contains labels shape not bndbox", solution: "Ensure that the shape attribute is correct." },
            // Running tasks end ("Try again later."): retry.
            "ModelArts.4409": "The number of tasks that are being executed in the dataset has reached the maximum allowed limit." => retry { http: 400, message: "Running tasks has exceed the max threshold", solution: "Try again later." },
            "ModelArts.4410": "The label does not exist." { http: 400, message: "Label not found", solution: "Ensure that the label name is correct." },
            "ModelArts.4411": "The new label list contains existing label names." { http: 400, message: "Label already exists", solution: "Ensure that the label names are correct." },
            "ModelArts.4412": "The label shortcut already exists." { http: 400, message: "Label shortcut already exists", solution: "Change the label shortcut." },
            "ModelArts.4413": "The label attribute does not comply with specifications." { http: 400, message: "Label is incompatible with annotation rules", solution: "Ensure that the label attribute complies with specifications." },
            "ModelArts.4414": "The entity label does not exist in the triplet label." { http: 400, message: "Triplet label's from_entity or to_entity does not exist", solution: "Ensure that the entity label in the triplet label is available." },
            "ModelArts.4415": "Failed to delete the entity label because it is being used in the triplet label." { http: 400, message: "Entity label can not be deleted because it is used by triplet label", solution: "Wait until the label is not used in the triplet label and try again." },
            "ModelArts.4416": "Failed to synchronize labels in the team labeling task." { http: 400, message: "Sync tags error", solution: "Ensure that the synchronization task parameters are correct." },
            "ModelArts.4417": "Failed to update the sample labels." { http: 400, message: "Update sample labels failed when upload sample and labels", solution: "Ensure that the labels are correct." },
            "ModelArts.4418": "Duplicate tag mask_gray_value." { http: 400, message: "Label property mask_gray_value already exists", solution: "Ensure that the tag mask_gray_value is correct." },
            "ModelArts.4420": "The sample with the specified ID does not exist." { http: 400, message: "Sample not found", solution: "Ensure that the sample ID is correct." },
            "ModelArts.4421": "Failed to upload the sample to the dataset." { http: 400, message: "Upload sample failed", solution: "Ensure that the uploaded sample type and data are correct." },
            "ModelArts.4422": "The sample that is being imported already exists." { http: 400, message: "Sample already exists", solution: "Enter that the imported sample is correct." },
            "ModelArts.4423": "Incorrect size of the image obtained from the object detection dataset." { http: 400, message: "Get sample size failed, please input size manually", solution: "Manually set the image size." },
            "ModelArts.4425": "The mask_gray_value value cannot be changed." { http: 400, message: "Label property mask_gray_value is incompatible with defined value", solution: "Ensure that the mask_gray_value value is not changed." },
            "ModelArts.4426": "The label set of the dataset cannot be empty." { http: 400, message: "Dataset must contains tags to start auto deploy", solution: "Create labels for the dataset." },
            "ModelArts.4427": "The number of samples to be labeled for each label cannot be less than 5." { http: 400, message: "Dataset must contains tags with at least five images to start auto deploy", solution: "Ensure that each label has at least five samples." },
            "ModelArts.4428": "The label attribute name already exists." { http: 400, message: "The label attribute name already exists.", solution: "Configure another attribute name." },
            "ModelArts.4429": "The label attribute value already exists." { http: 400, message: "The label attribute value already exists.", solution: "Configure another attribute value." },
            "ModelArts.4430": "The label attribute or value does not exist." { http: 400, message: "The label attribute or value does not exist.", solution: "Check the label attribute and value." },
            "ModelArts.4502": "The default IAM agency already exists." { http: 400, message: "The IAM agency name already exists, please delete the agency in IAM first and retry", solution: "Delete the IAM agency and create a new one." },
            // The page also lists ModelArts.4503 under HTTP 500 (ModelArtsErrorAlt) and HTTP 504
            // (ModelArtsErrorAlt2).
            "ModelArts.4503": "Creating the DLI agency failed." { http: 400, message: "Failed to create the DLI agency.", solution: "Check the DLI agency." },
            // The page also lists ModelArts.4506 under HTTP 401 (ModelArtsErrorAlt).
            "ModelArts.4506": "The sub-service does not exist." { http: 400, message: "The sub-service was not found.", solution: "Check whether the sub-service to be accessed is available." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.4507": "The flavor code does not exist." => vendor_error { http: 400, message: "The specification code was not found.", solution: "Internal error. Contact technical support." },
            // The words do not say whose fault it is: the HTTP status decides, client_error.
            "ModelArts.4550": "An error occurred in clearing the workspace." { http: 400, message: "Workspace clearing error.", solution: "Handle carbon reader exceptions." },
            "ModelArts.4551": "You do not have permission to delete workspace resources." { http: 400, message: "You are not allowed to delete workspace resources.", solution: "Check your permissions." },
            "ModelArts.4552": "An error occurred in the ModelArts workspace." { http: 400, message: "ModelArts workspace error.", solution: "Check identity authentication in the workspace." },
            "ModelArts.4601": "The team ID does not exist." { http: 400, message: "The workforce does not exist", solution: "Ensure that the team ID is correct." },
            "ModelArts.4602": "A team whose name is the workforce_name value already exists." { http: 400, message: "The workforce already exists", solution: "Ensure that the workforce_name value is correct." },
            "ModelArts.4603": "Failed to delete the team." { http: 400, message: "Update workforce state failed", solution: "Check whether the team has been deleted." },
            "ModelArts.4604": "The team member specified by work_id does not exist." { http: 400, message: "The worker does not exist", solution: "Ensure that the workforce_id and work_id values are correct." },
            "ModelArts.4605": "The team member whose value is the email value already exists." { http: 400, message: "The worker already exists", solution: "Ensure that the email value is correct." },
            "ModelArts.4607": "Requesting to reset the password failed." { http: 400, message: "Failed to reset the password.", solution: "The username is incorrect, or the password reset email cannot be sent to the account." },
            "ModelArts.4609": "Failed to change the account password." { http: 400, message: "Change password failed", solution: "Ensure that the new password complies with specifications." },
            "ModelArts.4612": "The task ID does not exist." { http: 400, message: "Task not found", solution: "Ensure that the task ID is correct." },
            // The team labeling task is under way ("Wait until ... is complete"): pending.
            "ModelArts.4615": "The version cannot be switched because the team labeling task has not been completed." => pending { http: 400, message: "Workforce task is unfinished", solution: "Wait until the team labeling task is complete and try again." },
            "ModelArts.4616": "There are too many unfinished tasks." { http: 400, message: "Too many unfinished tasks.", solution: "Finish tasks." },
            "ModelArts.4617": "The team manager already exists." { http: 400, message: "The number of manager should be one", solution: "Ensure that the roles of the team members are correct." },
            "ModelArts.4618": "You cannot delete yourself from the team." { http: 400, message: "Can not delete yourself", solution: "Ensure that the request parameters are correct." },
            "ModelArts.4619": "No team labeling task whose ID is the workforce_task_id value is allowed." { http: 400, message: "Workforce task does not exist", solution: "Ensure that the workforce_task_id value is correct." },
            "ModelArts.4620": "A team labeling task whose name is the task_name value already exists." { http: 400, message: "The workforce task already exists", solution: "Ensure that the task_name value is correct." },
            "ModelArts.4621": "The team labeling task cannot be started." { http: 400, message: "Failed to start the team labeling task.", solution: "Check the task." },
            "ModelArts.4622": "The number of groups has reached the maximum allowed limit." { http: 400, message: "Invalid n_clusters, should less than the total number of samples", solution: "Check whether the number of groups is less than the total number of samples." },
            // A review task is under way ("Wait until ... are complete"): pending.
            "ModelArts.4623": "Only one review task is allowed at a time." => pending { http: 400, message: "Workforce task is checking", solution: "Wait until all existing review tasks are complete and try again." },
            "ModelArts.4624": "The member task is not checked." { http: 400, message: "The member task is not checked.", solution: "Check the task." },
            "ModelArts.4625": "There are no unchecked samples." { http: 400, message: "There are no unchecked samples.", solution: "Obtain unchecked samples." },
            // Throttled ("too frequently", "Try again later."): retry.
            "ModelArts.4627": "Frequent notification request submission." => retry { http: 400, message: "Request notify too frequently", solution: "Try again later." },
            "ModelArts.4628": "The team member cannot be deleted because the labeling task has not been completed." { http: 400, message: "Can not delete worker who has task", solution: "Notify the member to complete the task." },
            "ModelArts.4631": "The task does not exist." { http: 400, message: "The task does not exist.", solution: "Check the task." },
            "ModelArts.4633": "The IAM user has been associated." { http: 400, message: "The IAM user has been associated.", solution: "Ensure the IAM user has not been associated." },
            // Throttled ("up to once within 300s"): retry.
            "ModelArts.4634": "Frequently resetting the password failed." => retry { http: 400, message: "Failed to frequently reset the password.", solution: "Request to reset the password up to once within 300s." },
            "ModelArts.4635": "The IAM account has been associated." { http: 400, message: "The IAM account has been associated.", solution: "Ensure the IAM account has not been associated." },
            "ModelArts.4636": "The task does not exist." { http: 400, message: "The task does not exist.", solution: "Ensure the task is available." },
            "ModelArts.4637": "Do not delete the default labeling task of a dataset." { http: 400, message: "Deleting the default labeling task is forbidden.", solution: "When you create a dataset of the old version, the system automatically creates a labeling task for the dataset. If you delete the default labeling task, the dataset may become unavailable. To delete the task, delete the dataset." },
            "ModelArts.4650": "Incorrect interactive_operations value." { http: 400, message: "Interactive operations not found", solution: "Ensure that the interactive_operations value is correct." },
            "ModelArts.4651": "Failed to read the sample from OBS." { http: 400, message: "Get obs sample error", solution: "Ensure that the sample in OBS is correct." },
            "ModelArts.4654": "An error occurred during inference execution." { http: 400, message: "Inference execution error.", solution: "Check inference logs." },
            "ModelArts.4656": "The sample is oversized." { http: 400, message: "Sample oversized.", solution: "Ensure the size of a sample is not larger than 12,582,912 bytes." },
            // The page also lists ModelArts.4700 under HTTP 503 (ModelArtsErrorAlt).
            "ModelArts.4700": "The task ID does not exist." { http: 400, message: "Task does not exist", solution: "Ensure that the task ID is correct." },
            "ModelArts.4701": "The dataset type does not support feature analysis." { http: 400, message: "Can not start data analysis task, dataset version annotation type must be 'Image Classification' or 'Object Detection'", solution: "Ensure that the dataset type is correct." },
            "ModelArts.4702": "The dataset format does not support feature analysis." { http: 400, message: "Can not start data analysis task, dataset version must be 'Default' format", solution: "Use the default dataset format." },
            "ModelArts.4703": "Feature analysis cannot be performed because there is no labeled sample in the dataset." { http: 400, message: "Can not start data analysis task, dataset version must contains annotated samples", solution: "Ensure that there are labeled samples in the dataset." },
            // A dataset version "is being published": pending (the solution says "Try again
            // later").
            "ModelArts.4704": "Feature analysis cannot be performed because a dataset version is being published." => pending { http: 400, message: "Currently unable to start data analysis task, Please try again later", solution: "Try again later." },
            "ModelArts.4705": "The OBS file is oversized." { http: 400, message: "Oversized file to be downloaded.", solution: "Use an image whose size is less than 12 MB." },
            "ModelArts.4706": "Feature analysis cannot be performed because the dataset version is not in normal state." { http: 400, message: "Can not start data analysis task, dataset version status must be normal", solution: "Ensure that the current dataset version is in normal state." },
            "ModelArts.4707": "Obtaining the temporary OBS download URL failed." { http: 400, message: "Failed to obtain file %s from OBS %s.", solution: "Ensure the OBS URL is correct." },
            "ModelArts.4709": "A training task whose name is the name value already exists." { http: 400, message: "Data preprocessing task already exists", solution: "Ensure that the name value is correct in the request for creating in the task." },
            "ModelArts.4710": "Failed to publish or export the dataset." { http: 400, message: "Dataset export file error", solution: "Ensure that the task export or publish parameters are correct." },
            "ModelArts.4711": "Failed to publish because the dataset label samples do not meet splitting requirements." { http: 400, message: "Publishing requires splitting but annotated samples do not satisfied for splitting rules", solution: "Ensure that the number of dataset labels and the number of labeled samples meet the splitting requirements." },
            "ModelArts.4712": "Failed to publish the dataset version." { http: 400, message: "Dataset publish version failed", solution: "Ensure that the task export or publish parameters are correct." },
            "ModelArts.4714": "The number of dataset versions has reached the quota limit." { http: 400, message: "The number of dataset versions has reached the quota limit.", solution: "Ensure the number of dataset versions does not exceed the quota limit." },
            "ModelArts.4715": "The data analysis result is incorrect." { http: 400, message: "Incorrect data analysis result.", solution: "Check the result of data analysis for handling OBS errors." },
            // ModelArts' AI Gallery "is not running properly": vendor_error.
            "ModelArts.4716": "AI Gallery is not running properly. Calling the AI Gallery API getVersionDetail failed." => vendor_error { http: 400, message: "Abnormal AI Gallery.", solution: "Rectify the fault." },
            "ModelArts.4717": "AI Gallery failed to execute the fulfillment task." { http: 400, message: "Failed to execute the fulfillment task by AI Gallery.", solution: "Obtain details about the fulfillment task." },
            "ModelArts.4760": "Encrypting data failed." { http: 400, message: "Failed to encrypt data.", solution: "Check the input." },
            "ModelArts.4800": "A labeling task whose name is the task_name value already exists." { http: 400, message: "The label task already exists", solution: "Ensure that the task_name value is correct." },
            // The page also lists ModelArts.4801 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.4801": "The labeling task specified by the ID does not exist." { http: 400, message: "The label task not exists", solution: "Ensure that the imported task ID is correct." },
            "ModelArts.4820": "The labeling task type does not support the operation." { http: 400, message: "Unsupported operation, label task type is %s", solution: "Ensure that the labeling task type is correct." },
            "ModelArts.4822": "At least two annotators are available in the team." { http: 400, message: "The number of labelers must exceed 1", solution: "Check the number of annotators in the team." },
            "ModelArts.4823": "No data can be imported to a table dataset version." { http: 400, message: "Import to dataset version error", solution: "Ensure that the dataset type is correct." },
            "ModelArts.4824": "Abnormal dataset version state." { http: 400, message: "Dataset version status must be normal", solution: "Check the version publish state of the dataset." },
            "ModelArts.4825": "No sample is available in the dataset version." { http: 400, message: "Dataset version is empty", solution: "Check the version publish result of the dataset." },
            "ModelArts.4827": "Failed to delete the dataset version because there is a labeling task based on the dataset version." { http: 400, message: "Dataset version delete failed", solution: "Check whether there is any labeling task that is created using the dataset version." },
            "ModelArts.4828": "The version in the current state cannot be deleted." { http: 400, message: "Failed to delete the version.", solution: "Change the version state." },
            "ModelArts.4851": "The version specified by version_id does not exist." { http: 400, message: "Task version not found", solution: "Ensure that the version_id value is correct." },
            "ModelArts.4852": "An error occurred in downloading task version logs." { http: 400, message: "Error in downloading task version logs.", solution: "Check the training log URL." },
            "ModelArts.4853": "The quota for data feature tasks is insufficient." { http: 400, message: "Insufficient quota for data feature tasks.", solution: "Delete unnecessary tasks." },
            "ModelArts.4854": "The quota for data feature versions is insufficient." { http: 400, message: "Insufficient quota for data feature versions.", solution: "Delete unnecessary versions." },
            "ModelArts.4860": "The quota for real-time services is insufficient." { http: 400, message: "Insufficient quota for real-time services.", solution: "Check the remaining quota for real-time services." },
            "ModelArts.4861": "The quota for batch services is insufficient." { http: 400, message: "Insufficient quota for batch services.", solution: "Check the remaining quota for batch services." },
            // The words do not say whose fault it is: the HTTP status decides, client_error.
            "ModelArts.4870": "An error occurred in HBase." { http: 400, message: "HBase error.", solution: "Rectify the fault in batch deletion." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.4903": "The app authentication API is not associated with a signature key." => vendor_error { http: 400, message: "Access prohibited because the app-auth API was not associated with a signature key.", solution: "Internal error. Contact technical support." },
            "ModelArts.4905": "Checking the authorization request header failed." { http: 400, message: "Failed to check the authorization request header.", solution: "Use the correct AppCode URL or contact technical support." },
            "ModelArts.4907": "Submitting the training job failed." { http: 400, message: "Failed to submit the training job.", solution: "Check whether the algorithm is available." },
            "ModelArts.4909": "Executing the training job failed." { http: 400, message: "Failed to execute the training job.", solution: "Check training logs to identify the failure cause." },
            "ModelArts.4911": "Creating the model import task failed because the task ID is left blank." { http: 400, message: "Failed to create the model import task.", solution: "Specify the task ID." },
            "ModelArts.4913": "Executing the model import task failed due to task timeout." { http: 400, message: "Failed to execute the model import task.", solution: "Identify the failure cause of task timeout." },
            "ModelArts.4915": "Creating the auto labeling task failed." { http: 400, message: "Failed to create the auto labeling task.", solution: "Identify the failure cause of task creation." },
            "ModelArts.4917": "Executing the auto labeling task failed due to task timeout." { http: 400, message: "Failed to execute the auto labeling task.", solution: "Identify the failure cause of task timeout." },
            "ModelArts.4921": "Executing the import task failed." { http: 400, message: "Failed to execute the import task.", solution: "Identify the failure cause." },
            "ModelArts.4927": "Submitting hard example collection failed because the task ID is left blank." { http: 400, message: "Failed to submit hard example collection.", solution: "Specify the task ID." },
            "ModelArts.4929": "Collecting hard examples failed due to task timeout." { http: 400, message: "Failed to collect hard examples.", solution: "Identify the failure cause of task timeout." },
            "ModelArts.4934": "The model is invalid." { http: 400, message: "Invalid model.", solution: "Use a valid model." },
            "ModelArts.4935": "Creating the medical task failed." { http: 400, message: "Failed to create the medical task.", solution: "Identify the failure cause of task creation." },
            "ModelArts.4951": "Creating the auto inference task failed." { http: 400, message: "Failed to create the auto inference task.", solution: "Identify the failure cause of task creation." },
            "ModelArts.4953": "Executing the auto inference task failed due to task timeout." { http: 400, message: "Failed to execute the auto inference task.", solution: "Identify the failure cause of task timeout." },
            "ModelArts.4963": "Executing the auto grouping task failed due to task timeout." { http: 400, message: "Failed to execute the auto grouping task.", solution: "Identify the failure cause of task timeout." },
            "ModelArts.4991": "The specifications have exceeded the quota for free specifications." { http: 400, message: "Failed to obtain the job status.", solution: "Switch to billed specifications or wait until resources are released." },
            "ModelArts.4992": "The resources have been sold out." { http: 400, message: "Resources sold out.", solution: "Use available resources." },
            // "System error." / "An error occurred in the system.": vendor_error (the solution asks
            // nothing of the caller).
            "ModelArts.4999": "An error occurred in the system." => vendor_error { http: 400, message: "System error.", solution: "Wait until the UI adapts to the new mechanism." },
            "ModelArts.5011": "Invalid parameter." { http: 400, message: "Invalid parameter", solution: "Modify the parameter." },
            "ModelArts.5012": "Invalid product attribute." { http: 400, message: "Invalid product attribute", solution: "Modify the product attribute." },
            "ModelArts.5016": "The product source model does not exist." { http: 400, message: "The original model ({0}) does not exist during model release", solution: "Select another source model." },
            "ModelArts.5022": "The model type is not supported." { http: 400, message: "Unsupported model type", solution: "Select another source model." },
            "ModelArts.5025": "Incorrect verification code." { http: 400, message: "Incorrect verification code", solution: "Enter the correct verification code." },
            "ModelArts.5026": "Verification code expired." { http: 400, message: "Verification code expired", solution: "Obtain a new verification code." },
            "ModelArts.5027": "The email address and verification code do not match." { http: 400, message: "The verification code does not match the email address.", solution: "Obtain a new verification code." },
            "ModelArts.5038": "You have not obtained the verification code." { http: 400, message: "You must first get a verification code", solution: "Specify your email address and obtain the verification code by email." },
            "ModelArts.5041": "Duplicate version." { http: 400, message: "Duplicate version. Refresh the page and try again", solution: "Refresh the page and try again." },
            "ModelArts.5042": "The order has been paid." { http: 400, message: "The order has been paid.", solution: "The order has been paid. Do not pay again." },
            "ModelArts.5047": "Duplicate HiLens name." { http: 400, message: "Hilens product name duplicated.", solution: "Enter another product name." },
            "ModelArts.5048": "Duplicate HiLens version." { http: 400, message: "Hilens skill version duplicated.", solution: "Select another version." },
            "ModelArts.5049": "Incorrect HiLens skill." { http: 400, message: "Incorrect Hilens skill. Select the skill corresponding to the offering.", solution: "Select the correct HiLens skill." },
            "ModelArts.5051": "The HiLens skill is currently unavailable. Publish the skill in HiLens Studio." { http: 400, message: "The HiLens skill type is not supported. Release the skill type in HiLens Studio.", solution: "Select the correct HiLens skill." },
            "ModelArts.5052": "You do not have the agency permission." { http: 400, message: "The user does not have the agency permission", solution: "Set an agency and try again." },
            "ModelArts.5061": "The size of the image is too large." { http: 400, message: "The size of the image is too large.", solution: "Please upload an image smaller than 7 MB." },
            // A daily limit ("Please upload the image the next day."): no backoff clears it within
            // a request's life, so the HTTP status decides: client_error.
            "ModelArts.5062": "The number of the images uploaded today has reached the limit." { http: 400, message: "The number of the images uploaded today has reached the limit.", solution: "Please upload the image the next day." },
            "ModelArts.5063": "Illegal image or image name." { http: 400, message: "Illegal image or image name.", solution: "Please Upload a correct image file." },
            "ModelArts.5064": "Maximum upload size exceeded of HTTP request." { http: 400, message: "Maximum upload size exceeded of HTTP request.", solution: "Please reduce the file size and upload it again." },
            "ModelArts.5070": "The activity is in progress." { http: 400, message: "The activity is in progress.", solution: "Activity is in progress, can't delete." },
            "ModelArts.5071": "The activity is not start." { http: 400, message: "The activity is not start.", solution: "Activity that have not started cannot be registered." },
            "ModelArts.5072": "The activity has end." { http: 400, message: "The activity has end.", solution: "Activity that have ended cannot be registered." },
            "ModelArts.5073": "The activity has registed." { http: 400, message: "The activity has registed.", solution: "The activity has already been registered. Do not register again." },
            "ModelArts.5075": "The license is already expired." { http: 400, message: "The license is already expired.", solution: "Please purchase quotas again." },
            "ModelArts.5076": "The license remaining is insufficient." { http: 400, message: "The license remaining is insufficient.", solution: "Please purchase quotas in time." },
            "ModelArts.5077": "The consumption is expired or expire soon." { http: 400, message: "The consumption is expired or expire soon.", solution: "Please purchase quotas in time." },
            "ModelArts.5303": "Empty source data." { http: 400, message: "The obs source data is empty", solution: "Select other source data." },
            "ModelArts.5304": "The number of files has reached the maximum allowed limit." { http: 400, message: "The maximum number of files has been exceeded", solution: "Select other source data or reduce the data volume." },
            "ModelArts.5305": "The file size has reached the maximum allowed limit." { http: 400, message: "The maximum size of files has been exceeded", solution: "Select other source data or reduce the data volume." },
            "ModelArts.5306": "The file depth has reached the maximum allowed limit." { http: 400, message: "The maximum depth of files has been exceeded", solution: "Select other source data or reduce the data depth." },
            "ModelArts.5309": "Only edge VAS can be published." { http: 400, message: "Only allow edge service published to AIHub.", solution: "Select the edge VAS." },
            "ModelArts.5312": "Only market VAS can be published." { http: 400, message: "Only allow market category service published to AIHub.", solution: "Select the market VAS." },
            "ModelArts.5313": "Only published VAS is allowed." { http: 400, message: "Only allow released service published to AIHub.", solution: "Select the published VAS." },
            "ModelArts.5314": "Only Closed Beta Test VAS can be published." { http: 400, message: "Only allow 'closed Beta Test' stage service published to AIHub.", solution: "Select the Closed Beta Test VAS." },
            "ModelArts.5315": "This request is repeated submit." { http: 400, message: "Request is repeated submit.", solution: "Do not submit the request again." },
            "ModelArts.6301": "The instance already exists." { http: 400, message: "The instance already exists.", solution: "Enter another instance name." },
            "ModelArts.6302": "The maximum number of instances has been reached." { http: 400, message: "The instance count already reaches the maximum value.", solution: "Delete unnecessary instances." },
            "ModelArts.6303": "This field does not support sorting." { http: 400, message: "The field does not support sorting.", solution: "Delete the field from the sorting parameters." },
            "ModelArts.6304": "Failed to delete the instance in the running state." { http: 400, message: "Please stop the instance before deleting.", solution: "Refresh the page. Stop the instance and then delete it." },
            "ModelArts.6305": "The instance is in the running state." { http: 400, message: "The instance is already running.", solution: "Do not start it again." },
            // The instance "is being started" ("Perform other operations later."): pending.
            "ModelArts.6306": "Other operations cannot be performed because the instance is being started." => pending { http: 400, message: "The instance is starting.", solution: "Perform other operations later." },
            "ModelArts.6307": "The instance has been stopped." { http: 400, message: "The instance has already been stopped.", solution: "Refresh the page and view the instance state." },
            // The instance "is being stopped": pending.
            "ModelArts.6308": "The instance is being stopped." => pending { http: 400, message: "The instance is stopping.", solution: "Refresh the page and view the instance state." },
            "ModelArts.6309": "The instance does not exist." { http: 400, message: "The instance does not exist.", solution: "Ensure that the instance has been deleted." },
            "ModelArts.6316": "Incorrect parameters during instance creation." { http: 400, message: "The param 'storage' is needed for creating notebook instance.", solution: "Add the storage parameter." },
            "ModelArts.6317": "Incorrect parameters during instance creation." { http: 400, message: "The 'path' parameter is required when the storage type is OBS.", solution: "Add the path parameter." },
            "ModelArts.6318": "Incorrect parameters during instance creation." { http: 400, message: "The param 'path' needs to end with /.", solution: "Ensure that the value of the path parameter ends with a slash (/)." },
            "ModelArts.6319": "The AK/SK have not been configured in the global settings of ModelArts." { http: 400, message: "There is no ak/sk in the global settings. Please add it by access ModelArts console.", solution: "Configure the AK/SK in the global settings of ModelArts." },
            "ModelArts.6320": "OBS access error." { http: 400, message: "Access obs error. Reason is {}.", solution: "Ensure that the OBS path is correct." },
            "ModelArts.6323": "The flavor is not supported." { http: 400, message: "The flavor is not supported, please check it.", solution: "Ensure that the flavor is correctly configured." },
            "ModelArts.6324": "The storage type is not supported." { http: 400, message: "This location type is not supported. Please check it.", solution: "Ensure that the storage type is correctly configured." },
            "ModelArts.6326": "The instance has been frozen." { http: 400, message: "The instance is frozen. Check whether your account is in arrears in Billing Center.", solution: "Check the account balance and top up the account." },
            "ModelArts.6327": "The instance is not in the running state." { http: 400, message: "The instance is not in running. Please refresh the page and start it.", solution: "Refresh the page and try again." },
            // A permission ("you currently do not have permission for this flavor. Please apply it
            // firstly."): client_error, though the solution only says "Contact technical support."
            "ModelArts.6328": "You do not have permission to use the flavor." { http: 400, message: "Sorry, you currently do not have permission for this flavor. Please apply it firstly.", solution: "Contact technical support." },
            // Sold out for now ("or try again later"): retry.
            "ModelArts.6329": "The flavor is sold out." => retry { http: 400, message: "Sorry, this flavor specification is sold out. Please try others.", solution: "Use another flavor or try again later." },
            "ModelArts.6330": "The types are not matched." { http: 400, message: "The flavor type of profile does not match the type of flavor. Please check it.", solution: "Ensure that the flavor type matches the profile type." },
            "ModelArts.6331": "The EVS disk size exceeds the upper limit." { http: 400, message: "The evs volume size ranges from {} GB to {} GB.", solution: "Check the EVS disk size." },
            "ModelArts.6332": "Parameter type error." { http: 400, message: "Incorrect parameter type. The '{}' parameter must be of the '{}' type.", solution: "Ensure that the parameter type meets the requirements." },
            // The notebook "is being restored" ("The instance is recovering."): pending.
            "ModelArts.6333": "Notebook instance fault." => pending { http: 400, message: "The notebook is being restored. Refresh the page and wait for several minutes. The fault may be caused by instance overload.", solution: "The instance is recovering. Try again later." },
            "ModelArts.6334": "The description parameter is incorrect." { http: 400, message: "Invalid value for name or description. The character `{}` is not allowed.", solution: "Enter a valid description value." },
            "ModelArts.6335": "Parameter missing." { http: 400, message: "'{}' is a required property.", solution: "Ensure that the corresponding parameter is available." },
            "ModelArts.6336": "Incorrect parameter value." { http: 400, message: "'{}' property value is incorrect.", solution: "Ensure that the corresponding parameter is correct." },
            "ModelArts.6341": "The Git repository does not exist or has been deleted." { http: 400, message: "The repository does not exist or has been deleted.", solution: "Check the corresponding parameter." },
            "ModelArts.6343": "The Git repository already exists." { http: 400, message: "The repository name already exists.", solution: "Check the corresponding parameter." },
            "ModelArts.6344": "Failed to delete the repository." { http: 400, message: "Delete failed. Please delete the associated development environment instance first.", solution: "Delete the corresponding notebook instance first." },
            "ModelArts.6345": "The Git repository cannot be used for OBS instances." { http: 400, message: "Currently the OBS type instance does not support git capability.", solution: "Use notebook instances of the EVS type." },
            "ModelArts.6346": "This parameter cannot be modified." { http: 400, message: "The timestamp of auto stop must be later than the current timestamp.", solution: "Check the corresponding parameter and ensure that the automatic end time is later than the current time." },
            "ModelArts.6347": "Failed to modify the parameter." { http: 400, message: "When the instance is in the '{}' status, the '{}' parameter cannot be modified.", solution: "Check the corresponding parameter." },
            "ModelArts.6348": "The description parameter is missing." { http: 400, message: "The 'duration' parameter is mandatory for enabling auto stop.", solution: "Configure the duration parameter." },
            "ModelArts.6349": "The value of duration parameter exceeds the threshold." { http: 400, message: "The 'duration' parameter is incorrect. The value ranges from {} to {}.", solution: "Configure the duration parameter." },
            "ModelArts.6350": "Access to OBS is rejected." { http: 400, message: "Failed to access OBS because of incorrect AK/SK or insufficient permissions.", solution: "Ensure that the AK/SK is correct and you have the permission to access OBS." },
            "ModelArts.6353": "Incorrect AK/SK." { http: 400, message: "Failed to verify the AK/SK. Please check and try again.", solution: "Ensure that the AK/SK in the global settings of ModelArts is correct." },
            "ModelArts.6354": "Incorrect AK/SK." { http: 400, message: "The AK/SK do not belong to the user. Please check and enter the correct ones.", solution: "Ensure that the AK/SK in the global settings of ModelArts is correct." },
            // The resources "are being initialized": pending (the solution says "Try again later").
            "ModelArts.6355": "Resources in the dedicated resource pool are being initialized." => pending { http: 400, message: "The resource is initializing. Please wait one minute and try again.", solution: "Try again later." },
            // "Try again later." (another operation on the instance): retry.
            "ModelArts.6357": "The operation is not allowed." => retry { http: 400, message: "The operation is not allowed because another operation is being performed on the instance or the instance is in the target state.", solution: "Try again later." },
            "ModelArts.6358": "The OBS path parameter is incorrect." { http: 400, message: "The path parameter is incorrect. It cannot be the root directory of an OBS bucket, but must be a specific directory in the OBS bucket.", solution: "Ensure that the path parameter is correct." },
            // "insufficient background resources. Try again later.": retry.
            "ModelArts.6360": "Failed to start the notebook due to insufficient background resources. Try again later." => retry { http: 400, message: "Failed to start the notebook due to insufficient background resources. Try again later.", solution: "Try again later or contact technical support." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.6361": "Internal error." => vendor_error { http: 400, message: "ModelArts internal service or configuration error. Submit a service ticket to get professional technical support.", solution: "System error. Contact technical support." },
            "ModelArts.6371": "Notebook instances support only standard OBS buckets." { http: 400, message: "Currently, notebooks support only OBS buckets whose Storage Class is Standard. Change the OBS bucket and try again.", solution: "Use standard OBS buckets." },
            "ModelArts.6374": "The authentication type can only be AK/SK or agency." { http: 400, message: "The credential can be added only when type is set to AK/SK or agency.", solution: "Ensure that the authentication type is AK/SK or agency." },
            "ModelArts.6376": "The IAM agency does not exist." { http: 400, message: "Please make sure agency exists.", solution: "Ensure that the agency exists on IAM." },
            "ModelArts.6377": "The user ID cannot be left blank." { http: 400, message: "The user id cannot be left blank.", solution: "Ensure that the user ID parameter is available." },
            "ModelArts.6378": "The agency name cannot be left blank." { http: 400, message: "The agency name cannot be left blank.", solution: "Ensure that the agency name parameter is available." },
            "ModelArts.6379": "No agency is created in the global settings." { http: 400, message: "No IAM agency created in Settings. Create an IAM agency on the ModelArts management console.", solution: "Create an agency in the global settings." },
            "ModelArts.6400": "Invalid request payload {0}, please check." { http: 400, message: "Invalid request payload {0}, please check.", solution: "Check the request body." },
            // "No EVS available. Please try again later.": retry.
            "ModelArts.6528": "The EVS disk has been sold out." => retry { http: 400, message: "No EVS available. Please try again later.", solution: "Try again later or contact technical support." },
            "ModelArts.6600": "Failed to verify the parameters." { http: 400, message: "Check whether the parameter is valid.", solution: "Ensure that the parameter is valid." },
            "ModelArts.6651": "Unsupported project objects." { http: 400, message: "Unsupport entity.", solution: "Ensure that the project object is supported." },
            "ModelArts.6652": "Failed to delete the project resources." { http: 400, message: "Please delete resources from the project first.", solution: "Delete the datasets and notebook instances under the project and ensure that all training jobs have been completed." },
            "ModelArts.6690": "The image size exceeds 8 MB." { http: 400, message: "The image size cannot exceed 8 MB.", solution: "Ensure that the image size does not exceed 8 MB." },
            "ModelArts.6716": "The specified flavor {0} is already sold out." { http: 400, message: "The specified flavor {0} is already sold out.", solution: "Select another flavor or contact technical support." },
            "ModelArts.6737": "Conflict tag {0} for image {1}, tag cannot be duplicated." { http: 400, message: "Conflict tag {0} for image {1}, tag cannot be duplicated.", solution: "Enter a proper image tag." },
            "ModelArts.6763": "Cannot manage the pool, The cluster version is earlier than v1.15." { http: 400, message: "Cannot manage the pool, The cluster version is earlier than v1.15.", solution: "Please upgrade the cluster version." },
            "ModelArts.6771": "Cannot register the image since the size of the registered image {0}/{1}:{2} is {3} bytes, which has reached the maximum of {4} bytes. If the size of the image is too large, the image will fail to be decompressed." { http: 400, message: "Cannot register the image since the size of the registered image {0}/{1}:{2} is {3} bytes, which has reached the maximum of {4} bytes. If the size of the image is too large, the image will fail to be decompressed.", solution: "Check the image size." },
            "ModelArts.6782": "Mounting OBS bucket or folder does not support in current authentication mode, add AK/SK in ModelArts global settings to enabled it." { http: 400, message: "Mounting OBS bucket or folder does not support in current authentication mode, add AK/SK in ModelArts global settings to enabled it.", solution: "Please add AK/SK to ModelArts Global Settings." },
            "ModelArts.6789": "The current user does not have the permission to use the SSH key pair {0}, please update the key pair of the instance and try again." { http: 400, message: "The current user does not have the permission to use the SSH key pair {0}, please update the key pair of the instance and try again.", solution: "Update the key pair of the instance and restart the instance." },
            "ModelArts.6792": "Instance {0} does not support to update flavor to {1}, please try another flavor." { http: 400, message: "Instance {0} does not support to update flavor to {1}, please try another flavor.", solution: "Select another flavor." },
            "ModelArts.6797": "Specified image {0} cannot be found." { http: 400, message: "Specified image {0} cannot be found.", solution: "Check the image access permission." },
            "ModelArts.6870": "Specified flavor {0} does not support current instance feature {1}." { http: 400, message: "Specified flavor {0} does not support current instance feature {1}.", solution: "Select a proper flavor." },
            "ModelArts.7002": "Workspace authentication error." { http: 400, message: "Not gray user, please contact the administrator", solution: "Contact the administrator to check whether the user has permissions on the workspace." },
            "ModelArts.7003": "IAM permissions are incorrect." { http: 400, message: "no permission to get iam user list, please check permission", solution: "Add the IAM permissions based on the error message." },
            "ModelArts.7004": "You are not allowed to create resources when a workspace is in the normal state, for example, a deleted or failed workspace." { http: 400, message: "the status of workspace: {workspaceID} is abnormal, can not execute [action: {action}]", solution: "Create resources in a normal workspace." },
            "ModelArts.7005": "The workspace does not exist." { http: 400, message: "workspace:{workspace} not existed", solution: "Ensure that the transferred workspace ID exists." },
            "ModelArts.7006": "The number of workspaces exceeds the upper limit." { http: 400, message: "workspace number over limit, limit: {limit}", solution: "Delete unnecessary workspaces." },
        }
        /// The rows under HTTP 401.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 401, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is (33 of
        /// 34). The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 1 `pending`.
        group Unauthorized "HTTP 401" => client_error {
            // The page also lists ModelArts.0112 under HTTP 403 (ModelArtsErrorAlt).
            "ModelArts.0112": "The user role is not allowed to execute the policy." { http: 401, message: "Failed to execute the policy.", solution: "Check user role permissions." },
            "ModelArts.0201": "The token is empty." { http: 401, message: "Token doesn't exist.", solution: "Add a correct token in the request header." },
            "ModelArts.0202": "The token has expired." { http: 401, message: "Invalid token header because the token has expired.", solution: "Use a valid token." },
            // The page also lists ModelArts.0203 under HTTP 403 (ModelArtsErrorAlt).
            "ModelArts.0203": "The token cannot be parsed." { http: 401, message: "Invalid token.", solution: "Use a valid token." },
            "ModelArts.0205": "The authorization request header is missing." { http: 401, message: "No authorization request header.", solution: "Use the correct AppCode URL or contact technical support." },
            // The page also lists ModelArts.0206 under HTTP 403 (ModelArtsErrorAlt).
            "ModelArts.0206": "The authorization request header is in an incorrect format." { http: 401, message: "Incorrect authorization request header format.", solution: "Use the correct AppCode URL or contact technical support." },
            "ModelArts.0207": "Add project information to the token." { http: 401, message: "Token must contain project info of current region.", solution: "Add project information to the token." },
            "ModelArts.0208": "Checking the authorization request header failed." { http: 401, message: "Failed to check the authorization request header.", solution: "Use the correct AppCode URL or contact technical support." },
            "ModelArts.0209": "The appId request header is missing." { http: 401, message: "No key appId in header.", solution: "Use the correct APIG URL." },
            "ModelArts.0212": "The token does not contain any project information." { http: 401, message: "Invalid token header because the token does not contain a project.", solution: "Use a project-level token." },
            // The page also lists ModelArts.3801 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.3801": "The user certificate does not exist." { http: 401, message: "User credential (AK and SK) does not exist.", solution: "Add the AK/SK again." },
            "ModelArts.4117": "User is unverified." { http: 401, message: "User is unverified.", solution: "Please check the user has been authorized by IAM." },
            "ModelArts.4119": "The project ID in the token is left blank." { http: 401, message: "Invalid RBAC.", solution: "Add the correct project ID in the token." },
            "ModelArts.4127": "The token authentication has expired." { http: 401, message: "Token authentication expired.", solution: "Obtain the user token again." },
            "ModelArts.4504": "IAM error." { http: 401, message: "Iam error", solution: "Ensure that the AK/SK or token is correct." },
            // The page also lists ModelArts.4505 under HTTP 500 (ModelArtsErrorAlt).
            "ModelArts.4505": "No operation is allowed on the IAM user list." { http: 401, message: "The operation on the IAM user is not allowed.", solution: "Do not perform operations on the IAM user list." },
            "ModelArts.4626": "Updating the team or team manager failed." { http: 401, message: "Failed to update the team or team manager.", solution: "Identify the failure cause." },
            "ModelArts.4629": "Deleting a member failed." { http: 401, message: "Failed to delete the member.", solution: "Identify the failure cause." },
            "ModelArts.4630": "The user does not have permission to perform the operation." { http: 401, message: "No permission.", solution: "Ensure the user has permission to perform the operation." },
            "ModelArts.4632": "The member has not been registered." { http: 401, message: "Unregistered member.", solution: "Ensure the member is registered." },
            // Dataset hashing tasks are under way ("Ensure all ... are complete"): pending.
            "ModelArts.4713": "This operation is not allowed because there are uncompleted asynchronous tasks of dataset hashing." => pending { http: 401, message: "Forbidden operation.", solution: "Ensure all asynchronous tasks of dataset hashing are complete." },
            "ModelArts.4750": "An error occurred in reading files from OBS." { http: 401, message: "Error in reading files from OBS.", solution: "Identify the failure cause." },
            "ModelArts.4804": "The team member failed to create a label task." { http: 401, message: "Failed to create a label task by the member.", solution: "Do not create a label task as a team member." },
            "ModelArts.4826": "OBS KMS encryption buckets are not supported." { http: 401, message: "OBS KMS encryption buckets are not supported.", solution: "Do not use OBS KMS encryption buckets." },
            // The page also lists ModelArts.4901 under HTTP 404 (ModelArtsErrorAlt).
            "ModelArts.4901": "Preparing a training job failed." { http: 401, message: "Failed to prepare a training job.", solution: "Authorizing onObs failed. Check the IAM proxy or OBS." },
            "ModelArts.4961": "Submitting an auto grouping job failed." { http: 401, message: "Failed to submit an auto grouping job.", solution: "Authorizing onObs failed. Check the IAM proxy or OBS." },
            "ModelArts.5001": "The token does not exist." { http: 401, message: "Token is blank", solution: "Add the token and try again." },
            "ModelArts.5002": "Invalid token." { http: 401, message: "Token is invalid", solution: "Obtain a token and try again." },
            "ModelArts.5056": "You have not subscribed to HiLens." { http: 401, message: "You do not have the permission to access the requested resource.", solution: "Log in to the HiLens management console and subscribe to the service." },
            "ModelArts.5402": "Enterprise certification is required first." { http: 401, message: "Enterprise certification is required first.", solution: "Please perform enterprise authentication first." },
            "ModelArts.6201": "The user account is frozen." { http: 401, message: "The user's account has been suspended.", solution: "Check the account balance and top up the account." },
            "ModelArts.6203": "The user account is restricted." { http: 401, message: "The user's account has been restricted.", solution: "Check the account balance and top up the account." },
            "ModelArts.6608": "Failed to obtain the user information." { http: 401, message: "Please refresh user info.", solution: "Refresh the user information." },
            "ModelArts.6620": "Invalid user token." { http: 401, message: "Please refresh the user token.", solution: "Refresh the user token." },
        }
        /// The rows under HTTP 403.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 403, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is (27 of
        /// 34). The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 4 `pending`, 1 `retry`, 2 `vendor_error`.
        group Forbidden "HTTP 403" => client_error {
            "ModelArts.0108": "You do not have permission to perform {0}." { http: 403, message: "You are not authorized to perform the ({0}) operation.", solution: "Check whether you are authorized to perform operations on OBS or APIs." },
            "ModelArts.2784": "Invalid token." { http: 403, message: "InvalidToken", solution: "Check the request token." },
            "ModelArts.2785": "You cannot use ModelArts because you have not authorized ModelArts." { http: 403, message: "AuthorizationNotFound", solution: "Please go to the Settings page to authorize ModelArts." },
            "ModelArts.2852": "Federation participant does not have permission to do this." { http: 403, message: "FederationOperationDeny", solution: "Contact the federation owner to do this." },
            "ModelArts.3010": "You do not have the permission to copy model {0}." { http: 403, message: "Failed to copy model, you don't have permission to copy the model ({0}).", solution: "Check whether the entered token or model ID is correct." },
            "ModelArts.3075": "Failed to create a new version because model {0} has been subscribed." { http: 403, message: "Model ({0}) is a subscription model and cannot create a new version.", solution: "No new version can be created for a subscribed model." },
            "ModelArts.3555": "You do not have the permission to access the ECS." { http: 403, message: "Forbidden to access ECS.", solution: "Authorize access to the ECS and try again." },
            "ModelArts.3936": "The API {ID} that supports application authentication does not belong to the service {ID}." { http: 403, message: "The app-auth API {id} does not belong to service {id}.", solution: "Check the request parameter or contact service O&M personnel." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.4102": "The cloud service proxy token does not contain the te_agency role." => vendor_error { http: 403, message: "Token parsing error because role te_agency is not configured for the Ai-service admin token.", solution: "Internal error. Contact technical support." },
            "ModelArts.4116": "User has been owed, please check the account status and balance." { http: 403, message: "User has been owed, please check the account status and balance.", solution: "Please check account balance." },
            "ModelArts.4118": "User has been suspended, please check the account balance." { http: 403, message: "User has been suspended, please check the account balance.", solution: "Please check the account balance." },
            "ModelArts.4310": "You do not have permission to access OBS." { http: 403, message: "OBS action is forbidden, please check iam agency or OBS and so on", solution: "Grant the permission to access OBS." },
            "ModelArts.4335": "Invalid IAM agency." { http: 403, message: "Iam agency is invalid", solution: "Check the IAM permission." },
            "ModelArts.4336": "Restricted user permission." { http: 403, message: "The user hasn't permission", solution: "Check the user permission." },
            "ModelArts.4348": "Failed to create the agency for checking DLI." { http: 403, message: "Check dli agency failed", solution: "Check the agency permission for checking DLI." },
            "ModelArts.4419": "The size of the file imported from OBS or to be parsed has reached the maximum allowed limit." { http: 403, message: "File is too large", solution: "Ensure that the file is correct." },
            "ModelArts.4500": "The number of IAM agencies exceeded the upper limit." { http: 403, message: "The number of iam agencies has reached the maximum", solution: "Delete unused IAM agencies." },
            "ModelArts.4501": "Failed to create the IAM agency." { http: 403, message: "The iam agency create action is forbidden", solution: "Ensure that you have permission to create an IAM agency." },
            "ModelArts.4600": "The team member cannot perform the operation." { http: 403, message: "The worker action is forbidden", solution: "Check whether the team member has permission to perform the operation." },
            // "the task execution has not been completed": pending (the solution says "Try again
            // later").
            "ModelArts.4613": "Failed to obtain the task result because the task execution has not been completed." => pending { http: 403, message: "Task not finish", solution: "Try again later." },
            // The dataset's labeling tasks are not complete yet ("Ensure that all labeling tasks
            // ... are complete"): pending.
            "ModelArts.4803": "Failed to delete data because the labeling task in the dataset has not been completed." => pending { http: 403, message: "Dataset has unfinished label tasks, the operation is forbidden", solution: "Ensure that all labeling tasks in the dataset are complete." },
            // A labeling task "is being published" ("Try again after ..."): pending.
            "ModelArts.4821": "The auto labeling task cannot be started because a labeling task is being published." => pending { http: 403, message: "Task is publishing, the operation is forbidden", solution: "Try again after the labeling task is published." },
            // The processor task "is being initialized": pending.
            "ModelArts.4850": "Failed to delete the task because the processor task is being initialized." => pending { http: 403, message: "Process task is initializing, the operation is forbidden", solution: "Check the task status." },
            "ModelArts.5013": "You have not registered with AI Gallery." { http: 403, message: "The user is not registered. Please release a product first to complete the registration", solution: "Publish a product in AI Gallery for registration." },
            "ModelArts.5014": "You do not have permission to access the resource." { http: 403, message: "Permission deny", solution: "Access other resources." },
            "ModelArts.5017": "Suspended account." { http: 403, message: "Account suspended.", solution: "Ensure that the account is not restricted and try again." },
            // The columns disagree (the quota is reached; the solution says "Wait until the system
            // is idle and try again."): the HTTP status decides, client_error.
            "ModelArts.5040": "The resource usage has reached the maximum allowed limit." { http: 403, message: "Your usage has exceeded the maximum quota", solution: "Wait until the system is idle and try again." },
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.5043": "Failed to submit the contest." => vendor_error { http: 403, message: "Challenge applications submit failed", solution: "System error. Contact technical support." },
            // "Please click to send the verification code again later.": retry.
            "ModelArts.5045": "Send verify code failed." => retry { http: 403, message: "Send verify code failed,please try again later.", solution: "Please click to send the verification code again later." },
            "ModelArts.5053": "The product has been reclaimed." { http: 403, message: "Product has been recycled.", solution: "Select another product." },
            "ModelArts.5054": "At least one available version is required for the product." { http: 403, message: "At least one available version must exist.", solution: "Perform other operations." },
            "ModelArts.5055": "The subscription has expired." { http: 403, message: "The subscription has expired.", solution: "Initiate a new subscription." },
            "ModelArts.5057": "The free package has been sold out." { http: 403, message: "The free package is sold out.", solution: "Select another package." },
            "ModelArts.6653": "You are not authorized to operate the project." { http: 403, message: "Contact the project owner.", solution: "Contact the project owner to obtain the authorization." },
        }
        /// The rows under HTTP 404.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 404, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: all 18
        /// here.
        group NotFound "HTTP 404" => client_error {
            "ModelArts.2786": "The project ID (%s) in the request does not match that(%s) in the token." { http: 404, message: "TokenProjectIDNotMatch", solution: "Change the request token or change the project ID in the request." },
            "ModelArts.2836": "Path not found." { http: 404, message: "PathNotFound", solution: "Please confirm that the PATH is correct" },
            "ModelArts.2881": "ImageSaveJob is not exist" { http: 404, message: "ImageSaveJobNotExist", solution: "Please check task_id" },
            "ModelArts.2890": "Pool (%s) does not exist" { http: 404, message: "PoolNotFound", solution: "Please check whether the pool exists" },
            "ModelArts.3001": "Model {0} does not exist." { http: 404, message: "Model ({0}) does not exist.", solution: "Check whether the entered model ID is correct." },
            "ModelArts.3003": "Failed to obtain the model name list." { http: 404, message: "Failed to get model names list.", solution: "Check whether the account is correct." },
            "ModelArts.3019": "Input/Output mode {0} does not exist." { http: 404, message: "Infer format ({0}) does not exist.", solution: "Change the input/output mode." },
            "ModelArts.3021": "Template {0} does not exist." { http: 404, message: "Template ({0}) does not exists.", solution: "Select another template." },
            "ModelArts.3071": "Subscription {0} does not exist." { http: 404, message: "The subscription ({0}) does not exist.", solution: "Subscribe to the model and try again." },
            "ModelArts.3080": "Model optimization task {0} does not exist." { http: 404, message: "Model optimization job ({0}) does not exist.", solution: "The task is unavailable." },
            "ModelArts.3502": "The service {name} does not exist." { http: 404, message: "Service {name} does not exist.", solution: "Ensure that the service name is correct." },
            "ModelArts.3507": "The model {ID} does not exist." { http: 404, message: "Model {name} does not exist.", solution: "Ensure that the model ID is correct." },
            "ModelArts.3923": "The application {ID} does not exist." { http: 404, message: "Application {id} does not exist.", solution: "Ensure that the application ID is correct." },
            "ModelArts.3935": "The API {ID} that supports application authentication does not exist." { http: 404, message: "The app-auth API {id} does not exist.", solution: "Ensure that the interface ID is correct." },
            "ModelArts.5058": "The object does not exist." { http: 404, message: "Object ({0}) does not exit.", solution: "Select another object." },
            "ModelArts.6623": "Failed to find the corresponding dataset." { http: 404, message: "Ensure that the dataset already exists.", solution: "Ensure that the dataset already exists." },
            "ModelArts.6624": "Failed to find the corresponding storage path." { http: 404, message: "Ensure that the storage path already exists.", solution: "Ensure that the storage path already exists." },
            "ModelArts.6650": "Failed to find the corresponding project." { http: 404, message: "Ensure that the project already exists.", solution: "Ensure that the project already exists." },
        }
        /// The rows under HTTP 405.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 405, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: the one
        /// row here.
        group MethodNotAllowed "HTTP 405" => client_error {
            "ModelArts.2803": "Method not allowed." { http: 405, message: "MethodNotAllowed", solution: "Please confirm that the HTTP Method is correct" },
        }
        /// The rows under HTTP 408.
        ///
        /// Class: by default `retry`, the class RFC 9110 gives HTTP 408, for rows whose
        /// words say to send the same request again later, and rows whose columns disagree:
        /// the one row here.
        group RequestTimeout "HTTP 408" => retry {
            // The columns disagree (the message says "Please try again.", the solution "System
            // error. Contact technical support."): the HTTP status decides, retry.
            "ModelArts.6100": "Timeout." { http: 408, message: "The request timed out. Please try again.", solution: "System error. Contact technical support." },
        }
        /// The rows under HTTP 409.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 409, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is (8 of 11).
        /// The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 1 `pending`, 2 `retry`.
        group Conflict "HTTP 409" => client_error {
            "ModelArts.2796": "The job cannot be terminated." { http: 409, message: "NotAllowedToTerminate", solution: "Check whether the job status is valid." },
            "ModelArts.2813": "The job cannot be restarted." { http: 409, message: "NotAllowedToRestart", solution: "Check whether the action type is valid." },
            // "Please try again later." (the job's status changed under the request): retry.
            "ModelArts.2878": "Job status changed" => retry { http: 409, message: "JobStatusChanged", solution: "Please try again later." },
            "ModelArts.3002": "Model ({0}, {1}) already exists." { http: 409, message: "Model ({0}, {1}) already exists.", solution: "Change the model name or version and try again." },
            "ModelArts.3020": "Input/Output mode {0} already exists." { http: 409, message: "Infer format ({0}) already exists.", solution: "Change the input/output mode." },
            "ModelArts.3022": "Template {0} already exists." { http: 409, message: "Template ({0}) already exists.", solution: "Select another template." },
            "ModelArts.3073": "Model {0} already exists." { http: 409, message: "model ({0}) already exists, no subscription required.", solution: "Do not subscribe to another model with the same name." },
            "ModelArts.3503": "The service {name} already exists." { http: 409, message: "Service {name} already exists.", solution: "Change the service name and try again." },
            "ModelArts.3929": "Failed to create the application. Fault cause: {fault cause}." { http: 409, message: "Failed to create the application because {reason}.", solution: "Locate the fault based on the failure cause." },
            // The product "is being reviewed" ("after the review is complete"): pending.
            "ModelArts.5015": "The product is being reviewed." => pending { http: 409, message: "The product is being reviewed", solution: "Perform operations after the review is complete." },
            // "Operations conflict, please try again later": retry.
            "ModelArts.5044": "Failed to perform the operation." => retry { http: 409, message: "Operations conflict, please try again later", solution: "Try again later." },
        }
        /// The rows under HTTP 413.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 413, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: the one
        /// row here.
        group RequestEntityTooLarge "HTTP 413" => client_error {
            "ModelArts.4104": "The size of the request body is invalid." { http: 413, message: "Invalid request body because the size exceeds the maximum size allowed.", solution: "Use a request body smaller than 12 MB." },
        }
        /// The rows under HTTP 417.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 417, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: the one
        /// row here.
        group ExpectationFailed "HTTP 417" => client_error {
            "ModelArts.6654": "A project with the same name already exists." { http: 417, message: "Project with the same name already exists.", solution: "Use another project name." },
        }
        /// The rows under HTTP 429.
        ///
        /// Class: by default `retry`, the class RFC 9110 gives HTTP 429, for rows whose
        /// words say to send the same request again later, and rows whose columns disagree:
        /// all 4 here.
        group TooManyRequests "HTTP 429" => retry {
            "ModelArts.2799": "services too many requests" { http: 429, message: "TooManyRequests", solution: "Please try again later" },
            "ModelArts.4206": "The maximum number of requests has been reached." { http: 429, message: "Excessive number of requests to %s.", solution: "Try again later." },
            "ModelArts.4395": "Frequent dataset or labeling task creation in a unit time." { http: 429, message: "Too many dataset requests", solution: "Try again later." },
            "ModelArts.6101": "The system is busy." { http: 429, message: "The system is busy now. Please try again later.", solution: "The system is busy. Please try again. If the retry still fails, contact technical support." },
        }
        /// The rows under HTTP 500.
        ///
        /// Class: by default `vendor_error`, the class RFC 9110 gives HTTP 500, for rows
        /// whose words put the fault on ModelArts' side or send the caller to ModelArts'
        /// people, rows whose words do not say whose fault it is, and rows whose columns
        /// disagree (90 of 123). The other rows, each with its reason beside it, by the
        /// rules of [`ModelArtsError`]: 29 `client_error`, 3 `pending`, 1 `retry`.
        group InternalServerError "HTTP 500" => vendor_error {
            "ModelArts.0010": "Internal error." { http: 500, message: "Internal error.", solution: "Contact R&D and O&M personnel." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.0109": "Unauthorized account." => client_error { http: 500, message: "Unauthorized account.", solution: "Only the administrator can call alarm APIs." },
            "ModelArts.2950": "Unknown error." { http: 500, message: "Unknown", solution: "System error. Contact technical support." },
            "ModelArts.2951": "Dataset service error." { http: 500, message: "DatasetService", solution: "System error. Contact technical support." },
            "ModelArts.2952": "Database service error." { http: 500, message: "ExtServiceDB", solution: "System error. Contact technical support." },
            "ModelArts.2953": "IAM service error." { http: 500, message: "ExtServiceIAM", solution: "System error. Contact technical support." },
            "ModelArts.2954": "Workspace service error." { http: 500, message: "ExtServiceWorkspace", solution: "System error. Contact technical support." },
            "ModelArts.2955": "AOM service abnormal" { http: 500, message: "ExtServiceAOM", solution: "System error. Contact technical support." },
            "ModelArts.2956": "AIG service abnormal" { http: 500, message: "ExtServiceAIG", solution: "System error. Contact technical support." },
            "ModelArts.2957": "SMN service abnormal" { http: 500, message: "ExtServiceSMN", solution: "System error. Contact technical support." },
            "ModelArts.2958": "OBS service abnormal" { http: 500, message: "ExtServiceOBS", solution: "System error. Contact technical support." },
            "ModelArts.2959": "MAOS service abnormal" { http: 500, message: "ExtServiceMAOS", solution: "System error. Contact technical support." },
            "ModelArts.3006": "Failed to publish the model." { http: 500, message: "Failed to publish model.", solution: "The model metadata failed to be stored to the database. Contact R&D and O&M personnel." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3009": "Failed to delete model {0} because it has been deployed as a service." => client_error { http: 500, message: "Failed to delete model, model ({0}) already deploy service.", solution: "Delete the deployed service and try again." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3043": "User {0} does not have the obs:object:PutObjectAcl permission." => client_error { http: 500, message: "User ({0}) does not have obs: object: PutObjectAcl permission.", solution: "Add the permission and try again." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3044": "Failed to import model file {0}." => client_error { http: 500, message: "Model file ({0}) is larger than 20G and cannot be imported.", solution: "Ensure that the file is at most 20 GB in size." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3045": "Parameter {0} is left blank." => client_error { http: 500, message: "Parameter ({0}) is null.", solution: "Check the parameter setting as prompted." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3047": "Failed to convert model {0}." => client_error { http: 500, message: "ExeML model({0}) cannot be converted.", solution: "ExeML models cannot be converted." },
            // The model "is being imported" ("after the model status changes to normal"): pending,
            // whatever the 500.
            "ModelArts.3048": "Failed to convert model {0} because the model status is abnormal." => pending { http: 500, message: "Model({0}) is being imported and cannot be converted.", solution: "Convert the model after the model status changes to normal." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3049": "Models of other users cannot be converted." => client_error { http: 500, message: "Cannot convert models belonging to other users.", solution: "You can only convert your models." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3050": "Failed to obtain the temporary user certificate." => client_error { http: 500, message: "Get user temporary credential failed.", solution: "Check whether the token is valid." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3052": "Chip type {0} is not supported." => client_error { http: 500, message: "Chip Type ({0}) not support.", solution: "Check whether the chip is of GPU, Arm, or general type." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3053": "Model type {0} is not supported." => client_error { http: 500, message: "Model Type ({0}) not support.", solution: "This type of model is not supported." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3054": "Task {0} does not exist." => client_error { http: 500, message: "Task ({0}) does not exists.", solution: "The task is unavailable." },
            // The task "is running" ("Delete the task after it is complete."): pending, whatever
            // the 500.
            "ModelArts.3055": "Failed to delete task {0} because it is running." => pending { http: 500, message: "Task ({0}) is running cannot be deleted.", solution: "Delete the task after it is complete." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3056": "Task name {0} does not comply with specifications." => client_error { http: 500, message: "Task name ({0}) not meeting the specification.", solution: "Ensure that a task name starts with a lowercase letter, ends with a lowercase letter or digit, and contains 2 to 24 characters, including lowercase letters, digits, and hyphens (-)." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3057": "Task description {0} does not comply with specifications." => client_error { http: 500, message: "Task description ({0}) not meeting the specification.", solution: "Ensure that task description contains 1 to 100 characters and cannot contain the following characters: &,!\"<>=." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3058": "Task input {0} does not comply with specifications." => client_error { http: 500, message: "Task input ({0}) not meeting the specification.", solution: "Perform operations according to the error message." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3059": "Task output {0} does not comply with specifications." => client_error { http: 500, message: "Task output ({0}) not meeting the specification.", solution: "Ensure that the task output is a valid HTTP or HTTPS address." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3060": "Advanced task option {0} does not comply with specifications." => client_error { http: 500, message: "Task spec ({0}) not meeting the specification.", solution: "Ensure that the advanced option does not contain Chinese characters or the following characters: (|)&$?<>. Ensure that the value is less than 4000." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3061": "Log parameters of task {0} do not comply with specifications." => client_error { http: 500, message: "get Task ({0}) log parameter not meeting the specification.", solution: "Ensure that the offset or lines value is greater than or equal to 0." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3062": "Task {0} already exists." => client_error { http: 500, message: "Task ({0}) exists.", solution: "Change the name and try again." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3064": "Deep learning framework {0} is not supported." => client_error { http: 500, message: "DL Framework Type ({0}) not support.", solution: "This type of framework is not supported." },
            // The image "is being built" ("Wait until the image is created."): pending, whatever
            // the 500.
            "ModelArts.3065": "Failed to update runtime because the model image is being created." => pending { http: 500, message: "The image of the model is being built so the runtime cannot be updated.", solution: "Wait until the image is created." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3301": "Failed to create the image." => client_error { http: 500, message: "Failed to build image.", solution: "Check the image, or contact R&D and O&M personnel to rectify the fault." },
            "ModelArts.3501": "Failed to deploy the service." { http: 500, message: "Failed to deploy the service.", solution: "Contact service O&M personnel." },
            "ModelArts.3504": "Failed to delete the service." { http: 500, message: "Failed to delete the service.", solution: "Contact service O&M personnel." },
            "ModelArts.3505": "Failed to query the service." { http: 500, message: "Failed to update the service.", solution: "Contact service O&M personnel." },
            "ModelArts.3506": "Failed to update the service." { http: 500, message: "Model {id} does not exist.", solution: "Contact service O&M personnel." },
            "ModelArts.3508": "Failed to obtain the service monitoring information." { http: 500, message: "Failed to query the service monitoring information.", solution: "Contact service O&M personnel." },
            "ModelArts.3509": "Failed to query the node." { http: 500, message: "Failed to query edge nodes.", solution: "Contact service O&M personnel." },
            "ModelArts.3511": "Failed to query the edge label." { http: 500, message: "Failed to query edge tags.", solution: "Contact service O&M personnel." },
            "ModelArts.3537": "Failed to process the CBC request." { http: 500, message: "Failed to handle the CBC request.", solution: "Contact service O&M personnel." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3539": "Failed to initialize the service URL {URL}." => client_error { http: 500, message: "Failed to initialize service URL {url}.", solution: "Ensure that the service URL is correct." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error. ("Try
            // again or contact service O&M personnel." about an invalid CBC request)
            "ModelArts.3543": "The CBC request is invalid." { http: 500, message: "Invalid CBC request.", solution: "Try again or contact service O&M personnel." },
            "ModelArts.3546": "Failed to create the dedicated resource pool." { http: 500, message: "Failed to create the cluster.", solution: "Contact service O&M personnel." },
            "ModelArts.3579": "Failed to query the model information." { http: 500, message: "Failed to query the model information.", solution: "Contact service O&M personnel." },
            "ModelArts.3581": "Failed to create the edge certificate." { http: 500, message: "Failed to create edge certificates.", solution: "Contact service O&M personnel." },
            "ModelArts.3802": "Failed to create the API group {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to create API group {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3803": "Failed to register the API {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to register API {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3804": "Failed to upload the file to OBS." { http: 500, message: "upload file to obs failed.", solution: "Contact R&D and O&M personnel." },
            "ModelArts.3805": "Failed to create the AI service {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to create AI service {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3806": "Failed to update the AI service {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to update AI service {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3807": "Failed to delete the AI service {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to delete AI service {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3808": "Failed to create the sub-service {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to create AI subservice {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3809": "Failed to update the sub-service {name}. Fault cause: {fault cause}." { http: 500, message: "Failed to update AI subservice {name} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3810": "Failed to create the agency. Fault cause: {fault cause}." { http: 500, message: "Failed to create the agency because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3819": "Failed to delete the service agency definition." { http: 500, message: "Failed to delete the agency definition.", solution: "Contact service O&M personnel." },
            "ModelArts.3858": "Failed to bind task type to API {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to bind task type to API {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3859": "Failed to unbind the task type from API {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to unbind task type from API {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3860": "Failed to create the task type. Fault cause: {fault cause}." { http: 500, message: "Failed to create the task type because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3861": "Failed to update the task. Fault cause: {fault cause}." { http: 500, message: "Failed to update the task type because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3891": "Failed to operate the serverless cluster. Fault cause: {fault cause}." { http: 500, message: "Failed to operate the serverless cluster because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3893": "Failed to forward the CBC request to the cloud service." { http: 500, message: "Failed to forward the CBC request to the cloud service.", solution: "Contact service O&M personnel." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3901": "License ID {0} does not exist." => client_error { http: 500, message: "license id ({0}) is not exist.", solution: "Check whether the license ID is valid." },
            "ModelArts.3902": "Failed to obtain the license because {Reason}." { http: 500, message: "Failed to get license info because ({0}).", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3903": "Failed to renew the license because {Reason}." { http: 500, message: "Renew license failed because ({0}).", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3904": "Failed to report the used quota because {Reason}." { http: 500, message: "Upload data failed because ({0}).", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3905": "Failed to obtain the app key." { http: 500, message: "Failed to get app key.", solution: "Contact R&D and O&M personnel." },
            "ModelArts.3906": "Failed to create the license because {Reason}." { http: 500, message: "Failed to create license because ({0}).", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3907": "Failed to delete the license because {Reason}." { http: 500, message: "Failed to delete license because ({0}).", solution: "Locate the fault based on the failure cause." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3908": "Failed to obtain CBC resources." => client_error { http: 500, message: "Failed to get CBC resources.", solution: "Check the license ID or the associated license configuration." },
            "ModelArts.3909": "Failed to access CBC." { http: 500, message: "access CBC failed.", solution: "Contact R&D and O&M personnel." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error.
            "ModelArts.3910": "Failed to authorize CBC operations because {Reason}." { http: 500, message: "Check CBC auth failed because ({0}).", solution: "Locate the fault based on the failure cause. Renewal authentication fails because cloudservicetype is not provided. Unsubscription authentication fails because an instance is being deployed." },
            "ModelArts.3921": "Failed to register the API that supports application authentication. Fault cause: {fault cause}." { http: 500, message: "Failed to create the app-auth API because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3924": "Failed to create the AppCode of the application {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to create the application code for application {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3925": "Failed to delete API {ID} that supports application authentication. Fault cause: {fault cause}." { http: 500, message: "Failed to delete app-auth api {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3926": "Failed to reset the private key of the application {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to reset the secret of application {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3927": "Failed to reset the AppCode of the application {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to reset the application code of application {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3928": "Failed to obtain information about the API that supports application authentication. Fault cause: {fault cause}." { http: 500, message: "Failed to obtain the app-auth API information because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3932": "Failed to obtain the application information. Fault cause: {fault cause}." { http: 500, message: "Failed to obtain the application information because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3933": "Failed to delete the application {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to delete application {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3934": "Failed to delete the AppCode of the application {ID}. Fault cause: {fault cause}." { http: 500, message: "Failed to delete the application code of application {id} because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3937": "Failed to authorize the API to the application. Fault cause: {fault cause}." { http: 500, message: "Failed to authorize the app-auth API to the application because {reason}.", solution: "Locate the fault based on the failure cause." },
            "ModelArts.3938": "Failed to cancel the authorization from the API to the application. Fault cause: {fault cause}." { http: 500, message: "Failed to unbind the app-auth API from the application because {reason}.", solution: "Locate the fault based on the failure cause." },
            // The page also lists ModelArts.4302 under HTTP 503 (ModelArtsErrorAlt).
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4302": "Accessing the service is rejected." => client_error { http: 500, message: "Gateway forwarding error because %s.", solution: "Ensure the service to be accessed is running properly." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4354": "The number of created datasets has reached the maximum allowed limit." => client_error { http: 500, message: "Insufficient quota", solution: "Delete unused datasets or apply for a higher quota." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error.
            "ModelArts.4360": "Failed to synchronize the data source." { http: 500, message: "Sync data source error", solution: "Check the synchronization task status and result." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error.
            "ModelArts.4367": "Failed to delete the dataset." { http: 500, message: "Update dataset state failed", solution: "Check the dataset status." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4373": "Failed to create the dataset migration task." => client_error { http: 500, message: "No migratory job", solution: "Check whether the source dataset of the migration task is valid." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4424": "Failed to delete the dataset sample." => client_error { http: 500, message: "Delete sample failed", solution: "Ensure that the sample to be deleted is correct and that there is unfinished import or synchronization task." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error.
            "ModelArts.4614": "Failed to run the task." { http: 500, message: "Task failed", solution: "Check the execution result of the processor task." },
            // The columns disagree (the message says to try again later, the solution "System
            // error. Contact technical support."): the HTTP status decides, vendor_error.
            "ModelArts.5000": "Internal error." { http: 500, message: "Please try again later or contact customer service to solve the problem", solution: "System error. Contact technical support." },
            "ModelArts.5003": "Failed to access IAM." { http: 500, message: "Internal Error: access IAM service failed", solution: "System error. Contact technical support." },
            "ModelArts.5004": "Failed to access Text Moderation." { http: 500, message: "Internal Error: access moderation service failed.", solution: "System error. Contact technical support." },
            "ModelArts.5005": "Failed to access ModelArts." { http: 500, message: "Internal Error: access ModelArts service failed", solution: "System error. Contact technical support." },
            "ModelArts.5006": "Failed to access the managed services in AI Gallery." { http: 500, message: "Internal Error: access AI service failed", solution: "System error. Contact technical support." },
            "ModelArts.5007": "Failed to access the manager services in AI Gallery." { http: 500, message: "Internal Error: access AI manager failed", solution: "System error. Contact technical support." },
            "ModelArts.5008": "Failed to access SMN." { http: 500, message: "Internal Error: access SMN service failed", solution: "System error. Contact technical support." },
            "ModelArts.5009": "Database operation error." { http: 500, message: "Database operation failed", solution: "System error. Contact technical support." },
            "ModelArts.5010": "Failed to access OBS." { http: 500, message: "OBS operation failed", solution: "System error. Contact technical support." },
            "ModelArts.5019": "Failed to access CBC." { http: 500, message: "Internal Error: access CBC service failed", solution: "System error. Contact technical support." },
            "ModelArts.5021": "Failed to access LCS." { http: 500, message: "Internal Error: access LCS service failed", solution: "System error. Contact technical support." },
            // "the traffic is a little busy. Please try again later": retry, whatever the 500.
            "ModelArts.5039": "Excessive requests." => retry { http: 500, message: "Dear User,the traffic is a little busy. Please try again later", solution: "Try again later." },
            "ModelArts.5050": "Failed to access HiLens." { http: 500, message: "Internal Error: access Hilens service failed", solution: "System error. Contact technical support." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.5100": "The import path illegal." => client_error { http: 500, message: "The import path illegal.", solution: "Please select another object." },
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.5101": "The item version already exists." => client_error { http: 500, message: "The item version already exists.", solution: "Select another version." },
            "ModelArts.5300": "Failed to traverse user source addresses." { http: 500, message: "Failed to explore the user source address.", solution: "System error. Contact technical support." },
            "ModelArts.5301": "Failed to download the source file from OBS." { http: 500, message: "Failed to download the source file from OBS.", solution: "System error. Contact technical support." },
            "ModelArts.5302": "Failed to upload the source file to the destination address." { http: 500, message: "Failed to upload the source file to the destination address.", solution: "System error. Contact technical support." },
            "ModelArts.5308": "Failed to access VAS." { http: 500, message: "Internal Error: access VAS service failed", solution: "System error. Contact technical support." },
            "ModelArts.5311": "No market category ID found." { http: 500, message: "Failed to get market category id.", solution: "System error. Contact technical support." },
            // The words do not say whose fault it is: the HTTP status decides, vendor_error.
            "ModelArts.5401": "Fail to Crypt." { http: 500, message: "Fail to Crypt.", solution: "Please re-encrypt or decrypt." },
            // The columns disagree (the message says to try again later, the solution "System
            // error. Contact technical support."): the HTTP status decides, vendor_error.
            "ModelArts.6102": "Internal error." { http: 500, message: "The server has encountered an error and fails to process the request. Please try again later or submit a service ticket.", solution: "System error. Contact technical support." },
            // The columns disagree (the message says to try again later, the solution "System
            // error. Contact technical support."): the HTTP status decides, vendor_error.
            "ModelArts.6200": "Internal error." { http: 500, message: "No resources available. Please try again later or submit a service ticket.", solution: "System error. Contact technical support." },
            "ModelArts.6691": "The algorithm service is abnormal." { http: 500, message: "System error. Check the service status.", solution: "System error. Check the service state." },
            "ModelArts.6692": "The dataset service is abnormal." { http: 500, message: "System error. Check the service status.", solution: "System error. Check the service state." },
            // "Internal error." / "Network error.": vendor_error.
            "ModelArts.6699": "Network error." { http: 500, message: "Internal error.", solution: "Check network connectivity." },
            "ModelArts.7001": "An unknown error occurs in the workspace." { http: 500, message: "Workspace internal error.", solution: "System error. Contact technical support." },
            // The columns disagree ("please wait a few minutes"; the solution says "System error.
            // Contact technical support."): the HTTP status decides, vendor_error.
            "ModelArts.7008": "The workspace is abnormal. Only the read-only operation is supported." { http: 500, message: "workspace in read-only status, please wait a few minutes", solution: "System error. Contact technical support." },
            "ModelArts.7009": "The workspace is abnormal." { http: 500, message: "call {apiType} api failed", solution: "System error. Contact technical support." },
            "ModelArts.7100": "EPS request error." { http: 500, message: "get enterprise project id failed", solution: "System error. Contact technical support." },
            "ModelArts.7101": "PDP request error." { http: 500, message: "Call pdp auth api failed.", solution: "System error. Contact technical support." },
        }
        /// The rows under HTTP 501.
        ///
        /// Class: by default `vendor_error`, the class RFC 9110 gives HTTP 501, for rows
        /// whose words put the fault on ModelArts' side or send the caller to ModelArts'
        /// people, rows whose words do not say whose fault it is, and rows whose columns
        /// disagree. No row here is: 1 `client_error`, 4 `pending`, each with its reason
        /// beside it, by the rules of [`ModelArtsError`].
        group NotImplemented "HTTP 501" => vendor_error {
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4383": "The operation cannot be performed in the dataset." => client_error { http: 501, message: "Unsupported operation, dataset %s type is %s", solution: "Check whether the dataset supports the current operation." },
            // Another task "is being executed" ("after the current task is complete"): pending,
            // whatever the 501.
            "ModelArts.4385": "Failed to start the deploy task because an auto deploy task is being executed in the dataset." => pending { http: 501, message: "Auto deploy task exist", solution: "Start a new deploy task after the current task is complete." },
            // Another task "is being executed" ("after the current task is complete"): pending,
            // whatever the 501.
            "ModelArts.4386": "Failed to start the auto labeling task because an auto labeling task is being executed in the dataset." => pending { http: 501, message: "Auto labeling task exist", solution: "Start a new auto labeling task after the current task is complete." },
            // Another task "is being executed" ("after the current task is complete"): pending,
            // whatever the 501.
            "ModelArts.4387": "Failed to start the pre-labeling task because a pre-labeling task is being executed in the dataset." => pending { http: 501, message: "Pre-label task exist", solution: "Start a new pre-labeling task after the current task is complete." },
            // A migration task "is being executed" ("Wait until ... is complete"): pending,
            // whatever the 501.
            "ModelArts.4394": "Failed to obtain the migration result because a migration task is being executed in the dataset." => pending { http: 501, message: "Task is running", solution: "Wait until the migration task is complete." },
        }
    }
}

codes_macros::status_codes! {
    /// The second row of each of the 23 codes that ModelArts' page "Error
    /// Codes" lists under more than one HTTP status, in the page's order; the
    /// first rows are [`ModelArtsError`]'s, the third rows
    /// [`ModelArtsErrorAlt2`]'s.
    ///
    /// Rows, columns, groups and classes as in [`ModelArtsError`], whose
    /// documentation gives the rules. Decode a code with [`error_for`],
    /// which picks the row whose HTTP status is the response's.
    ///
    /// Classes: 2 `retry`, 15 `client_error`, 6 `vendor_error`.
    ///
    /// ```
    /// use codes_vendors::modelarts::{ModelArtsError, ModelArtsErrorAlt};
    ///
    /// let first = ModelArtsError::from_code("ModelArts.0112");
    /// assert_eq!(first.http(), Some(401));
    /// assert_eq!(first.message(), Some("Failed to execute the policy."));
    ///
    /// let second = ModelArtsErrorAlt::from_code("ModelArts.0112");
    /// assert_eq!(second.http(), Some(403));
    /// assert_eq!(second.message(), Some("Policy doesn't allow {} {} to be performed."));
    /// ```
    #[codes(vendor = "Huawei Cloud ModelArts")]
    pub enum ModelArtsErrorAlt: &str {
        column http: u16,
        column message: &'static str,
        column solution: &'static str,
        // Each code's second row on the page, under another HTTP status than
        // its first (ModelArtsError's); `error_for` picks it when the
        // response's status is its own.
        /// The rows under HTTP 400.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 400, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is (1 of 2).
        /// The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 1 `vendor_error`.
        group BadRequest "HTTP 400" => client_error {
            // The page also lists ModelArts.4902 under HTTP 200 (ModelArtsError).
            "ModelArts.4902": "The target app is not authorized." { http: 400, message: "Access prohibited because the app-auth API was not associated with APIG app %s.", solution: "Ensure AppCode is allowed to access the target service." },
            // The page also lists ModelArts.4904 under HTTP 200 (ModelArtsError).
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.4904": "The app authentication API is not associated with the signature key." => vendor_error { http: 400, message: "Access prohibited because the app-auth API was not associated with signature key %s.", solution: "Internal error. Contact technical support." },
        }
        /// The rows under HTTP 401.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 401, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: all 6
        /// here.
        group Unauthorized "HTTP 401" => client_error {
            // The page also lists ModelArts.0204 under HTTP 400 (ModelArtsError).
            "ModelArts.0204": "Parsing the token failed." { http: 401, message: "Failed to parse the token.", solution: "Use a valid token." },
            // The page also lists ModelArts.0210 under HTTP 400 (ModelArtsError) and HTTP 403
            // (ModelArtsErrorAlt2).
            "ModelArts.0210": "The apiId request header is missing." { http: 401, message: "No key apiId in header.", solution: "Use the correct APIG URL." },
            // The page also lists ModelArts.0428 under HTTP 400 (ModelArtsError).
            "ModelArts.0428": "The user authorization does not exist." { http: 401, message: "The user authorization does not exist.", solution: "Check whether the user agency is authorized." },
            // The page also lists ModelArts.4201 under HTTP 400 (ModelArtsError).
            "ModelArts.4201": "The token is invalid." { http: 401, message: "Invalid token.", solution: "Check the token of the account to which the user belongs." },
            // The page also lists ModelArts.4203 under HTTP 400 (ModelArtsError).
            "ModelArts.4203": "You do not have the access permission." { http: 401, message: "Invalid request because %s.", solution: "Ensure you have the access permission." },
            // The page also lists ModelArts.4506 under HTTP 400 (ModelArtsError).
            "ModelArts.4506": "Checking the IAM service ticket failed." { http: 401, message: "Failed to check the IAM service ticket.", solution: "Check the IAM service ticket." },
        }
        /// The rows under HTTP 403.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 403, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: all 3
        /// here.
        group Forbidden "HTTP 403" => client_error {
            // The page also lists ModelArts.0112 under HTTP 401 (ModelArtsError).
            "ModelArts.0112": "The permission on the workspace is restricted." { http: 403, message: "Policy doesn't allow {} {} to be performed.", solution: "Ensure that you have the permission on the workspace." },
            // The page also lists ModelArts.0203 under HTTP 401 (ModelArtsError).
            "ModelArts.0203": "Invalid token." { http: 403, message: "Invalid token.", solution: "Obtain a new token and try again." },
            // The page also lists ModelArts.0206 under HTTP 401 (ModelArtsError).
            "ModelArts.0206": "Invalid AK/SK." { http: 403, message: "Invalid AK/SK.", solution: "Check whether the token is valid." },
        }
        /// The rows under HTTP 404.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 404, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: all 2
        /// here.
        group NotFound "HTTP 404" => client_error {
            // The page also lists ModelArts.4204 under HTTP 400 (ModelArtsError) and HTTP 500
            // (ModelArtsErrorAlt2).
            "ModelArts.4204": "The API does not exist." { http: 404, message: "API %s does not exist.", solution: "Use an available API." },
            // The page also lists ModelArts.4901 under HTTP 401 (ModelArtsError).
            "ModelArts.4901": "The app authentication API does not exist." { http: 404, message: "The app-auth API does not exist.", solution: "Ensure the app URL is correct." },
        }
        /// The rows under HTTP 408.
        ///
        /// Class: by default `retry`, the class RFC 9110 gives HTTP 408, for rows whose
        /// words say to send the same request again later, and rows whose columns disagree:
        /// the one row here.
        group RequestTimeout "HTTP 408" => retry {
            // The page also lists ModelArts.4205 under HTTP 400 (ModelArtsError).
            // "Connection timed out." / "Try again later.": retry.
            "ModelArts.4205": "Accessing the backend server timed out." { http: 408, message: "Connection timed out.", solution: "Try again later." },
        }
        /// The rows under HTTP 500.
        ///
        /// Class: by default `vendor_error`, the class RFC 9110 gives HTTP 500, for rows
        /// whose words put the fault on ModelArts' side or send the caller to ModelArts'
        /// people, rows whose words do not say whose fault it is, and rows whose columns
        /// disagree (4 of 7). The other rows, each with its reason beside it, by the rules
        /// of [`ModelArtsError`]: 3 `client_error`.
        group InternalServerError "HTTP 500" => vendor_error {
            // The page also lists ModelArts.3801 under HTTP 401 (ModelArtsError).
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.3801": "Failed to obtain the template AK/SK due to an invalid token." => client_error { http: 500, message: "invalid token, can not get template ak/sk.", solution: "Obtain a new token and try again." },
            // The page also lists ModelArts.4105 under HTTP 400 (ModelArtsError).
            "ModelArts.4105": "An exception occurred when obtaining the temporary AK/SK." { http: 500, message: "Failed to obtain the temporary AK/SK.", solution: "Internal error. Contact technical support." },
            // The page also lists ModelArts.4106 under HTTP 400 (ModelArtsError).
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4106": "Obtaining the OBS agency failed." => client_error { http: 500, message: "Failed to obtain the OBS agency.", solution: "Authorize the OBS agency." },
            // The page also lists ModelArts.4301 under HTTP 400 (ModelArtsError).
            "ModelArts.4301": "Obtaining the token of the cloud service administrator failed." { http: 500, message: "Failed to obtain %s.", solution: "Internal error. Contact technical support." },
            // The page also lists ModelArts.4503 under HTTP 400 (ModelArtsError) and HTTP 504
            // (ModelArtsErrorAlt2).
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4503": "The service does not exist." => client_error { http: 500, message: "Failed to obtain the backend service because %s.", solution: "Ensure the service to be accessed is available." },
            // The page also lists ModelArts.4505 under HTTP 401 (ModelArtsError).
            // The columns disagree ("reading timed out", "Internal server error"; the solution asks
            // the caller to ensure its service runs): the HTTP status decides, vendor_error.
            "ModelArts.4505": "Internal server error." { http: 500, message: "Internal backend service error because reading timed out.", solution: "Ensure the service to be accessed is running properly." },
            // The page also lists ModelArts.4801 under HTTP 400 (ModelArtsError).
            "ModelArts.4801": "Obtaining service instances for Consul failed." { http: 500, message: "Failed to obtain the consul %s.", solution: "Internal error. Contact technical support." },
        }
        /// The rows under HTTP 503.
        ///
        /// Class: by default `retry`, the class RFC 9110 gives HTTP 503, for rows whose
        /// words say to send the same request again later, and rows whose columns disagree
        /// (1 of 2). The other rows, each with its reason beside it, by the rules of
        /// [`ModelArtsError`]: 1 `vendor_error`.
        group ServiceUnavailable "HTTP 503" => retry {
            // The page also lists ModelArts.4302 under HTTP 500 (ModelArtsError).
            // The solution puts the fault on ModelArts' side: vendor_error.
            "ModelArts.4302": "The backend service is unavailable." => vendor_error { http: 503, message: "Gateway forwarding error because %s.", solution: "Internal error. Contact technical support." },
            // The page also lists ModelArts.4700 under HTTP 400 (ModelArtsError).
            // "The gateway is being stopped" while "The platform is being upgraded. Try again
            // later.": retry.
            "ModelArts.4700": "The gateway is being stopped." { http: 503, message: "Unavailable gateway.", solution: "The platform is being upgraded. Try again later." },
        }
    }
}

codes_macros::status_codes! {
    /// The third row of each of the 3 codes that ModelArts' page "Error
    /// Codes" lists under three HTTP statuses (`ModelArts.0210`,
    /// `ModelArts.4204`, `ModelArts.4503`), in the page's order; their first
    /// rows are [`ModelArtsError`]'s, their second rows
    /// [`ModelArtsErrorAlt`]'s.
    ///
    /// Rows, columns, groups and classes as in [`ModelArtsError`], whose
    /// documentation gives the rules. Decode a code with [`error_for`].
    ///
    /// Classes: 1 `retry`, 2 `client_error`.
    ///
    /// ```
    /// use codes_vendors::modelarts::ModelArtsErrorAlt2;
    ///
    /// let third = ModelArtsErrorAlt2::from_code("ModelArts.4503");
    /// assert_eq!(third.http(), Some(504));
    /// assert_eq!(third.description(), Some("The response from the backend service timed out."));
    /// ```
    #[codes(vendor = "Huawei Cloud ModelArts")]
    pub enum ModelArtsErrorAlt2: &str {
        column http: u16,
        column message: &'static str,
        column solution: &'static str,
        // Each code's third row on the page, under a third HTTP status;
        // `error_for` picks it when the response's status is its own.
        /// The rows under HTTP 403.
        ///
        /// Class: by default `client_error`, the class RFC 9110 gives HTTP 403, for rows
        /// whose words ask the caller to change the request, its credentials, account,
        /// quota or resources, and rows whose words do not say whose fault it is: the one
        /// row here.
        group Forbidden "HTTP 403" => client_error {
            // The page also lists ModelArts.0210 under HTTP 400 (ModelArtsError) and HTTP 401
            // (ModelArtsErrorAlt).
            "ModelArts.0210": "The project ID in the request URL and the token do not match." { http: 403, message: "The project id in the request URL does not match the token.", solution: "Use the correct project ID to generate a token." },
        }
        /// The rows under HTTP 500.
        ///
        /// Class: by default `vendor_error`, the class RFC 9110 gives HTTP 500, for rows
        /// whose words put the fault on ModelArts' side or send the caller to ModelArts'
        /// people, rows whose words do not say whose fault it is, and rows whose columns
        /// disagree. No row here is: 1 `client_error`, each with its reason beside it, by
        /// the rules of [`ModelArtsError`].
        group InternalServerError "HTTP 500" => vendor_error {
            // The page also lists ModelArts.4204 under HTTP 400 (ModelArtsError) and HTTP 404
            // (ModelArtsErrorAlt).
            // The solution asks the caller to change the request, its account or its resources:
            // client_error.
            "ModelArts.4204": "Multiple APIs matched." => client_error { http: 500, message: "Request API error. %s", solution: "Ensure no conflict occurs in API planning." },
        }
        /// The rows under HTTP 504.
        ///
        /// Class: by default `retry`, the class RFC 9110 gives HTTP 504, for rows whose
        /// words say to send the same request again later, and rows whose columns disagree:
        /// the one row here.
        group ServerTimeout "HTTP 504" => retry {
            // The page also lists ModelArts.4503 under HTTP 400 (ModelArtsError) and HTTP 500
            // (ModelArtsErrorAlt).
            // The columns disagree ("timed out"; the solution asks the caller to ensure its service
            // runs): the HTTP status decides, retry (RFC 9110's 504).
            "ModelArts.4503": "The response from the backend service timed out." { http: 504, message: "Failed to obtain the backend service because %s.", solution: "Ensure the service to be accessed is running properly." },
        }
    }
}

/// A ModelArts error code decoded in the context of the response's HTTP
/// status: one row of one of the three tables of the page "Error Codes", or
/// the catch-all of [`ModelArtsError`] holding a code none of them lists.
///
/// Made by [`error_for`]. The page lists 23 codes under more than one HTTP
/// status, each time with another meaning; the variant says which of the
/// page's rows the code is in this response.
///
/// ```
/// use codes_vendors::modelarts::{error_for, ErrorCode, ModelArtsErrorAlt};
/// use codes_vendors::Class;
///
/// let error = error_for("ModelArts.4105", Some(500));
/// assert_eq!(error, ErrorCode::Alt(ModelArtsErrorAlt::ModelArts4105));
/// assert_eq!(error.code(), "ModelArts.4105");
/// assert_eq!(error.http(), Some(500));
/// assert_eq!(error.message(), Some("Failed to obtain the temporary AK/SK."));
/// assert_eq!(error.class(), Class::VendorError);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode<'a> {
    /// The code's first row on the page ([`ModelArtsError`]), or its
    /// catch-all holding a code no table lists.
    Main(ModelArtsError<'a>),
    /// The code's second row on the page, under another HTTP status
    /// ([`ModelArtsErrorAlt`]).
    Alt(ModelArtsErrorAlt<'a>),
    /// The code's third row on the page, under a third HTTP status
    /// ([`ModelArtsErrorAlt2`]).
    Alt2(ModelArtsErrorAlt2<'a>),
}

impl<'a> ErrorCode<'a> {
    /// The code, as sent.
    #[must_use]
    pub fn code(self) -> &'a str {
        match self {
            ErrorCode::Main(error) => error.code(),
            ErrorCode::Alt(error) => error.code(),
            ErrorCode::Alt2(error) => error.code(),
        }
    }

    /// `true` when one of the page's rows is the code's (not the catch-all).
    #[must_use]
    pub fn is_known(self) -> bool {
        self.http().is_some()
    }

    /// The HTTP status the page lists the row under; `None` for an unknown
    /// code.
    #[must_use]
    pub fn http(self) -> Option<u16> {
        match self {
            ErrorCode::Main(error) => error.http(),
            ErrorCode::Alt(error) => error.http(),
            ErrorCode::Alt2(error) => error.http(),
        }
    }

    /// `true` when the page lists the row under HTTP status `status`: `false`
    /// when [`error_for`] found the code under other statuses only (it then
    /// gives the code's first row), or the code is unknown.
    ///
    /// ```
    /// use codes_vendors::modelarts::error_for;
    ///
    /// assert!(error_for("ModelArts.0104", Some(400)).matches_status(400));
    /// // The page lists ModelArts.0104 under 400 only.
    /// assert!(!error_for("ModelArts.0104", Some(500)).matches_status(500));
    /// ```
    #[must_use]
    pub fn matches_status(self, status: u16) -> bool {
        self.http() == Some(status)
    }

    /// The page's "Error Message": the text ModelArts sends in `error_msg`.
    #[must_use]
    pub fn message(self) -> Option<&'static str> {
        match self {
            ErrorCode::Main(error) => error.message(),
            ErrorCode::Alt(error) => error.message(),
            ErrorCode::Alt2(error) => error.message(),
        }
    }

    /// The page's "Description".
    #[must_use]
    pub fn description(self) -> Option<&'static str> {
        match self {
            ErrorCode::Main(error) => error.description(),
            ErrorCode::Alt(error) => error.description(),
            ErrorCode::Alt2(error) => error.description(),
        }
    }

    /// The page's "Solution".
    #[must_use]
    pub fn solution(self) -> Option<&'static str> {
        match self {
            ErrorCode::Main(error) => error.solution(),
            ErrorCode::Alt(error) => error.solution(),
            ErrorCode::Alt2(error) => error.solution(),
        }
    }

    /// What the row asks of the client (see [`ModelArtsError`] for the
    /// rules); [`Class::Unknown`] for an unknown code.
    #[must_use]
    pub fn class(self) -> Class {
        match self {
            ErrorCode::Main(error) => error.class(),
            ErrorCode::Alt(error) => error.class(),
            ErrorCode::Alt2(error) => error.class(),
        }
    }
}

/// As the row's table shows it.
impl fmt::Display for ErrorCode<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorCode::Main(error) => fmt::Display::fmt(error, f),
            ErrorCode::Alt(error) => fmt::Display::fmt(error, f),
            ErrorCode::Alt2(error) => fmt::Display::fmt(error, f),
        }
    }
}

/// Decodes ModelArts error code `code` in the context of the HTTP status of
/// the response that carried it, where it is known.
///
/// The page lists 23 codes under two or three HTTP statuses, each with
/// another message, description and solution. This gives:
/// - the code's first row on the page ([`ErrorCode::Main`]) when its status
///   is `http`, or `http` is `None`;
/// - else its row under `http` in [`ModelArtsErrorAlt`] or
///   [`ModelArtsErrorAlt2`];
/// - else (the page does not list the code under `http`) its first row:
///   [`ErrorCode::matches_status`] then says `false`;
/// - for a code no table lists, [`ModelArtsError::Unknown`] holding it.
///
/// Never allocates, never fails.
///
/// ```
/// use codes_vendors::modelarts::{error_for, ErrorCode, ModelArtsError, ModelArtsErrorAlt};
/// use codes_vendors::Class;
///
/// // ModelArts.0112 is 401 "Failed to execute the policy." and 403 "Policy
/// // doesn't allow {} {} to be performed.".
/// let unauthorized = error_for("ModelArts.0112", Some(401));
/// assert_eq!(unauthorized, ErrorCode::Main(ModelArtsError::ModelArts0112));
/// assert_eq!(unauthorized.message(), Some("Failed to execute the policy."));
/// let forbidden = error_for("ModelArts.0112", Some(403));
/// assert_eq!(forbidden, ErrorCode::Alt(ModelArtsErrorAlt::ModelArts0112));
/// assert_eq!(forbidden.message(), Some("Policy doesn't allow {} {} to be performed."));
///
/// // No status: the first row.
/// assert_eq!(error_for("ModelArts.0112", None), unauthorized);
///
/// // Unknown codes are kept.
/// let unknown = error_for("ModelArts.9999", Some(400));
/// assert_eq!(unknown, ErrorCode::Main(ModelArtsError::Unknown("ModelArts.9999")));
/// assert_eq!((unknown.code(), unknown.class()), ("ModelArts.9999", Class::Unknown));
/// ```
#[must_use]
pub fn error_for(code: &str, http: Option<u16>) -> ErrorCode<'_> {
    let main = ModelArtsError::from_code(code);
    let Some(status) = http else {
        return ErrorCode::Main(main);
    };
    if main.http().is_none_or(|listed| listed == status) {
        return ErrorCode::Main(main);
    }
    let alt = ModelArtsErrorAlt::from_code(code);
    if alt.http() == Some(status) {
        return ErrorCode::Alt(alt);
    }
    let alt2 = ModelArtsErrorAlt2::from_code(code);
    if alt2.http() == Some(status) {
        return ErrorCode::Alt2(alt2);
    }
    ErrorCode::Main(main)
}
