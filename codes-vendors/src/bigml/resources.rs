//! The error codes of each kind of BigML.io resource, one enum a resource,
//! and [`Resource`], which names them.

use codes_core::{Entry, Table};

use super::{ErrorCode, GeneralError, HttpStatus, ResourceError, ResourceStatus};

/// Declares each resource's error enum (rows as the page lists them), its
/// [`ResourceError`] impl, [`Resource`] and [`TABLES`], from one list.
macro_rules! resources {
    ($(
        $variant:ident $error:ident $id:literal $title:literal $what:literal { $($rows:tt)* }
    )*) => {
        $(
            codes_macros::status_codes! {
                #[doc = concat!("The error codes BigML.io sends about ", $what, " (\"", $title, "\").")]
                #[doc = ""]
                #[doc = "Decode them with [`ErrorCode`], which also knows the general codes."]
                #[doc = ""]
                #[doc = "Class: from each row's words. \"not ready\" pending; \"cannot be ... now\" retry;"]
                #[doc = "\"Bad request\" and any other \"cannot\" client error (the table's default);"]
                #[doc = "\"could not be ...\" and \"Faulty\" vendor error."]
                #[codes(vendor = "BigML")]
                pub enum $error: i32 => client_error {
                    column source: &'static str = "page",
                    $($rows)*
                }
            }

            impl ResourceError for $error {
                const RESOURCE: Resource = Resource::$variant;
            }
        )*

        /// A kind of BigML.io resource with its own error codes: a section of
        /// the "Status Codes" page, and the context in which an error code is
        /// decoded.
        ///
        /// ```
        /// use codes_vendors::bigml::Resource;
        /// use codes_vendors::Class;
        ///
        /// let model = Resource::from_id("model");
        /// assert_eq!(model, Some(Resource::Model));
        /// let entry = Resource::Model.decode(-40021);
        /// assert_eq!(entry.map(|e| e.variant), Some("CannotBeCreatedNow"));
        /// assert_eq!(entry.map(|e| e.class), Some(Class::Retry));
        /// assert_eq!(Resource::Model.decode(-1), None);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Resource {
            $(
                #[doc = concat!("BigML.io's ", $what, ": [`", stringify!($error), "`].")]
                $variant,
            )*
        }

        impl Resource {
            /// Every resource, in the page's order.
            pub const ALL: &'static [Resource] = &[$(Resource::$variant),*];

            /// The resource's short name (`"linearregression"`), its table's
            /// [`id`](Table::id) without the `bigml-` prefix.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id,)*
                }
            }

            /// The resource whose [`id`](Self::id) is `id`.
            #[must_use]
            pub fn from_id(id: &str) -> Option<Resource> {
                Self::ALL.iter().copied().find(|resource| resource.id() == id)
            }

            /// The heading of the resource's section on the page
            /// (`"Linear Regression Error Code Summary"`).
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self {
                    $(Self::$variant => $title,)*
                }
            }

            /// The resource's own error table (without the general codes).
            #[must_use]
            pub fn table(self) -> &'static Table {
                match self {
                    $(Self::$variant => {
                        const TABLE: Table = Table::of::<$error>(concat!("bigml-", $id), $title);
                        &TABLE
                    })*
                }
            }

            /// The row of `code` in this resource's context, as
            /// [`ErrorCode::from_code`] decodes it: a general error, else one of
            /// the resource's own; `None` when neither table lists it.
            #[must_use]
            pub fn decode(self, code: i32) -> Option<Entry> {
                match self {
                    $(Self::$variant => ErrorCode::<$error>::from_code(code).entry(),)*
                }
            }
        }

        /// BigML.io's tables: HTTP status, resource status, general errors,
        /// then each resource's errors in the page's order.
        pub const TABLES: &[Table] = &[
            Table::of::<HttpStatus>("bigml-http", "BigML.io HTTP status codes"),
            Table::of::<ResourceStatus>("bigml-status", "BigML.io resource status codes"),
            Table::of::<GeneralError>("bigml-general", "BigML.io general error codes"),
            $(Table::of::<$error>(concat!("bigml-", $id), $title),)*
        ];
    };
}

resources! {
    Source SourceError "source" "Source Error Code Summary" "sources" {
        -2000 as CannotBeRead: "This source cannot be read properly",
        -2001 as BadRequest: "Bad request to create a source",
        -2002 as CouldNotBeCreated: "The source could not be created" => vendor_error,
        -2003 as CannotBeRetrieved: "The source cannot be retrieved",
        -2004 as CannotBeDeletedNow: "The source cannot be deleted now" => retry,
        -2005 as Faulty: "Faulty source" => vendor_error,
    }
    Dataset DatasetError "dataset" "Dataset Error Code Summary" "datasets" {
        -3000 as CannotBeRead: "This dataset cannot be read properly",
        -3001 as BadRequest: "Bad request to create a dataset",
        -3002 as CouldNotBeCreated: "The dataset could not be created" => vendor_error,
        // "now": a transient failure, whatever "could not" says elsewhere.
        -30021 as CouldNotBeCreatedNow: "The dataset could not be created now" => retry,
        -3003 as CannotBeRetrieved: "The dataset cannot be retrieved",
        -3004 as CannotBeDeletedNow: "The dataset cannot be deleted now" => retry,
        -3005 as Faulty: "Faulty dataset" => vendor_error,
        -3008 as CouldNotBeCloned: "The dataset could not be cloned properly" => vendor_error,
    }
    Download DownloadError "download" "Download Dataset Unsuccessful Requests" "downloads" {
        -9000 as NotReady: "The dataset export is not ready yet" => pending,
        -9001 as BadRequest: "Bad request to perform a dataset export",
        -9002 as CannotBePerformed: "The dataset export cannot be performed",
        -90021 as CannotBePerformedNow: "The dataset export cannot be performed now" => retry,
        -9003 as CannotBeRetrievedNow: "The dataset export cannot be retrieved now" => retry,
        -9004 as CannotBeDeletedNow: "The dataset export cannot be deleted now" => retry,
        -9005 as CouldNotBePerformed: "The dataset export could not be performed" => vendor_error,
        -9006 as NotAvailableForClonedDatasets: "Dataset exports aren't available for cloned datasets",
    }
    Sample SampleError "sample" "Sample Error Code Summary" "samples" {
        -16000 as NotReady: "The sample is not ready yet" => pending,
        -16001 as BadRequest: "Bad request to create a sample",
        -16002 as CannotBeCreated: "Your sample cannot be created",
        -16021 as CannotBeCreatedNow: "Your sample cannot be created now" => retry,
        -16003 as CannotBeRetrievedNow: "The sample cannot be retrieved now" => retry,
        -16004 as CannotBeDeletedNow: "Cannot delete sample now" => retry,
        -16005 as CouldNotBeCreated: "The sample could not be created" => vendor_error,
    }
    Correlation CorrelationError "correlation" "Correlation Error Code Summary" "correlations" {
        -18000 as NotReady: "The correlation is not ready yet" => pending,
        -18001 as BadRequest: "Bad request to create a correlation",
        -18002 as CannotBeCreated: "Your correlation cannot be created",
        -18021 as CannotBeCreatedNow: "Your correlation cannot be created now" => retry,
        -18003 as CannotBeRetrievedNow: "The correlation cannot be retrieved now" => retry,
        -18004 as CannotBeDeletedNow: "Cannot delete correlation now" => retry,
        -18005 as CouldNotBeCreated: "The correlation could not be created" => vendor_error,
    }
    StatisticalTest StatisticalTestError "statisticaltest" "Statistical Test Error Code Summary" "statistical tests" {
        -17000 as NotReady: "The statistical test is not ready yet" => pending,
        -17001 as BadRequest: "Bad request to create a statistical test",
        -17002 as CannotBeCreated: "Your statistical test cannot be created",
        -17021 as CannotBeCreatedNow: "Your statistical test cannot be created now" => retry,
        -17003 as CannotBeRetrievedNow: "The statistical test cannot be retrieved now" => retry,
        -17004 as CannotBeDeletedNow: "Cannot delete statistical test now" => retry,
        -17005 as CouldNotBeCreated: "The statistical test could not be created" => vendor_error,
    }
    Model ModelError "model" "Model Error Code Summary" "models" {
        -4000 as DatasetNotReady: "The dataset is not ready. A one-click model has been requested but the corresponding dataset is not ready yet" => pending,
        -4001 as BadRequest: "Bad request to create a model",
        -4002 as CannotBeCreated: "Your model cannot be created",
        -40021 as CannotBeCreatedNow: "Your model cannot be created now" => retry,
        -4003 as CannotBeRetrievedNow: "The model cannot be retrieved now" => retry,
        -4004 as CannotBeDeletedNow: "Cannot delete model now" => retry,
        -4005 as Faulty: "Faulty model" => vendor_error,
        -4008 as CouldNotBeCloned: "The model could not be cloned properly" => vendor_error,
    }
    Ensemble EnsembleError "ensemble" "Ensemble Error Code Summary" "ensembles" {
        -8000 as NotReady: "The ensemble is not ready yet" => pending,
        -8001 as BadRequest: "Bad request to create an ensemble",
        -8002 as CannotBeCreated: "The ensemble cannot be created",
        -80021 as CannotBeCreatedNow: "The ensemble cannot be created now" => retry,
        -8003 as CannotBeRetrievedNow: "The ensemble cannot be retrieved now" => retry,
        -8004 as CannotBeDeletedNow: "Cannot delete ensemble now" => retry,
        -8005 as CouldNotBeCreated: "The ensemble could not be created" => vendor_error,
        -8008 as CouldNotBeCloned: "The ensemble could not be cloned properly" => vendor_error,
    }
    LinearRegression LinearRegressionError "linearregression" "Linear Regression Error Code Summary" "linear regressions" {
        -40000 as NotReady: "The linear regression is not ready yet" => pending,
        -40001 as BadRequest: "Bad request to create a linear regression",
        -40002 as CannotBeCreated: "The linear regression cannot be created",
        -40021 as CannotBeCreatedNow: "The linear regression cannot be created now" => retry,
        -40003 as CannotBeRetrievedNow: "The linear regression cannot be retrieved now" => retry,
        -40004 as CannotBeDeletedNow: "Cannot delete linear regression now" => retry,
        -40005 as CouldNotBeCreated: "The linear regression could not be created" => vendor_error,
    }
    LogisticRegression LogisticRegressionError "logisticregression" "Logistic Regression Error Code Summary" "logistic regressions" {
        -22000 as NotReady: "The logistic regression is not ready yet" => pending,
        -22001 as BadRequest: "Bad request to create a logistic regression",
        -22002 as CannotBeCreated: "The logistic regression cannot be created",
        -22021 as CannotBeCreatedNow: "The logistic regression cannot be created now" => retry,
        -22003 as CannotBeRetrievedNow: "The logistic regression cannot be retrieved now" => retry,
        -22004 as CannotBeDeletedNow: "Cannot delete logistic regression now" => retry,
        -22005 as CouldNotBeCreated: "The logistic regression could not be created" => vendor_error,
    }
    Cluster ClusterError "cluster" "Cluster Error Code Summary" "clusters" {
        -10000 as NotReady: "The cluster is not ready yet" => pending,
        -10001 as BadRequest: "Bad request to create a cluster",
        -10002 as CannotBeCreated: "The cluster cannot be created",
        -10021 as CannotBeCreatedNow: "The cluster cannot be created now" => retry,
        -10003 as CannotBeRetrievedNow: "The cluster cannot be retrieved now" => retry,
        -10004 as CannotBeDeletedNow: "Cannot delete cluster now" => retry,
        -10005 as CouldNotBeCreated: "The cluster could not be created" => vendor_error,
        -10008 as CouldNotBeCloned: "The cluster could not be cloned properly" => vendor_error,
    }
    Anomaly AnomalyError "anomaly" "Anomaly Error Code Summary" "anomaly detectors" {
        -13000 as NotReady: "The anomaly detector is not ready yet" => pending,
        -13001 as BadRequest: "Bad request to create an anomaly detector",
        -13002 as CannotBeCreated: "The anomaly detector cannot be created",
        -13021 as CannotBeCreatedNow: "The anomaly detector cannot be created now" => retry,
        -13003 as CannotBeRetrievedNow: "The anomaly detector cannot be retrieved now" => retry,
        -13004 as CannotBeDeletedNow: "The anomaly detector cannot be deleted now" => retry,
        -13005 as CouldNotBeCreated: "The anomaly detector could not be created" => vendor_error,
        -13008 as CouldNotBeCloned: "The anomaly detector could not be cloned properly" => vendor_error,
    }
    Association AssociationError "association" "Association Error Code Summary" "associations" {
        -23000 as NotReady: "The association is not ready yet" => pending,
        -23001 as BadRequest: "Bad request to create an association",
        -23002 as CannotBeCreated: "The association cannot be created",
        -23021 as CannotBeCreatedNow: "The association cannot be created now" => retry,
        -23003 as CannotBeRetrievedNow: "The association cannot be retrieved now" => retry,
        -23004 as CannotBeDeletedNow: "Cannot delete association now" => retry,
        -23005 as CouldNotBeCreated: "The association could not be created" => vendor_error,
    }
    TopicModel TopicModelError "topicmodel" "Topic Model Error Code Summary" "topic models" {
        -26000 as NotReady: "The topic model is not ready yet" => pending,
        -26001 as BadRequest: "Bad request to create a topic model",
        -26002 as CannotBeCreated: "The topic model cannot be created",
        -26021 as CannotBeCreatedNow: "The topic model cannot be created now" => retry,
        -26003 as CannotBeRetrievedNow: "The topic model cannot be retrieved now" => retry,
        -26004 as CannotBeDeletedNow: "Cannot delete topic model now" => retry,
        -26005 as CouldNotBeCreated: "The topic model could not be created" => vendor_error,
    }
    Pca PcaError "pca" "PCA Error Code Summary" "PCAs" {
        -37000 as NotReady: "The PCA is not ready yet" => pending,
        -37001 as BadRequest: "Bad request to create a PCA",
        -37002 as CannotBeCreated: "The PCA cannot be created",
        -37021 as CannotBeCreatedNow: "The PCA cannot be created now" => retry,
        -37003 as CannotBeRetrievedNow: "The PCA cannot be retrieved now" => retry,
        -37004 as CannotBeDeletedNow: "Cannot delete PCA now" => retry,
        -37005 as CouldNotBeCreated: "The PCA could not be created" => vendor_error,
    }
    TimeSeries TimeSeriesError "timeseries" "Time Series Error Code Summary" "time series" {
        -30000 as NotReady: "The time series is not ready yet" => pending,
        -30001 as BadRequest: "Bad request to create a time series",
        -30002 as CannotBeCreated: "The time series cannot be created",
        -30021 as CannotBeCreatedNow: "The time series cannot be created now" => retry,
        -30003 as CannotBeRetrievedNow: "The time series cannot be retrieved now" => retry,
        -30004 as CannotBeDeletedNow: "Cannot delete time series now" => retry,
        -30005 as CouldNotBeCreated: "The time series could not be created" => vendor_error,
    }
    Deepnet DeepnetError "deepnet" "Deepnet Error Code Summary" "deepnets" {
        -33000 as NotReady: "The deepnet is not ready yet" => pending,
        -33001 as BadRequest: "Bad request to create a deepnet",
        -33002 as CannotBeCreated: "The deepnet cannot be created",
        -33021 as CannotBeCreatedNow: "The deepnet cannot be created now" => retry,
        -33003 as CannotBeRetrievedNow: "The deepnet cannot be retrieved now" => retry,
        -33004 as CannotBeDeletedNow: "Cannot delete deepnet now" => retry,
        -33005 as CouldNotBeCreated: "The deepnet could not be created" => vendor_error,
    }
    Composite CompositeError "composite" "Composite Error Code Summary" "composites" {
        -34000 as NotReady: "The composite is not ready yet" => pending,
        -34001 as BadRequest: "Bad request to create a composite",
        -34002 as CannotBeCreated: "The composite cannot be created",
        -34021 as CannotBeCreatedNow: "The composite cannot be created now" => retry,
        -34003 as CannotBeRetrievedNow: "The composite cannot be retrieved now" => retry,
        -34004 as CannotBeDeletedNow: "Cannot delete composite now" => retry,
        -34005 as CouldNotBeCreated: "The composite could not be created" => vendor_error,
    }
    Fusion FusionError "fusion" "Fusion Error Code Summary" "fusions" {
        -35000 as NotReady: "The fusion is not ready yet" => pending,
        -35001 as BadRequest: "Bad request to create a fusion",
        -35002 as CannotBeCreated: "The fusion cannot be created",
        -35021 as CannotBeCreatedNow: "The fusion cannot be created now" => retry,
        -35003 as CannotBeRetrievedNow: "The fusion cannot be retrieved now" => retry,
        -35004 as CannotBeDeletedNow: "Cannot delete fusion now" => retry,
        -35005 as CouldNotBeCreated: "The fusion could not be created" => vendor_error,
    }
    Optiml OptimlError "optiml" "OptiML Error Code Summary" "optimls" {
        -36000 as NotReady: "The optiml is not ready yet" => pending,
        -36001 as BadRequest: "Bad request to create an optiml",
        -36002 as CannotBeCreated: "The optiml cannot be created",
        -36021 as CannotBeCreatedNow: "The optiml cannot be created now" => retry,
        -36003 as CannotBeRetrievedNow: "The optiml cannot be retrieved now" => retry,
        -36004 as CannotBeDeletedNow: "Cannot delete optiml now" => retry,
        -36005 as CouldNotBeCreated: "The optiml could not be created" => vendor_error,
    }
    Prediction PredictionError "prediction" "Prediction Error Code Summary" "predictions" {
        -5000 as ModelNotReady: "The model is not ready yet" => pending,
        -5001 as BadRequest: "Bad request to create a prediction",
        -5002 as CannotBeCreated: "The prediction cannot be created",
        -5003 as CannotBeRetrieved: "The prediction cannot be retrieved",
        -5004 as CannotBeDeletedNow: "The prediction cannot be deleted now" => retry,
        -5005 as CouldNotBeCreated: "The prediction could not be created" => vendor_error,
    }
    Centroid CentroidError "centroid" "Centroid Error Code Summary" "centroids" {
        -11001 as BadRequest: "Bad request to create a centroid",
        -11002 as CannotBeCreated: "The centroid cannot be created",
        -11003 as CannotBeRetrieved: "The centroid cannot be retrieved",
        -11004 as CannotBeDeletedNow: "The centroid cannot be deleted now" => retry,
        -11005 as CouldNotBeCreated: "The centroid could not be created" => vendor_error,
    }
    AnomalyScore AnomalyScoreError "anomalyscore" "Anomaly Score Error Code Summary" "anomaly scores" {
        -14001 as BadRequest: "Bad request to create an anomaly score",
        -14002 as CannotBeCreated: "The anomaly score cannot be created",
        -14003 as CannotBeRetrieved: "The anomaly score cannot be retrieved",
        -14004 as CannotBeDeletedNow: "The anomaly score cannot be deleted now" => retry,
        -14005 as CouldNotBeCreated: "The anomaly score could not be created" => vendor_error,
    }
    AssociationSet AssociationSetError "associationset" "Association Set Error Code Summary" "association sets" {
        -24001 as BadRequest: "Bad request to create an association set",
        -24002 as CannotBeCreated: "The association set cannot be created",
        -24003 as CannotBeRetrieved: "The association set cannot be retrieved",
        -24004 as CannotBeDeletedNow: "The association set cannot be deleted now" => retry,
        -24005 as CouldNotBeCreated: "The association set could not be created" => vendor_error,
    }
    TopicDistribution TopicDistributionError "topicdistribution" "Topic Distribution Error Code Summary" "topic distributions" {
        -27001 as BadRequest: "Bad request to create a topic distribution",
        -27002 as CannotBeCreated: "The topic distribution cannot be created",
        -27003 as CannotBeRetrieved: "The topic distribution cannot be retrieved",
        -27004 as CannotBeDeletedNow: "The topic distribution cannot be deleted now" => retry,
        -27005 as CouldNotBeCreated: "The topic distribution could not be created" => vendor_error,
    }
    Projection ProjectionError "projection" "Projection Error Code Summary" "projections" {
        -38001 as BadRequest: "Bad request to create a projection",
        -38002 as CannotBeCreated: "The projection cannot be created",
        -38003 as CannotBeRetrieved: "The projection cannot be retrieved",
        -38004 as CannotBeDeletedNow: "The projection cannot be deleted now" => retry,
        -38005 as CouldNotBeCreated: "The projection could not be created" => vendor_error,
    }
    Forecast ForecastError "forecast" "Forecast Error Code Summary" "forecasts" {
        -31001 as BadRequest: "Bad request to create a forecast",
        -31002 as CannotBeCreated: "The forecast cannot be created",
        -31003 as CannotBeRetrieved: "The forecast cannot be retrieved",
        -31004 as CannotBeDeletedNow: "The forecast cannot be deleted now" => retry,
        -31005 as CouldNotBeCreated: "The forecast could not be created" => vendor_error,
    }
    BatchPrediction BatchPredictionError "batchprediction" "Batch Prediction Error Code Summary" "batch predictions" {
        -6001 as BadRequest: "Bad request to create a batch prediction",
        -6002 as CannotBeCreated: "The batch prediction cannot be created",
        -6003 as CannotBeRetrieved: "The batch prediction cannot be retrieved",
        -6004 as CannotBeDeletedNow: "The batch prediction cannot be deleted now" => retry,
        -6005 as CouldNotBeCreated: "The batch prediction could not be created" => vendor_error,
    }
    BatchCentroid BatchCentroidError "batchcentroid" "Batch Centroid Error Code Summary" "batch centroids" {
        -12001 as BadRequest: "Bad request to create a batch centroid",
        -12002 as CannotBeCreated: "The batch centroid cannot be created",
        -12003 as CannotBeRetrieved: "The batch centroid cannot be retrieved",
        -12004 as CannotBeDeletedNow: "The batch centroid cannot be deleted now" => retry,
        -12005 as CouldNotBeCreated: "The batch centroid could not be created" => vendor_error,
    }
    BatchAnomalyScore BatchAnomalyScoreError "batchanomalyscore" "Batch Anomaly Score Error Code Summary" "batch anomaly scores" {
        -15001 as BadRequest: "Bad request to create a batch anomaly score",
        -15002 as CannotBeCreated: "The batch anomaly score cannot be created",
        -15003 as CannotBeRetrieved: "The batch anomaly score cannot be retrieved",
        -15004 as CannotBeDeletedNow: "The batch anomaly score cannot be deleted now" => retry,
        -15005 as CouldNotBeCreated: "The batch anomaly score could not be created" => vendor_error,
    }
    BatchTopicDistribution BatchTopicDistributionError "batchtopicdistribution" "Batch Topic Distribution Error Code Summary" "batch topic distributions" {
        -28001 as BadRequest: "Bad request to create a batch topic distribution",
        -28002 as CannotBeCreated: "The batch topic distribution cannot be created",
        -28003 as CannotBeRetrieved: "The batch topic distribution cannot be retrieved",
        -28004 as CannotBeDeletedNow: "The batch topic distribution cannot be deleted now" => retry,
        -28005 as CouldNotBeCreated: "The batch topic distribution could not be created" => vendor_error,
    }
    BatchProjection BatchProjectionError "batchprojection" "Batch Projection Error Code Summary" "batch projections" {
        -39001 as BadRequest: "Bad request to create a batch projection",
        -39002 as CannotBeCreated: "The batch projection cannot be created",
        -39003 as CannotBeRetrieved: "The batch projection cannot be retrieved",
        -39004 as CannotBeDeletedNow: "The batch projection cannot be deleted now" => retry,
        -39005 as CouldNotBeCreated: "The batch projection could not be created" => vendor_error,
    }
    Evaluation EvaluationError "evaluation" "Evaluation Error Code Summary" "evaluations" {
        -7001 as BadRequest: "Bad request to perform an evaluation",
        -7002 as CannotBePerformed: "The evaluation cannot be performed",
        -70021 as CannotBePerformedNow: "The evaluation cannot be performed now" => retry,
        -7003 as CannotBeRetrievedNow: "The evaluation cannot be retrieved now" => retry,
        -7004 as CannotBeDeletedNow: "The evaluation cannot be deleted now" => retry,
        -7005 as CouldNotBeCreated: "The evaluation could not be created" => vendor_error,
    }
    Library LibraryError "library" "Whizzml Library Error Code Summary" "libraries" {
        -19000 as NotReady: "The library is not ready yet" => pending,
        -19001 as BadRequest: "Bad request to create a library",
        -19002 as CannotBeCreated: "The library cannot be created",
        -19021 as CannotBeCreatedNow: "The library cannot be created now" => retry,
        -19003 as CannotBeRetrievedNow: "The library cannot be retrieved now" => retry,
        -19004 as CannotBeDeletedNow: "The library cannot be deleted now" => retry,
        -19005 as CouldNotBeCreated: "The library could not be created" => vendor_error,
    }
    Script ScriptError "script" "Whizzml Script Error Code Summary" "scripts" {
        -20000 as NotReady: "The script is not ready yet" => pending,
        -20001 as BadRequest: "Bad request to create a script",
        -20002 as CannotBeCreated: "The script cannot be created",
        -20021 as CannotBeCreatedNow: "The script cannot be created now" => retry,
        -20003 as CannotBeRetrievedNow: "The script cannot be retrieved now" => retry,
        -20004 as CannotBeDeletedNow: "The script cannot be deleted now" => retry,
        -20005 as CouldNotBeCreated: "The script could not be created" => vendor_error,
        -20008 as CouldNotBeCloned: "The script could not be cloned properly" => vendor_error,
    }
    Execution ExecutionError "execution" "Whizzml Execution Error Code Summary" "executions" {
        -21000 as NotReady: "The execution is not ready yet" => pending,
        -21001 as BadRequest: "Bad request to create an execution",
        -21002 as CannotBeCreated: "The execution cannot be created",
        -21021 as CannotBeCreatedNow: "The execution cannot be created now" => retry,
        -21003 as CannotBeRetrievedNow: "The execution cannot be retrieved now" => retry,
        -21004 as CannotBeDeletedNow: "The execution cannot be deleted now" => retry,
        -21005 as CouldNotBeCreated: "The execution could not be created" => vendor_error,
    }
}
