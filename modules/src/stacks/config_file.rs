//! Loading a reference stack's config file: one precedence and one error shape for every
//! stack.
//!
//! Precedence: `--config FILE.json` > `ENVIRONMENT_SUFFIX` > the config type's default
//! (for the suffix; every other field comes from the file or its default). Every error
//! names the field (its JSON path, or `--config <file>` for the file itself) and the rule.

use std::path::Path;

use serde::de::DeserializeOwned;
use tfdr_dsl::Error;

/// Reads `config_file` (if any) into `T`; when the file does not set
/// `environment_suffix`, `env_suffix` (if any) is used; every other missing field takes
/// `T`'s default (the type is `#[serde(default)]`).
///
/// # Errors
/// Unreadable file, invalid JSON, a top level that is not an object, unknown keys, wrong
/// types, or a value breaking its rule — each naming the field.
pub(crate) fn load_json<T: DeserializeOwned>(
    config_file: Option<&Path>,
    env_suffix: Option<&str>,
) -> Result<T, Error> {
    let file_field = config_file.map(|p| format!("--config {}", p.display()));
    let mut value = match config_file {
        Some(path) => {
            let field = file_field.clone().unwrap_or_default();
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::new(&field, format!("cannot read: {e}")))?;
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| Error::new(&field, format!("invalid JSON: {e}")))?;
            if !value.is_object() {
                return Err(Error::new(
                    &field,
                    "the top level must be a JSON object of settings (e.g. {\"environment_suffix\": \"dev\"})",
                ));
            }
            value
        }
        None => serde_json::Value::Object(Default::default()),
    };
    let map = value.as_object_mut().expect("checked above");
    if !map.contains_key("environment_suffix") {
        if let Some(s) = env_suffix {
            map.insert("environment_suffix".into(), s.into());
        }
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path.is_empty() {
            file_field.clone().unwrap_or_else(|| "config".into())
        } else {
            path
        };
        Error::new(field, e.into_inner().to_string())
    })
}

/// Where a stack's hosted zone comes from, from the two config fields every reference
/// stack has: `dns_existing_zone_id` (use that zone; its name must then be given) and
/// `dns_zone_name` (create that zone); with neither, the stack creates `placeholder`.
///
/// # Errors
/// `dns_existing_zone_id` is set without `dns_zone_name` (field `dns_zone_name`), or the
/// placeholder is not a valid name.
pub(crate) fn zone_source(
    existing_zone_id: Option<&crate::values::HostedZoneId>,
    zone_name: Option<&crate::values::DomainName>,
    placeholder: impl FnOnce() -> Result<crate::values::DomainName, Error>,
) -> Result<crate::hosted_zone::ZoneSource, Error> {
    use crate::hosted_zone::ZoneSource;
    match (existing_zone_id, zone_name) {
        (Some(zone_id), Some(name)) => Ok(ZoneSource::Existing {
            zone_id: zone_id.clone(),
            name: name.clone(),
        }),
        (Some(_), None) => Err(Error::new(
            "dns_zone_name",
            "must be set to the existing zone's name when dns_existing_zone_id is set",
        )),
        (None, Some(name)) => Ok(ZoneSource::Create { name: name.clone() }),
        (None, None) => Ok(ZoneSource::Create {
            name: placeholder()?,
        }),
    }
}

/// The placeholder zone `<base>-<suffix>.example.net` a stack creates when its config
/// names no zone (enough for an emulator; Route 53 rejects `example.*` on AWS).
///
/// # Errors
/// The name breaks the domain-name rule (field `environment_suffix`).
pub(crate) fn placeholder_zone(
    base: &str,
    suffix: &crate::policy::EnvironmentSuffix,
) -> Result<crate::values::DomainName, Error> {
    format!("{base}-{}.example.net", suffix.as_str())
        .parse()
        .map_err(|e: Error| Error::new("environment_suffix", e.rule))
}

/// `<label>.<zone>`: the name a stack serves in its zone, with `label` from the config
/// field `field` (one DNS label, e.g. `example`).
///
/// # Errors
/// The label is empty or has a dot, or the name breaks the domain-name rule (field
/// `field`).
pub(crate) fn name_in_zone(
    label: &str,
    field: &str,
    example: &str,
    zone: &crate::values::DomainName,
) -> Result<crate::values::DomainName, Error> {
    if label.is_empty() || label.contains('.') {
        return Err(Error::new(
            field,
            format!("`{label}` is not one DNS label (e.g. `{example}`)"),
        ));
    }
    format!("{label}.{}", zone.as_str())
        .parse()
        .map_err(|e: Error| Error::new(field, e.rule))
}
