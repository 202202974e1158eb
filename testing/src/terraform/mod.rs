//! Running the real `terraform` binary, offline, on generated configurations.
//!
//! ```no_run
//! use tfdr_testing::terraform::Terraform;
//! # let stack_a = serde_json::json!({}); let stack_b = serde_json::json!({});
//! // Skips (loudly) when terraform or the aws provider mirror is missing;
//! // fails instead under CI=true.
//! let Some(tf) = Terraform::require_or_skip() else { return };
//! let mut wd = tf.workdir().unwrap();
//! // N stacks, one init + validate (provider schema loading dominates):
//! wd.add_module("primary", &stack_a).unwrap();
//! wd.add_module("dr", &stack_b).unwrap();
//! let v = wd.init_and_validate().unwrap();
//! v.assert_valid(); // panics with `file:line:col: summary — detail` text
//! ```
//!
//! Environment: [`ENV_TERRAFORM`], [`ENV_PROVIDER_MIRROR`],
//! [`ENV_TIMEOUT_SECS`], [`ENV_KEEP_WORKDIR`]; `CI=true` turns a missing
//! terraform into a failure (see [`Terraform::require_or_skip`]).
//!
//! Process hygiene: see [`Running`]. Each command runs in its own process
//! group that is SIGKILLed on completion, timeout, error and drop.

#![warn(missing_docs)]

mod discover;
mod process;
mod validate;
mod workdir;

pub use discover::{
    find_provider_mirror, find_terraform_binary, is_provider_mirror, platform, running_in_ci,
    search_for_mirror, Terraform, Unavailable, DEFAULT_TIMEOUT, ENV_PROVIDER_MIRROR, ENV_TERRAFORM,
    ENV_TIMEOUT_SECS, WELL_KNOWN_MIRRORS,
};
pub use process::{
    kill_orphaned_processes, live_processes_in_group, ProcInfo, RunOutput, Running, TfError,
    OWNER_ENV,
};
pub use validate::{Diagnostic, Severity, Snippet, SourcePos, SourceRange, Validation};
pub use workdir::{
    cli_config_text, is_valid_module_name, module_copy, Workdir, ENV_KEEP_WORKDIR, ROOT_FILE,
};
