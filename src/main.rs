//! The `tfdr` command: tools that work on Terraform JSON and construct paths without a
//! stack program. Stack programs get their own command line from [`tfdr::App`].

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tfdr",
    version,
    about = "tfdr: typed Terraform for multi-region DR on AWS"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the logical id (Terraform name) CDKTF and tfdr give a construct path.
    LogicalId {
        /// The path below the stack, e.g. `network/primary/vpc`.
        path: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::LogicalId { path } => {
            let components: Vec<&str> = path.split('/').collect();
            match tfdr::codegen::synth::make_unique_id(&components) {
                Some(id) => {
                    println!("{id}");
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("error: path: `{path}` has no component other than `Default`");
                    ExitCode::from(tfdr::app::EXIT_BAD_INPUT)
                }
            }
        }
    }
}
