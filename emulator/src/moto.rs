//! Starting and stopping the patched moto server.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;

use tfdr_testing::terraform::{live_processes_in_group, Running, Terraform, TfError, Workdir};

/// Env var: the Python interpreter that has `moto[server]` installed
/// (default: [`default_python`]).
pub const ENV_MOTO_PYTHON: &str = "TFDR_MOTO_PYTHON";

/// The moto version the patches were written for and CI installs
/// (`emulator/moto/requirements.txt`).
pub const PINNED_MOTO_VERSION: &str = "5.2.5";

/// How long [`MotoServer::start`] waits for moto to listen.
pub const START_TIMEOUT: Duration = Duration::from_secs(90);

/// `emulator/moto/` in this repository: the launcher, patches,
/// requirements and exclusion list.
pub fn emulator_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("moto")
}

/// The launcher script (`emulator/moto/moto_launcher.py`).
pub fn launcher_path() -> PathBuf {
    emulator_dir().join("moto_launcher.py")
}

/// The interpreter of the virtualenv `scripts/emulator/setup-venv.sh`
/// creates: `emulator/moto/.venv/bin/python`.
pub fn default_python() -> PathBuf {
    emulator_dir().join(".venv/bin/python")
}

/// The Python to run moto with: `$TFDR_MOTO_PYTHON` if set, else
/// [`default_python`]. Errors (with the fix) when it is not a file.
pub fn find_python() -> Result<PathBuf, String> {
    let (p, from_env) = match std::env::var_os(ENV_MOTO_PYTHON).filter(|v| !v.is_empty()) {
        Some(v) => (PathBuf::from(v), true),
        None => (default_python(), false),
    };
    if p.is_file() {
        Ok(p)
    } else if from_env {
        Err(format!("{ENV_MOTO_PYTHON}={} is not a file", p.display()))
    } else {
        Err(format!(
            "{} does not exist: run scripts/emulator/setup-venv.sh (installs moto {PINNED_MOTO_VERSION}), or set {ENV_MOTO_PYTHON} to a Python that has moto[server]",
            p.display()
        ))
    }
}

#[derive(Debug, Deserialize)]
struct Ready {
    port: u16,
    moto_version: String,
    patches: Vec<String>,
}

/// A running moto server on 127.0.0.1, with tfdr's patches applied.
///
/// Guarantees: moto runs in a process group of its own, started through the
/// same spawn path as terraform (a [`Terraform`] value whose binary is the
/// Python interpreter), so it has the same guarantees: SIGKILL of the whole
/// group when this value is dropped or [`MotoServer::stop`] is called,
/// `PR_SET_PDEATHSIG`, and the owner marker that
/// [`tfdr_testing::terraform::kill_orphaned_processes`] sweeps. Keep it on the
/// thread that started it.
#[derive(Debug)]
pub struct MotoServer {
    // Field order matters: the process is killed before its directory goes.
    running: Option<Running>,
    workdir: Option<Workdir>,
    port: u16,
    moto_version: String,
    patches: Vec<String>,
    log: PathBuf,
}

impl MotoServer {
    /// Starts `python emulator/moto/moto_launcher.py` on 127.0.0.1 and a
    /// free port and waits (at most [`START_TIMEOUT`]) until it listens.
    /// `mirror` is only needed to build the spawn helper (any path works).
    pub fn start(python: &Path, mirror: &Path) -> Result<MotoServer, TfError> {
        let helper = Terraform::new(python, mirror).with_timeout(START_TIMEOUT);
        let workdir = helper.workdir()?;
        let ready_file = workdir.path().join("ready.json");
        let log = workdir.path().join("moto.log");
        let launcher = launcher_path();
        let args = [
            launcher.to_str().unwrap_or_default(),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--ready-file",
            ready_file.to_str().unwrap_or_default(),
            "--log-file",
            log.to_str().unwrap_or_default(),
        ];
        let running = workdir.spawn(&args)?;
        let pgid = running.pgid();
        let started = Instant::now();
        let fail = |problem: String, log: &Path| TfError::BadOutput {
            args: args.iter().map(|s| s.to_string()).collect(),
            problem,
            stdout: String::new(),
            stderr: fs::read_to_string(log).unwrap_or_default(),
        };
        loop {
            if let Ok(text) = fs::read_to_string(&ready_file) {
                let ready: Ready = serde_json::from_str(&text).map_err(|e| {
                    fail(
                        format!("moto wrote an unreadable ready file ({e}): {text}"),
                        &log,
                    )
                })?;
                return Ok(MotoServer {
                    running: Some(running),
                    workdir: Some(workdir),
                    port: ready.port,
                    moto_version: ready.moto_version,
                    patches: ready.patches,
                    log,
                });
            }
            if live_processes_in_group(pgid).is_empty() {
                drop(running);
                return Err(fail(
                    format!("moto exited before listening (python {})", python.display()),
                    &log,
                ));
            }
            if started.elapsed() > START_TIMEOUT {
                drop(running);
                return Err(fail(
                    format!("moto did not listen within {START_TIMEOUT:?}"),
                    &log,
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The port moto listens on (127.0.0.1).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:<port>`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The moto version that is running.
    pub fn moto_version(&self) -> &str {
        &self.moto_version
    }

    /// Names of the patches the launcher applied (see
    /// `emulator/moto/moto_patches.py`).
    pub fn patches(&self) -> &[String] {
        &self.patches
    }

    /// moto's log file (one line per request, plus tracebacks).
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The last `max_lines` lines of moto's log that look like errors
    /// (tracebacks and HTTP 5xx request lines), for failure reports.
    pub fn log_errors(&self, max_lines: usize) -> Vec<String> {
        let text = fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| {
                l.contains("Traceback")
                    || l.contains("Error")
                    || l.contains("Exception")
                    || l.contains("\" 50")
            })
            .collect();
        lines[lines.len().saturating_sub(max_lines)..]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// The process group id of the moto server, while it runs.
    pub fn pgid(&self) -> Option<i32> {
        self.running.as_ref().map(Running::pgid)
    }

    /// SIGKILLs moto's process group and waits until it is gone.
    pub fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            r.kill();
        }
    }

    /// Stops moto and keeps its directory (log, ready file) on disk;
    /// returns the directory.
    pub fn stop_and_keep(mut self) -> PathBuf {
        self.stop();
        self.workdir.take().map(Workdir::keep).unwrap_or_default()
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        self.stop();
    }
}
