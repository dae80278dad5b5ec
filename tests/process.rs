//! How the process behaves around its output: exit codes, closed pipes, full disks, colour,
//! width, and running with nothing around it. Golden outputs are in `tests/cli.rs`.

use std::fmt::Write as _;
use std::fs::File;
use std::process::Stdio;

use common::views::VIEWS;
use common::{HOSTILE, mlcareers};

mod common;

/// The views in other forms, and lookups by part of a name.
const MORE_VIEWS: &[&[&str]] = &[
    &["role", "nlp"],
    &["guide", "outlook"],
    &["roles", "--format", "json"],
    &["skills", "--format", "csv"],
    &["industries", "--format", "markdown"],
];

/// Commands whose output is not a page or a table: they write through the same pipe.
const TOOL_COMMANDS: &[&[&str]] = &[
    &["completions", "bash"],
    &["completions", "fish"],
    &["man"],
    &["data", "export"],
    &["data", "schema"],
    &["data", "check", "data/dataset.json"],
    &["--help"],
    &["--version"],
];

/// Every view of the dataset, in every form these tests try.
fn every_view() -> impl Iterator<Item = &'static &'static [&'static str]> {
    VIEWS.iter().chain(MORE_VIEWS)
}

/// Every command, the tools too.
fn all_commands() -> impl Iterator<Item = &'static &'static [&'static str]> {
    every_view().chain(TOOL_COMMANDS)
}

/// `stderr` without the line that says how words were read (`note: read as: mlcareers ...`),
/// which every answer to words has.
fn without_reading(stderr: &str) -> String {
    let kept = stderr.lines().filter(|line| !line.starts_with("note: read as: "));
    kept.fold(String::new(), |mut text, line| {
        text.push_str(line);
        text.push('\n');
        text
    })
}

#[test]
fn a_closed_pipe_is_a_quiet_success() {
    for args in all_commands() {
        let mut child =
            mlcareers().args(*args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        // Close the reading end before the program writes: its first write fails with EPIPE.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(without_reading(&stderr), "", "{args:?}");
    }
}

/// A standard stream the parent closed is opened on `/dev/null` before anything else, as std's
/// runtime does (the binary does it by hand: src/start.rs), so that nothing mlcareers opens takes
/// its number: standard input closed reads as empty, as `/dev/null` does, not as a data file
/// opened in its place or a "Bad file descriptor"; closed output goes nowhere, quietly.
#[test]
fn a_closed_standard_stream_is_opened_on_dev_null() {
    let run = |redirect: &str, args: &[&str]| {
        common::tool("sh")
            .args(["-c", &format!(r#""$0" "$@" {redirect}"#), common::BIN])
            .args(args)
            .output()
            .unwrap()
    };
    let empty = run("</dev/null", &["--data", "-", "roles"]);
    let closed = run("<&-", &["--data", "-", "roles"]);
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&closed.stderr), String::from_utf8_lossy(&empty.stderr));
    assert_eq!(closed.status.code(), Some(2));

    for redirect in [">&-", "2>&-"] {
        let output = run(redirect, &["--data", "data/dataset.json", "roles", "-f", "json"]);
        assert_eq!(output.status.code(), Some(0), "{redirect}");
        assert_eq!(output.stderr, b"", "{redirect}");
    }
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    for args in all_commands() {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let output = mlcareers().args(*args).stdout(full).output().unwrap();
        let stderr = without_reading(&String::from_utf8_lossy(&output.stderr));
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// Issue 22, item 9: Rust's `Stdout` takes a write that fails with EBADF (fd 1 open read-only) as
/// written, so `mlcareers roles -f json 1</dev/null` lost its output and exited 0. grep exits 2.
#[test]
fn a_stdout_open_for_reading_only_is_an_error() {
    // `--help` and `--version` are among the tool commands; a command's own help is clap's too.
    for args in all_commands().copied().chain([&["roles", "--help"][..]]) {
        let read_only = File::open("/dev/null").unwrap();
        let output = mlcareers().args(args).stdout(read_only).output().unwrap();
        let stderr = without_reading(&String::from_utf8_lossy(&output.stderr));
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: cannot write output: Bad file descriptor"), "{args:?}: {stderr}");
    }
}

#[test]
fn lookups_that_find_nothing_exit_1_with_one_error_line() {
    for args in [
        &["role", "plumber"][..],
        &["faq", "visa"],
        &["faq", "0"],
        &["guide", "zzz"],
        &["role", "engineer"],
        &["compare", "nlp", "plumber"],
    ] {
        let output = mlcareers().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(stderr.starts_with("error: ") && stderr.lines().count() == 1, "{args:?}: {stderr}");
    }
    // The same role twice is not a lookup that found nothing but a request that cannot be met.
    let output = mlcareers().args(["compare", "nlp", "nlp-engineer"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_search_that_finds_nothing_exits_1_with_a_note() {
    let output = mlcareers().args(["search", "visa", "sponsorship"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(stderr, "note: nothing matches 'visa sponsorship'; browse with mlcareers guide\n");
    let found = mlcareers().args(["search", "fraud"]).output().unwrap();
    assert_eq!(found.status.code(), Some(0));
}

#[test]
fn unknown_skills_are_warned_about_not_dropped_silently() {
    let output = mlcareers().args(["match", "--skills", "python, cobol"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr.starts_with("warning: 'cobol' is not among the skills the article names"), "{stderr}");
    let output = mlcareers().args(["match", "--skills", "plumbing"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.ends_with(
            "note: none of the skills given is one the dataset names (see mlcareers skills for the list)\n"
        ),
        "{stderr}"
    );
}

#[test]
fn words_after_the_program_name_are_a_topic_or_a_question() {
    let run = |args: &[&str]| mlcareers().args(args).output().unwrap();
    let section = run(&["outlook"]);
    assert_eq!(section.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&section.stdout).starts_with("Future Outlook for Machine Learning Jobs\n")
    );
    // The degree question: the education page, whose notes answer it (its JSON is the pathways).
    let answer = run(&["do", "I", "need", "a", "phd", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&answer.stdout).unwrap();
    assert_eq!(json[0]["id"], "degree");
    assert_eq!(
        String::from_utf8_lossy(&answer.stderr),
        "note: read as: mlcareers education\nnote: 'phd' counts as a degree here: this is what the article says of degrees, graduate programs and the other ways in\n"
    );
    let role = run(&["cv", "-f", "csv"]);
    assert!(String::from_utf8_lossy(&role.stdout).contains("\r\nrole-page,computer-vision-engineer,"));
    let nothing = run(&["visa", "sponsorship"]);
    assert_eq!(nothing.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&nothing.stderr),
        "note: read as: mlcareers search visa sponsorship\nnote: nothing matches 'visa sponsorship'; browse with mlcareers guide\n"
    );
    assert!(nothing.stdout.is_empty());
    // Help, flags and every subcommand keep working.
    assert_eq!(run(&["--help"]).status.code(), Some(0));
    assert_eq!(run(&["-h"]).status.code(), Some(0));
    assert_eq!(run(&["--version"]).status.code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["roles", "--level", "principal"][..],
        &["--format", "yaml", "roles"],
        &["rols"],
        &["salery", "--level", "mid"],
        &[],
        &["match", "python"],
        &["search", " "],
        &["faq", ""],
        &["compare"],
        &["role"],
        &["compare", "nlp"],
        &["match"],
        &["search"],
    ] {
        // A machine format guesses nothing: a slip is a usage error.
        let output = mlcareers().args(["--format", "json"]).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    // For people, the same slips are read: a command's name spelt wrong, words after a command.
    for (args, read) in [
        (&["rols"][..], "mlcareers roles"),
        (&["salery", "--level", "mid"], "mlcareers salary --level mid"),
        (&["match", "python"], "mlcareers match --skills python"),
    ] {
        let output = mlcareers().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().next(), Some(format!("note: read as: {read}").as_str()), "{args:?}");
    }
}

#[test]
fn control_characters_in_arguments_are_escaped_in_messages() {
    let output = mlcareers().args(["role", "\u{1b}[31mred\u{7}"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{7}'), "{stderr:?}");
    assert!(stderr.contains("\\e[31mred\\u{7}"), "{stderr:?}");
}

#[test]
fn piped_output_has_no_escape_sequences_even_when_colour_is_allowed() {
    for args in every_view() {
        let output =
            mlcareers().args(*args).env("TERM", "xterm-256color").env_remove("NO_COLOR").output().unwrap();
        assert!(output.status.success(), "{args:?}");
        assert!(!output.stdout.contains(&0x1b), "{args:?}");
    }
}

/// Whether `line` is within `width`, or runs over only with one token no line could break: an
/// address or a command, alone after the indent or a record's label.
fn fits(line: &str, width: usize) -> bool {
    if line.chars().count() <= width {
        return true;
    }
    let last = line.trim_end().rsplit("  ").next().unwrap_or(line).trim_start();
    let last = last.trim_start_matches("→ ").trim_start_matches("-> ");
    !last.contains(' ') || last.starts_with("mlcareers ") || last.starts_with("(mlcareers ")
}

#[test]
fn tables_and_prose_fit_the_width() {
    for width in [40, 60, 80, 120, 200] {
        for args in every_view().filter(|args| !args.contains(&"--format")) {
            let output = mlcareers().args(*args).env("COLUMNS", width.to_string()).output().unwrap();
            let stdout = String::from_utf8(output.stdout).unwrap();
            for line in stdout.lines() {
                assert!(fits(line, width), "{args:?} at {width}: {line}");
            }
        }
    }
}

#[test]
fn prose_wraps_at_100_columns_at_most() {
    let output = mlcareers().args(["guide", "outlook"]).env("COLUMNS", "200").output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let longest = stdout.lines().map(|line| line.chars().count()).max().unwrap();
    assert!((90..=100).contains(&longest), "{longest}: {stdout}");
}

#[test]
fn odd_widths_and_terminals_never_break_a_command() {
    let settings: &[(&str, Option<&str>)] = &[
        ("COLUMNS", Some("1")),
        ("COLUMNS", Some("0")),
        ("COLUMNS", Some("-5")),
        ("COLUMNS", Some("wide")),
        ("COLUMNS", Some("100000")),
        ("COLUMNS", Some("99999999999")),
        ("TERM", None),
        ("TERM", Some("dumb")),
        ("LANG", Some("C")),
    ];
    for (key, value) in settings {
        for args in all_commands() {
            let mut command = mlcareers();
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
            let output = command.args(*args).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(0), "{key}={value:?} {args:?}: {stderr}");
            assert_eq!(without_reading(&stderr), "", "{key}={value:?} {args:?}");
            // An enormous width makes no enormous output: charts stop at 160 columns.
            assert!(output.stdout.len() < 200_000, "{key}={value:?} {args:?}: {} bytes", output.stdout.len());
        }
    }
}

#[test]
fn piped_output_with_no_terminal_anywhere_fits_80_columns() {
    // The harness starts the binary with no controlling terminal, and output() pipes stderr too.
    let output = mlcareers().arg("roles").env_remove("COLUMNS").output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.lines().all(|line| line.chars().count() <= 80), "{stdout}");
    let table: Vec<&str> = stdout.lines().take_while(|line| !line.is_empty()).collect();
    assert!(table[0].starts_with("Role") && table[1].starts_with("────"), "{stdout}");
    let with_columns = mlcareers().arg("roles").env("COLUMNS", "80").output().unwrap();
    assert_eq!(stdout, String::from_utf8(with_columns.stdout).unwrap());
}

#[test]
fn five_roles_at_80_columns_take_at_most_16_table_lines() {
    let output = mlcareers().arg("roles").env("COLUMNS", "80").output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let table = stdout.split("\n\nSalary ranges are").next().unwrap();
    assert!(table.lines().count() <= 16, "{stdout}");
    assert!(table.contains("$120,000 – $220,000+"), "ranges stay whole: {table}");
}

/// What `command` (a shell command line) shows in a real terminal `width` columns wide: tmux runs
/// it in a detached session and the pane's text is read back, the scrolled-off part included.
fn in_terminal(width: usize, command: &str) -> String {
    let socket = format!("mlcareers-test-{}-{width}-{}", std::process::id(), command.len());
    let tmux = |args: &[&str]| {
        let output =
            common::tool("tmux").args(["-L", &socket, "-f", "/dev/null"]).args(args).output().unwrap();
        assert!(output.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let script = format!("{command}; echo __done__; sleep 60");
    tmux(&["new-session", "-d", "-x", &width.to_string(), "-y", "24", &script]);
    let mut text = String::new();
    for _ in 0..200 {
        text = tmux(&["capture-pane", "-p", "-S", "-", "-E", "-"]);
        if text.contains("__done__") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tmux(&["kill-server"]);
    let text = text.split("__done__").next().unwrap().trim_end();
    format!("{text}\n")
}

/// The output piped, at `COLUMNS=width`, with every line's trailing blanks gone as in a pane.
fn piped(width: usize, lang: &str, args: &[&str]) -> String {
    let output = mlcareers().args(args).env("COLUMNS", width.to_string()).env("LANG", lang).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().map(str::trim_end).collect();
    format!("{}\n", lines.join("\n").trim_end())
}

#[test]
fn a_real_terminal_and_a_pipe_to_less_get_the_terminals_width() {
    if !common::have("tmux") {
        return;
    }
    for width in [40, 60, 80, 120, 200] {
        for lang in ["C.UTF-8", "C"] {
            for args in [&["roles"][..], &["search", "fraud", "--limit", "2"], &["role", "nlp"]] {
                // No pager: the page is compared whole (the pager has its own test).
                let line =
                    format!("env -u COLUMNS MLCAREERS_PAGER= LANG={lang} {} {}", common::BIN, args.join(" "));
                let expected = piped(width, lang, args);
                // stdout the terminal; stdout a pipe (`| cat`) with stderr the terminal; both piped
                // (`2>&1 | cat`), where only the controlling terminal is left.
                for shown in [line.clone(), format!("{line} | cat"), format!("{line} 2>&1 | cat")] {
                    assert_eq!(in_terminal(width, &shown), expected, "{shown} at {width} columns");
                }
            }
        }
    }
}

#[test]
fn works_with_no_files_and_no_environment() {
    let empty = common::scratch_dir("empty");
    let output =
        common::bare(common::BIN).args(["roles", "--level", "mid"]).current_dir(&empty).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("NLP Engineer") && !stdout.contains("AI Research Scientist"), "{stdout}");
}

/// Where the rerun in [`the_callers_environment_does_not_reach_the_binary`] writes what it saw.
const SEEN: &str = "MLCAREERS_TEST_SEEN";

/// Every command through the harness, exit codes and both streams, as one text.
fn every_output() -> String {
    let mut all = String::new();
    for args in all_commands() {
        let output = mlcareers().args(*args).output().unwrap();
        _ = writeln!(all, "$ {args:?}: exit {:?}", output.status.code());
        all.push_str(&String::from_utf8_lossy(&output.stdout));
        all.push_str(&String::from_utf8_lossy(&output.stderr));
    }
    all
}

/// The harness's promise: a test process with every variable of [`HOSTILE`] exported (this test
/// binary, run again) starts the binary into the same output as one with none of them.
#[test]
fn the_callers_environment_does_not_reach_the_binary() {
    let name = "the_callers_environment_does_not_reach_the_binary";
    if common::is_rerun() {
        std::fs::write(std::env::var_os(SEEN).unwrap(), every_output()).unwrap();
        return;
    }
    let seen = common::scratch_dir("hermetic").join("seen.txt");
    let _ = std::fs::remove_file(&seen);
    let mut vars = HOSTILE.to_vec();
    vars.push((SEEN, seen.to_str().unwrap()));
    common::assert_rerun_passed(name, &common::rerun(name, &vars));
    let hostile = std::fs::read_to_string(&seen).unwrap();
    let clean = every_output();
    let first = hostile.lines().zip(clean.lines()).position(|(a, b)| a != b);
    assert!(hostile == clean, "the output differs, first at line {first:?}");

    // The same variables on the binary itself do change what it prints, so the comparison above
    // would catch a harness that let them through.
    let exposed = mlcareers().arg("roles").envs(HOSTILE.iter().copied()).output().unwrap();
    let shielded = mlcareers().arg("roles").output().unwrap();
    assert_ne!((exposed.status.code(), exposed.stderr), (shielded.status.code(), shielded.stderr));
    let unicode_off = mlcareers()
        .args(["--data", "data/dataset.json", "roles"])
        .envs(HOSTILE.iter().copied())
        .output()
        .unwrap();
    assert!(unicode_off.status.success());
    assert_ne!(unicode_off.stdout, shielded.stdout, "the locale and width variables change the table");
}

#[test]
fn a_page_taller_than_the_terminal_starts_at_its_top_in_a_pager() {
    if !common::have("tmux") || !common::have("less") {
        assert!(std::env::var_os("MLCAREERS_REQUIRE_TOOLS").is_none(), "tmux and less are needed");
        return;
    }
    let runs = std::cell::Cell::new(0);
    let screen_once = |line: &str, keys: &[&str], until: &str| -> String {
        // A server of its own each time: one being killed never takes the next session with it.
        runs.set(runs.get() + 1);
        let socket = format!("mlcareers-pager-{}-{}", std::process::id(), runs.get());
        let tmux = |args: &[&str]| {
            let output =
                common::tool("tmux").args(["-L", &socket, "-f", "/dev/null"]).args(args).output().unwrap();
            String::from_utf8(output.stdout).unwrap()
        };
        let script =
            format!("env -u PAGER -u MLCAREERS_PAGER -u LESS LANG=C.UTF-8 {line}; echo __done__; sleep 60");
        tmux(&["new-session", "-d", "-x", "80", "-y", "24", &script]);
        let mut text = String::new();
        for _ in 0..200 {
            text = tmux(&["capture-pane", "-p"]);
            if text.contains(until) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        for key in keys {
            tmux(&["send-keys", key]);
        }
        tmux(&["kill-server"]);
        text
    };
    let bin = common::BIN;
    // The role page is taller than 24 rows: less shows its top and waits.
    let paged = screen_once(&format!("{bin} role nlp"), &["q"], "\n:");
    assert!(paged.starts_with("NLP Engineer\n"), "{paged}");
    assert!(!paged.contains("__done__"), "the pager waits for a key: {paged}");
    // A page that fits is printed; --no-pager, an empty MLCAREERS_PAGER and a pager that cannot
    // start all print the whole page, and the shell comes back.
    for line in [
        format!("{bin} faq"),
        format!("{bin} role nlp --no-pager | tail -3"),
        format!("MLCAREERS_PAGER= {bin} role nlp | tail -3"),
        format!("{bin} --no-pager role nlp | tail -3"),
    ] {
        let shown = screen_once(&line, &[], "__done__");
        assert!(shown.contains("__done__"), "{line}: {shown}");
    }
    let missing =
        screen_once(&format!("env MLCAREERS_PAGER=/nonexistent/pager {bin} role nlp"), &[], "__done__");
    assert!(missing.contains("(mlcareers guide popular-roles).\n__done__"), "{missing}");
}

/// A shell in a tmux pane of a size, driven key by key: the explorer's end-to-end tests.
struct Pane {
    socket: String,
}

impl Pane {
    /// `sh` in a detached pane `width` x `height`, in the locale `lang`, with a plain prompt.
    fn start(name: &str, width: u16, height: u16, lang: &str) -> Pane {
        let pane =
            Pane { socket: format!("mlcareers-explore-{}-{name}-{width}x{height}", std::process::id()) };
        let shell = format!("env -u COLUMNS -u NO_COLOR LANG={lang} PS1='$ ' sh");
        pane.tmux(&["new-session", "-d", "-x", &width.to_string(), "-y", &height.to_string(), &shell]);
        pane.wait_for(|screen| prompts(screen) == 1, "the prompt");
        pane
    }

    fn tmux(&self, args: &[&str]) -> String {
        let output =
            common::tool("tmux").args(["-L", &self.socket, "-f", "/dev/null"]).args(args).output().unwrap();
        assert!(output.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// What the pane shows now.
    fn screen(&self) -> String {
        // Joined: a line the pane wrapped is one line, its spaces kept.
        self.tmux(&["capture-pane", "-p", "-J"])
    }

    /// A tmux format of the pane: `#{alternate_on}`.
    fn flag(&self, format: &str) -> String {
        self.tmux(&["display-message", "-p", format]).trim().to_owned()
    }

    /// Keys as tmux names them (`Enter`, `Down`, `C-t`), or text with `-l`.
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.tmux(&args);
    }

    fn text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    /// Waits until the screen is as `test` wants it (at most 10 s), and returns it.
    fn wait_for(&self, test: impl Fn(&str) -> bool, what: &str) -> String {
        let mut screen = String::new();
        for _ in 0..200 {
            screen = self.screen();
            if test(&screen) {
                return screen;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("waited for {what}; the screen:\n{screen}");
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = common::tool("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

/// How many lines of `screen` start with the shell's prompt.
fn prompts(screen: &str) -> usize {
    screen.lines().filter(|line| line.starts_with('$')).count()
}

/// The lines of `screen` with their trailing blanks gone, blank lines at the end dropped.
fn trimmed(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_owned()
}

#[test]
fn explore_browses_and_gives_the_terminal_back() {
    if !common::have("tmux") {
        return;
    }
    let state = common::scratch_dir("explore");
    for (width, height, lang) in [(80, 24, "C.UTF-8"), (40, 12, "C.UTF-8"), (80, 24, "C")] {
        let pane = Pane::start("browse", width, height, lang);
        let stty = state.join(format!("stty-{width}-{lang}"));
        pane.text(&format!("echo before; stty -g > {}", stty.display()));
        pane.keys(&["Enter"]);
        let before = trimmed(&pane.wait_for(|s| prompts(s) == 2, "the first command"));
        pane.text(&format!("{} explore", common::BIN));
        pane.keys(&["Enter"]);
        // The status line: the command (at 40 columns without its `mlcareers `, cut at its end)
        // and, at every width, how to quit and how to see the keys.
        let status = |s: &str| s.lines().last().unwrap_or("").to_owned();
        let start = pane.wait_for(
            |s| status(s).starts_with("mlcareers role machine-") || status(s).starts_with("role machine-"),
            "the start screen",
        );
        assert!(status(&start).ends_with("? keys  Esc quit"), "{start}");
        assert_eq!(pane.flag("#{alternate_on}"), "1");
        pane.text("nlp eng");
        let query = pane.wait_for(|s| status(s).contains("role nlp-engineer"), "the query");
        assert!(status(&query).ends_with("F1 keys  Esc quit"), "{query}");
        // From 76 columns the page stands beside the list; under it, the page goes below.
        let beside = query.lines().nth(1).unwrap_or("").contains(['│', '|']);
        assert_eq!(beside, width >= 76, "{query}");
        pane.keys(&["Down", "Up", "Enter"]);
        pane.wait_for(|s| s.starts_with("NLP Engineer") && s.contains("Esc back"), "the full page");
        pane.keys(&["Escape"]);
        // The status line is drawn last: with it, the whole screen is.
        let browse =
            pane.wait_for(|s| s.starts_with("> nlp eng") && s.contains("Esc quit"), "the list again");
        // Without a UTF-8 locale, ASCII only, as the CLI prints.
        assert_eq!(browse.is_ascii(), lang == "C", "{browse}");
        pane.keys(&["Escape"]);
        let after = pane.wait_for(|s| prompts(s) == 3, "the prompt after quitting");
        assert_eq!(pane.flag("#{alternate_on}"), "0", "{width}x{height} {lang}");
        assert_eq!(pane.flag("#{mouse_any_flag}"), "0", "{width}x{height} {lang}");
        assert_eq!(pane.flag("#{cursor_flag}"), "1", "{width}x{height} {lang}");
        // The shell's screen as it was, with the command line and a new prompt under it.
        let expected = format!("{before} {} explore\n$", common::BIN);
        assert_eq!(trimmed(&after), trimmed(&expected), "{width}x{height} {lang}");
        // The terminal's modes as they were: out of raw mode.
        pane.text(&format!("stty -g | cmp -s - {} && echo same modes", stty.display()));
        pane.keys(&["Enter"]);
        pane.wait_for(|s| s.contains("\nsame modes"), "the terminal modes as before");
    }
}

/// `--color always` holds over `NO_COLOR`, in the explorer as in every command: crossterm left
/// the colours out under `NO_COLOR`, and the selected row lost its reverse video with them.
#[test]
fn explore_colour_always_holds_over_no_color() {
    if !common::have("tmux") {
        return;
    }
    let pane = Pane::start("colour", 80, 24, "C.UTF-8");
    pane.text(&format!("NO_COLOR=1 TERM=xterm-256color {} explore --color always nlp", common::BIN));
    pane.keys(&["Enter"]);
    pane.wait_for(|s| s.lines().last().unwrap_or("").contains("Esc quit"), "the start screen");
    let styled = pane.tmux(&["capture-pane", "-p", "-e"]);
    let selected = styled.lines().nth(1).unwrap_or("");
    assert!(selected.contains("\x1b[7m") || selected.contains(";7m"), "reverse video: {selected:?}");
    assert!(
        styled.contains("\x1b[36m") || styled.contains("\x1b[38;5;6m"),
        "the kind tags in cyan: {styled:?}"
    );
    pane.keys(&["Escape"]);
    pane.wait_for(|s| prompts(s) == 2, "the prompt after quitting");
}

#[test]
fn explore_gives_the_terminal_back_on_sigterm_and_sighup() {
    if !common::have("tmux") {
        return;
    }
    let state = common::scratch_dir("explore-signals");
    for signal in ["TERM", "HUP"] {
        let pane = Pane::start(&format!("signal-{signal}"), 80, 24, "C.UTF-8");
        let pid_file = state.join(format!("pid-{signal}"));
        let _ = std::fs::remove_file(&pid_file);
        pane.text(&format!(
            "sh -c 'echo $$ > {}; exec {} explore python'; echo status $?",
            pid_file.display(),
            common::BIN
        ));
        pane.keys(&["Enter"]);
        pane.wait_for(|s| s.contains("mlcareers skills"), "the screen");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        // The shell's own `kill`: no package to install for it.
        let killed =
            common::tool("sh").args(["-c", &format!("kill -{signal} {}", pid.trim())]).status().unwrap();
        assert!(killed.success());
        let signal_number = if signal == "TERM" { 15 } else { 1 };
        // A line of its own: the command typed holds `status $?` too.
        let after = pane
            .wait_for(|s| s.lines().any(|line| line.starts_with("status ")), "the shell after the signal");
        assert!(after.contains(&format!("status {}", 128 + signal_number)), "{after}");
        assert!(!after.contains("Esc quit"), "{after}");
        assert_eq!(pane.flag("#{alternate_on}"), "0", "{signal}");
        assert_eq!(pane.flag("#{mouse_any_flag}"), "0", "{signal}");
    }
}

#[test]
fn explore_needs_a_terminal() {
    let output = mlcareers().args(["explore", "python"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: explore needs a terminal; try mlcareers search WORDS\n"
    );
    let output = mlcareers().args(["explore", "--format", "json"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("error: explore shows a screen"));
}

/// Issue 22, item 4: `path` was quadratic in the number of skills (one group of 100,000 skills:
/// 21 s, against 0.04 s for every other command); `compare` and `match` had the same scans. Each
/// now takes a small multiple of what loading the file takes (`roles --level` of a level no role
/// is open at loads it and prints nothing), whatever the machine's speed.
#[test]
fn path_compare_and_match_are_linear_in_the_skills() {
    let mut value: serde_json::Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap();
    let skills: Vec<String> = (0..100_000).map(|i| format!("Skill number {i}")).collect();
    value["skills"]["groups"][0]["skills"] = serde_json::json!(skills);
    // The aliases that count as a skill of that group would name a skill no longer there.
    value["vocabulary"]["skill_aliases"] = serde_json::json!([]);
    let link = value["skills"]["by_role"][0].clone();
    let links = value["skills"]["by_role"].as_array_mut().unwrap();
    for i in 0..50_000 {
        let mut link = link.clone();
        link["role"] = serde_json::json!(["data-scientist", "machine-learning-engineer"][i % 2]);
        link["skill"] = serde_json::json!(format!("Own skill {}", i / 2));
        links.push(link);
    }
    let path = common::scratch_dir("linear").join("many-skills.json");
    std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
    let path = path.to_str().unwrap();
    let time = |args: &[&str]| {
        let started = std::time::Instant::now();
        let output = mlcareers().args(["--data", path]).args(args).output().unwrap();
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        started.elapsed()
    };
    let load = time(&["roles", "--format", "json"]);
    for args in [
        &["path", "ds", "mle", "--format", "json"][..],
        &["path", "mle", "ds"],
        &["compare", "ds", "mle", "nlp"],
        &["match", "--skills", "python,mathematics,own skill 7", "--format", "json"],
    ] {
        let took = time(args);
        assert!(
            took < load * 6 + std::time::Duration::from_secs(2),
            "{args:?} took {took:?}, loading {load:?}: not linear in the skills"
        );
    }
}

#[path = "../examples/shared/generate.rs"]
mod generate;

/// Issue 22, item 6: a table over a large file held every cell, its words and its lines at once:
/// `roles` over 100,000 roles (24 MB) peaked at 315 MB where JSON took 38 MB, `match` at 390 MB.
/// The table is now laid out from its first rows and written a row at a time, and `match` makes
/// each role's requirements one role at a time. Run under an address-space limit
/// (`ulimit -v`, in the shell's KiB) the old table could not fit in: 200 MiB.
#[test]
fn a_table_over_a_large_file_is_written_in_bounded_memory() {
    let path = common::scratch_dir("large-table").join("100k.json");
    std::fs::write(&path, serde_json::to_string(&generate::dataset(100_000)).unwrap()).unwrap();
    let matching = ["match", "--skills", "python,statistics"];
    for args in
        [&["roles"][..], &["roles", "--format", "json"], &["roles", "--format", "markdown"], &matching]
    {
        let mut shell = common::tool("sh");
        shell.arg("-c").arg("ulimit -v 204800 && exec \"$@\"").arg("sh").arg(common::BIN);
        let output = shell.arg("--data").arg(&path).args(args).stdout(Stdio::piped()).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        let lines = String::from_utf8_lossy(&output.stdout).lines().count();
        assert!(lines > 100_000, "{args:?}: {lines} lines");
    }
}

/// A copy of the embedded dataset with `n` skill links, every hundredth with a type error
/// (`"derived": "yes"`), pretty-printed: the skills section is nearly the whole file.
fn links_with_type_errors(n: usize, name: &str) -> std::path::PathBuf {
    let mut value: serde_json::Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap();
    let link = value["skills"]["by_role"][0].clone();
    let links: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut link = link.clone();
            link["skill"] = serde_json::json!(format!("Own skill {i}"));
            if i % 100 == 0 {
                link["derived"] = serde_json::json!("yes");
            }
            link
        })
        .collect();
    value["skills"]["by_role"] = serde_json::Value::Array(links);
    let path = common::scratch_dir("type-errors").join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

/// Issue 22, item 3: a file with type errors was patched as a `serde_json::Value` and read again
/// after each error, each read keeping its strings: 73 times the file's size (574 MB for 8 MB).
/// The diagnosis now patches the text and keeps one read: a file with type errors in its
/// largest section: 4 MB diagnosed under an address-space limit of 64 MiB (it took 75 MB).
#[test]
fn a_file_with_type_errors_is_diagnosed_in_bounded_memory() {
    let path = links_with_type_errors(20_000, "4mb.json");
    let mut shell = common::tool("sh");
    shell.arg("-c").arg("ulimit -v 65536 && exec \"$@\"").arg("sh").arg(common::BIN);
    let output = shell.args(["data", "check"]).arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.ends_with("has at least 50 problems\n"), "{stderr}");
    assert!(
        stdout.starts_with("skills.by_role[0].derived: invalid type: string \"yes\", expected a boolean\n"),
        "{stdout}"
    );
}

/// Issue 22, item 3, the bound: each patch of a part made a new copy of it while the last was
/// held, and one more for each level of the path to the error, so a section as large as the file
/// was held four times (a file just under the 64 MiB limit peaked at 285 MB, 4.3 times its size).
/// The first patch copies the part and the next change the copy in place. Here a 10 MB file of
/// that kind is diagnosed under an address-space limit of three times its size over what any
/// run of this build needs (24 MiB: `data check` of a small broken file needs 22): it needed 64
/// MiB before, in a release build.
#[test]
fn a_file_with_type_errors_is_diagnosed_within_three_times_its_size() {
    let path = links_with_type_errors(40_000, "10mb.json");
    let size_kib = std::fs::metadata(&path).unwrap().len() / 1024;
    assert!(size_kib > 9 * 1024, "{size_kib} KiB");
    let limit_kib = 24 * 1024 + 3 * size_kib;
    let mut shell = common::tool("sh");
    shell.arg("-c").arg(format!("ulimit -v {limit_kib} && exec \"$@\"")).arg("sh").arg(common::BIN);
    let output = shell.args(["data", "check"]).arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.ends_with("has at least 50 problems\n"), "{stderr}");
}

/// Issue 22, item 3, the checks of a valid file: every skill's normalized name was kept in a set
/// of strings (one allocation each) to look the skill aliases up in, and every skill's first place
/// in a table grown by doubling: a file of 5 million short skills (53.9 MB) took 565 MB to check,
/// ten times its size. The aliases' skills are now looked up in one reading of the skills, and a
/// skill listed twice is found by sorting the skills' places (eight bytes a skill). Here a file of
/// a million skills (15 MB) is checked under an address-space limit of five times its size over
/// what any run of this build needs (24 MiB): it needed 144 MiB before, in a release build.
#[test]
fn a_file_of_a_million_skills_is_checked_in_bounded_memory() {
    let mut value: serde_json::Value = serde_json::from_str(mlcareers::dataset::EMBEDDED_JSON).unwrap();
    let skills: Vec<String> = (0..1_000_000).map(|i| format!("Skill {i}")).collect();
    value["skills"]["groups"][0]["skills"] = serde_json::json!(skills);
    value["vocabulary"]["skill_aliases"] = serde_json::json!([]);
    let path = common::scratch_dir("many-skills").join("1m.json");
    std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
    let size_kib = std::fs::metadata(&path).unwrap().len() / 1024;
    let limit_kib = 24 * 1024 + 5 * size_kib;
    let mut shell = common::tool("sh");
    shell.arg("-c").arg(format!("ulimit -v {limit_kib} && exec \"$@\"")).arg("sh").arg(common::BIN);
    let output = shell.args(["data", "check"]).arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains(" is valid: "), "{stdout}");
}
