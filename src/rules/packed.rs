//! The built-in packs precompiled: `build.rs` runs the crate's own compiler ([`super::compile`])
//! on the lean packs and stores the compiled rules in this compact binary form, which a checking
//! run decodes instead of parsing 2.8 MB of TOML, validating every rule and inflecting every
//! template at each start.
//!
//! The format is private to one build (written and read by the same source), so it carries no
//! version. A pack is two parts: its strings, one after the other in one text (embedded with
//! `include_str!`, so it is checked as UTF-8 once, when the crate compiles, not at each start),
//! and the rest in bytes: lengths and counts as LEB128 integers, options as a 0/1 byte.
//! Locations are stored as line and column only; their path is the pack's origin. The encoder
//! takes every struct apart field by field, so a field added to a rule type fails to compile
//! here until it is stored.

use super::context::{Condition, Context, LazyRegex};
use super::template::{Part, Template};
use super::{FlagExample, Pack, PassExample, Rule};
use crate::diagnostic::{FixSafety, Severity};
use crate::error::Location;

/// Starts every encoded pack; anything else (an empty file when the pack did not compile at
/// build time) makes the loader parse the TOML instead.
const MAGIC: &[u8; 4] = b"MTLP";

/// Encodes one compiled pack: its bytes and its text.
#[must_use]
pub fn encode(pack: &Pack, rules: &[Rule]) -> (Vec<u8>, String) {
    let mut w = Writer {
        bytes: MAGIC.to_vec(),
        text: String::new(),
    };
    let Pack {
        id,
        title,
        description,
        source,
        license,
        source_lang,
        origin: _,
        builtin: _,
    } = pack;
    w.str(id);
    for s in [title, description, source, license, source_lang] {
        w.opt_str(s.as_deref());
    }
    w.len(rules.len());
    for rule in rules {
        w.rule(rule);
    }
    (w.bytes, w.text)
}

/// How much of a pack's rules [`decode_into`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Everything.
    Whole,
    /// What a checking run uses: not the phrases and replacements as written, nor the context
    /// notes, which only listings and `explain` show (nor do lean packs have examples or
    /// descriptions to read).
    Check,
    /// Ids and places only: for a pack the run's selection leaves out.
    Ids,
}

/// Decodes a pack [`encode`] wrote, appending its rules to `rules` (no copy of 9,000 rules
/// from one vector to another) to the `depth(&pack)` asked for; `origin` becomes its origin
/// and the path of its locations. `None`, and `rules` as it was, if `bytes` and `text` are not
/// such a pack.
pub fn decode_into(
    origin: &str,
    bytes: &[u8],
    text: &str,
    rules: &mut Vec<Rule>,
    depth: impl FnOnce(&Pack) -> Depth,
) -> Option<Pack> {
    let start = rules.len();
    let mut r = Reader {
        bytes: bytes.strip_prefix(MAGIC).unwrap_or_default(),
        text,
        origin,
        listings: true,
    };
    let pack = r
        .pack(rules, depth)
        .filter(|_| r.bytes.is_empty() && r.text.is_empty());
    if pack.is_none() {
        rules.truncate(start);
    }
    pack
}

struct Writer {
    bytes: Vec<u8>,
    text: String,
}

impl Writer {
    fn len(&mut self, n: usize) {
        let mut n = n as u64;
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    fn bool(&mut self, b: bool) {
        self.bytes.push(u8::from(b));
    }

    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.text.push_str(s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        self.bool(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn location(&mut self, l: &Location) {
        self.len(l.line);
        self.len(l.column);
    }

    fn template(&mut self, t: &Template) {
        self.len(t.parts().len());
        for part in t.parts() {
            match part {
                Part::Text(s) => {
                    self.bytes.push(0);
                    self.str(s);
                }
                Part::Verb(forms) => {
                    self.bytes.push(1);
                    forms.iter().for_each(|f| self.str(f));
                }
                Part::Noun(forms) => {
                    self.bytes.push(2);
                    forms.iter().for_each(|f| self.str(f));
                }
            }
        }
    }

    fn context(&mut self, c: &Context) {
        let Context { conditions } = c;
        self.len(conditions.len());
        for c in conditions {
            match c {
                Condition::BeforeWords(w) => {
                    self.bytes.push(0);
                    self.strs(w);
                }
                Condition::AfterWords(w) => {
                    self.bytes.push(1);
                    self.strs(w);
                }
                Condition::Before(re) => {
                    self.bytes.push(2);
                    self.str(re.as_str());
                }
                Condition::After(re) => {
                    self.bytes.push(3);
                    self.str(re.as_str());
                }
                Condition::Document(w) => {
                    self.bytes.push(4);
                    self.strs(w);
                }
            }
        }
    }

    fn rule(&mut self, rule: &Rule) {
        let Rule {
            id,
            pack: _,
            message,
            description,
            source,
            phrases,
            phrase_sources,
            regex,
            replacements,
            replacement_sources,
            confidence,
            fix,
            severity,
            case_sensitive,
            fuzzy,
            when,
            unless,
            corroboration,
            context_notes,
            flag,
            pass,
            location,
        } = rule;
        // The id and place first, then the size of the rest, so that a pack the selection
        // leaves out can be read as ids only (see `decode_into`).
        self.str(id);
        self.location(location);
        // The rest is written on its own, then placed after its size.
        let outer = std::mem::replace(
            self,
            Writer {
                bytes: Vec::new(),
                text: String::new(),
            },
        );
        self.str(message);
        self.opt_str(description.as_deref());
        self.opt_str(source.as_deref());
        self.len(phrases.len());
        phrases.iter().for_each(|t| self.template(t));
        self.strs(phrase_sources);
        self.opt_str(regex.as_deref());
        self.len(replacements.len());
        replacements.iter().for_each(|t| self.template(t));
        self.strs(replacement_sources);
        self.bytes
            .extend_from_slice(&confidence.to_bits().to_le_bytes());
        self.bytes.push(match fix {
            FixSafety::None => 0,
            FixSafety::Unsafe => 1,
            FixSafety::Safe => 2,
        });
        self.bytes.push(match severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        });
        self.bool(*case_sensitive);
        self.bool(*fuzzy);
        self.len(when.len());
        when.iter().for_each(|c| self.context(c));
        self.bool(unless.is_some());
        if let Some(c) = unless {
            self.context(c);
        }
        self.len(*corroboration as usize);
        self.strs(context_notes);
        self.len(flag.len());
        for FlagExample {
            text,
            fixed,
            location,
        } in flag
        {
            self.str(text);
            self.opt_str(fixed.as_deref());
            self.location(location);
        }
        self.len(pass.len());
        for PassExample { text, location } in pass {
            self.str(text);
            self.location(location);
        }
        let body = std::mem::replace(self, outer);
        self.len(body.bytes.len());
        self.len(body.text.len());
        self.bytes.extend_from_slice(&body.bytes);
        self.text.push_str(&body.text);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    origin: &'a str,
    /// Read the texts only listings show (else skip them: [`Depth::Check`]).
    listings: bool,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn len(&mut self) -> Option<usize> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return usize::try_from(n).ok();
            }
        }
        None
    }

    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        let s = self.text.get(..n)?;
        self.text = &self.text[n..];
        Some(s.to_string())
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        if self.bool()? {
            self.str().map(Some)
        } else {
            Some(None)
        }
    }

    /// A count, then that many items.
    fn list<T>(&mut self, item: impl Fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len()?;
        // Each item takes at least one byte: a bad count cannot make a huge allocation.
        let mut out = Vec::with_capacity(n.min(self.bytes.len()));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        self.list(Self::str)
    }

    /// [`Self::strs`], or an empty list past them if listings are not read.
    fn listing(&mut self) -> Option<Vec<String>> {
        if self.listings {
            return self.strs();
        }
        for _ in 0..self.len()? {
            let n = self.len()?;
            self.text = self.text.get(n..)?;
        }
        Some(Vec::new())
    }

    fn location(&mut self) -> Option<Location> {
        Some(Location {
            path: self.origin.to_string(),
            line: self.len()?,
            column: self.len()?,
        })
    }

    fn part(&mut self) -> Option<Part> {
        Some(match self.byte()? {
            0 => Part::Text(self.str()?),
            1 => Part::Verb(Box::new([
                self.str()?,
                self.str()?,
                self.str()?,
                self.str()?,
                self.str()?,
            ])),
            2 => Part::Noun(Box::new([self.str()?, self.str()?])),
            _ => return None,
        })
    }

    fn template(&mut self) -> Option<Template> {
        let n = self.len()?;
        if n == 1 {
            return Some(Template::one(self.part()?));
        }
        let parts = (0..n).map(|_| self.part()).collect::<Option<Vec<_>>>()?;
        Some(Template::from_parts(parts))
    }

    fn context(&mut self) -> Option<Context> {
        let conditions = self.list(|r| {
            Some(match r.byte()? {
                0 => Condition::BeforeWords(r.strs()?),
                1 => Condition::AfterWords(r.strs()?),
                2 => Condition::Before(LazyRegex::trusted(r.str()?)),
                3 => Condition::After(LazyRegex::trusted(r.str()?)),
                4 => Condition::Document(r.strs()?),
                _ => return None,
            })
        })?;
        Some(Context { conditions })
    }

    /// The pack, with its rules appended to `rules` to the `depth(&pack)` asked for.
    fn pack(&mut self, rules: &mut Vec<Rule>, depth: impl FnOnce(&Pack) -> Depth) -> Option<Pack> {
        let pack = Pack {
            id: self.str()?,
            title: self.opt_str()?,
            description: self.opt_str()?,
            source: self.opt_str()?,
            license: self.opt_str()?,
            source_lang: self.opt_str()?,
            origin: self.origin.to_string(),
            builtin: true,
        };
        let depth = depth(&pack);
        self.listings = depth == Depth::Whole;
        let n = self.len()?;
        // Each rule takes more than one byte: a bad count cannot make a huge allocation.
        rules.reserve(n.min(self.bytes.len()));
        for _ in 0..n {
            let id = self.str()?;
            let location = self.location()?;
            let (bytes, text) = (self.len()?, self.len()?);
            let (rest_bytes, rest_text) = (self.bytes.get(bytes..)?, self.text.get(text..)?);
            if depth != Depth::Ids {
                rules.push(self.rule(id, location)?);
                // The rest must have been read to the byte.
                if !(std::ptr::eq(self.bytes, rest_bytes) && std::ptr::eq(self.text, rest_text)) {
                    return None;
                }
            } else {
                rules.push(id_only(id, location));
                (self.bytes, self.text) = (rest_bytes, rest_text);
            }
        }
        Some(pack)
    }

    /// The rest of a rule, after its id and place.
    fn rule(&mut self, id: String, location: Location) -> Option<Rule> {
        Some(Rule {
            id,
            pack: 0,
            message: self.str()?,
            description: self.opt_str()?,
            source: self.opt_str()?,
            phrases: self.list(Self::template)?,
            phrase_sources: self.listing()?,
            regex: self.opt_str()?,
            replacements: self.list(Self::template)?,
            replacement_sources: self.listing()?,
            confidence: {
                let (b, rest) = self.bytes.split_first_chunk::<4>()?;
                self.bytes = rest;
                f32::from_bits(u32::from_le_bytes(*b))
            },
            fix: match self.byte()? {
                0 => FixSafety::None,
                1 => FixSafety::Unsafe,
                2 => FixSafety::Safe,
                _ => return None,
            },
            severity: match self.byte()? {
                0 => Severity::Info,
                1 => Severity::Warning,
                2 => Severity::Error,
                _ => return None,
            },
            case_sensitive: self.bool()?,
            fuzzy: self.bool()?,
            when: self.list(Self::context)?,
            unless: if self.bool()? {
                Some(self.context()?)
            } else {
                None
            },
            corroboration: u32::try_from(self.len()?).ok()?,
            context_notes: self.listing()?,
            flag: self.list(|r| {
                Some(FlagExample {
                    text: r.str()?,
                    fixed: r.opt_str()?,
                    location: r.location()?,
                })
            })?,
            pass: self.list(|r| {
                Some(PassExample {
                    text: r.str()?,
                    location: r.location()?,
                })
            })?,
            location,
        })
    }
}

/// A rule of a pack the run leaves out: its id and place, which the selection and the id
/// checks read, and nothing else (the selection drops it).
fn id_only(id: String, location: Location) -> Rule {
    Rule {
        id,
        pack: 0,
        message: String::new(),
        description: None,
        source: None,
        phrases: Vec::new(),
        phrase_sources: Vec::new(),
        regex: None,
        replacements: Vec::new(),
        replacement_sources: Vec::new(),
        confidence: 0.0,
        fix: FixSafety::None,
        severity: Severity::Info,
        case_sensitive: false,
        fuzzy: false,
        when: Vec::new(),
        unless: None,
        corroboration: 0,
        context_notes: Vec::new(),
        flag: Vec::new(),
        pass: Vec::new(),
        location,
    }
}
