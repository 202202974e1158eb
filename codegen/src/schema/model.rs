//! Serde model of the document printed by `terraform providers schema -json`
//! (format version 1.0).
//!
//! Fields the model does not know (e.g. `functions`, `resource_identity_schemas`) are ignored
//! when reading and absent when writing. Empty maps, `false` flags and zero item limits are
//! omitted when writing, as terraform does.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::{self, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::SchemaError;

/// The whole `terraform providers schema -json` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSchemas {
    /// Format version of the document; terraform 1.x prints `"1.0"`.
    pub format_version: String,
    /// Provider schemas keyed by provider source address, e.g.
    /// `registry.terraform.io/hashicorp/aws`.
    #[serde(default)]
    pub provider_schemas: BTreeMap<String, ProviderSchema>,
}

impl ProviderSchemas {
    /// Parses the document from JSON bytes. Fails on malformed JSON or on a document that does
    /// not have the shape of format 1.0.
    pub fn from_json(bytes: &[u8]) -> Result<Self, SchemaError> {
        serde_json::from_slice(bytes).map_err(|e| SchemaError::Json(e.to_string()))
    }

    /// Parses the document from gzip-compressed JSON bytes.
    pub fn from_json_gz(bytes: &[u8]) -> Result<Self, SchemaError> {
        let mut json = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut json)
            .map_err(|e| SchemaError::Compression(e.to_string()))?;
        Self::from_json(&json)
    }

    /// Reads the document from a file: gzip-compressed when the name ends in `.gz`, plain JSON
    /// otherwise.
    pub fn read_path(path: impl AsRef<Path>) -> Result<Self, SchemaError> {
        let path = path.as_ref();
        let bytes =
            std::fs::read(path).map_err(|e| SchemaError::Io(format!("{}: {e}", path.display())))?;
        if path.extension().is_some_and(|x| x == "gz") {
            Self::from_json_gz(&bytes)
        } else {
            Self::from_json(&bytes)
        }
    }

    /// The schema of the provider with this source address, if the document has it.
    pub fn provider(&self, address: &str) -> Option<&ProviderSchema> {
        self.provider_schemas.get(address)
    }
}

/// Everything one provider declares: its configuration block and its resource, data source
/// and ephemeral resource types.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSchema {
    /// The `provider "…" {}` configuration block.
    #[serde(default)]
    pub provider: Schema,
    /// Managed resource types keyed by type name (`aws_instance`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub resource_schemas: BTreeMap<String, Schema>,
    /// Data source types keyed by type name (`aws_region`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub data_source_schemas: BTreeMap<String, Schema>,
    /// Ephemeral resource types keyed by type name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ephemeral_resource_schemas: BTreeMap<String, Schema>,
}

/// The schema of one provider block, resource, data source or ephemeral resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    /// The provider's schema version for this type (state upgrades); 0 when unknown.
    #[serde(default)]
    pub version: u64,
    /// The top-level block.
    #[serde(default)]
    pub block: Block,
}

/// A configuration block: attributes and nested block types.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Attributes keyed by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, Attribute>,
    /// Nested block types keyed by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub block_types: BTreeMap<String, NestedBlock>,
    /// Human-readable description, if the provider gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `plain` or `markdown`: how to read `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_kind: Option<String>,
    /// Whether the whole block is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

impl Block {
    /// The value type terraform implies for this block (`ImpliedType`): an object with one
    /// attribute per attribute and per nested block type (single/group → object,
    /// list → list(object), set → set(object), map → map(object)).
    pub fn implied_type(&self) -> CtyType {
        let mut attrs = BTreeMap::new();
        for (name, a) in &self.attributes {
            attrs.insert(name.clone(), a.value_type());
        }
        for (name, b) in &self.block_types {
            attrs.insert(name.clone(), b.implied_type());
        }
        CtyType::Object(attrs)
    }

    /// True if no attribute in this block or any nested block can be set in configuration.
    pub fn is_computed_only(&self) -> bool {
        self.attributes.values().all(|a| !a.is_settable())
            && self
                .block_types
                .values()
                .all(|b| b.block.is_computed_only())
    }
}

/// One attribute of a block.
///
/// Terraform guarantees exactly one of `type` / `nested_type`, and one of the flag
/// combinations `required`, `optional`, `optional + computed`, `computed`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    /// The attribute's value type (absent when `nested_type` is used).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CtyType>,
    /// Nested attribute type (protocol 6 providers), instead of `type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested_type: Option<NestedType>,
    /// Human-readable description, if the provider gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `plain` or `markdown`: how to read `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_kind: Option<String>,
    /// Must be set in configuration.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// May be set in configuration.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// The provider may supply the value.
    #[serde(default, skip_serializing_if = "is_false")]
    pub computed: bool,
    /// The value is hidden in plan output.
    #[serde(default, skip_serializing_if = "is_false")]
    pub sensitive: bool,
    /// The attribute is deprecated.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// The value is never persisted in state or plan (write-only argument).
    #[serde(default, skip_serializing_if = "is_false")]
    pub write_only: bool,
}

impl Attribute {
    /// True if configuration may set this attribute (`required` or `optional`).
    pub fn is_settable(&self) -> bool {
        self.required || self.optional
    }

    /// The value type: `type`, or the type implied by `nested_type`, or `dynamic` if neither
    /// is present.
    pub fn value_type(&self) -> CtyType {
        match (&self.r#type, &self.nested_type) {
            (Some(t), _) => t.clone(),
            (None, Some(n)) => n.implied_type(),
            (None, None) => CtyType::Dynamic,
        }
    }
}

/// A nested attribute type (protocol 6): attributes with their own flags, nested in a
/// collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedType {
    /// The nested attributes keyed by name.
    #[serde(default)]
    pub attributes: BTreeMap<String, Attribute>,
    /// How the nested objects are collected.
    pub nesting_mode: NestingMode,
    /// Minimum number of elements (0 = no minimum).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_items: u64,
    /// Maximum number of elements (0 = no maximum).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_items: u64,
}

impl NestedType {
    /// The value type implied by the nested attributes and the nesting mode.
    pub fn implied_type(&self) -> CtyType {
        let obj = CtyType::Object(
            self.attributes
                .iter()
                .map(|(k, a)| (k.clone(), a.value_type()))
                .collect(),
        );
        self.nesting_mode.wrap(obj)
    }
}

/// A nested block type of a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedBlock {
    /// How many blocks of this type may appear and how they are collected.
    pub nesting_mode: NestingMode,
    /// The nested block's own schema.
    #[serde(default)]
    pub block: Block,
    /// Minimum number of blocks (0 = no minimum).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_items: u64,
    /// Maximum number of blocks (0 = no maximum).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_items: u64,
}

impl NestedBlock {
    /// The value type terraform implies for this nested block type.
    pub fn implied_type(&self) -> CtyType {
        self.nesting_mode.wrap(self.block.implied_type())
    }
}

/// How a nested block type (or nested attribute type) collects its elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NestingMode {
    /// At most one block, value is an object.
    Single,
    /// Exactly one block that is always present, value is an object.
    Group,
    /// Ordered blocks, value is a list of objects.
    List,
    /// Unordered blocks, value is a set of objects.
    Set,
    /// Labelled blocks, value is a map of objects.
    Map,
}

impl NestingMode {
    /// Wraps an element type the way this nesting mode collects it.
    pub fn wrap(self, element: CtyType) -> CtyType {
        match self {
            NestingMode::Single | NestingMode::Group => element,
            NestingMode::List => CtyType::List(Box::new(element)),
            NestingMode::Set => CtyType::Set(Box::new(element)),
            NestingMode::Map => CtyType::Map(Box::new(element)),
        }
    }
}

/// A cty type in terraform's JSON encoding: `"string"`, `["list","string"]`,
/// `["object",{"a":"number"}]`, …
///
/// Object types with optional attributes (a third array element) are rejected: provider
/// schemas do not use them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CtyType {
    /// `"string"`
    String,
    /// `"number"`
    Number,
    /// `"bool"`
    Bool,
    /// `"dynamic"`: any type, decided by the value.
    Dynamic,
    /// `["list", T]`
    List(Box<CtyType>),
    /// `["set", T]`
    Set(Box<CtyType>),
    /// `["map", T]`
    Map(Box<CtyType>),
    /// `["object", {name: T, …}]`
    Object(BTreeMap<String, CtyType>),
    /// `["tuple", [T, …]]`
    Tuple(Vec<CtyType>),
}

impl CtyType {
    /// True for `string`, `number` and `bool`.
    pub fn is_primitive(&self) -> bool {
        matches!(self, CtyType::String | CtyType::Number | CtyType::Bool)
    }
}

impl fmt::Display for CtyType {
    /// Terraform's type-constraint syntax, e.g. `list(object({a = string}))`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CtyType::String => f.write_str("string"),
            CtyType::Number => f.write_str("number"),
            CtyType::Bool => f.write_str("bool"),
            CtyType::Dynamic => f.write_str("any"),
            CtyType::List(t) => write!(f, "list({t})"),
            CtyType::Set(t) => write!(f, "set({t})"),
            CtyType::Map(t) => write!(f, "map({t})"),
            CtyType::Object(m) => {
                f.write_str("object({")?;
                for (i, (k, t)) in m.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k} = {t}")?;
                }
                f.write_str("})")
            }
            CtyType::Tuple(v) => {
                f.write_str("tuple([")?;
                for (i, t) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("])")
            }
        }
    }
}

impl Serialize for CtyType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            CtyType::String => s.serialize_str("string"),
            CtyType::Number => s.serialize_str("number"),
            CtyType::Bool => s.serialize_str("bool"),
            CtyType::Dynamic => s.serialize_str("dynamic"),
            CtyType::List(t) | CtyType::Set(t) | CtyType::Map(t) => {
                let kind = match self {
                    CtyType::List(_) => "list",
                    CtyType::Set(_) => "set",
                    _ => "map",
                };
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element(kind)?;
                seq.serialize_element(t)?;
                seq.end()
            }
            CtyType::Object(m) => {
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element("object")?;
                seq.serialize_element(m)?;
                seq.end()
            }
            CtyType::Tuple(v) => {
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element("tuple")?;
                seq.serialize_element(v)?;
                seq.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for CtyType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CtyType;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a cty type in terraform's JSON encoding")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<CtyType, E> {
                match v {
                    "string" => Ok(CtyType::String),
                    "number" => Ok(CtyType::Number),
                    "bool" => Ok(CtyType::Bool),
                    "dynamic" => Ok(CtyType::Dynamic),
                    other => Err(E::custom(format!("unknown primitive cty type {other:?}"))),
                }
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CtyType, A::Error> {
                let kind: String = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("empty cty type array"))?;
                let missing = || de::Error::custom(format!("cty type {kind:?} lacks its argument"));
                let t = match kind.as_str() {
                    "list" | "set" | "map" => {
                        let e: CtyType = seq.next_element()?.ok_or_else(missing)?;
                        match kind.as_str() {
                            "list" => CtyType::List(Box::new(e)),
                            "set" => CtyType::Set(Box::new(e)),
                            _ => CtyType::Map(Box::new(e)),
                        }
                    }
                    "object" => CtyType::Object(seq.next_element()?.ok_or_else(missing)?),
                    "tuple" => CtyType::Tuple(seq.next_element()?.ok_or_else(missing)?),
                    other => {
                        return Err(de::Error::custom(format!(
                            "unknown cty type kind {other:?}"
                        )))
                    }
                };
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(format!(
                        "unsupported extra element in cty {kind} type (optional object attributes?)"
                    )));
                }
                Ok(t)
            }
        }
        d.deserialize_any(V)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}
