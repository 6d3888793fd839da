//! One matcher for all rules: every literal phrase of every rule (all inflected forms) goes into
//! a single Aho-Corasick automaton, so the cost per byte does not grow with the number of
//! rules. Regex rules run behind a `RegexSet` prefilter. Word boundaries, letter case and
//! context conditions are checked only on candidate hits.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind as AcMatchKind};
use regex::RegexSet;

use crate::diagnostic::MatchKind;
use crate::fuzzy::FuzzyIndex;
use crate::inflect::Form;
use crate::rules::{DocText, Rule};
use crate::text::{is_whole_word, normalize};

/// One rule phrase variant behind an automaton pattern.
#[derive(Debug, Clone)]
struct Entry {
    rule: usize,
    /// The normalized phrase as written, for case-sensitive rules.
    text: String,
    forms: Vec<Form>,
}

/// A match of one rule in normalized text.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rule: usize,
    pub span: Range<usize>,
    pub forms: Vec<Form>,
    pub similarity: f32,
    pub kind: MatchKind,
    /// For regex rules: the replacements with capture groups expanded.
    pub expanded: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    entries: Vec<Vec<Entry>>,
    regex_rules: Vec<usize>,
    regex_set: Option<RegexSet>,
    fuzzy: FuzzyIndex,
}

/// What the matcher may do besides exact matching.
#[derive(Debug, Clone, Copy)]
pub struct MatcherOptions {
    pub fuzzy: bool,
}

impl Default for MatcherOptions {
    fn default() -> Self {
        Self { fuzzy: true }
    }
}

impl Matcher {
    /// Compiles all phrases and regexes of `rules`.
    ///
    /// # Panics
    /// Never in practice: the automaton is built without size limits that phrases could exceed.
    #[must_use]
    pub fn new(rules: &[Rule], options: MatcherOptions) -> Self {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut fuzzy = FuzzyIndex::default();
        for (r, rule) in rules.iter().enumerate() {
            for template in &rule.phrases {
                for exp in template.expand() {
                    let text = normalize(exp.text.trim()).text;
                    let key = text.to_ascii_lowercase();
                    let id = *ids.entry(key.clone()).or_insert_with(|| {
                        patterns.push(key.clone());
                        entries.push(Vec::new());
                        patterns.len() - 1
                    });
                    if options.fuzzy && rule.fuzzy {
                        fuzzy.add(r, &key, &exp.forms);
                    }
                    entries[id].push(Entry {
                        rule: r,
                        text,
                        forms: exp.forms,
                    });
                }
            }
        }
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(AcMatchKind::Standard)
                .build(&patterns)
                .expect("phrase automaton builds")
        });
        let regex_rules: Vec<usize> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.regex.is_some())
            .map(|(i, _)| i)
            .collect();
        let regex_set = (!regex_rules.is_empty())
            .then(|| {
                RegexSet::new(
                    regex_rules
                        .iter()
                        .filter_map(|&i| rules[i].regex.as_ref().map(regex::Regex::as_str)),
                )
                .ok()
            })
            .flatten();
        Self {
            automaton,
            entries,
            regex_rules,
            regex_set,
            fuzzy,
        }
    }

    /// All hits in normalized `text`, non-overlapping, sorted by position. Where candidates
    /// overlap, the leftmost wins, then the longest, then exact before fuzzy.
    #[must_use]
    pub fn find(&self, rules: &[Rule], text: &str, doc: &DocText<'_>) -> Vec<Hit> {
        let mut candidates = Vec::new();
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(text) {
                let span = m.start()..m.end();
                if !is_whole_word(text, span.start, span.end) {
                    continue;
                }
                for entry in &self.entries[m.pattern().as_usize()] {
                    let rule = &rules[entry.rule];
                    if rule.case_sensitive && text[span.clone()] != entry.text {
                        continue;
                    }
                    if rule.context_allows(text, &span, doc) {
                        candidates.push(Hit {
                            rule: entry.rule,
                            span: span.clone(),
                            forms: entry.forms.clone(),
                            similarity: 1.0,
                            kind: MatchKind::Exact,
                            expanded: None,
                        });
                    }
                }
            }
        }
        self.find_regex(rules, text, doc, &mut candidates);
        let mut hits = select_non_overlapping(candidates, &[]);
        if !self.fuzzy.is_empty() {
            let near: Vec<Hit> = self
                .fuzzy
                .find(text)
                .into_iter()
                .filter(|h| rules[h.rule].context_allows(text, &h.span, doc))
                .map(|h| Hit {
                    rule: h.rule,
                    span: h.span,
                    forms: h.forms,
                    similarity: h.similarity,
                    kind: MatchKind::Fuzzy,
                    expanded: None,
                })
                .collect();
            let fuzzy = select_non_overlapping(near, &hits);
            hits.extend(fuzzy);
            hits.sort_by_key(|h| (h.span.start, h.rule));
        }
        hits
    }

    fn find_regex(&self, rules: &[Rule], text: &str, doc: &DocText<'_>, out: &mut Vec<Hit>) {
        let Some(set) = &self.regex_set else { return };
        for i in set.matches(text).iter() {
            let r = self.regex_rules[i];
            let rule = &rules[r];
            let Some(re) = &rule.regex else { continue };
            for caps in re.captures_iter(text) {
                let Some(m) = caps.get(0) else { continue };
                let span = m.start()..m.end();
                if span.is_empty()
                    || !is_whole_word(text, span.start, span.end)
                    || !rule.context_allows(text, &span, doc)
                {
                    continue;
                }
                let expanded = rule
                    .replacements
                    .iter()
                    .map(|t| {
                        let mut s = String::new();
                        caps.expand(&t.render(&[]), &mut s);
                        s
                    })
                    .collect();
                out.push(Hit {
                    rule: r,
                    span,
                    forms: Vec::new(),
                    similarity: 1.0,
                    kind: MatchKind::Exact,
                    expanded: Some(expanded),
                });
            }
        }
    }
}

/// Greedy leftmost-longest choice among `candidates` that overlap neither each other nor `taken`.
fn select_non_overlapping(mut candidates: Vec<Hit>, taken: &[Hit]) -> Vec<Hit> {
    candidates.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
            .then(a.rule.cmp(&b.rule))
    });
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let mut out: Vec<Hit> = Vec::new();
    for c in candidates {
        if taken.iter().any(|t| overlaps(&t.span, &c.span))
            || out.last().is_some_and(|l| overlaps(&l.span, &c.span))
        {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load::parse_pack;

    /// Rules from a compact table: `(id, phrases, extra TOML)`.
    fn rules(table: &[(&str, &[&str], &str)]) -> Vec<Rule> {
        let mut toml = String::from("[pack]\nid = \"t\"\n");
        for (id, phrases, extra) in table {
            let list = phrases
                .iter()
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            toml.push_str(&format!(
                "[[rule]]\nid = \"{id}\"\nmessage = \"m\"\nphrases = [{list}]\n{extra}\n"
            ));
        }
        parse_pack("t.toml", &toml, false).unwrap().1
    }

    /// `(rule id, matched text)` of every hit in `text`.
    fn hits(rules: &[Rule], text: &str) -> Vec<(String, String)> {
        let m = Matcher::new(rules, MatcherOptions { fuzzy: false });
        m.find(rules, text, &DocText::new(text))
            .into_iter()
            .map(|h| (rules[h.rule].id.clone(), text[h.span].to_string()))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $table:expr, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Vec<(String, String)> = $want
                    .iter()
                    .map(|(a, b): &(&str, &str)| (a.to_string(), b.to_string()))
                    .collect();
                assert_eq!(hits(&rules($table), $text), want);
            }
        };
    }

    t!(
        basic,
        &[("a", &["navy motion"], "")],
        "Moscow's navy motion",
        [("a", "navy motion")]
    );
    t!(
        any_case,
        &[("a", &["navy motion"], "")],
        "NAVY Motion",
        [("a", "NAVY Motion")]
    );
    t!(
        whole_words_only,
        &[("a", &["navy"], "")],
        "navyblue, the navy-yard, a navy",
        [("a", "navy")]
    );
    t!(
        case_sensitive,
        &[("a", &["japanese"], "case_sensitive = true")],
        "Japanese japanese",
        [("a", "japanese")]
    );
    t!(
        longest_wins,
        &[("short", &["calls"], ""), ("long", &["calls for"], "")],
        "its calls for in",
        [("long", "calls for")]
    );
    t!(
        shorter_survives_when_longer_fails_context,
        &[
            ("short", &["instructed"], ""),
            (
                "long",
                &["instructed reporters"],
                "when = [{ before = [\"never\"] }]"
            )
        ],
        "Peskov instructed reporters",
        [("short", "instructed")]
    );
    t!(
        leftmost_wins_overlap,
        &[("a", &["x y"], ""), ("b", &["y z"], "")],
        "x y z",
        [("a", "x y")]
    );
    t!(
        inflected_forms,
        &[("a", &["{perform} down"], "")],
        "performs down; performing down",
        [("a", "performs down"), ("a", "performing down")]
    );
    t!(
        context_after,
        &[("a", &["calls for"], "when = [{ after = [\"in\", \".\"] }]")],
        "calls for peace; calls for in writing; calls for.",
        [("a", "calls for"), ("a", "calls for")]
    );
}
