//! The Clarifai table against its page (`data/pages/clarifai.txt`, with the older `clarifai_older.txt` for one
//! description) and against Clarifai's protobuf (`clarifai_status_code.proto`
//! of `data/sources`), both read by the tests; and the `status` object of
//! its response bodies.
#![cfg(feature = "clarifai")]

mod sources;

use std::collections::{BTreeMap, BTreeSet};

use codes_vendors::Class;
use codes_vendors::clarifai::{Clarifai, ClarifaiGroup, TABLES};

/// The page's table holds 336 code rows (the rows with a number in the CODE
/// column), all with distinct codes.
const PAGE_ROWS: usize = 336;
/// The proto defines 425 codes (429 entries: four codes have two names); 16
/// of the page's codes are not among them (removed or reserved), so 336 - 16 =
/// 320 codes are in both, and 425 - 320 = 105 are the proto's alone.
const PROTO_ONLY_ROWS: usize = 105;
/// 336 + 105 = 441.
const ROWS: usize = PAGE_ROWS + PROTO_ONLY_ROWS;

/// The rows under no heading: ZERO (before the proto's first section) and the
/// rows the page sets apart with empty rows.
const UNGROUPED: [u32; 6] = [0, 43040, 66000, 67000, 90400, 90500];

/// The `source` column's values, and how many rows have each:
/// 320 + 105 + 10 + 6 = 441; the page's 336 rows are 320 + 10 + 6.
const SOURCES: [(&str, usize); 4] = [
    ("page", 320),
    ("proto", 105),
    ("page (removed from proto)", 10),
    ("page (reserved in proto)", 6),
];

#[test]
fn row_count_is_the_pages_and_the_protos() {
    assert_eq!(Clarifai::COUNT, ROWS);
    assert_eq!(Clarifai::ALL.len(), ROWS);
    assert_eq!(TABLES.len(), 1);
    let table = &TABLES[0];
    assert_eq!(table.len(), ROWS);
    assert_eq!(table.entries().count(), ROWS);
    assert_eq!(table.id(), "clarifai");
    assert_eq!(table.vendor(), "Clarifai");
    assert_eq!(table.int_type(), "u32");
    assert_eq!(Clarifai::VENDOR, "Clarifai");
    assert_eq!(
        codes_vendors::table("clarifai").map(|t| t.len()),
        Some(ROWS)
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a table of expected rows, one a line"
)]
fn groups_are_the_sources_headings() {
    use ClarifaiGroup as G;
    // (group, the heading verbatim, its range where kept, rows under it)
    // The page's 48 headings, and the proto's 14 sections for codes the page
    // does not list (`Model Export status codes`, `Runner related codes 256xx`,
    // ...), each where its codes fall.
    let expected: [(G, &str, Option<core::ops::RangeInclusive<u32>>, usize); 62] = [
        (G::Generic, "Generic", None, 10),
        (
            G::Connection,
            "Clarifai Connection Codes: 11xxx",
            Some(11000..=11999),
            17,
        ),
        (
            G::ModelTraining,
            "Model/Custom Training Related Codes: 21xxx",
            Some(21000..=21999),
            27,
        ),
        (
            G::ModelEvaluation,
            "Model Evaluation Codes: 213xx",
            Some(21300..=21399),
            12,
        ),
        (
            G::ModelDeployment,
            "Model Deployment Codes: 2135x",
            Some(21350..=21359),
            6,
        ),
        (
            G::ModelReference,
            "Model Reference Codes: 214xx",
            Some(21400..=21499),
            2,
        ),
        (G::ModelExport, "Model Export status codes", None, 4),
        (
            G::Workflow,
            "Workflow Related Codes: 22xxx",
            Some(22000..=22999),
            16,
        ),
        (
            G::Concept,
            "Concept Related Codes: 23xxx",
            Some(23000..=23999),
            3,
        ),
        (
            G::Annotation,
            "Annotation Related Codes: 24xxx",
            Some(24000..=24999),
            18,
        ),
        (
            G::Metadata,
            "Metadata Related Codes: 249xx",
            Some(24900..=24999),
            3,
        ),
        (
            G::TrainingService,
            "Training Service Related Codes: 25xxx",
            Some(25000..=25999),
            5,
        ),
        (
            G::DataDump,
            "Data Dump Related Codes: 251xx",
            Some(25100..=25199),
            11,
        ),
        (
            G::AppDuplication,
            "Duplicate Related Codes: 252xx",
            Some(25200..=25299),
            5,
        ),
        (
            G::Module,
            "Module Related Codes: 253xx",
            Some(25300..=25399),
            4,
        ),
        (
            G::BulkOperation,
            "Bulk Operation Related Codes: 254xx",
            Some(25400..=25499),
            8,
        ),
        (
            G::Runner,
            "Runner related codes 256xx",
            Some(25600..=25699),
            10,
        ),
        (
            G::Nodepool,
            "Nodepool related codes 257xx",
            Some(25700..=25799),
            3,
        ),
        (
            G::ComputeCluster,
            "ComputeCluster related codes 258xx",
            Some(25800..=25899),
            3,
        ),
        (
            G::Deployment,
            "Deployment related codes 259xx",
            Some(25900..=25999),
            4,
        ),
        (
            G::InstanceType,
            "InstanceType related codes 260xx",
            Some(26000..=26099),
            3,
        ),
        (
            G::ComputePlane,
            "Compute plane related codes 261xx",
            Some(26100..=26199),
            1,
        ),
        (
            G::PipelineStep,
            "PipelineStep related codes 262xx",
            Some(26200..=26299),
            10,
        ),
        (
            G::Pipeline,
            "Pipeline related codes 263xx",
            Some(26300..=26399),
            3,
        ),
        (
            G::Artifact,
            "Artifact related codes 264xx",
            Some(26400..=26499),
            6,
        ),
        (
            G::InputImage,
            "Input: Image Related Codes: 30xxx",
            Some(30000..=30999),
            26,
        ),
        (
            G::InputVideo,
            "Input: Video Related Codes: 31xxx",
            Some(31000..=31999),
            21,
        ),
        (
            G::InputRequest,
            "Input Request Codes: 39xxx",
            Some(39000..=39999),
            4,
        ),
        (
            G::ApiFormatting,
            "API Formatting Codes: 4000x",
            Some(40000..=40009),
            4,
        ),
        (G::Other, "Other Related: 400xx", Some(40000..=40099), 20),
        (
            G::Queue,
            "Queue Related Error Codes: 41xxx",
            Some(41000..=41999),
            11,
        ),
        (
            G::Sqs,
            "SQS Related Error Codes: 411xx",
            Some(41100..=41199),
            3,
        ),
        (
            G::Visualization,
            "Visualization Error Codes: 42xxx",
            Some(42000..=42999),
            7,
        ),
        (
            G::Search,
            "Search Related Error Codes: 430xx",
            Some(43000..=43099),
            6,
        ),
        (
            G::WorkflowEvaluation,
            "Workflow Evaluation Error Codes: 431xx",
            Some(43100..=43199),
            10,
        ),
        (
            G::Stripe,
            "Stripe Error Code: 44xxx",
            Some(44000..=44999),
            2,
        ),
        (
            G::Cache,
            "Redis/Cache Error Codes: 45xxx",
            Some(45000..=45999),
            6,
        ),
        (
            G::SiftScience,
            "Sift Science Error Codes: 46xxx",
            Some(46000..=46999),
            6,
        ),
        (
            G::AppCounts,
            "Application Counts Related Error Codes: 470xx",
            Some(47000..=47099),
            4,
        ),
        (
            G::MediaProcessor,
            "Media Processor Related Error Codes: 471xx",
            Some(47100..=47199),
            6,
        ),
        (
            G::DataTier,
            "DataTier Related Error Code: 472xx",
            Some(47200..=47299),
            1,
        ),
        (
            G::UserConsent,
            "User Legal Consent Status Related Code: 50xxx",
            Some(50000..=50999),
            1,
        ),
        (G::Workers, "Workers Codes: 51xxx", Some(51000..=51999), 3),
        (
            G::Collectors,
            "Collectors Codes: 52xxx",
            Some(52000..=52999),
            4,
        ),
        (G::Sso, "SSO Code: 53xxx", Some(53000..=53999), 1),
        (G::Tasks, "Tasks Codes: 54xxx", Some(54000..=54999), 9),
        (
            G::TaskAssignments,
            "Task Assignments 542xx",
            Some(54200..=54299),
            5,
        ),
        (
            G::TaskAssignmentReviews,
            "Task Assignment Reviews 543xx",
            Some(54300..=54399),
            3,
        ),
        (
            G::LabelOrder,
            "Label Order Related Status Code: 55xxx",
            Some(55000..=55999),
            4,
        ),
        (
            G::License,
            "License Related Status Codes: 600xx",
            Some(60000..=60099),
            7,
        ),
        (
            G::Password,
            "Password Related Status Codes: 610xx",
            Some(61000..=61099),
            3,
        ),
        (
            G::FeatureFlags,
            "Feature Flags Status Codes: 620xx",
            Some(62000..=62099),
            4,
        ),
        (
            G::Maintenance,
            "Maintenance Status Codes: 630xx",
            Some(63000..=63099),
            2,
        ),
        (
            G::Datasets,
            "Datasets Status Codes: 64xxx",
            Some(64000..=64999),
            13,
        ),
        (
            G::Jobs,
            "Generic Job Status Codes: 640xx",
            Some(64000..=64099),
            8,
        ),
        (G::AuthIssues, "Auth Issues Codes", None, 1),
        (
            G::MultipartUpload,
            "Multipart Uploading Status Codes: 680xx",
            Some(68000..=68099),
            7,
        ),
        (
            G::Billing,
            "Billing Related Issues: 69xxx",
            Some(69000..=69999),
            2,
        ),
        (G::Logs, "Logs related issues: 70000;", None, 1),
        (
            G::Twilio,
            "Twilio related issues: 71xxx",
            Some(71000..=71999),
            3,
        ),
        (
            G::Internal,
            "Internal Issues Codes: 98xxx",
            Some(98000..=98999),
            17,
        ),
        (
            G::Uncategorized,
            "Uncategorized Codes: 99xxx",
            Some(99000..=99999),
            6,
        ),
    ];
    assert_eq!(G::ALL.len(), expected.len());
    let mut grouped = 0;
    for ((group, title, range, rows), declared) in expected.into_iter().zip(G::ALL) {
        assert_eq!(group, *declared, "groups in the sources' order");
        assert_eq!(group.title(), Some(title));
        assert_eq!(group.range(), range, "{title}");
        assert_eq!(group.codes().len(), rows, "{title}");
        for code in group.codes() {
            assert_eq!(code.group(), Some(group));
            if let Some(range) = &range {
                assert!(range.contains(&code.code()), "{code} in {title}");
            }
        }
        grouped += rows;
    }
    assert_eq!(grouped + UNGROUPED.len(), ROWS);
    for code in UNGROUPED {
        assert_eq!(Clarifai::from(code).group(), None, "{code}");
        assert!(Clarifai::from(code).is_known());
    }
    let ungrouped: Vec<u32> = Clarifai::ALL
        .iter()
        .filter(|c| c.group().is_none())
        .map(|c| c.code())
        .collect();
    assert_eq!(ungrouped, UNGROUPED);
}

#[test]
fn nested_ranges_give_unknown_codes_the_innermost_section() {
    // The page lists 64005 to 64030 under "Datasets" though they lie in the
    // jobs' 640xx: listed codes keep the page's section.
    for code in Clarifai::ALL {
        if let (Some(containing), Some(group)) =
            (ClarifaiGroup::containing(code.code()), code.group())
        {
            let nested = group
                .range()
                .zip(containing.range())
                .is_some_and(|(g, c)| g.start() <= c.start() && c.end() <= g.end());
            // 43040 and 64005..=64030: see above; 21500..=21503: the proto's
            // section "Model Export status codes", which gives no range.
            assert!(
                containing == group
                    || nested
                    || [43040].contains(&code.code())
                    || (64005..=64030).contains(&code.code())
                    || (21500..=21503).contains(&code.code()),
                "{code}: {containing:?} / {group:?}"
            );
        }
    }
    // Unknown codes: the innermost range that holds them.
    assert_eq!(
        Clarifai::from(21999).group(),
        Some(ClarifaiGroup::ModelTraining)
    );
    assert_eq!(
        Clarifai::from(21399).group(),
        Some(ClarifaiGroup::ModelEvaluation)
    );
    assert_eq!(
        Clarifai::from(21359).group(),
        Some(ClarifaiGroup::ModelDeployment)
    );
    assert_eq!(
        Clarifai::from(21499).group(),
        Some(ClarifaiGroup::ModelReference)
    );
    assert_eq!(Clarifai::from(64999).group(), Some(ClarifaiGroup::Datasets));
    assert_eq!(Clarifai::from(64099).group(), Some(ClarifaiGroup::Jobs));
    assert_eq!(Clarifai::from(41999).group(), Some(ClarifaiGroup::Queue));
    assert_eq!(Clarifai::from(41199).group(), Some(ClarifaiGroup::Sqs));
    assert_eq!(Clarifai::from(43099).group(), Some(ClarifaiGroup::Search));
    // The proto's sections: nested in the page's where its range holds them.
    assert_eq!(
        Clarifai::from(21504).group(),
        Some(ClarifaiGroup::ModelTraining)
    );
    assert_eq!(Clarifai::from(25610).group(), Some(ClarifaiGroup::Runner));
    assert_eq!(
        Clarifai::from(25999).group(),
        Some(ClarifaiGroup::Deployment)
    );
    assert_eq!(
        Clarifai::from(25500).group(),
        Some(ClarifaiGroup::TrainingService)
    );
    assert_eq!(
        Clarifai::from(54250).group(),
        Some(ClarifaiGroup::TaskAssignments)
    );
    assert_eq!(Clarifai::from(54500).group(), Some(ClarifaiGroup::Tasks));
    assert_eq!(Clarifai::from(71999).group(), Some(ClarifaiGroup::Twilio));
    assert_eq!(Clarifai::from(26999).group(), None);
    assert_eq!(Clarifai::from(70001).group(), None);
    // Listed codes keep the page's section, whatever range holds them.
    assert_eq!(Clarifai::from(64005).group(), Some(ClarifaiGroup::Datasets));
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a table of expected rows, one a line"
)]
fn spot_checks_from_every_group() {
    use Class::*;
    // (code, name, description as on the page, class, group)
    type Row = (
        u32,
        &'static str,
        Option<&'static str>,
        Class,
        Option<ClarifaiGroup>,
    );
    let rows: &[Row] = &[
        (
            10000,
            "SUCCESS",
            Some("Ok"),
            Success,
            Some(ClarifaiGroup::Generic),
        ),
        (
            10010,
            "MIXED_STATUS",
            Some("Mixed Success"),
            Unknown,
            Some(ClarifaiGroup::Generic),
        ),
        (
            10030,
            "TRY_AGAIN",
            Some("Try the request again"),
            Retry,
            Some(ClarifaiGroup::Generic),
        ),
        (
            10040,
            "NOT_IMPLEMENTED",
            None,
            VendorError,
            Some(ClarifaiGroup::Generic),
        ),
        (
            10050,
            "MOVED",
            Some("Resource moved"),
            Redirect,
            Some(ClarifaiGroup::Generic),
        ),
        (
            11000,
            "CONN_ACCOUNT_ISSUES",
            Some(
                "Account or plan issue, such as expired credentials, account still in trial, or feature not supported in your tier",
            ),
            ClientError,
            Some(ClarifaiGroup::Connection),
        ),
        (
            11003,
            "CONN_EXCEED_HOURLY_LIMIT",
            Some("Throttle hourly request limit exceeded"),
            Retry,
            Some(ClarifaiGroup::Connection),
        ),
        (
            11004,
            "CONN_EXCEED_MONTHLY_LIMIT",
            Some("Throttle monthly request limit exceeded"),
            ClientError,
            Some(ClarifaiGroup::Connection),
        ),
        (
            11005,
            "CONN_THROTTLED",
            Some("Throttler and billing stuff; making too many requests"),
            Retry,
            Some(ClarifaiGroup::Connection),
        ),
        (
            11200,
            "CONN_AUTH_METHOD_DISABLED",
            Some("Authentication method is disabled"),
            ClientError,
            Some(ClarifaiGroup::Connection),
        ),
        (
            21100,
            "MODEL_TRAINED",
            Some("Custom model has been already trained"),
            Success,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21101,
            "MODEL_TRAINING",
            Some("Custom model is currently training"),
            Pending,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21103,
            "MODEL_QUEUED_FOR_TRAINING",
            Some("Custom model is currently in queue for training, waiting on inputs to process."),
            Pending,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21111,
            "MODEL_TRAINING_NO_POSITIVES",
            Some("Custom model training had no positive examples"),
            ClientError,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21113,
            "MODEL_TRAINING_TIMED_OUT",
            Some(
                "Training took longer than hard coded timeouts; contact support@clarifai.com if this continues to happen when creating new versions of your model",
            ),
            VendorError,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21200,
            "MODEL_DOES_NOT_EXIST",
            Some("Model does not exist"),
            ClientError,
            Some(ClarifaiGroup::ModelTraining),
        ),
        (
            21301,
            "MODEL_EVALUATING",
            Some("Model is evaluating"),
            Pending,
            Some(ClarifaiGroup::ModelEvaluation),
        ),
        (
            21315,
            "MODEL_EVALUATION_NEED_LABELS",
            Some(
                "Model evaluation failed because there are not enough annotated inputs. Please ensure there are at least 2 concepts in your model before evaluating",
            ),
            ClientError,
            Some(ClarifaiGroup::ModelEvaluation),
        ),
        (
            21317,
            "MODEL_EVALUATION_FAILED",
            Some("Generic error code for evaluation failure"),
            VendorError,
            Some(ClarifaiGroup::ModelEvaluation),
        ),
        (
            21350,
            "MODEL_DEPLOYMENT_FAILED",
            Some("Used when inference coordinator failed to deploy spire and throws an error"),
            VendorError,
            Some(ClarifaiGroup::ModelDeployment),
        ),
        (
            21351,
            "MODEL_DEPLOYING",
            Some("Used when calling the inference coordinator to deploy a spire"),
            Pending,
            Some(ClarifaiGroup::ModelDeployment),
        ),
        (
            21353,
            "MODEL_NOT_DEPLOYED",
            Some("Used when model spire deployment is manually taken down or due to inactivity"),
            ClientError,
            Some(ClarifaiGroup::ModelDeployment),
        ),
        (
            21420,
            "MODEL_EXAMPLE_INPUT_INVALID_ARGUMENT",
            Some("Used when a model example input field is not set properly"),
            ClientError,
            Some(ClarifaiGroup::ModelReference),
        ),
        (
            22100,
            "WORKFLOW_DUPLICATE",
            Some(
                "Duplicate URL in your application. Check the documentation to allow duplications",
            ),
            ClientError,
            Some(ClarifaiGroup::Workflow),
        ),
        (
            22108,
            "WORKFLOW_INTERNAL_FAILURE",
            None,
            VendorError,
            Some(ClarifaiGroup::Workflow),
        ),
        (
            22153,
            "WORKFLOW_REINDEX_FAILED",
            Some("Workflow reindexing failed"),
            VendorError,
            Some(ClarifaiGroup::Workflow),
        ),
        (
            23151,
            "CONCEPT_MODIFY_PENDING",
            Some("Concept modification pending"),
            Pending,
            Some(ClarifaiGroup::Concept),
        ),
        (
            24152,
            "ANNOTATION_FAILED",
            Some("Annotation failed; check URL"),
            ClientError,
            Some(ClarifaiGroup::Annotation),
        ),
        (
            24154,
            "ANNOTATION_UNKNOWN_STATUS",
            Some("Annotation unknown status"),
            Unknown,
            Some(ClarifaiGroup::Annotation),
        ),
        (
            24157,
            "ANNOTATION_AWAITING_REVIEW",
            Some("Annotation still waiting for review"),
            Pending,
            Some(ClarifaiGroup::Annotation),
        ),
        (
            24901,
            "METADATA_PARSING_ISSUE",
            None,
            ClientError,
            Some(ClarifaiGroup::Metadata),
        ),
        (
            25000,
            "TRAINER_JOB_STATE_NONE",
            Some("Custom Trainer unknown internal error"),
            VendorError,
            Some(ClarifaiGroup::TrainingService),
        ),
        (
            25003,
            "TRAINER_JOB_STATE_COMPLETE",
            None,
            Success,
            Some(ClarifaiGroup::TrainingService),
        ),
        (
            25153,
            "DATA_DUMP_IN_PROGRESS",
            None,
            Pending,
            Some(ClarifaiGroup::DataDump),
        ),
        (
            25174,
            "DATA_DUMP_EXPORT_UNEXPECTED_ERROR",
            None,
            VendorError,
            Some(ClarifaiGroup::DataDump),
        ),
        (
            25203,
            "APP_DUPLICATION_IN_PROGRESS",
            None,
            Pending,
            Some(ClarifaiGroup::AppDuplication),
        ),
        (
            25301,
            "MODULE_PERMISSION_DENIED",
            None,
            ClientError,
            Some(ClarifaiGroup::Module),
        ),
        (
            25405,
            "BULK_OPERATION_CANCELLED",
            None,
            ClientError,
            Some(ClarifaiGroup::BulkOperation),
        ),
        (
            30001,
            "INPUT_PENDING",
            Some("Download pending; when things are async, this is the default status"),
            Pending,
            Some(ClarifaiGroup::InputImage),
        ),
        (
            30002,
            "INPUT_FAILED",
            Some(
                "Any type of error downloading and processing; download failed or we could not process it. Check URL or bytes you send in the request",
            ),
            ClientError,
            Some(ClarifaiGroup::InputImage),
        ),
        (
            30210,
            "INPUT_STORAGE_HOST_FAILED",
            None,
            VendorError,
            Some(ClarifaiGroup::InputImage),
        ),
        (
            31105,
            "INPUT_VIDEO_OVER_LIMIT",
            Some("Input video is larger the allowed limit"),
            ClientError,
            Some(ClarifaiGroup::InputVideo),
        ),
        (
            39997,
            "REQUEST_DISABLED_FOR_MAINTENANCE",
            Some(
                "Sorry, this type of request has been disabled for maintenance. Please try again in a few hours.",
            ),
            Retry,
            Some(ClarifaiGroup::InputRequest),
        ),
        (
            40004,
            "STATS_INVALID_REQUEST",
            None,
            ClientError,
            Some(ClarifaiGroup::ApiFormatting),
        ),
        (
            40017,
            "DATABASE_CONSTRAINT_VIOLATED",
            Some("Object violates a constraint. Try again with different values for the fields"),
            ClientError,
            Some(ClarifaiGroup::Other),
        ),
        (
            40030,
            "RPC_REQUEST_QUEUE_FULL",
            Some("Sorry, the server is too busy at the moment. Please try again later"),
            Retry,
            Some(ClarifaiGroup::Other),
        ),
        (
            40032,
            "RPC_REQUEST_TIMEOUT",
            Some("Sorry, your request has timed out. Please try your request again"),
            Retry,
            Some(ClarifaiGroup::Other),
        ),
        (
            40033,
            "RPC_MAX_MESSAGE_SIZE_EXCEEDED",
            Some(
                "Sorry, the request sent is larger than the allowed limit. Please contact support@clarifai.com",
            ),
            ClientError,
            Some(ClarifaiGroup::Other),
        ),
        (
            41000,
            "QUEUE_CONN_ERROR",
            Some("Servers are busy. Please try again later"),
            Retry,
            Some(ClarifaiGroup::Queue),
        ),
        (
            41008,
            "QUEUE_MARSHALLING_FAILED",
            None,
            VendorError,
            Some(ClarifaiGroup::Queue),
        ),
        (
            41100,
            "SQS_OVERLIMIT",
            None,
            Retry,
            Some(ClarifaiGroup::Sqs),
        ),
        (
            42001,
            "VISUALIZATION_PENDING",
            Some("Visualization is pending"),
            Pending,
            Some(ClarifaiGroup::Visualization),
        ),
        (
            43004,
            "SEARCH_BY_NOT_FULLY_INDEXED_INPUT",
            Some("Can only search by a fully indexed input"),
            ClientError,
            Some(ClarifaiGroup::Search),
        ),
        (43040, "CLUSTER_INTERNAL_FAILURE", None, VendorError, None),
        (
            43100,
            "EVALUATION_QUEUED",
            None,
            Pending,
            Some(ClarifaiGroup::WorkflowEvaluation),
        ),
        (
            43107,
            "EVALUATION_TIMED_OUT",
            None,
            VendorError,
            Some(ClarifaiGroup::WorkflowEvaluation),
        ),
        (
            44001,
            "STRIPE_EVENT_ERROR",
            None,
            VendorError,
            Some(ClarifaiGroup::Stripe),
        ),
        (
            45005,
            "REDIS_STREAM_BACKOFF",
            None,
            Retry,
            Some(ClarifaiGroup::Cache),
        ),
        (
            46002,
            "SIGNUP_FLAGGED",
            Some("Signup not permitted"),
            ClientError,
            Some(ClarifaiGroup::SiftScience),
        ),
        (
            47004,
            "APP_COUNT_INTERNAL_FAILURE",
            None,
            VendorError,
            Some(ClarifaiGroup::AppCounts),
        ),
        (
            47103,
            "MP_DOWNLOAD_MAX_SIZE_EXCEEDED_ERROR",
            None,
            ClientError,
            Some(ClarifaiGroup::MediaProcessor),
        ),
        (
            47201,
            "DATATIER_CONN_ERROR",
            None,
            Retry,
            Some(ClarifaiGroup::DataTier),
        ),
        (
            50001,
            "USER_CONSENT_FACE",
            None,
            ClientError,
            Some(ClarifaiGroup::UserConsent),
        ),
        (
            51001,
            "WORKER_ACTIVE",
            None,
            Success,
            Some(ClarifaiGroup::Workers),
        ),
        (
            52003,
            "COLLECTOR_POST_INPUT_FAILED",
            None,
            VendorError,
            Some(ClarifaiGroup::Collectors),
        ),
        (
            53001,
            "SSO_IDENTITY_PROVIDER_DOES_NOT_EXIST",
            None,
            ClientError,
            Some(ClarifaiGroup::Sso),
        ),
        (
            54001,
            "TASK_IN_PROGRESS",
            Some("The task was created"),
            Pending,
            Some(ClarifaiGroup::Tasks),
        ),
        (
            54002,
            "TASK_DONE",
            Some("The task is completed"),
            Success,
            Some(ClarifaiGroup::Tasks),
        ),
        (
            54100,
            "TASK_CONFLICT",
            Some("The task operation is in conflict with the current state of the server"),
            ClientError,
            Some(ClarifaiGroup::Tasks),
        ),
        (
            55002,
            "LABEL_ORDER_IN_PROGRESS",
            None,
            Pending,
            Some(ClarifaiGroup::LabelOrder),
        ),
        (
            60005,
            "LICENSE_DELETED",
            Some("Hidden state not reflected to users"),
            ClientError,
            Some(ClarifaiGroup::License),
        ),
        (
            61000,
            "PASSWORD_VALIDATION_SUCCESS",
            None,
            Success,
            Some(ClarifaiGroup::Password),
        ),
        (
            62002,
            "FEATUREFLAG_BLOCKED",
            None,
            ClientError,
            Some(ClarifaiGroup::FeatureFlags),
        ),
        (
            63001,
            "MAINTENANCE_FAILED",
            None,
            VendorError,
            Some(ClarifaiGroup::Maintenance),
        ),
        (
            64010,
            "DATASET_VERSION_IN_PROGRESS",
            Some("The dataset version is currently being processed"),
            Pending,
            Some(ClarifaiGroup::Datasets),
        ),
        (
            64015,
            "DATASET_VERSION_READY",
            Some("The dataset version is ready to be used"),
            Success,
            Some(ClarifaiGroup::Datasets),
        ),
        (
            64000,
            "JOB_QUEUED",
            None,
            Pending,
            Some(ClarifaiGroup::Jobs),
        ),
        (
            64004,
            "JOB_CANCELLED",
            None,
            ClientError,
            Some(ClarifaiGroup::Jobs),
        ),
        (
            65000,
            "AUTH_MISSING_IDP_ASSOC",
            None,
            ClientError,
            Some(ClarifaiGroup::AuthIssues),
        ),
        (66000, "LIST_OBJECTS_FAILED", None, VendorError, None),
        (67000, "ARCHIVE_EXTRACT_FAILED", None, VendorError, None),
        (
            68000,
            "UPLOAD_IN_PROGRESS",
            None,
            Pending,
            Some(ClarifaiGroup::MultipartUpload),
        ),
        (
            68004,
            "UPLOAD_EXPIRED",
            None,
            ClientError,
            Some(ClarifaiGroup::MultipartUpload),
        ),
        (
            69000,
            "BILLING_INVALID_INFO",
            None,
            ClientError,
            Some(ClarifaiGroup::Billing),
        ),
        (90400, "BAD_REQUEST", None, ClientError, None),
        (90500, "SERVER_ERROR", None, VendorError, None),
        (
            98009,
            "INTERNAL_UNEXPECTED_TIMEOUT",
            None,
            Retry,
            Some(ClarifaiGroup::Internal),
        ),
        (
            98011,
            "INTERNAL_UNEXPECTED_PANIC",
            None,
            VendorError,
            Some(ClarifaiGroup::Internal),
        ),
        (
            99005,
            "BILLING_UNCATEGORIZED",
            None,
            VendorError,
            Some(ClarifaiGroup::Uncategorized),
        ),
        // The proto's codes, in the proto's sections.
        (
            21501,
            "MODEL_EXPORTING",
            None,
            Pending,
            Some(ClarifaiGroup::ModelExport),
        ),
        (
            25604,
            "RUNNER_NEEDS_RETRY",
            None,
            Retry,
            Some(ClarifaiGroup::Runner),
        ),
        (
            25700,
            "NODEPOOL_DOES_NOT_EXIST",
            None,
            ClientError,
            Some(ClarifaiGroup::Nodepool),
        ),
        (
            25801,
            "COMPUTE_CLUSTER_INVALID_ARGUMENT",
            None,
            ClientError,
            Some(ClarifaiGroup::ComputeCluster),
        ),
        (
            25903,
            "DEPLOYMENT_DISABLED",
            Some("The deployment is disabled and cannot serve traffic."),
            ClientError,
            Some(ClarifaiGroup::Deployment),
        ),
        (
            26002,
            "INSTANCE_TYPE_INVALID_REQUEST",
            None,
            ClientError,
            Some(ClarifaiGroup::InstanceType),
        ),
        (
            26100,
            "COMPUTE_PLANE_METRICS_INVALID_REQUEST",
            None,
            ClientError,
            Some(ClarifaiGroup::ComputePlane),
        ),
        (
            26205,
            "PIPELINE_STEP_BUILDING",
            None,
            Pending,
            Some(ClarifaiGroup::PipelineStep),
        ),
        (
            26300,
            "PIPELINE_DOES_NOT_EXIST",
            None,
            ClientError,
            Some(ClarifaiGroup::Pipeline),
        ),
        (
            26403,
            "ARTIFACT_VERSION_DOES_NOT_EXIST",
            None,
            ClientError,
            Some(ClarifaiGroup::Artifact),
        ),
        (
            54204,
            "TASK_ASSIGNMENT_REJECTED",
            None,
            ClientError,
            Some(ClarifaiGroup::TaskAssignments),
        ),
        (
            54302,
            "TASK_ASSIGNMENT_REVIEW_DISMISSED",
            None,
            ClientError,
            Some(ClarifaiGroup::TaskAssignmentReviews),
        ),
        (
            70000,
            "LOG_ENTRIES_INVALID_REQUEST",
            None,
            ClientError,
            Some(ClarifaiGroup::Logs),
        ),
        (
            71005,
            "TWILIO_PHONE_NUMBER_BLOCKED",
            Some("The provided phone number was rejected or blocked by Twilio."),
            ClientError,
            Some(ClarifaiGroup::Twilio),
        ),
    ];
    let mut groups_seen = std::collections::BTreeSet::new();
    for &(code, name, description, class, group) in rows {
        let value = Clarifai::from(code);
        assert!(value.is_known(), "{code}");
        assert_eq!(value.name(), Some(name), "{code}");
        assert_eq!(value.description(), description, "{code}");
        assert_eq!(value.class(), class, "{code}");
        assert_eq!(value.group(), group, "{code}");
        if let Some(group) = group {
            groups_seen.insert(group);
        }
    }
    assert_eq!(
        groups_seen.len(),
        ClarifaiGroup::ALL.len(),
        "a spot check in every group"
    );
}

#[test]
fn every_code_round_trips() {
    for &value in Clarifai::ALL {
        let code = value.code();
        assert_eq!(Clarifai::from_code(code), value);
        assert_eq!(Clarifai::try_from_code(code), Ok(value));
        assert_eq!(u32::from(value), code);
        let name = value.name().expect("every row has a name");
        assert_eq!(Clarifai::from_name(name), Some(value), "{name}");
        assert_eq!(name.parse::<Clarifai>(), Ok(value));
        assert!(value.variant_name().is_some());
        if let Some(description) = value.description() {
            assert_eq!(description.trim(), description, "{code}");
            assert!(!description.is_empty());
            assert_eq!(value.to_string(), format!("{code} {name}: {description}"));
        }
        let entry = TABLES[0].get(i128::from(code)).expect("listed");
        assert_eq!(entry.name, Some(name));
        assert_eq!(entry.class, value.class());
    }
    // In code order, without repeats.
    assert!(Clarifai::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
}

#[test]
fn the_nine_blank_names_are_the_protobufs() {
    let names = [
        (
            24153,
            "ANNOTATION_IN_PROGRESS",
            "Annotation in progress",
            Class::Pending,
        ),
        (
            40019,
            "DATABASE_LOCKED_BY_ONGOING_OPERATION",
            "The requested operation is currently processing for this app",
            Class::Retry,
        ),
        (
            42000,
            "VISUALIZATION_SUCCESS",
            "Visualization succeeded",
            Class::Success,
        ),
        (
            42001,
            "VISUALIZATION_PENDING",
            "Visualization is pending",
            Class::Pending,
        ),
        (
            42002,
            "VISUALIZATION_FAILED",
            "Visualization failed",
            Class::VendorError,
        ),
        (
            42003,
            "VISUALIZATION_INVALID_REQUEST",
            "Visualization invalid request",
            Class::ClientError,
        ),
        (
            42004,
            "MISSING_APP_VISUALIZATION",
            "Missing application visualization",
            Class::ClientError,
        ),
        (
            42005,
            "VISUALIZATION_TOO_MANY_URLS",
            "Too many URLs to visualize",
            Class::ClientError,
        ),
        (
            42006,
            "VISUALIZATION_FAILED_TO_SAMPLE_APP",
            "There is not inputs in app",
            Class::ClientError,
        ),
    ];
    for (code, name, description, class) in names {
        let value = Clarifai::from_name(name).expect(name);
        assert_eq!(value.code(), code);
        assert_eq!(value.description(), Some(description));
        assert_eq!(value.class(), class, "{name}");
    }
    assert_eq!(
        Clarifai::from(40019),
        Clarifai::DatabaseLockedByOngoingOperation
    );
    // None of them is in the proto any more: 40019 is reserved there.
    assert_eq!(
        Clarifai::from(40019).source(),
        Some("page (reserved in proto)")
    );
    for code in [24153, 42000, 42006] {
        assert_eq!(
            Clarifai::from(code).source(),
            Some("page (removed from proto)")
        );
    }
}

#[test]
fn a_description_missing_from_the_current_page_comes_from_the_older_one() {
    // The current page leaves 99009's description blank; the older page says "Internal error".
    let value = Clarifai::from(99009);
    assert_eq!(value, Clarifai::InternalUncategorized);
    assert_eq!(value.description(), Some("Internal error"));
    assert_eq!(value.class(), Class::VendorError);
    // Elsewhere the current page's wording wins over the older one's.
    assert_eq!(
        Clarifai::from(11005).description(),
        Some("Throttler and billing stuff; making too many requests")
    );
    assert_eq!(
        Clarifai::from(21100).description(),
        Some("Custom model has been already trained")
    );
    // And rows neither page describes have none.
    assert_eq!(Clarifai::from(99001).description(), None);
}

#[test]
fn names_say_the_class_where_they_say_the_state() {
    for &value in Clarifai::ALL {
        let name = value.name().unwrap_or_default();
        if name.ends_with("_SUCCESS") || name == "SUCCESS" {
            assert_eq!(value.class(), Class::Success, "{name}");
        }
        if name.ends_with("_PENDING") || name.ends_with("_IN_PROGRESS") || name.contains("_QUEUED")
        {
            assert_eq!(value.class(), Class::Pending, "{name}");
        }
        if name.ends_with("_DOES_NOT_EXIST")
            || name.ends_with("_PERMISSION_DENIED")
            || name.ends_with("_INVALID_ARGUMENT")
            || name.ends_with("_INVALID_REQUEST")
        {
            assert_eq!(value.class(), Class::ClientError, "{name}");
        }
        if name.ends_with("_UNEXPECTED_ERROR")
            || name.ends_with("_INTERNAL_FAILURE")
            || name.ends_with("_UNCATEGORIZED")
        {
            assert_eq!(value.class(), Class::VendorError, "{name}");
        }
    }
    for name in ["MODEL_TRAINING", "MODEL_EVALUATING", "MODEL_DEPLOYING"] {
        assert_eq!(
            Clarifai::from_name(name).map(Clarifai::class),
            Some(Class::Pending)
        );
    }
    let classes: std::collections::BTreeSet<Class> =
        Clarifai::ALL.iter().map(|c| c.class()).collect();
    assert!(!classes.contains(&Class::Informational));
    assert_eq!(classes.len(), 7);
}

#[test]
fn unknown_codes_are_kept() {
    let value = Clarifai::from(21999);
    assert_eq!(value, Clarifai::Unknown(21999));
    assert_eq!(value.code(), 21999);
    assert!(!value.is_known());
    assert_eq!(value.name(), None);
    assert_eq!(value.description(), None);
    assert_eq!(value.class(), Class::Unknown);
    assert!(Clarifai::try_from_code(21999).is_err());
    assert_eq!(Clarifai::from_name("NOT_A_CLARIFAI_CODE"), None);
    assert_eq!(value.to_string(), "unknown Clarifai status 21999");
    // Codes the page skips inside a kept range: in the range's group.
    assert_eq!(
        Clarifai::from(30202).group(),
        Some(ClarifaiGroup::InputImage)
    );
    assert!(!Clarifai::from(30202).is_known());
}

/// The table's entry of a listed code.
fn entry(code: u32) -> codes_vendors::Entry {
    TABLES[0]
        .get(i128::from(code))
        .unwrap_or_else(|| panic!("{code} listed"))
}

#[test]
fn counts_per_source() {
    let counts = sources::counts_per_source(Clarifai::ALL, |value| value.source());
    assert_eq!(counts, BTreeMap::from(SOURCES));
    assert_eq!(SOURCES.iter().map(|(_, n)| n).sum::<usize>(), ROWS);
    // The page's rows: every value but "proto".
    assert_eq!(ROWS - counts["proto"], PAGE_ROWS);
    assert_eq!(counts["proto"], PROTO_ONLY_ROWS);
    // Unknown codes have no source.
    assert_eq!(Clarifai::from(21999).source(), None);
}

#[test]
fn every_code_of_the_proto_is_a_row_with_the_protos_names() {
    let proto = sources::clarifai_proto();
    // What `data/README.md` says of the file.
    assert_eq!(proto.entries.len(), 429);
    assert_eq!(proto.codes().len(), 425);
    assert_eq!(proto.entries.iter().filter(|e| e.deprecated).count(), 14);
    let page: BTreeSet<u32> = sources::clarifai_page().iter().map(|r| r.code).collect();
    assert_eq!(page.len(), PAGE_ROWS);
    for code in proto.codes() {
        let value = Clarifai::from(code);
        assert!(value.is_known(), "{code}");
        let entries = proto.of(code);
        // The current name is the one not deprecated (INPUT_SUCCESS, not its
        // alias INPUT_DOWNLOAD_SUCCESS); the proto lists it first.
        let current = entries
            .iter()
            .find(|e| !e.deprecated)
            .unwrap_or(&entries[0]);
        assert_eq!(value.name(), Some(current.name.as_str()), "{code}");
        for e in &entries {
            assert_eq!(Clarifai::from_name(&e.name), Some(value), "{}", e.name);
            assert_eq!(e.name.parse::<Clarifai>(), Ok(value), "{}", e.name);
        }
        let expected = if page.contains(&code) {
            "page"
        } else {
            "proto"
        };
        assert_eq!(value.source(), Some(expected), "{code}");
    }
    // And the rows the proto does not have are the page's, marked.
    let reserved: BTreeSet<u32> = proto.reserved.iter().copied().collect();
    let defined: BTreeSet<u32> = proto.codes().into_iter().collect();
    for &value in Clarifai::ALL {
        let code = value.code();
        if defined.contains(&code) {
            continue;
        }
        assert!(page.contains(&code), "{code}: in neither source");
        let expected = if reserved.contains(&code) {
            "page (reserved in proto)"
        } else {
            "page (removed from proto)"
        };
        assert_eq!(value.source(), Some(expected), "{code}");
    }
}

#[test]
fn page_names_the_proto_changed_are_aliases() {
    // (code, the proto's name, the page's name)
    let renamed = [
        (30000, "INPUT_SUCCESS", "INPUT_DOWNLOAD_SUCCESS"),
        (30001, "INPUT_PENDING", "INPUT_DOWNLOAD_PENDING"),
        (30002, "INPUT_FAILED", "INPUT_DOWNLOAD_FAILED"),
        (30003, "INPUT_IN_PROGRESS", "INPUT_DOWNLOAD_IN_PROGRESS"),
        (54005, "TASK_FAILED", "TASK_ADD_ANNOTATIONS_FAILURE"),
    ];
    for (code, name, page_name) in renamed {
        let value = Clarifai::from(code);
        assert_eq!(value.name(), Some(name));
        assert_eq!(Clarifai::from_name(page_name), Some(value));
        assert_eq!(entry(code).aliases, [page_name]);
        // The row is not deprecated: only the proto's old name is.
        assert!(!entry(code).deprecated, "{code}");
    }
    assert_eq!(Clarifai::InputSuccess.code(), 30000);
    assert_eq!(Clarifai::TaskFailed.code(), 54005);
    // No other row has an alias.
    let with_aliases = Clarifai::ALL
        .iter()
        .filter(|v| !entry(v.code()).aliases.is_empty())
        .count();
    assert_eq!(with_aliases, renamed.len());
}

#[test]
fn every_row_of_the_page_is_kept_verbatim() {
    let page = sources::clarifai_page();
    assert_eq!(page.len(), PAGE_ROWS);
    for row in &page {
        let value = Clarifai::from(row.code);
        assert!(value.is_known(), "{}", row.code);
        assert_ne!(value.source(), Some("proto"), "{}", row.code);
        // The page's name is the row's name or its alias; the 9 blank ones
        // are the protobuf's (see `the_nine_blank_names_are_the_protobufs`).
        if !row.name.is_empty() {
            assert_eq!(Clarifai::from_name(&row.name), Some(value), "{}", row.name);
        }
        // The page's description, verbatim; 99009's blank one is the older page's.
        let description = match (row.code, row.description.as_str()) {
            (99009, "") => Some("Internal error"),
            (_, "") => None,
            (_, text) => Some(text),
        };
        assert_eq!(value.description(), description, "{}", row.code);
    }
    assert_eq!(page.iter().filter(|r| r.name.is_empty()).count(), 9);
}

#[test]
fn deprecated_rows_are_the_protos() {
    let proto = sources::clarifai_proto();
    let text = sources::source("clarifai_status_code.proto");
    // A code is deprecated when every name the proto gives it is.
    let deprecated: BTreeSet<u32> = proto
        .codes()
        .into_iter()
        .filter(|&code| proto.of(code).iter().all(|e| e.deprecated))
        .collect();
    assert_eq!(
        deprecated.iter().copied().collect::<Vec<_>>(),
        [
            11001, 21116, 21314, 25154, 25200, 25201, 25202, 25203, 25204, 39998
        ]
    );
    for &value in Clarifai::ALL {
        let code = value.code();
        let entry = entry(code);
        assert_eq!(entry.deprecated, deprecated.contains(&code), "{code}");
        assert_eq!(value.is_deprecated(), entry.deprecated, "{code}");
        // Every deprecated row has the proto's note, verbatim.
        assert_eq!(entry.deprecation.is_some(), entry.deprecated, "{code}");
        if let Some(note) = entry.deprecation {
            assert!(text.contains(note), "{code}: {note:?}");
        }
    }
    assert_eq!(
        entry(25154).deprecation,
        Some(
            "DEPRECATED: Not used anymore. Now for an empty data dump, DATA_DUMP_SUCCESS is returned. To detect an empty data dump, check if the inptus count is 0."
        )
    );
    assert_eq!(
        entry(39998).deprecation,
        Some("deprecate this one. Use REQUEST_DISABLED_FOR_MAINTENANCE")
    );
}

#[test]
fn the_protos_codes_have_the_protos_comments_or_no_description() {
    let proto = sources::clarifai_proto();
    let titles: BTreeSet<&str> = ClarifaiGroup::ALL
        .iter()
        .filter_map(|g| g.title())
        .collect();
    let mut described = 0;
    for e in &proto.entries {
        let value = Clarifai::from(e.code);
        if value.source() != Some("proto") {
            continue; // the page's row: its own description
        }
        let expected = match (&e.trailing, e.above.first()) {
            // A comment beside the entry, on its line.
            (Some(trailing), _) => Some(trailing.as_str()),
            // A section heading above it: its group's title, not a description.
            (None, Some(heading)) if titles.contains(heading.as_str()) => {
                assert_eq!(
                    value.group().and_then(|g| g.title()),
                    Some(heading.as_str())
                );
                None
            }
            // ZERO: the comment speaks of the enum; 24300: the tracks' life
            // cycle, quoted in the group's docs.
            (None, Some(_)) if [0, 24300].contains(&e.code) => None,
            // Else the comment above it (its first line: 54006's examples
            // follow in its docs).
            (None, Some(above)) => Some(above.as_str()),
            (None, None) => None,
        };
        assert_eq!(value.description(), expected, "{}", e.name);
        described += usize::from(expected.is_some());
    }
    assert_eq!(described, 15);
    // Every heading of a section of codes the page does not list is a title.
    for title in [
        "Model Export status codes",
        "Runner related codes 256xx",
        "Logs related issues: 70000;",
        "Twilio related issues: 71xxx",
    ] {
        assert!(titles.contains(title), "{title}");
    }
}

#[test]
fn classes_of_the_protos_codes_follow_clarifais_clients() {
    // clarifai-python (`clarifai/utils/misc.py`, RETRYABLE_CODES) and
    // clarifai-nodejs (`src/client/model.ts`) resend a prediction on these;
    // both stubs retry the two throttles.
    for name in [
        "MODEL_BUSY_PLEASE_RETRY",
        "MODEL_LOADING",
        "CONN_THROTTLED",
        "CONN_EXCEED_HOURLY_LIMIT",
    ] {
        let value = Clarifai::from_name(name).expect(name);
        assert_eq!(value.class(), Class::Retry, "{name}");
    }
    // Polled on while they last (clarifai-python: model builds, exports,
    // evaluations, pipeline steps, pipeline runs, dataset exports, uploads).
    for name in [
        "MODEL_BUILDING",
        "MODEL_EXPORTING",
        "MODEL_EXPORT_PENDING",
        "MODEL_EVALUATING",
        "MODEL_QUEUED_FOR_EVALUATION",
        "PIPELINE_STEP_BUILDING",
        "JOB_QUEUED",
        "JOB_RUNNING",
        "JOB_PAUSED",
        "DATASET_VERSION_EXPORT_PENDING",
        "DATASET_VERSION_EXPORT_IN_PROGRESS",
        "UPLOAD_IN_PROGRESS",
        "MODEL_UPLOADING",
    ] {
        let value = Clarifai::from_name(name).expect(name);
        assert_eq!(value.class(), Class::Pending, "{name}");
    }
    // Where those loops stop: done, or failed.
    for (name, class) in [
        ("MODEL_TRAINED", Class::Success),
        ("MODEL_EXPORTED", Class::Success),
        ("MODEL_EVALUATED", Class::Success),
        ("PIPELINE_STEP_READY", Class::Success),
        ("JOB_COMPLETED", Class::Success),
        ("DATASET_VERSION_EXPORT_SUCCESS", Class::Success),
        ("UPLOAD_DONE", Class::Success),
        ("MODEL_BUILDING_FAILED", Class::VendorError),
        ("MODEL_BUILD_UNEXPECTED_ERROR", Class::VendorError),
        ("MODEL_EXPORTING_FAILED", Class::VendorError),
        ("PIPELINE_STEP_BUILDING_FAILED", Class::VendorError),
        ("PIPELINE_STEP_BUILD_UNEXPECTED_ERROR", Class::VendorError),
        ("JOB_FAILED", Class::VendorError),
        ("JOB_UNEXPECTED_ERROR", Class::VendorError),
        ("RUNNER_PROCESSING_FAILED", Class::VendorError),
        ("ZERO", Class::Unknown),
    ] {
        let value = Clarifai::from_name(name).expect(name);
        assert_eq!(value.class(), class, "{name}");
    }
}

#[cfg(feature = "serde")]
mod body {
    use codes_vendors::Class;
    use codes_vendors::clarifai::{Clarifai, Status};

    /// The `status` of a body, as a client would take it from the response.
    fn status_of(body: &str) -> Result<Status, serde_json::Error> {
        let body: serde_json::Value = serde_json::from_str(body)?;
        serde_json::from_value(body["status"].clone())
    }

    #[test]
    fn a_documented_body_decodes() {
        let status = status_of(r#"{"status":{"code":10000,"description":"Ok"}}"#).expect("decodes");
        assert_eq!(status.code, Clarifai::Success);
        assert_eq!(status.code.class(), Class::Success);
        assert_eq!(status.description.as_deref(), Some("Ok"));
        assert_eq!(status.details, None);
        assert_eq!(status.req_id, None);
    }

    #[test]
    fn details_and_req_id_are_kept() {
        let body = r#"{
            "status": {
                "code": 21200,
                "description": "Model does not exist",
                "details": "Model 'my-model' does not exist in app 'main'.",
                "req_id": "5f1e2c3b4a"
            },
            "outputs": []
        }"#;
        let status = status_of(body).expect("decodes");
        assert_eq!(status.code, Clarifai::ModelDoesNotExist);
        assert_eq!(status.code.class(), Class::ClientError);
        assert_eq!(status.description.as_deref(), Some("Model does not exist"));
        assert_eq!(
            status.details.as_deref(),
            Some("Model 'my-model' does not exist in app 'main'.")
        );
        assert_eq!(status.req_id.as_deref(), Some("5f1e2c3b4a"));
        // Serialized and decoded again, it is the same status.
        let json = serde_json::to_string(&status).expect("serializes");
        assert_eq!(
            serde_json::from_str::<Status>(&json).expect("decodes"),
            status
        );
        assert!(json.contains(r#""code":21200"#), "{json}");
    }

    #[test]
    fn unknown_codes_and_fields_are_kept_and_ignored() {
        let body = r#"{"status":{"code":12345,"description":"Something new","details":null,
                       "percent_completed":40,"time_remaining":12,"developer_notes":"n/a"}}"#;
        let status = status_of(body).expect("decodes");
        assert_eq!(status.code, Clarifai::Unknown(12345));
        assert_eq!(status.code.code(), 12345);
        assert_eq!(status.code.class(), Class::Unknown);
        assert_eq!(status.description.as_deref(), Some("Something new"));
        assert_eq!(status.details, None);
        let json = serde_json::to_string(&status).expect("serializes");
        assert_eq!(json, r#"{"code":12345,"description":"Something new"}"#);
    }

    #[test]
    fn every_shape_clarifai_writes_decodes() {
        // No code: protobuf's JSON mapping leaves out code 0 (ZERO).
        let zero: Status = serde_json::from_str(r#"{"description":"Ok"}"#).expect("decodes");
        assert_eq!((zero.code, zero.code_name), (Clarifai::Unknown(0), None));
        // No description.
        let bare: Status = serde_json::from_str(r#"{"code":10000}"#).expect("decodes");
        assert_eq!((bare.code, bare.description), (Clarifai::Success, None));
        // The code's name, as protobuf's JSON mapping writes enums.
        let named: Status = serde_json::from_str(
            r#"{"code":"MODEL_DOES_NOT_EXIST","description":"Model does not exist"}"#,
        )
        .expect("decodes");
        assert_eq!(named.code, Clarifai::ModelDoesNotExist);
        assert_eq!(named.code_name, None);
        // A name the table does not know is kept beside an unknown code.
        let newer: Status = serde_json::from_str(r#"{"code":"10000"}"#).expect("decodes");
        assert_eq!(newer.code, Clarifai::Unknown(0));
        assert_eq!(newer.code_name.as_deref(), Some("10000"));
        // It serializes as its number, without the name.
        let json = serde_json::to_string(&named).expect("serializes");
        assert_eq!(
            json,
            r#"{"code":21200,"description":"Model does not exist"}"#
        );
    }

    #[test]
    fn malformed_bodies_are_errors() {
        for body in [
            r#"{"code":[10000],"description":"Ok"}"#, // code as a list
            r#"{"code":true,"description":"Ok"}"#,    // code as a boolean
            r#"{"code":-1,"description":"Ok"}"#,      // not a u32
            r#"{"code":10000.5,"description":"Ok"}"#, // not an integer
            r#"{"code":10000,"description":42}"#,     // description not a string
            r#"{"code":10000,"description":"Ok","req_id":7}"#, // req_id not a string
            r#"{"code":10000,"description":"Ok""#,    // truncated
            r#""10000 Ok""#,                          // not an object
        ] {
            assert!(serde_json::from_str::<Status>(body).is_err(), "{body}");
        }
    }
}

#[test]
fn failure_is_generic_and_yields_to_a_gateway_that_says_retry() {
    use codes_vendors::Decision;
    use codes_vendors::response::RawResponse;
    assert!(Clarifai::Failure.is_generic());
    assert_eq!(
        Clarifai::ALL
            .iter()
            .filter(|code| code.is_generic())
            .count(),
        1
    );
    let body = br#"{"status": {"code": 10020, "description": "Failure"}}"#;
    let decide = |status| {
        codes_vendors::clarifai::decode(&RawResponse::new(Some(status), body))
            .unwrap()
            .decision()
    };
    assert_eq!(decide(503), Decision::Retry { after: None });
    assert_eq!(decide(502), Decision::Retry { after: None });
    assert_eq!(decide(500), Decision::VendorFailure);
    assert_eq!(decide(200), Decision::VendorFailure);
}
