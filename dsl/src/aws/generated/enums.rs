//! Closed value sets (enum overlays) of the generated bindings. Do not edit; regenerate
//! with `cargo xtask codegen`.
#[allow(unused_imports)]
use crate::aws::prelude::*;
/// How a simple or step scaling policy's adjustment is read: a change in instances, the exact capacity to set, or a change in percent of the current capacity.
///
/// Values: `ChangeInCapacity`, `ExactCapacity`, `PercentChangeInCapacity`. Source: <https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutScalingPolicy.html>.
///
/// Setters typed `impl Into<Expr<AdjustmentType>>` take a variant, or a reference made with
/// [`AdjustmentType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdjustmentType {
    /// `ChangeInCapacity`.
    ChangeInCapacity,
    /// `ExactCapacity`.
    ExactCapacity,
    /// `PercentChangeInCapacity`.
    PercentChangeInCapacity,
}
impl AdjustmentType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [AdjustmentType; 3] = [
        AdjustmentType::ChangeInCapacity,
        AdjustmentType::ExactCapacity,
        AdjustmentType::PercentChangeInCapacity,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            AdjustmentType::ChangeInCapacity => "ChangeInCapacity",
            AdjustmentType::ExactCapacity => "ExactCapacity",
            AdjustmentType::PercentChangeInCapacity => "PercentChangeInCapacity",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `AdjustmentType` is expected. The caller vouches that it evaluates to one of
    /// [`AdjustmentType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<AdjustmentType> {
        expr.into().cast()
    }
}
impl TfEnum for AdjustmentType {
    const VALUES: &'static [&'static str] = &[
        "ChangeInCapacity",
        "ExactCapacity",
        "PercentChangeInCapacity",
    ];
    fn as_str(self) -> &'static str {
        AdjustmentType::as_str(self)
    }
}
impl std::fmt::Display for AdjustmentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<AdjustmentType> for Expr<AdjustmentType> {
    fn from(value: AdjustmentType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<AdjustmentType> for Expr<String> {
    fn from(value: AdjustmentType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The statistic a CloudWatch metric alarm evaluates (percentiles go in `extended_statistic`).
///
/// Values: `SampleCount`, `Average`, `Sum`, `Minimum`, `Maximum`. Source: <https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html>.
///
/// Setters typed `impl Into<Expr<AlarmStatistic>>` take a variant, or a reference made with
/// [`AlarmStatistic::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AlarmStatistic {
    /// `SampleCount`.
    SampleCount,
    /// `Average`.
    Average,
    /// `Sum`.
    Sum,
    /// `Minimum`.
    Minimum,
    /// `Maximum`.
    Maximum,
}
impl AlarmStatistic {
    /// Every value, in the order AWS documents them.
    pub const ALL: [AlarmStatistic; 5] = [
        AlarmStatistic::SampleCount,
        AlarmStatistic::Average,
        AlarmStatistic::Sum,
        AlarmStatistic::Minimum,
        AlarmStatistic::Maximum,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            AlarmStatistic::SampleCount => "SampleCount",
            AlarmStatistic::Average => "Average",
            AlarmStatistic::Sum => "Sum",
            AlarmStatistic::Minimum => "Minimum",
            AlarmStatistic::Maximum => "Maximum",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `AlarmStatistic` is expected. The caller vouches that it evaluates to one of
    /// [`AlarmStatistic::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<AlarmStatistic> {
        expr.into().cast()
    }
}
impl TfEnum for AlarmStatistic {
    const VALUES: &'static [&'static str] = &[
        "SampleCount",
        "Average",
        "Sum",
        "Minimum",
        "Maximum",
    ];
    fn as_str(self) -> &'static str {
        AlarmStatistic::as_str(self)
    }
}
impl std::fmt::Display for AlarmStatistic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<AlarmStatistic> for Expr<AlarmStatistic> {
    fn from(value: AlarmStatistic) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<AlarmStatistic> for Expr<String> {
    fn from(value: AlarmStatistic) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How callers of an API Gateway REST method are authorized: `NONE` (open), `AWS_IAM` (SigV4-signed by an IAM principal), a Lambda authorizer or a Cognito user pool.
///
/// Values: `NONE`, `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`. Source: <https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html>.
///
/// Setters typed `impl Into<Expr<ApiAuthorization>>` take a variant, or a reference made with
/// [`ApiAuthorization::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiAuthorization {
    /// `NONE`.
    Open,
    /// `AWS_IAM`.
    AwsIam,
    /// `CUSTOM`.
    Custom,
    /// `COGNITO_USER_POOLS`.
    CognitoUserPools,
}
impl ApiAuthorization {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ApiAuthorization; 4] = [
        ApiAuthorization::Open,
        ApiAuthorization::AwsIam,
        ApiAuthorization::Custom,
        ApiAuthorization::CognitoUserPools,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiAuthorization::Open => "NONE",
            ApiAuthorization::AwsIam => "AWS_IAM",
            ApiAuthorization::Custom => "CUSTOM",
            ApiAuthorization::CognitoUserPools => "COGNITO_USER_POOLS",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ApiAuthorization` is expected. The caller vouches that it evaluates to one of
    /// [`ApiAuthorization::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ApiAuthorization> {
        expr.into().cast()
    }
}
impl TfEnum for ApiAuthorization {
    const VALUES: &'static [&'static str] = &[
        "NONE",
        "AWS_IAM",
        "CUSTOM",
        "COGNITO_USER_POOLS",
    ];
    fn as_str(self) -> &'static str {
        ApiAuthorization::as_str(self)
    }
}
impl std::fmt::Display for ApiAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ApiAuthorization> for Expr<ApiAuthorization> {
    fn from(value: ApiAuthorization) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ApiAuthorization> for Expr<String> {
    fn from(value: ApiAuthorization) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The HTTP method of an API Gateway REST method (`ANY` matches every method).
///
/// Values: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`, `OPTIONS`, `ANY`. Source: <https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html>.
///
/// Setters typed `impl Into<Expr<ApiHttpMethod>>` take a variant, or a reference made with
/// [`ApiHttpMethod::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiHttpMethod {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
    /// `HEAD`.
    Head,
    /// `OPTIONS`.
    Options,
    /// `ANY`.
    Any,
}
impl ApiHttpMethod {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ApiHttpMethod; 8] = [
        ApiHttpMethod::Get,
        ApiHttpMethod::Post,
        ApiHttpMethod::Put,
        ApiHttpMethod::Patch,
        ApiHttpMethod::Delete,
        ApiHttpMethod::Head,
        ApiHttpMethod::Options,
        ApiHttpMethod::Any,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiHttpMethod::Get => "GET",
            ApiHttpMethod::Post => "POST",
            ApiHttpMethod::Put => "PUT",
            ApiHttpMethod::Patch => "PATCH",
            ApiHttpMethod::Delete => "DELETE",
            ApiHttpMethod::Head => "HEAD",
            ApiHttpMethod::Options => "OPTIONS",
            ApiHttpMethod::Any => "ANY",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ApiHttpMethod` is expected. The caller vouches that it evaluates to one of
    /// [`ApiHttpMethod::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ApiHttpMethod> {
        expr.into().cast()
    }
}
impl TfEnum for ApiHttpMethod {
    const VALUES: &'static [&'static str] = &[
        "GET",
        "POST",
        "PUT",
        "PATCH",
        "DELETE",
        "HEAD",
        "OPTIONS",
        "ANY",
    ];
    fn as_str(self) -> &'static str {
        ApiHttpMethod::as_str(self)
    }
}
impl std::fmt::Display for ApiHttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ApiHttpMethod> for Expr<ApiHttpMethod> {
    fn from(value: ApiHttpMethod) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ApiHttpMethod> for Expr<String> {
    fn from(value: ApiHttpMethod) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How API Gateway calls the backend of a method (`AWS_PROXY`: Lambda proxy integration).
///
/// Values: `AWS`, `AWS_PROXY`, `HTTP`, `HTTP_PROXY`, `MOCK`. Source: <https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html>.
///
/// Setters typed `impl Into<Expr<ApiIntegrationType>>` take a variant, or a reference made with
/// [`ApiIntegrationType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiIntegrationType {
    /// `AWS`.
    Aws,
    /// `AWS_PROXY`.
    AwsProxy,
    /// `HTTP`.
    Http,
    /// `HTTP_PROXY`.
    HttpProxy,
    /// `MOCK`.
    Mock,
}
impl ApiIntegrationType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ApiIntegrationType; 5] = [
        ApiIntegrationType::Aws,
        ApiIntegrationType::AwsProxy,
        ApiIntegrationType::Http,
        ApiIntegrationType::HttpProxy,
        ApiIntegrationType::Mock,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiIntegrationType::Aws => "AWS",
            ApiIntegrationType::AwsProxy => "AWS_PROXY",
            ApiIntegrationType::Http => "HTTP",
            ApiIntegrationType::HttpProxy => "HTTP_PROXY",
            ApiIntegrationType::Mock => "MOCK",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ApiIntegrationType` is expected. The caller vouches that it evaluates to one of
    /// [`ApiIntegrationType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ApiIntegrationType> {
        expr.into().cast()
    }
}
impl TfEnum for ApiIntegrationType {
    const VALUES: &'static [&'static str] = &[
        "AWS",
        "AWS_PROXY",
        "HTTP",
        "HTTP_PROXY",
        "MOCK",
    ];
    fn as_str(self) -> &'static str {
        ApiIntegrationType::as_str(self)
    }
}
impl std::fmt::Display for ApiIntegrationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ApiIntegrationType> for Expr<ApiIntegrationType> {
    fn from(value: ApiIntegrationType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ApiIntegrationType> for Expr<String> {
    fn from(value: ApiIntegrationType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// What API Gateway writes to a stage's execution log.
///
/// Values: `OFF`, `ERROR`, `INFO`. Source: <https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html>.
///
/// Setters typed `impl Into<Expr<ApiLoggingLevel>>` take a variant, or a reference made with
/// [`ApiLoggingLevel::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApiLoggingLevel {
    /// `OFF`.
    Off,
    /// `ERROR`.
    Error,
    /// `INFO`.
    Info,
}
impl ApiLoggingLevel {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ApiLoggingLevel; 3] = [
        ApiLoggingLevel::Off,
        ApiLoggingLevel::Error,
        ApiLoggingLevel::Info,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApiLoggingLevel::Off => "OFF",
            ApiLoggingLevel::Error => "ERROR",
            ApiLoggingLevel::Info => "INFO",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ApiLoggingLevel` is expected. The caller vouches that it evaluates to one of
    /// [`ApiLoggingLevel::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ApiLoggingLevel> {
        expr.into().cast()
    }
}
impl TfEnum for ApiLoggingLevel {
    const VALUES: &'static [&'static str] = &["OFF", "ERROR", "INFO"];
    fn as_str(self) -> &'static str {
        ApiLoggingLevel::as_str(self)
    }
}
impl std::fmt::Display for ApiLoggingLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ApiLoggingLevel> for Expr<ApiLoggingLevel> {
    fn from(value: ApiLoggingLevel) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ApiLoggingLevel> for Expr<String> {
    fn from(value: ApiLoggingLevel) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The state of an Availability Zone, Local Zone or Wavelength Zone (filter of `data.aws_availability_zones`).
///
/// Values: `available`, `information`, `impaired`, `unavailable`, `constrained`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AvailabilityZone.html>.
///
/// Setters typed `impl Into<Expr<AvailabilityZoneState>>` take a variant, or a reference made with
/// [`AvailabilityZoneState::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AvailabilityZoneState {
    /// `available`.
    Available,
    /// `information`.
    Information,
    /// `impaired`.
    Impaired,
    /// `unavailable`.
    Unavailable,
    /// `constrained`.
    Constrained,
}
impl AvailabilityZoneState {
    /// Every value, in the order AWS documents them.
    pub const ALL: [AvailabilityZoneState; 5] = [
        AvailabilityZoneState::Available,
        AvailabilityZoneState::Information,
        AvailabilityZoneState::Impaired,
        AvailabilityZoneState::Unavailable,
        AvailabilityZoneState::Constrained,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            AvailabilityZoneState::Available => "available",
            AvailabilityZoneState::Information => "information",
            AvailabilityZoneState::Impaired => "impaired",
            AvailabilityZoneState::Unavailable => "unavailable",
            AvailabilityZoneState::Constrained => "constrained",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `AvailabilityZoneState` is expected. The caller vouches that it evaluates to one of
    /// [`AvailabilityZoneState::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<AvailabilityZoneState> {
        expr.into().cast()
    }
}
impl TfEnum for AvailabilityZoneState {
    const VALUES: &'static [&'static str] = &[
        "available",
        "information",
        "impaired",
        "unavailable",
        "constrained",
    ];
    fn as_str(self) -> &'static str {
        AvailabilityZoneState::as_str(self)
    }
}
impl std::fmt::Display for AvailabilityZoneState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<AvailabilityZoneState> for Expr<AvailabilityZoneState> {
    fn from(value: AvailabilityZoneState) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<AvailabilityZoneState> for Expr<String> {
    fn from(value: AvailabilityZoneState) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How a DynamoDB table is billed: provisioned capacity or on demand.
///
/// Values: `PROVISIONED`, `PAY_PER_REQUEST`. Source: <https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BillingModeSummary.html>.
///
/// Setters typed `impl Into<Expr<BillingMode>>` take a variant, or a reference made with
/// [`BillingMode::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BillingMode {
    /// `PROVISIONED`.
    Provisioned,
    /// `PAY_PER_REQUEST`.
    PayPerRequest,
}
impl BillingMode {
    /// Every value, in the order AWS documents them.
    pub const ALL: [BillingMode; 2] = [
        BillingMode::Provisioned,
        BillingMode::PayPerRequest,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            BillingMode::Provisioned => "PROVISIONED",
            BillingMode::PayPerRequest => "PAY_PER_REQUEST",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `BillingMode` is expected. The caller vouches that it evaluates to one of
    /// [`BillingMode::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<BillingMode> {
        expr.into().cast()
    }
}
impl TfEnum for BillingMode {
    const VALUES: &'static [&'static str] = &["PROVISIONED", "PAY_PER_REQUEST"];
    fn as_str(self) -> &'static str {
        BillingMode::as_str(self)
    }
}
impl std::fmt::Display for BillingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<BillingMode> for Expr<BillingMode> {
    fn from(value: BillingMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<BillingMode> for Expr<String> {
    fn from(value: BillingMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How a CloudWatch metric alarm compares the statistic with its threshold (the last three only for anomaly-detection alarms).
///
/// Values: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `LessThanThreshold`, `LessThanOrEqualToThreshold`, `LessThanLowerOrGreaterThanUpperThreshold`, `LessThanLowerThreshold`, `GreaterThanUpperThreshold`. Source: <https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html>.
///
/// Setters typed `impl Into<Expr<ComparisonOperator>>` take a variant, or a reference made with
/// [`ComparisonOperator::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`.
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`.
    GreaterThanThreshold,
    /// `LessThanThreshold`.
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`.
    LessThanOrEqualToThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold`.
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold`.
    LessThanLowerThreshold,
    /// `GreaterThanUpperThreshold`.
    GreaterThanUpperThreshold,
}
impl ComparisonOperator {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ComparisonOperator; 7] = [
        ComparisonOperator::GreaterThanOrEqualToThreshold,
        ComparisonOperator::GreaterThanThreshold,
        ComparisonOperator::LessThanThreshold,
        ComparisonOperator::LessThanOrEqualToThreshold,
        ComparisonOperator::LessThanLowerOrGreaterThanUpperThreshold,
        ComparisonOperator::LessThanLowerThreshold,
        ComparisonOperator::GreaterThanUpperThreshold,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ComparisonOperator::GreaterThanOrEqualToThreshold => {
                "GreaterThanOrEqualToThreshold"
            }
            ComparisonOperator::GreaterThanThreshold => "GreaterThanThreshold",
            ComparisonOperator::LessThanThreshold => "LessThanThreshold",
            ComparisonOperator::LessThanOrEqualToThreshold => {
                "LessThanOrEqualToThreshold"
            }
            ComparisonOperator::LessThanLowerOrGreaterThanUpperThreshold => {
                "LessThanLowerOrGreaterThanUpperThreshold"
            }
            ComparisonOperator::LessThanLowerThreshold => "LessThanLowerThreshold",
            ComparisonOperator::GreaterThanUpperThreshold => "GreaterThanUpperThreshold",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ComparisonOperator` is expected. The caller vouches that it evaluates to one of
    /// [`ComparisonOperator::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ComparisonOperator> {
        expr.into().cast()
    }
}
impl TfEnum for ComparisonOperator {
    const VALUES: &'static [&'static str] = &[
        "GreaterThanOrEqualToThreshold",
        "GreaterThanThreshold",
        "LessThanThreshold",
        "LessThanOrEqualToThreshold",
        "LessThanLowerOrGreaterThanUpperThreshold",
        "LessThanLowerThreshold",
        "GreaterThanUpperThreshold",
    ];
    fn as_str(self) -> &'static str {
        ComparisonOperator::as_str(self)
    }
}
impl std::fmt::Display for ComparisonOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ComparisonOperator> for Expr<ComparisonOperator> {
    fn from(value: ComparisonOperator) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ComparisonOperator> for Expr<String> {
    fn from(value: ComparisonOperator) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// An IAM policy condition operator: the base operators, each (except `Null`) with the `IfExists` suffix, and the `ForAllValues:` / `ForAnyValue:` set operators for multivalued keys.
///
/// Values: `StringEquals`, `StringNotEquals`, `StringEqualsIgnoreCase`, `StringNotEqualsIgnoreCase`, `StringLike`, `StringNotLike`, `NumericEquals`, `NumericNotEquals`, `NumericLessThan`, `NumericLessThanEquals`, `NumericGreaterThan`, `NumericGreaterThanEquals`, `DateEquals`, `DateNotEquals`, `DateLessThan`, `DateLessThanEquals`, `DateGreaterThan`, `DateGreaterThanEquals`, `Bool`, `BinaryEquals`, `IpAddress`, `NotIpAddress`, `ArnEquals`, `ArnLike`, `ArnNotEquals`, `ArnNotLike`, `Null`, `StringEqualsIfExists`, `StringNotEqualsIfExists`, `StringEqualsIgnoreCaseIfExists`, `StringNotEqualsIgnoreCaseIfExists`, `StringLikeIfExists`, `StringNotLikeIfExists`, `NumericEqualsIfExists`, `NumericNotEqualsIfExists`, `NumericLessThanIfExists`, `NumericLessThanEqualsIfExists`, `NumericGreaterThanIfExists`, `NumericGreaterThanEqualsIfExists`, `DateEqualsIfExists`, `DateNotEqualsIfExists`, `DateLessThanIfExists`, `DateLessThanEqualsIfExists`, `DateGreaterThanIfExists`, `DateGreaterThanEqualsIfExists`, `BoolIfExists`, `BinaryEqualsIfExists`, `IpAddressIfExists`, `NotIpAddressIfExists`, `ArnEqualsIfExists`, `ArnLikeIfExists`, `ArnNotEqualsIfExists`, `ArnNotLikeIfExists`, `ForAllValues:StringEquals`, `ForAllValues:StringNotEquals`, `ForAllValues:StringEqualsIgnoreCase`, `ForAllValues:StringNotEqualsIgnoreCase`, `ForAllValues:StringLike`, `ForAllValues:StringNotLike`, `ForAllValues:NumericEquals`, `ForAllValues:NumericNotEquals`, `ForAllValues:NumericLessThan`, `ForAllValues:NumericLessThanEquals`, `ForAllValues:NumericGreaterThan`, `ForAllValues:NumericGreaterThanEquals`, `ForAllValues:DateEquals`, `ForAllValues:DateNotEquals`, `ForAllValues:DateLessThan`, `ForAllValues:DateLessThanEquals`, `ForAllValues:DateGreaterThan`, `ForAllValues:DateGreaterThanEquals`, `ForAllValues:Bool`, `ForAllValues:BinaryEquals`, `ForAllValues:IpAddress`, `ForAllValues:NotIpAddress`, `ForAllValues:ArnEquals`, `ForAllValues:ArnLike`, `ForAllValues:ArnNotEquals`, `ForAllValues:ArnNotLike`, `ForAllValues:StringEqualsIfExists`, `ForAllValues:StringNotEqualsIfExists`, `ForAllValues:StringEqualsIgnoreCaseIfExists`, `ForAllValues:StringNotEqualsIgnoreCaseIfExists`, `ForAllValues:StringLikeIfExists`, `ForAllValues:StringNotLikeIfExists`, `ForAllValues:NumericEqualsIfExists`, `ForAllValues:NumericNotEqualsIfExists`, `ForAllValues:NumericLessThanIfExists`, `ForAllValues:NumericLessThanEqualsIfExists`, `ForAllValues:NumericGreaterThanIfExists`, `ForAllValues:NumericGreaterThanEqualsIfExists`, `ForAllValues:DateEqualsIfExists`, `ForAllValues:DateNotEqualsIfExists`, `ForAllValues:DateLessThanIfExists`, `ForAllValues:DateLessThanEqualsIfExists`, `ForAllValues:DateGreaterThanIfExists`, `ForAllValues:DateGreaterThanEqualsIfExists`, `ForAllValues:BoolIfExists`, `ForAllValues:BinaryEqualsIfExists`, `ForAllValues:IpAddressIfExists`, `ForAllValues:NotIpAddressIfExists`, `ForAllValues:ArnEqualsIfExists`, `ForAllValues:ArnLikeIfExists`, `ForAllValues:ArnNotEqualsIfExists`, `ForAllValues:ArnNotLikeIfExists`, `ForAnyValue:StringEquals`, `ForAnyValue:StringNotEquals`, `ForAnyValue:StringEqualsIgnoreCase`, `ForAnyValue:StringNotEqualsIgnoreCase`, `ForAnyValue:StringLike`, `ForAnyValue:StringNotLike`, `ForAnyValue:NumericEquals`, `ForAnyValue:NumericNotEquals`, `ForAnyValue:NumericLessThan`, `ForAnyValue:NumericLessThanEquals`, `ForAnyValue:NumericGreaterThan`, `ForAnyValue:NumericGreaterThanEquals`, `ForAnyValue:DateEquals`, `ForAnyValue:DateNotEquals`, `ForAnyValue:DateLessThan`, `ForAnyValue:DateLessThanEquals`, `ForAnyValue:DateGreaterThan`, `ForAnyValue:DateGreaterThanEquals`, `ForAnyValue:Bool`, `ForAnyValue:BinaryEquals`, `ForAnyValue:IpAddress`, `ForAnyValue:NotIpAddress`, `ForAnyValue:ArnEquals`, `ForAnyValue:ArnLike`, `ForAnyValue:ArnNotEquals`, `ForAnyValue:ArnNotLike`, `ForAnyValue:StringEqualsIfExists`, `ForAnyValue:StringNotEqualsIfExists`, `ForAnyValue:StringEqualsIgnoreCaseIfExists`, `ForAnyValue:StringNotEqualsIgnoreCaseIfExists`, `ForAnyValue:StringLikeIfExists`, `ForAnyValue:StringNotLikeIfExists`, `ForAnyValue:NumericEqualsIfExists`, `ForAnyValue:NumericNotEqualsIfExists`, `ForAnyValue:NumericLessThanIfExists`, `ForAnyValue:NumericLessThanEqualsIfExists`, `ForAnyValue:NumericGreaterThanIfExists`, `ForAnyValue:NumericGreaterThanEqualsIfExists`, `ForAnyValue:DateEqualsIfExists`, `ForAnyValue:DateNotEqualsIfExists`, `ForAnyValue:DateLessThanIfExists`, `ForAnyValue:DateLessThanEqualsIfExists`, `ForAnyValue:DateGreaterThanIfExists`, `ForAnyValue:DateGreaterThanEqualsIfExists`, `ForAnyValue:BoolIfExists`, `ForAnyValue:BinaryEqualsIfExists`, `ForAnyValue:IpAddressIfExists`, `ForAnyValue:NotIpAddressIfExists`, `ForAnyValue:ArnEqualsIfExists`, `ForAnyValue:ArnLikeIfExists`, `ForAnyValue:ArnNotEqualsIfExists`, `ForAnyValue:ArnNotLikeIfExists`. Source: <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html>.
///
/// Setters typed `impl Into<Expr<ConditionOperator>>` take a variant, or a reference made with
/// [`ConditionOperator::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConditionOperator {
    /// `StringEquals`.
    StringEquals,
    /// `StringNotEquals`.
    StringNotEquals,
    /// `StringEqualsIgnoreCase`.
    StringEqualsIgnoreCase,
    /// `StringNotEqualsIgnoreCase`.
    StringNotEqualsIgnoreCase,
    /// `StringLike`.
    StringLike,
    /// `StringNotLike`.
    StringNotLike,
    /// `NumericEquals`.
    NumericEquals,
    /// `NumericNotEquals`.
    NumericNotEquals,
    /// `NumericLessThan`.
    NumericLessThan,
    /// `NumericLessThanEquals`.
    NumericLessThanEquals,
    /// `NumericGreaterThan`.
    NumericGreaterThan,
    /// `NumericGreaterThanEquals`.
    NumericGreaterThanEquals,
    /// `DateEquals`.
    DateEquals,
    /// `DateNotEquals`.
    DateNotEquals,
    /// `DateLessThan`.
    DateLessThan,
    /// `DateLessThanEquals`.
    DateLessThanEquals,
    /// `DateGreaterThan`.
    DateGreaterThan,
    /// `DateGreaterThanEquals`.
    DateGreaterThanEquals,
    /// `Bool`.
    Bool,
    /// `BinaryEquals`.
    BinaryEquals,
    /// `IpAddress`.
    IpAddress,
    /// `NotIpAddress`.
    NotIpAddress,
    /// `ArnEquals`.
    ArnEquals,
    /// `ArnLike`.
    ArnLike,
    /// `ArnNotEquals`.
    ArnNotEquals,
    /// `ArnNotLike`.
    ArnNotLike,
    /// `Null`.
    Null,
    /// `StringEqualsIfExists`.
    StringEqualsIfExists,
    /// `StringNotEqualsIfExists`.
    StringNotEqualsIfExists,
    /// `StringEqualsIgnoreCaseIfExists`.
    StringEqualsIgnoreCaseIfExists,
    /// `StringNotEqualsIgnoreCaseIfExists`.
    StringNotEqualsIgnoreCaseIfExists,
    /// `StringLikeIfExists`.
    StringLikeIfExists,
    /// `StringNotLikeIfExists`.
    StringNotLikeIfExists,
    /// `NumericEqualsIfExists`.
    NumericEqualsIfExists,
    /// `NumericNotEqualsIfExists`.
    NumericNotEqualsIfExists,
    /// `NumericLessThanIfExists`.
    NumericLessThanIfExists,
    /// `NumericLessThanEqualsIfExists`.
    NumericLessThanEqualsIfExists,
    /// `NumericGreaterThanIfExists`.
    NumericGreaterThanIfExists,
    /// `NumericGreaterThanEqualsIfExists`.
    NumericGreaterThanEqualsIfExists,
    /// `DateEqualsIfExists`.
    DateEqualsIfExists,
    /// `DateNotEqualsIfExists`.
    DateNotEqualsIfExists,
    /// `DateLessThanIfExists`.
    DateLessThanIfExists,
    /// `DateLessThanEqualsIfExists`.
    DateLessThanEqualsIfExists,
    /// `DateGreaterThanIfExists`.
    DateGreaterThanIfExists,
    /// `DateGreaterThanEqualsIfExists`.
    DateGreaterThanEqualsIfExists,
    /// `BoolIfExists`.
    BoolIfExists,
    /// `BinaryEqualsIfExists`.
    BinaryEqualsIfExists,
    /// `IpAddressIfExists`.
    IpAddressIfExists,
    /// `NotIpAddressIfExists`.
    NotIpAddressIfExists,
    /// `ArnEqualsIfExists`.
    ArnEqualsIfExists,
    /// `ArnLikeIfExists`.
    ArnLikeIfExists,
    /// `ArnNotEqualsIfExists`.
    ArnNotEqualsIfExists,
    /// `ArnNotLikeIfExists`.
    ArnNotLikeIfExists,
    /// `ForAllValues:StringEquals`.
    ForAllValuesStringEquals,
    /// `ForAllValues:StringNotEquals`.
    ForAllValuesStringNotEquals,
    /// `ForAllValues:StringEqualsIgnoreCase`.
    ForAllValuesStringEqualsIgnoreCase,
    /// `ForAllValues:StringNotEqualsIgnoreCase`.
    ForAllValuesStringNotEqualsIgnoreCase,
    /// `ForAllValues:StringLike`.
    ForAllValuesStringLike,
    /// `ForAllValues:StringNotLike`.
    ForAllValuesStringNotLike,
    /// `ForAllValues:NumericEquals`.
    ForAllValuesNumericEquals,
    /// `ForAllValues:NumericNotEquals`.
    ForAllValuesNumericNotEquals,
    /// `ForAllValues:NumericLessThan`.
    ForAllValuesNumericLessThan,
    /// `ForAllValues:NumericLessThanEquals`.
    ForAllValuesNumericLessThanEquals,
    /// `ForAllValues:NumericGreaterThan`.
    ForAllValuesNumericGreaterThan,
    /// `ForAllValues:NumericGreaterThanEquals`.
    ForAllValuesNumericGreaterThanEquals,
    /// `ForAllValues:DateEquals`.
    ForAllValuesDateEquals,
    /// `ForAllValues:DateNotEquals`.
    ForAllValuesDateNotEquals,
    /// `ForAllValues:DateLessThan`.
    ForAllValuesDateLessThan,
    /// `ForAllValues:DateLessThanEquals`.
    ForAllValuesDateLessThanEquals,
    /// `ForAllValues:DateGreaterThan`.
    ForAllValuesDateGreaterThan,
    /// `ForAllValues:DateGreaterThanEquals`.
    ForAllValuesDateGreaterThanEquals,
    /// `ForAllValues:Bool`.
    ForAllValuesBool,
    /// `ForAllValues:BinaryEquals`.
    ForAllValuesBinaryEquals,
    /// `ForAllValues:IpAddress`.
    ForAllValuesIpAddress,
    /// `ForAllValues:NotIpAddress`.
    ForAllValuesNotIpAddress,
    /// `ForAllValues:ArnEquals`.
    ForAllValuesArnEquals,
    /// `ForAllValues:ArnLike`.
    ForAllValuesArnLike,
    /// `ForAllValues:ArnNotEquals`.
    ForAllValuesArnNotEquals,
    /// `ForAllValues:ArnNotLike`.
    ForAllValuesArnNotLike,
    /// `ForAllValues:StringEqualsIfExists`.
    ForAllValuesStringEqualsIfExists,
    /// `ForAllValues:StringNotEqualsIfExists`.
    ForAllValuesStringNotEqualsIfExists,
    /// `ForAllValues:StringEqualsIgnoreCaseIfExists`.
    ForAllValuesStringEqualsIgnoreCaseIfExists,
    /// `ForAllValues:StringNotEqualsIgnoreCaseIfExists`.
    ForAllValuesStringNotEqualsIgnoreCaseIfExists,
    /// `ForAllValues:StringLikeIfExists`.
    ForAllValuesStringLikeIfExists,
    /// `ForAllValues:StringNotLikeIfExists`.
    ForAllValuesStringNotLikeIfExists,
    /// `ForAllValues:NumericEqualsIfExists`.
    ForAllValuesNumericEqualsIfExists,
    /// `ForAllValues:NumericNotEqualsIfExists`.
    ForAllValuesNumericNotEqualsIfExists,
    /// `ForAllValues:NumericLessThanIfExists`.
    ForAllValuesNumericLessThanIfExists,
    /// `ForAllValues:NumericLessThanEqualsIfExists`.
    ForAllValuesNumericLessThanEqualsIfExists,
    /// `ForAllValues:NumericGreaterThanIfExists`.
    ForAllValuesNumericGreaterThanIfExists,
    /// `ForAllValues:NumericGreaterThanEqualsIfExists`.
    ForAllValuesNumericGreaterThanEqualsIfExists,
    /// `ForAllValues:DateEqualsIfExists`.
    ForAllValuesDateEqualsIfExists,
    /// `ForAllValues:DateNotEqualsIfExists`.
    ForAllValuesDateNotEqualsIfExists,
    /// `ForAllValues:DateLessThanIfExists`.
    ForAllValuesDateLessThanIfExists,
    /// `ForAllValues:DateLessThanEqualsIfExists`.
    ForAllValuesDateLessThanEqualsIfExists,
    /// `ForAllValues:DateGreaterThanIfExists`.
    ForAllValuesDateGreaterThanIfExists,
    /// `ForAllValues:DateGreaterThanEqualsIfExists`.
    ForAllValuesDateGreaterThanEqualsIfExists,
    /// `ForAllValues:BoolIfExists`.
    ForAllValuesBoolIfExists,
    /// `ForAllValues:BinaryEqualsIfExists`.
    ForAllValuesBinaryEqualsIfExists,
    /// `ForAllValues:IpAddressIfExists`.
    ForAllValuesIpAddressIfExists,
    /// `ForAllValues:NotIpAddressIfExists`.
    ForAllValuesNotIpAddressIfExists,
    /// `ForAllValues:ArnEqualsIfExists`.
    ForAllValuesArnEqualsIfExists,
    /// `ForAllValues:ArnLikeIfExists`.
    ForAllValuesArnLikeIfExists,
    /// `ForAllValues:ArnNotEqualsIfExists`.
    ForAllValuesArnNotEqualsIfExists,
    /// `ForAllValues:ArnNotLikeIfExists`.
    ForAllValuesArnNotLikeIfExists,
    /// `ForAnyValue:StringEquals`.
    ForAnyValueStringEquals,
    /// `ForAnyValue:StringNotEquals`.
    ForAnyValueStringNotEquals,
    /// `ForAnyValue:StringEqualsIgnoreCase`.
    ForAnyValueStringEqualsIgnoreCase,
    /// `ForAnyValue:StringNotEqualsIgnoreCase`.
    ForAnyValueStringNotEqualsIgnoreCase,
    /// `ForAnyValue:StringLike`.
    ForAnyValueStringLike,
    /// `ForAnyValue:StringNotLike`.
    ForAnyValueStringNotLike,
    /// `ForAnyValue:NumericEquals`.
    ForAnyValueNumericEquals,
    /// `ForAnyValue:NumericNotEquals`.
    ForAnyValueNumericNotEquals,
    /// `ForAnyValue:NumericLessThan`.
    ForAnyValueNumericLessThan,
    /// `ForAnyValue:NumericLessThanEquals`.
    ForAnyValueNumericLessThanEquals,
    /// `ForAnyValue:NumericGreaterThan`.
    ForAnyValueNumericGreaterThan,
    /// `ForAnyValue:NumericGreaterThanEquals`.
    ForAnyValueNumericGreaterThanEquals,
    /// `ForAnyValue:DateEquals`.
    ForAnyValueDateEquals,
    /// `ForAnyValue:DateNotEquals`.
    ForAnyValueDateNotEquals,
    /// `ForAnyValue:DateLessThan`.
    ForAnyValueDateLessThan,
    /// `ForAnyValue:DateLessThanEquals`.
    ForAnyValueDateLessThanEquals,
    /// `ForAnyValue:DateGreaterThan`.
    ForAnyValueDateGreaterThan,
    /// `ForAnyValue:DateGreaterThanEquals`.
    ForAnyValueDateGreaterThanEquals,
    /// `ForAnyValue:Bool`.
    ForAnyValueBool,
    /// `ForAnyValue:BinaryEquals`.
    ForAnyValueBinaryEquals,
    /// `ForAnyValue:IpAddress`.
    ForAnyValueIpAddress,
    /// `ForAnyValue:NotIpAddress`.
    ForAnyValueNotIpAddress,
    /// `ForAnyValue:ArnEquals`.
    ForAnyValueArnEquals,
    /// `ForAnyValue:ArnLike`.
    ForAnyValueArnLike,
    /// `ForAnyValue:ArnNotEquals`.
    ForAnyValueArnNotEquals,
    /// `ForAnyValue:ArnNotLike`.
    ForAnyValueArnNotLike,
    /// `ForAnyValue:StringEqualsIfExists`.
    ForAnyValueStringEqualsIfExists,
    /// `ForAnyValue:StringNotEqualsIfExists`.
    ForAnyValueStringNotEqualsIfExists,
    /// `ForAnyValue:StringEqualsIgnoreCaseIfExists`.
    ForAnyValueStringEqualsIgnoreCaseIfExists,
    /// `ForAnyValue:StringNotEqualsIgnoreCaseIfExists`.
    ForAnyValueStringNotEqualsIgnoreCaseIfExists,
    /// `ForAnyValue:StringLikeIfExists`.
    ForAnyValueStringLikeIfExists,
    /// `ForAnyValue:StringNotLikeIfExists`.
    ForAnyValueStringNotLikeIfExists,
    /// `ForAnyValue:NumericEqualsIfExists`.
    ForAnyValueNumericEqualsIfExists,
    /// `ForAnyValue:NumericNotEqualsIfExists`.
    ForAnyValueNumericNotEqualsIfExists,
    /// `ForAnyValue:NumericLessThanIfExists`.
    ForAnyValueNumericLessThanIfExists,
    /// `ForAnyValue:NumericLessThanEqualsIfExists`.
    ForAnyValueNumericLessThanEqualsIfExists,
    /// `ForAnyValue:NumericGreaterThanIfExists`.
    ForAnyValueNumericGreaterThanIfExists,
    /// `ForAnyValue:NumericGreaterThanEqualsIfExists`.
    ForAnyValueNumericGreaterThanEqualsIfExists,
    /// `ForAnyValue:DateEqualsIfExists`.
    ForAnyValueDateEqualsIfExists,
    /// `ForAnyValue:DateNotEqualsIfExists`.
    ForAnyValueDateNotEqualsIfExists,
    /// `ForAnyValue:DateLessThanIfExists`.
    ForAnyValueDateLessThanIfExists,
    /// `ForAnyValue:DateLessThanEqualsIfExists`.
    ForAnyValueDateLessThanEqualsIfExists,
    /// `ForAnyValue:DateGreaterThanIfExists`.
    ForAnyValueDateGreaterThanIfExists,
    /// `ForAnyValue:DateGreaterThanEqualsIfExists`.
    ForAnyValueDateGreaterThanEqualsIfExists,
    /// `ForAnyValue:BoolIfExists`.
    ForAnyValueBoolIfExists,
    /// `ForAnyValue:BinaryEqualsIfExists`.
    ForAnyValueBinaryEqualsIfExists,
    /// `ForAnyValue:IpAddressIfExists`.
    ForAnyValueIpAddressIfExists,
    /// `ForAnyValue:NotIpAddressIfExists`.
    ForAnyValueNotIpAddressIfExists,
    /// `ForAnyValue:ArnEqualsIfExists`.
    ForAnyValueArnEqualsIfExists,
    /// `ForAnyValue:ArnLikeIfExists`.
    ForAnyValueArnLikeIfExists,
    /// `ForAnyValue:ArnNotEqualsIfExists`.
    ForAnyValueArnNotEqualsIfExists,
    /// `ForAnyValue:ArnNotLikeIfExists`.
    ForAnyValueArnNotLikeIfExists,
}
impl ConditionOperator {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ConditionOperator; 157] = [
        ConditionOperator::StringEquals,
        ConditionOperator::StringNotEquals,
        ConditionOperator::StringEqualsIgnoreCase,
        ConditionOperator::StringNotEqualsIgnoreCase,
        ConditionOperator::StringLike,
        ConditionOperator::StringNotLike,
        ConditionOperator::NumericEquals,
        ConditionOperator::NumericNotEquals,
        ConditionOperator::NumericLessThan,
        ConditionOperator::NumericLessThanEquals,
        ConditionOperator::NumericGreaterThan,
        ConditionOperator::NumericGreaterThanEquals,
        ConditionOperator::DateEquals,
        ConditionOperator::DateNotEquals,
        ConditionOperator::DateLessThan,
        ConditionOperator::DateLessThanEquals,
        ConditionOperator::DateGreaterThan,
        ConditionOperator::DateGreaterThanEquals,
        ConditionOperator::Bool,
        ConditionOperator::BinaryEquals,
        ConditionOperator::IpAddress,
        ConditionOperator::NotIpAddress,
        ConditionOperator::ArnEquals,
        ConditionOperator::ArnLike,
        ConditionOperator::ArnNotEquals,
        ConditionOperator::ArnNotLike,
        ConditionOperator::Null,
        ConditionOperator::StringEqualsIfExists,
        ConditionOperator::StringNotEqualsIfExists,
        ConditionOperator::StringEqualsIgnoreCaseIfExists,
        ConditionOperator::StringNotEqualsIgnoreCaseIfExists,
        ConditionOperator::StringLikeIfExists,
        ConditionOperator::StringNotLikeIfExists,
        ConditionOperator::NumericEqualsIfExists,
        ConditionOperator::NumericNotEqualsIfExists,
        ConditionOperator::NumericLessThanIfExists,
        ConditionOperator::NumericLessThanEqualsIfExists,
        ConditionOperator::NumericGreaterThanIfExists,
        ConditionOperator::NumericGreaterThanEqualsIfExists,
        ConditionOperator::DateEqualsIfExists,
        ConditionOperator::DateNotEqualsIfExists,
        ConditionOperator::DateLessThanIfExists,
        ConditionOperator::DateLessThanEqualsIfExists,
        ConditionOperator::DateGreaterThanIfExists,
        ConditionOperator::DateGreaterThanEqualsIfExists,
        ConditionOperator::BoolIfExists,
        ConditionOperator::BinaryEqualsIfExists,
        ConditionOperator::IpAddressIfExists,
        ConditionOperator::NotIpAddressIfExists,
        ConditionOperator::ArnEqualsIfExists,
        ConditionOperator::ArnLikeIfExists,
        ConditionOperator::ArnNotEqualsIfExists,
        ConditionOperator::ArnNotLikeIfExists,
        ConditionOperator::ForAllValuesStringEquals,
        ConditionOperator::ForAllValuesStringNotEquals,
        ConditionOperator::ForAllValuesStringEqualsIgnoreCase,
        ConditionOperator::ForAllValuesStringNotEqualsIgnoreCase,
        ConditionOperator::ForAllValuesStringLike,
        ConditionOperator::ForAllValuesStringNotLike,
        ConditionOperator::ForAllValuesNumericEquals,
        ConditionOperator::ForAllValuesNumericNotEquals,
        ConditionOperator::ForAllValuesNumericLessThan,
        ConditionOperator::ForAllValuesNumericLessThanEquals,
        ConditionOperator::ForAllValuesNumericGreaterThan,
        ConditionOperator::ForAllValuesNumericGreaterThanEquals,
        ConditionOperator::ForAllValuesDateEquals,
        ConditionOperator::ForAllValuesDateNotEquals,
        ConditionOperator::ForAllValuesDateLessThan,
        ConditionOperator::ForAllValuesDateLessThanEquals,
        ConditionOperator::ForAllValuesDateGreaterThan,
        ConditionOperator::ForAllValuesDateGreaterThanEquals,
        ConditionOperator::ForAllValuesBool,
        ConditionOperator::ForAllValuesBinaryEquals,
        ConditionOperator::ForAllValuesIpAddress,
        ConditionOperator::ForAllValuesNotIpAddress,
        ConditionOperator::ForAllValuesArnEquals,
        ConditionOperator::ForAllValuesArnLike,
        ConditionOperator::ForAllValuesArnNotEquals,
        ConditionOperator::ForAllValuesArnNotLike,
        ConditionOperator::ForAllValuesStringEqualsIfExists,
        ConditionOperator::ForAllValuesStringNotEqualsIfExists,
        ConditionOperator::ForAllValuesStringEqualsIgnoreCaseIfExists,
        ConditionOperator::ForAllValuesStringNotEqualsIgnoreCaseIfExists,
        ConditionOperator::ForAllValuesStringLikeIfExists,
        ConditionOperator::ForAllValuesStringNotLikeIfExists,
        ConditionOperator::ForAllValuesNumericEqualsIfExists,
        ConditionOperator::ForAllValuesNumericNotEqualsIfExists,
        ConditionOperator::ForAllValuesNumericLessThanIfExists,
        ConditionOperator::ForAllValuesNumericLessThanEqualsIfExists,
        ConditionOperator::ForAllValuesNumericGreaterThanIfExists,
        ConditionOperator::ForAllValuesNumericGreaterThanEqualsIfExists,
        ConditionOperator::ForAllValuesDateEqualsIfExists,
        ConditionOperator::ForAllValuesDateNotEqualsIfExists,
        ConditionOperator::ForAllValuesDateLessThanIfExists,
        ConditionOperator::ForAllValuesDateLessThanEqualsIfExists,
        ConditionOperator::ForAllValuesDateGreaterThanIfExists,
        ConditionOperator::ForAllValuesDateGreaterThanEqualsIfExists,
        ConditionOperator::ForAllValuesBoolIfExists,
        ConditionOperator::ForAllValuesBinaryEqualsIfExists,
        ConditionOperator::ForAllValuesIpAddressIfExists,
        ConditionOperator::ForAllValuesNotIpAddressIfExists,
        ConditionOperator::ForAllValuesArnEqualsIfExists,
        ConditionOperator::ForAllValuesArnLikeIfExists,
        ConditionOperator::ForAllValuesArnNotEqualsIfExists,
        ConditionOperator::ForAllValuesArnNotLikeIfExists,
        ConditionOperator::ForAnyValueStringEquals,
        ConditionOperator::ForAnyValueStringNotEquals,
        ConditionOperator::ForAnyValueStringEqualsIgnoreCase,
        ConditionOperator::ForAnyValueStringNotEqualsIgnoreCase,
        ConditionOperator::ForAnyValueStringLike,
        ConditionOperator::ForAnyValueStringNotLike,
        ConditionOperator::ForAnyValueNumericEquals,
        ConditionOperator::ForAnyValueNumericNotEquals,
        ConditionOperator::ForAnyValueNumericLessThan,
        ConditionOperator::ForAnyValueNumericLessThanEquals,
        ConditionOperator::ForAnyValueNumericGreaterThan,
        ConditionOperator::ForAnyValueNumericGreaterThanEquals,
        ConditionOperator::ForAnyValueDateEquals,
        ConditionOperator::ForAnyValueDateNotEquals,
        ConditionOperator::ForAnyValueDateLessThan,
        ConditionOperator::ForAnyValueDateLessThanEquals,
        ConditionOperator::ForAnyValueDateGreaterThan,
        ConditionOperator::ForAnyValueDateGreaterThanEquals,
        ConditionOperator::ForAnyValueBool,
        ConditionOperator::ForAnyValueBinaryEquals,
        ConditionOperator::ForAnyValueIpAddress,
        ConditionOperator::ForAnyValueNotIpAddress,
        ConditionOperator::ForAnyValueArnEquals,
        ConditionOperator::ForAnyValueArnLike,
        ConditionOperator::ForAnyValueArnNotEquals,
        ConditionOperator::ForAnyValueArnNotLike,
        ConditionOperator::ForAnyValueStringEqualsIfExists,
        ConditionOperator::ForAnyValueStringNotEqualsIfExists,
        ConditionOperator::ForAnyValueStringEqualsIgnoreCaseIfExists,
        ConditionOperator::ForAnyValueStringNotEqualsIgnoreCaseIfExists,
        ConditionOperator::ForAnyValueStringLikeIfExists,
        ConditionOperator::ForAnyValueStringNotLikeIfExists,
        ConditionOperator::ForAnyValueNumericEqualsIfExists,
        ConditionOperator::ForAnyValueNumericNotEqualsIfExists,
        ConditionOperator::ForAnyValueNumericLessThanIfExists,
        ConditionOperator::ForAnyValueNumericLessThanEqualsIfExists,
        ConditionOperator::ForAnyValueNumericGreaterThanIfExists,
        ConditionOperator::ForAnyValueNumericGreaterThanEqualsIfExists,
        ConditionOperator::ForAnyValueDateEqualsIfExists,
        ConditionOperator::ForAnyValueDateNotEqualsIfExists,
        ConditionOperator::ForAnyValueDateLessThanIfExists,
        ConditionOperator::ForAnyValueDateLessThanEqualsIfExists,
        ConditionOperator::ForAnyValueDateGreaterThanIfExists,
        ConditionOperator::ForAnyValueDateGreaterThanEqualsIfExists,
        ConditionOperator::ForAnyValueBoolIfExists,
        ConditionOperator::ForAnyValueBinaryEqualsIfExists,
        ConditionOperator::ForAnyValueIpAddressIfExists,
        ConditionOperator::ForAnyValueNotIpAddressIfExists,
        ConditionOperator::ForAnyValueArnEqualsIfExists,
        ConditionOperator::ForAnyValueArnLikeIfExists,
        ConditionOperator::ForAnyValueArnNotEqualsIfExists,
        ConditionOperator::ForAnyValueArnNotLikeIfExists,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConditionOperator::StringEquals => "StringEquals",
            ConditionOperator::StringNotEquals => "StringNotEquals",
            ConditionOperator::StringEqualsIgnoreCase => "StringEqualsIgnoreCase",
            ConditionOperator::StringNotEqualsIgnoreCase => "StringNotEqualsIgnoreCase",
            ConditionOperator::StringLike => "StringLike",
            ConditionOperator::StringNotLike => "StringNotLike",
            ConditionOperator::NumericEquals => "NumericEquals",
            ConditionOperator::NumericNotEquals => "NumericNotEquals",
            ConditionOperator::NumericLessThan => "NumericLessThan",
            ConditionOperator::NumericLessThanEquals => "NumericLessThanEquals",
            ConditionOperator::NumericGreaterThan => "NumericGreaterThan",
            ConditionOperator::NumericGreaterThanEquals => "NumericGreaterThanEquals",
            ConditionOperator::DateEquals => "DateEquals",
            ConditionOperator::DateNotEquals => "DateNotEquals",
            ConditionOperator::DateLessThan => "DateLessThan",
            ConditionOperator::DateLessThanEquals => "DateLessThanEquals",
            ConditionOperator::DateGreaterThan => "DateGreaterThan",
            ConditionOperator::DateGreaterThanEquals => "DateGreaterThanEquals",
            ConditionOperator::Bool => "Bool",
            ConditionOperator::BinaryEquals => "BinaryEquals",
            ConditionOperator::IpAddress => "IpAddress",
            ConditionOperator::NotIpAddress => "NotIpAddress",
            ConditionOperator::ArnEquals => "ArnEquals",
            ConditionOperator::ArnLike => "ArnLike",
            ConditionOperator::ArnNotEquals => "ArnNotEquals",
            ConditionOperator::ArnNotLike => "ArnNotLike",
            ConditionOperator::Null => "Null",
            ConditionOperator::StringEqualsIfExists => "StringEqualsIfExists",
            ConditionOperator::StringNotEqualsIfExists => "StringNotEqualsIfExists",
            ConditionOperator::StringEqualsIgnoreCaseIfExists => {
                "StringEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::StringNotEqualsIgnoreCaseIfExists => {
                "StringNotEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::StringLikeIfExists => "StringLikeIfExists",
            ConditionOperator::StringNotLikeIfExists => "StringNotLikeIfExists",
            ConditionOperator::NumericEqualsIfExists => "NumericEqualsIfExists",
            ConditionOperator::NumericNotEqualsIfExists => "NumericNotEqualsIfExists",
            ConditionOperator::NumericLessThanIfExists => "NumericLessThanIfExists",
            ConditionOperator::NumericLessThanEqualsIfExists => {
                "NumericLessThanEqualsIfExists"
            }
            ConditionOperator::NumericGreaterThanIfExists => "NumericGreaterThanIfExists",
            ConditionOperator::NumericGreaterThanEqualsIfExists => {
                "NumericGreaterThanEqualsIfExists"
            }
            ConditionOperator::DateEqualsIfExists => "DateEqualsIfExists",
            ConditionOperator::DateNotEqualsIfExists => "DateNotEqualsIfExists",
            ConditionOperator::DateLessThanIfExists => "DateLessThanIfExists",
            ConditionOperator::DateLessThanEqualsIfExists => "DateLessThanEqualsIfExists",
            ConditionOperator::DateGreaterThanIfExists => "DateGreaterThanIfExists",
            ConditionOperator::DateGreaterThanEqualsIfExists => {
                "DateGreaterThanEqualsIfExists"
            }
            ConditionOperator::BoolIfExists => "BoolIfExists",
            ConditionOperator::BinaryEqualsIfExists => "BinaryEqualsIfExists",
            ConditionOperator::IpAddressIfExists => "IpAddressIfExists",
            ConditionOperator::NotIpAddressIfExists => "NotIpAddressIfExists",
            ConditionOperator::ArnEqualsIfExists => "ArnEqualsIfExists",
            ConditionOperator::ArnLikeIfExists => "ArnLikeIfExists",
            ConditionOperator::ArnNotEqualsIfExists => "ArnNotEqualsIfExists",
            ConditionOperator::ArnNotLikeIfExists => "ArnNotLikeIfExists",
            ConditionOperator::ForAllValuesStringEquals => "ForAllValues:StringEquals",
            ConditionOperator::ForAllValuesStringNotEquals => {
                "ForAllValues:StringNotEquals"
            }
            ConditionOperator::ForAllValuesStringEqualsIgnoreCase => {
                "ForAllValues:StringEqualsIgnoreCase"
            }
            ConditionOperator::ForAllValuesStringNotEqualsIgnoreCase => {
                "ForAllValues:StringNotEqualsIgnoreCase"
            }
            ConditionOperator::ForAllValuesStringLike => "ForAllValues:StringLike",
            ConditionOperator::ForAllValuesStringNotLike => "ForAllValues:StringNotLike",
            ConditionOperator::ForAllValuesNumericEquals => "ForAllValues:NumericEquals",
            ConditionOperator::ForAllValuesNumericNotEquals => {
                "ForAllValues:NumericNotEquals"
            }
            ConditionOperator::ForAllValuesNumericLessThan => {
                "ForAllValues:NumericLessThan"
            }
            ConditionOperator::ForAllValuesNumericLessThanEquals => {
                "ForAllValues:NumericLessThanEquals"
            }
            ConditionOperator::ForAllValuesNumericGreaterThan => {
                "ForAllValues:NumericGreaterThan"
            }
            ConditionOperator::ForAllValuesNumericGreaterThanEquals => {
                "ForAllValues:NumericGreaterThanEquals"
            }
            ConditionOperator::ForAllValuesDateEquals => "ForAllValues:DateEquals",
            ConditionOperator::ForAllValuesDateNotEquals => "ForAllValues:DateNotEquals",
            ConditionOperator::ForAllValuesDateLessThan => "ForAllValues:DateLessThan",
            ConditionOperator::ForAllValuesDateLessThanEquals => {
                "ForAllValues:DateLessThanEquals"
            }
            ConditionOperator::ForAllValuesDateGreaterThan => {
                "ForAllValues:DateGreaterThan"
            }
            ConditionOperator::ForAllValuesDateGreaterThanEquals => {
                "ForAllValues:DateGreaterThanEquals"
            }
            ConditionOperator::ForAllValuesBool => "ForAllValues:Bool",
            ConditionOperator::ForAllValuesBinaryEquals => "ForAllValues:BinaryEquals",
            ConditionOperator::ForAllValuesIpAddress => "ForAllValues:IpAddress",
            ConditionOperator::ForAllValuesNotIpAddress => "ForAllValues:NotIpAddress",
            ConditionOperator::ForAllValuesArnEquals => "ForAllValues:ArnEquals",
            ConditionOperator::ForAllValuesArnLike => "ForAllValues:ArnLike",
            ConditionOperator::ForAllValuesArnNotEquals => "ForAllValues:ArnNotEquals",
            ConditionOperator::ForAllValuesArnNotLike => "ForAllValues:ArnNotLike",
            ConditionOperator::ForAllValuesStringEqualsIfExists => {
                "ForAllValues:StringEqualsIfExists"
            }
            ConditionOperator::ForAllValuesStringNotEqualsIfExists => {
                "ForAllValues:StringNotEqualsIfExists"
            }
            ConditionOperator::ForAllValuesStringEqualsIgnoreCaseIfExists => {
                "ForAllValues:StringEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::ForAllValuesStringNotEqualsIgnoreCaseIfExists => {
                "ForAllValues:StringNotEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::ForAllValuesStringLikeIfExists => {
                "ForAllValues:StringLikeIfExists"
            }
            ConditionOperator::ForAllValuesStringNotLikeIfExists => {
                "ForAllValues:StringNotLikeIfExists"
            }
            ConditionOperator::ForAllValuesNumericEqualsIfExists => {
                "ForAllValues:NumericEqualsIfExists"
            }
            ConditionOperator::ForAllValuesNumericNotEqualsIfExists => {
                "ForAllValues:NumericNotEqualsIfExists"
            }
            ConditionOperator::ForAllValuesNumericLessThanIfExists => {
                "ForAllValues:NumericLessThanIfExists"
            }
            ConditionOperator::ForAllValuesNumericLessThanEqualsIfExists => {
                "ForAllValues:NumericLessThanEqualsIfExists"
            }
            ConditionOperator::ForAllValuesNumericGreaterThanIfExists => {
                "ForAllValues:NumericGreaterThanIfExists"
            }
            ConditionOperator::ForAllValuesNumericGreaterThanEqualsIfExists => {
                "ForAllValues:NumericGreaterThanEqualsIfExists"
            }
            ConditionOperator::ForAllValuesDateEqualsIfExists => {
                "ForAllValues:DateEqualsIfExists"
            }
            ConditionOperator::ForAllValuesDateNotEqualsIfExists => {
                "ForAllValues:DateNotEqualsIfExists"
            }
            ConditionOperator::ForAllValuesDateLessThanIfExists => {
                "ForAllValues:DateLessThanIfExists"
            }
            ConditionOperator::ForAllValuesDateLessThanEqualsIfExists => {
                "ForAllValues:DateLessThanEqualsIfExists"
            }
            ConditionOperator::ForAllValuesDateGreaterThanIfExists => {
                "ForAllValues:DateGreaterThanIfExists"
            }
            ConditionOperator::ForAllValuesDateGreaterThanEqualsIfExists => {
                "ForAllValues:DateGreaterThanEqualsIfExists"
            }
            ConditionOperator::ForAllValuesBoolIfExists => "ForAllValues:BoolIfExists",
            ConditionOperator::ForAllValuesBinaryEqualsIfExists => {
                "ForAllValues:BinaryEqualsIfExists"
            }
            ConditionOperator::ForAllValuesIpAddressIfExists => {
                "ForAllValues:IpAddressIfExists"
            }
            ConditionOperator::ForAllValuesNotIpAddressIfExists => {
                "ForAllValues:NotIpAddressIfExists"
            }
            ConditionOperator::ForAllValuesArnEqualsIfExists => {
                "ForAllValues:ArnEqualsIfExists"
            }
            ConditionOperator::ForAllValuesArnLikeIfExists => {
                "ForAllValues:ArnLikeIfExists"
            }
            ConditionOperator::ForAllValuesArnNotEqualsIfExists => {
                "ForAllValues:ArnNotEqualsIfExists"
            }
            ConditionOperator::ForAllValuesArnNotLikeIfExists => {
                "ForAllValues:ArnNotLikeIfExists"
            }
            ConditionOperator::ForAnyValueStringEquals => "ForAnyValue:StringEquals",
            ConditionOperator::ForAnyValueStringNotEquals => {
                "ForAnyValue:StringNotEquals"
            }
            ConditionOperator::ForAnyValueStringEqualsIgnoreCase => {
                "ForAnyValue:StringEqualsIgnoreCase"
            }
            ConditionOperator::ForAnyValueStringNotEqualsIgnoreCase => {
                "ForAnyValue:StringNotEqualsIgnoreCase"
            }
            ConditionOperator::ForAnyValueStringLike => "ForAnyValue:StringLike",
            ConditionOperator::ForAnyValueStringNotLike => "ForAnyValue:StringNotLike",
            ConditionOperator::ForAnyValueNumericEquals => "ForAnyValue:NumericEquals",
            ConditionOperator::ForAnyValueNumericNotEquals => {
                "ForAnyValue:NumericNotEquals"
            }
            ConditionOperator::ForAnyValueNumericLessThan => {
                "ForAnyValue:NumericLessThan"
            }
            ConditionOperator::ForAnyValueNumericLessThanEquals => {
                "ForAnyValue:NumericLessThanEquals"
            }
            ConditionOperator::ForAnyValueNumericGreaterThan => {
                "ForAnyValue:NumericGreaterThan"
            }
            ConditionOperator::ForAnyValueNumericGreaterThanEquals => {
                "ForAnyValue:NumericGreaterThanEquals"
            }
            ConditionOperator::ForAnyValueDateEquals => "ForAnyValue:DateEquals",
            ConditionOperator::ForAnyValueDateNotEquals => "ForAnyValue:DateNotEquals",
            ConditionOperator::ForAnyValueDateLessThan => "ForAnyValue:DateLessThan",
            ConditionOperator::ForAnyValueDateLessThanEquals => {
                "ForAnyValue:DateLessThanEquals"
            }
            ConditionOperator::ForAnyValueDateGreaterThan => {
                "ForAnyValue:DateGreaterThan"
            }
            ConditionOperator::ForAnyValueDateGreaterThanEquals => {
                "ForAnyValue:DateGreaterThanEquals"
            }
            ConditionOperator::ForAnyValueBool => "ForAnyValue:Bool",
            ConditionOperator::ForAnyValueBinaryEquals => "ForAnyValue:BinaryEquals",
            ConditionOperator::ForAnyValueIpAddress => "ForAnyValue:IpAddress",
            ConditionOperator::ForAnyValueNotIpAddress => "ForAnyValue:NotIpAddress",
            ConditionOperator::ForAnyValueArnEquals => "ForAnyValue:ArnEquals",
            ConditionOperator::ForAnyValueArnLike => "ForAnyValue:ArnLike",
            ConditionOperator::ForAnyValueArnNotEquals => "ForAnyValue:ArnNotEquals",
            ConditionOperator::ForAnyValueArnNotLike => "ForAnyValue:ArnNotLike",
            ConditionOperator::ForAnyValueStringEqualsIfExists => {
                "ForAnyValue:StringEqualsIfExists"
            }
            ConditionOperator::ForAnyValueStringNotEqualsIfExists => {
                "ForAnyValue:StringNotEqualsIfExists"
            }
            ConditionOperator::ForAnyValueStringEqualsIgnoreCaseIfExists => {
                "ForAnyValue:StringEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::ForAnyValueStringNotEqualsIgnoreCaseIfExists => {
                "ForAnyValue:StringNotEqualsIgnoreCaseIfExists"
            }
            ConditionOperator::ForAnyValueStringLikeIfExists => {
                "ForAnyValue:StringLikeIfExists"
            }
            ConditionOperator::ForAnyValueStringNotLikeIfExists => {
                "ForAnyValue:StringNotLikeIfExists"
            }
            ConditionOperator::ForAnyValueNumericEqualsIfExists => {
                "ForAnyValue:NumericEqualsIfExists"
            }
            ConditionOperator::ForAnyValueNumericNotEqualsIfExists => {
                "ForAnyValue:NumericNotEqualsIfExists"
            }
            ConditionOperator::ForAnyValueNumericLessThanIfExists => {
                "ForAnyValue:NumericLessThanIfExists"
            }
            ConditionOperator::ForAnyValueNumericLessThanEqualsIfExists => {
                "ForAnyValue:NumericLessThanEqualsIfExists"
            }
            ConditionOperator::ForAnyValueNumericGreaterThanIfExists => {
                "ForAnyValue:NumericGreaterThanIfExists"
            }
            ConditionOperator::ForAnyValueNumericGreaterThanEqualsIfExists => {
                "ForAnyValue:NumericGreaterThanEqualsIfExists"
            }
            ConditionOperator::ForAnyValueDateEqualsIfExists => {
                "ForAnyValue:DateEqualsIfExists"
            }
            ConditionOperator::ForAnyValueDateNotEqualsIfExists => {
                "ForAnyValue:DateNotEqualsIfExists"
            }
            ConditionOperator::ForAnyValueDateLessThanIfExists => {
                "ForAnyValue:DateLessThanIfExists"
            }
            ConditionOperator::ForAnyValueDateLessThanEqualsIfExists => {
                "ForAnyValue:DateLessThanEqualsIfExists"
            }
            ConditionOperator::ForAnyValueDateGreaterThanIfExists => {
                "ForAnyValue:DateGreaterThanIfExists"
            }
            ConditionOperator::ForAnyValueDateGreaterThanEqualsIfExists => {
                "ForAnyValue:DateGreaterThanEqualsIfExists"
            }
            ConditionOperator::ForAnyValueBoolIfExists => "ForAnyValue:BoolIfExists",
            ConditionOperator::ForAnyValueBinaryEqualsIfExists => {
                "ForAnyValue:BinaryEqualsIfExists"
            }
            ConditionOperator::ForAnyValueIpAddressIfExists => {
                "ForAnyValue:IpAddressIfExists"
            }
            ConditionOperator::ForAnyValueNotIpAddressIfExists => {
                "ForAnyValue:NotIpAddressIfExists"
            }
            ConditionOperator::ForAnyValueArnEqualsIfExists => {
                "ForAnyValue:ArnEqualsIfExists"
            }
            ConditionOperator::ForAnyValueArnLikeIfExists => {
                "ForAnyValue:ArnLikeIfExists"
            }
            ConditionOperator::ForAnyValueArnNotEqualsIfExists => {
                "ForAnyValue:ArnNotEqualsIfExists"
            }
            ConditionOperator::ForAnyValueArnNotLikeIfExists => {
                "ForAnyValue:ArnNotLikeIfExists"
            }
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ConditionOperator` is expected. The caller vouches that it evaluates to one of
    /// [`ConditionOperator::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ConditionOperator> {
        expr.into().cast()
    }
}
impl TfEnum for ConditionOperator {
    const VALUES: &'static [&'static str] = &[
        "StringEquals",
        "StringNotEquals",
        "StringEqualsIgnoreCase",
        "StringNotEqualsIgnoreCase",
        "StringLike",
        "StringNotLike",
        "NumericEquals",
        "NumericNotEquals",
        "NumericLessThan",
        "NumericLessThanEquals",
        "NumericGreaterThan",
        "NumericGreaterThanEquals",
        "DateEquals",
        "DateNotEquals",
        "DateLessThan",
        "DateLessThanEquals",
        "DateGreaterThan",
        "DateGreaterThanEquals",
        "Bool",
        "BinaryEquals",
        "IpAddress",
        "NotIpAddress",
        "ArnEquals",
        "ArnLike",
        "ArnNotEquals",
        "ArnNotLike",
        "Null",
        "StringEqualsIfExists",
        "StringNotEqualsIfExists",
        "StringEqualsIgnoreCaseIfExists",
        "StringNotEqualsIgnoreCaseIfExists",
        "StringLikeIfExists",
        "StringNotLikeIfExists",
        "NumericEqualsIfExists",
        "NumericNotEqualsIfExists",
        "NumericLessThanIfExists",
        "NumericLessThanEqualsIfExists",
        "NumericGreaterThanIfExists",
        "NumericGreaterThanEqualsIfExists",
        "DateEqualsIfExists",
        "DateNotEqualsIfExists",
        "DateLessThanIfExists",
        "DateLessThanEqualsIfExists",
        "DateGreaterThanIfExists",
        "DateGreaterThanEqualsIfExists",
        "BoolIfExists",
        "BinaryEqualsIfExists",
        "IpAddressIfExists",
        "NotIpAddressIfExists",
        "ArnEqualsIfExists",
        "ArnLikeIfExists",
        "ArnNotEqualsIfExists",
        "ArnNotLikeIfExists",
        "ForAllValues:StringEquals",
        "ForAllValues:StringNotEquals",
        "ForAllValues:StringEqualsIgnoreCase",
        "ForAllValues:StringNotEqualsIgnoreCase",
        "ForAllValues:StringLike",
        "ForAllValues:StringNotLike",
        "ForAllValues:NumericEquals",
        "ForAllValues:NumericNotEquals",
        "ForAllValues:NumericLessThan",
        "ForAllValues:NumericLessThanEquals",
        "ForAllValues:NumericGreaterThan",
        "ForAllValues:NumericGreaterThanEquals",
        "ForAllValues:DateEquals",
        "ForAllValues:DateNotEquals",
        "ForAllValues:DateLessThan",
        "ForAllValues:DateLessThanEquals",
        "ForAllValues:DateGreaterThan",
        "ForAllValues:DateGreaterThanEquals",
        "ForAllValues:Bool",
        "ForAllValues:BinaryEquals",
        "ForAllValues:IpAddress",
        "ForAllValues:NotIpAddress",
        "ForAllValues:ArnEquals",
        "ForAllValues:ArnLike",
        "ForAllValues:ArnNotEquals",
        "ForAllValues:ArnNotLike",
        "ForAllValues:StringEqualsIfExists",
        "ForAllValues:StringNotEqualsIfExists",
        "ForAllValues:StringEqualsIgnoreCaseIfExists",
        "ForAllValues:StringNotEqualsIgnoreCaseIfExists",
        "ForAllValues:StringLikeIfExists",
        "ForAllValues:StringNotLikeIfExists",
        "ForAllValues:NumericEqualsIfExists",
        "ForAllValues:NumericNotEqualsIfExists",
        "ForAllValues:NumericLessThanIfExists",
        "ForAllValues:NumericLessThanEqualsIfExists",
        "ForAllValues:NumericGreaterThanIfExists",
        "ForAllValues:NumericGreaterThanEqualsIfExists",
        "ForAllValues:DateEqualsIfExists",
        "ForAllValues:DateNotEqualsIfExists",
        "ForAllValues:DateLessThanIfExists",
        "ForAllValues:DateLessThanEqualsIfExists",
        "ForAllValues:DateGreaterThanIfExists",
        "ForAllValues:DateGreaterThanEqualsIfExists",
        "ForAllValues:BoolIfExists",
        "ForAllValues:BinaryEqualsIfExists",
        "ForAllValues:IpAddressIfExists",
        "ForAllValues:NotIpAddressIfExists",
        "ForAllValues:ArnEqualsIfExists",
        "ForAllValues:ArnLikeIfExists",
        "ForAllValues:ArnNotEqualsIfExists",
        "ForAllValues:ArnNotLikeIfExists",
        "ForAnyValue:StringEquals",
        "ForAnyValue:StringNotEquals",
        "ForAnyValue:StringEqualsIgnoreCase",
        "ForAnyValue:StringNotEqualsIgnoreCase",
        "ForAnyValue:StringLike",
        "ForAnyValue:StringNotLike",
        "ForAnyValue:NumericEquals",
        "ForAnyValue:NumericNotEquals",
        "ForAnyValue:NumericLessThan",
        "ForAnyValue:NumericLessThanEquals",
        "ForAnyValue:NumericGreaterThan",
        "ForAnyValue:NumericGreaterThanEquals",
        "ForAnyValue:DateEquals",
        "ForAnyValue:DateNotEquals",
        "ForAnyValue:DateLessThan",
        "ForAnyValue:DateLessThanEquals",
        "ForAnyValue:DateGreaterThan",
        "ForAnyValue:DateGreaterThanEquals",
        "ForAnyValue:Bool",
        "ForAnyValue:BinaryEquals",
        "ForAnyValue:IpAddress",
        "ForAnyValue:NotIpAddress",
        "ForAnyValue:ArnEquals",
        "ForAnyValue:ArnLike",
        "ForAnyValue:ArnNotEquals",
        "ForAnyValue:ArnNotLike",
        "ForAnyValue:StringEqualsIfExists",
        "ForAnyValue:StringNotEqualsIfExists",
        "ForAnyValue:StringEqualsIgnoreCaseIfExists",
        "ForAnyValue:StringNotEqualsIgnoreCaseIfExists",
        "ForAnyValue:StringLikeIfExists",
        "ForAnyValue:StringNotLikeIfExists",
        "ForAnyValue:NumericEqualsIfExists",
        "ForAnyValue:NumericNotEqualsIfExists",
        "ForAnyValue:NumericLessThanIfExists",
        "ForAnyValue:NumericLessThanEqualsIfExists",
        "ForAnyValue:NumericGreaterThanIfExists",
        "ForAnyValue:NumericGreaterThanEqualsIfExists",
        "ForAnyValue:DateEqualsIfExists",
        "ForAnyValue:DateNotEqualsIfExists",
        "ForAnyValue:DateLessThanIfExists",
        "ForAnyValue:DateLessThanEqualsIfExists",
        "ForAnyValue:DateGreaterThanIfExists",
        "ForAnyValue:DateGreaterThanEqualsIfExists",
        "ForAnyValue:BoolIfExists",
        "ForAnyValue:BinaryEqualsIfExists",
        "ForAnyValue:IpAddressIfExists",
        "ForAnyValue:NotIpAddressIfExists",
        "ForAnyValue:ArnEqualsIfExists",
        "ForAnyValue:ArnLikeIfExists",
        "ForAnyValue:ArnNotEqualsIfExists",
        "ForAnyValue:ArnNotLikeIfExists",
    ];
    fn as_str(self) -> &'static str {
        ConditionOperator::as_str(self)
    }
}
impl std::fmt::Display for ConditionOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ConditionOperator> for Expr<ConditionOperator> {
    fn from(value: ConditionOperator) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ConditionOperator> for Expr<String> {
    fn from(value: ConditionOperator) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How an Application Load Balancer treats requests that may be HTTP desync (request smuggling) attempts: `monitor` forwards everything, `defensive` (AWS's default) blocks the dangerous ones, `strictest` forwards only RFC 7230 compliant requests.
///
/// Values: `monitor`, `defensive`, `strictest`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode>.
///
/// Setters typed `impl Into<Expr<DesyncMitigationMode>>` take a variant, or a reference made with
/// [`DesyncMitigationMode::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DesyncMitigationMode {
    /// `monitor`.
    Monitor,
    /// `defensive`.
    Defensive,
    /// `strictest`.
    Strictest,
}
impl DesyncMitigationMode {
    /// Every value, in the order AWS documents them.
    pub const ALL: [DesyncMitigationMode; 3] = [
        DesyncMitigationMode::Monitor,
        DesyncMitigationMode::Defensive,
        DesyncMitigationMode::Strictest,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            DesyncMitigationMode::Monitor => "monitor",
            DesyncMitigationMode::Defensive => "defensive",
            DesyncMitigationMode::Strictest => "strictest",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `DesyncMitigationMode` is expected. The caller vouches that it evaluates to one of
    /// [`DesyncMitigationMode::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<DesyncMitigationMode> {
        expr.into().cast()
    }
}
impl TfEnum for DesyncMitigationMode {
    const VALUES: &'static [&'static str] = &["monitor", "defensive", "strictest"];
    fn as_str(self) -> &'static str {
        DesyncMitigationMode::as_str(self)
    }
}
impl std::fmt::Display for DesyncMitigationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<DesyncMitigationMode> for Expr<DesyncMitigationMode> {
    fn from(value: DesyncMitigationMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<DesyncMitigationMode> for Expr<String> {
    fn from(value: DesyncMitigationMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The type of an EBS volume in a launch template's block device mapping.
///
/// Values: `standard`, `io1`, `io2`, `gp2`, `sc1`, `st1`, `gp3`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateEbsBlockDeviceRequest.html>.
///
/// Setters typed `impl Into<Expr<EbsVolumeType>>` take a variant, or a reference made with
/// [`EbsVolumeType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EbsVolumeType {
    /// `standard`.
    Standard,
    /// `io1`.
    Io1,
    /// `io2`.
    Io2,
    /// `gp2`.
    Gp2,
    /// `sc1`.
    Sc1,
    /// `st1`.
    St1,
    /// `gp3`.
    Gp3,
}
impl EbsVolumeType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [EbsVolumeType; 7] = [
        EbsVolumeType::Standard,
        EbsVolumeType::Io1,
        EbsVolumeType::Io2,
        EbsVolumeType::Gp2,
        EbsVolumeType::Sc1,
        EbsVolumeType::St1,
        EbsVolumeType::Gp3,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            EbsVolumeType::Standard => "standard",
            EbsVolumeType::Io1 => "io1",
            EbsVolumeType::Io2 => "io2",
            EbsVolumeType::Gp2 => "gp2",
            EbsVolumeType::Sc1 => "sc1",
            EbsVolumeType::St1 => "st1",
            EbsVolumeType::Gp3 => "gp3",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `EbsVolumeType` is expected. The caller vouches that it evaluates to one of
    /// [`EbsVolumeType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<EbsVolumeType> {
        expr.into().cast()
    }
}
impl TfEnum for EbsVolumeType {
    const VALUES: &'static [&'static str] = &[
        "standard",
        "io1",
        "io2",
        "gp2",
        "sc1",
        "st1",
        "gp3",
    ];
    fn as_str(self) -> &'static str {
        EbsVolumeType::as_str(self)
    }
}
impl std::fmt::Display for EbsVolumeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<EbsVolumeType> for Expr<EbsVolumeType> {
    fn from(value: EbsVolumeType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<EbsVolumeType> for Expr<String> {
    fn from(value: EbsVolumeType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The role of a Route 53 failover record.
///
/// Values: `PRIMARY`, `SECONDARY`. Source: <https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html>.
///
/// Setters typed `impl Into<Expr<FailoverType>>` take a variant, or a reference made with
/// [`FailoverType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FailoverType {
    /// `PRIMARY`.
    Primary,
    /// `SECONDARY`.
    Secondary,
}
impl FailoverType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [FailoverType; 2] = [FailoverType::Primary, FailoverType::Secondary];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            FailoverType::Primary => "PRIMARY",
            FailoverType::Secondary => "SECONDARY",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `FailoverType` is expected. The caller vouches that it evaluates to one of
    /// [`FailoverType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<FailoverType> {
        expr.into().cast()
    }
}
impl TfEnum for FailoverType {
    const VALUES: &'static [&'static str] = &["PRIMARY", "SECONDARY"];
    fn as_str(self) -> &'static str {
        FailoverType::as_str(self)
    }
}
impl std::fmt::Display for FailoverType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<FailoverType> for Expr<FailoverType> {
    fn from(value: FailoverType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<FailoverType> for Expr<String> {
    fn from(value: FailoverType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Where a VPC flow log is published.
///
/// Values: `cloud-watch-logs`, `s3`, `kinesis-data-firehose`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html>.
///
/// Setters typed `impl Into<Expr<FlowLogDestinationType>>` take a variant, or a reference made with
/// [`FlowLogDestinationType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowLogDestinationType {
    /// `cloud-watch-logs`.
    CloudWatchLogs,
    /// `s3`.
    S3,
    /// `kinesis-data-firehose`.
    KinesisDataFirehose,
}
impl FlowLogDestinationType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [FlowLogDestinationType; 3] = [
        FlowLogDestinationType::CloudWatchLogs,
        FlowLogDestinationType::S3,
        FlowLogDestinationType::KinesisDataFirehose,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            FlowLogDestinationType::CloudWatchLogs => "cloud-watch-logs",
            FlowLogDestinationType::S3 => "s3",
            FlowLogDestinationType::KinesisDataFirehose => "kinesis-data-firehose",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `FlowLogDestinationType` is expected. The caller vouches that it evaluates to one of
    /// [`FlowLogDestinationType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<FlowLogDestinationType> {
        expr.into().cast()
    }
}
impl TfEnum for FlowLogDestinationType {
    const VALUES: &'static [&'static str] = &[
        "cloud-watch-logs",
        "s3",
        "kinesis-data-firehose",
    ];
    fn as_str(self) -> &'static str {
        FlowLogDestinationType::as_str(self)
    }
}
impl std::fmt::Display for FlowLogDestinationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<FlowLogDestinationType> for Expr<FlowLogDestinationType> {
    fn from(value: FlowLogDestinationType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<FlowLogDestinationType> for Expr<String> {
    fn from(value: FlowLogDestinationType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Which traffic a VPC flow log captures.
///
/// Values: `ACCEPT`, `REJECT`, `ALL`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html>.
///
/// Setters typed `impl Into<Expr<FlowLogTrafficType>>` take a variant, or a reference made with
/// [`FlowLogTrafficType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlowLogTrafficType {
    /// `ACCEPT`.
    Accept,
    /// `REJECT`.
    Reject,
    /// `ALL`.
    All,
}
impl FlowLogTrafficType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [FlowLogTrafficType; 3] = [
        FlowLogTrafficType::Accept,
        FlowLogTrafficType::Reject,
        FlowLogTrafficType::All,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            FlowLogTrafficType::Accept => "ACCEPT",
            FlowLogTrafficType::Reject => "REJECT",
            FlowLogTrafficType::All => "ALL",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `FlowLogTrafficType` is expected. The caller vouches that it evaluates to one of
    /// [`FlowLogTrafficType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<FlowLogTrafficType> {
        expr.into().cast()
    }
}
impl TfEnum for FlowLogTrafficType {
    const VALUES: &'static [&'static str] = &["ACCEPT", "REJECT", "ALL"];
    fn as_str(self) -> &'static str {
        FlowLogTrafficType::as_str(self)
    }
}
impl std::fmt::Display for FlowLogTrafficType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<FlowLogTrafficType> for Expr<FlowLogTrafficType> {
    fn from(value: FlowLogTrafficType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<FlowLogTrafficType> for Expr<String> {
    fn from(value: FlowLogTrafficType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether an instance's metadata service requires session tokens: `required` is IMDSv2 only; `optional` also answers IMDSv1 requests (the SSRF-exposed form).
///
/// Values: `optional`, `required`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateInstanceMetadataOptionsRequest.html>.
///
/// Setters typed `impl Into<Expr<HttpTokensState>>` take a variant, or a reference made with
/// [`HttpTokensState::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HttpTokensState {
    /// `optional`.
    Optional,
    /// `required`.
    Required,
}
impl HttpTokensState {
    /// Every value, in the order AWS documents them.
    pub const ALL: [HttpTokensState; 2] = [
        HttpTokensState::Optional,
        HttpTokensState::Required,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            HttpTokensState::Optional => "optional",
            HttpTokensState::Required => "required",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `HttpTokensState` is expected. The caller vouches that it evaluates to one of
    /// [`HttpTokensState::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<HttpTokensState> {
        expr.into().cast()
    }
}
impl TfEnum for HttpTokensState {
    const VALUES: &'static [&'static str] = &["optional", "required"];
    fn as_str(self) -> &'static str {
        HttpTokensState::as_str(self)
    }
}
impl std::fmt::Display for HttpTokensState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<HttpTokensState> for Expr<HttpTokensState> {
    fn from(value: HttpTokensState) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<HttpTokensState> for Expr<String> {
    fn from(value: HttpTokensState) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether an IAM policy statement allows or denies.
///
/// Values: `Allow`, `Deny`. Source: <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html>.
///
/// Setters typed `impl Into<Expr<IamEffect>>` take a variant, or a reference made with
/// [`IamEffect::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IamEffect {
    /// `Allow`.
    Allow,
    /// `Deny`.
    Deny,
}
impl IamEffect {
    /// Every value, in the order AWS documents them.
    pub const ALL: [IamEffect; 2] = [IamEffect::Allow, IamEffect::Deny];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            IamEffect::Allow => "Allow",
            IamEffect::Deny => "Deny",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `IamEffect` is expected. The caller vouches that it evaluates to one of
    /// [`IamEffect::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<IamEffect> {
        expr.into().cast()
    }
}
impl TfEnum for IamEffect {
    const VALUES: &'static [&'static str] = &["Allow", "Deny"];
    fn as_str(self) -> &'static str {
        IamEffect::as_str(self)
    }
}
impl std::fmt::Display for IamEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<IamEffect> for Expr<IamEffect> {
    fn from(value: IamEffect) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<IamEffect> for Expr<String> {
    fn from(value: IamEffect) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether an instance metadata option of a launch template (the metadata endpoint, its IPv6 endpoint, access to instance tags) is on.
///
/// Values: `enabled`, `disabled`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateInstanceMetadataOptionsRequest.html>.
///
/// Setters typed `impl Into<Expr<InstanceMetadataSwitch>>` take a variant, or a reference made with
/// [`InstanceMetadataSwitch::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstanceMetadataSwitch {
    /// `enabled`.
    Enabled,
    /// `disabled`.
    Disabled,
}
impl InstanceMetadataSwitch {
    /// Every value, in the order AWS documents them.
    pub const ALL: [InstanceMetadataSwitch; 2] = [
        InstanceMetadataSwitch::Enabled,
        InstanceMetadataSwitch::Disabled,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            InstanceMetadataSwitch::Enabled => "enabled",
            InstanceMetadataSwitch::Disabled => "disabled",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `InstanceMetadataSwitch` is expected. The caller vouches that it evaluates to one of
    /// [`InstanceMetadataSwitch::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<InstanceMetadataSwitch> {
        expr.into().cast()
    }
}
impl TfEnum for InstanceMetadataSwitch {
    const VALUES: &'static [&'static str] = &["enabled", "disabled"];
    fn as_str(self) -> &'static str {
        InstanceMetadataSwitch::as_str(self)
    }
}
impl std::fmt::Display for InstanceMetadataSwitch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<InstanceMetadataSwitch> for Expr<InstanceMetadataSwitch> {
    fn from(value: InstanceMetadataSwitch) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<InstanceMetadataSwitch> for Expr<String> {
    fn from(value: InstanceMetadataSwitch) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The instruction set architecture of a Lambda function.
///
/// Values: `x86_64`, `arm64`. Source: <https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html>.
///
/// Setters typed `impl Into<Expr<LambdaArchitecture>>` take a variant, or a reference made with
/// [`LambdaArchitecture::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LambdaArchitecture {
    /// `x86_64`.
    X86_64,
    /// `arm64`.
    Arm64,
}
impl LambdaArchitecture {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LambdaArchitecture; 2] = [
        LambdaArchitecture::X86_64,
        LambdaArchitecture::Arm64,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LambdaArchitecture::X86_64 => "x86_64",
            LambdaArchitecture::Arm64 => "arm64",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LambdaArchitecture` is expected. The caller vouches that it evaluates to one of
    /// [`LambdaArchitecture::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LambdaArchitecture> {
        expr.into().cast()
    }
}
impl TfEnum for LambdaArchitecture {
    const VALUES: &'static [&'static str] = &["x86_64", "arm64"];
    fn as_str(self) -> &'static str {
        LambdaArchitecture::as_str(self)
    }
}
impl std::fmt::Display for LambdaArchitecture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LambdaArchitecture> for Expr<LambdaArchitecture> {
    fn from(value: LambdaArchitecture) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LambdaArchitecture> for Expr<String> {
    fn from(value: LambdaArchitecture) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The format of a Lambda function's logs (`JSON` enables log-level filtering).
///
/// Values: `JSON`, `Text`. Source: <https://docs.aws.amazon.com/lambda/latest/api/API_LoggingConfig.html>.
///
/// Setters typed `impl Into<Expr<LambdaLogFormat>>` take a variant, or a reference made with
/// [`LambdaLogFormat::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LambdaLogFormat {
    /// `JSON`.
    Json,
    /// `Text`.
    Text,
}
impl LambdaLogFormat {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LambdaLogFormat; 2] = [LambdaLogFormat::Json, LambdaLogFormat::Text];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LambdaLogFormat::Json => "JSON",
            LambdaLogFormat::Text => "Text",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LambdaLogFormat` is expected. The caller vouches that it evaluates to one of
    /// [`LambdaLogFormat::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LambdaLogFormat> {
        expr.into().cast()
    }
}
impl TfEnum for LambdaLogFormat {
    const VALUES: &'static [&'static str] = &["JSON", "Text"];
    fn as_str(self) -> &'static str {
        LambdaLogFormat::as_str(self)
    }
}
impl std::fmt::Display for LambdaLogFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LambdaLogFormat> for Expr<LambdaLogFormat> {
    fn from(value: LambdaLogFormat) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LambdaLogFormat> for Expr<String> {
    fn from(value: LambdaLogFormat) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The managed runtimes tfdr deploys functions on (the supported, non-deprecated ones it has been checked with; add a value when a stack needs another).
///
/// Values: `python3.12`, `python3.13`, `nodejs20.x`, `nodejs22.x`, `java21`, `provided.al2023`. Source: <https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html>.
///
/// Setters typed `impl Into<Expr<LambdaRuntime>>` take a variant, or a reference made with
/// [`LambdaRuntime::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LambdaRuntime {
    /// `python3.12`.
    Python312,
    /// `python3.13`.
    Python313,
    /// `nodejs20.x`.
    Nodejs20,
    /// `nodejs22.x`.
    Nodejs22,
    /// `java21`.
    Java21,
    /// `provided.al2023`.
    ProvidedAl2023,
}
impl LambdaRuntime {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LambdaRuntime; 6] = [
        LambdaRuntime::Python312,
        LambdaRuntime::Python313,
        LambdaRuntime::Nodejs20,
        LambdaRuntime::Nodejs22,
        LambdaRuntime::Java21,
        LambdaRuntime::ProvidedAl2023,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LambdaRuntime::Python312 => "python3.12",
            LambdaRuntime::Python313 => "python3.13",
            LambdaRuntime::Nodejs20 => "nodejs20.x",
            LambdaRuntime::Nodejs22 => "nodejs22.x",
            LambdaRuntime::Java21 => "java21",
            LambdaRuntime::ProvidedAl2023 => "provided.al2023",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LambdaRuntime` is expected. The caller vouches that it evaluates to one of
    /// [`LambdaRuntime::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LambdaRuntime> {
        expr.into().cast()
    }
}
impl TfEnum for LambdaRuntime {
    const VALUES: &'static [&'static str] = &[
        "python3.12",
        "python3.13",
        "nodejs20.x",
        "nodejs22.x",
        "java21",
        "provided.al2023",
    ];
    fn as_str(self) -> &'static str {
        LambdaRuntime::as_str(self)
    }
}
impl std::fmt::Display for LambdaRuntime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LambdaRuntime> for Expr<LambdaRuntime> {
    fn from(value: LambdaRuntime) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LambdaRuntime> for Expr<String> {
    fn from(value: LambdaRuntime) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How a Lambda function takes part in X-Ray tracing: `Active` samples and traces requests itself; `PassThrough` only follows an upstream sampling decision.
///
/// Values: `Active`, `PassThrough`. Source: <https://docs.aws.amazon.com/lambda/latest/api/API_TracingConfig.html>.
///
/// Setters typed `impl Into<Expr<LambdaTracingMode>>` take a variant, or a reference made with
/// [`LambdaTracingMode::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LambdaTracingMode {
    /// `Active`.
    Active,
    /// `PassThrough`.
    PassThrough,
}
impl LambdaTracingMode {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LambdaTracingMode; 2] = [
        LambdaTracingMode::Active,
        LambdaTracingMode::PassThrough,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LambdaTracingMode::Active => "Active",
            LambdaTracingMode::PassThrough => "PassThrough",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LambdaTracingMode` is expected. The caller vouches that it evaluates to one of
    /// [`LambdaTracingMode::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LambdaTracingMode> {
        expr.into().cast()
    }
}
impl TfEnum for LambdaTracingMode {
    const VALUES: &'static [&'static str] = &["Active", "PassThrough"];
    fn as_str(self) -> &'static str {
        LambdaTracingMode::as_str(self)
    }
}
impl std::fmt::Display for LambdaTracingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LambdaTracingMode> for Expr<LambdaTracingMode> {
    fn from(value: LambdaTracingMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LambdaTracingMode> for Expr<String> {
    fn from(value: LambdaTracingMode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// What a launch template's tag specification tags at launch: EC2 accepts these four resource types when a launch template is created.
///
/// Values: `instance`, `volume`, `network-interface`, `spot-instances-request`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_LaunchTemplateTagSpecificationRequest.html>.
///
/// Setters typed `impl Into<Expr<LaunchTemplateTagResource>>` take a variant, or a reference made with
/// [`LaunchTemplateTagResource::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LaunchTemplateTagResource {
    /// `instance`.
    Instance,
    /// `volume`.
    Volume,
    /// `network-interface`.
    NetworkInterface,
    /// `spot-instances-request`.
    SpotInstancesRequest,
}
impl LaunchTemplateTagResource {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LaunchTemplateTagResource; 4] = [
        LaunchTemplateTagResource::Instance,
        LaunchTemplateTagResource::Volume,
        LaunchTemplateTagResource::NetworkInterface,
        LaunchTemplateTagResource::SpotInstancesRequest,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LaunchTemplateTagResource::Instance => "instance",
            LaunchTemplateTagResource::Volume => "volume",
            LaunchTemplateTagResource::NetworkInterface => "network-interface",
            LaunchTemplateTagResource::SpotInstancesRequest => "spot-instances-request",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LaunchTemplateTagResource` is expected. The caller vouches that it evaluates to one of
    /// [`LaunchTemplateTagResource::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LaunchTemplateTagResource> {
        expr.into().cast()
    }
}
impl TfEnum for LaunchTemplateTagResource {
    const VALUES: &'static [&'static str] = &[
        "instance",
        "volume",
        "network-interface",
        "spot-instances-request",
    ];
    fn as_str(self) -> &'static str {
        LaunchTemplateTagResource::as_str(self)
    }
}
impl std::fmt::Display for LaunchTemplateTagResource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LaunchTemplateTagResource> for Expr<LaunchTemplateTagResource> {
    fn from(value: LaunchTemplateTagResource) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LaunchTemplateTagResource> for Expr<String> {
    fn from(value: LaunchTemplateTagResource) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The protocol of an Elastic Load Balancing v2 listener or target group (and of a target group's health checks); an Application Load Balancer uses `HTTP` and `HTTPS`.
///
/// Values: `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>.
///
/// Setters typed `impl Into<Expr<LbProtocol>>` take a variant, or a reference made with
/// [`LbProtocol::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LbProtocol {
    /// `HTTP`.
    Http,
    /// `HTTPS`.
    Https,
    /// `TCP`.
    Tcp,
    /// `TLS`.
    Tls,
    /// `UDP`.
    Udp,
    /// `TCP_UDP`.
    TcpUdp,
    /// `GENEVE`.
    Geneve,
}
impl LbProtocol {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LbProtocol; 7] = [
        LbProtocol::Http,
        LbProtocol::Https,
        LbProtocol::Tcp,
        LbProtocol::Tls,
        LbProtocol::Udp,
        LbProtocol::TcpUdp,
        LbProtocol::Geneve,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LbProtocol::Http => "HTTP",
            LbProtocol::Https => "HTTPS",
            LbProtocol::Tcp => "TCP",
            LbProtocol::Tls => "TLS",
            LbProtocol::Udp => "UDP",
            LbProtocol::TcpUdp => "TCP_UDP",
            LbProtocol::Geneve => "GENEVE",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LbProtocol` is expected. The caller vouches that it evaluates to one of
    /// [`LbProtocol::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LbProtocol> {
        expr.into().cast()
    }
}
impl TfEnum for LbProtocol {
    const VALUES: &'static [&'static str] = &[
        "HTTP",
        "HTTPS",
        "TCP",
        "TLS",
        "UDP",
        "TCP_UDP",
        "GENEVE",
    ];
    fn as_str(self) -> &'static str {
        LbProtocol::as_str(self)
    }
}
impl std::fmt::Display for LbProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LbProtocol> for Expr<LbProtocol> {
    fn from(value: LbProtocol) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LbProtocol> for Expr<String> {
    fn from(value: LbProtocol) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// What a load balancer listener (or listener rule) does with a request: forward it to target groups, redirect it, answer it with a fixed response, or authenticate the user first.
///
/// Values: `forward`, `redirect`, `fixed-response`, `authenticate-cognito`, `authenticate-oidc`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Action.html>.
///
/// Setters typed `impl Into<Expr<ListenerActionType>>` take a variant, or a reference made with
/// [`ListenerActionType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListenerActionType {
    /// `forward`.
    Forward,
    /// `redirect`.
    Redirect,
    /// `fixed-response`.
    FixedResponse,
    /// `authenticate-cognito`.
    AuthenticateCognito,
    /// `authenticate-oidc`.
    AuthenticateOidc,
}
impl ListenerActionType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ListenerActionType; 5] = [
        ListenerActionType::Forward,
        ListenerActionType::Redirect,
        ListenerActionType::FixedResponse,
        ListenerActionType::AuthenticateCognito,
        ListenerActionType::AuthenticateOidc,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ListenerActionType::Forward => "forward",
            ListenerActionType::Redirect => "redirect",
            ListenerActionType::FixedResponse => "fixed-response",
            ListenerActionType::AuthenticateCognito => "authenticate-cognito",
            ListenerActionType::AuthenticateOidc => "authenticate-oidc",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ListenerActionType` is expected. The caller vouches that it evaluates to one of
    /// [`ListenerActionType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ListenerActionType> {
        expr.into().cast()
    }
}
impl TfEnum for ListenerActionType {
    const VALUES: &'static [&'static str] = &[
        "forward",
        "redirect",
        "fixed-response",
        "authenticate-cognito",
        "authenticate-oidc",
    ];
    fn as_str(self) -> &'static str {
        ListenerActionType::as_str(self)
    }
}
impl std::fmt::Display for ListenerActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ListenerActionType> for Expr<ListenerActionType> {
    fn from(value: ListenerActionType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ListenerActionType> for Expr<String> {
    fn from(value: ListenerActionType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The kind of an Elastic Load Balancing v2 load balancer.
///
/// Values: `application`, `network`, `gateway`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html>.
///
/// Setters typed `impl Into<Expr<LoadBalancerType>>` take a variant, or a reference made with
/// [`LoadBalancerType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LoadBalancerType {
    /// `application`.
    Application,
    /// `network`.
    Network,
    /// `gateway`.
    Gateway,
}
impl LoadBalancerType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [LoadBalancerType; 3] = [
        LoadBalancerType::Application,
        LoadBalancerType::Network,
        LoadBalancerType::Gateway,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LoadBalancerType::Application => "application",
            LoadBalancerType::Network => "network",
            LoadBalancerType::Gateway => "gateway",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `LoadBalancerType` is expected. The caller vouches that it evaluates to one of
    /// [`LoadBalancerType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<LoadBalancerType> {
        expr.into().cast()
    }
}
impl TfEnum for LoadBalancerType {
    const VALUES: &'static [&'static str] = &["application", "network", "gateway"];
    fn as_str(self) -> &'static str {
        LoadBalancerType::as_str(self)
    }
}
impl std::fmt::Display for LoadBalancerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<LoadBalancerType> for Expr<LoadBalancerType> {
    fn from(value: LoadBalancerType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<LoadBalancerType> for Expr<String> {
    fn from(value: LoadBalancerType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether MFA delete is enabled in an S3 bucket's versioning configuration.
///
/// Values: `Enabled`, `Disabled`. Source: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_VersioningConfiguration.html>.
///
/// Setters typed `impl Into<Expr<MfaDeleteStatus>>` take a variant, or a reference made with
/// [`MfaDeleteStatus::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MfaDeleteStatus {
    /// `Enabled`.
    Enabled,
    /// `Disabled`.
    Disabled,
}
impl MfaDeleteStatus {
    /// Every value, in the order AWS documents them.
    pub const ALL: [MfaDeleteStatus; 2] = [
        MfaDeleteStatus::Enabled,
        MfaDeleteStatus::Disabled,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            MfaDeleteStatus::Enabled => "Enabled",
            MfaDeleteStatus::Disabled => "Disabled",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `MfaDeleteStatus` is expected. The caller vouches that it evaluates to one of
    /// [`MfaDeleteStatus::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<MfaDeleteStatus> {
        expr.into().cast()
    }
}
impl TfEnum for MfaDeleteStatus {
    const VALUES: &'static [&'static str] = &["Enabled", "Disabled"];
    fn as_str(self) -> &'static str {
        MfaDeleteStatus::as_str(self)
    }
}
impl std::fmt::Display for MfaDeleteStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<MfaDeleteStatus> for Expr<MfaDeleteStatus> {
    fn from(value: MfaDeleteStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<MfaDeleteStatus> for Expr<String> {
    fn from(value: MfaDeleteStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Who owns objects written to an S3 bucket; `BucketOwnerEnforced` disables ACLs.
///
/// Values: `BucketOwnerPreferred`, `ObjectWriter`, `BucketOwnerEnforced`. Source: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_OwnershipControlsRule.html>.
///
/// Setters typed `impl Into<Expr<ObjectOwnership>>` take a variant, or a reference made with
/// [`ObjectOwnership::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjectOwnership {
    /// `BucketOwnerPreferred`.
    BucketOwnerPreferred,
    /// `ObjectWriter`.
    ObjectWriter,
    /// `BucketOwnerEnforced`.
    BucketOwnerEnforced,
}
impl ObjectOwnership {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ObjectOwnership; 3] = [
        ObjectOwnership::BucketOwnerPreferred,
        ObjectOwnership::ObjectWriter,
        ObjectOwnership::BucketOwnerEnforced,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ObjectOwnership::BucketOwnerPreferred => "BucketOwnerPreferred",
            ObjectOwnership::ObjectWriter => "ObjectWriter",
            ObjectOwnership::BucketOwnerEnforced => "BucketOwnerEnforced",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ObjectOwnership` is expected. The caller vouches that it evaluates to one of
    /// [`ObjectOwnership::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ObjectOwnership> {
        expr.into().cast()
    }
}
impl TfEnum for ObjectOwnership {
    const VALUES: &'static [&'static str] = &[
        "BucketOwnerPreferred",
        "ObjectWriter",
        "BucketOwnerEnforced",
    ];
    fn as_str(self) -> &'static str {
        ObjectOwnership::as_str(self)
    }
}
impl std::fmt::Display for ObjectOwnership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ObjectOwnership> for Expr<ObjectOwnership> {
    fn from(value: ObjectOwnership) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ObjectOwnership> for Expr<String> {
    fn from(value: ObjectOwnership) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The metric a target-tracking policy of an EC2 Auto Scaling group keeps at its target value.
///
/// Values: `ASGAverageCPUUtilization`, `ASGAverageNetworkIn`, `ASGAverageNetworkOut`, `ALBRequestCountPerTarget`. Source: <https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PredefinedMetricSpecification.html>.
///
/// Setters typed `impl Into<Expr<PredefinedScalingMetric>>` take a variant, or a reference made with
/// [`PredefinedScalingMetric::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PredefinedScalingMetric {
    /// `ASGAverageCPUUtilization`.
    AsgAverageCpuUtilization,
    /// `ASGAverageNetworkIn`.
    AsgAverageNetworkIn,
    /// `ASGAverageNetworkOut`.
    AsgAverageNetworkOut,
    /// `ALBRequestCountPerTarget`.
    AlbRequestCountPerTarget,
}
impl PredefinedScalingMetric {
    /// Every value, in the order AWS documents them.
    pub const ALL: [PredefinedScalingMetric; 4] = [
        PredefinedScalingMetric::AsgAverageCpuUtilization,
        PredefinedScalingMetric::AsgAverageNetworkIn,
        PredefinedScalingMetric::AsgAverageNetworkOut,
        PredefinedScalingMetric::AlbRequestCountPerTarget,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            PredefinedScalingMetric::AsgAverageCpuUtilization => {
                "ASGAverageCPUUtilization"
            }
            PredefinedScalingMetric::AsgAverageNetworkIn => "ASGAverageNetworkIn",
            PredefinedScalingMetric::AsgAverageNetworkOut => "ASGAverageNetworkOut",
            PredefinedScalingMetric::AlbRequestCountPerTarget => {
                "ALBRequestCountPerTarget"
            }
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `PredefinedScalingMetric` is expected. The caller vouches that it evaluates to one of
    /// [`PredefinedScalingMetric::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<PredefinedScalingMetric> {
        expr.into().cast()
    }
}
impl TfEnum for PredefinedScalingMetric {
    const VALUES: &'static [&'static str] = &[
        "ASGAverageCPUUtilization",
        "ASGAverageNetworkIn",
        "ASGAverageNetworkOut",
        "ALBRequestCountPerTarget",
    ];
    fn as_str(self) -> &'static str {
        PredefinedScalingMetric::as_str(self)
    }
}
impl std::fmt::Display for PredefinedScalingMetric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<PredefinedScalingMetric> for Expr<PredefinedScalingMetric> {
    fn from(value: PredefinedScalingMetric) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<PredefinedScalingMetric> for Expr<String> {
    fn from(value: PredefinedScalingMetric) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The kind of principal in an IAM policy statement (`Principal` / `NotPrincipal` keys); `*` is everyone (anonymous included).
///
/// Values: `AWS`, `Service`, `Federated`, `CanonicalUser`, `*`. Source: <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html>.
///
/// Setters typed `impl Into<Expr<PrincipalType>>` take a variant, or a reference made with
/// [`PrincipalType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrincipalType {
    /// `AWS`.
    Aws,
    /// `Service`.
    Service,
    /// `Federated`.
    Federated,
    /// `CanonicalUser`.
    CanonicalUser,
    /// `*`.
    Everyone,
}
impl PrincipalType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [PrincipalType; 5] = [
        PrincipalType::Aws,
        PrincipalType::Service,
        PrincipalType::Federated,
        PrincipalType::CanonicalUser,
        PrincipalType::Everyone,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            PrincipalType::Aws => "AWS",
            PrincipalType::Service => "Service",
            PrincipalType::Federated => "Federated",
            PrincipalType::CanonicalUser => "CanonicalUser",
            PrincipalType::Everyone => "*",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `PrincipalType` is expected. The caller vouches that it evaluates to one of
    /// [`PrincipalType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<PrincipalType> {
        expr.into().cast()
    }
}
impl TfEnum for PrincipalType {
    const VALUES: &'static [&'static str] = &[
        "AWS",
        "Service",
        "Federated",
        "CanonicalUser",
        "*",
    ];
    fn as_str(self) -> &'static str {
        PrincipalType::as_str(self)
    }
}
impl std::fmt::Display for PrincipalType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<PrincipalType> for Expr<PrincipalType> {
    fn from(value: PrincipalType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<PrincipalType> for Expr<String> {
    fn from(value: PrincipalType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Which attributes a DynamoDB secondary index projects.
///
/// Values: `ALL`, `KEYS_ONLY`, `INCLUDE`. Source: <https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Projection.html>.
///
/// Setters typed `impl Into<Expr<ProjectionType>>` take a variant, or a reference made with
/// [`ProjectionType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProjectionType {
    /// `ALL`.
    All,
    /// `KEYS_ONLY`.
    KeysOnly,
    /// `INCLUDE`.
    Include,
}
impl ProjectionType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ProjectionType; 3] = [
        ProjectionType::All,
        ProjectionType::KeysOnly,
        ProjectionType::Include,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProjectionType::All => "ALL",
            ProjectionType::KeysOnly => "KEYS_ONLY",
            ProjectionType::Include => "INCLUDE",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ProjectionType` is expected. The caller vouches that it evaluates to one of
    /// [`ProjectionType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ProjectionType> {
        expr.into().cast()
    }
}
impl TfEnum for ProjectionType {
    const VALUES: &'static [&'static str] = &["ALL", "KEYS_ONLY", "INCLUDE"];
    fn as_str(self) -> &'static str {
        ProjectionType::as_str(self)
    }
}
impl std::fmt::Display for ProjectionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ProjectionType> for Expr<ProjectionType> {
    fn from(value: ProjectionType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ProjectionType> for Expr<String> {
    fn from(value: ProjectionType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The HTTP status of a load balancer redirect: permanent (`HTTP_301`) or temporary (`HTTP_302`).
///
/// Values: `HTTP_301`, `HTTP_302`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RedirectActionConfig.html>.
///
/// Setters typed `impl Into<Expr<RedirectStatusCode>>` take a variant, or a reference made with
/// [`RedirectStatusCode::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RedirectStatusCode {
    /// `HTTP_301`.
    Permanent,
    /// `HTTP_302`.
    Temporary,
}
impl RedirectStatusCode {
    /// Every value, in the order AWS documents them.
    pub const ALL: [RedirectStatusCode; 2] = [
        RedirectStatusCode::Permanent,
        RedirectStatusCode::Temporary,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            RedirectStatusCode::Permanent => "HTTP_301",
            RedirectStatusCode::Temporary => "HTTP_302",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `RedirectStatusCode` is expected. The caller vouches that it evaluates to one of
    /// [`RedirectStatusCode::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<RedirectStatusCode> {
        expr.into().cast()
    }
}
impl TfEnum for RedirectStatusCode {
    const VALUES: &'static [&'static str] = &["HTTP_301", "HTTP_302"];
    fn as_str(self) -> &'static str {
        RedirectStatusCode::as_str(self)
    }
}
impl std::fmt::Display for RedirectStatusCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<RedirectStatusCode> for Expr<RedirectStatusCode> {
    fn from(value: RedirectStatusCode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<RedirectStatusCode> for Expr<String> {
    fn from(value: RedirectStatusCode) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether an S3 replication rule, or one of its features (delete-marker replication, Replication Time Control, replication metrics, SSE-KMS object selection, replica modification sync, existing-object replication), is on.
///
/// Values: `Enabled`, `Disabled`. Source: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_ReplicationRule.html>.
///
/// Setters typed `impl Into<Expr<ReplicationStatus>>` take a variant, or a reference made with
/// [`ReplicationStatus::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReplicationStatus {
    /// `Enabled`.
    Enabled,
    /// `Disabled`.
    Disabled,
}
impl ReplicationStatus {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ReplicationStatus; 2] = [
        ReplicationStatus::Enabled,
        ReplicationStatus::Disabled,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ReplicationStatus::Enabled => "Enabled",
            ReplicationStatus::Disabled => "Disabled",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ReplicationStatus` is expected. The caller vouches that it evaluates to one of
    /// [`ReplicationStatus::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ReplicationStatus> {
        expr.into().cast()
    }
}
impl TfEnum for ReplicationStatus {
    const VALUES: &'static [&'static str] = &["Enabled", "Disabled"];
    fn as_str(self) -> &'static str {
        ReplicationStatus::as_str(self)
    }
}
impl std::fmt::Display for ReplicationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ReplicationStatus> for Expr<ReplicationStatus> {
    fn from(value: ReplicationStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ReplicationStatus> for Expr<String> {
    fn from(value: ReplicationStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// Whether a network ACL rule allows or denies matching traffic.
///
/// Values: `allow`, `deny`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html>.
///
/// Setters typed `impl Into<Expr<RuleAction>>` take a variant, or a reference made with
/// [`RuleAction::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleAction {
    /// `allow`.
    Allow,
    /// `deny`.
    Deny,
}
impl RuleAction {
    /// Every value, in the order AWS documents them.
    pub const ALL: [RuleAction; 2] = [RuleAction::Allow, RuleAction::Deny];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleAction::Allow => "allow",
            RuleAction::Deny => "deny",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `RuleAction` is expected. The caller vouches that it evaluates to one of
    /// [`RuleAction::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<RuleAction> {
        expr.into().cast()
    }
}
impl TfEnum for RuleAction {
    const VALUES: &'static [&'static str] = &["allow", "deny"];
    fn as_str(self) -> &'static str {
        RuleAction::as_str(self)
    }
}
impl std::fmt::Display for RuleAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<RuleAction> for Expr<RuleAction> {
    fn from(value: RuleAction) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<RuleAction> for Expr<String> {
    fn from(value: RuleAction) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The type of a DynamoDB key attribute: string, number or binary.
///
/// Values: `S`, `N`, `B`. Source: <https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeDefinition.html>.
///
/// Setters typed `impl Into<Expr<ScalarAttributeType>>` take a variant, or a reference made with
/// [`ScalarAttributeType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScalarAttributeType {
    /// `S`.
    String,
    /// `N`.
    Number,
    /// `B`.
    Binary,
}
impl ScalarAttributeType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ScalarAttributeType; 3] = [
        ScalarAttributeType::String,
        ScalarAttributeType::Number,
        ScalarAttributeType::Binary,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ScalarAttributeType::String => "S",
            ScalarAttributeType::Number => "N",
            ScalarAttributeType::Binary => "B",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ScalarAttributeType` is expected. The caller vouches that it evaluates to one of
    /// [`ScalarAttributeType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ScalarAttributeType> {
        expr.into().cast()
    }
}
impl TfEnum for ScalarAttributeType {
    const VALUES: &'static [&'static str] = &["S", "N", "B"];
    fn as_str(self) -> &'static str {
        ScalarAttributeType::as_str(self)
    }
}
impl std::fmt::Display for ScalarAttributeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ScalarAttributeType> for Expr<ScalarAttributeType> {
    fn from(value: ScalarAttributeType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ScalarAttributeType> for Expr<String> {
    fn from(value: ScalarAttributeType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The kind of an EC2 Auto Scaling policy.
///
/// Values: `SimpleScaling`, `StepScaling`, `TargetTrackingScaling`, `PredictiveScaling`. Source: <https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutScalingPolicy.html>.
///
/// Setters typed `impl Into<Expr<ScalingPolicyType>>` take a variant, or a reference made with
/// [`ScalingPolicyType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScalingPolicyType {
    /// `SimpleScaling`.
    SimpleScaling,
    /// `StepScaling`.
    StepScaling,
    /// `TargetTrackingScaling`.
    TargetTrackingScaling,
    /// `PredictiveScaling`.
    PredictiveScaling,
}
impl ScalingPolicyType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [ScalingPolicyType; 4] = [
        ScalingPolicyType::SimpleScaling,
        ScalingPolicyType::StepScaling,
        ScalingPolicyType::TargetTrackingScaling,
        ScalingPolicyType::PredictiveScaling,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            ScalingPolicyType::SimpleScaling => "SimpleScaling",
            ScalingPolicyType::StepScaling => "StepScaling",
            ScalingPolicyType::TargetTrackingScaling => "TargetTrackingScaling",
            ScalingPolicyType::PredictiveScaling => "PredictiveScaling",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `ScalingPolicyType` is expected. The caller vouches that it evaluates to one of
    /// [`ScalingPolicyType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<ScalingPolicyType> {
        expr.into().cast()
    }
}
impl TfEnum for ScalingPolicyType {
    const VALUES: &'static [&'static str] = &[
        "SimpleScaling",
        "StepScaling",
        "TargetTrackingScaling",
        "PredictiveScaling",
    ];
    fn as_str(self) -> &'static str {
        ScalingPolicyType::as_str(self)
    }
}
impl std::fmt::Display for ScalingPolicyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<ScalingPolicyType> for Expr<ScalingPolicyType> {
    fn from(value: ScalingPolicyType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<ScalingPolicyType> for Expr<String> {
    fn from(value: ScalingPolicyType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How an SNS subscription delivers: to an HTTP(S) endpoint, an email address (plain or JSON), an SMS number, an SQS queue, a mobile push application, a Lambda function or a Firehose stream.
///
/// Values: `http`, `https`, `email`, `email-json`, `sms`, `sqs`, `application`, `lambda`, `firehose`. Source: <https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html>.
///
/// Setters typed `impl Into<Expr<SnsProtocol>>` take a variant, or a reference made with
/// [`SnsProtocol::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SnsProtocol {
    /// `http`.
    Http,
    /// `https`.
    Https,
    /// `email`.
    Email,
    /// `email-json`.
    EmailJson,
    /// `sms`.
    Sms,
    /// `sqs`.
    Sqs,
    /// `application`.
    Application,
    /// `lambda`.
    Lambda,
    /// `firehose`.
    Firehose,
}
impl SnsProtocol {
    /// Every value, in the order AWS documents them.
    pub const ALL: [SnsProtocol; 9] = [
        SnsProtocol::Http,
        SnsProtocol::Https,
        SnsProtocol::Email,
        SnsProtocol::EmailJson,
        SnsProtocol::Sms,
        SnsProtocol::Sqs,
        SnsProtocol::Application,
        SnsProtocol::Lambda,
        SnsProtocol::Firehose,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            SnsProtocol::Http => "http",
            SnsProtocol::Https => "https",
            SnsProtocol::Email => "email",
            SnsProtocol::EmailJson => "email-json",
            SnsProtocol::Sms => "sms",
            SnsProtocol::Sqs => "sqs",
            SnsProtocol::Application => "application",
            SnsProtocol::Lambda => "lambda",
            SnsProtocol::Firehose => "firehose",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `SnsProtocol` is expected. The caller vouches that it evaluates to one of
    /// [`SnsProtocol::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<SnsProtocol> {
        expr.into().cast()
    }
}
impl TfEnum for SnsProtocol {
    const VALUES: &'static [&'static str] = &[
        "http",
        "https",
        "email",
        "email-json",
        "sms",
        "sqs",
        "application",
        "lambda",
        "firehose",
    ];
    fn as_str(self) -> &'static str {
        SnsProtocol::as_str(self)
    }
}
impl std::fmt::Display for SnsProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<SnsProtocol> for Expr<SnsProtocol> {
    fn from(value: SnsProtocol) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<SnsProtocol> for Expr<String> {
    fn from(value: SnsProtocol) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The server-side encryption algorithm of an S3 bucket's default encryption: S3-managed keys (`AES256`), KMS keys (`aws:kms`) or dual-layer KMS encryption (`aws:kms:dsse`). Like AWS CDK's `BucketEncryption`.
///
/// Values: `AES256`, `aws:kms`, `aws:kms:dsse`. Source: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionByDefault.html>.
///
/// Setters typed `impl Into<Expr<SseAlgorithm>>` take a variant, or a reference made with
/// [`SseAlgorithm::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SseAlgorithm {
    /// `AES256`.
    Aes256,
    /// `aws:kms`.
    AwsKms,
    /// `aws:kms:dsse`.
    AwsKmsDsse,
}
impl SseAlgorithm {
    /// Every value, in the order AWS documents them.
    pub const ALL: [SseAlgorithm; 3] = [
        SseAlgorithm::Aes256,
        SseAlgorithm::AwsKms,
        SseAlgorithm::AwsKmsDsse,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            SseAlgorithm::Aes256 => "AES256",
            SseAlgorithm::AwsKms => "aws:kms",
            SseAlgorithm::AwsKmsDsse => "aws:kms:dsse",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `SseAlgorithm` is expected. The caller vouches that it evaluates to one of
    /// [`SseAlgorithm::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<SseAlgorithm> {
        expr.into().cast()
    }
}
impl TfEnum for SseAlgorithm {
    const VALUES: &'static [&'static str] = &["AES256", "aws:kms", "aws:kms:dsse"];
    fn as_str(self) -> &'static str {
        SseAlgorithm::as_str(self)
    }
}
impl std::fmt::Display for SseAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<SseAlgorithm> for Expr<SseAlgorithm> {
    fn from(value: SseAlgorithm) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<SseAlgorithm> for Expr<String> {
    fn from(value: SseAlgorithm) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The type of an SSM Parameter Store parameter.
///
/// Values: `String`, `StringList`, `SecureString`. Source: <https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html>.
///
/// Setters typed `impl Into<Expr<SsmParameterType>>` take a variant, or a reference made with
/// [`SsmParameterType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SsmParameterType {
    /// `String`.
    String,
    /// `StringList`.
    StringList,
    /// `SecureString`.
    SecureString,
}
impl SsmParameterType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [SsmParameterType; 3] = [
        SsmParameterType::String,
        SsmParameterType::StringList,
        SsmParameterType::SecureString,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            SsmParameterType::String => "String",
            SsmParameterType::StringList => "StringList",
            SsmParameterType::SecureString => "SecureString",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `SsmParameterType` is expected. The caller vouches that it evaluates to one of
    /// [`SsmParameterType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<SsmParameterType> {
        expr.into().cast()
    }
}
impl TfEnum for SsmParameterType {
    const VALUES: &'static [&'static str] = &["String", "StringList", "SecureString"];
    fn as_str(self) -> &'static str {
        SsmParameterType::as_str(self)
    }
}
impl std::fmt::Display for SsmParameterType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<SsmParameterType> for Expr<SsmParameterType> {
    fn from(value: SsmParameterType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<SsmParameterType> for Expr<String> {
    fn from(value: SsmParameterType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// What a DynamoDB stream record holds (global tables need `NEW_AND_OLD_IMAGES`).
///
/// Values: `KEYS_ONLY`, `NEW_IMAGE`, `OLD_IMAGE`, `NEW_AND_OLD_IMAGES`. Source: <https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html>.
///
/// Setters typed `impl Into<Expr<StreamViewType>>` take a variant, or a reference made with
/// [`StreamViewType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamViewType {
    /// `KEYS_ONLY`.
    KeysOnly,
    /// `NEW_IMAGE`.
    NewImage,
    /// `OLD_IMAGE`.
    OldImage,
    /// `NEW_AND_OLD_IMAGES`.
    NewAndOldImages,
}
impl StreamViewType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [StreamViewType; 4] = [
        StreamViewType::KeysOnly,
        StreamViewType::NewImage,
        StreamViewType::OldImage,
        StreamViewType::NewAndOldImages,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            StreamViewType::KeysOnly => "KEYS_ONLY",
            StreamViewType::NewImage => "NEW_IMAGE",
            StreamViewType::OldImage => "OLD_IMAGE",
            StreamViewType::NewAndOldImages => "NEW_AND_OLD_IMAGES",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `StreamViewType` is expected. The caller vouches that it evaluates to one of
    /// [`StreamViewType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<StreamViewType> {
        expr.into().cast()
    }
}
impl TfEnum for StreamViewType {
    const VALUES: &'static [&'static str] = &[
        "KEYS_ONLY",
        "NEW_IMAGE",
        "OLD_IMAGE",
        "NEW_AND_OLD_IMAGES",
    ];
    fn as_str(self) -> &'static str {
        StreamViewType::as_str(self)
    }
}
impl std::fmt::Display for StreamViewType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<StreamViewType> for Expr<StreamViewType> {
    fn from(value: StreamViewType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<StreamViewType> for Expr<String> {
    fn from(value: StreamViewType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The storage class of a DynamoDB table.
///
/// Values: `STANDARD`, `STANDARD_INFREQUENT_ACCESS`. Source: <https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableClassSummary.html>.
///
/// Setters typed `impl Into<Expr<TableClass>>` take a variant, or a reference made with
/// [`TableClass::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TableClass {
    /// `STANDARD`.
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`.
    StandardInfrequentAccess,
}
impl TableClass {
    /// Every value, in the order AWS documents them.
    pub const ALL: [TableClass; 2] = [
        TableClass::Standard,
        TableClass::StandardInfrequentAccess,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TableClass::Standard => "STANDARD",
            TableClass::StandardInfrequentAccess => "STANDARD_INFREQUENT_ACCESS",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `TableClass` is expected. The caller vouches that it evaluates to one of
    /// [`TableClass::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<TableClass> {
        expr.into().cast()
    }
}
impl TfEnum for TableClass {
    const VALUES: &'static [&'static str] = &["STANDARD", "STANDARD_INFREQUENT_ACCESS"];
    fn as_str(self) -> &'static str {
        TableClass::as_str(self)
    }
}
impl std::fmt::Display for TableClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<TableClass> for Expr<TableClass> {
    fn from(value: TableClass) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<TableClass> for Expr<String> {
    fn from(value: TableClass) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// What a target group's targets are: EC2 instances (by id), IP addresses, a Lambda function, or an Application Load Balancer.
///
/// Values: `instance`, `ip`, `lambda`, `alb`. Source: <https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html>.
///
/// Setters typed `impl Into<Expr<TargetType>>` take a variant, or a reference made with
/// [`TargetType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TargetType {
    /// `instance`.
    Instance,
    /// `ip`.
    Ip,
    /// `lambda`.
    Lambda,
    /// `alb`.
    Alb,
}
impl TargetType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [TargetType; 4] = [
        TargetType::Instance,
        TargetType::Ip,
        TargetType::Lambda,
        TargetType::Alb,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TargetType::Instance => "instance",
            TargetType::Ip => "ip",
            TargetType::Lambda => "lambda",
            TargetType::Alb => "alb",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `TargetType` is expected. The caller vouches that it evaluates to one of
    /// [`TargetType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<TargetType> {
        expr.into().cast()
    }
}
impl TfEnum for TargetType {
    const VALUES: &'static [&'static str] = &["instance", "ip", "lambda", "alb"];
    fn as_str(self) -> &'static str {
        TargetType::as_str(self)
    }
}
impl std::fmt::Display for TargetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<TargetType> for Expr<TargetType> {
    fn from(value: TargetType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<TargetType> for Expr<String> {
    fn from(value: TargetType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// How a CloudWatch alarm treats missing data points.
///
/// Values: `missing`, `ignore`, `breaching`, `notBreaching`. Source: <https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data>.
///
/// Setters typed `impl Into<Expr<TreatMissingData>>` take a variant, or a reference made with
/// [`TreatMissingData::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TreatMissingData {
    /// `missing`.
    Missing,
    /// `ignore`.
    Ignore,
    /// `breaching`.
    Breaching,
    /// `notBreaching`.
    NotBreaching,
}
impl TreatMissingData {
    /// Every value, in the order AWS documents them.
    pub const ALL: [TreatMissingData; 4] = [
        TreatMissingData::Missing,
        TreatMissingData::Ignore,
        TreatMissingData::Breaching,
        TreatMissingData::NotBreaching,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TreatMissingData::Missing => "missing",
            TreatMissingData::Ignore => "ignore",
            TreatMissingData::Breaching => "breaching",
            TreatMissingData::NotBreaching => "notBreaching",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `TreatMissingData` is expected. The caller vouches that it evaluates to one of
    /// [`TreatMissingData::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<TreatMissingData> {
        expr.into().cast()
    }
}
impl TfEnum for TreatMissingData {
    const VALUES: &'static [&'static str] = &[
        "missing",
        "ignore",
        "breaching",
        "notBreaching",
    ];
    fn as_str(self) -> &'static str {
        TreatMissingData::as_str(self)
    }
}
impl std::fmt::Display for TreatMissingData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<TreatMissingData> for Expr<TreatMissingData> {
    fn from(value: TreatMissingData) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<TreatMissingData> for Expr<String> {
    fn from(value: TreatMissingData) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The versioning state of an S3 bucket. `Disabled` only for buckets that were never versioned (creating or importing them); a versioned bucket can only be `Suspended`.
///
/// Values: `Enabled`, `Suspended`, `Disabled`. Source: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_VersioningConfiguration.html>.
///
/// Setters typed `impl Into<Expr<VersioningStatus>>` take a variant, or a reference made with
/// [`VersioningStatus::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VersioningStatus {
    /// `Enabled`.
    Enabled,
    /// `Suspended`.
    Suspended,
    /// `Disabled`.
    Disabled,
}
impl VersioningStatus {
    /// Every value, in the order AWS documents them.
    pub const ALL: [VersioningStatus; 3] = [
        VersioningStatus::Enabled,
        VersioningStatus::Suspended,
        VersioningStatus::Disabled,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            VersioningStatus::Enabled => "Enabled",
            VersioningStatus::Suspended => "Suspended",
            VersioningStatus::Disabled => "Disabled",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `VersioningStatus` is expected. The caller vouches that it evaluates to one of
    /// [`VersioningStatus::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<VersioningStatus> {
        expr.into().cast()
    }
}
impl TfEnum for VersioningStatus {
    const VALUES: &'static [&'static str] = &["Enabled", "Suspended", "Disabled"];
    fn as_str(self) -> &'static str {
        VersioningStatus::as_str(self)
    }
}
impl std::fmt::Display for VersioningStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<VersioningStatus> for Expr<VersioningStatus> {
    fn from(value: VersioningStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<VersioningStatus> for Expr<String> {
    fn from(value: VersioningStatus) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
/// The type of a VPC endpoint.
///
/// Values: `Interface`, `Gateway`, `GatewayLoadBalancer`, `Resource`, `ServiceNetwork`. Source: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpcEndpoint.html>.
///
/// Setters typed `impl Into<Expr<VpcEndpointType>>` take a variant, or a reference made with
/// [`VpcEndpointType::from_expr`]; a plain string does not compile there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VpcEndpointType {
    /// `Interface`.
    Interface,
    /// `Gateway`.
    Gateway,
    /// `GatewayLoadBalancer`.
    GatewayLoadBalancer,
    /// `Resource`.
    Resource,
    /// `ServiceNetwork`.
    ServiceNetwork,
}
impl VpcEndpointType {
    /// Every value, in the order AWS documents them.
    pub const ALL: [VpcEndpointType; 5] = [
        VpcEndpointType::Interface,
        VpcEndpointType::Gateway,
        VpcEndpointType::GatewayLoadBalancer,
        VpcEndpointType::Resource,
        VpcEndpointType::ServiceNetwork,
    ];
    /// The value as Terraform and AWS spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            VpcEndpointType::Interface => "Interface",
            VpcEndpointType::Gateway => "Gateway",
            VpcEndpointType::GatewayLoadBalancer => "GatewayLoadBalancer",
            VpcEndpointType::Resource => "Resource",
            VpcEndpointType::ServiceNetwork => "ServiceNetwork",
        }
    }
    /// An expression Terraform evaluates (a variable, another resource's attribute) used
    /// where a `VpcEndpointType` is expected. The caller vouches that it evaluates to one of
    /// [`VpcEndpointType::ALL`]; Terraform's provider checks it at plan time.
    pub fn from_expr(expr: impl Into<Expr<String>>) -> Expr<VpcEndpointType> {
        expr.into().cast()
    }
}
impl TfEnum for VpcEndpointType {
    const VALUES: &'static [&'static str] = &[
        "Interface",
        "Gateway",
        "GatewayLoadBalancer",
        "Resource",
        "ServiceNetwork",
    ];
    fn as_str(self) -> &'static str {
        VpcEndpointType::as_str(self)
    }
}
impl std::fmt::Display for VpcEndpointType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl From<VpcEndpointType> for Expr<VpcEndpointType> {
    fn from(value: VpcEndpointType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
impl From<VpcEndpointType> for Expr<String> {
    fn from(value: VpcEndpointType) -> Self {
        Expr::from_raw(RawExpr::String(value.as_str().to_string()))
    }
}
