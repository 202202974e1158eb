//! Finding the terraform binary and the offline aws provider mirror.

use std::collections::VecDeque;
use std::fmt;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::process::TfError;
use super::validate::Validation;
use super::workdir::Workdir;

/// Env var naming the terraform binary (a path, or a name looked up on `PATH`).
/// Unset: `terraform` on `PATH`.
pub const ENV_TERRAFORM: &str = "TFDR_TERRAFORM";

/// Env var naming the provider filesystem mirror: the directory that holds
/// `registry.terraform.io/hashicorp/aws/<version>/<os>_<arch>/terraform-provider-aws_v*`.
/// Unset: discovered (well-known directories, then a bounded walk of `/`).
pub const ENV_PROVIDER_MIRROR: &str = "TFDR_PROVIDER_MIRROR";

/// Env var with the default per-command timeout in seconds (overrides
/// [`DEFAULT_TIMEOUT`]).
pub const ENV_TIMEOUT_SECS: &str = "TFDR_TERRAFORM_TIMEOUT_SECS";

/// Default time limit for one terraform command.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

/// Directories searched (in this order) for a provider mirror before the
/// walk of `/`. `~` is `$HOME`.
pub const WELL_KNOWN_MIRRORS: &[&str] = &[
    "/opt/tf-plugins",
    "/usr/share/terraform/plugins",
    "/usr/local/share/terraform/plugins",
    "~/.terraform.d/plugins",
    "~/.local/share/terraform/plugins",
];

/// A terraform binary plus an offline mirror holding `hashicorp/aws`.
///
/// Guarantees: a value built by [`Terraform::discover`] pointed, at discovery
/// time, to an executable file and to a directory that is a valid
/// filesystem mirror for `registry.terraform.io/hashicorp/aws` on this
/// platform. Cloning is cheap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terraform {
    binary: PathBuf,
    mirror: PathBuf,
    timeout: Duration,
}

/// Terraform-based tests cannot run here; says what is missing and how to fix it.
///
/// Guarantees: at least one of the two fields is `Some`; each message names
/// the env var that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// Why no usable terraform binary was found (`None`: it was found).
    pub terraform: Option<String>,
    /// Why no usable aws provider mirror was found (`None`: it was found).
    pub mirror: Option<String>,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "real terraform is not available, so this test cannot run:"
        )?;
        if let Some(t) = &self.terraform {
            writeln!(f, "  * terraform binary: {t}")?;
            writeln!(
                f,
                "    fix: put terraform 1.11.x on PATH, or set {ENV_TERRAFORM}=/path/to/terraform"
            )?;
        }
        if let Some(m) = &self.mirror {
            writeln!(f, "  * aws provider mirror: {m}")?;
            writeln!(
                f,
                "    fix: set {ENV_PROVIDER_MIRROR}=<dir> where <dir>/registry.terraform.io/hashicorp/aws/<version>/{}/terraform-provider-aws_v* exists",
                platform()
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Unavailable {}

/// Terraform's platform string for this machine, e.g. `linux_amd64`.
pub fn platform() -> String {
    let os = std::env::consts::OS;
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "arm" => "arm",
        other => other,
    };
    format!("{os}_{arch}")
}

fn is_executable_file(p: &Path) -> bool {
    fs::metadata(p)
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

fn expand_home(p: &str) -> Option<PathBuf> {
    match p.strip_prefix("~/") {
        Some(rest) => Some(PathBuf::from(std::env::var_os("HOME")?).join(rest)),
        None => Some(PathBuf::from(p)),
    }
}

/// Finds the terraform binary: `$TFDR_TERRAFORM` (path, or name on PATH),
/// else `terraform` on `PATH`. Errors describe what was tried.
pub fn find_terraform_binary() -> Result<PathBuf, String> {
    let (name, from_env) = match std::env::var_os(ENV_TERRAFORM) {
        Some(v) if !v.is_empty() => (PathBuf::from(v), true),
        _ => (PathBuf::from("terraform"), false),
    };
    if name.components().count() > 1 || name.is_absolute() {
        return if is_executable_file(&name) {
            Ok(name)
        } else {
            Err(format!(
                "{ENV_TERRAFORM}={} is not an executable file",
                name.display()
            ))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join(&name);
        if is_executable_file(&candidate) {
            return Ok(candidate);
        }
    }
    Err(if from_env {
        format!("{ENV_TERRAFORM}={} was not found on PATH", name.display())
    } else {
        format!(
            "`terraform` was not found on PATH ({})",
            path.to_string_lossy()
        )
    })
}

/// True when `dir` is a filesystem mirror holding an unpacked
/// `hashicorp/aws` provider for this platform.
pub fn is_provider_mirror(dir: &Path) -> bool {
    let aws = dir.join("registry.terraform.io/hashicorp/aws");
    let Ok(versions) = fs::read_dir(&aws) else {
        return false;
    };
    let plat = platform();
    versions.flatten().any(|v| {
        let Ok(files) = fs::read_dir(v.path().join(&plat)) else {
            return false;
        };
        files.flatten().any(|f| {
            f.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with("terraform-provider-aws_v"))
                && is_executable_file(&f.path())
        })
    })
}

/// Directories never descended into by the walk of `/`: pseudo file systems
/// and places holding transient copies (temp dirs, `.terraform` data dirs).
const WALK_SKIP: &[&str] = &["/proc", "/sys", "/dev", "/run", "/tmp", "/var/tmp"];
const WALK_MAX_DEPTH: usize = 8;
const WALK_MAX_DIRS: usize = 200_000;
const WALK_MAX_TIME: Duration = Duration::from_secs(15);

/// Breadth-first search below `root` for a provider mirror (a directory
/// for which [`is_provider_mirror`] holds), staying on `root`'s file system,
/// not following symlinks, skipping `/proc`, `/sys`, `/dev`, `/run`, `/tmp`,
/// `/var/tmp` and any `.terraform`, `.git`, `node_modules` directory, and
/// bounded to depth 8, 200 000 directories and 15 s. Returns the shallowest
/// mirror found (ties: directory listing order).
pub fn search_for_mirror(root: &Path) -> Option<PathBuf> {
    let root_dev = fs::metadata(root).ok()?.dev();
    let start = Instant::now();
    let mut queue = VecDeque::from([(root.to_path_buf(), 0usize)]);
    let mut visited = 0usize;
    while let Some((dir, depth)) = queue.pop_front() {
        visited += 1;
        if visited > WALK_MAX_DIRS || start.elapsed() > WALK_MAX_TIME {
            return None;
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(ft) = e.file_type() else { continue };
            if !ft.is_dir() {
                continue; // also skips symlinks
            }
            let path = e.path();
            let name = e.file_name();
            if name == "registry.terraform.io" {
                if is_provider_mirror(&dir) {
                    return Some(dir);
                }
                continue;
            }
            if name == ".terraform" || name == ".git" || name == "node_modules" {
                continue;
            }
            if depth + 1 > WALK_MAX_DEPTH || WALK_SKIP.iter().any(|s| path == Path::new(s)) {
                continue;
            }
            match e.metadata() {
                Ok(m) if m.dev() == root_dev => queue.push_back((path, depth + 1)),
                _ => {}
            }
        }
    }
    None
}

fn discover_mirror_uncached() -> Result<PathBuf, String> {
    for d in WELL_KNOWN_MIRRORS {
        if let Some(p) = expand_home(d) {
            if is_provider_mirror(&p) {
                return Ok(p);
            }
        }
    }
    search_for_mirror(Path::new("/")).ok_or_else(|| {
        format!(
            "{ENV_PROVIDER_MIRROR} is unset and no directory holding registry.terraform.io/hashicorp/aws/*/{}/terraform-provider-aws_v* was found in {} nor by a bounded search of / (depth {WALK_MAX_DEPTH})",
            platform(),
            WELL_KNOWN_MIRRORS.join(", ")
        )
    })
}

/// Finds the provider mirror: `$TFDR_PROVIDER_MIRROR` if set (it must be a
/// valid mirror; no fallback), else discovery, whose result (found or not)
/// is cached for the life of the process.
pub fn find_provider_mirror() -> Result<PathBuf, String> {
    if let Some(v) = std::env::var_os(ENV_PROVIDER_MIRROR).filter(|v| !v.is_empty()) {
        let p = PathBuf::from(v);
        return if is_provider_mirror(&p) {
            Ok(p)
        } else {
            Err(format!(
                "{ENV_PROVIDER_MIRROR}={} does not hold registry.terraform.io/hashicorp/aws/<version>/{}/terraform-provider-aws_v*",
                p.display(),
                platform()
            ))
        };
    }
    static CACHE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    CACHE.get_or_init(discover_mirror_uncached).clone()
}

fn timeout_from_env() -> Duration {
    std::env::var(ENV_TIMEOUT_SECS)
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// True when the environment says this is CI (`CI` is `true` or `1`,
/// case-insensitive).
pub fn running_in_ci() -> bool {
    std::env::var("CI")
        .map(|v| v.eq_ignore_ascii_case("true") || v == "1")
        .unwrap_or(false)
}

impl Terraform {
    /// Finds terraform and the aws provider mirror (see [`ENV_TERRAFORM`],
    /// [`ENV_PROVIDER_MIRROR`]). The default timeout comes from
    /// [`ENV_TIMEOUT_SECS`] or is [`DEFAULT_TIMEOUT`]. Spawns no process.
    pub fn discover() -> Result<Terraform, Unavailable> {
        let binary = find_terraform_binary();
        let mirror = find_provider_mirror();
        match (binary, mirror) {
            (Ok(binary), Ok(mirror)) => Ok(Terraform {
                binary,
                mirror,
                timeout: timeout_from_env(),
            }),
            (b, m) => Err(Unavailable {
                terraform: b.err(),
                mirror: m.err(),
            }),
        }
    }

    /// Uses the given binary and mirror as they are (no checks).
    pub fn new(binary: impl Into<PathBuf>, mirror: impl Into<PathBuf>) -> Terraform {
        Terraform {
            binary: binary.into(),
            mirror: mirror.into(),
            timeout: timeout_from_env(),
        }
    }

    /// [`Terraform::discover`], panicking with the [`Unavailable`] text when
    /// terraform or the mirror is missing. For tests that must never skip.
    #[track_caller]
    pub fn require() -> Terraform {
        match Terraform::discover() {
            Ok(t) => t,
            Err(u) => panic!("{u}"),
        }
    }

    /// [`Terraform::discover`] for tests: `Some` when available. Otherwise
    /// prints a loud banner to stderr and then panics when [`running_in_ci`]
    /// (a skipped test must not pass in CI), else returns `None` so the
    /// caller can skip:
    ///
    /// ```no_run
    /// # use tfdr_testing::terraform::Terraform;
    /// let Some(tf) = Terraform::require_or_skip() else { return };
    /// ```
    #[track_caller]
    pub fn require_or_skip() -> Option<Terraform> {
        match Terraform::discover() {
            Ok(t) => Some(t),
            Err(u) => {
                let test = std::thread::current()
                    .name()
                    .unwrap_or("<unnamed>")
                    .to_string();
                let ci = running_in_ci();
                let bar = "!".repeat(78);
                eprintln!(
                    "\n{bar}\n!!! {} terraform test `{test}`\n{u}{bar}\n",
                    if ci { "CI=true: FAILING" } else { "SKIPPING" }
                );
                if ci {
                    panic!("terraform test `{test}` cannot run under CI=true:\n{u}");
                }
                None
            }
        }
    }

    /// The terraform binary used.
    pub fn binary(&self) -> &Path {
        &self.binary
    }

    /// The provider filesystem mirror used.
    pub fn mirror(&self) -> &Path {
        &self.mirror
    }

    /// Default time limit for each command run through workdirs made from
    /// this value.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Returns a copy whose workdirs use `timeout` per command.
    pub fn with_timeout(mut self, timeout: Duration) -> Terraform {
        self.timeout = timeout;
        self
    }

    /// Creates a fresh, empty [`Workdir`] (a temp dir removed on drop) with
    /// its own CLI config pointing only at the mirror.
    pub fn workdir(&self) -> Result<Workdir, TfError> {
        Workdir::new(self.clone())
    }

    /// Validates several stacks with one `init` + `validate`: each
    /// `(name, stack)` becomes child module `name` of a fresh [`Workdir`]
    /// (see [`Workdir::add_module`]); use [`Validation::for_module`] to
    /// attribute diagnostics. The workdir is deleted before returning.
    pub fn validate_stacks<'a>(
        &self,
        stacks: impl IntoIterator<Item = (&'a str, &'a serde_json::Value)>,
    ) -> Result<Validation, TfError> {
        let mut wd = self.workdir()?;
        for (name, stack) in stacks {
            wd.add_module(name, stack)?;
        }
        wd.init_and_validate()
    }

    /// `terraform version` (first line, e.g. `Terraform v1.11.4`).
    pub fn version(&self) -> Result<String, TfError> {
        let wd = self.workdir()?;
        let out = wd.run_checked(&["version"])?;
        Ok(out
            .stdout
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_is_terraform_style() {
        let p = platform();
        assert!(p.contains('_'), "{p}");
        if cfg!(all(target_os = "linux", target_arch = "x86_64")) {
            assert_eq!(p, "linux_amd64");
        }
    }

    #[test]
    fn unavailable_names_env_vars() {
        let u = Unavailable {
            terraform: Some("nope".into()),
            mirror: Some("nada".into()),
        };
        let s = u.to_string();
        assert!(
            s.contains(ENV_TERRAFORM) && s.contains(ENV_PROVIDER_MIRROR),
            "{s}"
        );
    }

    #[test]
    fn search_finds_a_nested_mirror_but_not_a_broken_one() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let bin_dir = |m: &Path| {
            m.join("registry.terraform.io/hashicorp/aws/5.100.0")
                .join(platform())
        };
        // A decoy without the binary, shallower than the real one.
        fs::create_dir_all(bin_dir(&d.path().join("decoy"))).unwrap();
        let mirror = d.path().join("a/b/plugins");
        fs::create_dir_all(bin_dir(&mirror)).unwrap();
        let exe = bin_dir(&mirror).join("terraform-provider-aws_v5.100.0_x5");
        fs::write(&exe, "#!/bin/sh\n").unwrap();
        assert!(search_for_mirror(d.path()).is_none(), "not executable yet");
        fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(search_for_mirror(d.path()), Some(mirror.clone()));
        assert!(is_provider_mirror(&mirror));
        // Hidden inside a .terraform data dir: ignored.
        let d2 = tempfile::tempdir().unwrap();
        let hidden = d2.path().join(".terraform/providers");
        fs::create_dir_all(bin_dir(&hidden)).unwrap();
        fs::copy(
            &exe,
            bin_dir(&hidden).join("terraform-provider-aws_v5.100.0_x5"),
        )
        .unwrap();
        assert!(search_for_mirror(d2.path()).is_none());
    }

    #[test]
    fn non_mirror_is_rejected() {
        let d = tempfile::tempdir().unwrap();
        assert!(!is_provider_mirror(d.path()));
    }
}
