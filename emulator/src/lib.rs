//! Terraform in the loop against a local AWS emulator: `plan`, `apply`, an
//! empty second `plan`, and `destroy` of a whole stack against
//! [moto](https://docs.getmoto.org) on 127.0.0.1, with the real
//! `hashicorp/aws` provider from the offline mirror.
//!
//! * [`emulator_mode`] / [`emulator_mode_with`]: the same stack with every
//!   `aws` provider configuration rewritten to talk only to the emulator
//!   (static fake credentials, `endpoints` for every service in
//!   [`EMULATOR_SERVICES`], path-style S3, no metadata or credential checks,
//!   few retries). Never part of normal output.
//! * [`MotoServer`]: moto started through `emulator/moto/moto_launcher.py`,
//!   which applies tfdr's documented patches (`moto_patches.py`) and listens
//!   on 127.0.0.1 and a free port; killed with its whole process group.
//! * [`run_stack`]: one stack through init → plan → apply → re-plan (must be
//!   empty) → destroy, with a per-resource [`StackReport`].
//! * [`secrets`]: no secret in the output — after `apply`, the stack JSON,
//!   `terraform show -json` of the state and the raw state file are scanned
//!   for secret-named attributes with values and for every secret value
//!   read back from the emulator's Secrets Manager; a finding fails the run.
//! * [`enter_loopback_netns`]: a network namespace with only `lo` for the
//!   runner and everything it starts (the `tfdr-emulate` binary enters it
//!   first thing).
//! * [`kill_own_processes_on_signal`]: SIGINT/SIGTERM/SIGHUP end terraform,
//!   its provider plugins and moto before the runner exits.
//! * [`exclusions`]: resource types the emulator cannot handle
//!   (`emulator/moto/exclusions.json`); the DR essentials in
//!   [`NEVER_EXCLUDED`] can never be listed.
//!
//! The terraform side (finding terraform and the provider mirror, work
//! directories, process groups that are always killed) is
//! [`tfdr_testing::terraform`]; this crate is kept apart from `tfdr-testing` so
//! that a user's dev-dependency on the testing API never pulls the emulator in.
//!
//! Passing against moto is not AWS acceptance: moto evaluates no IAM or KMS
//! policy, runs no Lambda code, and accepts many values AWS would reject.
//!
//! ```no_run
//! use tfdr_emulator::{find_python, run_stack, RunOptions};
//! use tfdr_testing::terraform::Terraform;
//! # let stack = serde_json::json!({});
//! let tf = Terraform::require();
//! let opts = RunOptions::new(find_python().unwrap());
//! let report = run_stack(&tf, "demo", &stack, &opts);
//! print!("{report}");
//! assert!(report.passed());
//! ```

#![warn(missing_docs)]

mod cleanup;
pub mod exclusions;
mod moto;
mod netns;
mod report;
mod rewrite;
mod runner;
pub mod secrets;

pub use cleanup::{
    interrupted, kill_own_processes, kill_own_processes_on_signal, own_owner_tag,
    processes_owned_by, INTERRUPT_GRACE,
};
pub use exclusions::{
    default_exclusions_path, load_exclusions, never_excluded_match, parse_exclusions, Exclusion,
    ExclusionError, NEVER_EXCLUDED,
};
pub use moto::{
    default_python, emulator_dir, find_python, launcher_path, MotoServer, ENV_MOTO_PYTHON,
    PINNED_MOTO_VERSION, START_TIMEOUT,
};
pub use netns::{enter_loopback_netns, interfaces, Isolation};
pub use report::{
    one_line, parse_stream, planned_diffs, PlannedDiff, ResourceEvent, ResourceOutcome,
    StreamDiagnostic, StreamSummary,
};
pub use rewrite::{
    emulator_mode, emulator_mode_with, service_for_type, EmulatorSettings, EmulatorStack, Skipped,
    EMULATOR_SERVICES, REMOVED_PROVIDER_ARGUMENTS,
};
pub use runner::{run_stack, Phase, PhaseReport, PhaseStatus, RunOptions, StackReport};
