//! `cargo xtask codegen` — regenerates the effective schema and the typed bindings.
//! `cargo xtask codegen --check` only reports what is stale (exit status 1).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let check = match args.as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]\n\nRegenerates codegen/schema/aws-effective.schema.bin and dsl/src/aws/generated/\nfrom codegen/schema/*.json.gz, codegen/bindings/aws.txt and aws-enums.txt.");
            return ExitCode::from(2);
        }
    };
    let root = xtask::codegen::workspace_root();
    let artefacts = match xtask::codegen::generate_all(&root) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let problems = xtask::codegen::stale(&root, &artefacts);
        for p in &problems {
            eprintln!("{p}\n");
        }
        if problems.is_empty() {
            println!("codegen: everything is fresh");
            ExitCode::SUCCESS
        } else {
            eprintln!("{} stale; run `cargo xtask codegen`", problems.len());
            ExitCode::FAILURE
        }
    } else {
        match xtask::codegen::write(&root, &artefacts) {
            Ok(changed) => {
                for c in &changed {
                    println!("wrote {c}");
                }
                println!("codegen: {} file(s) changed", changed.len());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        }
    }
}
