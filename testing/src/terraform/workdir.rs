//! A temp directory holding one terraform configuration, and the commands
//! run on it.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use serde_json::{Map, Value};

use super::discover::Terraform;
use super::process::{self, RunOutput, Running, SpawnSpec, TfError};
use super::validate::Validation;

/// Env var: when set (non-empty), a dropped [`Workdir`] is kept on disk and
/// its path printed to stderr, for debugging.
pub const ENV_KEEP_WORKDIR: &str = "TFDR_KEEP_WORKDIR";

/// Name of the root configuration file written by [`Workdir::write_stack`]
/// and, when modules are added, holding the `module` calls.
pub const ROOT_FILE: &str = "main.tf.json";

/// A temporary terraform working directory plus its private CLI config.
///
/// Layout of the temp dir: `config/` is the terraform root module (where
/// commands run, [`Workdir::path`]); `terraformrc` is the CLI config;
/// `logs/` holds each command's stdout/stderr.
///
/// Guarantees:
/// * every command runs with `TF_CLI_CONFIG_FILE` pointing at a config that
///   has `disable_checkpoint = true` and installs providers only from the
///   mirror's `registry.terraform.io/hashicorp/aws` (no `direct {}`, so
///   terraform never goes to the network for providers); plus
///   `CHECKPOINT_DISABLE=1`, `TF_IN_AUTOMATION=1`, `TF_INPUT=0`,
///   `AWS_EC2_METADATA_DISABLED=true`; all other inherited `TF_*` variables
///   are removed;
/// * every command is bounded by [`Workdir::timeout`] and leaves no process
///   behind (see [`Running`]);
/// * the directory is deleted on drop (unless [`ENV_KEEP_WORKDIR`] is set).
#[derive(Debug)]
pub struct Workdir {
    tf: Terraform,
    timeout: Duration,
    temp: Option<tempfile::TempDir>,
    root: PathBuf,
    logs: PathBuf,
    cli_config: PathBuf,
    runs: Cell<u32>,
    /// module name -> the module block written to the root file.
    modules: BTreeMap<String, Map<String, Value>>,
    /// The caller wrote ROOT_FILE itself (so modules may not be added).
    root_file_is_user: bool,
}

fn hcl1_string(s: &str) -> Result<String, String> {
    if s.contains(['\n', '\r', '\0']) {
        return Err(format!("path {s:?} contains a newline or NUL"));
    }
    Ok(format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// The CLI configuration written for every workdir.
pub fn cli_config_text(mirror: &Path) -> Result<String, String> {
    let path = hcl1_string(
        mirror
            .to_str()
            .ok_or_else(|| format!("mirror path {} is not UTF-8", mirror.display()))?,
    )?;
    Ok(format!(
        "disable_checkpoint = true\n\
         provider_installation {{\n  \
           filesystem_mirror {{\n    \
             path    = {path}\n    \
             include = [\"registry.terraform.io/hashicorp/aws\"]\n  \
           }}\n\
         }}\n"
    ))
}

fn check_relative(rel: &Path) -> Result<(), TfError> {
    let ok =
        !rel.as_os_str().is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err(TfError::io(
            format!("writing {}", rel.display()),
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "path must be relative to the workdir, without `..`",
            ),
        ))
    }
}

/// True for a valid terraform module name: a letter or `_`, then letters,
/// digits, `_` or `-`.
pub fn is_valid_module_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The copy of a stack that is written as a child module: `backend` and
/// `cloud` are removed from its `terraform` block(s), everything else is
/// kept verbatim (including `provider` blocks with aliases, which make it a
/// "legacy module" that terraform still validates). Terraform only warns
/// ("Backend configuration ignored") about a backend in a child module;
/// stripping keeps that noise out of batched validation results.
pub fn module_copy(stack: &Value) -> Value {
    fn strip(tf: &mut Value) {
        match tf {
            Value::Object(m) => {
                m.remove("backend");
                m.remove("cloud");
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut copy = stack.clone();
    if let Some(tf) = copy.get_mut("terraform") {
        strip(tf);
    }
    copy
}

impl Workdir {
    /// Creates the temp dir and its CLI config. Also (once per process)
    /// kills processes orphaned by earlier, killed test binaries
    /// ([`process::kill_orphaned_processes`]).
    pub fn new(tf: Terraform) -> Result<Workdir, TfError> {
        process::kill_orphans_once();
        let temp = tempfile::Builder::new()
            .prefix("tfdr-tf-")
            .tempdir()
            .map_err(|e| TfError::io("creating temp dir", e))?;
        let base = temp.path().to_path_buf();
        let root = base.join("config");
        let logs = base.join("logs");
        for d in [&root, &logs] {
            fs::create_dir(d).map_err(|e| TfError::io(format!("creating {}", d.display()), e))?;
        }
        let cli_config = base.join("terraformrc");
        let text = cli_config_text(tf.mirror()).map_err(|m| {
            TfError::io(
                "writing CLI config",
                std::io::Error::new(std::io::ErrorKind::InvalidInput, m),
            )
        })?;
        fs::write(&cli_config, text)
            .map_err(|e| TfError::io(format!("writing {}", cli_config.display()), e))?;
        Ok(Workdir {
            timeout: tf.timeout(),
            tf,
            temp: Some(temp),
            root,
            logs,
            cli_config,
            runs: Cell::new(0),
            modules: BTreeMap::new(),
            root_file_is_user: false,
        })
    }

    /// The terraform root module directory (where commands run).
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// The CLI config file passed as `TF_CLI_CONFIG_FILE`.
    pub fn cli_config_path(&self) -> &Path {
        &self.cli_config
    }

    /// The terraform this workdir runs.
    pub fn terraform(&self) -> &Terraform {
        &self.tf
    }

    /// Time limit applied to each command by [`Workdir::run`] and friends.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Changes the per-command time limit.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Writes `contents` to `rel` (relative, no `..`) under [`Workdir::path`],
    /// creating parent directories. Returns the absolute path.
    pub fn write_file(
        &mut self,
        rel: impl AsRef<Path>,
        contents: impl AsRef<[u8]>,
    ) -> Result<PathBuf, TfError> {
        let rel = rel.as_ref();
        check_relative(rel)?;
        if rel == Path::new(ROOT_FILE) {
            if !self.modules.is_empty() {
                return Err(TfError::io(
                    format!("writing {ROOT_FILE}"),
                    std::io::Error::new(
                        std::io::ErrorKind::AlreadyExists,
                        "this workdir's main.tf.json holds the module calls of add_module; write another *.tf.json file",
                    ),
                ));
            }
            self.root_file_is_user = true;
        }
        let full = self.root.join(rel);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| TfError::io(format!("creating {}", parent.display()), e))?;
        }
        fs::write(&full, contents)
            .map_err(|e| TfError::io(format!("writing {}", full.display()), e))?;
        Ok(full)
    }

    /// Writes `value` as pretty-printed JSON to `rel` (e.g. `network.tf.json`).
    /// Pretty printing keeps terraform's line numbers and snippets useful.
    pub fn write_json(&mut self, rel: impl AsRef<Path>, value: &Value) -> Result<PathBuf, TfError> {
        let text =
            serde_json::to_string_pretty(value).expect("serde_json::Value always serializes");
        self.write_file(rel, text + "\n")
    }

    /// Writes one stack as the root module's [`ROOT_FILE`].
    pub fn write_stack(&mut self, stack: &Value) -> Result<PathBuf, TfError> {
        self.write_json(ROOT_FILE, stack)
    }

    /// Adds `stack` as child module `name`: writes [`module_copy`] of it to
    /// `modules/<name>/main.tf.json` and (re)writes the root [`ROOT_FILE`]
    /// with `module "<name>" { source = "./modules/<name>" }` for every
    /// module added so far. Use this to validate N stacks with one
    /// `init` + `validate` (provider schema loading dominates the cost).
    /// Diagnostics name the file `modules/<name>/main.tf.json`.
    pub fn add_module(&mut self, name: &str, stack: &Value) -> Result<PathBuf, TfError> {
        self.add_module_with_inputs(name, stack, Map::new())
    }

    /// Like [`Workdir::add_module`], also passing `inputs` as arguments of the
    /// module call (needed for the stack's variables without defaults).
    pub fn add_module_with_inputs(
        &mut self,
        name: &str,
        stack: &Value,
        inputs: Map<String, Value>,
    ) -> Result<PathBuf, TfError> {
        let invalid = |msg: String| {
            TfError::io(
                format!("adding module {name:?}"),
                std::io::Error::new(std::io::ErrorKind::InvalidInput, msg),
            )
        };
        if !is_valid_module_name(name) {
            return Err(invalid("not a valid terraform module name".into()));
        }
        if self.root_file_is_user {
            return Err(invalid(format!(
                "{ROOT_FILE} was written by the caller; it cannot also hold module calls"
            )));
        }
        if self.modules.contains_key(name) {
            return Err(invalid("a module of that name was already added".into()));
        }
        if inputs.contains_key("source") {
            return Err(invalid("inputs may not contain `source`".into()));
        }
        let rel = PathBuf::from("modules").join(name).join("main.tf.json");
        let full = self.write_json(&rel, &module_copy(stack))?;
        let mut block = Map::new();
        block.insert("source".into(), Value::String(format!("./modules/{name}")));
        block.extend(inputs);
        self.modules.insert(name.to_string(), block);
        self.write_root_modules()?;
        Ok(full)
    }

    /// Names of the modules added so far, sorted.
    pub fn module_names(&self) -> impl Iterator<Item = &str> {
        self.modules.keys().map(String::as_str)
    }

    fn write_root_modules(&mut self) -> Result<(), TfError> {
        let modules: Map<String, Value> = self
            .modules
            .iter()
            .map(|(k, v)| (k.clone(), Value::Object(v.clone())))
            .collect();
        let root = serde_json::json!({ "module": modules });
        let text = serde_json::to_string_pretty(&root).expect("serializes") + "\n";
        let full = self.root.join(ROOT_FILE);
        fs::write(&full, text).map_err(|e| TfError::io(format!("writing {}", full.display()), e))
    }

    fn env(&self) -> Vec<(String, OsString)> {
        vec![
            (
                "TF_CLI_CONFIG_FILE".into(),
                self.cli_config.clone().into_os_string(),
            ),
            ("CHECKPOINT_DISABLE".into(), "1".into()),
            ("TF_IN_AUTOMATION".into(), "1".into()),
            ("TF_INPUT".into(), "0".into()),
            ("AWS_EC2_METADATA_DISABLED".into(), "true".into()),
        ]
    }

    /// Starts `terraform <args>` in [`Workdir::path`] without waiting. The
    /// returned guard kills the whole process group when dropped.
    pub fn spawn(&self, args: &[&str]) -> Result<Running, TfError> {
        let n = self.runs.get() + 1;
        self.runs.set(n);
        let verb: String = args
            .iter()
            .find(|a| !a.starts_with('-'))
            .map(|a| a.chars().filter(|c| c.is_ascii_alphanumeric()).collect())
            .unwrap_or_default();
        process::spawn(SpawnSpec {
            binary: self.tf.binary(),
            args: args.iter().map(|s| s.to_string()).collect(),
            cwd: &self.root,
            env: self.env(),
            stdout_path: self.logs.join(format!("{n:03}-{verb}.stdout")),
            stderr_path: self.logs.join(format!("{n:03}-{verb}.stderr")),
        })
    }

    /// Runs `terraform <args>` to completion (bounded by `timeout`) and
    /// returns its output whatever its exit status. Errors only for I/O
    /// failures and [`TfError::Timeout`]. No process is left running.
    pub fn run_with_timeout(&self, args: &[&str], timeout: Duration) -> Result<RunOutput, TfError> {
        self.spawn(args)?.wait_timeout(timeout)
    }

    /// [`Workdir::run_with_timeout`] with [`Workdir::timeout`].
    pub fn run(&self, args: &[&str]) -> Result<RunOutput, TfError> {
        self.run_with_timeout(args, self.timeout)
    }

    /// [`Workdir::run`], additionally turning a non-zero exit status into
    /// [`TfError::Failed`].
    pub fn run_checked(&self, args: &[&str]) -> Result<RunOutput, TfError> {
        self.run(args)?.ensure_success()
    }

    /// `terraform init -backend=false -input=false -no-color`; installs
    /// providers from the mirror only. Works for configs without providers.
    pub fn init(&self) -> Result<RunOutput, TfError> {
        self.run_checked(&["init", "-backend=false", "-input=false", "-no-color"])
    }

    /// `terraform validate -json -no-color`, parsed. Returns `Ok` for valid
    /// *and* invalid configurations (see [`Validation::valid`]); `Err` only
    /// when terraform could not run or printed no parseable JSON.
    /// Requires a prior [`Workdir::init`].
    pub fn validate(&self) -> Result<Validation, TfError> {
        let out = self.run(&["validate", "-json", "-no-color"])?;
        match serde_json::from_str::<Validation>(&out.stdout) {
            Ok(v) => Ok(v),
            Err(e) => Err(TfError::BadOutput {
                args: out.args,
                problem: format!(
                    "expected `terraform validate -json` output ({e}); terraform {}",
                    out.status
                ),
                stdout: out.stdout,
                stderr: out.stderr,
            }),
        }
    }

    /// [`Workdir::init`] then [`Workdir::validate`].
    ///
    /// When `init` fails because the configuration itself is broken (e.g.
    /// invalid JSON), terraform's `validate -json` still reports those
    /// errors in structured form: that invalid [`Validation`] is returned as
    /// `Ok`. Any other `init` failure is returned as the `init` error.
    pub fn init_and_validate(&self) -> Result<Validation, TfError> {
        match self.init() {
            Ok(_) => self.validate(),
            Err(init_err @ TfError::Failed(_)) => match self.validate() {
                Ok(v) if !v.valid && v.error_count > 0 => Ok(v),
                _ => Err(init_err),
            },
            Err(e) => Err(e),
        }
    }

    /// Runs [`Workdir::init_and_validate`] and panics with readable text
    /// (`file:line:col: summary — detail`, plus snippet) unless the
    /// configuration is valid. Warnings do not fail. Returns the validation.
    #[track_caller]
    pub fn assert_valid(&self) -> Validation {
        match self.init_and_validate() {
            Ok(v) => {
                v.assert_valid();
                v
            }
            Err(e) => panic!("terraform could not validate {}:\n{e}", self.root.display()),
        }
    }

    /// `terraform apply -auto-approve -input=false -no-color` with local
    /// state in the workdir. Only for configs that need no cloud access
    /// (locals, outputs, `terraform_data`): tests never reach the network.
    pub fn apply_auto_approve(&self) -> Result<RunOutput, TfError> {
        self.run_checked(&["apply", "-auto-approve", "-input=false", "-no-color"])
    }

    /// `terraform destroy -auto-approve -input=false -no-color`.
    pub fn destroy_auto_approve(&self) -> Result<RunOutput, TfError> {
        self.run_checked(&["destroy", "-auto-approve", "-input=false", "-no-color"])
    }

    /// `terraform output -json`, parsed: an object mapping each root output
    /// name to `{"sensitive", "type", "value"}`.
    pub fn output_json(&self) -> Result<Value, TfError> {
        let out = self.run_checked(&["output", "-json", "-no-color"])?;
        serde_json::from_str(&out.stdout).map_err(|e| TfError::BadOutput {
            args: out.args,
            problem: format!("expected JSON from `terraform output -json`: {e}"),
            stdout: out.stdout,
            stderr: out.stderr,
        })
    }

    /// The value of root output `name` from [`Workdir::output_json`]
    /// (`Value::Null` when there is no such output).
    pub fn output_value(&self, name: &str) -> Result<Value, TfError> {
        Ok(self
            .output_json()?
            .get(name)
            .and_then(|o| o.get("value"))
            .cloned()
            .unwrap_or(Value::Null))
    }

    /// Keeps the directory on disk (no deletion on drop) and returns the
    /// path of the temp dir (parent of [`Workdir::path`]).
    pub fn keep(mut self) -> PathBuf {
        self.temp.take().map(|t| t.keep()).unwrap_or_default()
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        if std::env::var_os(ENV_KEEP_WORKDIR).is_some_and(|v| !v.is_empty()) {
            if let Some(t) = self.temp.take() {
                eprintln!(
                    "{ENV_KEEP_WORKDIR}: keeping terraform workdir {}",
                    t.keep().display()
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn module_names() {
        assert!(is_valid_module_name("primary_stack-1"));
        assert!(is_valid_module_name("_x"));
        assert!(!is_valid_module_name("1x"));
        assert!(!is_valid_module_name(""));
        assert!(!is_valid_module_name("a/b"));
    }

    #[test]
    fn module_copy_strips_backend_only() {
        let stack = json!({
            "terraform": {"backend": {"s3": {"bucket": "b"}}, "required_providers": {"aws": {"source": "hashicorp/aws"}}},
            "provider": {"aws": [{"alias": "primary", "region": "us-east-1"}]}
        });
        let copy = module_copy(&stack);
        assert!(copy["terraform"].get("backend").is_none());
        assert_eq!(
            copy["terraform"]["required_providers"],
            stack["terraform"]["required_providers"]
        );
        assert_eq!(copy["provider"], stack["provider"]);
    }

    #[test]
    fn cli_config_has_only_the_mirror() {
        let t = cli_config_text(Path::new("/opt/a \"b\"\\c")).unwrap();
        assert!(t.contains("disable_checkpoint = true"));
        assert!(t.contains(r#"path    = "/opt/a \"b\"\\c""#), "{t}");
        assert!(t.contains(r#"include = ["registry.terraform.io/hashicorp/aws"]"#));
        assert!(!t.contains("direct"));
        assert!(cli_config_text(Path::new("/a\nb")).is_err());
    }

    #[test]
    fn relative_paths_only() {
        assert!(check_relative(Path::new("a/b.tf.json")).is_ok());
        assert!(check_relative(Path::new("/etc/x")).is_err());
        assert!(check_relative(Path::new("../x")).is_err());
        assert!(check_relative(Path::new("")).is_err());
    }
}
