//! payments-dr: active-passive DR for a payment processing system (us-east-1 → us-east-2).
//! The stack lives in `tfdr_modules::stacks::payments_dr`; this program loads the config
//! (`--config FILE.json` > `ENVIRONMENT_SUFFIX` > `dev`) and runs the CLI.
//!
//! ```text
//! cargo run --example payments-dr > main.tf.json
//! ENVIRONMENT_SUFFIX=pr42 cargo run --example payments-dr -- synth -o main.tf.json
//! ```

use std::process::ExitCode;

use tfdr::modules::stacks::payments_dr;
use tfdr::modules::stacks::payments_dr::PaymentsDrConfig;
use tfdr::App;

fn main() -> ExitCode {
    App::new().run(|invocation| {
        let config = PaymentsDrConfig::load(invocation.config.as_deref())?;
        payments_dr::build(&config)
    })
}
