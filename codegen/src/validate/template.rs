//! Reference extraction from Terraform JSON strings.
//!
//! In Terraform's JSON syntax every string in an expression position is a *template*:
//! `${ expr }` interpolates, `%{ … }` is a directive, `$${` and `%%{` are the literal
//! characters `${` and `%{`. This module finds the static *traversals* (references such as
//! `aws_s3_bucket.logs.arn`, `var.name`, `data.aws_region.r.name`) inside the interpolations
//! and directives, the way HCL's parser would see them, without evaluating anything:
//!
//! - a traversal is an identifier followed by `.name`, `.0` (legacy index), `[0]` or
//!   `["key"]` steps; it ends at the first other step: a splat (`[*]`, `.*`) or an index that
//!   is not a literal (`[var.i]`), exactly where HCL ends the static traversal;
//! - an identifier directly followed by `(` is a function call, `a::b::c(` a provider
//!   function; neither is a reference;
//! - an identifier after `.` belongs to the expression before it (`f(x).attr`);
//! - quoted strings inside an expression are skipped, except for their own interpolations,
//!   which are scanned recursively;
//! - the iteration variables of `for` expressions and `%{ for }` directives are collected in
//!   [`Refs::iteration_vars`] so a checker can exclude them;
//! - anything the scanner cannot follow (heredocs, unbalanced brackets) makes it give up on
//!   that string: [`Refs::traversals`] is then empty, so a checker stays silent.

/// One step of a traversal after its root name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `.name`
    Attr(String),
    /// `[0]`, `.0` (legacy) or `[-1]`: a number literal key, as written.
    Number(String),
    /// `["key"]`: a string literal key without escapes or interpolations.
    Key(String),
}

/// A static reference: a root name and literal steps, e.g. `aws_s3_bucket`, `[.logs, .arn]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traversal {
    /// The first identifier (`aws_s3_bucket`, `var`, `data`, `each`, …).
    pub root: String,
    /// The literal steps that follow it, up to the first non-literal step.
    pub steps: Vec<Step>,
}

impl Traversal {
    /// The name of step `i` if it is an attribute step.
    pub fn attr(&self, i: usize) -> Option<&str> {
        match self.steps.get(i) {
            Some(Step::Attr(a)) => Some(a),
            _ => None,
        }
    }
}

/// What a string holds, as far as references go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refs {
    /// True if the string has at least one interpolation or directive: its value is
    /// decided by terraform, not a literal.
    pub is_template: bool,
    /// The static traversals, in order of appearance (empty if scanning gave up).
    pub traversals: Vec<Traversal>,
    /// Names bound by `for` expressions/directives anywhere in the string.
    pub iteration_vars: Vec<String>,
    /// Names of the functions called (`jsonencode`, `ephemeralasnull`, …).
    pub calls: Vec<String>,
    /// True if scanning gave up (the string is still a template when `is_template`).
    pub gave_up: bool,
}

/// True if `s` contains an interpolation `${` or a directive `%{` that is not escaped
/// (`$${`, `%%{`), i.e. terraform evaluates it instead of taking it literally.
pub fn is_template(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        let c = b[i];
        if (c == b'$' || c == b'%') && b[i + 1] == c && b.get(i + 2) == Some(&b'{') {
            i += 3;
            continue;
        }
        if (c == b'$' || c == b'%') && b[i + 1] == b'{' {
            return true;
        }
        i += 1;
    }
    false
}

/// Scans a Terraform JSON template string for references (see the module docs).
pub fn scan(s: &str) -> Refs {
    let mut sc = Scanner {
        b: s.as_bytes(),
        refs: Refs::default(),
        nesting: 0,
    };
    match sc.template(0, false) {
        Ok(_) => sc.refs,
        Err(()) => Refs {
            is_template: true,
            gave_up: true,
            ..Refs::default()
        },
    }
}

/// Parses a whole string as one bare traversal (as `depends_on` and `provider` values are
/// written in JSON): `None` unless the entire string (ignoring surrounding whitespace) is an
/// identifier followed by literal steps.
pub fn parse_traversal(s: &str) -> Option<Traversal> {
    let t = s.trim();
    let mut sc = Scanner {
        b: t.as_bytes(),
        refs: Refs::default(),
        nesting: 0,
    };
    if t.is_empty() || !is_ident_start(sc.b[0]) {
        return None;
    }
    let (tr, end) = sc.traversal_at(0);
    (end == t.len()).then_some(tr)
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c >= 0x80
}

/// True for a valid HCL identifier (ASCII subset).
pub fn is_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && is_ident_start(b[0]) && b.iter().all(|&c| is_ident_char(c))
}

struct Scanner<'a> {
    b: &'a [u8],
    refs: Refs,
    /// Interpolations currently open (strings nested in expressions nest them).
    nesting: usize,
}

/// Deeper nesting of templates inside expressions than this makes the scanner give up
/// (bounded recursion on any input).
const MAX_NESTING: usize = 32;

type Scan<T> = Result<T, ()>;

impl Scanner<'_> {
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    /// Template text from `i`. Inside an expression (`quoted`), it ends at the closing `"`
    /// and honours backslash escapes; returns the index after the closing quote (or the end).
    fn template(&mut self, mut i: usize, quoted: bool) -> Scan<usize> {
        loop {
            let Some(&c) = self.b.get(i) else {
                return if quoted { Err(()) } else { Ok(i) };
            };
            if quoted && c == b'\\' {
                i += 2;
                continue;
            }
            if quoted && c == b'"' {
                return Ok(i + 1);
            }
            if (c == b'$' || c == b'%') && self.at(i + 1) == c && self.at(i + 2) == b'{' {
                i += 3;
                continue;
            }
            if (c == b'$' || c == b'%') && self.at(i + 1) == b'{' {
                self.refs.is_template = true;
                i = self.expression(i + 2, c == b'%')?;
                continue;
            }
            i += 1;
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_ascii_whitespace() {
            i += 1;
        }
        i
    }

    fn ident_end(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ident_char(self.b[i]) {
            i += 1;
        }
        i
    }

    fn text(&self, from: usize, to: usize) -> String {
        String::from_utf8_lossy(&self.b[from..to]).into_owned()
    }

    /// An expression (or directive body) from `i` up to its closing `}` at nesting depth 0;
    /// returns the index after that `}`.
    fn expression(&mut self, i: usize, directive: bool) -> Scan<usize> {
        if self.nesting >= MAX_NESTING {
            return Err(());
        }
        self.nesting += 1;
        let end = self.expression_body(i, directive);
        self.nesting -= 1;
        end
    }

    fn expression_body(&mut self, mut i: usize, directive: bool) -> Scan<usize> {
        let mut depth: usize = 0;
        let mut after_dot = false;
        // In a directive, `for` may start the body without a preceding bracket.
        let mut expr_start = directive;
        loop {
            i = self.skip_ws(i);
            let Some(&c) = self.b.get(i) else {
                return Err(());
            };
            let was_dot = after_dot;
            after_dot = false;
            let starts = expr_start;
            expr_start = false;
            match c {
                b'}' if depth == 0 => return Ok(i + 1),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    expr_start = c != b'(';
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    depth = depth.checked_sub(1).ok_or(())?;
                    i += 1;
                }
                b'"' => i = self.template(i + 1, true)?,
                b'<' if self.at(i + 1) == b'<' => return Err(()), // heredoc: give up
                b'#' => {
                    while i < self.b.len() && self.b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if self.at(i + 1) == b'/' => {
                    while i < self.b.len() && self.b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if self.at(i + 1) == b'*' => {
                    i += 2;
                    while i < self.b.len() && !(self.b[i] == b'*' && self.at(i + 1) == b'/') {
                        i += 1;
                    }
                    if i >= self.b.len() {
                        return Err(());
                    }
                    i += 2;
                }
                b'.' => {
                    if self.at(i + 1) == b'.' && self.at(i + 2) == b'.' {
                        i += 3;
                    } else {
                        after_dot = true;
                        i += 1;
                    }
                }
                b'0'..=b'9' => i = self.number_end(i),
                c if is_ident_start(c) => {
                    let end = self.ident_end(i);
                    let word = &self.b[i..end];
                    if was_dot {
                        i = end; // attribute of a non-traversal expression
                    } else if word == b"for" && starts {
                        i = self.for_header(end);
                    } else {
                        let (tr, next) = self.traversal_at(i);
                        i = next;
                        let j = self.skip_ws(i);
                        if tr.steps.is_empty() && self.at(j) == b'(' {
                            self.refs.calls.push(tr.root);
                        } else if tr.steps.is_empty()
                            && self.at(j) == b':'
                            && self.at(j + 1) == b':'
                        {
                            // provider::aws::fn( — skip the namespace parts.
                            let mut k = j;
                            while self.at(k) == b':' && self.at(k + 1) == b':' {
                                k = self.ident_end(self.skip_ws(k + 2));
                            }
                            i = k;
                        } else {
                            self.refs.traversals.push(tr);
                        }
                    }
                }
                _ => i += 1,
            }
        }
    }

    fn number_end(&self, mut i: usize) -> usize {
        while self.at(i).is_ascii_digit() {
            i += 1;
        }
        if self.at(i) == b'.' && self.at(i + 1).is_ascii_digit() {
            i += 1;
            while self.at(i).is_ascii_digit() {
                i += 1;
            }
        }
        if matches!(self.at(i), b'e' | b'E') {
            let mut j = i + 1;
            if matches!(self.at(j), b'+' | b'-') {
                j += 1;
            }
            if self.at(j).is_ascii_digit() {
                i = j;
                while self.at(i).is_ascii_digit() {
                    i += 1;
                }
            }
        }
        i
    }

    /// After the `for` keyword: records `k` (and `v`) of `for k, v in`; returns the index
    /// after the last name.
    fn for_header(&mut self, mut i: usize) -> usize {
        loop {
            i = self.skip_ws(i);
            if !is_ident_start(self.at(i)) {
                return i;
            }
            let end = self.ident_end(i);
            let name = self.text(i, end);
            if name == "in" {
                return i;
            }
            self.refs.iteration_vars.push(name);
            i = self.skip_ws(end);
            if self.at(i) == b',' {
                i += 1;
            } else {
                return i;
            }
        }
    }

    /// The traversal starting at identifier `i`; returns it and the index after its last
    /// literal step.
    fn traversal_at(&mut self, i: usize) -> (Traversal, usize) {
        let end = self.ident_end(i);
        let mut tr = Traversal {
            root: self.text(i, end),
            steps: Vec::new(),
        };
        let mut i = end;
        loop {
            match self.at(i) {
                b'.' if is_ident_start(self.at(i + 1)) => {
                    let e = self.ident_end(i + 1);
                    tr.steps.push(Step::Attr(self.text(i + 1, e)));
                    i = e;
                }
                b'.' if self.at(i + 1).is_ascii_digit() => {
                    let mut e = i + 1;
                    while self.at(e).is_ascii_digit() {
                        e += 1;
                    }
                    tr.steps.push(Step::Number(self.text(i + 1, e)));
                    i = e;
                }
                b'[' => {
                    let s = self.skip_ws(i + 1);
                    let c = self.at(s);
                    if c.is_ascii_digit() || (c == b'-' && self.at(s + 1).is_ascii_digit()) {
                        let e = self.number_end(if c == b'-' { s + 1 } else { s });
                        let close = self.skip_ws(e);
                        if self.at(close) != b']' {
                            break;
                        }
                        tr.steps.push(Step::Number(self.text(s, e)));
                        i = close + 1;
                    } else if c == b'"' {
                        let mut e = s + 1;
                        while e < self.b.len() && !matches!(self.b[e], b'"' | b'\\' | b'$' | b'%') {
                            e += 1;
                        }
                        let close = self.skip_ws(e + 1);
                        if self.at(e) != b'"' || self.at(close) != b']' {
                            break;
                        }
                        tr.steps.push(Step::Key(self.text(s + 1, e)));
                        i = close + 1;
                    } else {
                        break; // splat or a computed index: the static traversal ends here
                    }
                }
                _ => break,
            }
        }
        (tr, i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roots(s: &str) -> Vec<String> {
        scan(s)
            .traversals
            .iter()
            .map(|t| {
                let mut out = t.root.clone();
                for st in &t.steps {
                    match st {
                        Step::Attr(a) => out += &format!(".{a}"),
                        Step::Number(n) => out += &format!("[{n}]"),
                        Step::Key(k) => out += &format!("[{k:?}]"),
                    }
                }
                out
            })
            .collect()
    }

    #[test]
    fn literals_and_escapes() {
        assert!(!is_template("plain"));
        assert!(!is_template("$${aws_s3_bucket.x.id} %%{ if }"));
        assert!(is_template("a-${var.x}"));
        assert!(is_template("%{ if true }x%{ endif }"));
        // `$` then the escape `$${`: literal, as in HCL (see synth/escape.rs).
        assert!(!is_template("$$${var.x}"));
        assert!(is_template("${\"$\"}${var.x}"));
        assert!(roots("$${aws_s3_bucket.nope.id}").is_empty());
        assert!(!scan("$${x.y}").is_template);
    }

    #[test]
    fn traversals() {
        assert_eq!(
            roots("${aws_s3_bucket.b.arn}-${var.x}"),
            ["aws_s3_bucket.b.arn", "var.x"]
        );
        assert_eq!(
            roots(r#"${a.b[0].c["k"].d.0.e}"#),
            [r#"a.b[0].c["k"].d[0].e"#]
        );
        assert_eq!(roots("${a.b[*].c}"), ["a.b"]);
        assert_eq!(roots("${a.b.*.c}"), ["a.b"]);
        assert_eq!(roots("${a.b[var.i].c}"), ["a.b", "var.i"]);
        assert_eq!(roots("${a.b[ 1 ]}"), ["a.b[1]"]);
        assert_eq!(roots("${x-y.z}"), ["x-y.z"], "dashes are identifier chars");
    }

    #[test]
    fn calls_strings_and_objects() {
        let r = scan(r#"${jsonencode({a = aws_s3_bucket.b.arn, "k" = "${var.n}-x"})}"#);
        assert_eq!(r.calls, ["jsonencode"]);
        let names: Vec<_> = r.traversals.iter().map(|t| t.root.as_str()).collect();
        assert_eq!(names, ["a", "aws_s3_bucket", "var"]);
        assert_eq!(roots(r#"${"aws_s3_bucket.x.y"}"#), Vec::<String>::new());
        assert_eq!(roots(r#"${"a\"${b.c}"}"#), ["b.c"]);
        assert_eq!(roots("${f(x).attr.more}"), ["x"]);
        assert_eq!(roots("${provider::aws::arn_parse(a.b).region}"), ["a.b"]);
        assert_eq!(roots("${a ? b.c : d.e}"), ["a", "b.c", "d.e"]);
        assert_eq!(roots("${1.5e3 + x.y}"), ["x.y"]);
    }

    #[test]
    fn for_expressions_and_directives() {
        let r = scan("${[for k, v in var.m : v.id if k != \"\"]}");
        assert_eq!(r.iteration_vars, ["k", "v"]);
        let r = scan("%{ for s in local.list }${s.name}%{ endfor }");
        assert_eq!(r.iteration_vars, ["s"]);
        assert!(r.traversals.iter().any(|t| t.root == "local"));
        let r = scan("%{ if aws_s3_bucket.x.id == \"\" }a%{ endif }");
        assert!(r.traversals.iter().any(|t| t.root == "aws_s3_bucket"));
    }

    #[test]
    fn gives_up_quietly() {
        for s in ["${a.b", "${<<EOT\nx\nEOT\n}", "${a)}", r#"${"abc}"#] {
            let r = scan(s);
            assert!(r.gave_up && r.is_template && r.traversals.is_empty(), "{s}");
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let deep = "${\"".repeat(100_000);
        let r = scan(&deep);
        assert!(r.gave_up && r.traversals.is_empty());
        let nested = |levels: usize| {
            (0..levels).fold("${a.b}".to_string(), |inner, _| format!("${{\"{inner}\"}}"))
        };
        assert_eq!(roots(&nested(10)), ["a.b"]);
        assert!(scan(&nested(40)).gave_up);
    }

    #[test]
    fn bare_traversals() {
        let t = parse_traversal("aws_s3_bucket.b").unwrap();
        assert_eq!(t.root, "aws_s3_bucket");
        assert_eq!(t.steps, [Step::Attr("b".into())]);
        assert!(parse_traversal("aws.primary").is_some());
        assert!(parse_traversal("${aws_s3_bucket.b}").is_none());
        assert!(parse_traversal("a.b + 1").is_none());
        assert!(parse_traversal("").is_none());
        assert_eq!(parse_traversal("nope").unwrap().steps, []);
    }
}
