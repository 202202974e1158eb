//! Typed bindings turn schema mistakes into build errors: a missing required argument, a
//! misspelled setter, a wrong attribute type, a plain string where an enum overlay applies
//! and positional arguments where the constructor takes a named args struct do not compile. The expected compiler
//! output is in `tests/compile_fail/*.stderr` (`TRYBUILD=overwrite` re-blesses it).

#[test]
fn schema_mistakes_do_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/compile_fail/*.rs");
}
