//! Reads rule files and compiles them into [`super::Rule`]s ([`parse_pack`]): the built-in
//! packs as `build.rs` precompiled them, or as TOML; a user's files always as TOML, so every
//! error names the file, line and column of the problem and says what to do.

use std::path::{Path, PathBuf};

pub use super::compile::parse_pack;
use super::packed::{self, Depth};
use super::{Pack, Rule, RuleSet, Selection};
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
    /// Load the built-in packs for checking only: without their examples and descriptions,
    /// nor the texts only listings and `explain` show (phrases and replacements as written,
    /// context notes: empty). Faster to start, for runs that show none of them.
    pub lean: bool,
}

/// Loads the built-in packs (unless turned off) and every extra rule file. Extra files are
/// also checked against their own examples, so a rule that fails them is never used.
pub fn load(options: &LoadOptions) -> Result<RuleSet, Error> {
    load_for(options, None)
}

/// [`load`], then [`RuleSet::select`]: the same rules, sooner. In a lean run a built-in pack
/// that the selection leaves out whole (its source language is not on, and `select` names
/// neither it nor one of its rules) is read as rule ids and places only, which the selection
/// and the id checks need, not decoded for nothing: the false-friend packs, off by default,
/// are a third of the built-in packs' compiled data.
pub fn load_selected(options: &LoadOptions, selection: &Selection) -> Result<RuleSet, Error> {
    load_for(options, Some(selection))?.select(selection)
}

fn load_for(options: &LoadOptions, selection: Option<&Selection>) -> Result<RuleSet, Error> {
    let mut set = RuleSet::default();
    if !options.no_builtin {
        for builtin in super::builtin::PACKS {
            let origin = format!("builtin:{}", builtin.path);
            // A lean run takes the pack as build.rs compiled it, decoded straight into the set.
            // A pack that did not compile has no compiled form: parsing its TOML reports the
            // error where it stands.
            if options.lean {
                let start = set.rules.len();
                let off = |pack: &Pack| {
                    selection.is_some_and(|s| !s.language_on(pack) && !s.select.contains(&pack.id))
                };
                let decode = |rules: &mut Vec<Rule>, all: bool| {
                    packed::decode_into(
                        &origin,
                        builtin.packed,
                        builtin.packed_text,
                        rules,
                        |pack| {
                            if all || !off(pack) {
                                Depth::Check
                            } else {
                                Depth::Ids
                            }
                        },
                    )
                };
                if let Some(pack) = decode(&mut set.rules, false) {
                    let named = |rules: &[Rule]| {
                        selection.is_some_and(|s| rules.iter().any(|r| s.select.contains(&r.id)))
                    };
                    if !(off(&pack) && named(&set.rules[start..])) {
                        set.adopt(pack, start)?;
                        continue;
                    }
                    // `select` names one of its rules: read it after all.
                    set.rules.truncate(start);
                    if let Some(pack) = decode(&mut set.rules, true) {
                        set.adopt(pack, start)?;
                        continue;
                    }
                }
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
        let pack = packed::decode_into(origin, bytes, text, &mut rules, |_| Depth::Whole)?;
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
    fn a_checking_load_leaves_out_the_listing_texts_only() {
        let lean = load(&LoadOptions {
            lean: true,
            ..LoadOptions::default()
        })
        .unwrap();
        let mut whole = RuleSet::default();
        for builtin in super::super::builtin::PACKS {
            let origin = format!("builtin:{}", builtin.path);
            let (pack, rules) = decode(&origin, builtin.packed, builtin.packed_text).unwrap();
            whole.add(pack, rules).unwrap();
        }
        for rule in &mut whole.rules {
            rule.phrase_sources.clear();
            rule.replacement_sources.clear();
            rule.context_notes.clear();
        }
        assert_eq!(format!("{lean:?}"), format!("{whole:?}"));
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
            assert!(packed::decode_into(origin, b, t, &mut some, |_| Depth::Whole).is_none());
            assert_eq!(some.len(), 1);
        }
    }

    #[test]
    fn load_selected_is_load_then_select() {
        let options = LoadOptions {
            lean: true,
            ..LoadOptions::default()
        };
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        let set = load(&options).unwrap();
        let ff_rule = set
            .rules
            .iter()
            .find(|r| set.pack_of(r).source_lang.as_deref() == Some("de"))
            .map(|r| r.id.as_str())
            .unwrap();
        let ff_pack = set.packs.iter().find(|p| p.source_lang.is_some()).unwrap();
        let selections = [
            Selection::default(),
            Selection {
                source_lang: Some("de".into()),
                ..Selection::default()
            },
            Selection {
                source_lang: Some("xx".into()),
                ..Selection::default()
            },
            Selection {
                select: names(&[ff_rule, "performed-down"]),
                ..Selection::default()
            },
            Selection {
                select: names(&[&ff_pack.id]),
                ..Selection::default()
            },
            Selection {
                ignore: names(&[ff_rule, "news-spin"]),
                ..Selection::default()
            },
            Selection {
                ignore: names(&["no-such-rule"]),
                ..Selection::default()
            },
        ];
        for selection in &selections {
            let expected = load(&options).and_then(|s| s.select(selection));
            let got = load_selected(&options, selection);
            assert_eq!(format!("{got:?}"), format!("{expected:?}"), "{selection:?}");
        }
        // A duplicate of a left-out pack's rule id is still refused.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("dup.toml");
        std::fs::write(
            &file,
            format!("[pack]\nid = \"dup\"\n\n[[rule]]\nid = \"{ff_rule}\"\nmessage = \"m\"\nphrases = [\"x y\"]\n"),
        )
        .unwrap();
        let with_file = LoadOptions {
            rule_paths: vec![file],
            ..options
        };
        let err = load_selected(&with_file, &Selection::default()).unwrap_err();
        assert!(err.to_string().contains("duplicate rule id"), "{err}");
    }

    #[test]
    fn lean_builtin_packs_hold_the_same_rules_at_the_same_places() {
        let opts = |lean| LoadOptions {
            lean,
            ..LoadOptions::default()
        };
        let full = load(&opts(false)).unwrap();
        // The lean TOML copies, as `build.rs` compiles them (a lean load reads them compiled).
        let mut lean = RuleSet::default();
        for builtin in super::super::builtin::PACKS {
            let origin = format!("builtin:{}", builtin.path);
            let (pack, rules) = parse_pack(&origin, builtin.lean, true).unwrap();
            lean.add(pack, rules).unwrap();
        }
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
