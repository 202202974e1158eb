//! Synthesizing a stack in a test and looking inside the result.
//!
//! The equivalent of CDKTF's `Testing.synthScope`: [`synth`] turns a
//! [`Stack`] into a [`Synthesized`] document, whose lookups
//! ([`Synthesized::resources`], [`Synthesized::resources_with`], …) and
//! assertions ([`Synthesized::assert_has_resource_with`], … in
//! [`crate::assertions`]) work on exactly the JSON that `tfdr` writes.
//!
//! Lookups and assertions come in two forms: keyed by a Terraform type name
//! (`synth.resources("aws_s3_bucket")`), and keyed by the generated binding
//! type (`synth.resources_of::<S3Bucket>()`,
//! `synth.assert_has::<data::CallerIdentity>(&json!({}))`). The typed form
//! takes the type name and the kind (resource, data source, ephemeral
//! resource) from [`TypedSpec`], so a misspelled type does not compile and a
//! data source is looked for under `data`. Use the string form for types
//! without a binding.

#![warn(missing_docs)]

use std::fmt;

use serde_json::{Map, Value};
use tfdr_codegen::synth::{to_canonical_string, Synthesizer};
use tfdr_dsl::{ElementKind, Errors, Stack, TypedSpec};

use crate::assertions::matches;

/// The key CDKTF (and tfdr) use for metadata comments inside Terraform JSON.
pub const METADATA_KEY: &str = "//";

/// Synthesizes `stack` with the default [`Synthesizer`].
///
/// Guarantees: the document is what [`Synthesizer::synthesize`] with default
/// settings (as a default `App` uses) returns for this stack, unchanged; its
/// `Display` (so `to_string()`) is the canonical text such an `App` writes.
///
/// # Panics
/// When synthesis fails, with every synth error on its own line
/// (`error: <field>: <rule>`), so the test failure says what to fix.
#[track_caller]
pub fn synth(stack: &Stack) -> Synthesized {
    match try_synth(stack) {
        Ok(s) => s,
        Err(errors) => panic!(
            "stack `{}` failed to synthesize ({} error{}):\n{errors}",
            stack.name(),
            errors.0.len(),
            if errors.0.len() == 1 { "" } else { "s" }
        ),
    }
}

/// Synthesizes `stack` with the default [`Synthesizer`], returning the synth
/// errors instead of panicking (for tests that expect synthesis to fail).
///
/// # Errors
/// Every problem synthesis found (never an empty list).
pub fn try_synth(stack: &Stack) -> Result<Synthesized, Errors> {
    Synthesizer::new()
        .synthesize(stack)
        .map(Synthesized::from_json)
}

/// A synthesized Terraform JSON document (one stack), with lookups and
/// assertions.
///
/// Guarantees: it holds the document unchanged; every lookup reads it and
/// never modifies it. Results are sorted by address, so they do not depend on
/// the order nodes were added in.
#[derive(Debug, Clone, PartialEq)]
pub struct Synthesized {
    pub(crate) doc: Value,
}

/// One resource, data source or ephemeral resource found in a [`Synthesized`]
/// document.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Which top-level block it is in (`resource`, `data` or `ephemeral`).
    pub kind: ElementKind,
    /// The Terraform type, e.g. `aws_s3_bucket`.
    pub type_name: String,
    /// The Terraform address other configuration would use:
    /// `aws_s3_bucket.primary_bucket_E04143E5`,
    /// `data.aws_caller_identity.me`, `ephemeral.aws_x.y`.
    pub address: String,
    /// The logical id (the last component of the address).
    pub logical_id: String,
    /// The construct path from the `"//": {"metadata": {"path"}}` comment,
    /// e.g. `demo/primary/bucket` (stack name first); `None` when the
    /// document has no such metadata (it always has when made by [`synth`]).
    pub path: Option<String>,
    /// The element's JSON (arguments, nested blocks and meta-arguments such as
    /// `provider`), without its `"//"` metadata key.
    pub body: Value,
}

impl fmt::Display for Found {
    /// The address, then the construct path in parentheses when known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.address)?;
        if let Some(p) = &self.path {
            write!(f, " ({p})")?;
        }
        Ok(())
    }
}

/// The address prefix of a kind: `""`, `"data."` or `"ephemeral."`.
fn address_prefix(kind: ElementKind) -> &'static str {
    match kind {
        ElementKind::Resource => "",
        ElementKind::Data => "data.",
        ElementKind::Ephemeral => "ephemeral.",
    }
}

/// Human name of a kind, singular.
pub(crate) fn kind_noun(kind: ElementKind) -> &'static str {
    match kind {
        ElementKind::Resource => "resource",
        ElementKind::Data => "data source",
        ElementKind::Ephemeral => "ephemeral resource",
    }
}

impl Synthesized {
    /// Wraps an existing Terraform JSON document (for example a `cdk.tf.json`
    /// read from disk) so the same lookups and assertions apply to it.
    pub fn from_json(doc: Value) -> Self {
        Synthesized { doc }
    }

    /// The whole document, exactly as synthesized (metadata included).
    pub fn json(&self) -> &Value {
        &self.doc
    }

    /// The document, consuming `self`.
    pub fn into_json(self) -> Value {
        self.doc
    }

    /// The stack name from the top-level `"//".metadata.stackName`, when present.
    pub fn stack_name(&self) -> Option<&str> {
        self.doc
            .get(METADATA_KEY)?
            .get("metadata")?
            .get("stackName")?
            .as_str()
    }

    /// Every resource of `type_name` (an empty list when there is none),
    /// sorted by address.
    pub fn resources(&self, type_name: &str) -> Vec<Found> {
        self.elements(ElementKind::Resource, type_name)
    }

    /// Every data source of `type_name`, sorted by address.
    pub fn data_sources(&self, type_name: &str) -> Vec<Found> {
        self.elements(ElementKind::Data, type_name)
    }

    /// Every ephemeral resource of `type_name`, sorted by address.
    pub fn ephemerals(&self, type_name: &str) -> Vec<Found> {
        self.elements(ElementKind::Ephemeral, type_name)
    }

    /// The resources of `type_name` whose body [`matches()`] `properties`
    /// (subset semantics, like CDKTF's `toHaveResourceWithProperties`),
    /// sorted by address.
    pub fn resources_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.elements_with(ElementKind::Resource, type_name, properties)
    }

    /// The data sources of `type_name` whose body [`matches()`] `properties`.
    pub fn data_sources_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.elements_with(ElementKind::Data, type_name, properties)
    }

    /// The ephemeral resources of `type_name` whose body [`matches()`] `properties`.
    pub fn ephemerals_with(&self, type_name: &str, properties: &Value) -> Vec<Found> {
        self.elements_with(ElementKind::Ephemeral, type_name, properties)
    }

    /// Every element of the generated binding type `T`, sorted by address:
    /// those of type [`T::TYPE`](TypedSpec::TYPE) in the block
    /// [`T::KIND`](TypedSpec::KIND) names, so
    /// `resources_of::<aws::S3Bucket>()` reads `resource.aws_s3_bucket` and
    /// `resources_of::<aws::data::CallerIdentity>()` reads
    /// `data.aws_caller_identity`, whatever the name says.
    ///
    /// Guarantees: the same result as [`Synthesized::elements`]`(T::KIND,
    /// T::TYPE)`; a resource and a data source (or ephemeral resource) of the
    /// same Terraform type are never mixed up, because the binding fixes the
    /// kind. Works on any document, however its elements were built (typed or
    /// [`Untyped`](tfdr_dsl::Untyped)).
    pub fn resources_of<T: TypedSpec>(&self) -> Vec<Found> {
        self.elements(T::KIND, T::TYPE)
    }

    /// The elements of the binding type `T` (kind and type from
    /// [`TypedSpec`], as in [`Synthesized::resources_of`]) whose body
    /// [`matches()`] `properties`, sorted by address.
    pub fn resources_of_with<T: TypedSpec>(&self, properties: &Value) -> Vec<Found> {
        self.elements_with(T::KIND, T::TYPE, properties)
    }

    /// Every element of `kind` and `type_name`, sorted by address.
    pub fn elements(&self, kind: ElementKind, type_name: &str) -> Vec<Found> {
        let Some(by_id) = self
            .doc
            .get(kind.block_name())
            .and_then(|s| s.get(type_name))
            .and_then(Value::as_object)
        else {
            return Vec::new();
        };
        let mut found: Vec<Found> = by_id
            .iter()
            .map(|(id, v)| found(kind, type_name, id, v))
            .collect();
        found.sort_by(|a, b| a.address.cmp(&b.address));
        found
    }

    /// The elements of `kind` and `type_name` whose body [`matches()`] `properties`.
    pub fn elements_with(
        &self,
        kind: ElementKind,
        type_name: &str,
        properties: &Value,
    ) -> Vec<Found> {
        self.elements(kind, type_name)
            .into_iter()
            .filter(|f| matches(&f.body, properties))
            .collect()
    }

    /// The types present in the `kind` block with how many elements each has,
    /// sorted by type name.
    pub fn types(&self, kind: ElementKind) -> Vec<(String, usize)> {
        self.doc
            .get(kind.block_name())
            .and_then(Value::as_object)
            .map(|section| {
                let mut v: Vec<(String, usize)> = section
                    .iter()
                    .map(|(t, ids)| (t.clone(), ids.as_object().map_or(0, Map::len)))
                    .collect();
                v.sort();
                v
            })
            .unwrap_or_default()
    }

    /// The output block `name` (`{"value": …, "description": …, "sensitive": …}`)
    /// as synthesized, or `None` when the stack has no such output. `name` is
    /// the output's logical id (its construct id for outputs added at the root).
    pub fn output(&self, name: &str) -> Option<&Value> {
        self.doc.get("output")?.get(name)
    }

    /// Just the `value` of output `name` (references appear as `${…}` strings).
    pub fn output_value(&self, name: &str) -> Option<&Value> {
        self.output(name)?.get("value")
    }

    /// The provider configurations of `provider_type` (e.g. `aws`), in the
    /// order they were added (each with its `alias`); empty when none.
    pub fn providers(&self, provider_type: &str) -> Vec<&Value> {
        self.doc
            .get("provider")
            .and_then(|p| p.get(provider_type))
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    }
}

impl fmt::Display for Synthesized {
    /// The canonical text `tfdr` writes ([`to_canonical_string`]): keys sorted
    /// at every level, 2-space indent, trailing newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_canonical_string(&self.doc))
    }
}

fn found(kind: ElementKind, type_name: &str, id: &str, v: &Value) -> Found {
    let path = v
        .get(METADATA_KEY)
        .and_then(|m| m.get("metadata"))
        .and_then(|m| m.get("path"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut body = v.clone();
    if let Value::Object(o) = &mut body {
        o.remove(METADATA_KEY);
    }
    Found {
        kind,
        type_name: type_name.to_string(),
        address: format!("{}{type_name}.{id}", address_prefix(kind)),
        logical_id: id.to_string(),
        path,
        body,
    }
}
