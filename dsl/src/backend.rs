//! Where Terraform keeps state.

/// The state backend of a stack. The default is local state in
/// `terraform.<stack>.tfstate`, as CDKTF does.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Backend {
    /// Local state; `path` defaults to `terraform.<stack>.tfstate`.
    #[default]
    Local,
    /// Local state at an explicit path.
    LocalPath(String),
    /// S3 state.
    S3(S3Backend),
}

/// The `s3` backend. With `use_lockfile` (Terraform ≥ 1.10) locking uses an S3 lock
/// object instead of a DynamoDB table.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Backend {
    /// Bucket holding the state.
    pub bucket: String,
    /// Object key of the state file.
    pub key: String,
    /// Region of the bucket.
    pub region: String,
    /// Server-side encryption of the state object.
    pub encrypt: bool,
    /// S3-native state locking.
    pub use_lockfile: bool,
    /// Optional KMS key for the state object.
    pub kms_key_id: Option<String>,
}

impl S3Backend {
    /// An encrypted S3 backend with S3-native locking.
    pub fn new(
        bucket: impl Into<String>,
        key: impl Into<String>,
        region: impl Into<String>,
    ) -> Self {
        S3Backend {
            bucket: bucket.into(),
            key: key.into(),
            region: region.into(),
            encrypt: true,
            use_lockfile: true,
            kms_key_id: None,
        }
    }
}

impl Backend {
    /// The backend type name Terraform uses (`local`, `s3`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Backend::Local | Backend::LocalPath(_) => "local",
            Backend::S3(_) => "s3",
        }
    }
}
