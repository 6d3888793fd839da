//! One matcher for all rules: every literal phrase of every rule (all inflected forms) goes into
//! a single Aho-Corasick automaton, so the cost per byte does not grow with the number of
//! rules. Regex rules join the same automaton through the literals their matches start or end
//! with ([`triggers`]). Word boundaries, letter case and context conditions are checked
//! only on candidate hits.

pub mod fuzzy;
mod phrase_index;
pub mod triggers;

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::diagnostic::MatchKind;
use crate::inflect::Form;
use crate::rules::{DocText, Rule};
use crate::text::{is_whole_word, normalize};
use fuzzy::FuzzyIndex;
use phrase_index::{Anchor, PhraseIndex};
use triggers::RegexRule;

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
    index: PhraseIndex,
    entries: Vec<Vec<Entry>>,
    /// Per automaton pattern: the regex rules (indices into `regexes`) it triggers.
    triggers: Vec<Vec<u32>>,
    regexes: Vec<RegexRule>,
    /// Regex rules without usable literals: run over the whole text.
    full_scans: Vec<u32>,
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
        // FxHash: SipHash over 9,000 phrases was a tenth of the start-up time left.
        let mut ids: FxHashMap<String, usize> = FxHashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut fuzzy = FuzzyIndex::default();
        for (r, rule) in rules.iter().enumerate() {
            for template in &rule.phrases {
                for exp in template.expand() {
                    let text = pattern_text(&exp.text);
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
        let mut patterns: Vec<(String, Anchor)> = patterns
            .into_iter()
            .map(|p| (p, Anchor::WholeWords))
            .collect();
        let mut triggers: Vec<Vec<u32>> = vec![Vec::new(); patterns.len()];
        // Triggers get their own patterns: they stand anywhere, phrases only as whole words.
        let mut trigger_ids: FxHashMap<(String, Anchor), usize> = FxHashMap::default();
        let mut regexes = Vec::new();
        let mut full_scans = Vec::new();
        for (r, rule) in rules.iter().enumerate() {
            let Some(re) = &rule.regex else { continue };
            let compiled = RegexRule::new(r, re.as_str());
            let slot = u32::try_from(regexes.len()).unwrap_or(u32::MAX);
            match &compiled.triggers {
                Some((literals, side)) => {
                    let anchor = match side {
                        triggers::Side::Prefix => Anchor::MatchStart,
                        triggers::Side::Suffix => Anchor::MatchEnd,
                    };
                    for lit in literals {
                        let id = *trigger_ids.entry((lit.clone(), anchor)).or_insert_with(|| {
                            patterns.push((lit.clone(), anchor));
                            entries.push(Vec::new());
                            triggers.push(Vec::new());
                            patterns.len() - 1
                        });
                        triggers[id].push(slot);
                    }
                }
                None => full_scans.push(slot),
            }
            regexes.push(compiled);
        }
        let anchors = fuzzy.anchor_words();
        Self {
            index: PhraseIndex::new(&patterns, &anchors, fuzzy.max_words()),
            entries,
            triggers,
            regexes,
            full_scans,
            fuzzy,
        }
    }

    /// All hits in normalized `text`, non-overlapping, sorted by position. Where candidates
    /// overlap, the leftmost wins, then the longest, then exact before fuzzy.
    #[must_use]
    pub fn find(&self, rules: &[Rule], text: &str, doc: &DocText<'_>) -> Vec<Hit> {
        self.find_with(rules, text, doc, true)
    }

    /// [`Matcher::find`], leaving out the rules that need corroboration unless `gated`: a
    /// document with no ungated hit cannot open their gate, so their candidates (often common
    /// words) are not even checked against their context there.
    #[must_use]
    pub fn find_with(
        &self,
        rules: &[Rule],
        text: &str,
        doc: &DocText<'_>,
        gated: bool,
    ) -> Vec<Hit> {
        let mut candidates = Vec::new();
        let mut fired: Vec<(u32, Range<usize>)> = Vec::new();
        let mut near = Vec::new();
        let mut scratch = Vec::new();
        self.index.find(
            text,
            &mut |id, span| {
                for &slot in &self.triggers[id] {
                    fired.push((slot, span.clone()));
                }
                for entry in &self.entries[id] {
                    let rule = &rules[entry.rule];
                    if (rule.case_sensitive && text[span.clone()] != entry.text)
                        || !(gated || rule.corroboration == 0)
                    {
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
            },
            &mut |tokens, slots| {
                self.fuzzy
                    .at_anchor(text, tokens, slots, &mut scratch, &mut near);
            },
        );
        if !gated {
            fired.retain(|(slot, _)| self.regex_wanted(rules, *slot, gated));
        }
        self.find_regex(rules, text, doc, fired, gated, &mut candidates);
        let mut hits = select_non_overlapping(candidates, &[]);
        if !self.fuzzy.is_empty() {
            FuzzyIndex::finish(&mut near);
            let near: Vec<Hit> = near
                .into_iter()
                .filter(|h| {
                    (gated || rules[h.rule].corroboration == 0)
                        && rules[h.rule].context_allows(text, &h.span, doc)
                })
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

    /// Whether the regex rule in `slot` is looked for in this pass (see [`Matcher::find_with`]).
    fn regex_wanted(&self, rules: &[Rule], slot: u32, gated: bool) -> bool {
        gated || rules[self.regexes[slot as usize].rule].corroboration == 0
    }

    /// Runs each triggered regex rule in the windows around its trigger hits (merged, so a
    /// match is found once), and the rules without triggers over the whole text.
    fn find_regex(
        &self,
        rules: &[Rule],
        text: &str,
        doc: &DocText<'_>,
        mut fired: Vec<(u32, Range<usize>)>,
        gated: bool,
        out: &mut Vec<Hit>,
    ) {
        fired.sort_by_key(|(slot, span)| (*slot, span.start));
        let mut windows: Vec<(u32, Range<usize>)> = Vec::new();
        for (slot, span) in fired {
            let side = match &self.regexes[slot as usize].triggers {
                Some((_, side)) => *side,
                None => continue,
            };
            let w = triggers::window(text, &span, side);
            match windows.last_mut() {
                Some((s, last)) if *s == slot && w.start <= last.end => {
                    last.end = last.end.max(w.end);
                }
                _ => windows.push((slot, w)),
            }
        }
        windows.extend(
            self.full_scans
                .iter()
                .filter(|&&slot| {
                    gated || rules[self.regexes[slot as usize].rule].corroboration == 0
                })
                .map(|&slot| (slot, 0..text.len())),
        );
        for (slot, window) in windows {
            let regex = &self.regexes[slot as usize];
            let rule = &rules[regex.rule];
            regex.matches_in(text, window, &mut |caps| {
                let Some(m) = caps.get_match() else { return };
                let span = m.range();
                if !is_whole_word(text, span.start, span.end)
                    || !rule.context_allows(text, &span, doc)
                {
                    return;
                }
                let expanded = rule
                    .replacements
                    .iter()
                    .map(|t| {
                        let mut s = String::new();
                        caps.interpolate_string_into(text, &t.render(&[]), &mut s);
                        s
                    })
                    .collect();
                out.push(Hit {
                    rule: regex.rule,
                    span,
                    forms: Vec::new(),
                    similarity: 1.0,
                    kind: MatchKind::Exact,
                    expanded: Some(expanded),
                });
            });
        }
    }
}

/// A phrase form as the matcher compares it: trimmed and normalized like the text.
fn pattern_text(form: &str) -> String {
    normalize(form.trim()).text
}

/// Every literal phrase of `rules` in all its forms, normalized and lower case, deduplicated,
/// in the order the automaton holds them.
#[must_use]
pub fn phrases(rules: &[Rule]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    rules
        .iter()
        .flat_map(|rule| rule.phrases.iter().flat_map(crate::rules::Template::expand))
        .map(|exp| pattern_text(&exp.text).to_ascii_lowercase())
        .filter(|p| seen.insert(p.clone()))
        .collect()
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
