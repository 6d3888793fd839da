//! Reads rule files and compiles them into [`super::Rule`]s ([`parse_pack`]). Every error names
//! the file, line and column of the problem and says what to do.

use std::path::{Path, PathBuf};

use super::RuleSet;
pub use super::compile::parse_pack;
use crate::error::Error;

/// Where rules come from for a run.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Extra rule files or folders of them.
    pub rule_paths: Vec<PathBuf>,
    /// Leave out the built-in packs.
    pub no_builtin: bool,
    /// Refuse extra rule files whose rules fail their own examples (off for `rules test`,
    /// which reports every failure instead).
    pub verify_examples: bool,
    /// Load the built-in packs without their examples and descriptions: faster to start, for
    /// runs that show neither.
    pub lean: bool,
}

/// Loads the built-in packs (unless turned off) and every extra rule file. Extra files are
/// also checked against their own examples, so a rule that fails them is never used.
pub fn load(options: &LoadOptions) -> Result<RuleSet, Error> {
    let mut set = RuleSet::default();
    if !options.no_builtin {
        for builtin in super::builtin::PACKS {
            let text = if options.lean {
                builtin.lean
            } else {
                builtin.text
            };
            let (pack, rules) = parse_pack(&format!("builtin:{}", builtin.path), text, true)?;
            set.add(pack, rules)?;
        }
    }
    for path in &options.rule_paths {
        for file in rule_files(path)? {
            let text = std::fs::read_to_string(&file).map_err(|source| Error::Io {
                path: file.clone(),
                source,
            })?;
            let (pack, rules) = parse_pack(&file.display().to_string(), &text, false)?;
            if let Some(failure) = rules
                .iter()
                .filter(|_| options.verify_examples)
                .flat_map(super::examples::verify_rule)
                .next()
            {
                return Err(Error::RuleFile {
                    location: failure.location,
                    message: format!("rule `{}`: {}", failure.rule, failure.problem),
                });
            }
            set.add(pack, rules)?;
        }
    }
    Ok(set)
}

/// The rule files at `path`: the file itself, or every `*.toml` below a folder, sorted.
pub fn rule_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if !path.is_dir() {
        std::fs::metadata(path).map_err(io)?;
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(io)? {
            let p = entry.map_err(io)?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rule;

    #[test]
    fn lean_builtin_packs_hold_the_same_rules_at_the_same_places() {
        let opts = |lean| LoadOptions {
            lean,
            ..LoadOptions::default()
        };
        let full = load(&opts(false)).unwrap();
        let lean = load(&opts(true)).unwrap();
        assert_eq!(full.rules.len(), lean.rules.len());
        let shape = |r: &Rule| {
            (
                r.id.clone(),
                r.location.to_string(),
                r.phrase_sources.clone(),
                r.replacement_sources.clone(),
                r.regex.as_ref().map(|x| x.as_str().to_string()),
                r.when.len(),
                r.unless.is_some(),
                r.context_notes.clone(),
                r.confidence.to_bits(),
                r.fix,
            )
        };
        for (a, b) in full.rules.iter().zip(&lean.rules) {
            assert_eq!(shape(a), shape(b));
        }
        // The lean packs really are lean: the big pack lost its examples.
        let examples = |s: &RuleSet| {
            s.rules
                .iter()
                .map(|r| r.flag.len() + r.pass.len())
                .sum::<usize>()
        };
        assert!(examples(&full) > 15_000, "{}", examples(&full));
        assert!(examples(&lean) * 3 < examples(&full), "{}", examples(&lean));
    }
}
