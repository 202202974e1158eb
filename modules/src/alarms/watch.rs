//! [`PrimaryWatchAlarms`]: an alarm per region on what that region's watcher
//! ([`crate::primary_watch`]) sees of the primary — a page that needs nothing of the
//! primary region when it is raised by the DR region's watcher.

use tfdr_dsl::aws::enums::{ComparisonOperator, TreatMissingData};

use super::{add_alarm, Alarm, AlarmSpec, Metric, Statistic, THREE_MINUTES};
use crate::alerting::AlertTopics;
use crate::context::{DrScope, PerRegion};
use crate::primary_watch::{PrimaryWatch, METRIC_NAME, METRIC_NAMESPACE};

/// What [`PrimaryWatchAlarms`] watch.
#[derive(Debug, Clone)]
pub struct PrimaryWatchAlarmsProps<'a> {
    /// The base of the alarm names (e.g. `transactions`).
    pub name: String,
    /// The watchers.
    pub watch: &'a PrimaryWatch,
    /// Each alarm notifies its region's topic.
    pub topics: &'a AlertTopics,
}

/// The watchers' alarms, one per region: `PrimaryHealthy` (minimum) below 1 for 3
/// minutes in a row, missing data breaching (a watcher that stopped reporting is a page
/// too). Dereferences to [`PerRegion<Alarm>`].
#[derive(Debug, Clone)]
pub struct PrimaryWatchAlarms(PerRegion<Alarm>);

impl std::ops::Deref for PrimaryWatchAlarms {
    type Target = PerRegion<Alarm>;
    fn deref(&self) -> &PerRegion<Alarm> {
        &self.0
    }
}

impl PrimaryWatchAlarms {
    /// Builds the alarms under `scope/<id>/<primary|dr>/alarm`.
    pub fn new(scope: &DrScope, id: &str, props: &PrimaryWatchAlarmsProps<'_>) -> Self {
        let me = scope.child(id);
        PrimaryWatchAlarms(PerRegion::from_fn(|side| {
            let observer = *props.watch.observers.get(side);
            let description = format!(
                "{name}: the watcher in {observer} could not get a healthy answer from the \
                 primary region's health endpoint for 3 minutes ({METRIC_NAMESPACE} \
                 {METRIC_NAME}, minimum, Observer={observer}; no data counts as breaching: the \
                 watcher stopped). Compare with the Route 53 health check of the primary: if \
                 both fail, the failover function should have been invoked (its report is on \
                 the topics); if only this watcher fails, check its region's network path \
                 (NAT gateway) and its logs.",
                name = props.name
            );
            add_alarm(
                &me,
                "alarm",
                props.topics,
                AlarmSpec {
                    base: format!("{}-primary-watch-{}", props.name, side.alias()),
                    metric: Metric::primary_watch(observer),
                    statistic: Statistic::Minimum,
                    comparison: ComparisonOperator::LessThanThreshold,
                    threshold: 1.0,
                    evaluation: THREE_MINUTES,
                    missing_data: TreatMissingData::Breaching,
                    description,
                },
            )
        }))
    }

    /// Both alarms.
    pub fn alarms(&self) -> Vec<&Alarm> {
        vec![&self.0.primary, &self.0.dr]
    }
}
