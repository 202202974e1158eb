//! Storage-class tiering of S3 objects: current versions move from STANDARD to
//! STANDARD_IA and then to an archive class, optionally expire, and noncurrent versions
//! optionally move to a cheaper class before they expire.
//!
//! The rules are S3's, checked once here ([`Tiering::new`]) so a bucket never gets a
//! lifecycle configuration S3 rejects or one that pays minimum-duration charges by
//! construction. Sources (Amazon S3 API Reference, `Transition`:
//! <https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html>, and the
//! Amazon S3 User Guide, "Transitioning objects using Amazon S3 Lifecycle", section
//! "Constraints and considerations for transitions":
//! <https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html>):
//!
//! - Objects must stay at least 30 days in STANDARD before a transition to STANDARD_IA
//!   ("If the specified storage class is `STANDARD_IA` or `ONEZONE_IA`, valid values are
//!   positive integers greater than 30"; S3 accepts 30). The same holds for noncurrent
//!   versions (`NoncurrentDays` of a `STANDARD_IA` transition).
//! - Transitions only go down the waterfall STANDARD → STANDARD_IA → GLACIER_IR →
//!   GLACIER (→ DEEP_ARCHIVE), never back up: the archive class is reached after
//!   STANDARD_IA, and STANDARD_IA has a 30-day minimum storage duration, so the archive
//!   transition is at least 30 days after the STANDARD_IA one.
//! - GLACIER_IR and GLACIER have a 90-day minimum storage duration: an object deleted (or
//!   expired) earlier is billed for the remaining days. S3 accepts such a configuration;
//!   we do not, so an expiry is at least 90 days after the archive transition (and a
//!   noncurrent expiry at least the minimum duration after the noncurrent transition).
//! - Objects smaller than 128 KB are not transitioned by default (the bucket's
//!   `transition_default_minimum_object_size`, `all_storage_classes_128K`): storing them
//!   in IA or an archive class costs more than it saves (per-object overhead and
//!   minimum billable size). A custom `ObjectSizeGreaterThan` filter on the rule takes
//!   precedence over that default: [`TieringSpec::transition_objects_larger_than_bytes`].

use serde::{Deserialize, Serialize};
use tfdr_dsl::Error;

use super::ExpiryDays;

/// Days an object must stay in STANDARD before it may move to STANDARD_IA, and STANDARD_IA's
/// minimum storage duration (S3 User Guide, "Constraints and considerations for
/// transitions").
pub const STANDARD_IA_MIN_DAYS: u32 = 30;

/// Minimum storage duration of GLACIER_IR and GLACIER, days: deleting earlier is billed
/// as if the object had stayed this long.
pub const ARCHIVE_MIN_DAYS: u32 = 90;

/// The largest S3 object, bytes (5 TiB): a size filter at or above it transitions
/// nothing.
pub const MAX_OBJECT_BYTES: u64 = 5 * 1024 * 1024 * 1024 * 1024;

/// Upper bound of any number of days in a tiering (100 years, as [`ExpiryDays`]).
const MAX_DAYS: u32 = 36_500;

/// The archive class current versions reach after STANDARD_IA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ArchiveClass {
    /// `GLACIER_IR` (S3 Glacier Instant Retrieval): millisecond reads, no restore. The
    /// right choice for data a failover may need to read at once.
    #[serde(rename = "GLACIER_IR")]
    GlacierInstantRetrieval,
    /// `GLACIER` (S3 Glacier Flexible Retrieval): cheaper storage, but objects must be
    /// restored (minutes to hours) before they can be read: not data a recovery reads.
    #[serde(rename = "GLACIER")]
    GlacierFlexibleRetrieval,
}

impl ArchiveClass {
    /// The storage class as S3 and the provider spell it.
    pub fn storage_class(self) -> &'static str {
        match self {
            ArchiveClass::GlacierInstantRetrieval => "GLACIER_IR",
            ArchiveClass::GlacierFlexibleRetrieval => "GLACIER",
        }
    }
}

/// A storage class noncurrent versions may move to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TierClass {
    /// `STANDARD_IA` (S3 Standard-Infrequent Access).
    #[serde(rename = "STANDARD_IA")]
    StandardIa,
    /// An archive class.
    #[serde(untagged)]
    Archive(ArchiveClass),
}

impl TierClass {
    /// The storage class as S3 and the provider spell it.
    pub fn storage_class(self) -> &'static str {
        match self {
            TierClass::StandardIa => "STANDARD_IA",
            TierClass::Archive(a) => a.storage_class(),
        }
    }

    /// The class's minimum storage duration, days.
    pub fn min_storage_days(self) -> u32 {
        match self {
            TierClass::StandardIa => STANDARD_IA_MIN_DAYS,
            TierClass::Archive(_) => ARCHIVE_MIN_DAYS,
        }
    }
}

/// Noncurrent versions move to `class` this many days after they become noncurrent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoncurrentTransition {
    /// Days after the version becomes noncurrent (≥ 30 for STANDARD_IA, ≥ 1 otherwise).
    pub after_days: u32,
    /// Where the noncurrent versions go.
    pub class: TierClass,
}

/// The fields of a [`Tiering`], unchecked: build one with a struct literal and check it
/// with [`Tiering::new`] (configs deserialize a `Tiering` through it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TieringSpec {
    /// Current versions move from STANDARD to STANDARD_IA this many days after creation
    /// (≥ 30).
    pub infrequent_access_after_days: u32,
    /// The class current versions reach after STANDARD_IA.
    pub archive: ArchiveClass,
    /// Current versions move to [`TieringSpec::archive`] this many days after creation
    /// (≥ `infrequent_access_after_days` + 30).
    pub archive_after_days: u32,
    /// Current versions expire this many days after creation (≥ `archive_after_days` +
    /// 90); `None`: never. On a versioned bucket the expired object becomes a noncurrent
    /// version (behind a delete marker) and then follows the noncurrent rules.
    #[serde(default)]
    pub expire_current_after: Option<ExpiryDays>,
    /// Where noncurrent versions go before they expire; `None`: they stay where they are.
    #[serde(default)]
    pub noncurrent_transition: Option<NoncurrentTransition>,
    /// Only objects larger than this many bytes are transitioned (the rule's
    /// `filter.object_size_greater_than`, < 5 TiB); `None`: no size filter, so S3's
    /// default applies (objects smaller than 128 KB are not transitioned).
    #[serde(default)]
    pub transition_objects_larger_than_bytes: Option<u64>,
}

/// A checked [`TieringSpec`]: every transition S3 accepts, in the waterfall order, with no
/// expiry inside a class's minimum storage duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "TieringSpec", into = "TieringSpec")]
pub struct Tiering(TieringSpec);

fn err(field: &str, rule: String) -> Error {
    Error::new(format!("tiering.{field}"), rule)
}

impl Tiering {
    /// Checks `spec` (see the module docs for the sources of each rule).
    ///
    /// # Errors
    /// The first broken rule, naming the field (`tiering.<field>`):
    /// `infrequent_access_after_days` < 30 or > 36500; `archive_after_days` less than 30
    /// days after `infrequent_access_after_days` or > 36500; `expire_current_after` less
    /// than 90 days after `archive_after_days`; `noncurrent_transition.after_days` 0, >
    /// 36500, or < 30 for STANDARD_IA; `transition_objects_larger_than_bytes` ≥ 5 TiB.
    pub fn new(spec: TieringSpec) -> Result<Tiering, Error> {
        let ia = spec.infrequent_access_after_days;
        if ia < STANDARD_IA_MIN_DAYS {
            return Err(err(
                "infrequent_access_after_days",
                format!(
                    "{ia} is less than {STANDARD_IA_MIN_DAYS}: S3 keeps objects at least \
                     {STANDARD_IA_MIN_DAYS} days in STANDARD before STANDARD_IA"
                ),
            ));
        }
        if ia > MAX_DAYS {
            return Err(err(
                "infrequent_access_after_days",
                format!("{ia} is more than {MAX_DAYS} days"),
            ));
        }
        let archive = spec.archive_after_days;
        let class = spec.archive.storage_class();
        if archive < ia + STANDARD_IA_MIN_DAYS {
            return Err(err(
                "archive_after_days",
                format!(
                    "{archive} is less than infrequent_access_after_days ({ia}) + \
                     {STANDARD_IA_MIN_DAYS}: objects go STANDARD → STANDARD_IA → {class} and \
                     stay at least {STANDARD_IA_MIN_DAYS} days (its minimum storage duration) \
                     in STANDARD_IA"
                ),
            ));
        }
        if archive > MAX_DAYS {
            return Err(err(
                "archive_after_days",
                format!("{archive} is more than {MAX_DAYS} days"),
            ));
        }
        if let Some(expiry) = spec.expire_current_after {
            let days = expiry.days();
            if days < archive + ARCHIVE_MIN_DAYS {
                return Err(err(
                    "expire_current_after",
                    format!(
                        "{days} is less than archive_after_days ({archive}) + \
                         {ARCHIVE_MIN_DAYS}: {class} has a {ARCHIVE_MIN_DAYS}-day minimum \
                         storage duration, so an earlier expiry is billed as if the object had \
                         stayed"
                    ),
                ));
            }
        }
        if let Some(nt) = spec.noncurrent_transition {
            let days = nt.after_days;
            let to = nt.class.storage_class();
            if days == 0 || days > MAX_DAYS {
                return Err(err(
                    "noncurrent_transition.after_days",
                    format!("{days} is outside 1–{MAX_DAYS}"),
                ));
            }
            if nt.class == TierClass::StandardIa && days < STANDARD_IA_MIN_DAYS {
                return Err(err(
                    "noncurrent_transition.after_days",
                    format!(
                        "{days} is less than {STANDARD_IA_MIN_DAYS}: S3 keeps noncurrent \
                         versions at least {STANDARD_IA_MIN_DAYS} days before {to}"
                    ),
                ));
            }
        }
        if let Some(bytes) = spec.transition_objects_larger_than_bytes {
            if bytes >= MAX_OBJECT_BYTES {
                return Err(err(
                    "transition_objects_larger_than_bytes",
                    format!(
                        "{bytes} is not below {MAX_OBJECT_BYTES} (5 TiB, the largest S3 \
                         object): nothing would ever be transitioned"
                    ),
                ));
            }
        }
        Ok(Tiering(spec))
    }

    /// The checked fields.
    pub fn spec(&self) -> &TieringSpec {
        &self.0
    }

    /// Checks the noncurrent transition against the bucket's noncurrent expiry (a rule
    /// across the tiering and the bucket's props): the expiry is at least the transition's
    /// days plus the class's minimum storage duration (30 days for STANDARD_IA, 90 for the
    /// archive classes).
    ///
    /// # Errors
    /// The expiry is too early; the error names both fields.
    pub fn check_noncurrent_expiry(&self, expiry: ExpiryDays) -> Result<(), Error> {
        let Some(nt) = self.0.noncurrent_transition else {
            return Ok(());
        };
        let min = nt.after_days + nt.class.min_storage_days();
        if expiry.days() < min {
            return Err(err(
                "noncurrent_transition.after_days",
                format!(
                    "noncurrent_version_expiry ({}) is less than after_days ({}) + {}: {} has \
                     a {}-day minimum storage duration, so noncurrent versions would be billed \
                     past their expiry",
                    expiry.days(),
                    nt.after_days,
                    nt.class.min_storage_days(),
                    nt.class.storage_class(),
                    nt.class.min_storage_days(),
                ),
            ));
        }
        Ok(())
    }
}

impl TryFrom<TieringSpec> for Tiering {
    type Error = Error;
    fn try_from(spec: TieringSpec) -> Result<Self, Error> {
        Tiering::new(spec)
    }
}

impl From<Tiering> for TieringSpec {
    fn from(t: Tiering) -> TieringSpec {
        t.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 30 days STANDARD, IA until 120, GLACIER_IR, expired after 3 years.
    fn good() -> TieringSpec {
        TieringSpec {
            infrequent_access_after_days: 30,
            archive: ArchiveClass::GlacierInstantRetrieval,
            archive_after_days: 120,
            expire_current_after: Some(ExpiryDays::new(1095).unwrap()),
            noncurrent_transition: Some(NoncurrentTransition {
                after_days: 30,
                class: TierClass::StandardIa,
            }),
            transition_objects_larger_than_bytes: None,
        }
    }

    fn field_of(spec: TieringSpec) -> String {
        Tiering::new(spec).unwrap_err().field
    }

    #[test]
    fn the_limits_themselves_are_accepted() {
        let t = Tiering::new(good()).unwrap();
        assert_eq!(t.spec(), &good());
        let tight = TieringSpec {
            archive_after_days: 60,
            expire_current_after: Some(ExpiryDays::new(150).unwrap()),
            archive: ArchiveClass::GlacierFlexibleRetrieval,
            noncurrent_transition: Some(NoncurrentTransition {
                after_days: 1,
                class: TierClass::Archive(ArchiveClass::GlacierFlexibleRetrieval),
            }),
            transition_objects_larger_than_bytes: Some(MAX_OBJECT_BYTES - 1),
            ..good()
        };
        Tiering::new(tight).unwrap();
    }

    #[test]
    fn standard_ia_before_30_days_is_rejected() {
        let e = Tiering::new(TieringSpec {
            infrequent_access_after_days: 29,
            ..good()
        })
        .unwrap_err();
        assert_eq!(e.field, "tiering.infrequent_access_after_days");
        assert!(e.rule.contains("at least 30 days in STANDARD"), "{e}");
    }

    #[test]
    fn the_archive_comes_30_days_after_standard_ia() {
        let e = Tiering::new(TieringSpec {
            infrequent_access_after_days: 60,
            archive_after_days: 89,
            ..good()
        })
        .unwrap_err();
        assert_eq!(e.field, "tiering.archive_after_days");
        assert!(
            e.rule.contains("STANDARD → STANDARD_IA → GLACIER_IR"),
            "{e}"
        );
        // Before the IA transition: the waterfall never goes back up.
        assert_eq!(
            field_of(TieringSpec {
                archive_after_days: 10,
                ..good()
            }),
            "tiering.archive_after_days"
        );
    }

    #[test]
    fn an_expiry_inside_the_archive_minimum_duration_is_rejected() {
        let e = Tiering::new(TieringSpec {
            archive: ArchiveClass::GlacierFlexibleRetrieval,
            expire_current_after: Some(ExpiryDays::new(209).unwrap()),
            ..good()
        })
        .unwrap_err();
        assert_eq!(e.field, "tiering.expire_current_after");
        assert!(e.rule.contains("GLACIER has a 90-day minimum"), "{e}");
    }

    #[test]
    fn noncurrent_transitions_follow_the_same_rules() {
        let to = |after_days, class| TieringSpec {
            noncurrent_transition: Some(NoncurrentTransition { after_days, class }),
            ..good()
        };
        let e = Tiering::new(to(29, TierClass::StandardIa)).unwrap_err();
        assert_eq!(e.field, "tiering.noncurrent_transition.after_days");
        assert!(
            e.rule.contains("at least 30 days before STANDARD_IA"),
            "{e}"
        );
        let glacier = TierClass::Archive(ArchiveClass::GlacierFlexibleRetrieval);
        assert_eq!(
            field_of(to(0, glacier)),
            "tiering.noncurrent_transition.after_days"
        );
        let t = Tiering::new(to(10, glacier)).unwrap();
        t.check_noncurrent_expiry(ExpiryDays::new(100).unwrap())
            .unwrap();
        let e = t
            .check_noncurrent_expiry(ExpiryDays::new(99).unwrap())
            .unwrap_err();
        assert_eq!(e.field, "tiering.noncurrent_transition.after_days");
        assert!(e.rule.contains("noncurrent_version_expiry (99)"), "{e}");
    }

    #[test]
    fn a_size_filter_that_selects_nothing_is_rejected() {
        assert_eq!(
            field_of(TieringSpec {
                transition_objects_larger_than_bytes: Some(MAX_OBJECT_BYTES),
                ..good()
            }),
            "tiering.transition_objects_larger_than_bytes"
        );
    }

    #[test]
    fn configs_deserialize_through_the_same_rules() {
        let ok: Tiering = serde_json::from_value(serde_json::json!({
            "infrequent_access_after_days": 30,
            "archive": "GLACIER",
            "archive_after_days": 60,
            "noncurrent_transition": {"after_days": 30, "class": "STANDARD_IA"},
        }))
        .unwrap();
        assert_eq!(ok.spec().archive, ArchiveClass::GlacierFlexibleRetrieval);
        assert_eq!(
            ok.spec().noncurrent_transition.unwrap().class,
            TierClass::StandardIa
        );
        let back = serde_json::to_value(ok).unwrap();
        assert_eq!(back["archive"], "GLACIER");
        let glacier_ir: NoncurrentTransition =
            serde_json::from_value(serde_json::json!({"after_days": 5, "class": "GLACIER_IR"}))
                .unwrap();
        assert_eq!(
            glacier_ir.class,
            TierClass::Archive(ArchiveClass::GlacierInstantRetrieval)
        );
        let e = serde_json::from_value::<Tiering>(serde_json::json!({
            "infrequent_access_after_days": 10,
            "archive": "GLACIER_IR",
            "archive_after_days": 60,
        }))
        .unwrap_err()
        .to_string();
        assert!(e.contains("tiering.infrequent_access_after_days"), "{e}");
    }
}
