//! Inline suppressions written in a format's comments:
//! `mtlint: ignore` / `mtlint: ignore[rule-id, pack]` covers the comment's line and the next
//! one (or, where a format has entries, the entry it belongs to); `mtlint: disable[…]` …
//! `mtlint: enable` covers everything between them.

use std::ops::Range;

/// One suppression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// Where the comment is.
    pub at: Range<usize>,
    /// The bytes of the file it covers.
    pub covers: Range<usize>,
    /// The rules or packs it names; empty means all.
    pub rules: Vec<String>,
}

impl Directive {
    /// Whether this directive suppresses a finding of `rule` (in `pack`) starting at `offset`.
    #[must_use]
    pub fn suppresses(&self, rule: &str, pack: &str, offset: usize) -> bool {
        self.covers.contains(&offset)
            && (self.rules.is_empty() || self.rules.iter().any(|r| r == rule || r == pack))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Ignore,
    Disable,
    Enable,
}

/// The command and rule list in a comment's text, if it holds one.
#[must_use]
pub fn command(comment: &str) -> Option<(Command, Vec<String>)> {
    let rest = &comment[comment.find("mtlint:")? + "mtlint:".len()..];
    let rest = rest.trim_start();
    let (cmd, rest) = [
        ("ignore", Command::Ignore),
        ("disable", Command::Disable),
        ("enable", Command::Enable),
    ]
    .into_iter()
    .find_map(|(word, cmd)| rest.strip_prefix(word).map(|r| (cmd, r)))?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let rules = match rest.trim_start().strip_prefix('[') {
        Some(list) => list
            .split(']')
            .next()
            .unwrap_or("")
            .split(',')
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect(),
        None => Vec::new(),
    };
    Some((cmd, rules))
}

fn line_start(source: &str, offset: usize) -> usize {
    source[..offset].rfind('\n').map_or(0, |i| i + 1)
}

fn line_end(source: &str, offset: usize) -> usize {
    source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i)
}

/// Directives from line-oriented comments (`ranges` are the comments' byte ranges, in order).
#[must_use]
pub fn from_comments(source: &str, comments: &[Range<usize>]) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut open: Vec<(Range<usize>, Vec<String>)> = Vec::new();
    for range in comments {
        let Some((cmd, rules)) = command(&source[range.clone()]) else {
            continue;
        };
        match cmd {
            Command::Ignore => {
                let after = line_end(source, range.end);
                let next = if after < source.len() {
                    line_end(source, after + 1)
                } else {
                    after
                };
                out.push(Directive {
                    at: range.clone(),
                    covers: line_start(source, range.start)..next,
                    rules,
                });
            }
            Command::Disable => open.push((range.clone(), rules)),
            Command::Enable => {
                for (at, rules) in open.drain(..) {
                    out.push(Directive {
                        covers: at.end..range.start,
                        at,
                        rules,
                    });
                }
            }
        }
    }
    for (at, rules) in open {
        out.push(Directive {
            covers: at.end..source.len(),
            at,
            rules,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_rule_lists() {
        assert_eq!(command(" mtlint: ignore "), Some((Command::Ignore, vec![])));
        assert_eq!(
            command("mtlint: ignore[performed-down, news-spin]"),
            Some((
                Command::Ignore,
                vec!["performed-down".into(), "news-spin".into()]
            ))
        );
        assert_eq!(command("mtlint:disable"), Some((Command::Disable, vec![])));
        assert_eq!(command("mtlint: ignored"), None);
        assert_eq!(command("nothing here"), None);
    }

    #[test]
    fn ignore_covers_its_line_and_the_next() {
        let src = "<!-- mtlint: ignore -->\nnext line\nthird line";
        let comment = 0..23;
        let d = from_comments(src, std::slice::from_ref(&comment));
        assert_eq!(
            &src[d[0].covers.clone()],
            "<!-- mtlint: ignore -->\nnext line"
        );
    }

    #[test]
    fn disable_until_enable_or_end() {
        let src =
            "a <!-- mtlint: disable[x] --> b <!-- mtlint: enable --> c <!-- mtlint: disable --> d";
        let c = |s: &str| {
            let i = src.find(s).unwrap();
            i..i + s.len()
        };
        let d = from_comments(
            src,
            &[
                c("<!-- mtlint: disable[x] -->"),
                c("<!-- mtlint: enable -->"),
                c("<!-- mtlint: disable -->"),
            ],
        );
        assert_eq!(&src[d[0].covers.clone()], " b ");
        assert_eq!(d[0].rules, ["x"]);
        assert_eq!(&src[d[1].covers.clone()], " d");
        assert!(d[0].suppresses("x", "p", src.find(" b").unwrap() + 1));
        assert!(!d[0].suppresses("y", "p", src.find(" b").unwrap() + 1));
    }
}
