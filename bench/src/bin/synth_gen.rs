//! The synth benchmark's generator: the synthetic DR stack of `tfdr_bench::build` at size K.
//!
//! ```text
//! synth-gen K            # a stack program: the Terraform JSON on stdout (tfdr::emit)
//! synth-gen K --phases   # the same work timed per phase; phases as one line on stderr
//! ```
//!
//! It depends on the facade without its features (`default-features = false`): no CLI,
//! validator, commands or DR components, only the model, the bindings and synth.
//!
//! `--phases` does what `tfdr::emit::synth_stdout` (and `App`'s `synth` to stdout) does
//! (build, synthesize to the canonical string, write, free) and reports each phase in
//! milliseconds: `build` (user code adding to the model), `resolve` (logical ids, the
//! cross-region guard, registered validations), `render` (the document into its canonical
//! text), `write` (stdout), `free` (dropping the model and the text).

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use tfdr::Synthesizer;

fn usage() -> ExitCode {
    eprintln!("usage: synth-gen K [--phases]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(k) = args.first().and_then(|k| k.parse::<usize>().ok()) else {
        return usage();
    };
    match args.get(1).map(String::as_str) {
        None => tfdr::emit::synth_stdout(|| tfdr_bench::build(k)),
        Some("--phases") => phases(k),
        Some(_) => usage(),
    }
}

fn ms(from: Instant, to: Instant) -> f64 {
    (to - from).as_secs_f64() * 1e3
}

fn phases(k: usize) -> ExitCode {
    let t0 = Instant::now();
    let stack = match tfdr_bench::build(k) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let t1 = Instant::now();
    let (result, timings) = Synthesizer::new().synthesize_to_string_timed(&stack);
    let text = match result {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let t2 = Instant::now();
    {
        let mut out = std::io::stdout().lock();
        if out
            .write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return ExitCode::from(1);
        }
    }
    let t3 = Instant::now();
    let resources = stack.model().nodes.len();
    let bytes = text.len();
    drop(text);
    drop(stack);
    let t4 = Instant::now();
    eprintln!(
        "phases K={k} nodes={resources} bytes={bytes} build_ms={:.1} resolve_ms={:.1} render_ms={:.1} write_ms={:.1} free_ms={:.1} total_ms={:.1}",
        ms(t0, t1),
        timings.resolve.as_secs_f64() * 1e3,
        timings.render.as_secs_f64() * 1e3,
        ms(t2, t3),
        ms(t3, t4),
        ms(t0, t4),
    );
    ExitCode::SUCCESS
}
