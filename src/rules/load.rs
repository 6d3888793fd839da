//! Reads rule files and compiles them into [`super::Rule`]s ([`parse_pack`]): the built-in
//! packs as `build.rs` precompiled them, or as TOML; a user's files always as TOML, so every
//! error names the file, line and column of the problem and says what to do.

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
            let origin = format!("builtin:{}", builtin.path);
            // A lean run takes the pack as build.rs compiled it, decoded straight into the set.
            // A pack that did not compile has no compiled form: parsing its TOML reports the
            // error where it stands.
            let start = set.rules.len();
            let packed = options
                .lean
                .then(|| {
                    super::packed::decode_into(
                        &origin,
                        builtin.packed,
                        builtin.packed_text,
                        &mut set.rules,
                    )
                })
                .flatten();
            if let Some(pack) = packed {
                set.adopt(pack, start)?;
                continue;
            }
            let text = if options.lean {
                builtin.lean
            } else {
                builtin.text
            };
            let (pack, rules) = parse_pack(&origin, text, true)?;
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
    use crate::rules::{Pack, Rule, packed};

    /// Decodes one pack on its own.
    fn decode(origin: &str, bytes: &[u8], text: &str) -> Option<(Pack, Vec<Rule>)> {
        let mut rules = Vec::new();
        let pack = packed::decode_into(origin, bytes, text, &mut rules)?;
        Some((pack, rules))
    }

    #[test]
    fn precompiled_builtin_packs_are_the_lean_packs_compiled() {
        for builtin in super::super::builtin::PACKS {
            let origin = format!("builtin:{}", builtin.path);
            let decoded = decode(&origin, builtin.packed, builtin.packed_text)
                .unwrap_or_else(|| panic!("{} was not precompiled", builtin.path));
            let parsed = parse_pack(&origin, builtin.lean, true).unwrap();
            // Every field of every rule, through `Debug`: the compiled form is the same value.
            assert_eq!(
                format!("{decoded:?}"),
                format!("{parsed:?}"),
                "{}",
                builtin.path
            );
        }
    }

    #[test]
    fn a_pack_that_is_not_precompiled_is_parsed_and_a_bad_encoding_refused() {
        let origin = "builtin:rules/x.toml";
        assert!(decode(origin, b"", "").is_none());
        let text = "[pack]\nid = \"x\"\n\n[[rule]]\nid = \"a\"\nmessage = \"m\"\nphrases = [\"{perform} down\"]\n";
        let (pack, rules) = parse_pack(origin, text, true).unwrap();
        let (bytes, strings) = packed::encode(&pack, &rules);
        let decoded = decode(origin, &bytes, &strings).unwrap();
        assert_eq!(format!("{decoded:?}"), format!("{:?}", (pack, rules)));
        // A cut or extended encoding is refused, never half read, and adds no rule.
        let mut some = vec![decoded.1[0].clone()];
        for (b, t) in [
            (&bytes[..bytes.len() - 1], &strings[..]),
            (&bytes[..], &strings[..strings.len() - 1]),
            (&[&bytes[..], b"x"].concat()[..], &strings[..]),
            (&bytes[..], &format!("{strings}x")[..]),
        ] {
            assert!(packed::decode_into(origin, b, t, &mut some).is_none());
            assert_eq!(some.len(), 1);
        }
    }

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
