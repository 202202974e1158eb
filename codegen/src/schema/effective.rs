//! The committed effective schema and its lazy loader.
//!
//! File format (`codegen/schema/aws-effective.schema.bin`), chosen so that loading costs only
//! what a stack uses:
//!
//! ```text
//! "TFDREFF1"                       8-byte magic
//! u32 little-endian                length H of the header
//! H bytes of JSON header           {"info":{…},"provider":[off,len],
//!                                   "resources":{"aws_x":[off,len],…},
//!                                   "data_sources":{…},"ephemeral_resources":{…}}
//! body                             concatenated raw-deflate streams, one per type, each the
//!                                  JSON of one `Schema` ({"version":…,"block":{…}});
//!                                  off/len are relative to the start of the body
//! ```
//!
//! [`EffectiveSchema::load`] parses only the header (a few hundred µs); each lookup inflates
//! and parses that one type on first use and caches it for the life of the process.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::model::{ProviderSchema, Schema};
use super::SchemaError;

/// Source address of the provider the effective schema describes.
pub const PROVIDER_ADDRESS: &str = "registry.terraform.io/hashicorp/aws";
/// The provider version whose real schema dump is the merge's primary input.
pub const PRIMARY_VERSION: &str = "5.100.0";
/// The provider version whose reconstructed schema is the merge's secondary input.
pub const SECONDARY_VERSION: &str = "6.25.0";
/// File name of the committed effective schema, under `codegen/schema/`.
pub const EFFECTIVE_FILE_NAME: &str = "aws-effective.schema.bin";
/// File name of the real 5.100.0 dump (gzip), under `codegen/schema/`.
pub const PRIMARY_FILE_NAME: &str = "aws-5.100.0.schema.json.gz";
/// File name of the reconstructed 6.25.0 schema (gzip), under `codegen/schema/`.
pub const SECONDARY_FILE_NAME: &str = "aws-6.25.0.schema.json.gz";

const MAGIC: &[u8; 8] = b"TFDREFF1";

static EMBEDDED: &[u8] = include_bytes!("../../schema/aws-effective.schema.bin");

/// Where an effective schema came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaInfo {
    /// Provider source address, e.g. `registry.terraform.io/hashicorp/aws`.
    pub provider_address: String,
    /// The provider versions whose common part this is, primary first.
    pub versions: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    info: SchemaInfo,
    provider: (u64, u64),
    resources: BTreeMap<String, (u64, u64)>,
    data_sources: BTreeMap<String, (u64, u64)>,
    ephemeral_resources: BTreeMap<String, (u64, u64)>,
}

#[derive(Debug)]
struct Entry {
    start: usize,
    end: usize,
    parsed: OnceLock<Schema>,
}

/// An effective provider schema with lazily decoded per-type schemas.
///
/// Lookups are cheap after the first access of a type (a map lookup) and thread-safe; each
/// type is decoded at most once per `EffectiveSchema`.
#[derive(Debug)]
pub struct EffectiveSchema {
    bytes: Cow<'static, [u8]>,
    info: SchemaInfo,
    provider: Entry,
    resources: BTreeMap<String, Entry>,
    data_sources: BTreeMap<String, Entry>,
    ephemeral_resources: BTreeMap<String, Entry>,
}

impl EffectiveSchema {
    /// The effective schema of hashicorp/aws 5.100.0 ∩ 6.25.0 embedded in this crate, loaded
    /// on first call (header only) and shared for the life of the process.
    ///
    /// Panics only if the embedded file is corrupt, which the crate's tests
    /// (`tests/schema_effective.rs`) rule out.
    pub fn load() -> &'static EffectiveSchema {
        static LOADED: OnceLock<EffectiveSchema> = OnceLock::new();
        LOADED.get_or_init(|| {
            EffectiveSchema::from_bytes(EMBEDDED).unwrap_or_else(|e| {
                panic!("embedded {EFFECTIVE_FILE_NAME} is corrupt: {e}; run `cargo xtask codegen`")
            })
        })
    }

    /// The raw bytes of the embedded effective schema file.
    pub fn embedded_bytes() -> &'static [u8] {
        EMBEDDED
    }

    /// Opens an effective schema file's bytes. Checks the magic, the header and that every
    /// entry lies inside the body; the entries themselves are decoded on first lookup (use
    /// [`EffectiveSchema::verify`] to decode all of them up front).
    pub fn from_bytes(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Self, SchemaError> {
        let bytes = bytes.into();
        let corrupt = |m: &str| SchemaError::Corrupt(m.to_string());
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(corrupt("missing TFDREFF1 magic"));
        }
        let hlen = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes")) as usize;
        let body_start = 12usize
            .checked_add(hlen)
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| corrupt("header length beyond end of file"))?;
        let header: Header = serde_json::from_slice(&bytes[12..body_start])
            .map_err(|e| SchemaError::Corrupt(format!("header: {e}")))?;
        let body_len = bytes.len() - body_start;
        let entry = |(off, len): (u64, u64)| -> Result<Entry, SchemaError> {
            let start = usize::try_from(off).map_err(|_| corrupt("entry offset overflow"))?;
            let len = usize::try_from(len).map_err(|_| corrupt("entry length overflow"))?;
            let end = start
                .checked_add(len)
                .filter(|&e| e <= body_len)
                .ok_or_else(|| corrupt("entry beyond end of body"))?;
            Ok(Entry {
                start: body_start + start,
                end: body_start + end,
                parsed: OnceLock::new(),
            })
        };
        let map =
            |m: BTreeMap<String, (u64, u64)>| -> Result<BTreeMap<String, Entry>, SchemaError> {
                m.into_iter().map(|(k, v)| Ok((k, entry(v)?))).collect()
            };
        Ok(EffectiveSchema {
            info: header.info,
            provider: entry(header.provider)?,
            resources: map(header.resources)?,
            data_sources: map(header.data_sources)?,
            ephemeral_resources: map(header.ephemeral_resources)?,
            bytes,
        })
    }

    /// Encodes a provider schema into the effective schema file format. The output is
    /// deterministic for a given input and `flate2` version.
    pub fn encode(schema: &ProviderSchema, info: &SchemaInfo) -> Result<Vec<u8>, SchemaError> {
        let mut body = Vec::new();
        let mut put = |s: &Schema| -> Result<(u64, u64), SchemaError> {
            let json = serde_json::to_vec(s).map_err(|e| SchemaError::Json(e.to_string()))?;
            let start = body.len() as u64;
            let mut enc =
                flate2::write::DeflateEncoder::new(&mut body, flate2::Compression::best());
            enc.write_all(&json)
                .and_then(|_| enc.finish().map(|_| ()))
                .map_err(|e| SchemaError::Compression(e.to_string()))?;
            Ok((start, body.len() as u64 - start))
        };
        let provider = put(&schema.provider)?;
        let mut all =
            |m: &BTreeMap<String, Schema>| -> Result<BTreeMap<String, (u64, u64)>, SchemaError> {
                m.iter().map(|(k, s)| Ok((k.clone(), put(s)?))).collect()
            };
        let header = Header {
            info: info.clone(),
            provider,
            resources: all(&schema.resource_schemas)?,
            data_sources: all(&schema.data_source_schemas)?,
            ephemeral_resources: all(&schema.ephemeral_resource_schemas)?,
        };
        let h = serde_json::to_vec(&header).map_err(|e| SchemaError::Json(e.to_string()))?;
        let hlen =
            u32::try_from(h.len()).map_err(|_| SchemaError::Corrupt("header too large".into()))?;
        let mut out = Vec::with_capacity(12 + h.len() + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&hlen.to_le_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(&body);
        Ok(out)
    }

    /// Provider address and versions this schema was derived from.
    pub fn info(&self) -> &SchemaInfo {
        &self.info
    }

    /// The provider configuration block's schema.
    pub fn provider(&self) -> &Schema {
        self.get(&self.provider, "provider")
    }

    /// The schema of a managed resource type (`aws_instance`), if both versions have it.
    pub fn resource(&self, type_name: &str) -> Option<&Schema> {
        self.resources
            .get(type_name)
            .map(|e| self.get(e, type_name))
    }

    /// The schema of a data source type (`aws_region`), if both versions have it.
    pub fn data_source(&self, type_name: &str) -> Option<&Schema> {
        self.data_sources
            .get(type_name)
            .map(|e| self.get(e, type_name))
    }

    /// The schema of an ephemeral resource type, if the primary version (5.100.0) has it:
    /// ephemeral types come from the primary alone (see [`super::merge`]).
    pub fn ephemeral(&self, type_name: &str) -> Option<&Schema> {
        self.ephemeral_resources
            .get(type_name)
            .map(|e| self.get(e, type_name))
    }

    /// Names of all managed resource types, sorted. Decodes nothing.
    pub fn resource_types(&self) -> impl Iterator<Item = &str> {
        self.resources.keys().map(String::as_str)
    }

    /// Names of all data source types, sorted. Decodes nothing.
    pub fn data_source_types(&self) -> impl Iterator<Item = &str> {
        self.data_sources.keys().map(String::as_str)
    }

    /// Names of all ephemeral resource types, sorted. Decodes nothing.
    pub fn ephemeral_types(&self) -> impl Iterator<Item = &str> {
        self.ephemeral_resources.keys().map(String::as_str)
    }

    /// Decodes every entry; `Ok` guarantees no later lookup can panic.
    pub fn verify(&self) -> Result<(), SchemaError> {
        for (name, e) in std::iter::once(("provider", &self.provider))
            .chain(self.resources.iter().map(|(k, e)| (k.as_str(), e)))
            .chain(self.data_sources.iter().map(|(k, e)| (k.as_str(), e)))
            .chain(
                self.ephemeral_resources
                    .iter()
                    .map(|(k, e)| (k.as_str(), e)),
            )
        {
            self.try_get(e)
                .map_err(|err| SchemaError::Corrupt(format!("{name}: {err}")))?;
        }
        Ok(())
    }

    /// Decodes everything into a [`ProviderSchema`] (e.g. to compare or dump it).
    pub fn to_provider_schema(&self) -> Result<ProviderSchema, SchemaError> {
        let all = |m: &BTreeMap<String, Entry>| -> Result<BTreeMap<String, Schema>, SchemaError> {
            m.iter()
                .map(|(k, e)| Ok((k.clone(), self.try_get(e)?.clone())))
                .collect()
        };
        Ok(ProviderSchema {
            provider: self.try_get(&self.provider)?.clone(),
            resource_schemas: all(&self.resources)?,
            data_source_schemas: all(&self.data_sources)?,
            ephemeral_resource_schemas: all(&self.ephemeral_resources)?,
        })
    }

    fn get<'a>(&self, e: &'a Entry, name: &str) -> &'a Schema {
        self.try_get(e)
            .unwrap_or_else(|err| panic!("effective schema entry {name} is corrupt: {err}"))
    }

    fn try_get<'a>(&self, e: &'a Entry) -> Result<&'a Schema, SchemaError> {
        if let Some(s) = e.parsed.get() {
            return Ok(s);
        }
        let mut json = Vec::new();
        flate2::read::DeflateDecoder::new(&self.bytes[e.start..e.end])
            .read_to_end(&mut json)
            .map_err(|err| SchemaError::Compression(err.to_string()))?;
        let s: Schema =
            serde_json::from_slice(&json).map_err(|err| SchemaError::Json(err.to_string()))?;
        // Another thread may have won the race; either value is identical.
        let _ = e.parsed.set(s);
        Ok(e.parsed.get().expect("just set"))
    }
}
