//! The harness every suite starts processes through, so that no test depends on the shell it
//! runs from: each child starts from an empty environment and gets only what its case sets.
//!
//! A developer's exported `MLCAREERS_DATA`, `CLICOLOR_FORCE`, `NO_COLOR`, `COLUMNS`, `LANG`,
//! `LC_ALL`, `LC_CTYPE` or `TERM` would otherwise change what the binary prints; `.ci/run` exports
//! some of them around `cargo test` to keep this true.

// Each test file uses a part of the harness; the rest would be dead code there.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub mod contract;
pub mod views;

/// Where `setsid` is found ([`bare`]); it replaces itself with the program it starts (same
/// process, same exit status) since a child is never a process group leader.
const SETSID: &[&str] = &["/usr/bin/setsid", "/bin/setsid"];

/// The binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_mlcareers");

/// What every run of the binary gets unless its case changes it: the golden outputs' settings
/// (`tests/cli.rs`), so a process test sees what the goldens show. Piped output has no colour
/// anyway; `NO_COLOR` keeps it so if a case makes stdout a terminal.
pub const BASELINE: &[(&str, &str)] = &[("COLUMNS", "100"), ("LANG", "C.UTF-8"), ("NO_COLOR", "1")];

/// Variables that change the binary's output, and the values that a developer's shell could
/// plausibly export: the hermetic tests run with all of them set.
pub const HOSTILE: &[(&str, &str)] = &[
    ("MLCAREERS_DATA", "/nonexistent"),
    ("CLICOLOR_FORCE", "1"),
    ("NO_COLOR", ""),
    ("COLUMNS", "37"),
    ("LANG", "POSIX"),
    ("LC_ALL", "C"),
    ("LC_CTYPE", "C"),
    ("TERM", "dumb"),
];

/// The binary, in the package root, with [`BASELINE`] and nothing else in its environment.
pub fn mlcareers() -> Command {
    let mut command = bare(BIN);
    command.envs(BASELINE.iter().copied());
    command
}

/// `program` in the package root with an empty environment: not even [`BASELINE`].
///
/// It also runs without a controlling terminal (in a session of its own, through util-linux's
/// `setsid`, where there is one): with no `COLUMNS`, mlcareers fits its output to the terminal the
/// user looks at, `/dev/tty` included, and the tests must not see the developer's.
pub fn bare(program: impl AsRef<OsStr>) -> Command {
    let mut command = match SETSID.iter().find(|path| Path::new(path).exists()) {
        Some(setsid) => {
            let mut command = Command::new(setsid);
            command.arg(program);
            command
        }
        None => Command::new(program),
    };
    command.current_dir(env!("CARGO_MANIFEST_DIR")).env_clear();
    command
}

/// An installed tool (a shell, `man`, `setpriv`) with [`BASELINE`], the caller's `PATH` to find
/// it and the programs it runs, and a `HOME` of its own so no user's configuration is read.
pub fn tool(program: &str) -> Command {
    let mut command = bare(program);
    command.envs(BASELINE.iter().copied());
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    let home = scratch_dir("home");
    command.env("HOME", home);
    command
}

/// A directory for one test's files, under cargo's scratch space for these tests.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Set in the environment of a test binary that [`rerun`] starts.
const RERUN: &str = "MLCAREERS_TEST_RERUN";

/// Whether this process is a [`rerun`]: the test then does its work instead of starting another.
pub fn is_rerun() -> bool {
    std::env::var_os(RERUN).is_some()
}

/// Runs the test `name` of this test binary again, in a child whose environment is exactly `vars`
/// (and the marker [`is_rerun`] looks for). The golden tests use it to clear what trycmd's cases
/// would inherit, which trycmd cannot; the hermetic test, to export hostile variables around the
/// harness.
pub fn rerun(name: &str, vars: &[(&str, &str)]) -> Output {
    let exe = std::env::current_exe().unwrap();
    let mut command = bare(exe);
    // `--nocapture`: the child's report (trycmd's diff) goes to the output a failure shows.
    command.args(["--exact", name, "--nocapture"]).envs(vars.iter().copied());
    command.env(RERUN, "1");
    command.output().unwrap()
}

/// Asserts that a [`rerun`] passed, showing its output when it did not.
pub fn assert_rerun_passed(name: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{name}, run again in a cleared environment, failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // `--exact` with a name that no longer matches runs nothing and still succeeds.
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("1 passed"),
        "{name} did not run: {}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// Whether `tool` is installed; when it is not, a test may skip, unless CI requires the tool
/// (`MLCAREERS_REQUIRE_TOOLS`, set by `.ci/run`, which installs them).
pub fn have(tool: &str) -> bool {
    let found = self::tool("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !found {
        assert!(
            std::env::var_os("MLCAREERS_REQUIRE_TOOLS").is_none(),
            "{tool} is required but not installed"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    found
}
