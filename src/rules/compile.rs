//! Validates one rule file and compiles it into [`Rule`]s. Every error names the file, line and
//! column of the problem and says what to do. `build.rs` runs this same code on the built-in
//! packs at build time (see [`super::packed`]), so it depends only on the rule types, their
//! template and context parts, and plain-text helpers.

use std::ops::Range;

use toml::Spanned;

use super::context::{self, Condition, Context};
use super::schema::{RawContext, RawPackFile, RawRule};
use super::{FlagExample, Pack, PassExample, Rule, Template};
use crate::error::{Error, Location};
use crate::line_index::LineIndex;

/// More corroborating findings than this would never be met in a real document.
const MAX_CORROBORATION: u32 = 50;

/// Positions in one rule file, for error messages.
struct Source<'a> {
    origin: &'a str,
    text: &'a str,
    index: LineIndex,
    /// A built-in pack: its condition regexes are neither parsed at load nor compiled before first use
    /// (start-up time; the test suite checks them);
    /// those of a user's file are compiled when it loads, so one over the size limit is a
    /// located load error, not a condition that silently never matches.
    builtin: bool,
}

impl Source<'_> {
    fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let lc = self.index.line_col(self.text, offset);
        Location {
            path: self.origin.to_string(),
            line: lc.line,
            column: lc.column,
        }
    }

    fn error(&self, span: &Range<usize>, message: impl Into<String>) -> Error {
        Error::RuleFile {
            location: self.location(span.start),
            message: message.into(),
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Parses and compiles one pack file. `origin` names it in errors.
pub fn parse_pack(origin: &str, text: &str, builtin: bool) -> Result<(Pack, Vec<Rule>), Error> {
    let src = Source {
        origin,
        text,
        index: LineIndex::new(text),
        builtin,
    };
    let raw: RawPackFile =
        toml::from_str(text).map_err(|e| crate::error::from_toml(origin, text, &e))?;
    let id = raw.pack.id.get_ref();
    if !is_kebab(id) {
        return Err(src.error(
            &raw.pack.id.span(),
            format!("pack id `{id}` must be kebab-case (lower-case words joined by `-`)"),
        ));
    }
    if let Some(lang) = &raw.pack.source_lang {
        let l = lang.get_ref();
        if l.len() != 2 || !l.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(src.error(
                &lang.span(),
                format!("source_lang `{l}` must be a two-letter ISO 639-1 code such as `de`"),
            ));
        }
    }
    let pack = Pack {
        id: id.clone(),
        title: raw.pack.title,
        description: raw.pack.description,
        source: raw.pack.source,
        license: raw.pack.license,
        source_lang: raw.pack.source_lang.map(Spanned::into_inner),
        origin: origin.to_string(),
        builtin,
    };
    let mut rules = Vec::with_capacity(raw.rules.len());
    for raw_rule in raw.rules {
        let span = raw_rule.span();
        rules.push(compile_rule(&src, span, raw_rule.into_inner())?);
    }
    Ok((pack, rules))
}

fn compile_regex<T, E: std::fmt::Display>(
    src: &Source<'_>,
    pattern: &Spanned<String>,
    build: impl Fn(&str) -> Result<T, E>,
) -> Result<T, Error> {
    build(pattern.get_ref()).map_err(|e| {
        src.error(
            &pattern.span(),
            format!("invalid regex: {}", e.to_string().replace('\n', "\n    ")),
        )
    })
}

/// A condition regex, compiled now for a user's rule file (see [`Source::builtin`]).
fn condition_regex(
    src: &Source<'_>,
    pattern: &Spanned<String>,
    build: fn(&str) -> Result<context::LazyRegex, String>,
) -> Result<context::LazyRegex, Error> {
    let re = compile_regex(src, pattern, build)?;
    if !src.builtin {
        compile_regex(src, pattern, |_| re.compile_check())?;
    }
    Ok(re)
}

fn compile_context(src: &Source<'_>, raw: RawContext, at: &Range<usize>) -> Result<Context, Error> {
    let mut conditions = Vec::new();
    if !raw.before.is_empty() {
        conditions.push(Condition::BeforeWords(context::word_list(&raw.before)));
    }
    if !raw.after.is_empty() {
        conditions.push(Condition::AfterWords(context::word_list(&raw.after)));
    }
    if let Some(re) = &raw.before_regex {
        conditions.push(Condition::Before(if src.builtin {
            context::LazyRegex::trusted(context::before_pattern(re.get_ref()))
        } else {
            condition_regex(src, re, context::before_regex)?
        }));
    }
    if let Some(re) = &raw.after_regex {
        conditions.push(Condition::After(if src.builtin {
            context::LazyRegex::trusted(context::after_pattern(re.get_ref()))
        } else {
            condition_regex(src, re, context::after_regex)?
        }));
    }
    if !raw.document.is_empty() {
        let words = raw
            .document
            .iter()
            .map(|w| crate::text::normalize(w.trim()).text.to_lowercase())
            .collect();
        conditions.push(Condition::Document(words));
    }
    if conditions.is_empty() {
        return Err(src.error(at, "an empty context: give at least one of `before`, `after`, `before_regex`, `after_regex`, `document`"));
    }
    Ok(Context { conditions })
}

/// A one-line reading of a context, for `mtlint explain`.
fn describe_context(raw: &RawContext, joiner: &str) -> String {
    let list = |w: &[String]| {
        w.iter()
            .map(|x| format!("\"{x}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !raw.before.is_empty() {
        parts.push(format!("the words before are one of {}", list(&raw.before)));
    }
    if !raw.after.is_empty() {
        parts.push(format!("the words after are one of {}", list(&raw.after)));
    }
    if let Some(re) = &raw.before_regex {
        parts.push(format!("the text before matches /{}/", re.get_ref()));
    }
    if let Some(re) = &raw.after_regex {
        parts.push(format!("the text after matches /{}/", re.get_ref()));
    }
    if !raw.document.is_empty() {
        parts.push(format!(
            "the document contains one of {}",
            list(&raw.document)
        ));
    }
    parts.join(joiner)
}

fn parse_template(src: &Source<'_>, s: &Spanned<String>) -> Result<Template, Error> {
    if s.get_ref().trim().is_empty() {
        return Err(src.error(&s.span(), "empty phrase or replacement"));
    }
    Template::parse(s.get_ref()).map_err(|m| src.error(&s.span(), m))
}

fn compile_rule(src: &Source<'_>, span: Range<usize>, raw: RawRule) -> Result<Rule, Error> {
    let id = raw.id.get_ref().clone();
    let id_span = raw.id.span();
    if !is_kebab(&id) {
        return Err(src.error(&id_span, format!("rule id `{id}` must be kebab-case (lower-case words joined by `-`), e.g. `performed-down`")));
    }
    if raw.message.trim().is_empty() {
        return Err(src.error(
            &id_span,
            format!("rule `{id}` has an empty `message`: say why the text is wrong"),
        ));
    }
    let has_phrases = !raw.phrases.is_empty();
    if has_phrases == raw.regex.is_some() {
        return Err(src.error(
            &id_span,
            format!("rule `{id}` needs either `phrases` or `regex` (exactly one of them)"),
        ));
    }
    let phrases = raw
        .phrases
        .iter()
        .map(|p| parse_template(src, p))
        .collect::<Result<Vec<_>, _>>()?;
    let regex = match &raw.regex {
        Some(re) => {
            let case = if raw.case_sensitive { "" } else { "(?i)" };
            let pattern = format!("{case}{}", re.get_ref());
            if !src.builtin {
                compile_regex(src, re, |_| {
                    regex::RegexBuilder::new(&pattern)
                        .size_limit(1 << 21)
                        .build()
                })?;
            }
            Some(pattern)
        }
        None => None,
    };
    let replacements = raw
        .replacements
        .iter()
        .map(|r| parse_template(src, r))
        .collect::<Result<Vec<_>, _>>()?;
    let max_slots = phrases.iter().map(Template::slots).max().unwrap_or(0);
    if let Some((r, _)) = raw
        .replacements
        .iter()
        .zip(&replacements)
        .find(|(_, t)| t.slots() > 0 && max_slots == 0)
    {
        return Err(src.error(&r.span(), "a `{verb}` slot in a replacement needs a `{verb}` slot in the phrases to take its form from"));
    }
    let confidence = match &raw.confidence {
        Some(c) if !(0.0..=1.0).contains(c.get_ref()) => {
            return Err(src.error(&c.span(), "confidence must be between 0 and 1"));
        }
        #[allow(clippy::cast_possible_truncation)]
        Some(c) => *c.get_ref() as f32,
        None => 0.9,
    };
    let mut context_notes: Vec<String> = raw
        .when
        .iter()
        .map(|c| format!("fires only where {}", describe_context(c, " and ")))
        .collect();
    if let Some(u) = &raw.unless {
        context_notes.push(format!("never fires where {}", describe_context(u, " or ")));
    }
    let corroboration = match &raw.corroboration {
        Some(n) if *n.get_ref() > MAX_CORROBORATION => {
            return Err(src.error(
                &n.span(),
                format!("corroboration must be between 0 and {MAX_CORROBORATION}"),
            ));
        }
        Some(n) => *n.get_ref(),
        None => 0,
    };
    if corroboration > 0 {
        context_notes.push(format!(
            "fires only in a document with at least {corroboration} finding(s) of rules that need no corroboration"
        ));
    }
    let when = raw
        .when
        .into_iter()
        .map(|c| compile_context(src, c, &span))
        .collect::<Result<Vec<_>, _>>()?;
    let unless = raw
        .unless
        .map(|c| compile_context(src, c, &span))
        .transpose()?;
    let flag = raw
        .flag
        .into_iter()
        .map(|e| {
            let location = src.location(e.span().start);
            let e = e.into_inner();
            FlagExample {
                text: e.text,
                fixed: e.fixed,
                location,
            }
        })
        .collect();
    let pass = raw
        .pass
        .into_iter()
        .map(|e| PassExample {
            location: src.location(e.span().start),
            text: e.into_inner(),
        })
        .collect();
    let fix = if replacements.is_empty() {
        crate::diagnostic::FixSafety::None
    } else {
        raw.fix.unwrap_or_default()
    };
    Ok(Rule {
        id,
        pack: 0,
        message: raw.message.trim().to_string(),
        description: raw.description.map(|d| d.trim().to_string()),
        source: raw.source,
        phrase_sources: raw.phrases.into_iter().map(Spanned::into_inner).collect(),
        phrases,
        regex,
        replacement_sources: raw
            .replacements
            .into_iter()
            .map(Spanned::into_inner)
            .collect(),
        replacements,
        confidence,
        fix,
        severity: raw.severity.unwrap_or_default(),
        case_sensitive: raw.case_sensitive,
        fuzzy: raw.fuzzy.unwrap_or(true),
        when,
        unless,
        corroboration,
        context_notes,
        flag,
        pass,
        location: src.location(id_span.start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse_pack("t.toml", text, false).unwrap_err().to_string()
    }

    const HEAD: &str = "[pack]\nid = \"t\"\n\n";

    #[test]
    fn a_valid_rule_compiles() {
        let text = format!(
            "{HEAD}[[rule]]\nid = \"a-b\"\nmessage = \"m\"\nphrases = [\"{{perform}} down\"]\nreplacements = [\"{{play}} down\"]\n"
        );
        let (pack, rules) = parse_pack("t.toml", &text, false).unwrap();
        assert_eq!(pack.id, "t");
        assert_eq!(rules[0].id, "a-b");
        assert_eq!(rules[0].location.line, 5);
    }

    #[test]
    fn unknown_key_names_line_column_and_suggests() {
        let e = err(&format!(
            "{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\nphrase = [\"x\"]\n"
        ));
        assert!(
            e.starts_with("t.toml:7:1: unknown key `phrase` (did you mean `phrases`?)"),
            "{e}"
        );
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let e = err("[pack]\nid = = \"t\"\n");
        assert!(e.starts_with("t.toml:2:"), "{e}");
    }

    #[test]
    fn bad_regex_points_at_the_regex() {
        let e = err(&format!(
            "{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\nregex = \"(unclosed\"\n"
        ));
        assert!(e.starts_with("t.toml:7:9: invalid regex"), "{e}");
    }

    #[test]
    fn rule_needs_phrases_or_regex_and_a_kebab_id() {
        assert!(
            err(&format!("{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\n"))
                .contains("needs either `phrases` or `regex`")
        );
        assert!(
            err(&format!(
                "{HEAD}[[rule]]\nid = \"Bad_Id\"\nmessage = \"m\"\nphrases = [\"x\"]\n"
            ))
            .contains("kebab-case")
        );
        assert!(
            err(&format!(
                "{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\nphrases = [\"x\"]\nconfidence = 2.0\n"
            ))
            .contains("between 0 and 1")
        );
    }

    #[test]
    fn corroboration_is_bounded_and_explained() {
        let e = err(&format!(
            "{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\nphrases = [\"x\"]\ncorroboration = 99\n"
        ));
        assert!(
            e.starts_with("t.toml:8:17: corroboration must be between 0 and 50"),
            "{e}"
        );
        let text = format!(
            "{HEAD}[[rule]]\nid = \"a\"\nmessage = \"m\"\nphrases = [\"x\"]\ncorroboration = 2\n"
        );
        let (_, rules) = parse_pack("t.toml", &text, false).unwrap();
        assert_eq!(rules[0].corroboration, 2);
        assert!(rules[0].context_notes[0].contains("at least 2 finding"));
    }
}
