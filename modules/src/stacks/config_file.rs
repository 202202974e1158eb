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
