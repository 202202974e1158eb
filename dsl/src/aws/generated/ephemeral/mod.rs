//! Generated ephemeral bindings. Do not edit; regenerate with `cargo xtask codegen`.
/// `aws_secretsmanager_random_password`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_random_password>.
pub mod secretsmanager_random_password;
#[allow(deprecated)]
pub use secretsmanager_random_password::{
    SecretsmanagerRandomPassword, SecretsmanagerRandomPasswordRef,
};
/// `aws_secretsmanager_secret_version`: <https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_secret_version>.
pub mod secretsmanager_secret_version;
#[allow(deprecated)]
pub use secretsmanager_secret_version::{
    SecretsmanagerSecretVersion, SecretsmanagerSecretVersionRef,
};
