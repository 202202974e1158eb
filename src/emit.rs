//! A stack's Terraform JSON on stdout without a command line: the entry point of a stack
//! program built without the `cli` feature (`tfdr = { default-features = false }`).
//!
//! ```no_run
//! use std::process::ExitCode;
//! use tfdr::{Error, Region, Stack};
//!
//! fn main() -> ExitCode {
//!     tfdr::emit::synth_stdout(|| -> Result<Stack, Error> {
//!         let stack = Stack::new("demo");
//!         let regions = stack.region_pair(Region::UsEast1, Region::UsWest2)?;
//!         regions.primary.add("topic", tfdr::aws::SnsTopic::new().name("demo"));
//!         Ok(stack)
//!     })
//! }
//! ```
//!
//! The contract is [`crate::app`]'s for `my-stack` with no arguments: every stack is
//! synthesized before anything is written; errors go to stderr as `error: …` lines with
//! exit code [`EXIT_BAD_INPUT`] and nothing on stdout; a failed write to stdout is
//! [`EXIT_IO`].

use std::fmt::Display;
use std::io::Write;
use std::process::ExitCode;

use tfdr_codegen::Synthesizer;
use tfdr_dsl::Stack;

/// Exit code for bad input: invalid config, names, regions, references.
pub const EXIT_BAD_INPUT: u8 = 2;
/// Exit code for I/O failures (e.g. an output file that cannot be written).
pub const EXIT_IO: u8 = 1;

/// One or several stacks, as returned by a builder.
pub trait IntoStacks {
    /// The stacks, in order.
    fn into_stacks(self) -> Vec<Stack>;
}

impl IntoStacks for Stack {
    fn into_stacks(self) -> Vec<Stack> {
        vec![self]
    }
}

impl IntoStacks for Vec<Stack> {
    fn into_stacks(self) -> Vec<Stack> {
        self
    }
}

/// Builds the stacks with `build`, synthesizes them with default settings and writes the
/// JSON of the single stack to stdout. Returns the exit code for `main` to return.
///
/// A program that builds several stacks needs [`crate::app`]'s `--stack` or `--out`
/// (feature `cli`); here it is bad input.
pub fn synth_stdout<F, S, E>(build: F) -> ExitCode
where
    F: FnOnce() -> Result<S, E>,
    S: IntoStacks,
    E: Display,
{
    let result = build()
        .map_err(|e| prefix_error(&e.to_string()))
        .and_then(|s| synthesize_all(&Synthesizer::new(), s.into_stacks()))
        .and_then(|mut rendered| match rendered.len() {
            // Moved out, not copied: the text is the largest allocation of the program.
            1 => Ok(rendered.swap_remove(0).1),
            _ => Err(format!(
                "error: this program has {} stacks ({}); only a single stack can be written \
                 to stdout without the command line",
                rendered.len(),
                rendered
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        });
    match result {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: stdout: {e}");
                    ExitCode::from(EXIT_IO)
                }
            }
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// Synthesizes every stack (all of them before anything is written) into
/// `(stack name, canonical JSON)` pairs, checking that there is at least one and that
/// their names are unique. The error is the `error: …` text for stderr.
pub(crate) fn synthesize_all(
    synthesizer: &Synthesizer,
    stacks: Vec<Stack>,
) -> Result<Vec<(String, String)>, String> {
    if stacks.is_empty() {
        return Err("error: the program built no stack".into());
    }
    let mut rendered = Vec::new();
    let mut messages = Vec::new();
    for s in &stacks {
        match synthesizer.synthesize_to_string(s) {
            Ok(text) => rendered.push((s.name(), text)),
            Err(errs) => messages.push(errs.to_string()),
        }
    }
    if !messages.is_empty() {
        return Err(messages.join("\n"));
    }
    let mut names: Vec<&String> = rendered.iter().map(|(n, _)| n).collect();
    names.sort();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!(
            "error: stack name: `{}` is used by two stacks; stack names must be unique",
            w[0]
        ));
    }
    Ok(rendered)
}

/// Prefixes every line of a builder's error that lacks it with `error: `.
pub(crate) fn prefix_error(msg: &str) -> String {
    msg.lines()
        .map(|l| {
            if l.starts_with("error: ") {
                l.to_string()
            } else {
                format!("error: {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfdr_dsl::{Error, Untyped};

    #[test]
    fn bad_stacks_and_builder_errors_are_bad_input() {
        let invalid = || -> Result<Stack, Error> {
            let stack = Stack::new("bad");
            stack
                .root()
                .add("orphan", Untyped::resource("aws_sns_topic"));
            Ok(stack)
        };
        assert_eq!(synth_stdout(invalid), ExitCode::from(EXIT_BAD_INPUT));
        let failing = || -> Result<Stack, String> { Err("config: nope".into()) };
        assert_eq!(synth_stdout(failing), ExitCode::from(EXIT_BAD_INPUT));
        let none = || -> Result<Vec<Stack>, Error> { Ok(vec![]) };
        assert_eq!(synth_stdout(none), ExitCode::from(EXIT_BAD_INPUT));
        let two = || -> Result<Vec<Stack>, Error> { Ok(vec![Stack::new("a"), Stack::new("b")]) };
        assert_eq!(synth_stdout(two), ExitCode::from(EXIT_BAD_INPUT));
    }

    #[test]
    fn duplicate_stack_names_are_rejected() {
        let err = synthesize_all(&Synthesizer::new(), vec![Stack::new("a"), Stack::new("a")])
            .unwrap_err();
        assert!(err.contains("`a` is used by two stacks"), "{err}");
    }

    #[test]
    fn builder_error_lines_get_one_prefix() {
        assert_eq!(
            prefix_error("error: a\nb"),
            "error: a\nerror: b".to_string()
        );
    }
}
