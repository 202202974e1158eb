//! tfdr code generation.
pub mod schema;
