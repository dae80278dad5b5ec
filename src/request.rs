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

impl ColorChoice {
    pub const ALL: [ColorChoice; 3] = [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never];

    /// As `--color` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }
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

/// A shell `completions` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    PowerShell,
    Elvish,
}

impl Shell {
    pub const ALL: [Shell; 5] = [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

    /// As `completions` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
            Shell::PowerShell => "powershell",
            Shell::Elvish => "elvish",
        }
    }
}
