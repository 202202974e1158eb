//! Typed bindings turn schema mistakes into build errors: a missing required argument, a
//! misspelled setter and a wrong attribute type do not compile. The expected compiler
//! output is in `tests/compile_fail/*.stderr` (`TRYBUILD=overwrite` re-blesses it).

#[test]
fn schema_mistakes_do_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/compile_fail/*.rs");
}
