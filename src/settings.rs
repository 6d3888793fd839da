//! Project configuration: `mtlint.toml` (or `.mtlint.toml`), found by walking up from the
//! checked path, merged with the command line (flags win). Unknown keys are errors with
//! file:line:column and a "did you mean".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use crate::cli::RuleArgs;
use crate::diagnostic::Severity;
use crate::error::{Error, Location};

/// The names a config file may have, in the order they are looked for in each folder.
pub const CONFIG_NAMES: &[&str] = &["mtlint.toml", ".mtlint.toml"];

/// `mtlint.toml` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Rules or packs to use (default: all).
    #[serde(default)]
    pub select: Vec<String>,
    /// Rules or packs to leave out.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The language texts were translated from: turns on its packs.
    pub source_lang: Option<String>,
    /// Extra rule files or folders, relative to the config file.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Use the built-in packs (default true).
    pub builtin: Option<bool>,
    /// Match near misses (typos) too (default true).
    pub fuzzy: Option<bool>,
    /// Globs of files to check when walking folders (default: every supported format).
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of files and folders to leave out when walking.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Phrases never flagged (names, quotations).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Only findings of at least this confidence fail the run.
    pub min_confidence: Option<f32>,
    /// Severity per rule id.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Rules or packs to leave out for files matching a glob.
    #[serde(default)]
    pub per_file_ignores: BTreeMap<String, Vec<String>>,
}

/// The settings of one run: the config file (if any) merged with the flags.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub config: Option<PathBuf>,
    pub rules: RuleArgs,
    pub fuzzy: bool,
    pub allow: Vec<String>,
    pub min_confidence: Option<f32>,
    pub severity: BTreeMap<String, Severity>,
    /// The folder globs are relative to.
    pub base: PathBuf,
    pub include: Option<GlobSet>,
    pub exclude: GlobSet,
    pub per_file_ignores: Vec<(GlobSet, Vec<String>)>,
}

/// The nearest config file at or above `start`.
#[must_use]
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        for name in CONFIG_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        dir = d.parent();
    }
    None
}

fn globs(origin: &str, patterns: &[String]) -> Result<GlobSet, Error> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| Error::RuleFile {
            location: Location {
                path: origin.to_string(),
                line: 1,
                column: 1,
            },
            message: format!("invalid glob `{p}`: {e}"),
        })?);
    }
    b.build().map_err(|e| Error::Usage(e.to_string()))
}

/// Reads and validates a config file.
pub fn read_config(path: &Path) -> Result<ConfigFile, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    toml::from_str(&text)
        .map_err(|e| crate::error::from_toml(&path.display().to_string(), &text, &e))
}

impl Settings {
    /// Merges `config` (read from `path`) with the command line `cli` and the other flags.
    pub fn resolve(
        config: Option<(&Path, ConfigFile)>,
        cli: &RuleArgs,
        no_fuzzy: bool,
        cli_exclude: &[String],
        cli_min_confidence: Option<f32>,
    ) -> Result<Self, Error> {
        let (path, file) = match config {
            Some((p, f)) => (Some(p.to_path_buf()), f),
            None => (None, ConfigFile::default()),
        };
        let origin = path
            .as_ref()
            .map_or_else(String::new, |p| p.display().to_string());
        let base = path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let mut rules = cli.clone();
        if rules.select.is_empty() {
            rules.select = file.select;
        }
        rules.ignore.extend(file.ignore);
        if rules.source_lang.is_none() {
            rules.source_lang = file.source_lang;
        }
        let mut extra: Vec<PathBuf> = file.rules.iter().map(|r| base.join(r)).collect();
        extra.append(&mut rules.rules);
        rules.rules = extra;
        rules.no_builtin |= file.builtin == Some(false);
        let mut exclude = file.exclude;
        exclude.extend(cli_exclude.iter().cloned());
        let per_file_ignores = file
            .per_file_ignores
            .iter()
            .map(|(glob, names)| Ok((globs(&origin, std::slice::from_ref(glob))?, names.clone())))
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Self {
            config: path,
            rules,
            fuzzy: !no_fuzzy && file.fuzzy.unwrap_or(true),
            allow: file.allow,
            min_confidence: cli_min_confidence.or(file.min_confidence),
            severity: file.severity,
            include: if file.include.is_empty() {
                None
            } else {
                Some(globs(&origin, &file.include)?)
            },
            exclude: globs(&origin, &exclude)?,
            base,
            per_file_ignores,
        })
    }

    /// `path` relative to the config folder, for glob matching.
    #[must_use]
    pub fn relative(&self, path: &Path) -> PathBuf {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let base = std::fs::canonicalize(&self.base).unwrap_or_else(|_| self.base.clone());
        abs.strip_prefix(&base)
            .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
    }

    /// Whether a file found by walking a folder is checked.
    #[must_use]
    pub fn walks_into(&self, path: &Path) -> bool {
        let rel = self.relative(path);
        let excluded = self.exclude.is_match(&rel)
            || rel
                .ancestors()
                .any(|a| !a.as_os_str().is_empty() && self.exclude.is_match(a));
        !excluded && self.include.as_ref().is_none_or(|inc| inc.is_match(&rel))
    }

    /// The rules and packs left out for `path` by `per-file-ignores`.
    #[must_use]
    pub fn ignored_for(&self, path: &Path) -> Vec<&str> {
        let rel = self.relative(path);
        self.per_file_ignores
            .iter()
            .filter(|(g, _)| g.is_match(&rel))
            .flat_map(|(_, names)| names.iter().map(String::as_str))
            .collect()
    }
}

/// The commented starting config `mtlint init` writes.
pub const STARTER: &str = r#"# mtlint configuration. mtlint finds this file by walking up from the checked path;
# `--config PATH` names another, `--isolated` ignores it. Command-line flags win.

# Rules or packs to use (empty: all built-in packs) and to leave out.
select = []
ignore = []

# The language your texts were translated from (ISO 639-1): turns on its false-friend packs.
# source-lang = "de"

# Extra rule files or folders, relative to this file.
rules = []

# Files to check when walking folders (globs relative to this file; empty: all supported
# formats) and to leave out.
include = []
exclude = ["target/**", "node_modules/**"]

# Phrases that are never flagged, e.g. names and quotations.
allow = []

# Only findings of at least this confidence (0-1) fail the run; all are reported.
# min-confidence = 0.8

# Severity per rule: info, warning or error.
[severity]
# navy-military = "info"

# Rules or packs left out for files matching a glob.
[per-file-ignores]
# "legal/**" = ["instructed-reporters"]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_config_parses() {
        let c: ConfigFile = toml::from_str(STARTER).unwrap();
        assert!(c.select.is_empty());
        assert_eq!(c.exclude, ["target/**", "node_modules/**"]);
    }

    #[test]
    fn unknown_keys_are_located_with_a_suggestion() {
        let text = "select = []\nsource_lang = \"de\"\n";
        let e: toml::de::Error = toml::from_str::<ConfigFile>(text).unwrap_err();
        let msg = crate::error::from_toml("mtlint.toml", text, &e).to_string();
        assert!(
            msg.starts_with(
                "mtlint.toml:2:1: unknown key `source_lang` (did you mean `source-lang`?)"
            ),
            "{msg}"
        );
    }

    #[test]
    fn flags_win_over_the_file() {
        let file: ConfigFile =
            toml::from_str("select = [\"a\"]\nignore = [\"b\"]\nsource-lang = \"de\"\n").unwrap();
        let cli = RuleArgs {
            select: vec!["c".into()],
            ignore: vec!["d".into()],
            ..RuleArgs::default()
        };
        let s = Settings::resolve(
            Some((Path::new("/x/mtlint.toml"), file)),
            &cli,
            false,
            &[],
            None,
        )
        .unwrap();
        assert_eq!(s.rules.select, ["c"]);
        assert_eq!(s.rules.ignore, ["d", "b"]);
        assert_eq!(s.rules.source_lang.as_deref(), Some("de"));
    }
}
