//! A loopback-only network namespace for the calling process and every
//! process it starts afterwards.

use std::fmt;
use std::fs;
use std::io;

/// How [`enter_loopback_netns`] isolated the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    /// A new network namespace (`unshare(CLONE_NEWNET)`, needs
    /// `CAP_SYS_ADMIN`, e.g. root) holding only `lo`, which is up.
    NetNs,
    /// A new user namespace (current uid/gid mapped to root inside) plus a
    /// new network namespace, for unprivileged users (like `unshare -rn`).
    UserAndNetNs,
}

impl fmt::Display for Isolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Isolation::NetNs => "network namespace with only loopback (unshare -n)",
            Isolation::UserAndNetNs => "user + network namespace with only loopback (unshare -rn)",
        })
    }
}

fn last_os_error(what: &str) -> io::Error {
    let e = io::Error::last_os_error();
    io::Error::new(e.kind(), format!("{what}: {e}"))
}

/// Brings `lo` up in the current network namespace (SIOCSIFFLAGS).
fn loopback_up() -> io::Result<()> {
    // SAFETY: plain socket/ioctl/close syscalls on a zeroed, correctly
    // sized ifreq whose name is NUL-terminated.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(last_os_error("socket"));
        }
        let mut req: libc::ifreq = std::mem::zeroed();
        for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
            *dst = *src as libc::c_char;
        }
        if libc::ioctl(fd, libc::SIOCGIFFLAGS as _, &mut req) < 0 {
            let e = last_os_error("SIOCGIFFLAGS lo");
            libc::close(fd);
            return Err(e);
        }
        req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
        if libc::ioctl(fd, libc::SIOCSIFFLAGS as _, &req) < 0 {
            let e = last_os_error("SIOCSIFFLAGS lo up");
            libc::close(fd);
            return Err(e);
        }
        libc::close(fd);
    }
    Ok(())
}

/// Network interfaces of the calling thread's network namespace (from
/// `/proc/thread-self/net/dev`, which, unlike `/sys/class/net`, always shows
/// the caller's namespace), sorted.
pub fn interfaces() -> Vec<String> {
    let mut names: Vec<String> = fs::read_to_string("/proc/thread-self/net/dev")
        .map(|text| {
            text.lines()
                .skip(2)
                .filter_map(|l| l.split(':').next().map(|n| n.trim().to_string()))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn write_file(path: &str, text: &str) -> io::Result<()> {
    fs::write(path, text).map_err(|e| io::Error::new(e.kind(), format!("writing {path}: {e}")))
}

/// Moves the calling process into a new network namespace that has only
/// the loopback interface (brought up), so neither it nor anything it starts
/// later can reach any address but 127.0.0.0/8 and ::1.
///
/// Tries `unshare(CLONE_NEWNET)` first; on `EPERM`, a new user namespace
/// (current uid and gid mapped to 0) plus a network namespace. Must be
/// called while the process has a single thread (at the start of `main`):
/// namespaces apply to the calling thread, and a user namespace cannot be
/// entered by a multithreaded process. After entering, checks that `lo` is
/// the only interface.
pub fn enter_loopback_netns() -> io::Result<Isolation> {
    // SAFETY: unshare only changes this thread's namespaces.
    let isolation = if unsafe { libc::unshare(libc::CLONE_NEWNET) } == 0 {
        Isolation::NetNs
    } else {
        let first = io::Error::last_os_error();
        if first.raw_os_error() != Some(libc::EPERM) {
            return Err(io::Error::new(
                first.kind(),
                format!("unshare(CLONE_NEWNET): {first}"),
            ));
        }
        // SAFETY: as above; geteuid/getegid cannot fail.
        let (uid, gid) = unsafe { (libc::geteuid(), libc::getegid()) };
        if unsafe { libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNET) } != 0 {
            let second = io::Error::last_os_error();
            return Err(io::Error::new(
                second.kind(),
                format!(
                    "unshare(CLONE_NEWNET): {first}; unshare(CLONE_NEWUSER|CLONE_NEWNET): {second}"
                ),
            ));
        }
        write_file("/proc/self/setgroups", "deny")?;
        write_file("/proc/self/uid_map", &format!("0 {uid} 1"))?;
        write_file("/proc/self/gid_map", &format!("0 {gid} 1"))?;
        Isolation::UserAndNetNs
    };
    loopback_up()?;
    let names = interfaces();
    if names != ["lo"] {
        return Err(io::Error::other(format!(
            "expected only `lo` in the new network namespace, found {names:?}"
        )));
    }
    Ok(isolation)
}
