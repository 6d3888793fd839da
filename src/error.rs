//! Errors that stop a file or a run, each naming the file and what to do about it.

use std::path::PathBuf;

/// A place in a file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rule or config file that cannot be used, with the place of the problem.
    #[error("{location}: {message}")]
    RuleFile { location: Location, message: String },

    /// An input that is not valid in its format.
    #[error("{location}: {message}; it was not checked")]
    Parse { location: Location, message: String },

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{path}: binary file (it contains NUL bytes); skipped")]
    Binary { path: PathBuf },

    #[error(
        "{path}: not valid UTF-8 (first bad byte at offset {offset}); convert it to UTF-8 or leave it out"
    )]
    NotUtf8 { path: PathBuf, offset: usize },

    #[error(
        "{path}: not valid UTF-16 (it starts with a UTF-16 byte-order mark; first bad code unit at byte {offset}); convert it to UTF-8 or leave it out"
    )]
    BadUtf16 { path: PathBuf, offset: usize },

    /// `--fix` could not replace a file; the file is as it was.
    #[error("{path}: fixes not written: {reason}; the file is left as it was")]
    NotWritten { path: PathBuf, reason: String },

    #[error("unknown rule or pack `{name}`{hint}; `mtlint rules` lists them")]
    UnknownSelector { name: String, hint: String },

    #[error("{0}")]
    Usage(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// ` (did you mean `x`?)` for the candidate closest to `name`, if any is close enough.
#[must_use]
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(name, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

/// A TOML or schema error located in `text` (read from `origin`); unknown keys get a
/// "did you mean" and the list of keys allowed there.
#[must_use]
pub fn from_toml(origin: &str, text: &str, e: &toml::de::Error) -> Error {
    let message = e.message().trim().to_string();
    let message = match unknown_field(&message) {
        Some((field, expected)) => format!(
            "unknown key `{field}`{}; the keys allowed here are {}",
            did_you_mean(&field, expected.iter().map(String::as_str)),
            expected
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => format!("{message} (see the format in README.md)"),
    };
    let offset = e.span().map_or(0, |s| s.start).min(text.len());
    let lc = crate::line_index::LineIndex::new(text).line_col(text, offset);
    Error::RuleFile {
        location: Location {
            path: origin.to_string(),
            line: lc.line,
            column: lc.column,
        },
        message,
    }
}

/// The unknown key and the expected keys from serde's "unknown field `x`, expected ..." message.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((field.to_string(), expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_parses_serde_message() {
        let (f, exp) =
            unknown_field("unknown field `phrase`, expected one of `id`, `phrases`").unwrap();
        assert_eq!(f, "phrase");
        assert_eq!(exp, ["id", "phrases"]);
    }

    #[test]
    fn did_you_mean_finds_a_close_name_only() {
        assert_eq!(
            did_you_mean("phrase", ["phrases", "regex"]),
            " (did you mean `phrases`?)"
        );
        assert_eq!(did_you_mean("zzz", ["phrases", "regex"]), "");
    }
}
