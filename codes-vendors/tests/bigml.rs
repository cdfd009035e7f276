//! BigML.io's tables against its "Status Codes" page (`data/pages/bigml.txt`), and the
//! resource statuses against BigML's Python binding.
#![cfg(feature = "bigml")]

mod sources;

use codes_vendors::bigml::*;
use codes_vendors::{Class, Entry, VendorCode};

/// Runs `$check::<E>()` for every resource's error enum.
macro_rules! for_each_resource_error {
    ($check:ident) => {
        $check::<SourceError>();
        $check::<DatasetError>();
        $check::<DownloadError>();
        $check::<SampleError>();
        $check::<CorrelationError>();
        $check::<StatisticalTestError>();
        $check::<ModelError>();
        $check::<EnsembleError>();
        $check::<LinearRegressionError>();
        $check::<LogisticRegressionError>();
        $check::<ClusterError>();
        $check::<AnomalyError>();
        $check::<AssociationError>();
        $check::<TopicModelError>();
        $check::<PcaError>();
        $check::<TimeSeriesError>();
        $check::<DeepnetError>();
        $check::<CompositeError>();
        $check::<FusionError>();
        $check::<OptimlError>();
        $check::<PredictionError>();
        $check::<CentroidError>();
        $check::<AnomalyScoreError>();
        $check::<AssociationSetError>();
        $check::<TopicDistributionError>();
        $check::<ProjectionError>();
        $check::<ForecastError>();
        $check::<BatchPredictionError>();
        $check::<BatchCentroidError>();
        $check::<BatchAnomalyScoreError>();
        $check::<BatchTopicDistributionError>();
        $check::<BatchProjectionError>();
        $check::<EvaluationError>();
        $check::<LibraryError>();
        $check::<ScriptError>();
        $check::<ExecutionError>();
    };
}

/// Each resource's row count on the page, in the page's order.
const PAGE_COUNTS: [(Resource, usize); 36] = [
    (Resource::Source, 6),
    (Resource::Dataset, 8),
    (Resource::Download, 8),
    (Resource::Sample, 7),
    (Resource::Correlation, 7),
    (Resource::StatisticalTest, 7),
    (Resource::Model, 8),
    (Resource::Ensemble, 8),
    (Resource::LinearRegression, 7),
    (Resource::LogisticRegression, 7),
    (Resource::Cluster, 8),
    (Resource::Anomaly, 8),
    (Resource::Association, 7),
    (Resource::TopicModel, 7),
    (Resource::Pca, 7),
    (Resource::TimeSeries, 7),
    (Resource::Deepnet, 7),
    (Resource::Composite, 7),
    (Resource::Fusion, 7),
    (Resource::Optiml, 7),
    (Resource::Prediction, 6),
    (Resource::Centroid, 5),
    (Resource::AnomalyScore, 5),
    (Resource::AssociationSet, 5),
    (Resource::TopicDistribution, 5),
    (Resource::Projection, 5),
    (Resource::Forecast, 5),
    (Resource::BatchPrediction, 5),
    (Resource::BatchCentroid, 5),
    (Resource::BatchAnomalyScore, 5),
    (Resource::BatchTopicDistribution, 5),
    (Resource::BatchProjection, 5),
    (Resource::Evaluation, 6),
    (Resource::Library, 7),
    (Resource::Script, 8),
    (Resource::Execution, 7),
];

#[test]
fn row_counts_match_the_page_and_the_binding() {
    // The page: 16 HTTP codes, 8 resource statuses, 16 general error codes,
    // and 234 error codes in 36 resource sections: 274 rows. BigML's Python
    // binding adds 2 resource statuses: 276 rows.
    assert_eq!(HttpStatus::COUNT, 16);
    assert_eq!(ResourceStatus::COUNT, 8 + 2);
    assert_eq!(GeneralError::COUNT, 16);
    assert_eq!(Resource::ALL.len(), 36);
    let order: Vec<Resource> = PAGE_COUNTS.iter().map(|(r, _)| *r).collect();
    assert_eq!(order, Resource::ALL);
    for (resource, count) in PAGE_COUNTS {
        assert_eq!(resource.table().len(), count, "{resource:?}");
    }
    assert_eq!(PAGE_COUNTS.iter().map(|(_, n)| n).sum::<usize>(), 234);
    assert_eq!(TABLES.len(), 39);
    assert_eq!(TABLES.iter().map(|t| t.len()).sum::<usize>(), 274 + 2);
    assert_eq!(ModelError::COUNT, 8);
    assert_eq!(CentroidError::COUNT, 5);
}

#[test]
fn tables_are_listed_with_unique_ids() {
    let ids: Vec<&str> = TABLES.iter().map(|t| t.id()).collect();
    assert_eq!(&ids[..3], ["bigml-http", "bigml-status", "bigml-general"]);
    for (table, resource) in TABLES[3..].iter().zip(Resource::ALL) {
        assert_eq!(table.id(), resource.table().id());
        assert_eq!(table.id(), format!("bigml-{}", resource.id()));
        assert_eq!(table.title(), resource.title());
        assert_eq!(Resource::from_id(resource.id()), Some(*resource));
    }
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    assert!(TABLES.iter().all(|t| t.vendor() == "BigML"));
    assert_eq!(Resource::from_id("bigml-model"), None);
    assert_eq!(
        Resource::LinearRegression.title(),
        "Linear Regression Error Code Summary"
    );
    assert_eq!(
        Resource::Download.title(),
        "Download Dataset Unsuccessful Requests"
    );
    assert_eq!(
        codes_vendors::table("bigml-timeseries").map(|t| t.len()),
        Some(7)
    );
}

#[test]
fn http_spot_checks() {
    let ok = HttpStatus::from(200);
    assert_eq!(ok, HttpStatus::Ok);
    assert_eq!(ok.name(), Some("OK"));
    assert_eq!(ok.class(), Class::Success);
    assert_eq!(
        ok.description(),
        Some(
            "Your request was successful and the JSON response should include the resource that you requested."
        )
    );
    assert_eq!(
        HttpStatus::from_name("Not Allowed"),
        Some(HttpStatus::NotAllowed)
    );
    assert_eq!(HttpStatus::NotAllowed.code(), 405);
    assert_eq!(HttpStatus::from(411).name(), Some("Length required"));
    assert_eq!(HttpStatus::PaymentRequired.class(), Class::ClientError);
    assert_eq!(HttpStatus::TooManyRequests.class(), Class::Retry);
    assert_eq!(HttpStatus::ServiceUnavailable.class(), Class::Retry);
    assert_eq!(
        HttpStatus::ServiceUnavailable.description(),
        Some("BigML.io is undergoing maintenance.")
    );
    assert_eq!(HttpStatus::InternalServerError.class(), Class::VendorError);
    assert_eq!(HttpStatus::Unauthorized.class(), Class::ClientError);
    // Unlisted HTTP codes keep RFC 9110's class.
    assert_eq!(HttpStatus::from(502), HttpStatus::Unknown(502));
    assert_eq!(HttpStatus::from(502).class(), Class::Retry);
    assert_eq!(HttpStatus::from(418).class(), Class::ClientError);
}

#[test]
fn resource_status_spot_checks() {
    let progress = ResourceStatus::from(3);
    assert_eq!(progress, ResourceStatus::InProgress);
    assert_eq!(progress.name(), Some("In Progress"));
    assert_eq!(progress.class(), Class::Pending);
    for code in 0..=4 {
        assert_eq!(ResourceStatus::from(code).class(), Class::Pending, "{code}");
    }
    assert_eq!(ResourceStatus::Summarized.code(), 4);
    assert_eq!(ResourceStatus::from(5), ResourceStatus::Finished);
    assert_eq!(ResourceStatus::Finished.class(), Class::Success);
    assert_eq!(ResourceStatus::from(-1), ResourceStatus::Faulty);
    assert_eq!(ResourceStatus::Faulty.class(), Class::VendorError);
    // -2 is BigML's own Unknown; the catch-all is Other.
    assert_eq!(ResourceStatus::from(-2), ResourceStatus::Unknown);
    assert_eq!(ResourceStatus::Unknown.class(), Class::Unknown);
    assert!(ResourceStatus::Unknown.is_known());
    assert_eq!(
        ResourceStatus::from_name("Unknown"),
        Some(ResourceStatus::Unknown)
    );
    let other = ResourceStatus::from(7);
    assert_eq!(other, ResourceStatus::Other(7));
    assert!(!other.is_known());
    assert_eq!(other.class(), Class::Unknown);
    assert_eq!(other.to_string(), "unknown BigML status 7");
    assert_eq!(
        ResourceStatus::Waiting.to_string(),
        "0 Waiting: The resource is waiting for another resource to be finished before BigML.io can start processing it."
    );
}

/// The resource status constants of BigML's Python binding (bigmlcom/python,
/// `bigml/constants.py`, under "# Resource status codes"), verbatim.
const BINDING_STATUSES: [(&str, i32); 10] = [
    ("WAITING", 0),
    ("QUEUED", 1),
    ("STARTED", 2),
    ("IN_PROGRESS", 3),
    ("SUMMARIZED", 4),
    ("FINISHED", 5),
    ("UPLOADING", 6),
    ("FAULTY", -1),
    ("UNKNOWN", -2),
    ("RUNNABLE", -3),
];

#[test]
fn every_status_of_the_binding_is_a_row_with_its_name() {
    // The binding is not among `data/sources`; `data/README.md` names the two
    // statuses it adds, and those must be the table's "sdk" rows.
    let readme = sources::data_readme();
    for (name, code) in [("UPLOADING", 6), ("RUNNABLE", -3)] {
        assert!(readme.contains(&format!("`{name} = {code}`")), "{name}");
    }
    for (name, code) in BINDING_STATUSES {
        let value = ResourceStatus::from(code);
        assert!(value.is_known(), "{name}");
        // The binding's name parses: the row's own, or an alias of the page's.
        assert_eq!(ResourceStatus::from_name(name), Some(value), "{name}");
        // The binding polls on every status but FINISHED and FAULTY.
        if !["FINISHED", "FAULTY", "UNKNOWN"].contains(&name) {
            assert_eq!(value.class(), Class::Pending, "{name}");
        }
    }
    // Per source: the page's 8 and the binding's 2, without descriptions.
    let counts = sources::counts_per_source(ResourceStatus::ALL, |value| value.source());
    assert_eq!(counts, [("page", 8), ("sdk", 2)].into());
    for (code, variant, name) in [
        (6, ResourceStatus::Uploading, "UPLOADING"),
        (-3, ResourceStatus::Runnable, "RUNNABLE"),
    ] {
        assert_eq!(ResourceStatus::from(code), variant);
        assert_eq!(variant.name(), Some(name));
        assert_eq!(variant.source(), Some("sdk"));
        assert_eq!(variant.description(), None);
    }
    // The page's rows keep the page's names.
    assert_eq!(ResourceStatus::InProgress.name(), Some("In Progress"));
    assert_eq!(ResourceStatus::InProgress.source(), Some("page"));
}

#[test]
fn every_other_bigml_row_is_the_pages() {
    for table in TABLES {
        if table.id() == "bigml-status" {
            continue;
        }
        for entry in table.entries() {
            assert_eq!(
                entry.columns.get("source"),
                Some(codes_vendors::ColumnValue::Str("page")),
                "{}: {}",
                table.id(),
                entry.code
            );
        }
    }
}

#[test]
fn general_error_spot_checks() {
    assert_eq!(GeneralError::from(-1100), GeneralError::UnauthorizedUse);
    assert_eq!(
        GeneralError::UnauthorizedUse.description(),
        Some("Unauthorized use")
    );
    assert_eq!(GeneralError::from(-1108), GeneralError::TooManyTasks);
    assert_eq!(GeneralError::TooManyTasks.class(), Class::Retry);
    assert_eq!(GeneralError::from(-1200).class(), Class::ClientError);
    assert_eq!(
        GeneralError::from(-1104).description(),
        Some("Cloned resourced cannot be public")
    );
    assert_eq!(GeneralError::from(-1208), GeneralError::InvalidSortError);
    assert_eq!(GeneralError::from(-1202), GeneralError::Unknown(-1202));
    assert_eq!(GeneralError::MissingParameter.name(), None);
    assert_eq!(
        GeneralError::MissingParameter.to_string(),
        "-1200: Missing parameter"
    );
    let classes: Vec<Class> = GeneralError::ALL.iter().map(|g| g.class()).collect();
    assert_eq!(
        classes.iter().filter(|c| **c == Class::ClientError).count(),
        15
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "a table of expected rows, one a line"
)]
fn every_resource_table_spot_check() {
    // One row from each resource's section: code, variant, description, class.
    let rows: [(Resource, i32, &str, &str, Class); 36] = [
        (
            Resource::Source,
            -2000,
            "CannotBeRead",
            "This source cannot be read properly",
            Class::ClientError,
        ),
        (
            Resource::Dataset,
            -3008,
            "CouldNotBeCloned",
            "The dataset could not be cloned properly",
            Class::VendorError,
        ),
        (
            Resource::Download,
            -9006,
            "NotAvailableForClonedDatasets",
            "Dataset exports aren't available for cloned datasets",
            Class::ClientError,
        ),
        (
            Resource::Sample,
            -16021,
            "CannotBeCreatedNow",
            "Your sample cannot be created now",
            Class::Retry,
        ),
        (
            Resource::Correlation,
            -18000,
            "NotReady",
            "The correlation is not ready yet",
            Class::Pending,
        ),
        (
            Resource::StatisticalTest,
            -17004,
            "CannotBeDeletedNow",
            "Cannot delete statistical test now",
            Class::Retry,
        ),
        (
            Resource::Model,
            -4000,
            "DatasetNotReady",
            "The dataset is not ready. A one-click model has been requested but the corresponding dataset is not ready yet",
            Class::Pending,
        ),
        (
            Resource::Ensemble,
            -80021,
            "CannotBeCreatedNow",
            "The ensemble cannot be created now",
            Class::Retry,
        ),
        (
            Resource::LinearRegression,
            -40005,
            "CouldNotBeCreated",
            "The linear regression could not be created",
            Class::VendorError,
        ),
        (
            Resource::LogisticRegression,
            -22001,
            "BadRequest",
            "Bad request to create a logistic regression",
            Class::ClientError,
        ),
        (
            Resource::Cluster,
            -10008,
            "CouldNotBeCloned",
            "The cluster could not be cloned properly",
            Class::VendorError,
        ),
        (
            Resource::Anomaly,
            -13004,
            "CannotBeDeletedNow",
            "The anomaly detector cannot be deleted now",
            Class::Retry,
        ),
        (
            Resource::Association,
            -23002,
            "CannotBeCreated",
            "The association cannot be created",
            Class::ClientError,
        ),
        (
            Resource::TopicModel,
            -26005,
            "CouldNotBeCreated",
            "The topic model could not be created",
            Class::VendorError,
        ),
        (
            Resource::Pca,
            -37003,
            "CannotBeRetrievedNow",
            "The PCA cannot be retrieved now",
            Class::Retry,
        ),
        (
            Resource::TimeSeries,
            -30000,
            "NotReady",
            "The time series is not ready yet",
            Class::Pending,
        ),
        (
            Resource::Deepnet,
            -33001,
            "BadRequest",
            "Bad request to create a deepnet",
            Class::ClientError,
        ),
        (
            Resource::Composite,
            -34021,
            "CannotBeCreatedNow",
            "The composite cannot be created now",
            Class::Retry,
        ),
        (
            Resource::Fusion,
            -35002,
            "CannotBeCreated",
            "The fusion cannot be created",
            Class::ClientError,
        ),
        (
            Resource::Optiml,
            -36001,
            "BadRequest",
            "Bad request to create an optiml",
            Class::ClientError,
        ),
        (
            Resource::Prediction,
            -5000,
            "ModelNotReady",
            "The model is not ready yet",
            Class::Pending,
        ),
        (
            Resource::Centroid,
            -11003,
            "CannotBeRetrieved",
            "The centroid cannot be retrieved",
            Class::ClientError,
        ),
        (
            Resource::AnomalyScore,
            -14005,
            "CouldNotBeCreated",
            "The anomaly score could not be created",
            Class::VendorError,
        ),
        (
            Resource::AssociationSet,
            -24004,
            "CannotBeDeletedNow",
            "The association set cannot be deleted now",
            Class::Retry,
        ),
        (
            Resource::TopicDistribution,
            -27001,
            "BadRequest",
            "Bad request to create a topic distribution",
            Class::ClientError,
        ),
        (
            Resource::Projection,
            -38002,
            "CannotBeCreated",
            "The projection cannot be created",
            Class::ClientError,
        ),
        (
            Resource::Forecast,
            -31003,
            "CannotBeRetrieved",
            "The forecast cannot be retrieved",
            Class::ClientError,
        ),
        (
            Resource::BatchPrediction,
            -6005,
            "CouldNotBeCreated",
            "The batch prediction could not be created",
            Class::VendorError,
        ),
        (
            Resource::BatchCentroid,
            -12004,
            "CannotBeDeletedNow",
            "The batch centroid cannot be deleted now",
            Class::Retry,
        ),
        (
            Resource::BatchAnomalyScore,
            -15001,
            "BadRequest",
            "Bad request to create a batch anomaly score",
            Class::ClientError,
        ),
        (
            Resource::BatchTopicDistribution,
            -28003,
            "CannotBeRetrieved",
            "The batch topic distribution cannot be retrieved",
            Class::ClientError,
        ),
        (
            Resource::BatchProjection,
            -39002,
            "CannotBeCreated",
            "The batch projection cannot be created",
            Class::ClientError,
        ),
        (
            Resource::Evaluation,
            -70021,
            "CannotBePerformedNow",
            "The evaluation cannot be performed now",
            Class::Retry,
        ),
        (
            Resource::Library,
            -19000,
            "NotReady",
            "The library is not ready yet",
            Class::Pending,
        ),
        (
            Resource::Script,
            -20008,
            "CouldNotBeCloned",
            "The script could not be cloned properly",
            Class::VendorError,
        ),
        (
            Resource::Execution,
            -21021,
            "CannotBeCreatedNow",
            "The execution cannot be created now",
            Class::Retry,
        ),
    ];
    for (resource, code, variant, description, class) in rows {
        let entry = resource
            .decode(code)
            .unwrap_or_else(|| panic!("{resource:?} {code}"));
        assert_eq!(entry.code, i128::from(code));
        assert_eq!(entry.variant, variant, "{resource:?} {code}");
        assert_eq!(entry.description, Some(description), "{resource:?} {code}");
        assert_eq!(entry.class, class, "{resource:?} {code}");
        assert_eq!(entry.name, None);
        assert_eq!(resource.table().get(i128::from(code)), Some(entry));
    }
    // Typed spot checks.
    assert_eq!(SourceError::from(-2005), SourceError::Faulty);
    assert_eq!(SourceError::Faulty.description(), Some("Faulty source"));
    assert_eq!(DownloadError::from(-9000).class(), Class::Pending);
    assert_eq!(
        DownloadError::from(-90021),
        DownloadError::CannotBePerformedNow
    );
    assert_eq!(ModelError::Faulty.class(), Class::VendorError);
    assert_eq!(
        ExecutionError::from(-21999),
        ExecutionError::Unknown(-21999)
    );
}

#[test]
fn error_classes_follow_the_documented_word_rule() {
    for resource in Resource::ALL {
        for entry in resource.table().entries() {
            let words = entry.description.unwrap_or_default().to_lowercase();
            let expected = if words.contains("not ready") {
                Class::Pending
            } else if words.ends_with(" now") {
                Class::Retry
            } else if words.contains("could not") || words.starts_with("faulty") {
                Class::VendorError
            } else {
                Class::ClientError
            };
            assert_eq!(entry.class, expected, "{resource:?} {entry:?}");
        }
    }
}

/// Serde's traits with the `serde` feature, nothing without.
#[cfg(feature = "serde")]
trait Json: serde::Serialize + serde::de::DeserializeOwned {}
#[cfg(feature = "serde")]
impl<T: serde::Serialize + serde::de::DeserializeOwned> Json for T {}
#[cfg(not(feature = "serde"))]
trait Json {}
#[cfg(not(feature = "serde"))]
impl<T> Json for T {}

fn round_trips<C: VendorCode + Json>()
where
    C::Code: Json,
{
    assert!(!C::ALL.is_empty());
    for &value in C::ALL {
        let code = value.code();
        assert_eq!(C::from_code(code), value);
        assert_eq!(C::try_from_code(code).ok(), Some(value));
        assert_eq!(value.into(), code);
        assert!(value.is_known());
        // Every page row is described; the binding's statuses are not.
        let from_binding =
            value.columns().get("source") == Some(codes_vendors::ColumnValue::Str("sdk"));
        assert_eq!(value.description().is_none(), from_binding, "{value:?}");
        assert!(value.to_string().starts_with(&code.to_string()), "{value}");
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&value).expect("serializes");
            assert_eq!(json, serde_json::to_string(&code).expect("serializes"));
            assert_eq!(
                serde_json::from_str::<C>(&json).expect("deserializes"),
                value
            );
        }
    }
}

fn resource_codes_round_trip<R: ResourceError + Json>() {
    round_trips::<R>();
    assert_eq!(R::ALL.len(), R::RESOURCE.table().len());
    for &error in R::ALL {
        let decoded = ErrorCode::<R>::from_code(error.code());
        assert_eq!(decoded, ErrorCode::Resource(error));
        assert_eq!(decoded.code(), error.code());
        assert_eq!(i32::from(decoded), error.code());
        assert_eq!(decoded.class(), error.class());
        assert_eq!(decoded.description(), error.description());
        assert_eq!(decoded.entry(), Entry::of(error));
        assert_eq!(decoded.to_string(), error.to_string());
        assert_eq!(ErrorCode::<R>::try_from_code(error.code()), Ok(decoded));
        #[cfg(feature = "serde")]
        {
            let json = serde_json::to_string(&decoded).expect("serializes");
            assert_eq!(json, error.code().to_string());
            let back = serde_json::from_str::<ErrorCode<R>>(&json).expect("deserializes");
            assert_eq!(back, decoded);
        }
        // The same decoding without types.
        assert_eq!(R::RESOURCE.decode(error.code()), Entry::of(error));
        // No resource code is also a general code.
        assert!(!GeneralError::from(error.code()).is_known(), "{error:?}");
    }
    // General codes decode as general errors in this resource's context.
    for &general in GeneralError::ALL {
        let decoded = ErrorCode::<R>::from_code(general.code());
        assert_eq!(decoded, ErrorCode::General(general));
        assert_eq!(decoded.class(), general.class());
        assert_eq!(R::RESOURCE.decode(general.code()), Entry::of(general));
    }
    // Unknown codes are kept.
    let unknown = ErrorCode::<R>::from_code(-99999);
    assert_eq!(unknown, ErrorCode::Resource(R::from_code(-99999)));
    assert_eq!((unknown.code(), unknown.class()), (-99999, Class::Unknown));
    assert!(!unknown.is_known() && unknown.entry().is_none());
    assert!(ErrorCode::<R>::try_from_code(-99999).is_err());
    assert_eq!(unknown.to_string(), "unknown BigML status -99999");
    assert_eq!(R::RESOURCE.decode(-99999), None);
}

#[test]
fn every_code_round_trips() {
    round_trips::<HttpStatus>();
    round_trips::<ResourceStatus>();
    round_trips::<GeneralError>();
    for_each_resource_error!(resource_codes_round_trip);
    for table in TABLES {
        for entry in table.entries() {
            assert_eq!(table.get(entry.code), Some(entry), "{}", table.id());
        }
    }
}

#[test]
fn general_codes_decode_in_every_resource_context() {
    for resource in Resource::ALL {
        for general in GeneralError::ALL {
            assert_eq!(resource.decode(general.code()), Entry::of(*general));
        }
        assert_eq!(
            resource.decode(-1201).map(|e| e.variant),
            Some("InvalidId"),
            "{resource:?}"
        );
    }
}

#[test]
fn shared_codes_decode_per_resource() {
    let dataset = ErrorCode::<DatasetError>::from_code(-30021);
    let series = ErrorCode::<TimeSeriesError>::from_code(-30021);
    assert_eq!(
        dataset,
        ErrorCode::Resource(DatasetError::CouldNotBeCreatedNow)
    );
    assert_eq!(
        series,
        ErrorCode::Resource(TimeSeriesError::CannotBeCreatedNow)
    );
    assert_eq!(
        dataset.description(),
        Some("The dataset could not be created now")
    );
    assert_eq!(
        series.description(),
        Some("The time series cannot be created now")
    );

    let model = ErrorCode::<ModelError>::from_code(-40021);
    let linear = ErrorCode::<LinearRegressionError>::from_code(-40021);
    assert_eq!(model, ErrorCode::Resource(ModelError::CannotBeCreatedNow));
    assert_eq!(
        linear,
        ErrorCode::Resource(LinearRegressionError::CannotBeCreatedNow)
    );
    assert_eq!(
        model.description(),
        Some("Your model cannot be created now")
    );
    assert_eq!(
        linear.description(),
        Some("The linear regression cannot be created now")
    );

    // Without types, too; and unknown for every other resource.
    for (code, owners) in [
        (-30021, [Resource::Dataset, Resource::TimeSeries]),
        (-40021, [Resource::Model, Resource::LinearRegression]),
    ] {
        let descriptions: Vec<_> = owners
            .iter()
            .map(|r| r.decode(code).and_then(|e| e.description))
            .collect();
        assert!(descriptions.iter().all(Option::is_some));
        assert_ne!(descriptions[0], descriptions[1]);
        for resource in Resource::ALL.iter().filter(|r| !owners.contains(r)) {
            assert_eq!(resource.decode(code), None, "{resource:?} {code}");
        }
    }
    // These two are the only codes listed by more than one resource.
    let mut all: Vec<i128> = Resource::ALL
        .iter()
        .flat_map(|r| r.table().entries().filter_map(|e| e.code.as_int()))
        .collect();
    all.sort_unstable();
    let shared: Vec<i128> = all
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    assert_eq!(shared, [-40021, -30021]);
}

/// A match on the model's errors as a user's crate writes it: the vendors'
/// tables are `#[non_exhaustive]`, so a row a later release adds falls to the
/// wildcard arm instead of breaking this function.
fn model_action(error: ErrorCode<ModelError>) -> &'static str {
    match error {
        ErrorCode::General(GeneralError::TooManyTasks) => "retry later",
        ErrorCode::General(_) => "fix the request",
        ErrorCode::Resource(error) => match error {
            ModelError::DatasetNotReady => "wait for the dataset",
            ModelError::BadRequest | ModelError::CannotBeCreated => "fix the request",
            ModelError::CannotBeCreatedNow
            | ModelError::CannotBeRetrievedNow
            | ModelError::CannotBeDeletedNow => "retry later",
            ModelError::Faulty | ModelError::CouldNotBeCloned => "report",
            ModelError::Unknown(_) => "unknown",
            _ => "a row added after this match was written",
        },
    }
}

#[test]
fn match_on_one_resource() {
    let actions: Vec<(i32, &str)> = [
        -4000, -4001, -4002, -40021, -4003, -4004, -4005, -4008, -1108, -1200, -30021,
    ]
    .into_iter()
    .map(|code| (code, model_action(ErrorCode::from(code))))
    .collect();
    assert_eq!(
        actions,
        [
            (-4000, "wait for the dataset"),
            (-4001, "fix the request"),
            (-4002, "fix the request"),
            (-40021, "retry later"),
            (-4003, "retry later"),
            (-4004, "retry later"),
            (-4005, "report"),
            (-4008, "report"),
            (-1108, "retry later"),
            (-1200, "fix the request"),
            (-30021, "unknown"),
        ]
    );
}

#[cfg(feature = "serde")]
mod bodies {
    use super::*;

    #[test]
    fn resource_status_decodes() {
        let status: Status = serde_json::from_str(
            r#"{"code": 3, "message": "The model is being processed and will be created soon",
                "elapsed": 1139, "progress": 0.35, "elapsed_times": {"queued": 10}}"#,
        )
        .expect("decodes");
        assert_eq!(status.code, ResourceStatus::InProgress);
        assert_eq!(status.code.class(), Class::Pending);
        assert_eq!(status.elapsed, Some(1139.0));
        assert_eq!(status.progress, Some(0.35));
        assert_eq!(status.error, None);
        assert_eq!(status.error_in::<ModelError>(), None);
        assert_eq!(
            status.message.as_deref(),
            Some("The model is being processed and will be created soon")
        );

        let done: Status = serde_json::from_str(
            r#"{"code": 5, "message": "The dataset has been created", "progress": 1}"#,
        )
        .expect("decodes");
        assert_eq!(done.code, ResourceStatus::Finished);
        assert_eq!(done.code.class(), Class::Success);
        assert_eq!(done.progress, Some(1.0));
        assert_eq!(done.elapsed, None);
    }

    #[test]
    fn faulty_status_decodes_its_error_per_resource() {
        let status: Status = serde_json::from_str(
            r#"{"code": -1, "message": "The dataset could not be created now", "error": -30021}"#,
        )
        .expect("decodes");
        assert_eq!(status.code, ResourceStatus::Faulty);
        assert_eq!(status.code.class(), Class::VendorError);
        assert_eq!(
            status.error_in::<DatasetError>(),
            Some(ErrorCode::Resource(DatasetError::CouldNotBeCreatedNow))
        );
        assert_eq!(
            status.error_in::<TimeSeriesError>(),
            Some(ErrorCode::Resource(TimeSeriesError::CannotBeCreatedNow))
        );
        assert_eq!(
            status.error_in::<ModelError>(),
            Some(ErrorCode::Resource(ModelError::Unknown(-30021)))
        );
        let general: Status =
            serde_json::from_str(r#"{"code": -1, "message": "Bad \"field\"", "error": -1203}"#)
                .expect("decodes");
        assert_eq!(general.message.as_deref(), Some("Bad \"field\""));
        assert_eq!(
            general.error_in::<SourceError>(),
            Some(ErrorCode::General(GeneralError::FieldError))
        );
    }

    #[test]
    fn unknown_status_codes_are_kept() {
        let status: Status =
            serde_json::from_str(r#"{"code": -2, "message": "?"}"#).expect("decodes");
        assert_eq!(status.code, ResourceStatus::Unknown);
        assert_eq!(status.code.class(), Class::Unknown);
        let other: Status =
            serde_json::from_str(r#"{"code": 9, "message": "new"}"#).expect("decodes");
        assert_eq!(other.code, ResourceStatus::Other(9));
        assert_eq!(other.code.class(), Class::Unknown);
    }

    #[test]
    fn error_body_decodes() {
        let body: ErrorResponse = serde_json::from_str(
            r#"{"code": 400, "status": {"code": -1200, "message": "Missing parameter",
                "extra": ["name"]}}"#,
        )
        .expect("decodes");
        assert_eq!(body.code, Some(HttpStatus::BadRequest));
        assert_eq!(body.code.map(HttpStatus::class), Some(Class::ClientError));
        assert_eq!(body.status.code, -1200);
        assert_eq!(body.status.message.as_deref(), Some("Missing parameter"));
        assert_eq!(body.status.extra, Some(serde_json::json!(["name"])));
        assert_eq!(
            body.error_in::<ModelError>(),
            ErrorCode::General(GeneralError::MissingParameter)
        );
        assert_eq!(
            body.error_entry(Resource::Fusion)
                .map(|e| (e.variant, e.class)),
            Some(("MissingParameter", Class::ClientError))
        );

        let busy: ErrorResponse = serde_json::from_str(
            r#"{"code": 503, "status": {"code": -40021, "message": "Try later"}}"#,
        )
        .expect("decodes");
        assert_eq!(busy.code, Some(HttpStatus::ServiceUnavailable));
        assert_eq!(busy.code.map(HttpStatus::class), Some(Class::Retry));
        assert_eq!(
            busy.error_in::<LinearRegressionError>(),
            ErrorCode::Resource(LinearRegressionError::CannotBeCreatedNow)
        );
        assert_eq!(
            busy.error_in::<LinearRegressionError>().class(),
            Class::Retry
        );
        assert_eq!(
            busy.error_entry(Resource::Model)
                .and_then(|e| e.description),
            Some("Your model cannot be created now")
        );
        assert_eq!(busy.error_entry(Resource::Source), None);

        let unlisted: ErrorResponse =
            serde_json::from_str(r#"{"code": 418, "status": {"code": -77777, "message": "?"}}"#)
                .expect("decodes");
        assert_eq!(unlisted.code, Some(HttpStatus::Unknown(418)));
        assert_eq!(
            unlisted.error_in::<ScriptError>(),
            ErrorCode::Resource(ScriptError::Unknown(-77777))
        );
    }

    #[test]
    fn bodies_serialize_back() {
        let status = Status {
            code: ResourceStatus::Faulty,
            message: Some("Faulty model".into()),
            elapsed: Some(12.0),
            progress: None,
            error: Some(-4005),
            cause: None,
            extra: None,
        };
        let json = serde_json::to_value(&status).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"code": -1, "message": "Faulty model", "elapsed": 12.0, "error": -4005})
        );
        assert_eq!(
            serde_json::from_value::<Status>(json).expect("decodes"),
            status
        );

        let body = ErrorResponse {
            code: Some(HttpStatus::NotFound),
            status: ErrorStatus {
                code: -1201,
                message: Some("Invalid Id".into()),
                extra: None,
                kind: None,
            },
        };
        let json = serde_json::to_value(&body).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"code": 404, "status": {"code": -1201, "message": "Invalid Id"}})
        );
        assert_eq!(
            serde_json::from_value::<ErrorResponse>(json).expect("decodes"),
            body
        );
    }

    #[test]
    fn malformed_bodies_are_errors() {
        for json in [
            r#"{"message": "no code"}"#,
            r#"{"code": "5", "message": "code as a string"}"#,
            r#"{"code": 5.5, "message": "fractional code"}"#,
            r#"{"code": 5, "message": 7}"#,
            r#"{"code": 5, "message": "m", "elapsed": "long"}"#,
            r#"{"code": 5, "message": "m", "progress": "half"}"#,
            r#"{"code": -1, "message": "m", "error": 3000000000}"#,
            "[]",
            "null",
        ] {
            assert!(serde_json::from_str::<Status>(json).is_err(), "{json}");
        }
        for json in [
            r#"{"code": 400}"#,
            r#"{"code": 70000, "status": {"code": -1200, "message": "m"}}"#,
            r#"{"code": -400, "status": {"code": -1200, "message": "m"}}"#,
            r#"{"code": 400, "status": {"message": "m"}}"#,
            r#"{"code": 400, "status": -1200}"#,
            r#"{"code": 400, "status": {"code": "-1200", "message": "m"}}"#,
        ] {
            assert!(
                serde_json::from_str::<ErrorResponse>(json).is_err(),
                "{json}"
            );
        }
        assert!(serde_json::from_str::<ErrorCode<ModelError>>("\"-4005\"").is_err());
        assert!(serde_json::from_str::<ErrorCode<ModelError>>("3000000000").is_err());
    }
}
