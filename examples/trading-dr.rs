//! trading-dr: active-passive DR for a trading platform (eu-central-1 → eu-central-2).
//! The stack lives in `tfdr_modules::stacks::trading_dr`; this program loads the config
//! (`--config FILE.json` > `ENVIRONMENT_SUFFIX` > `dev`) and runs the CLI.
//!
//! ```text
//! cargo run --example trading-dr > main.tf.json
//! ENVIRONMENT_SUFFIX=pr42 cargo run --example trading-dr -- synth -o main.tf.json
//! ```

use std::process::ExitCode;

use tfdr::modules::stacks::trading_dr;
use tfdr::modules::stacks::trading_dr::TradingDrConfig;
use tfdr::App;

fn main() -> ExitCode {
    App::new().run(|invocation| {
        let config = TradingDrConfig::load(invocation.config.as_deref())?;
        trading_dr::build(&config)
    })
}
