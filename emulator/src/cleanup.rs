//! Ending everything this process started, on SIGINT/SIGTERM.
//!
//! Every process tfdr-testing spawns (terraform, its provider plugins, moto)
//! carries [`OWNER_ENV`] = `<pid>:<start time>` of the process that started
//! it. [`kill_own_processes`] SIGKILLs exactly those whose marker names the
//! calling process: nothing anyone else started is touched.

use std::fs;
use std::io::Read;
use std::os::fd::FromRawFd;
use std::sync::atomic::{AtomicI32, Ordering};

use tfdr_testing::terraform::OWNER_ENV;

/// `<pid>:<start time>` of the calling process, as tfdr-testing writes it
/// into [`OWNER_ENV`] (`None` when `/proc` is unreadable).
pub fn own_owner_tag() -> Option<String> {
    let pid = std::process::id();
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    let start: u64 = rest.split_whitespace().nth(19)?.parse().ok()?;
    Some(format!("{pid}:{start}"))
}

/// Pids of live processes whose [`OWNER_ENV`] marker is exactly `tag`.
pub fn processes_owned_by(tag: &str) -> Vec<i32> {
    let needle = format!("{OWNER_ENV}={tag}");
    let Ok(rd) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    let me = std::process::id() as i32;
    rd.flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| *pid != me)
        .filter(|pid| {
            fs::read(format!("/proc/{pid}/environ"))
                .map(|env| env.split(|b| *b == 0).any(|kv| kv == needle.as_bytes()))
                .unwrap_or(false)
        })
        .collect()
}

/// SIGKILLs every process started (directly or not) through tfdr-testing by
/// the calling process: terraform, provider plugins, moto. Returns how many
/// were signalled.
pub fn kill_own_processes() -> usize {
    let Some(tag) = own_owner_tag() else { return 0 };
    let mut n = 0;
    // Twice: a process may fork between the scan and the kill.
    for _ in 0..2 {
        for pid in processes_owned_by(&tag) {
            // SAFETY: plain syscall on a pid read from /proc just now.
            if unsafe { libc::kill(pid, libc::SIGKILL) } == 0 {
                n += 1;
            }
        }
    }
    n
}

static SIGNAL_PIPE_WRITE: AtomicI32 = AtomicI32::new(-1);
static INTERRUPTED: AtomicI32 = AtomicI32::new(0);

/// How long after a signal the process is given to clean up (temp dirs)
/// before the signal thread exits it anyway.
pub const INTERRUPT_GRACE: std::time::Duration = std::time::Duration::from_secs(15);

/// The signal that interrupted this process, once
/// [`kill_own_processes_on_signal`]'s handler saw one. [`super::run_stack`]
/// starts no further phase after that.
pub fn interrupted() -> Option<i32> {
    match INTERRUPTED.load(Ordering::SeqCst) {
        0 => None,
        s => Some(s),
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = SIGNAL_PIPE_WRITE.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write(2) is async-signal-safe; one byte to our own pipe.
        unsafe {
            libc::write(fd, (&b as *const u8).cast(), 1);
        }
    }
}

/// Installs SIGINT, SIGTERM and SIGHUP handlers. On a signal, a helper
/// thread records it ([`interrupted`]) and kills every process this process
/// started ([`kill_own_processes`]), again every 200 ms, so the phase under
/// way ends at once and [`super::run_stack`] returns without starting
/// another (dropping its temp dirs). The caller should then exit with
/// status 128 + signal; if it has not within [`INTERRUPT_GRACE`], the
/// helper thread exits the process with that status. Uses a self-pipe, so
/// call it after anything that needs a single-threaded process
/// (namespaces).
pub fn kill_own_processes_on_signal() -> std::io::Result<()> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two fds.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    SIGNAL_PIPE_WRITE.store(fds[1], Ordering::Relaxed);
    // SAFETY: fds[0] is a fresh fd owned by nothing else.
    let mut reader = unsafe { fs::File::from_raw_fd(fds[0]) };
    std::thread::Builder::new()
        .name("tfdr-signals".into())
        .spawn(move || {
            let mut b = [0u8; 1];
            if reader.read_exact(&mut b).is_ok() {
                let sig = i32::from(b[0]);
                INTERRUPTED.store(sig, Ordering::SeqCst);
                let started = std::time::Instant::now();
                let mut n = 0;
                while started.elapsed() < INTERRUPT_GRACE {
                    n += kill_own_processes();
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                eprintln!(
                    "tfdr-emulate: signal {sig}: killed {n} processes; cleanup took too long, exiting"
                );
                std::process::exit(128 + sig);
            }
        })?;
    for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: installs a handler that only calls write(2).
        let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        if unsafe { libc::signal(sig, handler) } == libc::SIG_ERR {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}
