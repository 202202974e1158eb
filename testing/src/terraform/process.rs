//! Spawning terraform so that no process outlives its caller.
//!
//! Every terraform process is started
//! * in a process group of its own (`process_group(0)`), so the aws provider
//!   plugins it starts (~400 MB each) can be killed together with it;
//! * with `PR_SET_PDEATHSIG = SIGKILL`, so terraform itself dies when the
//!   thread that spawned it dies (for example when the test binary is killed);
//! * with stdin from `/dev/null` and stdout/stderr going to files, so no pipe
//!   can fill up and deadlock;
//! * with the marker variable [`OWNER_ENV`] in its environment, which the
//!   provider plugins inherit; [`kill_orphaned_processes`] uses it to clean up
//!   plugins whose test process died without unwinding (a plugin does not
//!   exit when terraform is SIGKILLed; it is re-parented to init).
//!
//! A [`Running`] guard owns the process group: dropping it (normal return,
//! early `?`, or panic unwinding) SIGKILLs the whole group and reaps
//! terraform.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, File};
use std::io;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Environment variable set on every terraform process this crate starts
/// (and inherited by its provider plugins). Its value is
/// `<pid>:<start time in clock ticks>` of the process that started it, which
/// identifies that process even if its pid is reused later.
pub const OWNER_ENV: &str = "TFDR_TESTING_OWNER";

/// Everything a finished terraform command printed, and how it exited.
///
/// Guarantees: `stdout` and `stderr` are complete (the process group was
/// gone when they were read); invalid UTF-8 is replaced with U+FFFD.
#[derive(Debug, Clone)]
pub struct RunOutput {
    /// The arguments passed to terraform (without the binary itself).
    pub args: Vec<String>,
    /// Exit status of the terraform process.
    pub status: ExitStatus,
    /// Everything terraform wrote to stdout.
    pub stdout: String,
    /// Everything terraform wrote to stderr.
    pub stderr: String,
    /// Wall-clock time from spawn to exit.
    pub elapsed: Duration,
}

impl RunOutput {
    /// True exactly when terraform exited with status 0.
    pub fn success(&self) -> bool {
        self.status.success()
    }

    /// Returns `self` when terraform exited with status 0, otherwise
    /// [`TfError::Failed`] carrying this output (its `Display` shows stderr).
    pub fn ensure_success(self) -> Result<RunOutput, TfError> {
        if self.success() {
            Ok(self)
        } else {
            Err(TfError::Failed(Box::new(self)))
        }
    }

    /// The command line as a human would type it, e.g. `terraform init -no-color`.
    pub fn command_line(&self) -> String {
        command_line(&self.args)
    }
}

fn command_line(args: &[String]) -> String {
    let mut s = String::from("terraform");
    for a in args {
        s.push(' ');
        s.push_str(a);
    }
    s
}

fn describe_status(status: &ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(c), _) => format!("exit status {c}"),
        (None, Some(sig)) => format!("killed by signal {sig}"),
        _ => format!("{status}"),
    }
}

/// Why running terraform did not produce the requested result.
///
/// Guarantees: whichever variant is returned, the terraform process group
/// involved has already been killed and reaped.
#[derive(Debug)]
pub enum TfError {
    /// An I/O operation (creating files, spawning, waiting) failed.
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        source: io::Error,
    },
    /// Terraform did not finish in time; its whole process group was killed.
    Timeout {
        /// The arguments passed to terraform.
        args: Vec<String>,
        /// The time limit that was exceeded.
        timeout: Duration,
        /// The process group id that was killed (equal to terraform's pid).
        pgid: i32,
        /// What terraform had written to stdout until then.
        stdout: String,
        /// What terraform had written to stderr until then.
        stderr: String,
    },
    /// Terraform exited with a non-zero status where success was required.
    Failed(Box<RunOutput>),
    /// Terraform's output could not be understood (e.g. invalid `-json` output).
    BadOutput {
        /// The arguments passed to terraform.
        args: Vec<String>,
        /// What was wrong with the output.
        problem: String,
        /// Terraform's stdout.
        stdout: String,
        /// Terraform's stderr.
        stderr: String,
    },
}

impl TfError {
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> TfError {
        TfError::Io {
            context: context.into(),
            source,
        }
    }
}

/// Keeps at most `max` bytes of the end of `s` (on a char boundary).
fn tail(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

impl fmt::Display for TfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MAX: usize = 16 * 1024;
        match self {
            TfError::Io { context, source } => write!(f, "{context}: {source}"),
            TfError::Timeout {
                args,
                timeout,
                pgid,
                stdout,
                stderr,
            } => {
                write!(
                    f,
                    "`{}` timed out after {:.1?}; killed process group {pgid}",
                    command_line(args),
                    timeout
                )?;
                if !stdout.trim().is_empty() {
                    write!(
                        f,
                        "\n--- stdout (tail) ---\n{}",
                        tail(stdout.trim_end(), MAX)
                    )?;
                }
                if !stderr.trim().is_empty() {
                    write!(
                        f,
                        "\n--- stderr (tail) ---\n{}",
                        tail(stderr.trim_end(), MAX)
                    )?;
                }
                Ok(())
            }
            TfError::Failed(out) => {
                write!(
                    f,
                    "`{}` failed ({})",
                    out.command_line(),
                    describe_status(&out.status)
                )?;
                if !out.stderr.trim().is_empty() {
                    write!(f, "\n--- stderr ---\n{}", tail(out.stderr.trim_end(), MAX))?;
                }
                if !out.stdout.trim().is_empty() {
                    write!(
                        f,
                        "\n--- stdout (tail) ---\n{}",
                        tail(out.stdout.trim_end(), MAX)
                    )?;
                }
                Ok(())
            }
            TfError::BadOutput {
                args,
                problem,
                stdout,
                stderr,
            } => {
                write!(f, "`{}`: {problem}", command_line(args))?;
                if !stdout.trim().is_empty() {
                    write!(
                        f,
                        "\n--- stdout (tail) ---\n{}",
                        tail(stdout.trim_end(), MAX)
                    )?;
                }
                if !stderr.trim().is_empty() {
                    write!(
                        f,
                        "\n--- stderr (tail) ---\n{}",
                        tail(stderr.trim_end(), MAX)
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for TfError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TfError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Start time (field 22 of `/proc/<pid>/stat`, clock ticks since boot).
fn proc_start_time(pid: i32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&stat).map(|s| s.start_time)
}

struct Stat {
    comm: String,
    state: char,
    pgrp: i32,
    start_time: u64,
}

fn parse_stat(stat: &str) -> Option<Stat> {
    // `pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt
    //  majflt cmajflt utime stime cutime cstime priority nice num_threads
    //  itrealvalue starttime ...`; comm may contain spaces and ')'.
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat.get(open + 1..close)?.to_string();
    let rest: Vec<&str> = stat.get(close + 1..)?.split_whitespace().collect();
    let state = rest.first()?.chars().next()?;
    let pgrp = rest.get(2)?.parse().ok()?;
    let start_time = rest.get(19)?.parse().ok()?;
    Some(Stat {
        comm,
        state,
        pgrp,
        start_time,
    })
}

fn owner_tag() -> &'static str {
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        let pid = std::process::id() as i32;
        format!("{pid}:{}", proc_start_time(pid).unwrap_or(0))
    })
}

/// A process that is still alive (not a zombie), as seen in `/proc`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcInfo {
    /// Process id.
    pub pid: i32,
    /// Short command name from `/proc/<pid>/stat` (at most 15 bytes, e.g.
    /// `terraform-provi`).
    pub comm: String,
    /// Process state letter (never `Z` or `X`).
    pub state: char,
}

fn numeric_proc_entries() -> Vec<i32> {
    let Ok(rd) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    rd.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .collect()
}

/// Lists the processes in process group `pgid` that are still alive
/// (zombies and dead processes are not listed). Reads `/proc`; returns an
/// empty list where `/proc` is unavailable.
pub fn live_processes_in_group(pgid: i32) -> Vec<ProcInfo> {
    numeric_proc_entries()
        .into_iter()
        .filter_map(|pid| {
            let stat = parse_stat(&fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)?;
            (stat.pgrp == pgid && stat.state != 'Z' && stat.state != 'X').then_some(ProcInfo {
                pid,
                comm: stat.comm,
                state: stat.state,
            })
        })
        .collect()
}

/// SIGKILLs every process that carries [`OWNER_ENV`] naming a process that no
/// longer exists (same pid *and* start time), i.e. terraform or provider
/// processes left behind by a test binary that was killed without unwinding.
/// Processes owned by live test binaries are never touched. Returns how many
/// processes were signalled.
///
/// [`Workdir`](super::Workdir) creation calls this once per process.
pub fn kill_orphaned_processes() -> usize {
    let me = std::process::id() as i32;
    let mut killed = 0;
    for pid in numeric_proc_entries() {
        if pid == me {
            continue;
        }
        let Ok(environ) = fs::read(format!("/proc/{pid}/environ")) else {
            continue;
        };
        let prefix = format!("{OWNER_ENV}=");
        let Some(owner) = environ
            .split(|b| *b == 0)
            .find_map(|kv| kv.strip_prefix(prefix.as_bytes()))
        else {
            continue;
        };
        let Some((opid, ostart)) = std::str::from_utf8(owner)
            .ok()
            .and_then(|s| s.split_once(':'))
            .and_then(|(p, t)| Some((p.parse::<i32>().ok()?, t.parse::<u64>().ok()?)))
        else {
            continue;
        };
        let owner_alive = proc_start_time(opid) == Some(ostart);
        if !owner_alive {
            // SAFETY: plain syscall; pid came from /proc just now.
            if unsafe { libc::kill(pid, libc::SIGKILL) } == 0 {
                killed += 1;
            }
        }
    }
    killed
}

pub(crate) fn kill_orphans_once() {
    static DONE: OnceLock<usize> = OnceLock::new();
    DONE.get_or_init(kill_orphaned_processes);
}

/// SIGKILLs the whole process group and waits (bounded) until none of its
/// members is alive any more.
fn kill_group(pgid: i32) {
    // SAFETY: plain syscall; a negative pid addresses the process group.
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        let live = live_processes_in_group(pgid);
        if live.is_empty() {
            return;
        }
        // Processes may have been added between the first kill and now
        // (a fork in flight); kill again.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// True when `pid` (our child) has exited; the child is NOT reaped, so its
/// pid (and therefore its process group id) cannot be reused yet.
fn exited_without_reaping(pid: i32) -> io::Result<bool> {
    loop {
        // SAFETY: zeroed siginfo_t is a valid out-parameter for waitid.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        if r == -1 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        // SAFETY: waitid filled `info` (or left it zeroed when nothing exited).
        return Ok(unsafe { info.si_pid() } != 0);
    }
}

/// What [`spawn`] needs to start terraform.
pub(crate) struct SpawnSpec<'a> {
    pub binary: &'a Path,
    pub args: Vec<String>,
    pub cwd: &'a Path,
    /// Variables set on top of the filtered inherited environment.
    pub env: Vec<(String, OsString)>,
    pub stdout_path: PathBuf,
    pub stderr_path: PathBuf,
}

/// Inherited variables that could change terraform's behaviour behind the
/// caller's back (TF_CLI_ARGS*, TF_DATA_DIR, TF_WORKSPACE, TF_CLI_CONFIG_FILE,
/// a shared plugin cache, ...) are dropped; the caller sets what it needs.
/// Only the logging switches (`TF_LOG`, `TF_LOG_CORE`, `TF_LOG_PROVIDER`,
/// `TF_LOG_PATH`) pass through, for debugging.
fn inherited_env() -> impl Iterator<Item = (OsString, OsString)> {
    std::env::vars_os().filter(|(k, _)| {
        let k = k.to_string_lossy();
        let logging = matches!(
            &*k,
            "TF_LOG" | "TF_LOG_CORE" | "TF_LOG_PROVIDER" | "TF_LOG_PATH"
        );
        logging || !(k.starts_with("TF_") || k.starts_with("CHECKPOINT_") || k == OWNER_ENV)
    })
}

/// A running terraform process group.
///
/// Guarantees: when this value is dropped (also during panic unwinding)
/// the whole process group is SIGKILLed and terraform is reaped, unless that
/// already happened in [`Running::wait_timeout`] / [`Running::kill`].
///
/// Caveat: `PR_SET_PDEATHSIG` fires when the *thread* that spawned the
/// process exits, so keep a `Running` on the thread that created it.
#[derive(Debug)]
pub struct Running {
    child: Child,
    pgid: i32,
    args: Vec<String>,
    stdout_path: PathBuf,
    stderr_path: PathBuf,
    started: Instant,
    reaped: bool,
}

pub(crate) fn spawn(spec: SpawnSpec<'_>) -> Result<Running, TfError> {
    let stdout = File::create(&spec.stdout_path)
        .map_err(|e| TfError::io(format!("creating {}", spec.stdout_path.display()), e))?;
    let stderr = File::create(&spec.stderr_path)
        .map_err(|e| TfError::io(format!("creating {}", spec.stderr_path.display()), e))?;

    let mut cmd = Command::new(spec.binary);
    cmd.args(&spec.args)
        .current_dir(spec.cwd)
        .env_clear()
        .envs(inherited_env())
        .envs(spec.env.iter().map(|(k, v)| (k.as_str(), v.as_os_str())))
        .env(OWNER_ENV, owner_tag())
        .stdin(Stdio::null())
        .stdout(Stdio::from(stdout))
        .stderr(Stdio::from(stderr))
        .process_group(0);
    // SAFETY: getpid is async-signal-safe; read here, before fork.
    let parent = unsafe { libc::getpid() };
    // SAFETY: the closure only calls async-signal-safe functions
    // (prctl, getppid) and allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            ) == -1
            {
                return Err(io::Error::last_os_error());
            }
            // The parent may have died before prctl took effect.
            if libc::getppid() != parent {
                return Err(io::Error::from_raw_os_error(libc::ESRCH));
            }
            Ok(())
        });
    }
    let child = cmd.spawn().map_err(|e| {
        TfError::io(
            format!(
                "spawning `{} {}`",
                spec.binary.display(),
                spec.args.join(" ")
            ),
            e,
        )
    })?;
    let pgid = child.id() as i32;
    Ok(Running {
        child,
        pgid,
        args: spec.args,
        stdout_path: spec.stdout_path,
        stderr_path: spec.stderr_path,
        started: Instant::now(),
        reaped: false,
    })
}

fn read_lossy(p: &Path) -> String {
    match fs::read(p) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => String::new(),
    }
}

impl Running {
    /// Terraform's process group id (equal to terraform's pid). Valid while
    /// this guard exists; after it is dropped the id may be reused.
    pub fn pgid(&self) -> i32 {
        self.pgid
    }

    /// Terraform's pid.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The arguments terraform was started with.
    pub fn args(&self) -> &[String] {
        &self.args
    }

    /// Kills the group (SIGKILL), reaps terraform; returns its status.
    fn kill_and_reap(&mut self) -> io::Result<ExitStatus> {
        kill_group(self.pgid);
        let status = self.child.wait();
        self.reaped = true;
        status
    }

    /// Waits until terraform exits or `timeout` elapses.
    ///
    /// Guarantees: on return (any variant) every process of the group,
    /// including provider plugins that terraform left behind, has been
    /// SIGKILLed and terraform has been reaped. On timeout the result is
    /// [`TfError::Timeout`] with the output captured so far.
    pub fn wait_timeout(mut self, timeout: Duration) -> Result<RunOutput, TfError> {
        let deadline = self.started + timeout;
        let pid = self.pgid;
        let mut nap = Duration::from_millis(2);
        loop {
            match exited_without_reaping(pid) {
                Ok(true) => break,
                Ok(false) => {}
                Err(e) => {
                    let _ = self.kill_and_reap();
                    return Err(TfError::io(format!("waiting for terraform (pid {pid})"), e));
                }
            }
            let now = Instant::now();
            if now >= deadline {
                let _ = self.kill_and_reap();
                return Err(TfError::Timeout {
                    args: std::mem::take(&mut self.args),
                    timeout,
                    pgid: self.pgid,
                    stdout: read_lossy(&self.stdout_path),
                    stderr: read_lossy(&self.stderr_path),
                });
            }
            std::thread::sleep(nap.min(deadline - now));
            nap = (nap * 2).min(Duration::from_millis(25));
        }
        let elapsed = self.started.elapsed();
        // Terraform exited but is not reaped yet, so the group id is still
        // ours: kill stragglers, then reap.
        let status = self
            .kill_and_reap()
            .map_err(|e| TfError::io(format!("reaping terraform (pid {pid})"), e))?;
        Ok(RunOutput {
            args: std::mem::take(&mut self.args),
            status,
            stdout: read_lossy(&self.stdout_path),
            stderr: read_lossy(&self.stderr_path),
            elapsed,
        })
    }

    /// Kills the whole process group now and reaps terraform.
    pub fn kill(mut self) {
        let _ = self.kill_and_reap();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if !self.reaped {
            let _ = self.kill_and_reap();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_with_odd_comm() {
        let s = "123 (a b) c) S 1 77 77 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 4242 1000 10";
        let st = parse_stat(s).unwrap();
        assert_eq!(st.comm, "a b) c");
        assert_eq!(st.state, 'S');
        assert_eq!(st.pgrp, 77);
        assert_eq!(st.start_time, 4242);
    }

    #[test]
    fn own_start_time_is_known() {
        assert!(proc_start_time(std::process::id() as i32).is_some());
        assert!(owner_tag().contains(':'));
    }

    #[test]
    fn tail_respects_char_boundaries() {
        assert_eq!(tail("héllo", 4), "llo");
        assert_eq!(tail("abc", 10), "abc");
    }
}
