//! A typed CloudWatch dashboard body: serde structs for the documented body structure
//! (widgets on a 24-column grid; metric widgets whose every metric carries its region;
//! horizontal annotations; alarm-status widgets; text widgets), never hand-written JSON.
//!
//! Values that are only known at apply (alarm ARNs, bucket names, health-check ids) are
//! [`Text::Computed`]. [`DashboardBody::to_expr`] renders the body as a literal JSON string when
//! it has none, and as `jsonencode({…})` — a Terraform expression over the same object —
//! when it has some. Either way the output is deterministic: object keys are sorted
//! (serde_json's map here, Terraform's `jsonencode` there) and every list keeps the order
//! the builder gave it.
//!
//! Reference: <https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html>.

use std::cell::RefCell;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value;
use tfdr_dsl::{Dynamic, Expr, RawExpr, Region};

use crate::alarms::{Metric, Statistic};

/// Columns of the dashboard grid.
pub const GRID_WIDTH: u32 = 24;

/// The key of the placeholder object a reference is serialized as while the body is
/// turned into an expression (no field of the body is named so).
const REF_KEY: &str = "$tfdr-reference";

thread_local! {
    /// The references met while serializing a body in [`DashboardBody::to_value`].
    static REFERENCES: RefCell<Option<Vec<RawExpr>>> = const { RefCell::new(None) };
}

/// Text in a dashboard body: literal, or an expression Terraform resolves.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Literal text.
    Literal(String),
    /// An expression (a reference, a template) evaluated at apply. (Not called `Expr`: a
    /// second item of that name makes rustc spell `tfdr::Expr` in every user's type
    /// errors, which `tests/compile_fail` pins.)
    Computed(Expr<String>),
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Literal(s.to_string())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Literal(s)
    }
}

impl From<Expr<String>> for Text {
    /// A literal string expression stays literal text.
    fn from(e: Expr<String>) -> Self {
        match e.raw() {
            RawExpr::String(s) => Text::Literal(s.clone()),
            _ => Text::Computed(e),
        }
    }
}

impl From<&Expr<String>> for Text {
    fn from(e: &Expr<String>) -> Self {
        Text::from(e.clone())
    }
}

impl Text {
    /// Whether the text is an expression.
    pub fn is_expr(&self) -> bool {
        matches!(self, Text::Computed(_))
    }
}

impl Serialize for Text {
    /// Literal text as a string; an expression as `{"$tfdr-reference": n}`, its index in
    /// the references collected while [`DashboardBody::to_expr`] serializes the body
    /// (`null` outside of it).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Literal(text) => s.serialize_str(text),
            Text::Computed(e) => {
                let index = REFERENCES.with(|r| {
                    r.borrow_mut().as_mut().map(|refs| {
                        refs.push(e.raw().clone());
                        refs.len() - 1
                    })
                });
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry(REF_KEY, &index)?;
                map.end()
            }
        }
    }
}

/// Integral numbers as integers (`900`, not `900.0`), others as they are.
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn option_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// Whether the dashboard's period applies to every widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodOverride {
    /// CloudWatch picks each widget's period from the time range.
    Auto,
    /// Each widget keeps its own `period`.
    Inherit,
}

/// A whole dashboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DashboardBody {
    /// The default time range, an ISO 8601 duration before now (e.g. `-PT3H`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Whether widgets keep their own periods.
    pub period_override: PeriodOverride,
    /// The widgets, in order.
    pub widgets: Vec<Widget>,
}

/// One widget at its place on the grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Widget {
    /// What the widget shows (`type` and `properties`).
    #[serde(flatten)]
    pub content: WidgetContent,
    /// Column (0–23).
    pub x: u32,
    /// Row.
    pub y: u32,
    /// Columns wide (1–24).
    pub width: u32,
    /// Rows high.
    pub height: u32,
}

/// The kinds of widget a DR dashboard uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "properties", rename_all = "lowercase")]
pub enum WidgetContent {
    /// A graph (or number) of metrics.
    Metric(MetricWidget),
    /// The states of alarms.
    Alarm(AlarmWidget),
    /// Markdown.
    Text(TextWidget),
}

/// How a metric widget draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum View {
    /// Lines over time.
    TimeSeries,
    /// The latest value as a number.
    SingleValue,
}

/// Which vertical axis a line or annotation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Axis {
    /// The left axis.
    Left,
    /// The right axis.
    Right,
}

/// A graph of metrics, all of one region (the widget's), each line naming its region.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricWidget {
    /// The title.
    pub title: String,
    /// The widget's region (CloudWatch requires it; each line also names its own).
    pub region: Region,
    /// How it draws.
    pub view: View,
    /// Whether lines are stacked.
    pub stacked: bool,
    /// Seconds per data point.
    pub period: u32,
    /// The lines.
    pub metrics: Vec<MetricLine>,
    /// Threshold lines.
    #[serde(skip_serializing_if = "Annotations::is_empty")]
    pub annotations: Annotations,
    /// Axis ranges.
    #[serde(rename = "yAxis", skip_serializing_if = "YAxes::is_empty")]
    pub y_axis: YAxes,
}

/// One line: a metric, how it is aggregated, its label and axis.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricLine {
    /// The metric (its region goes into the line's options).
    pub metric: Metric,
    /// The statistic.
    pub stat: Statistic,
    /// The legend label.
    pub label: String,
    /// The axis.
    pub axis: Axis,
}

/// The rendering options of a line (the last element of its array).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LineOptions<'a> {
    region: Region,
    stat: &'static str,
    label: &'a str,
    y_axis: Axis,
}

impl Serialize for MetricLine {
    /// `[namespace, name, dimension, value, …, {region, stat, label, yAxis}]`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = &self.metric;
        let mut seq = s.serialize_seq(Some(3 + 2 * m.dimensions.len()))?;
        seq.serialize_element(m.name.namespace())?;
        seq.serialize_element(m.name.as_str())?;
        for (k, v) in &m.dimensions {
            seq.serialize_element(k)?;
            seq.serialize_element(&Text::from(v))?;
        }
        seq.serialize_element(&LineOptions {
            region: m.region,
            stat: self.stat.as_str(),
            label: &self.label,
            y_axis: self.axis,
        })?;
        seq.end()
    }
}

/// Threshold lines of a metric widget.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Annotations {
    /// Horizontal lines (thresholds).
    pub horizontal: Vec<HorizontalAnnotation>,
}

impl Annotations {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.horizontal.is_empty()
    }
}

/// A horizontal line at `value`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HorizontalAnnotation {
    /// What the line means (e.g. the alarm's threshold).
    pub label: String,
    /// Where it is, in the axis's unit.
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// Which axis.
    #[serde(rename = "yAxis")]
    pub axis: Axis,
}

/// Ranges of the vertical axes.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct YAxes {
    /// The left axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub left: Option<AxisRange>,
    /// The right axis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub right: Option<AxisRange>,
}

impl YAxes {
    /// Whether neither axis is set.
    pub fn is_empty(&self) -> bool {
        self.left.is_none() && self.right.is_none()
    }
}

/// The range and label of one axis.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AxisRange {
    /// Lowest value shown.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "option_number"
    )]
    pub min: Option<f64>,
    /// Highest value shown.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "option_number"
    )]
    pub max: Option<f64>,
    /// The axis label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether units are shown next to the label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_units: Option<bool>,
}

/// How an alarm widget orders its alarms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AlarmSort {
    /// Alarms first, then insufficient data, then OK.
    Default,
    /// Most recently changed first.
    StateUpdatedTimestamp,
}

/// The states of alarms (of one region: their ARNs name it).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlarmWidget {
    /// The title.
    pub title: String,
    /// The alarm ARNs (1–100).
    pub alarms: Vec<Text>,
    /// The order.
    pub sort_by: AlarmSort,
}

/// Markdown text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextWidget {
    /// The markdown.
    pub markdown: String,
}

impl DashboardBody {
    /// The body as a JSON value, with each expression as `{"$tfdr-reference": n}`, and the
    /// expressions in order of `n`.
    fn to_value(&self) -> (Value, Vec<RawExpr>) {
        let outer = REFERENCES.with(|r| r.replace(Some(Vec::new())));
        // serde_json's value serializer fails only on non-string map keys, which these
        // types do not have.
        let value = serde_json::to_value(self).unwrap_or(Value::Null);
        let refs = REFERENCES.with(|r| r.replace(outer)).unwrap_or_default();
        (value, refs)
    }

    /// The body as a JSON value where each expression is `{"$tfdr-reference": n}`: for
    /// tests and tools that check the shape.
    pub fn to_json_value(&self) -> Value {
        self.to_value().0
    }

    /// Whether any text in the body is an expression.
    pub fn has_references(&self) -> bool {
        !self.to_value().1.is_empty()
    }

    /// The `dashboard_body` argument: the JSON text itself when the body holds no
    /// expression, else `jsonencode({…})` of the same object with the expressions in
    /// place.
    pub fn to_expr(&self) -> Expr<String> {
        let (value, refs) = self.to_value();
        if refs.is_empty() {
            return Expr::from(value.to_string());
        }
        Expr::<String>::jsonencode::<Dynamic>(Expr::from_raw(to_raw(&value, &refs)))
    }
}

/// `value` as an expression tree, placeholders replaced by their expressions.
fn to_raw(value: &Value, refs: &[RawExpr]) -> RawExpr {
    match value {
        Value::Object(map) => {
            if map.len() == 1 {
                if let Some(Value::Number(n)) = map.get(REF_KEY) {
                    if let Some(e) = n
                        .as_u64()
                        .and_then(|i| usize::try_from(i).ok())
                        .and_then(|i| refs.get(i))
                    {
                        return e.clone();
                    }
                }
            }
            RawExpr::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), to_raw(v, refs)))
                    .collect(),
            )
        }
        Value::Array(items) => RawExpr::List(items.iter().map(|v| to_raw(v, refs)).collect()),
        other => RawExpr::from_json(other),
    }
}

/// Places widgets left to right on the 24-column grid, starting a new row when one does
/// not fit (or on [`Grid::new_row`]); a row is as high as its highest widget. Widths are
/// kept within 1–24.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    widgets: Vec<Widget>,
    x: u32,
    y: u32,
    row_height: u32,
}

impl Grid {
    /// An empty grid.
    pub fn new() -> Self {
        Grid::default()
    }

    /// Adds `content` `width` columns wide and `height` rows high at the next free place.
    pub fn place(&mut self, width: u32, height: u32, content: WidgetContent) -> &mut Self {
        let width = width.clamp(1, GRID_WIDTH);
        let height = height.max(1);
        if self.x + width > GRID_WIDTH {
            self.new_row();
        }
        self.widgets.push(Widget {
            content,
            x: self.x,
            y: self.y,
            width,
            height,
        });
        self.x += width;
        self.row_height = self.row_height.max(height);
        self
    }

    /// Starts a new row (nothing if the current one is empty).
    pub fn new_row(&mut self) -> &mut Self {
        if self.x > 0 {
            self.y += self.row_height;
            self.x = 0;
            self.row_height = 0;
        }
        self
    }

    /// The widgets placed so far.
    pub fn into_widgets(self) -> Vec<Widget> {
        self.widgets
    }
}
