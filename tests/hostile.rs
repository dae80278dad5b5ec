//! The bad-input suite: arguments, data files and data-file text that a careless or hostile user
//! can hand mlcareers. Every case asserts its exit code and the first line it prints (stderr, or
//! stdout when stderr is empty), and every case is held to the same guarantees: no panic, no death
//! by a signal, an exit code of 0, 1 or 2, and no raw control character on either stream.
//!
//! Closed pipes, full disks, widths and terminals are in `tests/process.rs`.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::{Value, json};

use common::mlcareers;
use common::views::VIEWS;

mod common;

/// One run of the binary and what it must do.
struct Case {
    name: String,
    args: Vec<OsString>,
    env: Vec<(&'static str, OsString)>,
    stdin: Option<Vec<u8>>,
    /// Run as an unprivileged user: permission errors need one when the suite runs as root.
    unprivileged: bool,
    code: i32,
    /// The leading lines of the message: stderr, or stdout when stderr is empty.
    lines: Vec<String>,
}

impl Case {
    /// The case in a machine format, where nothing is guessed: a line that is no command stays a
    /// usage error (for people, the same line is read as a question: tests/cmd/ask.md).
    fn strict(mut self) -> Case {
        self.args.splice(0..0, [OsString::from("--format"), OsString::from("json")]);
        self
    }
}

/// Where `serde_json` says a text cut short ends: its last line and that line's length, inside a
/// string (the embedded data is cut in the middle of one).
fn eof_at(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    let line = text.lines().count();
    let column = text.rsplit('\n').next().map_or(0, |last| last.chars().count());
    format!("  line {line}, column {column}: EOF while parsing a string")
}

fn case(name: impl Into<String>, args: &[&str]) -> Case {
    Case {
        name: name.into(),
        args: args.iter().map(OsString::from).collect(),
        env: Vec::new(),
        stdin: None,
        unprivileged: false,
        code: 0,
        lines: Vec::new(),
    }
}

impl Case {
    fn raw_args(mut self, args: Vec<OsString>) -> Self {
        self.args = args;
        self
    }

    fn env(mut self, key: &'static str, value: impl Into<OsString>) -> Self {
        self.env.push((key, value.into()));
        self
    }

    fn stdin(mut self, bytes: Vec<u8>) -> Self {
        self.stdin = Some(bytes);
        self
    }

    fn expect(mut self, code: i32, lines: &[&str]) -> Self {
        self.code = code;
        self.lines = lines.iter().map(ToString::to_string).collect();
        self
    }
}

fn run(case: &Case) -> Output {
    let mut command = if case.unprivileged && is_root() {
        // Root may read any file: setpriv (util-linux) drops to `nobody` (uid 65534) for the case.
        let mut command = common::tool("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", common::BIN]);
        // `nobody` may not enter the package root; the case names its file by absolute path.
        command.current_dir("/");
        command
    } else {
        mlcareers()
    };
    command.args(&case.args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (key, value) in &case.env {
        command.env(key, value);
    }
    let mut child = command.spawn().unwrap();
    let stdin = child.stdin.take().unwrap();
    let input = case.stdin.clone().unwrap_or_default();
    // Written from a thread: the program may stop reading early (a size limit) and exit.
    let writer = std::thread::spawn(move || {
        let mut stdin = stdin;
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata("/proc/self").is_ok_and(|meta| meta.uid() == 0)
}

/// Characters that must never reach a terminal raw: controls other than newline, and the bidi
/// controls that reorder text.
fn raw_control(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
    })
}

/// Whether `args` ask for CSV, whose rows end in CRLF (RFC 4180): the one raw carriage return
/// stdout may hold, right before a newline.
fn writes_csv<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> bool {
    let args: Vec<String> = args.iter().map(|arg| arg.as_ref().to_string_lossy().to_lowercase()).collect();
    args.windows(2).any(|pair| matches!(pair[0].as_str(), "--format" | "-f") && pair[1] == "csv")
        || args.iter().any(|arg| arg == "--format=csv")
}

/// What every run must do, whatever its input; `csv` when stdout is CSV.
fn guarantees(name: &str, output: &Output, csv: bool) -> Vec<String> {
    let mut failures = Vec::new();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0..=2) => {}
        Some(code) => failures.push(format!("{name}: exit code {code} is not 0, 1 or 2")),
        None => failures.push(format!("{name}: killed by a signal ({:?})", output.status)),
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        failures.push(format!("{name}: panicked: {stderr}"));
    }
    let stdout = if csv { stdout.replace("\r\n", "\n").into() } else { stdout };
    for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        if let Some(c) = raw_control(text) {
            failures.push(format!("{name}: raw {c:?} on {stream}"));
        }
    }
    failures
}

/// Runs every case and reports every failure at once.
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let output = run(case);
        failures.extend(guarantees(&case.name, &output, writes_csv(&case.args)));
        let code = output.status.code().unwrap_or(-1);
        let message = if output.stderr.is_empty() { &output.stdout } else { &output.stderr };
        let message = String::from_utf8_lossy(message);
        let lines: Vec<&str> = message.lines().take(case.lines.len()).collect();
        if code != case.code || lines != case.lines {
            failures.push(format!(
                "{}: expected exit {} and {:?}\n     got exit {code} and {lines:?}",
                case.name, case.code, case.lines
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A scratch directory for this test's files, emptied first.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile").join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn embedded() -> Value {
    serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap()
}

fn bytes(text: &[u8]) -> OsString {
    OsString::from_vec(text.to_vec())
}

const ROLE_IDS: &str = "machine-learning-engineer, data-scientist, ai-research-scientist, nlp-engineer, \
                        computer-vision-engineer";

#[test]
#[expect(clippy::too_many_lines, reason = "a table of cases, one a line")]
fn arguments() {
    // How a long question is said: its first 200 characters.
    let read_as = |line: &str| format!("note: read as: {}...", &line[..200]);
    let no_role = |shown: &str| {
        format!("error: no role matches '{shown}'; try one of: {ROLE_IDS} (see mlcareers roles)")
    };
    let no_name = |what: &str, example: &str| {
        format!("error: {what}; the roles are: {ROLE_IDS} (for example: {example})")
    };
    let bad_level = |level: &str| {
        format!(
            "error: invalid value '{level}' for '--level': try one of entry, mid, senior, in any case; or a word of job ads: junior, jr, graduate, new grad, intermediate, sr, beginner, fresher, first job, student, college, university and 2 more"
        )
    };
    let blank = |value: &str, arg: &str| {
        format!(
            "error: invalid value {value} for '{arg}': a blank query asks for nothing; type some words, for example: degree"
        )
    };
    let long = "a".repeat(131_071); // the longest one argument Linux passes (MAX_ARG_STRLEN - 1)
    let long_shown = format!("{}...", &long[..60]);
    let mib_of_roles: Vec<String> = (0..16).map(|_| "b".repeat(65_536)).collect();
    let mib_of_words: Vec<String> = (0..16).map(|_| "python ".repeat(9_362)).collect();
    let mib_of_skills: Vec<String> =
        (0..16).flat_map(|_| ["--skills".to_owned(), "python,".repeat(9_362)]).collect();
    let distinct_words: String = (0..16_000).fold(String::new(), |mut words, i| {
        _ = write!(words, "w{i:05} ");
        words
    });
    let with = |head: &[&str], tail: &[String]| -> Vec<OsString> {
        head.iter().map(OsString::from).chain(tail.iter().map(OsString::from)).collect()
    };

    check(&[
        // Unknown names and bad values: clap's usage errors, exit 2.
        // A first word that is no command is a topic or a question; a near miss of a command stays
        // clap's usage error.
        case("unknown first word is a question", &["bogus"])
            .expect(1, &["note: read as: mlcareers search bogus", "note: nothing matches 'bogus'; browse with mlcareers guide"]),
        case("near miss of a subcommand", &["rols"]).strict().expect(2, &["error: unrecognized subcommand 'rols'"]),
        case("unknown flag", &["roles", "--bogus"]).expect(2, &["error: unexpected argument '--bogus' found"]),
        case("unknown global flag", &["--bogus", "roles"])
            .expect(2, &["error: unexpected argument '--bogus' found"]),
        case("bad --level", &["roles", "--level", "principal"])
            .expect(2, &[&bad_level("principal")]),
        case("bad --format", &["--format", "xml", "roles"])
            .expect(2, &["error: invalid value 'xml' for '--format <FORMAT>'"]),
        case("bad --color", &["--color", "sometimes", "roles"])
            .expect(2, &["error: invalid value 'sometimes' for '--color <WHEN>'"]),
        case("bad --limit", &["search", "python", "--limit", "-1"])
            .expect(2, &["error: unexpected argument '-1' found"]),
        case("huge --limit", &["search", "python", "--limit", "99999999999999999999"])
            .expect(2, &["error: invalid value '99999999999999999999' for '--limit <N>': number too large to fit in target type"]),
        case("missing argument", &["role"]).expect(2, &[&no_name("name a role", "mlcareers role machine-learning-engineer")]),
        case("no subcommand", &[])
            .expect(2, &["Explore machine-learning careers: roles, salary bands, skills, education, industries and FAQ"]),
        // Empty strings.
        case("empty --level", &["roles", "--level", ""])
            .expect(2, &["error: a blank level names none; type one, for example: --level entry"]),
        case("empty --format", &["--format", "", "roles"])
            .expect(2, &["error: a value is required for '--format <FORMAT>' but none was supplied"]),
        case("empty --data", &["--data", "", "roles"])
            .expect(2, &["error: a value is required for '--data <FILE>' but none was supplied"]),
        case("empty role", &["role", ""]).expect(2, &[&no_name("name a role", "mlcareers role machine-learning-engineer")]),
        case("empty compare", &["compare", "", ""]).expect(1, &[&no_role("")]),
        case("empty search", &["search", ""]).expect(2, &[&blank("''", "<QUERY>...")]),
        case("blank faq", &["faq", " "]).expect(2, &[&blank("' '", "[QUERY]...")]),
        case("blank topic", &["", "roles"]).expect(2, &[&blank("''", "<WORDS>...")]),
        case("empty guide lists every section", &["guide", ""])
            .expect(0, &["Section                   Title"]),
        case("empty skills", &["match", "--skills", ""])
            .expect(2, &["error: name your skills with --skills, for example: mlcareers match --skills python,statistics"]),
        case("empty skills between commas are skipped", &["match", "--skills", ",python,,", "--format", "csv"])
            .expect(0, &["record,id,title,score,matched,missing,own_skills,experience,levels"]),
        case("empty MLCAREERS_DATA means unset", &["roles", "--level", "mid"])
            .env("MLCAREERS_DATA", "")
            .expect(0, &["Role              Responsibilities                   Experience       Pay at the level asked (USD)"]),
        // Very long arguments: one at Linux's limit, and 1 MiB in 16 arguments.
        case("128 KiB role", &["role", &long]).expect(1, &[&no_role(&long_shown)]),
        case("128 KiB search", &["search", &long])
            .expect(1, &[&format!("note: nothing matches '{long_shown}'; browse with mlcareers guide")]),
        case("1 MiB of roles", &[]).raw_args(with(&["compare"], &mib_of_roles)).expect(
            1,
            &[&no_role(&format!("{}...", "b".repeat(60)))],
        ),
        case("1 MiB of search words", &[])
            .raw_args(with(&["search", "--limit", "1", "--format", "csv"], &mib_of_words))
            .expect(0, &["record,kind,id,title,text,score,command,argv,source"]),
        case("1 MiB of distinct search words", &[])
            .raw_args(with(&["search"], &vec![distinct_words.clone(); 8]))
            .expect(1, &[&format!("note: nothing matches '{}...'; browse with mlcareers guide", &distinct_words[..60])]),
        case("1 MiB of FAQ words", &[])
            .raw_args(with(&["faq", "--format", "csv"], &mib_of_words))
            .expect(1, &["error: no question matches 'python python python python python python python python pyth...'; mlcareers search python python python python python python python python pyth... finds 2 other entries"]),
        case("1 MiB of skills", &[])
            .raw_args(with(&["match", "--format", "csv"], &mib_of_skills))
            .expect(0, &["record,id,title,score,matched,missing,own_skills,experience,levels"]),
        case("1 MiB data path", &[])
            .raw_args(vec!["--data".into(), "x/".repeat(65_535).into(), "roles".into()])
            // A path is shown cut, after 1024 characters.
            .expect(2, &[&format!("error: cannot read data file {}...: File name too long (os error 36)", "x/".repeat(512))]),
        // Bytes that are not UTF-8: refused where text is wanted, shown as U+FFFD in a path.
        case("non-UTF-8 role", &[])
            .raw_args(vec!["role".into(), bytes(b"nlp\xff")])
            .expect(2, &["error: invalid UTF-8 was detected in one or more arguments"]),
        case("non-UTF-8 subcommand", &[])
            .raw_args(vec![bytes(b"\xffroles")])
            .expect(2, &["error: unrecognized subcommand '\u{fffd}roles'"]),
        case("non-UTF-8 flag", &[])
            .raw_args(vec![bytes(b"--\xff"), "roles".into()])
            .expect(2, &["error: unexpected argument '--\u{fffd}' found"]),
        case("overlong UTF-8 in search", &[])
            .raw_args(vec!["search".into(), bytes(b"\xc0\xaf")])
            .expect(2, &["error: invalid UTF-8 was detected in one or more arguments"]),
        case("non-UTF-8 data path", &[])
            .raw_args(vec!["--data".into(), bytes(b"\xff.json"), "roles".into()])
            .expect(2, &["error: cannot read data file \u{fffd}.json: No such file or directory (os error 2)"]),
        case("non-UTF-8 MLCAREERS_DATA", &["roles"])
            .env("MLCAREERS_DATA", bytes(b"\xfe\xff"))
            .expect(2, &["error: MLCAREERS_DATA is set to \u{fffd}\u{fffd} (unset it for the embedded data): cannot read data file \u{fffd}\u{fffd}: No such file or directory (os error 2)"]),
        // Unicode look-alikes are not the names they look like.
        case("fullwidth role", &["role", "ｎｌｐ"]).expect(1, &[&no_role("ｎｌｐ")]),
        case("Cyrillic e in a role", &["role", "nlp-еngineer"])
            .expect(1, &["error: no role matches 'nlp-еngineer'; did you mean 'NLP Engineer'?"]),
        case("fullwidth level", &["roles", "--level", "ｍｉｄ"]).expect(2, &[&bad_level("ｍｉｄ")]),
        case("Cyrillic o in a subcommand", &["rоles"]).strict().expect(2, &["error: unrecognized subcommand 'rоles'"]),
        case("em dash for --", &["roles", "—level", "mid"]).strict().expect(2, &["error: unexpected argument '—level' found; options start with two hyphens: --level"]),
        case("zero-width space is not a letter", &["role", "nlp\u{200b}"]).expect(0, &["NLP Engineer"]),
        case("bidi override in a query is escaped", &["role", "\u{202e}reenigne"])
            .expect(1, &[&no_role("\\u{202e}reenigne")]),
        case("escape sequence in a query is escaped", &["faq", "\u{1b}[2J\u{1b}]8;;http://x\u{7}"])
            .expect(1, &["error: no question matches '\\e[2J\\e]8;;http://x\\u{7}' (see mlcareers faq for the list)"]),
        case("NUL-free C1 control in a role", &["role", "nlp\u{9b}31m"]).expect(1, &[&no_role("nlp\\u{9b}31m")]),
        // `--` ends the options: what follows is a value, even when it looks like a flag.
        case("-- before a flag-like role", &["role", "--", "--level"]).expect(1, &[&no_role("--level")]),
        case("-- before a flag-like query", &["search", "--", "-x"])
            .expect(1, &["note: nothing matches '-x'; browse with mlcareers guide"]),
        // A query, not a flag: "help" finds the answer that says what helps.
        case("-- before --help", &["faq", "--", "--help"]).expect(0, &["3. Is a degree required for machine learning roles?"]),
        case("-- where no value is taken", &["roles", "--", "mid"]).strict().expect(2, &[
            "error: levels go after --level, separated by commas: mlcareers roles --level mid (to open one role: mlcareers role NAME)",
        ]),
        case("-- before the subcommand", &["--", "roles"]).strict().expect(2, &["error: unrecognized subcommand 'roles'"]),
        // The top-level form takes what search takes: 1 MiB of words, control characters.
        case("1 MiB question", &[])
            .raw_args(with(&["--format", "csv"], &mib_of_words))
            .expect(0, &[&read_as(&format!("mlcareers search {}", "python ".repeat(30).trim_end()))]),
        case("1 MiB of distinct question words", &[])
            .raw_args(vec![distinct_words.clone(); 8].into_iter().map(OsString::from).collect())
            .expect(1, &[
                &read_as(&format!("mlcareers search {}", distinct_words.trim_end())),
                &format!("note: nothing matches '{}...'; browse with mlcareers guide", &distinct_words[..60]),
            ]),
        case("escape sequences in a question are escaped", &["\u{1b}[2J", "\u{1b}]8;;http://x\u{7}", "\u{202e}"])
            .expect(1, &[
                "note: read as: mlcareers search '\\e[2J' '\\e]8;;http://x\\u{7}' '\\u{202e}'",
                "note: nothing matches '\\e[2J \\e]8;;http://x\\u{7} \\u{202e}'; browse with mlcareers guide",
            ]),
        case("a question with a flag after it", &["outlook", "--format", "json"])
            .expect(0, &["note: read as: mlcareers guide future-outlook"]),
        case("non-UTF-8 first word", &[])
            .raw_args(vec![bytes(b"\xffoutlook")])
            .expect(2, &["error: unrecognized subcommand '\u{fffd}outlook'"]),
    ]);
}

/// `salary FIGURE [--role NAME]` and `path FROM TO`: a figure that is not one is a usage error
/// (exit 2) that lists the accepted forms; a role that is not one is a lookup error (exit 1).
#[test]
fn figures_and_paths() {
    let forms = "write it as 150000, 150,000, $150,000, 150k or 150K";
    let not_a_figure = |shown: &str| {
        format!("error: invalid value '{shown}' for '[FIGURE]': not an annual figure in USD; {forms}")
    };
    let no_role = |shown: &str| {
        format!("error: no role matches '{shown}'; try one of: {ROLE_IDS} (see mlcareers roles)")
    };
    // Linux passes one argument of at most 128 KiB; the parser's own tests take 1 MiB.
    let huge = "9".repeat(131_071);
    let long = "a".repeat(131_071);
    let long_shown = format!("{}...", &long[..60]);
    check(&[
        case("letters for a figure", &["salary", "abc"]).strict().expect(2, &[&not_a_figure("abc")]),
        case("empty figure", &["salary", ""]).strict().expect(2, &[&not_a_figure("")]),
        case("exponent", &["salary", "1e999"]).strict().expect(2, &[&not_a_figure("1e999")]),
        case("two k", &["salary", "150kk"]).strict().expect(2, &[&not_a_figure("150kk")]),
        case("commas out of place", &["salary", "1,50,000"]).strict().expect(2, &[&not_a_figure("1,50,000")]),
        case("a decimal point", &["salary", "150.5k"]).strict().expect(2, &[&not_a_figure("150.5k")]),
        case("fullwidth digits", &["salary", "１５０k"]).strict().expect(2, &[&not_a_figure("１５０k")]),
        // clap writes its errors through anstream, which drops escape sequences when colour is off.
        // Shown, not deleted as clap's own print deletes it from a pipe.
        case("escape sequence for a figure", &["salary", "\u{1b}[2J"]).strict().expect(2, &[&not_a_figure("\\e[2J")]),
        case("negative", &["salary", "-5"]).strict()
            .expect(2, &[&format!("error: invalid value '-5' for '[FIGURE]': a salary cannot be negative; {forms}")]),
        case("negative after --", &["salary", "--", "-150k"]).strict()
            .expect(2, &[&format!("error: invalid value '-150k' for '[FIGURE]': a salary cannot be negative; {forms}")]),
        case("zero", &["salary", "0"]).strict()
            .expect(2, &[&format!("error: invalid value '0' for '[FIGURE]': a salary of zero says nothing; {forms}")]),
        case("past u64", &["salary", "18446744073709551616"]).strict().expect(
            2,
            &[&format!("error: invalid value '18446744073709551616' for '[FIGURE]': too large a figure; {forms}")],
        ),
        case("128 KiB figure", &["salary", &huge]).strict()
            .expect(2, &[&format!("error: invalid value '{}...' for '[FIGURE]': too large a figure; {forms}", &huge[..60])]),
        case("largest figure", &["salary", "18446744073709551615", "--chart", "--format", "csv"])
            .expect(0, &["record,id,figure_usd,derived,role.id,role.title,bands,occupation.id,occupation.title,occupation.roles,occupation.mapping,occupation.figures,bls_medians"]),
        case("two figures", &["salary", "150k", "160k"]).strict().expect(2, &["error: unexpected argument '160k' found"]),
        case("--role without a figure: the bands of its levels", &["salary", "--role", "ds"])
            .expect(0, &["Level         Annual salary (USD)   Roles open at this level"]),
        case("unknown --role", &["salary", "150k", "--role", "bogus"]).expect(1, &[&no_role("bogus")]),
        case("empty --role", &["salary", "150k", "--role", ""]).expect(2, &[
            "error: invalid value '' for '--role <NAME>': a blank name names no role; type one, for example: --role ds (mlcareers roles lists them)",
        ]),
        case("128 KiB --role", &["salary", "150k", "--role", &long]).expect(1, &[&no_role(&long_shown)]),
        case("--role spans none of --level", &["salary", "150k", "--role", "ai-research-scientist", "-l", "entry"])
            .expect(1, &["note: AI Research Scientist is not open at level entry"]),
        case("--role spans none of --level, as JSON", &["salary", "150k", "--role", "ai-research-scientist", "-l", "entry", "-f", "json"])
            .expect(1, &["{"]),
        // `path`: two different roles, each named as `role` names them.
        case("path to itself", &["path", "data-scientist", "Data Scientist"])
            .expect(2, &["error: 'data-scientist' and 'Data Scientist' both name Data Scientist; path needs two different roles"]),
        case("path from nothing", &["path", "", "data-scientist"]).expect(1, &[&no_role("")]),
        case("path to nothing", &["path", "data-scientist", "bogus"]).expect(1, &[&no_role("bogus")]),
        case("path with one role", &["path", "data-scientist"])
            .expect(2, &["error: the following required arguments were not provided:"]),
        case("path with three roles", &["path", "ds", "mle", "nlp"]).strict().expect(2, &[
            "error: path takes two roles, FROM and TO: put a name of several words in quotes, as in mlcareers path \"data scientist\" \"nlp engineer\", or give ids (mlcareers roles lists them)",
        ]),
        case("128 KiB path", &["path", &long, "ds"]).expect(1, &[&no_role(&long_shown)]),
        case("bidi override in a path", &["path", "ds", "\u{202e}elm"]).expect(1, &[&no_role("\\u{202e}elm")]),
    ]);
}

/// Writes `content` to `dir/name` and returns the path as a string for arguments and messages.
fn file(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    fs::write(&path, content).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The embedded dataset after `change`, as a file.
fn changed(dir: &Path, name: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut value = embedded();
    change(&mut value);
    file(dir, name, serde_json::to_vec_pretty(&value).unwrap())
}

#[test]
#[expect(clippy::too_many_lines, reason = "a table of cases, one a line")]
fn data_files() {
    let dir = scratch("data_files");
    let data = |name: &str, path: &str| case(name, &["--data", path, "roles", "--level", "mid"]);
    let problems = |path: &str, count: &str| format!("error: {path} has {count}:");

    let missing = dir.join("missing.json").to_str().unwrap().to_owned();
    let directory = dir.to_str().unwrap().to_owned();
    let unreadable = file(&dir, "unreadable.json", mlcareers::dataset::EMBEDDED_JSON);
    fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    let empty = file(&dir, "empty.json", "");
    let not_json = file(&dir, "not-json.json", "roles: [mid]\n");
    let half = mlcareers::dataset::EMBEDDED_JSON.len() / 2;
    let truncated = file(&dir, "truncated.json", &mlcareers::dataset::EMBEDDED_JSON[..half]);
    let list = file(&dir, "list.json", "[]");
    let section_and_role = changed(&dir, "section-and-role.json", |v| {
        let mut role = v["roles"][0].clone();
        role["id"] = json!("outlook-analyst");
        role["title"] = json!("Outlook Analyst");
        v["roles"].as_array_mut().unwrap().push(role);
    });
    let null = file(&dir, "null.json", "null");
    let missing_field = changed(&dir, "missing-field.json", |v| {
        v["roles"][0].as_object_mut().unwrap().remove("title");
    });
    let unknown_field = changed(&dir, "unknown-field.json", |v| v["roles"][0]["salary"] = json!(1));
    let wrong_type = changed(&dir, "wrong-type.json", |v| v["roles"][0]["levels"] = json!("mid"));
    let duplicate = changed(&dir, "duplicate.json", |v| v["roles"][1]["id"] = v["roles"][0]["id"].clone());
    let unknown_level = changed(&dir, "unknown-level.json", |v| v["roles"][0]["levels"] = json!(["junior"]));
    let unknown_role =
        changed(&dir, "unknown-role.json", |v| v["skills"]["by_role"][0]["role"] = json!("plumber"));
    let min_above_max =
        changed(&dir, "min-above-max.json", |v| v["salary"]["bands"][0]["min_usd"] = json!(200_000));
    let negative = changed(&dir, "negative.json", |v| v["salary"]["bands"][0]["min_usd"] = json!(-5));
    let fractional = changed(&dir, "fractional.json", |v| v["salary"]["bands"][0]["min_usd"] = json!(1.5));
    let absurd = changed(&dir, "absurd.json", |v| v["salary"]["bands"][2]["max_usd"] = json!(u64::MAX));
    let overflow = file(
        &dir,
        "overflow.json",
        mlcareers::dataset::EMBEDDED_JSON.replacen("\"max_usd\": 110000", "\"max_usd\": 1e400", 1),
    );
    let shell_id = changed(&dir, "shell-id.json", |v| {
        v["roles"][0]["id"] = json!("x$(touch pwned)");
        v["skills"]["by_role"][0]["role"] = json!("x$(touch pwned)");
    });
    let many_errors = changed(&dir, "many-errors.json", |v| {
        let role = v["roles"][0].clone();
        v["roles"] = Value::Array((0..200).map(|_| json!({"id": 1, "title": role["title"]})).collect());
    });
    let deep = file(&dir, "deep.json", "[".repeat(100_000));
    let deep_field = file(&dir, "deep-field.json", format!("{{\"roles\": {}", "{\"a\": ".repeat(100_000)));
    let huge = dir.join("huge.json");
    // 200 MB of nothing, without writing it: the size limit refuses it before reading.
    fs::File::create(&huge).unwrap().set_len(200 * 1000 * 1000).unwrap();
    let huge = huge.to_str().unwrap().to_owned();
    let mut invalid = mlcareers::dataset::EMBEDDED_JSON.as_bytes().to_vec();
    let at = invalid.windows(12).position(|w| w == b"Data Scientis").unwrap_or(1000) + 2;
    invalid[at] = 0xff;
    let invalid = file(&dir, "invalid-utf8.json", &invalid);
    let bom = file(&dir, "bom.json", format!("\u{feff}{}", mlcareers::dataset::EMBEDDED_JSON));
    let crlf = file(&dir, "crlf.json", mlcareers::dataset::EMBEDDED_JSON.replace('\n', "\r\n"));
    let raw_control = file(
        &dir,
        "raw-control.json",
        mlcareers::dataset::EMBEDDED_JSON.replacen(
            "Machine Learning Engineer",
            "Machine\u{1b}[2J Engineer",
            1,
        ),
    );
    let nul = file(&dir, "nul.json", b"\0\0\0\0");
    let hostile_key =
        changed(&dir, "hostile-key.json", |v| v["roles"][0]["\u{1b}]8;;http://evil\u{7}x"] = json!(1));
    let table =
        "Role              Responsibilities                   Experience       Pay at the level asked (USD)";

    check(&[
        data("missing", &missing)
            .expect(2, &[&format!("error: cannot read data file {missing}: No such file or directory (os error 2)")]),
        data("directory", &directory)
            .expect(2, &[&format!("error: cannot read data file {directory}: Is a directory (os error 21)")]),
        Case { unprivileged: true, ..data("unreadable", &unreadable) }
            .expect(2, &[&format!("error: cannot read data file {unreadable}: Permission denied (os error 13)")]),
        data("empty", &empty).expect(2, &[&problems(&empty, "1 problem"), "  line 1, column 0: EOF while parsing a value"]),
        data("empty stdin", "-").stdin(Vec::new()).expect(2, &[&problems("standard input", "1 problem")]),
        data("not JSON", &not_json).expect(2, &[&problems(&not_json, "1 problem"), "  line 1, column 1: expected value"]),
        data("truncated", &truncated).expect(2, &[&problems(&truncated, "1 problem"), &eof_at(&mlcareers::dataset::EMBEDDED_JSON.as_bytes()[..half])]),
        data("a list", &list).expect(
            2,
            &[&problems(&list, "1 problem"), "  the top level must be an object (the dataset), not a list"],
        ),
        data("null", &null).expect(2, &[&problems(&null, "1 problem"), "  the top level must be an object (the dataset), not null"]),
        data("missing field", &missing_field)
            .expect(2, &[&problems(&missing_field, "1 problem"), "  roles[0]: missing field \"title\""]),
        data("unknown field", &unknown_field).expect(2, &[&problems(&unknown_field, "1 problem"), "  roles[0].salary: unknown field \"salary\", expected one of \"id\", \"title\", \"responsibilities\", \"levels\", \"source\""]),
        data("wrong type", &wrong_type).expect(2, &[&problems(&wrong_type, "1 problem"), "  roles[0].levels: invalid type: string \"mid\", expected a sequence"]),
        data("duplicate id", &duplicate)
            .expect(2, &[&problems(&duplicate, "9 problems"), "  roles[1]: duplicate id \"machine-learning-engineer\""]),
        data("unknown level", &unknown_level).expect(2, &[&problems(&unknown_level, "1 problem"), "  roles[0].levels[0]: unknown level \"junior\", expected one of \"entry\", \"mid\", \"senior\""]),
        data("unknown role", &unknown_role)
            .expect(2, &[&problems(&unknown_role, "1 problem"), "  skills.by_role[0].role: \"plumber\" names no role"]),
        data("min above max", &min_above_max).expect(
            2,
            &[&problems(&min_above_max, "1 problem"), "  salary.bands[0]: min_usd 200000 is greater than max_usd 110000"],
        ),
        data("negative salary", &negative).expect(2, &[&problems(&negative, "1 problem"), "  salary.bands[0].min_usd: invalid value: integer \"-5\", expected u64"]),
        data("fractional salary", &fractional).expect(2, &[&problems(&fractional, "1 problem"), "  salary.bands[0].min_usd: invalid type: floating point \"1.5\", expected u64"]),
        data("number past any type", &overflow).expect(2, &[&problems(&overflow, "1 problem"), "  line 50, column 60: number out of range"]),
        case("absurd but valid salary", &["--data", &absurd, "salary", "--chart"]).expect(0, &["Annual salary ranges by experience level (USD)"]),
        data("id made to run in a shell", &shell_id).expect(
            2,
            &[
                &problems(&shell_id, "3 problems"),
                "  roles[0].id: \"x$(touch pwned)\" must be lowercase letters and digits joined by single hyphens",
            ],
        ),
        data("200 roles with 2 errors each", &many_errors).expect(2, &[&problems(&many_errors, "at least 50 problems"), "  roles[0].id: invalid type: integer \"1\", expected a string"]),
        data("100,000 levels of [", &deep)
            .expect(2, &[&problems(&deep, "1 problem"), "  line 1, column 128: recursion limit exceeded"]),
        data("100,000 nested objects", &deep_field).expect(2, &[&problems(&deep_field, "1 problem"), "  line 1, column 767: recursion limit exceeded"]),
        data("200 MB file", &huge).expect(2, &[&format!("error: {huge} is 191 MiB, over the 64 MiB limit for data files")]),
        data("65 MiB on stdin", "-")
            .stdin(vec![b' '; 65 * 1024 * 1024])
            .expect(2, &["error: standard input is over the 64 MiB limit for data files"]),
        data("invalid UTF-8", &invalid).expect(2, &[&format!("error: {invalid} is not UTF-8 text (invalid byte at offset {at}); save it as UTF-8")]),
        data("byte-order mark", &bom).expect(0, &[table]),
        data("CRLF line ends", &crlf).expect(0, &[table]),
        data("raw control in a string", &raw_control).expect(2, &[&problems(&raw_control, "1 problem"), "  line 14, column 24: control character (\\u0000-\\u001F) found while parsing a string"]),
        data("NUL bytes", &nul).expect(2, &[&problems(&nul, "1 problem"), "  line 1, column 1: expected value"]),
        data("escape sequence in a field name", &hostile_key).expect(2, &[&problems(&hostile_key, "1 problem"), "  roles[0].\\e]8;;http://evil\\u{7}x: unknown field \"\\e]8;;http://evil\\u{7}x\", expected one of \"id\", \"title\", \"responsibilities\", \"levels\", \"source\""]),
        case("data check of the same", &["data", "check", &hostile_key])
            .expect(1, &[&format!("error: {hostile_key} has 1 problem")]),
        case("the environment variable", &["roles"]).env("MLCAREERS_DATA", &directory)
            .expect(2, &[&format!("error: MLCAREERS_DATA is set to {directory} (unset it for the embedded data): cannot read data file {directory}: Is a directory (os error 21)")]),
        case("a word that is both a section and a role", &["--data", &section_and_role, "outlook"])
            .expect(0, &["note: 'outlook' also names the role Outlook Analyst: mlcareers role outlook-analyst"]),
    ]);
}

/// Everything a string can carry to attack a terminal: colour and screen-clearing escapes, an
/// OSC 8 hyperlink, carriage return and backspace (overprinting), a bidi override, DEL, a C1 CSI.
const NASTY: &str = "\u{1b}[31mRED\u{1b}[2J\u{1b}]8;;http://evil.example\u{7}link\u{1b}]8;;\u{7}\rCR\u{8}BS\u{202e}RTL\u{7f}\u{9b}0m";

/// The embedded dataset with [`NASTY`] after every text: every string but ids, references,
/// enumerations and sources, which must stay valid for the dataset to load.
fn hostile_dataset() -> Value {
    fn walk(value: &mut Value, key: &str) {
        const KEEP: &[&str] = &["id", "source", "role", "roles", "level", "levels", "kind", "soc"];
        match value {
            Value::String(text) if !KEEP.contains(&key) => text.push_str(NASTY),
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, key)),
            Value::Object(fields) => fields.iter_mut().for_each(|(key, field)| walk(field, key)),
            _ => {}
        }
    }
    let mut value = embedded();
    walk(&mut value, "");
    value
}

#[test]
fn terminal_content_from_a_data_file_is_escaped() {
    let dir = scratch("terminal_content");
    let path = file(&dir, "hostile.json", serde_json::to_vec(&hostile_dataset()).unwrap());
    let visible = "\\e[31mRED\\e[2J\\e]8;;http://evil.example\\u{7}link\\e]8;;\\u{7}\\rCR\\u{8}BS\\u{202e}RTL\\u{7f}\\u{9b}0m";
    let visible_json = "\\u001b[31mRED\\u001b[2J\\u001b]8;;http://evil.example\\u0007link";
    let mut failures = Vec::new();
    let mut runs = 0;
    for view in VIEWS.iter() {
        for format in ["table", "markdown", "csv"] {
            let name = format!("{} --format {format}", view.join(" "));
            let args = [&["--data", path.as_str(), "--format", format][..], view].concat();
            // Wide enough that no cell or paragraph wraps the escaped text apart.
            let output = run(&case(&name, &args).env("COLUMNS", "1000"));
            runs += 1;
            failures.extend(guarantees(&name, &output, format == "csv"));
            let stdout = String::from_utf8_lossy(&output.stdout);
            // A list in a CSV cell is JSON, which shows the same characters as JSON escapes.
            let shown = stdout.contains(visible) || (format == "csv" && stdout.contains(visible_json));
            if output.status.code() != Some(0) || !shown {
                failures
                    .push(format!("{name}: exit {:?}, escaped text shown: {shown}", output.status.code()));
            }
        }
    }
    // Colour asked for: the program's own escapes are there, the file's are still escaped.
    for view in VIEWS.iter() {
        let name = format!("{} --color always", view.join(" "));
        let output = mlcareers().args(["--data", &path, "--color", "always"]).args(*view).output().unwrap();
        runs += 1;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let raw_from_file = ["\u{1b}[2J", "\u{1b}]8", "\r", "\u{8}", "\u{202e}", "\u{7f}", "\u{9b}"];
        if let Some(raw) = raw_from_file.iter().find(|raw| stdout.contains(*raw)) {
            failures.push(format!("{name}: a raw escape from the file reached the output: {raw:?}"));
        } else if !stdout.contains("\\e[2J") {
            failures.push(format!("{name}: the file's text is not in the output, escaped or not"));
        }
    }
    assert!(failures.is_empty(), "{} failures in {runs} runs:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn json_output_keeps_the_exact_strings() {
    let dir = scratch("json_exact");
    let dataset = hostile_dataset();
    let path = file(&dir, "hostile.json", serde_json::to_vec(&dataset).unwrap());
    let json = |args: &[&str]| -> Value {
        let output = mlcareers().args(["--data", &path, "--format", "json"]).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            raw_control(&String::from_utf8_lossy(&output.stdout)).is_none(),
            "{args:?}: JSON escapes controls"
        );
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let roles = json(&["roles"]);
    assert_eq!(roles[0]["title"], dataset["roles"][0]["title"]);
    assert_eq!(roles[0]["responsibilities"], dataset["roles"][0]["responsibilities"]);
    let faq = json(&["faq", "degree"]);
    assert_eq!(faq["answer"], dataset["faq"][2]["answer"], "{faq}");
    let guide = json(&["guide", "future-outlook"]);
    let section = dataset["guide"].as_array().unwrap().iter().find(|s| s["id"] == "future-outlook").unwrap();
    assert_eq!(guide["paragraphs"], section["paragraphs"], "{guide}");
    let bands = json(&["salary"]);
    assert_eq!(bands[0]["title"], dataset["levels"][0]["title"], "{bands}");
    let check = mlcareers().args(["data", "check", "--format", "json", &path]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&check.stdout), "[]\n", "a valid file has no problems");
}

/// The one rule for an echoed item, written out again: a backslash doubled, every control
/// character (newline too) and bidi control a visible escape.
fn by_hand(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\\' => "\\\\".to_owned(),
            '\n' => "\\n".to_owned(),
            '\r' => "\\r".to_owned(),
            '\t' => "\\t".to_owned(),
            '\u{1b}' => "\\e".to_owned(),
            c if c.is_control() || raw_control(&c.to_string()).is_some() => format!("\\u{{{:x}}}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

#[test]
fn messages_that_quote_a_data_file_are_escaped() {
    let dir = scratch("messages");
    let path = file(&dir, "hostile.json", serde_json::to_vec(&hostile_dataset()).unwrap());
    let escaped = "\\e[31mRED\\e[2J\\e]8;;http://evil.example\\u{7}link\\e]8;;\\u{7}\\rCR\\u{8}BS\\u{202e}RTL\\u{7f}\\u{9b}0m";
    assert_eq!(by_hand(NASTY), escaped, "the rule written out again agrees with the escapes");
    // An echoed name is cut after 60 characters, then escaped.
    let cut = |text: &str| format!("{}...", by_hand(&text.chars().take(60).collect::<String>()));
    let title_cut = cut(&format!("NLP Engineer{NASTY}"));
    check(&[
        case("a title in an error", &["--data", &path, "compare", "nlp-engineer", "nlp"])
            .expect(2, &[&format!("error: 'nlp' names {title_cut} again; compare needs different roles")]),
        case("a title in a suggestion", &["--data", &path, "role", "nlp-engeneer"])
            .expect(1, &[&format!("error: no role matches 'nlp-engeneer'; did you mean '{title_cut}'?")]),
        case("a skill in a warning", &["--data", &path, "match", "--skills", "python,stat"]).expect(
            0,
            &[&format!(
                "warning: 'stat' could be any of {}, {}; ignored (name one)",
                cut(&format!("Statistics{NASTY}")),
                cut(&format!("Statistical software{NASTY}"))
            )],
        ),
    ]);
}

/// Issue 22, item 1: a skill listed twice in a group, or in two groups, made `path` panic on a
/// file `data check` called valid. The check now says where the repeat is, and no command panics.
#[test]
fn a_skill_listed_twice_is_a_problem_and_never_a_panic() {
    let dir = scratch("skill_twice");
    let in_one = changed(&dir, "twice-in-one-group.json", |v| {
        let first = v["skills"]["groups"][0]["skills"][0].clone();
        v["skills"]["groups"][0]["skills"].as_array_mut().unwrap().push(first);
    });
    let in_two = changed(&dir, "in-two-groups.json", |v| {
        let first = v["skills"]["groups"][0]["skills"][0].clone();
        v["skills"]["groups"][1]["skills"].as_array_mut().unwrap().push(first);
    });
    let repeat = |at: &str| {
        format!(
            "  skills.groups[{at}]: skill \"Python\" is listed twice (first at skills.groups[0].skills[0])"
        )
    };
    let mut cases = Vec::new();
    for (file, at) in [(&in_one, "0].skills[2"), (&in_two, "1].skills[1")] {
        cases.push(
            case(format!("{file} checked"), &["data", "check", file])
                .expect(1, &[&format!("error: {file} has 1 problem")]),
        );
        for format in ["table", "json", "csv", "markdown"] {
            let args = ["--data", file.as_str(), "path", "ds", "mle", "--format", format];
            cases.push(
                case(format!("path over {file} as {format}"), &args)
                    .expect(2, &[&format!("error: {file} has 1 problem:"), &repeat(at)]),
            );
        }
    }
    check(&cases);
}

/// Issue 22, item 2: one rule for text that did not come from us, in every message, clap's
/// included. A hostile argument goes into every position of every command (and
/// `MLCAREERS_DATA`): whatever the command says, its escape sequences, CR, DEL, BS, C1 controls,
/// bidi controls and newlines are visible escapes, its backslashes doubled, and it is echoed cut,
/// never whole (100,000 characters in, a short line out).
#[test]
fn every_argument_position_echoes_hostile_text_by_the_one_rule() {
    const HOSTILE: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\r\u{7f}\u{8}\u{85}\u{9b}\u{202e}\u{2066}\n\\e";
    let long = format!("{HOSTILE}{}", "x".repeat(100_000));
    let templates: &[&[&str]] = &[
        &["X"],
        &["X", "roles"],
        &["roles", "X"],
        &["roles", "--X"],
        &["roles", "--level", "X"],
        &["roles", "--format", "X"],
        &["--format", "X", "roles"],
        &["--color", "X", "roles"],
        &["--data", "X", "roles"],
        &["role", "X"],
        &["salary", "X"],
        &["salary", "--level", "X"],
        &["salary", "--role", "X"],
        &["salary", "150k", "--role", "X"],
        &["skills", "X"],
        &["education", "X"],
        &["industries", "X"],
        &["sources", "X"],
        &["faq", "X"],
        &["guide", "X"],
        &["compare", "X", "nlp"],
        &["compare", "nlp", "X"],
        &["path", "X", "ds"],
        &["path", "ds", "X"],
        &["path", "ds", "nlp", "X"],
        &["match", "X"],
        &["match", "--skills", "X"],
        &["match", "--skills", "python", "--level", "X"],
        &["match", "--strict", "--skills", "X"],
        &["search", "X"],
        &["search", "python", "--limit", "X"],
        &["data", "X"],
        &["data", "check", "X"],
        &["data", "export", "X"],
        &["data", "schema", "--format", "X"],
        &["completions", "X"],
        &["man", "X"],
        &["schema", "X"],
        &["data", "check", "--X"],
    ];
    let mut failures = Vec::new();
    let mut cases = 0;
    for template in templates {
        for (size, value) in [("short", HOSTILE), ("100k", long.as_str())] {
            let args: Vec<String> = template.iter().map(|arg| arg.replace('X', value)).collect();
            let name = format!("{template:?} ({size})");
            let output = mlcareers().args(&args).output().unwrap();
            check_echo(&name, &output, &mut failures);
            cases += 1;
        }
    }
    for (size, value) in [("short", HOSTILE), ("100k", long.as_str())] {
        let output = mlcareers().args(["roles"]).env("MLCAREERS_DATA", value).output().unwrap();
        check_echo(&format!("MLCAREERS_DATA ({size})"), &output, &mut failures);
        cases += 1;
    }
    assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
}

/// What [`every_argument_position_echoes_hostile_text_by_the_one_rule`] asks of each run.
fn check_echo(name: &str, output: &Output, failures: &mut Vec<String>) {
    failures.extend(guarantees(name, output, false));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        if text.contains(&"x".repeat(1100)) {
            failures.push(format!("{name}: the 100k argument is echoed whole on {stream}"));
        }
        // Where the argument is echoed, it is shown: the escape sequence as `\e[2J` (not deleted),
        // the backslash typed doubled, the newline as `\n`.
        if text.contains("2J")
            && !text
                .contains("\\e[2J\\e]0;pwned\\u{7}\\r\\u{7f}\\u{8}\\u{85}\\u{9b}\\u{202e}\\u{2066}\\n\\\\e")
        {
            failures.push(format!("{name}: echoed otherwise than by the rule on {stream}: {text:.300}"));
        }
    }
    if stderr.len() > 4096 {
        failures.push(format!("{name}: {} bytes on stderr", stderr.len()));
    }
}

/// Issue 22, item 5: `--data` on a FIFO with no writer blocked forever in `open` (so did
/// `MLCAREERS_DATA` and `data check`). It now says so at once; a FIFO with a writer is read.
#[test]
fn a_fifo_with_no_writer_is_an_error_not_a_hang() {
    let dir = scratch("fifo");
    let fifo = dir.join("data.fifo");
    let made = common::tool("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let fifo = fifo.to_str().unwrap().to_owned();
    let message = format!(
        "error: cannot read data file {fifo}: it is a named pipe (FIFO) and nothing wrote to it \
         (start the writer first, or give the data on standard input with --data -)"
    );
    let runs: [(&str, Vec<&str>, Option<&str>); 3] = [
        ("--data", vec!["--data", &fifo, "roles"], None),
        ("MLCAREERS_DATA", vec!["roles"], Some(&fifo)),
        ("data check", vec!["data", "check", &fifo], None),
    ];
    for (name, args, env) in runs {
        let mut command = mlcareers();
        command.args(&args).stdout(Stdio::piped()).stderr(Stdio::piped());
        if let Some(env) = env {
            command.env("MLCAREERS_DATA", env);
        }
        let mut child = command.spawn().unwrap();
        let started = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().unwrap();
                panic!("{name}: still waiting on a FIFO with no writer after 20 s");
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.lines().any(|line| line.ends_with(&message[7..])), "{name}: {stderr}");
    }
    // With a writer, the FIFO is read as any file. (Open for reading and writing, which does not
    // wait on Linux, the test is the writer before mlcareers opens it.)
    let mut pipe = fs::OpenOptions::new().read(true).write(true).open(&fifo).unwrap();
    let child = mlcareers().args(["data", "check", &fifo]).stdout(Stdio::piped()).spawn().unwrap();
    // Data left in a FIFO is dropped when its last reader closes: write once mlcareers has it open.
    let opened = || {
        fs::read_dir(format!("/proc/{}/fd", child.id()))
            .into_iter()
            .flatten()
            .flatten()
            .any(|fd| fs::read_link(fd.path()).is_ok_and(|target| target == Path::new(&fifo)))
    };
    let started = std::time::Instant::now();
    while !opened() && started.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    pipe.write_all(mlcareers::dataset::EMBEDDED_JSON.as_bytes()).unwrap();
    drop(pipe);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("is valid"));
}

/// Issue 22, item 8: `data check` exited 2 on a file it could read but that is not UTF-8
/// (contract: 2 only when the file cannot be read), and took a key given twice silently, the last
/// one winning. Both are now problems of the file: exit 1, one line each.
#[test]
#[expect(clippy::too_many_lines, reason = "a table of cases, one a line")]
fn data_check_reports_text_that_is_not_utf8_and_keys_given_twice() {
    let dir = scratch("not_utf8");
    let embedded = mlcareers::dataset::EMBEDDED_JSON;
    let utf16 = |bom: bool, big: bool| -> Vec<u8> {
        let units = if bom {
            "\u{feff}".encode_utf16().chain(embedded.encode_utf16()).collect::<Vec<_>>()
        } else {
            embedded.encode_utf16().collect()
        };
        units.iter().flat_map(|unit| if big { unit.to_be_bytes() } else { unit.to_le_bytes() }).collect()
    };
    let utf32 = |bom: bool| -> Vec<u8> {
        let chars = if bom {
            "\u{feff}".chars().chain(embedded.chars()).collect::<Vec<_>>()
        } else {
            embedded.chars().collect()
        };
        chars.iter().flat_map(|c| u32::from(*c).to_le_bytes()).collect()
    };
    let latin1: Vec<u8> = embedded
        .replacen("Guide", "Gu\u{ed}de", 1)
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let cut = {
        let mut bytes = embedded.as_bytes().to_vec();
        bytes.extend_from_slice(&[0xe2, 0x80]);
        bytes
    };
    // Where the cut character starts: after the whole embedded file, on the line after its last.
    let cut_problem = format!(
        "line {}, column 1: not UTF-8 text (byte 0xe2 at offset {}); it ends inside a character (cut short?)",
        embedded.matches('\n').count() + 1,
        embedded.len()
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("ff.json", vec![0xff], "line 1, column 1: not UTF-8 text (byte 0xff at offset 0); save it as UTF-8"),
        (
            "utf16le-bom.json",
            utf16(true, false),
            "line 1, column 1: not UTF-8 text (byte 0xff at offset 0); it looks like UTF-16: save it as UTF-8",
        ),
        (
            "utf16be-bom.json",
            utf16(true, true),
            "line 1, column 1: not UTF-8 text (byte 0xfe at offset 0); it looks like UTF-16: save it as UTF-8",
        ),
        (
            "utf16le.json",
            utf16(false, false),
            "line 1, column 2: not UTF-8 text (byte 0x00 at offset 1); it looks like UTF-16: save it as UTF-8",
        ),
        (
            "utf16be.json",
            utf16(false, true),
            "line 1, column 1: not UTF-8 text (byte 0x00 at offset 0); it looks like UTF-16: save it as UTF-8",
        ),
        (
            "utf32le-bom.json",
            utf32(true),
            "line 1, column 1: not UTF-8 text (byte 0xff at offset 0); it looks like UTF-32: save it as UTF-8",
        ),
        (
            "utf32le.json",
            utf32(false),
            "line 1, column 2: not UTF-8 text (byte 0x00 at offset 1); it looks like UTF-32: save it as UTF-8",
        ),
        (
            "latin1.json",
            latin1,
            "line 3, column 64: not UTF-8 text (byte 0xed at offset 80); save it as UTF-8",
        ),
        ("cut.json", cut, &cut_problem),
    ];
    let mut failures = Vec::new();
    for (name, bytes, problem) in &cases {
        let path = file(&dir, name, bytes);
        let output = mlcareers().args(["data", "check", &path]).output().unwrap();
        failures.extend(guarantees(name, &output, false));
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if output.status.code() != Some(1)
            || !stdout.starts_with(problem)
            || stderr != format!("error: {path} has 1 problem\n")
        {
            failures.push(format!(
                "{name}: exit {:?}, stdout {stdout:?}, stderr {stderr:?}",
                output.status.code()
            ));
        }
        // Any other command: the file is no dataset, exit 2.
        let output = mlcareers().args(["--data", &path, "roles"]).output().unwrap();
        if output.status.code() != Some(2) {
            failures.push(format!("{name}: roles exit {:?}", output.status.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let twice = file(&dir, "roles-twice.json", embedded.replacen('{', "{\"roles\": [],", 1));
    // Inside a role, the same value given twice: a file that parses as it is is not searched for
    // keys given twice, because serde refuses one (`dataset::check`).
    let mle = "\"id\": \"machine-learning-engineer\",";
    let nested = file(&dir, "id-twice.json", embedded.replacen(mle, &format!("{mle} {mle}"), 1));
    check(&[
        case("a key given twice", &["data", "check", &twice])
            .expect(1, &[&format!("error: {twice} has 1 problem")]),
        case("a key given twice, loaded", &["--data", &twice, "roles"]).expect(
            2,
            &[
                &format!("error: {twice} has 1 problem:"),
                "  roles: key \"roles\" is given twice in one object; only one can count",
            ],
        ),
        // The diagnosis names serde's refusal too: one mistake, said twice (as before).
        case("a key given twice in a role, loaded", &["--data", &nested, "search", "python"]).expect(
            2,
            &[
                &format!("error: {nested} has 2 problems:"),
                "  roles[0].id: key \"id\" is given twice in one object; only one can count",
                "  roles[0]: duplicate field \"id\"",
            ],
        ),
    ]);
}

/// Issue 22, the one rule on stdout: text from a data file shown to people has its backslashes
/// doubled, so `\e[2J` typed in a title is told apart from an escape character shown as `\e`.
#[test]
fn a_backslash_from_a_data_file_is_doubled_where_people_read_it() {
    let dir = scratch("backslash");
    let path = changed(&dir, "backslash.json", |v| {
        v["roles"][0]["title"] = json!("ML \\e[2J Engineer\u{1b}[2J");
    });
    let mle = "machine-learning-engineer";
    for args in [&["roles"][..], &["role", mle], &["roles", "--format", "markdown"], &["compare", mle, "ds"]]
    {
        let output = mlcareers().arg("--data").arg(&path).args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(stdout.contains("ML \\\\e[2J Engineer\\e[2J"), "{args:?}: {stdout}");
    }
    // Programs get the exact text.
    let output = mlcareers()
        .arg("--data")
        .arg(&path)
        .args(["role", "machine-learning-engineer", "--format", "json"])
        .output()
        .unwrap();
    let role: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(role["title"], "ML \\e[2J Engineer\u{1b}[2J");
}
