//! Vendored hashicorp/aws provider schemas and the effective schema derived from them.
//!
//! - [`model`]: serde types for `terraform providers schema -json` documents.
//! - [`effective`]: [`EffectiveSchema`], the committed effective schema of aws 5.100.0 ∩
//!   6.25.0 with a lazy, per-type loader.
//!
//! The merge that *builds* the effective schema from the two vendored inputs is tooling and
//! lives in the `xtask` crate (`cargo xtask codegen`), so stack programs never link it.
//! Inputs and how to regenerate them: `codegen/schema/README.md`.

pub mod effective;
pub mod model;

use std::fmt;

pub use effective::{
    EffectiveSchema, SchemaInfo, EFFECTIVE_FILE_NAME, PRIMARY_FILE_NAME, PRIMARY_VERSION,
    PROVIDER_ADDRESS, SECONDARY_FILE_NAME, SECONDARY_VERSION,
};
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

/// The [`SchemaInfo`] recorded in the committed effective schema.
pub fn effective_info() -> SchemaInfo {
    SchemaInfo {
        provider_address: PROVIDER_ADDRESS.to_string(),
        versions: vec![PRIMARY_VERSION.to_string(), SECONDARY_VERSION.to_string()],
    }
}
