//! How mlcareers fits a shell: completion scripts its shells accept, a man page that renders
//! cleanly, colour rules, help, and users' own data files (round trip, standard input, errors).
//!
//! The shell and man tests need bash, zsh, fish and man-db. A fresh machine may lack some: the
//! test then says it skipped, unless `MLCAREERS_REQUIRE_TOOLS=1` (set by `.ci/run`, which installs
//! them) makes a missing tool a failure.

use std::io::Write;
use std::process::{Output, Stdio};

use common::{mlcareers, tool};

mod common;

fn run(args: &[&str]) -> Output {
    mlcareers().args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

use common::have;

fn temp_file(name: &str, contents: &[u8]) -> std::path::PathBuf {
    let path = common::scratch_dir("ecosystem").join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn bash_accepts_the_completion_script_and_completes_role_ids() {
    assert!(have("bash"), "bash is needed for this test");
    let script = temp_file("mlcareers.bash", &run(&["completions", "bash"]).stdout);
    // Load the script, then ask it what completes `mlcareers role nlp` and `--level`.
    let check = format!(
        r#"source {script}
complete -p mlcareers
COMP_WORDS=(mlcareers role nlp); COMP_CWORD=2; COMP_LINE="mlcareers role nlp"; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers nlp role; echo "role: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers compare nlp-engineer co); COMP_CWORD=3; COMP_LINE="mlcareers compare nlp-engineer co"; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers co nlp-engineer; echo "compare: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers roles --level ""); COMP_CWORD=3; COMP_LINE="mlcareers roles --level "; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers "" --level; echo "level: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers guide fut); COMP_CWORD=2; COMP_LINE="mlcareers guide fut"; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers fut guide; echo "guide: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers match --skills python,stat); COMP_CWORD=3; COMP_LINE="mlcareers match --skills python,stat"; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers python,stat --skills; echo "skills: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers match --skills pyt); COMP_CWORD=3; COMP_LINE="mlcareers match --skills pyt"; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers pyt --skills; echo "first skill: ${{COMPREPLY[*]}}"
COMP_WORDS=(mlcareers faq ""); COMP_CWORD=2; COMP_LINE="mlcareers faq "; COMP_POINT=${{#COMP_LINE}}
_mlcareers mlcareers "" faq; echo "faq: ${{COMPREPLY[*]}}""#,
        script = script.display()
    );
    let output = tool("bash").args(["--norc", "-c", &check]).output().unwrap();
    let out = stdout(&output);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(out.contains("complete -o bashdefault -o default -o nosort -F _mlcareers mlcareers"), "{out}");
    assert!(out.contains("role: nlp-engineer\n"), "{out}");
    assert!(out.contains("compare: computer-vision-engineer\n"), "{out}");
    assert!(
        out.contains("level: entry mid senior junior jr graduate intermediate sr beginner fresher student college university uni starting\n"),
        "{out}"
    );
    assert!(
        out.contains("skills: python,statistics python,statistical-software python,stats python,stat\n"),
        "{out}"
    );
    assert!(out.contains("first skill: python pytorch\n"), "{out}");
    assert!(out.contains(" 1 2 3 4\n") && out.contains("faq: "), "{out}");
    assert!(out.contains("guide: future-outlook\n"), "{out}");
}

#[test]
fn zsh_and_fish_accept_their_completion_scripts() {
    if have("zsh") {
        let script = temp_file("_mlcareers", &run(&["completions", "zsh"]).stdout);
        let check = format!(
            "autoload -U compinit && compinit -u -D && source {} && (( $+functions[_mlcareers] )) && echo defined",
            script.display()
        );
        let output = tool("zsh").args(["-f", "-c", &check]).output().unwrap();
        assert!(output.status.success() && stdout(&output).trim() == "defined", "{output:?}");
        assert!(String::from_utf8_lossy(&output.stderr).is_empty(), "{output:?}");
        // Skills complete one item of a comma list at a time.
        assert!(stdout(&run(&["completions", "zsh"])).contains(":SKILL:_sequence compadd - python r "));
    }
    if have("fish") {
        let script = temp_file("mlcareers.fish", &run(&["completions", "fish"]).stdout);
        let check = format!("source {}; complete --do-complete 'mlcareers role nlp'", script.display());
        let output = tool("fish").args(["--no-config", "-c", &check]).output().unwrap();
        let out = stdout(&output);
        assert!(
            output.status.success() && out.lines().any(|line| line.starts_with("nlp-engineer")),
            "{output:?}"
        );
        let check = format!(
            "source {}; complete --do-complete 'mlcareers match --skills python,pyt'",
            script.display()
        );
        let output = tool("fish").args(["--no-config", "-c", &check]).output().unwrap();
        let out = stdout(&output);
        assert!(out.lines().any(|line| line.starts_with("python,pytorch")), "{output:?}");
        let check = format!("source {}; complete --do-complete 'mlcareers faq '", script.display());
        let output = tool("fish").args(["--no-config", "-c", &check]).output().unwrap();
        assert!(stdout(&output).lines().any(|line| line.starts_with('3')), "{output:?}");
    }
}

#[test]
fn every_shell_gets_a_script() {
    for shell in mlcareers::request::Shell::ALL.map(mlcareers::request::Shell::name) {
        let output = run(&["completions", shell]);
        assert!(output.status.success(), "{shell}");
        assert!(stdout(&output).contains("mlcareers"), "{shell}");
    }
}

#[test]
fn the_man_page_renders_without_warnings_and_covers_everything() {
    let page = run(&["man"]);
    assert!(page.status.success());
    let roff = stdout(&page);
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH COMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH \"DATA FILE\"",
        ".SH EXAMPLES",
    ] {
        assert!(roff.contains(section), "missing {section}");
    }
    // Every command, from the registry (`data`'s own commands are `data export`, `data check`...).
    for command in mlcareers::cmd::ALL.iter().filter(|command| command.typed).map(|command| command.name) {
        assert!(
            roff.contains(&format!(".SS \"mlcareers {command}"))
                || roff.contains(&format!(".SS mlcareers {command}")),
            "missing {command}"
        );
    }
    if !have("man") {
        return;
    }
    let file = temp_file("mlcareers.1", roff.as_bytes());
    let output = tool("man")
        .args(["--warnings", "-l"])
        .arg(&file)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{warnings}");
    assert!(warnings.trim().is_empty(), "man warned: {warnings}");
    let text = stdout(&output);
    assert!(text.contains("EXIT STATUS") && text.contains("MLCAREERS_DATA"), "{text}");
}

/// `value` with `--data FILE` taken out of every `argv` that has it.
fn without_data(value: &mut serde_json::Value, file: &str) {
    match value {
        serde_json::Value::Object(object) => {
            for (key, inner) in object.iter_mut() {
                if key == "argv"
                    && let Some(argv) = inner.as_array_mut()
                    && argv.get(1).is_some_and(|arg| arg == "--data")
                    && argv.get(2).is_some_and(|arg| arg == file)
                {
                    argv.drain(1..3);
                }
                without_data(inner, file);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|item| without_data(item, file)),
        _ => {}
    }
}

#[test]
fn exported_data_read_back_gives_the_same_output_for_every_command() {
    let exported = temp_file("exported.json", &run(&["data", "export"]).stdout);
    let file = exported.to_str().unwrap();
    // Every view, and a few in other formats or by part of a name.
    let more: &[&[&str]] = &[
        &["roles", "--level", "mid", "--format", "json"],
        &["skills", "--format", "csv"],
        &["guide", "outlook"],
        &["search", "fraud"],
        &["compare", "nlp", "cve"],
    ];
    for args in common::views::VIEWS.iter().chain(more) {
        // As JSON, whose `command` fields name the file they came from: the rest is the same.
        let json: &[&str] = if args.contains(&"--format") { &[] } else { &["--format", "json"] };
        let args: Vec<&str> = args.iter().chain(json).copied().collect();
        let embedded = run(&args);
        let from_file = mlcareers().arg("--data").arg(file).args(&args).output().unwrap();
        let from_file_text = stdout(&from_file).replace(&format!("mlcareers --data {file} "), "mlcareers ");
        // `argv` arrays name the file as two items of their own.
        let from_file_text = match serde_json::from_str::<serde_json::Value>(&from_file_text) {
            Ok(mut value) => {
                without_data(&mut value, file);
                serde_json::to_string_pretty(&value).unwrap() + "\n"
            }
            Err(_) => from_file_text,
        };
        let embedded_text = match serde_json::from_str::<serde_json::Value>(&stdout(&embedded)) {
            Ok(value) => serde_json::to_string_pretty(&value).unwrap() + "\n",
            Err(_) => stdout(&embedded),
        };
        assert_eq!(from_file_text, embedded_text, "{args:?}");
        assert_eq!(
            from_file.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&from_file.stderr)
        );
    }
    assert_eq!(run(&["data", "check", file]).status.code(), Some(0));
}

#[test]
fn data_comes_from_standard_input_and_the_environment() {
    let exported = run(&["data", "export"]).stdout;
    let mut child = mlcareers()
        .args(["--data", "-", "roles", "--level", "entry", "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A dataset of one's own: one role renamed shows it was read, not the embedded one.
    let mine =
        String::from_utf8(exported.clone()).unwrap().replace("\"Data Scientist\"", "\"Data Wrangler\"");
    child.stdin.take().unwrap().write_all(mine.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout(&output).contains(",Data Wrangler,"), "{}", stdout(&output));

    let file = temp_file("mine.json", mine.as_bytes());
    let output = mlcareers().args(["role", "data-scientist"]).env("MLCAREERS_DATA", &file).output().unwrap();
    assert!(stdout(&output).starts_with("Data Wrangler\n"), "{}", stdout(&output));
    // --data wins over the environment.
    let output = mlcareers()
        .args(["--data", "data/dataset.json", "role", "data-scientist"])
        .env("MLCAREERS_DATA", &file)
        .output()
        .unwrap();
    assert!(stdout(&output).starts_with("Data Scientist\n"), "{}", stdout(&output));
    // An empty MLCAREERS_DATA means the embedded dataset.
    let output = mlcareers().args(["roles"]).env("MLCAREERS_DATA", "").output().unwrap();
    assert!(output.status.success());
}

#[test]
fn a_bad_data_file_is_an_error_never_a_fallback_or_a_panic() {
    let cases: &[(&str, &[u8], &str)] = &[
        ("empty.json", b"", "has 1 problem:\n  line 1, column 0: EOF while parsing a value"),
        ("text.json", b"hello", "has 1 problem:\n  line 1, column 1: expected value"),
        (
            "truncated.json",
            b"{\"article\": {\"title\": \"x\"",
            "has 1 problem:\n  line 1, column 25: EOF while parsing an object",
        ),
        (
            "number.json",
            b"42",
            "has 1 problem:\n  the top level must be an object (the dataset), not a number",
        ),
        ("latin1.json", b"{\"article\": \"caf\xe9\"}", "is not UTF-8 text (invalid byte at offset 16)"),
    ];
    for (name, contents, message) in cases {
        let file = temp_file(name, contents);
        let output = mlcareers().arg("--data").arg(&file).arg("roles").output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{name}: {stderr}");
        assert!(output.stdout.is_empty(), "{name}: fell back to other data");
        assert!(stderr.starts_with("error: ") && stderr.contains(message), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}");
    }
}

#[test]
fn colour_follows_the_flag_then_the_environment() {
    let escapes = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = mlcareers();
        command.args(args).env_remove("NO_COLOR").env("TERM", "xterm");
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        output.stdout.contains(&0x1b)
    };
    // Piped: no colour on auto, colour when forced by the flag or by CLICOLOR_FORCE.
    assert!(!escapes(&["roles"], &[]));
    assert!(escapes(&["roles", "--color", "always"], &[]));
    assert!(escapes(&["role", "nlp", "--color", "always"], &[]));
    assert!(escapes(&["roles"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!escapes(&["roles"], &[("CLICOLOR_FORCE", "0")]));
    assert!(!escapes(&["roles", "--color", "never"], &[("CLICOLOR_FORCE", "1")]));
    // Never means none at all, in every command and format.
    for args in [
        &["roles"][..],
        &["role", "nlp"],
        &["salary", "--chart"],
        &["search", "fraud"],
        &["compare", "nlp", "cve"],
    ] {
        let mut with_flag = args.to_vec();
        with_flag.extend(["--color", "never"]);
        assert!(!escapes(&with_flag, &[("CLICOLOR_FORCE", "1")]), "{args:?}");
    }
    // Errors obey it too.
    let output = mlcareers().args(["role", "plumber", "--color", "always"]).output().unwrap();
    assert!(output.stderr.starts_with(b"\x1b[1;31merror:\x1b[0m"), "{output:?}");
    let output = mlcareers()
        .args(["role", "plumber"])
        .env("CLICOLOR_FORCE", "1")
        .arg("--color=never")
        .output()
        .unwrap();
    assert!(output.stderr.starts_with(b"error: "), "{output:?}");
}

#[test]
fn short_help_is_short_and_long_help_leads_with_examples() {
    let short = stdout(&run(&["-h"]));
    let long = stdout(&run(&["--help"]));
    assert!(short.lines().count() < long.lines().count());
    assert!(!short.contains("Examples:"), "{short}");
    let examples = long.find("Examples:").expect("examples in --help");
    assert!(examples < long.find("Usage:").unwrap(), "examples come before usage");
    assert!(examples < long.find("Options:").unwrap());
    let version = stdout(&run(&["--version"]));
    assert_eq!(version, format!("mlcareers {}\n", env!("CARGO_PKG_VERSION")));
}
