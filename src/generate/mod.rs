//! Documents generated from the clap definitions: shell completion scripts and the man page.
//!
//! Both start from `Cli::command()`, so they list exactly the commands and options that parse.
//! `lib::run` dispatches to them; neither is part of the request conversion in `cli`.

pub mod completions;
pub mod man;
