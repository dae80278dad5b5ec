//! What the user asked for, as plain types: the CLI builds a `Request`, commands read it. Each
//! command declares its own request type in its file under `src/cmd/`.

use crate::dataset::Source;
use crate::render::Format;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub command: Command,
    /// The line as it was read, when not as typed (`sklls` as `skills`): said on stderr first.
    pub read_as: Option<String>,
    pub format: Format,
    pub color: ColorChoice,
    /// Where the dataset comes from (`--data`, `MLCAREERS_DATA`, else the embedded one).
    pub data: Source,
    /// Whether `data` came from `MLCAREERS_DATA`, so an error about the file can name the variable.
    pub data_from_env: bool,
    /// A header row in CSV and TSV.
    pub headers: bool,
    /// `--no-pager`: print straight to the terminal, however tall the page.
    pub no_pager: bool,
}

/// `--color`: `Auto` decides from the terminal and the environment (`terminal::detect`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The enum of every command's request, and each request type, from the one list.
macro_rules! requests {
    ($($name:ident $module:ident,)*) => {
        $(pub use crate::cmd::$module::$name;)*

        /// What to do: one variant per command ([`crate::cmd::for_each_command!`]), holding what
        /// it was asked, as plain types declared in the command's own file.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Command {
            $($name($name),)*
        }
    };
}
crate::cmd::for_each_command!(requests);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    PowerShell,
    Elvish,
}
