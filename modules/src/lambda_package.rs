//! Deterministic Lambda deployment packages: a byte-reproducible zip of source files
//! embedded in the binary, and its `source_code_hash`.
//!
//! # What is guaranteed
//!
//! [`build_zip`] is a pure function of the `(path, contents)` pairs it is given: the same
//! files give the same bytes in any process, directory, machine, time zone and umask, and
//! with any version of any dependency (the bytes are written here, field by field):
//!
//! - entries sorted by path (byte order), whatever order they came in; no directory
//!   entries (Lambda and `unzip` create parent folders from the paths);
//! - every entry **stored** (method 0, no compression), modified 1980-01-01 00:00:00
//!   (the zip epoch: DOS time 0x0000, date 0x0021), mode `-rw-r--r--` (0644, a regular
//!   file; "made by" UNIX so extractors honour it), no extra fields, no comments, no data
//!   descriptors, no zip64 (packages larger than 4 GiB are refused, Lambda's limit is
//!   250 MB unzipped anyway).
//!
//! The hash is `base64(sha256(zip))` ([`source_code_hash`]): what Terraform's
//! `filebase64sha256()` returns and what Lambda reports as `CodeSha256`, so
//! `aws_lambda_function.source_code_hash` set from it changes exactly when the code does.
//!
//! # Why stored, and why written by hand
//!
//! Deflate output is not specified byte for byte: flate2/miniz_oxide/zlib may emit other
//! (equally valid) bytes in another release, which would change the hash and redeploy
//! every function in every region with no code change. The payloads are a few tens of KiB
//! of Python (boto3 comes with the runtime), so compression would save little. A stored
//! zip is ~100 lines of the format (PKWARE APPNOTE 4.3.7 local header, 4.3.12 central
//! directory, 4.3.16 end record), pinned by tests and read back by an independent reader
//! (Python's `zipfile`); the `zip` crate would bring more code whose output could move
//! on an upgrade. Dependencies: `crc32fast` (already built for `flate2`), `sha2` (RustCrypto,
//! the same `digest` as `md-5`), `base64`.
//!
//! # How the zip travels: `aws_s3_object.content_base64` in the JSON
//!
//! `cargo run --example payments-dr > main.tf.json && terraform apply` in an empty
//! directory must need no other file, and `hashicorp/aws` is the only provider
//! available offline (DEVELOPERS.md): there is no `archive` provider to build a zip at
//! plan time, and `aws_lambda_function.filename` would need a file next to the JSON. So
//! the package is built at synth, from sources embedded in the stack program
//! (`include_bytes!`, see [`PAYMENTS_SOURCES`], [`FAILOVER_SOURCES`],
//! [`LAG_MONITOR_SOURCES`], [`ROTATION_SOURCES`] and [`HEALTH_SOURCES`]; tests are not embedded), and written into the JSON as an
//! `aws_s3_object` with `content_base64` ([`LambdaZip::content_base64`]) in a code
//! bucket **per region** (Lambda reads code only from a bucket in its own region); each
//! function is created from `s3_bucket`/`s3_key` with `source_code_hash` from
//! [`LambdaZip::source_code_hash`]. The cost: the zip appears base64-encoded (4/3 of
//! its size) in the JSON and in the Terraform state, which is fine for small packages
//! like this one. [`crate::lambda_function`] wires a package into a function.

use base64::Engine as _;
use sha2::{Digest, Sha256};
use tfdr_dsl::Error;

/// DOS time of every entry: 00:00:00.
pub const DOS_TIME: u16 = 0x0000;
/// DOS date of every entry: 1980-01-01 (year 0 since 1980, month 1, day 1), the earliest
/// date a zip can hold, so no real clock is ever read.
pub const DOS_DATE: u16 = 0x0021;
/// UNIX mode of every entry: a regular file, `rw-r--r--` (0644). Lambda runs code as a
/// non-owner user, so it must be world-readable; nothing needs to be executable.
pub const FILE_MODE: u32 = 0o100_644;
/// Longest accepted entry path, in bytes.
pub const MAX_PATH_BYTES: usize = 1024;

/// Zip spec version 2.0: what is needed to extract these entries, and what they were
/// made with.
const ZIP_VERSION: u16 = 20;
/// "Version made by": host system 3 (UNIX) in the high byte, so that extractors read the
/// UNIX mode from the high 16 bits of the external attributes.
const VERSION_MADE_BY: u16 = (3 << 8) | ZIP_VERSION;
const LOCAL_HEADER_SIGNATURE: u32 = 0x0403_4b50;
const CENTRAL_HEADER_SIGNATURE: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE: u32 = 0x0605_4b50;

/// One file of a package: its path inside the zip (`/`-separated, relative) and its
/// bytes. Usually `include_bytes!` of a checked-in source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceFile<'a> {
    /// Path inside the zip, e.g. `handler.py` or `lib/util.py`.
    pub path: &'a str,
    /// The file's bytes, stored unchanged.
    pub contents: &'a [u8],
}

/// A built package: the zip bytes and their `source_code_hash`. Equal inputs give equal
/// values (see the module docs for the exact layout).
#[derive(Clone, PartialEq, Eq)]
pub struct LambdaZip {
    bytes: Vec<u8>,
    source_code_hash: String,
}

impl std::fmt::Debug for LambdaZip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LambdaZip")
            .field("len", &self.bytes.len())
            .field("source_code_hash", &self.source_code_hash)
            .finish()
    }
}

impl LambdaZip {
    /// The zip file's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// `base64(sha256(bytes))`, 44 characters: the value for
    /// `aws_lambda_function.source_code_hash` (Lambda's `CodeSha256`, Terraform's
    /// `filebase64sha256()`).
    pub fn source_code_hash(&self) -> &str {
        &self.source_code_hash
    }

    /// `sha256(bytes)` as 64 lowercase hex digits: a content address for the package
    /// (object keys that change exactly when the code does).
    pub fn sha256_hex(&self) -> String {
        Sha256::digest(&self.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The zip as standard base64 with padding: the value for
    /// `aws_s3_object.content_base64`.
    pub fn content_base64(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(&self.bytes)
    }
}

/// `base64(sha256(bytes))` (standard alphabet, padded): the `source_code_hash` format of
/// Terraform and Lambda.
pub fn source_code_hash(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
}

/// Builds the byte-reproducible zip of `files` (any order; see the module docs for the
/// layout).
///
/// # Errors
/// No files; a path that is empty, longer than [`MAX_PATH_BYTES`], absolute, not
/// printable ASCII, contains a backslash or an empty, `.` or `..` segment, ends with `/`,
/// appears twice, or is also the folder of another path; more than 65,535 files or more
/// than 4 GiB (no zip64).
pub fn build_zip(files: &[SourceFile<'_>]) -> Result<LambdaZip, Error> {
    if files.is_empty() {
        return Err(Error::new("lambda package", "needs at least one file"));
    }
    let mut sorted: Vec<SourceFile<'_>> = files.to_vec();
    sorted.sort_by(|a, b| a.path.as_bytes().cmp(b.path.as_bytes()));
    for f in &sorted {
        check_path(f.path)?;
    }
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0].path, pair[1].path);
        if a == b {
            return Err(Error::new(format!("lambda package: {a}"), "appears twice"));
        }
    }
    // `a` and `a/b` cannot both be files. With byte order, `a/...` need not follow `a`
    // directly (`a-x` sorts between), so check every path's folders.
    let all: std::collections::BTreeSet<&str> = sorted.iter().map(|f| f.path).collect();
    for f in &sorted {
        for (i, _) in f.path.match_indices('/') {
            let folder = &f.path[..i];
            if all.contains(folder) {
                return Err(Error::new(
                    format!("lambda package: {folder}"),
                    format!("is a file and also the folder of `{}`", f.path),
                ));
            }
        }
    }
    let count = u16::try_from(sorted.len())
        .map_err(|_| Error::new("lambda package", "more than 65535 files (no zip64)"))?;

    let too_big = || Error::new("lambda package", "larger than 4 GiB (no zip64)");
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for f in &sorted {
        let offset = u32::try_from(out.len()).map_err(|_| too_big())?;
        let size = u32::try_from(f.contents.len()).map_err(|_| too_big())?;
        let crc = crc32fast::hash(f.contents);
        // check_path bounded the length by MAX_PATH_BYTES.
        let name_len = f.path.len() as u16;

        put32(&mut out, LOCAL_HEADER_SIGNATURE);
        put16(&mut out, ZIP_VERSION); // version needed to extract
        put16(&mut out, 0); // flags: none (ASCII names, sizes known up front)
        put16(&mut out, 0); // method: stored
        put16(&mut out, DOS_TIME);
        put16(&mut out, DOS_DATE);
        put32(&mut out, crc);
        put32(&mut out, size); // compressed size
        put32(&mut out, size); // uncompressed size
        put16(&mut out, name_len);
        put16(&mut out, 0); // extra field length
        out.extend_from_slice(f.path.as_bytes());
        out.extend_from_slice(f.contents);

        put32(&mut central, CENTRAL_HEADER_SIGNATURE);
        put16(&mut central, VERSION_MADE_BY);
        put16(&mut central, ZIP_VERSION);
        put16(&mut central, 0); // flags
        put16(&mut central, 0); // method: stored
        put16(&mut central, DOS_TIME);
        put16(&mut central, DOS_DATE);
        put32(&mut central, crc);
        put32(&mut central, size);
        put32(&mut central, size);
        put16(&mut central, name_len);
        put16(&mut central, 0); // extra field length
        put16(&mut central, 0); // comment length
        put16(&mut central, 0); // disk number start
        put16(&mut central, 0); // internal attributes
        put32(&mut central, FILE_MODE << 16); // external attributes: UNIX mode
        put32(&mut central, offset);
        central.extend_from_slice(f.path.as_bytes());
    }
    let central_offset = u32::try_from(out.len()).map_err(|_| too_big())?;
    let central_size = u32::try_from(central.len()).map_err(|_| too_big())?;
    out.extend_from_slice(&central);
    put32(&mut out, END_OF_CENTRAL_DIRECTORY_SIGNATURE);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // disk of the central directory
    put16(&mut out, count); // entries on this disk
    put16(&mut out, count); // entries in total
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0); // comment length

    let source_code_hash = source_code_hash(&out);
    Ok(LambdaZip {
        bytes: out,
        source_code_hash,
    })
}

fn check_path(path: &str) -> Result<(), Error> {
    let bad = |rule: &str| Err(Error::new(format!("lambda package: `{path}`"), rule));
    if path.is_empty() || path.len() > MAX_PATH_BYTES {
        return bad(&format!("a path is 1-{MAX_PATH_BYTES} bytes"));
    }
    if !path.bytes().all(|b| b.is_ascii_graphic() || b == b' ') || path.contains('\\') {
        return bad("a path is printable ASCII with `/` separators (no backslash)");
    }
    if path
        .split('/')
        .any(|s| s.is_empty() || s == "." || s == "..")
    {
        return bad("a path is relative, with no empty, `.` or `..` segment, and names a file");
    }
    Ok(())
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The Lambda handler of the payment service: `handler.py`, function `lambda_handler`.
pub const PAYMENTS_HANDLER: &str = "handler.lambda_handler";

/// The payment service's source files (`modules/functions/payments/`, Python, boto3 only),
/// embedded at compile time so a stack program needs no file at run time. Its tests, its
/// README and caches are not part of the package; a test checks that this list is every
/// other `.py` file of the folder, byte for byte.
pub const PAYMENTS_SOURCES: [SourceFile<'static>; 4] = [
    SourceFile {
        path: "handler.py",
        contents: include_bytes!("../functions/payments/handler.py"),
    },
    SourceFile {
        path: "jsonlog.py",
        contents: include_bytes!("../functions/payments/jsonlog.py"),
    },
    SourceFile {
        path: "payment.py",
        contents: include_bytes!("../functions/payments/payment.py"),
    },
    SourceFile {
        path: "store.py",
        contents: include_bytes!("../functions/payments/store.py"),
    },
];

/// The payment service's deployment package, built from [`PAYMENTS_SOURCES`].
///
/// # Panics
/// Never: the embedded paths are valid (a unit test builds this package).
pub fn payments_zip() -> LambdaZip {
    build_zip(&PAYMENTS_SOURCES).expect("the embedded payment service sources are valid")
}

/// The Lambda handler of the failover function: `handler.py`, function `lambda_handler`.
pub const FAILOVER_HANDLER: &str = "handler.lambda_handler";

/// The failover function's source files (`modules/functions/failover/`, Python, boto3
/// only), embedded like [`PAYMENTS_SOURCES`]; a test checks that this list is every
/// other `.py` file of the folder, byte for byte.
pub const FAILOVER_SOURCES: [SourceFile<'static>; 9] = [
    SourceFile {
        path: "alarm.py",
        contents: include_bytes!("../functions/failover/alarm.py"),
    },
    SourceFile {
        path: "assess.py",
        contents: include_bytes!("../functions/failover/assess.py"),
    },
    SourceFile {
        path: "aws.py",
        contents: include_bytes!("../functions/failover/aws.py"),
    },
    SourceFile {
        path: "config.py",
        contents: include_bytes!("../functions/failover/config.py"),
    },
    SourceFile {
        path: "decide.py",
        contents: include_bytes!("../functions/failover/decide.py"),
    },
    SourceFile {
        path: "handler.py",
        contents: include_bytes!("../functions/failover/handler.py"),
    },
    SourceFile {
        path: "jsonlog.py",
        contents: include_bytes!("../functions/failover/jsonlog.py"),
    },
    SourceFile {
        path: "report.py",
        contents: include_bytes!("../functions/failover/report.py"),
    },
    SourceFile {
        path: "standby.py",
        contents: include_bytes!("../functions/failover/standby.py"),
    },
];

/// The failover function's deployment package, built from [`FAILOVER_SOURCES`].
///
/// # Panics
/// Never: the embedded paths are valid (a unit test builds this package).
pub fn failover_zip() -> LambdaZip {
    build_zip(&FAILOVER_SOURCES).expect("the embedded failover function sources are valid")
}

/// The Lambda handler of the replication-lag monitor: `handler.py`, function
/// `lambda_handler`.
pub const LAG_MONITOR_HANDLER: &str = "handler.lambda_handler";

/// The replication-lag monitor's source files (`modules/functions/lag-monitor/`, Python,
/// boto3 only), embedded like [`PAYMENTS_SOURCES`]; a test checks that this list is every
/// other `.py` file of the folder, byte for byte.
pub const LAG_MONITOR_SOURCES: [SourceFile<'static>; 5] = [
    SourceFile {
        path: "aws.py",
        contents: include_bytes!("../functions/lag-monitor/aws.py"),
    },
    SourceFile {
        path: "config.py",
        contents: include_bytes!("../functions/lag-monitor/config.py"),
    },
    SourceFile {
        path: "handler.py",
        contents: include_bytes!("../functions/lag-monitor/handler.py"),
    },
    SourceFile {
        path: "jsonlog.py",
        contents: include_bytes!("../functions/lag-monitor/jsonlog.py"),
    },
    SourceFile {
        path: "sample.py",
        contents: include_bytes!("../functions/lag-monitor/sample.py"),
    },
];

/// The replication-lag monitor's deployment package, built from [`LAG_MONITOR_SOURCES`].
///
/// # Panics
/// Never: the embedded paths are valid (a unit test builds this package).
pub fn lag_monitor_zip() -> LambdaZip {
    build_zip(&LAG_MONITOR_SOURCES).expect("the embedded lag monitor sources are valid")
}

/// The Lambda handler of the master-secret rotation function: `handler.py`, function
/// `lambda_handler`.
pub const ROTATION_HANDLER: &str = "handler.lambda_handler";

/// The master-secret rotation function's source files (`modules/functions/rotation/`,
/// Python, boto3 only), embedded like [`PAYMENTS_SOURCES`]; a test checks that this list is
/// every other `.py` file of the folder, byte for byte.
pub const ROTATION_SOURCES: [SourceFile<'static>; 5] = [
    SourceFile {
        path: "aws.py",
        contents: include_bytes!("../functions/rotation/aws.py"),
    },
    SourceFile {
        path: "config.py",
        contents: include_bytes!("../functions/rotation/config.py"),
    },
    SourceFile {
        path: "handler.py",
        contents: include_bytes!("../functions/rotation/handler.py"),
    },
    SourceFile {
        path: "jsonlog.py",
        contents: include_bytes!("../functions/rotation/jsonlog.py"),
    },
    SourceFile {
        path: "steps.py",
        contents: include_bytes!("../functions/rotation/steps.py"),
    },
];

/// The master-secret rotation function's deployment package, built from
/// [`ROTATION_SOURCES`].
///
/// # Panics
/// Never: the embedded paths are valid (a unit test builds this package).
pub fn rotation_zip() -> LambdaZip {
    build_zip(&ROTATION_SOURCES).expect("the embedded rotation function sources are valid")
}

/// The Lambda handler of the health endpoint (API Gateway, `GET /health`): `api.py`,
/// function `lambda_handler`.
pub const HEALTH_API_HANDLER: &str = "api.lambda_handler";

/// The Lambda handler of the primary watcher (EventBridge schedule): `watch.py`, function
/// `lambda_handler`. Same package as [`HEALTH_API_HANDLER`].
pub const WATCH_HANDLER: &str = "watch.lambda_handler";

/// The health package's source files (`modules/functions/health/`, Python, boto3 only):
/// the health endpoint and the primary watcher, embedded like [`PAYMENTS_SOURCES`]; a test
/// checks that this list is every other `.py` file of the folder, byte for byte.
pub const HEALTH_SOURCES: [SourceFile<'static>; 6] = [
    SourceFile {
        path: "api.py",
        contents: include_bytes!("../functions/health/api.py"),
    },
    SourceFile {
        path: "aws.py",
        contents: include_bytes!("../functions/health/aws.py"),
    },
    SourceFile {
        path: "checks.py",
        contents: include_bytes!("../functions/health/checks.py"),
    },
    SourceFile {
        path: "config.py",
        contents: include_bytes!("../functions/health/config.py"),
    },
    SourceFile {
        path: "jsonlog.py",
        contents: include_bytes!("../functions/health/jsonlog.py"),
    },
    SourceFile {
        path: "watch.py",
        contents: include_bytes!("../functions/health/watch.py"),
    },
];

/// The health package, built from [`HEALTH_SOURCES`].
///
/// # Panics
/// Never: the embedded paths are valid (a unit test builds this package).
pub fn health_zip() -> LambdaZip {
    build_zip(&HEALTH_SOURCES).expect("the embedded health sources are valid")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::process::{Command, Stdio};

    fn f<'a>(path: &'a str, contents: &'a [u8]) -> SourceFile<'a> {
        SourceFile { path, contents }
    }

    fn le16(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }

    fn le32(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    /// A fixed input whose zip is pinned below: a change of the writer's output format
    /// (which would redeploy every function) fails here first.
    const FIXED: [SourceFile<'static>; 3] = [
        SourceFile {
            path: "pkg/util.py",
            contents: b"def f():\n    return 1\n",
        },
        SourceFile {
            path: "handler.py",
            contents: b"import pkg.util\n",
        },
        SourceFile {
            path: "pkg/__init__.py",
            contents: b"",
        },
    ];
    /// `base64(sha256)` of FIXED's zip. Cross-checked when written: Python 3.11's
    /// `zipfile`, given the same entries in the same order with `ZipInfo(date_time=(1980,
    /// 1, 1, 0, 0, 0))`, `ZIP_STORED` and `external_attr = 0o100644 << 16`, writes the
    /// very same bytes.
    const FIXED_HASH: &str = "FXzdrXGBzVUpbk/TCswAADjBR8WP0ehrK46POYfKEOM=";

    #[test]
    fn a_fixed_input_gives_the_pinned_bytes() {
        let zip = build_zip(&FIXED).unwrap();
        assert_eq!(zip.source_code_hash(), FIXED_HASH);
        // Local headers, names twice (local and central), data, central headers, end record.
        assert_eq!(
            zip.bytes().len(),
            3 * 30 + 2 * (10 + 15 + 11) + (16 + 22) + 3 * 46 + 22
        );
    }

    #[test]
    fn the_same_files_give_the_same_bytes_in_any_order() {
        let a = build_zip(&FIXED).unwrap();
        let mut reversed = FIXED;
        reversed.reverse();
        let b = build_zip(&reversed).unwrap();
        assert_eq!(a, b);
        assert_eq!(payments_zip(), payments_zip());
        assert_eq!(payments_zip().bytes(), payments_zip().bytes());
        assert_eq!(failover_zip(), failover_zip());
        assert_ne!(failover_zip(), payments_zip());
        assert_eq!(lag_monitor_zip(), lag_monitor_zip());
        assert_ne!(lag_monitor_zip(), failover_zip());
        assert_eq!(rotation_zip(), rotation_zip());
        assert_ne!(rotation_zip(), lag_monitor_zip());
    }

    #[test]
    fn the_hash_is_base64_of_the_raw_sha256() {
        // The SHA-256 of no bytes, as `filebase64sha256()` prints it for an empty file.
        assert_eq!(
            source_code_hash(b""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        let zip = payments_zip();
        let hash = zip.source_code_hash();
        assert_eq!(hash.len(), 44);
        let raw = base64::engine::general_purpose::STANDARD
            .decode(hash)
            .unwrap();
        assert_eq!(raw.as_slice(), Sha256::digest(zip.bytes()).as_slice());
        let content = base64::engine::general_purpose::STANDARD
            .decode(zip.content_base64())
            .unwrap();
        assert_eq!(content, zip.bytes());
        assert!(format!("{zip:?}").contains(hash));
    }

    #[test]
    fn every_entry_has_the_fixed_metadata() {
        // Walks the central directory as written (the Python test below is the
        // independent reader).
        let zip = build_zip(&FIXED).unwrap();
        let b = zip.bytes();
        let end = b.len() - 22;
        assert_eq!(le32(b, end), END_OF_CENTRAL_DIRECTORY_SIGNATURE);
        assert_eq!(le16(b, end + 10), 3);
        let mut at = le32(b, end + 16) as usize;
        let mut names = Vec::new();
        for _ in 0..3 {
            assert_eq!(le32(b, at), CENTRAL_HEADER_SIGNATURE);
            assert_eq!(le16(b, at + 4), 0x0314, "made by UNIX, zip 2.0");
            assert_eq!(le16(b, at + 10), 0, "stored");
            assert_eq!(
                (le16(b, at + 12), le16(b, at + 14)),
                (0, 0x21),
                "1980-01-01 00:00"
            );
            assert_eq!(le32(b, at + 38) >> 16, 0o100_644);
            let (n, x, c) = (le16(b, at + 28), le16(b, at + 30), le16(b, at + 32));
            assert_eq!((x, c), (0, 0), "no extra field, no comment");
            let local = le32(b, at + 42) as usize;
            assert_eq!(le32(b, local), LOCAL_HEADER_SIGNATURE);
            assert_eq!((le16(b, local + 10), le16(b, local + 12)), (0, 0x21));
            names.push(String::from_utf8(b[at + 46..at + 46 + n as usize].to_vec()).unwrap());
            at += 46 + n as usize;
        }
        assert_eq!(names, ["handler.py", "pkg/__init__.py", "pkg/util.py"]);
    }

    #[test]
    fn bad_paths_and_empty_packages_are_refused() {
        let long = "a".repeat(MAX_PATH_BYTES + 1);
        for path in [
            "",
            "/abs.py",
            "a/../b.py",
            "./a.py",
            "a//b.py",
            "dir/",
            "a\\b.py",
            "caf\u{e9}.py",
            "tab\t.py",
            long.as_str(),
        ] {
            let err = build_zip(&[f(path, b"x")]).unwrap_err();
            assert!(err.field.contains("lambda package"), "{path:?}: {err}");
        }
        let dup = build_zip(&[f("a.py", b"1"), f("a.py", b"2")]).unwrap_err();
        assert!(dup.rule.contains("twice"), "{dup}");
        // `a` is a file and a folder; `a-x` sorts between `a` and `a/b`.
        let clash = build_zip(&[f("a/b", b""), f("a-x", b""), f("a", b"")]).unwrap_err();
        assert!(clash.rule.contains("folder of `a/b`"), "{clash}");
        assert!(build_zip(&[]).is_err());
        assert!(build_zip(&[f("with space.py", b""), f("a/b/c.py", b"")]).is_ok());
    }

    /// The files of `modules/functions/<function>/` that belong in its package: every
    /// `.py` outside `tests/` and caches.
    fn files_on_disk(function: &str) -> BTreeMap<String, Vec<u8>> {
        fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_str().unwrap().to_string();
                if path.is_dir() {
                    if name != "tests" && name != "__pycache__" && !name.starts_with('.') {
                        walk(root, &path, out);
                    }
                } else if name.ends_with(".py") {
                    let rel = path.strip_prefix(root).unwrap().to_str().unwrap();
                    out.insert(rel.replace('\\', "/"), std::fs::read(&path).unwrap());
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("functions")
            .join(function);
        let mut out = BTreeMap::new();
        walk(&root, &root, &mut out);
        out
    }

    /// Every embedded function: (folder, sources, handler).
    const FUNCTIONS: [(&str, &[SourceFile<'static>], &str); 6] = [
        ("health", &HEALTH_SOURCES, HEALTH_API_HANDLER),
        ("health", &HEALTH_SOURCES, WATCH_HANDLER),
        ("payments", &PAYMENTS_SOURCES, PAYMENTS_HANDLER),
        ("failover", &FAILOVER_SOURCES, FAILOVER_HANDLER),
        ("lag-monitor", &LAG_MONITOR_SOURCES, LAG_MONITOR_HANDLER),
        ("rotation", &ROTATION_SOURCES, ROTATION_HANDLER),
    ];

    #[test]
    fn the_embedded_sources_are_exactly_the_function_files() {
        for (function, sources, handler) in FUNCTIONS {
            let on_disk = files_on_disk(function);
            let embedded: BTreeMap<String, Vec<u8>> = sources
                .iter()
                .map(|s| (s.path.to_string(), s.contents.to_vec()))
                .collect();
            assert_eq!(
                embedded.keys().collect::<Vec<_>>(),
                on_disk.keys().collect::<Vec<_>>(),
                "the sources of {function} must list every .py file of \
                 modules/functions/{function} outside tests/ (add the new file with include_bytes!)"
            );
            assert_eq!(embedded, on_disk, "{function}");
            let handler_module = handler.split('.').next().unwrap();
            assert!(embedded.contains_key(&format!("{handler_module}.py")));
        }
    }

    /// Reads a zip with Python's `zipfile` (stdlib only) and prints what it sees as JSON.
    const PY_READER: &str = r#"
import hashlib, io, json, sys, zipfile
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
assert z.testzip() is None, "CRC mismatch"
print(json.dumps({
    "comment": z.comment.decode(),
    "entries": [{
        "name": i.filename,
        "date_time": list(i.date_time),
        "mode": oct(i.external_attr >> 16),
        "compress_type": i.compress_type,
        "create_system": i.create_system,
        "extra": i.extra.hex(),
        "flag_bits": i.flag_bits,
        "is_dir": i.is_dir(),
        "sha256": hashlib.sha256(z.read(i)).hexdigest(),
    } for i in z.infolist()],
}, sort_keys=True))
"#;

    /// What Python's `zipfile` sees in `zip` (None: no python3 outside CI).
    fn read_back(zip: &LambdaZip) -> Option<serde_json::Value> {
        let child = Command::new("python3")
            .args(["-c", PY_READER])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
                eprintln!("SKIPPED: python3 is needed to read the zip back ({e}); CI fails here");
                return None;
            }
            Err(e) => panic!("python3 is needed to read the zip back: {e}"),
        };
        {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(zip.bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "python zipfile failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(serde_json::from_slice(&out.stdout).unwrap())
    }

    #[test]
    fn python_zipfile_reads_exactly_the_handler_files_with_the_fixed_metadata() {
        let cases: [(LambdaZip, &[SourceFile<'static>], &[&str]); 5] = [
            (
                payments_zip(),
                &PAYMENTS_SOURCES,
                &["handler.py", "jsonlog.py", "payment.py", "store.py"],
            ),
            (
                failover_zip(),
                &FAILOVER_SOURCES,
                &[
                    "alarm.py",
                    "assess.py",
                    "aws.py",
                    "config.py",
                    "decide.py",
                    "handler.py",
                    "jsonlog.py",
                    "report.py",
                    "standby.py",
                ],
            ),
            (
                lag_monitor_zip(),
                &LAG_MONITOR_SOURCES,
                &[
                    "aws.py",
                    "config.py",
                    "handler.py",
                    "jsonlog.py",
                    "sample.py",
                ],
            ),
            (
                rotation_zip(),
                &ROTATION_SOURCES,
                &[
                    "aws.py",
                    "config.py",
                    "handler.py",
                    "jsonlog.py",
                    "steps.py",
                ],
            ),
            (
                health_zip(),
                &HEALTH_SOURCES,
                &[
                    "api.py",
                    "aws.py",
                    "checks.py",
                    "config.py",
                    "jsonlog.py",
                    "watch.py",
                ],
            ),
        ];
        for (zip, sources, want_names) in cases {
            let Some(seen) = read_back(&zip) else {
                return;
            };
            let expected: Vec<serde_json::Value> = {
                let mut files = sources.to_vec();
                files.sort_by_key(|s| s.path);
                files
                    .iter()
                    .map(|s| {
                        let digest = Sha256::digest(s.contents);
                        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
                        serde_json::json!({
                            "name": s.path,
                            "date_time": [1980, 1, 1, 0, 0, 0],
                            "mode": "0o100644",
                            "compress_type": 0,
                            "create_system": 3,
                            "extra": "",
                            "flag_bits": 0,
                            "is_dir": false,
                            "sha256": hex,
                        })
                    })
                    .collect()
            };
            assert_eq!(seen["comment"], "");
            assert_eq!(seen["entries"], serde_json::Value::Array(expected));
            let names: Vec<&str> = seen["entries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["name"].as_str().unwrap())
                .collect();
            assert_eq!(names, want_names);
        }
    }

    const CHILD_ENV: &str = "TFDR_LAMBDA_PACKAGE_CHILD";
    const CHILD_TEST: &str = "lambda_package::tests::child_prints_the_payments_zip";

    /// In a child process started by the test below: prints the packages' hashes and
    /// sizes.
    /// Otherwise does nothing.
    #[test]
    fn child_prints_the_payments_zip() {
        if std::env::var_os(CHILD_ENV).is_some() {
            let (payments, failover, lag) = (payments_zip(), failover_zip(), lag_monitor_zip());
            let rotation = rotation_zip();
            println!(
                "payments-zip: {} {} {} failover-zip: {} {} lag-monitor-zip: {} {} rotation-zip: {} {}",
                payments.source_code_hash(),
                payments.bytes().len(),
                source_code_hash(payments.content_base64().as_bytes()),
                failover.source_code_hash(),
                failover.bytes().len(),
                lag.source_code_hash(),
                lag.bytes().len(),
                rotation.source_code_hash(),
                rotation.bytes().len(),
            );
        }
    }

    #[test]
    fn two_processes_build_byte_identical_packages() {
        let exe = std::env::current_exe().unwrap();
        let run = |dir: &Path, tz: &str| -> String {
            let out = Command::new(&exe)
                .args([CHILD_TEST, "--exact", "--nocapture", "--test-threads=1"])
                .env(CHILD_ENV, "1")
                .env("TZ", tz)
                .current_dir(dir)
                .output()
                .unwrap();
            assert!(out.status.success());
            let stdout = String::from_utf8(out.stdout).unwrap();
            stdout
                .lines()
                // libtest prints `test <name> ... ` before the line with --nocapture.
                .find_map(|l| l.split_once("payments-zip: ").map(|(_, rest)| rest))
                .unwrap_or_else(|| panic!("no hash line in the child's output:\n{stdout}"))
                .to_string()
        };
        let tmp = std::env::temp_dir();
        let first = run(Path::new(env!("CARGO_MANIFEST_DIR")), "UTC");
        let second = run(&tmp, "Pacific/Kiritimati");
        assert_eq!(first, second);
        let zip = payments_zip();
        assert!(first.starts_with(zip.source_code_hash()), "{first}");
        let failover = failover_zip();
        assert!(
            first.contains(&format!("failover-zip: {}", failover.source_code_hash())),
            "{first}"
        );
        assert!(
            first.contains(&format!(
                "lag-monitor-zip: {}",
                lag_monitor_zip().source_code_hash()
            )),
            "{first}"
        );
        assert!(
            first.contains(&format!(
                "rotation-zip: {}",
                rotation_zip().source_code_hash()
            )),
            "{first}"
        );
    }
}
