//! Rules as the engine uses them: loaded from TOML packs (`load`), checked against their own
//! examples (`examples`), selected for a run (`RuleSet::select`).

pub mod builtin;
mod compile;
pub mod context;
pub mod examples;
pub mod load;
pub mod packed;
mod rule;
pub mod schema;
pub mod template;

use rustc_hash::FxHashMap;

use crate::error::{Error, Location, did_you_mean};
pub use context::{Condition, Context, DocText};
pub use rule::{FlagExample, Pack, PassExample, Rule};
pub use template::Template;

/// All loaded packs and their rules.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub packs: Vec<Pack>,
    pub rules: Vec<Rule>,
}

/// Which rules a run uses.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Rule ids or pack ids; empty means all.
    pub select: Vec<String>,
    /// Rule ids or pack ids to leave out.
    pub ignore: Vec<String>,
    /// Turns on the packs written for this source language.
    pub source_lang: Option<String>,
}

impl Selection {
    /// Whether the pack's source language (if it has one) is the run's. A pack whose language
    /// is not on keeps only the rules `select` names, itself or one by one.
    #[must_use]
    pub fn language_on(&self, pack: &Pack) -> bool {
        pack.source_lang
            .as_ref()
            .is_none_or(|lang| self.source_lang.as_deref() == Some(lang.as_str()))
    }
}

impl RuleSet {
    #[must_use]
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    #[must_use]
    pub fn pack_of(&self, rule: &Rule) -> &Pack {
        &self.packs[rule.pack]
    }

    /// Adds one pack's rules, refusing an id that is already taken.
    pub fn add(&mut self, pack: Pack, rules: Vec<Rule>) -> Result<(), Error> {
        let start = self.rules.len();
        self.rules.extend(rules);
        self.adopt(pack, start)
    }

    /// Makes the rules from index `start` on the rules of `pack`, refusing an id that is
    /// already taken; on error they are taken out again.
    pub(crate) fn adopt(&mut self, pack: Pack, start: usize) -> Result<(), Error> {
        if let Err(e) = self.check_new(&pack) {
            self.rules.truncate(start);
            return Err(e);
        }
        let index = self.packs.len();
        for rule in &mut self.rules[start..] {
            rule.pack = index;
        }
        self.packs.push(pack);
        Ok(())
    }

    fn check_new(&self, pack: &Pack) -> Result<(), Error> {
        if let Some(p) = self.packs.iter().find(|p| p.id == pack.id) {
            return Err(Error::RuleFile {
                location: Location {
                    path: pack.origin.clone(),
                    line: 1,
                    column: 1,
                },
                message: format!(
                    "pack id `{}` is already used by {}; give this pack another id",
                    pack.id, p.origin
                ),
            });
        }
        // An index of the ids: a linear search per rule is quadratic at 8,000 rules. The rules
        // added before have distinct ids, so the first clash is a new rule's.
        let mut taken: FxHashMap<&str, &Location> =
            FxHashMap::with_capacity_and_hasher(self.rules.len(), rustc_hash::FxBuildHasher);
        for rule in &self.rules {
            if let Some(other) = taken.insert(rule.id.as_str(), &rule.location) {
                return Err(Error::RuleFile {
                    location: rule.location.clone(),
                    message: format!(
                        "duplicate rule id `{}`: already defined at {other}; rule ids must be unique across packs",
                        rule.id
                    ),
                });
            }
        }
        Ok(())
    }

    fn check_names(&self, names: &[String]) -> Result<(), Error> {
        for name in names {
            let known = self.rules.iter().any(|r| &r.id == name)
                || self.packs.iter().any(|p| &p.id == name);
            if !known {
                let candidates = self
                    .rules
                    .iter()
                    .map(|r| r.id.as_str())
                    .chain(self.packs.iter().map(|p| p.id.as_str()));
                return Err(Error::UnknownSelector {
                    name: name.clone(),
                    hint: did_you_mean(name, candidates),
                });
            }
        }
        Ok(())
    }

    /// Keeps only the rules `selection` turns on. A pack with a source language is on when
    /// `--source-lang` names it or when `--select` names the pack or one of its rules.
    pub fn select(mut self, selection: &Selection) -> Result<RuleSet, Error> {
        self.check_names(&selection.select)?;
        self.check_names(&selection.ignore)?;
        let named = |list: &[String], rule: &Rule, pack: &Pack| {
            list.iter().any(|n| *n == rule.id || *n == pack.id)
        };
        let packs = &self.packs;
        self.rules.retain(|rule| {
            let pack = &packs[rule.pack];
            let selected = named(&selection.select, rule, pack);
            let lang_on = selection.language_on(pack) || selected;
            lang_on
                && (selection.select.is_empty() || selected)
                && !named(&selection.ignore, rule, pack)
        });
        Ok(self)
    }
}
