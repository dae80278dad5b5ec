//! The dataset's text: the embedded copy, a user's file or standard input, within a size limit.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};

use super::Source;
use crate::model::Dataset;

/// The dataset compiled into the binary: the article, as structured JSON.
pub const EMBEDDED_JSON: &str = include_str!("../../data/dataset.json");

/// The embedded dataset as `build.rs` baked it: [`EMBEDDED_JSON`] read into the model at build
/// time, in postcard's binary form, so that start-up does not parse JSON.
const EMBEDDED_BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

/// The embedded dataset.
///
/// It is not validated again at run time: the test `embedded_dataset_is_valid` holds every build
/// to the rules, and validating on every run would be a large share of a short command's work
/// for nothing.
pub fn embedded() -> Result<Dataset> {
    postcard::from_bytes(EMBEDDED_BAKED)
        .context("the embedded dataset is broken (a bug in this build of mlcareers)")
}

/// The largest data file mlcareers reads: 64 MiB, room to spare for a generated dataset of 100,000
/// roles; a file over the limit is refused before it is read, so memory stays bounded.
pub const MAX_DATA_BYTES: u64 = 64 * 1024 * 1024;

/// The text of a user's data file, or of standard input, refused past [`MAX_DATA_BYTES`].
///
/// The text is read once and kept for the rest of the run (the process ends soon after and the
/// system takes it back whole), so the dataset read from it borrows its strings instead of
/// copying them: a large file costs its own size once, not twice.
pub fn read(source: &Source) -> Result<&'static str> {
    let mut bytes = Vec::new();
    match source {
        Source::Embedded => return Ok(EMBEDDED_JSON),
        Source::File(path) => {
            let (mut file, fifo) = open(path).with_context(|| format!("cannot read data file {source}"))?;
            // The size a file says it has is checked first, so a huge file costs nothing to refuse;
            // `take` below still bounds a file that grows, or a device that reports no size.
            if let Ok(meta) = file.metadata() {
                if meta.len() > MAX_DATA_BYTES {
                    return Err(too_big(source, Some(meta.len())));
                }
                // One buffer of the size the file says it has (and a byte to see it grew), not
                // one doubled along the way.
                bytes.reserve_exact(usize::try_from(meta.len()).unwrap_or(0) + 1);
            }
            read_up_to_limit(&mut file, &mut bytes)
                .with_context(|| format!("cannot read data file {source}"))?;
            if fifo && bytes.is_empty() {
                bail!(
                    "cannot read data file {source}: it is a named pipe (FIFO) and nothing wrote to it \
                     (start the writer first, or give the data on standard input with --data -)"
                );
            }
        }
        Source::Stdin => {
            read_up_to_limit(&mut io::stdin().lock(), &mut bytes)
                .context("cannot read data from standard input")?;
        }
    }
    if bytes.len() as u64 > MAX_DATA_BYTES {
        return Err(too_big(source, None));
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let utf8 = err.utf8_error();
        NotUtf8::at(source, err.as_bytes(), utf8.valid_up_to(), utf8.error_len())
    })?;
    // NUL is no JSON outside a string, nor raw inside one: at the start it is UTF-16 or UTF-32
    // with no byte-order mark, whose ASCII happens to be UTF-8.
    let start = &text.as_bytes()[..text.len().min(4)];
    if let (Some(at), true) = (start.iter().position(|&byte| byte == 0), start.iter().any(|&byte| byte != 0))
    {
        return Err(NotUtf8::at(source, text.as_bytes(), at, None).into());
    }
    Ok(text.leak())
}

/// A file that stops being UTF-8 text, and where: for every command an error, for `data check` a
/// problem of the file (it could be read; it is not text this program reads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// The file, as messages name it.
    pub file: String,
    /// The first byte that is not part of UTF-8 text.
    pub offset: usize,
    pub byte: u8,
    /// Its line and column (in characters, from 1), as a syntax error's are given.
    pub line: usize,
    pub column: usize,
    /// What the file looks like, when a byte-order mark, NUL bytes or its end say so.
    pub hint: &'static str,
}

impl NotUtf8 {
    fn at(source: &Source, bytes: &[u8], offset: usize, error_len: Option<usize>) -> NotUtf8 {
        let before = String::from_utf8_lossy(&bytes[..offset]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
        let hint = match bytes {
            [0, 0, 0xfe, 0xff, ..] | [0xff, 0xfe, 0, 0, ..] | [0, 0, 0, _, ..] | [_, 0, 0, 0, ..] => {
                "; it looks like UTF-32: save it as UTF-8"
            }
            [0xfe, 0xff, ..] | [0xff, 0xfe, ..] | [0, _, ..] | [_, 0, ..] => {
                "; it looks like UTF-16: save it as UTF-8"
            }
            // The input ended inside a character: the file was cut short.
            _ if error_len.is_none() => "; it ends inside a character (cut short?)",
            _ => "; save it as UTF-8",
        };
        let byte = bytes.get(offset).copied().unwrap_or(0);
        NotUtf8 { file: source.to_string(), offset, byte, line, column, hint }
    }

    /// The problem as `data check` lists it, where its line and column are given apart.
    pub fn problem(&self) -> String {
        format!("not UTF-8 text (byte 0x{:02x} at offset {}){}", self.byte, self.offset, self.hint)
    }
}

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is not UTF-8 text (invalid byte at offset {}){}", self.file, self.offset, self.hint)
    }
}

impl std::error::Error for NotUtf8 {}

/// Opens `path` for reading without waiting for a writer (opening a FIFO that has none would block
/// forever), and says whether it is a FIFO. A FIFO is then read blocking, as any file: a writer that
/// is there is waited for; with none, the read ends at once, empty.
fn open(path: &Path) -> io::Result<(File, bool)> {
    use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let nonblock = i32::try_from(OFlags::NONBLOCK.bits()).unwrap_or(0);
    let file = File::options().read(true).custom_flags(nonblock).open(path)?;
    let fifo = file.metadata()?.file_type().is_fifo();
    let flags = fcntl_getfl(&file)?;
    fcntl_setfl(&file, flags - OFlags::NONBLOCK)?;
    Ok((file, fifo))
}

/// Reads at most one byte past the limit: enough to know the limit was passed.
fn read_up_to_limit(reader: &mut dyn Read, bytes: &mut Vec<u8>) -> io::Result<usize> {
    reader.take(MAX_DATA_BYTES + 1).read_to_end(bytes)
}

fn too_big(source: &Source, size: Option<u64>) -> anyhow::Error {
    let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
    let limit = mib(MAX_DATA_BYTES);
    match size {
        Some(size) => anyhow!("{source} is {} MiB, over the {limit} MiB limit for data files", mib(size)),
        None => anyhow!("{source} is over the {limit} MiB limit for data files"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_dataset_is_the_json_file() {
        let baked = serde_json::to_value(embedded().unwrap()).unwrap();
        let parsed: Dataset = serde_json::from_str(EMBEDDED_JSON).unwrap();
        assert_eq!(baked, serde_json::to_value(parsed).unwrap());
    }

    #[test]
    fn embedded_dataset_holds_the_whole_article() {
        let dataset = embedded().unwrap();
        assert_eq!(dataset.roles.len(), 5, "Table 1 has five roles");
        assert_eq!(dataset.salary.bands.len(), 3, "Table 2 has three bands");
        assert_eq!(dataset.faq.len(), 4);
        assert_eq!(dataset.guide.len(), 12, "the article has twelve sections");
        let senior = &dataset.salary.bands[2];
        assert!(senior.open_ended && senior.max_usd == 220_000, "220,000+ is an open top, not a maximum");
    }
}
