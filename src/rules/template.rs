//! Phrase and replacement templates: text with `{verb}` slots.
//!
//! `{perform} down` expands to "perform down", "performs down", "performed down" and
//! "performing down"; rendering `{play} down` with the forms of the matched text gives the
//! replacement in agreement ("performing down" → "playing down"). A verb that the built-in
//! inflection gets wrong lists its five forms: `{base|third|past|participle|gerund}`.
//! `<fee>` is a noun in singular and plural ("fee", "fees"); `<rate>` in a replacement takes
//! the same number. An irregular noun lists both: `<person|people>`.

use crate::inflect::{self, ALL_FORMS, Form};

/// One piece of a template (visible to [`super::packed`], which stores templates parsed). The
/// forms of a slot are boxed: nearly all parts are text, and 18,000 of them in the built-in
/// packs would otherwise each take the room of five strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    Text(String),
    Verb(Box<[String; 5]>),
    Noun(Box<[String; 2]>),
}

impl Part {
    /// The forms of a slot; empty for text.
    fn words(&self) -> &[String] {
        match self {
            Part::Text(_) => &[],
            Part::Verb(w) => &w[..],
            Part::Noun(w) => &w[..],
        }
    }
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Parts,
}

/// The parts of a template: one part needs no vector of its own (nearly every template is one
/// piece of text, and a pack of 9,000 rules has 18,000 templates to load at start).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Parts {
    One(Part),
    Many(Vec<Part>),
}

/// One concrete phrase of a template, with the forms its verb slots took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub text: String,
    pub forms: Vec<Form>,
}

impl Template {
    /// Parses `source`; the error says what is wrong with the braces.
    pub fn parse(source: &str) -> Result<Self, String> {
        let mut parts = Vec::new();
        let mut rest = source;
        while let Some(open) = rest.find(['{', '}', '<', '>']) {
            let (opener, closer) = match rest.as_bytes()[open] {
                b'{' => ('{', '}'),
                b'<' => ('<', '>'),
                c => return Err(format!("unmatched `{}` in `{source}`", c as char)),
            };
            if open > 0 {
                parts.push(Part::Text(rest[..open].to_string()));
            }
            let close = rest[open..]
                .find(closer)
                .ok_or_else(|| format!("unclosed `{opener}` in `{source}`"))?
                + open;
            let inner = rest[open + 1..close].trim();
            if inner.is_empty() || inner.contains(['{', '<']) {
                return Err(format!(
                    "`{opener}{inner}{closer}` in `{source}` is not a slot: write `{{verb}}` (base form) or `<noun>` (singular)"
                ));
            }
            let forms: Vec<&str> = inner.split('|').map(str::trim).collect();
            if opener == '<' {
                let noun = match forms.len() {
                    1 => {
                        let f = inflect::forms(inner);
                        [f[0].clone(), f[1].clone()]
                    }
                    2 => [forms[0].to_string(), forms[1].to_string()],
                    n => {
                        return Err(format!(
                            "`<{inner}>` in `{source}` lists {n} forms; give the singular only, or `<singular|plural>`"
                        ));
                    }
                };
                parts.push(Part::Noun(Box::new(noun)));
                rest = &rest[close + 1..];
                continue;
            }
            let verb = match forms.len() {
                1 => inflect::forms(inner),
                5 => std::array::from_fn(|i| forms[i].to_string()),
                n => {
                    return Err(format!(
                        "`{{{inner}}}` in `{source}` lists {n} forms; give the base form only, or all five: `{{base|third-person|past|participle|gerund}}`"
                    ));
                }
            };
            parts.push(Part::Verb(Box::new(verb)));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_string()));
        }
        Ok(Self::from_parts(parts))
    }

    /// A template of `parts`, in order.
    pub(super) fn from_parts(parts: Vec<Part>) -> Self {
        match <[Part; 1]>::try_from(parts) {
            Ok([part]) => Self::one(part),
            Err(parts) => Self {
                parts: Parts::Many(parts),
            },
        }
    }

    /// A template of one part.
    pub(super) fn one(part: Part) -> Self {
        Self {
            parts: Parts::One(part),
        }
    }

    /// The parts, in order.
    pub(super) fn parts(&self) -> &[Part] {
        match &self.parts {
            Parts::One(part) => std::slice::from_ref(part),
            Parts::Many(parts) => parts,
        }
    }

    /// How many verb slots the template has.
    #[must_use]
    pub fn slots(&self) -> usize {
        self.parts()
            .iter()
            .filter(|p| matches!(p, Part::Verb(_) | Part::Noun(_)))
            .count()
    }

    /// Every concrete phrase, each distinct text once (the first form that spells it wins).
    #[must_use]
    pub fn expand(&self) -> Vec<Expansion> {
        // Nearly every template is one piece of text: one expansion, nothing to deduplicate
        // (the matcher expands 9,000 of them at every start).
        if let [Part::Text(t)] = self.parts() {
            return vec![Expansion {
                text: t.clone(),
                forms: Vec::new(),
            }];
        }
        let mut out = vec![Expansion {
            text: String::new(),
            forms: Vec::new(),
        }];
        for part in self.parts() {
            out = match part {
                Part::Text(t) => out
                    .into_iter()
                    .map(|mut e| {
                        e.text.push_str(t);
                        e
                    })
                    .collect(),
                // A noun has two forms, singular and plural; the plural takes the third-person
                // slot, since the two are spelt alike.
                Part::Verb(_) | Part::Noun(_) => out
                    .iter()
                    .flat_map(|e| {
                        ALL_FORMS
                            .iter()
                            .zip(part.words())
                            .map(move |(&f, word)| Expansion {
                                text: format!("{}{word}", e.text),
                                forms: [e.forms.as_slice(), &[f]].concat(),
                            })
                    })
                    .collect(),
            };
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|e| seen.insert(e.text.clone()));
        out
    }

    /// The text with slot `i` in form `forms[i]` (the last given form for extra slots, the base
    /// form when none is given).
    #[must_use]
    pub fn render(&self, forms: &[Form]) -> String {
        let mut out = String::new();
        let mut slot = 0;
        for part in self.parts() {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Verb(words) => {
                    let form = forms
                        .get(slot)
                        .or(forms.last())
                        .copied()
                        .unwrap_or(Form::Base);
                    let i = ALL_FORMS.iter().position(|&f| f == form).unwrap_or(0);
                    out.push_str(&words[i]);
                    slot += 1;
                }
                Part::Noun(words) => {
                    let plural =
                        matches!(forms.get(slot).or(forms.last()), Some(Form::ThirdPerson));
                    out.push_str(&words[usize::from(plural)]);
                    slot += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_verb_forms_once_each() {
        let t = Template::parse("{perform} down").unwrap();
        let texts: Vec<_> = t.expand().into_iter().map(|e| e.text).collect();
        assert_eq!(
            texts,
            [
                "perform down",
                "performs down",
                "performed down",
                "performing down"
            ]
        );
    }

    #[test]
    fn render_agrees_with_the_matched_form() {
        let phrase = Template::parse("{perform} down").unwrap();
        let repl = Template::parse("{play} down").unwrap();
        let gerund = phrase
            .expand()
            .into_iter()
            .find(|e| e.text == "performing down")
            .unwrap();
        assert_eq!(repl.render(&gerund.forms), "playing down");
        assert_eq!(
            Template::parse("{have} begun")
                .unwrap()
                .render(&[Form::ThirdPerson]),
            "has begun"
        );
        assert_eq!(repl.render(&[]), "play down");
    }

    #[test]
    fn nouns_keep_their_number() {
        let phrase = Template::parse("curiosity <charge>").unwrap();
        let repl = Template::parse("interest <rate>").unwrap();
        let all = phrase.expand();
        assert_eq!(
            all.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(),
            ["curiosity charge", "curiosity charges"]
        );
        assert_eq!(repl.render(&all[1].forms), "interest rates");
        assert_eq!(repl.render(&all[0].forms), "interest rate");
        assert_eq!(
            Template::parse("<person|people>").unwrap().expand()[1].text,
            "people"
        );
    }

    #[test]
    fn explicit_forms_and_errors() {
        let t = Template::parse("{set|sets|set|set|setting} out").unwrap();
        assert_eq!(t.expand().len(), 3);
        assert!(
            Template::parse("{a|b} x")
                .unwrap_err()
                .contains("lists 2 forms")
        );
        assert!(Template::parse("x {y").unwrap_err().contains("unclosed"));
        assert!(Template::parse("x } y").unwrap_err().contains("unmatched"));
        assert!(Template::parse("x {} y").is_err());
    }
}
