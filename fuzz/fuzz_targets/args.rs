//! Arguments, as a user could type them (NUL separates them): parsing never panics, a usage error
//! echoes them by the one rule, and every request that parses runs on the embedded dataset without
//! panicking or printing a raw control.

#![no_main]

mod common;

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mlcareers::cli::Cli;
use mlcareers::model::Dataset;

fn embedded() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| mlcareers::dataset::embedded().unwrap())
}

fuzz_target!(|data: &[u8]| {
    let args = std::iter::once(OsString::from("mlcareers"))
        .chain(data.split(|&b| b == 0).map(|arg| OsString::from_vec(arg.to_vec())));
    let cli = match Cli::parse_args(args) {
        Ok(cli) => cli,
        Err(err) => {
            // What `main` prints for a usage error, help or version.
            let text = mlcareers::cli::shown_error(err).render().to_string();
            let shown = mlcareers::render::escape_controls(&text);
            common::assert_terminal_safe(shown.as_bytes(), None, &"a usage error");
            return;
        }
    };
    let request = cli.into_request(None);
    if request.command.is_view() {
        common::run_everywhere(embedded(), &request.command);
    }
});
