//! A stack program for `tests/cli.rs` (not an example to copy): two stacks, `good`, which
//! synthesizes and passes the schema validator, and `bad`, which synthesizes but sets an
//! argument `aws_s3_bucket` does not have (`bucket_name`), so only `validate` catches it.

use std::process::ExitCode;

use tfdr::prelude::*;

fn stack(name: &str, argument: &str) -> Result<Stack, Error> {
    let stack = Stack::new(name);
    let regions = stack.region_pair(Region::UsEast1, Region::UsEast2)?;
    regions
        .primary
        .add(
            "logs",
            Untyped::resource("aws_s3_bucket").attr(argument, format!("{name}-logs")),
        )
        .override_logical_id("logs");
    Ok(stack)
}

fn main() -> ExitCode {
    App::new().run(|_| -> Result<Vec<Stack>, Error> {
        Ok(vec![stack("good", "bucket")?, stack("bad", "bucket_name")?])
    })
}
