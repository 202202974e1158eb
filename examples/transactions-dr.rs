//! transactions-dr: active-passive DR for transaction processing (us-east-1 → us-west-2,
//! Aurora MySQL Serverless v2). The stack lives in
//! `tfdr_modules::stacks::transactions_dr`; this program loads the config
//! (`--config FILE.json` > `ENVIRONMENT_SUFFIX` > `dev`) and runs the CLI.
//!
//! ```text
//! cargo run --example transactions-dr > main.tf.json
//! ENVIRONMENT_SUFFIX=pr42 cargo run --example transactions-dr -- synth -o main.tf.json
//! ```

use std::process::ExitCode;

use tfdr::modules::stacks::transactions_dr;
use tfdr::modules::stacks::transactions_dr::TransactionsDrConfig;
use tfdr::App;

fn main() -> ExitCode {
    App::new().run(|invocation| {
        let config = TransactionsDrConfig::load(invocation.config.as_deref())?;
        transactions_dr::build(&config)
    })
}
