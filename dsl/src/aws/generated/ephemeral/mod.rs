//! Generated ephemeral bindings. Do not edit; regenerate (see `codegen/bindings/aws.txt`).

/// `aws_secretsmanager_random_password`.
pub mod secretsmanager_random_password;
pub use secretsmanager_random_password::{
    SecretsmanagerRandomPassword, SecretsmanagerRandomPasswordRef,
};
/// `aws_secretsmanager_secret_version`.
pub mod secretsmanager_secret_version;
pub use secretsmanager_secret_version::{
    SecretsmanagerSecretVersion, SecretsmanagerSecretVersionRef,
};
