//! Golden files: the synthesized JSON of every example, byte for byte.
//! Re-bless with `TFDR_BLESS=1 cargo test --test golden` and say why in the commit.

mod support;

#[allow(dead_code)]
#[path = "../examples/quickstart.rs"]
mod quickstart;

use tfdr::prelude::*;

#[test]
fn quickstart_matches_golden() {
    let stack = quickstart::build(&Invocation::default()).expect("quickstart builds");
    let text = tfdr::Synthesizer::new()
        .synthesize_to_string(&stack)
        .expect("quickstart synthesizes");
    support::assert_golden("quickstart.tf.json", &text);
}

#[test]
fn payments_dr_matches_golden() {
    use tfdr::modules::stacks::payments_dr;
    use tfdr::modules::stacks::payments_dr::PaymentsDrConfig;
    // The suffix is set explicitly, never through the process environment.
    let config = PaymentsDrConfig::load_from(None, Some("dev")).expect("default config");
    let stack = payments_dr::build(&config).unwrap_or_else(|e| panic!("{e}"));
    let text = tfdr::Synthesizer::new()
        .synthesize_to_string(&stack)
        .expect("payments-dr synthesizes");
    support::assert_golden("payments-dr.tf.json", &text);
}

#[test]
fn trading_dr_matches_golden() {
    use tfdr::modules::stacks::trading_dr;
    use tfdr::modules::stacks::trading_dr::TradingDrConfig;
    // The suffix is set explicitly, never through the process environment.
    let config = TradingDrConfig::load_from(None, Some("dev")).expect("default config");
    let stack = trading_dr::build(&config).unwrap_or_else(|e| panic!("{e}"));
    let text = tfdr::Synthesizer::new()
        .synthesize_to_string(&stack)
        .expect("trading-dr synthesizes");
    support::assert_golden("trading-dr.tf.json", &text);
}

#[test]
fn transactions_dr_matches_golden() {
    use tfdr::modules::stacks::transactions_dr;
    use tfdr::modules::stacks::transactions_dr::TransactionsDrConfig;
    // The suffix is set explicitly, never through the process environment.
    let config = TransactionsDrConfig::load_from(None, Some("dev")).expect("default config");
    let stack = transactions_dr::build(&config).unwrap_or_else(|e| panic!("{e}"));
    let text = tfdr::Synthesizer::new()
        .synthesize_to_string(&stack)
        .expect("transactions-dr synthesizes");
    support::assert_golden("transactions-dr.tf.json", &text);
}
