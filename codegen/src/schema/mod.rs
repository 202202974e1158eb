//! Vendored hashicorp/aws provider schemas and the effective schema derived from them.
//!
//! - [`model`]: serde types for `terraform providers schema -json` documents.
//! - [`merge`]: [`effective_provider_schema`], the rules that keep only what both provider
//!   versions accept.
//! - [`effective`]: [`EffectiveSchema`], the committed effective schema of aws 5.100.0 ∩
//!   6.25.0 with a lazy, per-type loader.
//!
//! Inputs and how to regenerate them: `codegen/schema/README.md`.

pub mod effective;
pub mod merge;
pub mod model;

use std::fmt;

pub use effective::{
    EffectiveSchema, SchemaInfo, EFFECTIVE_FILE_NAME, PRIMARY_FILE_NAME, PRIMARY_VERSION,
    PROVIDER_ADDRESS, SECONDARY_FILE_NAME, SECONDARY_VERSION,
};
pub use merge::{effective_provider_schema, unify, MergeAction, MergeNote, MergeReport};
pub use model::{
    Attribute, Block, CtyType, NestedBlock, NestedType, NestingMode, ProviderSchema,
    ProviderSchemas, Schema,
};

/// Why reading, decoding or encoding a schema failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaError {
    /// A file could not be read (path and OS error).
    Io(String),
    /// JSON did not parse or did not have the expected shape.
    Json(String),
    /// gzip/deflate data was invalid.
    Compression(String),
    /// An effective schema file is structurally invalid.
    Corrupt(String),
    /// The document lacks the expected provider.
    MissingProvider(String),
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::Io(m) => write!(f, "i/o error: {m}"),
            SchemaError::Json(m) => write!(f, "invalid schema JSON: {m}"),
            SchemaError::Compression(m) => write!(f, "invalid compressed data: {m}"),
            SchemaError::Corrupt(m) => write!(f, "corrupt effective schema: {m}"),
            SchemaError::MissingProvider(a) => write!(f, "document has no provider {a}"),
        }
    }
}

impl std::error::Error for SchemaError {}

/// Builds the effective schema from the two committed inputs in `dir` (normally
/// `codegen/schema`): reads [`PRIMARY_FILE_NAME`] and [`SECONDARY_FILE_NAME`], takes
/// [`PROVIDER_ADDRESS`] from each and merges them with [`effective_provider_schema`].
pub fn build_effective_from_dir(
    dir: &std::path::Path,
) -> Result<(ProviderSchema, MergeReport), SchemaError> {
    let get = |file: &str| -> Result<ProviderSchema, SchemaError> {
        let mut doc = ProviderSchemas::read_path(dir.join(file))?;
        doc.provider_schemas
            .remove(PROVIDER_ADDRESS)
            .ok_or_else(|| SchemaError::MissingProvider(format!("{PROVIDER_ADDRESS} in {file}")))
    };
    let primary = get(PRIMARY_FILE_NAME)?;
    let secondary = get(SECONDARY_FILE_NAME)?;
    Ok(effective_provider_schema(&primary, &secondary))
}

/// The [`SchemaInfo`] recorded in the committed effective schema.
pub fn effective_info() -> SchemaInfo {
    SchemaInfo {
        provider_address: PROVIDER_ADDRESS.to_string(),
        versions: vec![PRIMARY_VERSION.to_string(), SECONDARY_VERSION.to_string()],
    }
}
