//! `--format html`: one self-contained page for an editor about to publish, on a desk or a
//! phone. Totals and spin scores at the top; each file's text with every finding highlighted
//! (message and ranked suggestions shown on hover, keyboard focus, tap or a jump from the
//! findings list); a findings list per file; a per-rule table; the files that could not be
//! checked.
//!
//! The page has no script at all: the pop-ups are CSS (`:hover`, `:focus`, `:target`). Its
//! Content-Security-Policy allows nothing but the one inline style sheet, by its SHA-256 hash,
//! so even text that escaped escaping could load or run nothing. Everything taken from the
//! input (file text, paths, matched text, messages, suggestions, rule and pack ids) is escaped.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::{Emitter, FileReport, Summary};
use crate::diagnostic::{Diagnostic, FixSafety};
use crate::score::SpinScore;

pub struct Html;

const STYLE: &str = r#"
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #5b5b5b; --line: #d0d0d0;
  --card: #f6f6f4; --info: #cfe3ff; --warning: #ffe27a; --error: #ffb3ad; --tip: #222; --tipfg: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #161616; --fg: #e8e8e8; --muted: #a8a8a8; --line: #3a3a3a; --card: #202020;
    --info: #28466e; --warning: #6b5410; --error: #7a2a25; --tip: #f1f1f1; --tipfg: #111; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; background: var(--bg); color: var(--fg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
a { color: inherit; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; padding: 0; list-style: none; }
.totals li { background: var(--card); border: 1px solid var(--line); border-radius: .4rem; padding: .3rem .6rem; }
.totals b { font-size: 1.1em; }
.verdict { font-weight: 600; }
.v-clean { color: #1a7f37; }
.v-spun, .v-mt { color: #b3261e; }
@media (prefers-color-scheme: dark) { .v-clean { color: #5fd17a; } .v-spun, .v-mt { color: #ff8a80; } }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; white-space: nowrap; }
.meta { color: var(--muted); font-size: .9rem; margin: 0; }
.text { position: relative; white-space: pre-wrap; background: var(--card); border: 1px solid var(--line);
  border-radius: .4rem; padding: .75rem; margin: .5rem 0; line-height: 1.7; }
mark { color: inherit; border-radius: .2rem; padding: 0 .05em; cursor: help; scroll-margin: 6rem; }
mark.sev-info { background: var(--info); }
mark.sev-warning { background: var(--warning); }
mark.sev-error { background: var(--error); }
mark:focus { outline: 2px solid currentColor; outline-offset: 1px; }
.tip { display: none; position: absolute; left: .5rem; right: .5rem; z-index: 2; margin-top: .3em;
  white-space: normal; background: var(--tip); color: var(--tipfg); border-radius: .4rem;
  padding: .5rem .7rem; font-size: .92rem; line-height: 1.45; box-shadow: 0 .2rem .8rem rgba(0,0,0,.3); }
mark:hover + .tip, mark:focus + .tip, mark:target + .tip { display: block; }
.tip .one { display: block; }
.tip .one + .one { margin-top: .4rem; border-top: 1px solid rgba(127,127,127,.5); padding-top: .4rem; }
.tip .sugs, .findings .sugs { display: block; }
.tip .rule { display: block; opacity: .8; font-size: .85em; }
.findings { padding-left: 1.5rem; }
.findings li { margin: .5rem 0; }
.findings .msg { display: block; color: var(--muted); font-size: .92rem; }
.sev { display: inline-block; font-size: .8rem; border-radius: .2rem; padding: 0 .3rem; }
.sev-info .sev, .sev.sev-info { background: var(--info); }
.sev.sev-warning { background: var(--warning); }
.sev.sev-error { background: var(--error); }
.best { font-weight: 600; }
.errors li { margin: .25rem 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
code.flag, #rules code { white-space: nowrap; overflow-wrap: normal; }
@media (max-width: 30rem) {
  body { padding: .6rem; } .text { padding: .5rem; } th, td { padding: .25rem .3rem; }
  #rules thead { display: none; }
  #rules tr { display: block; padding: .4rem 0; border-bottom: 1px solid var(--line); }
  #rules td { display: inline; border: 0; padding: 0 .4rem 0 0; }
  #rules td.pack::before { content: "pack "; color: var(--muted); }
  #rules td.num::before { content: "× "; color: var(--muted); }
  #rules td:last-child { display: block; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --card: #fff; --muted: #444; }
  body { max-width: none; font-size: 11pt; }
  .tip { display: none !important; }
  mark { background: none !important; text-decoration: underline 2px; }
  mark.sev-error { text-decoration-style: double; }
  .text { border: 0; padding: 0; }
  section.file { break-inside: auto; }
  a { text-decoration: none; }
}
"#;

/// `text` with the five characters that matter in HTML text and double-quoted attributes
/// replaced by references, and NUL (which a parser drops or mangles) by U+FFFD.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The CSP source expression that allows exactly `STYLE`.
fn style_hash() -> String {
    let digest = Sha256::digest(STYLE.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn verdict_class(score: &SpinScore) -> &'static str {
    match score.verdict {
        crate::score::Verdict::Clean => "v-clean",
        crate::score::Verdict::LikelySpun => "v-spun",
        crate::score::Verdict::LikelyMachineTranslated => "v-mt",
    }
}

fn score_html(score: &SpinScore) -> String {
    format!(
        "{:.1} <span class=\"verdict {}\">{}</span>",
        score.score,
        verdict_class(score),
        score.verdict.as_str()
    )
}

/// Plural `s` for `n`.
fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The id of finding `j` (0-based) of file `i` (0-based).
fn finding_id(i: usize, j: usize) -> String {
    format!("f{}-{}", i + 1, j + 1)
}

/// A run of overlapping findings, highlighted as one `<mark>`.
struct Group {
    start: usize,
    end: usize,
    /// Indices into the file's diagnostics, in text order.
    members: Vec<usize>,
}

/// Whether `d`'s span can be highlighted in `source`: non-empty, inside, on char boundaries.
fn locatable(source: &str, d: &Diagnostic) -> bool {
    let r = &d.span;
    r.start < r.end
        && r.end <= source.len()
        && source.is_char_boundary(r.start)
        && source.is_char_boundary(r.end)
}

/// The findings of one file grouped into non-overlapping highlights; a finding that overlaps
/// the highlight before it joins that highlight (which grows to cover both) instead of
/// nesting, so the markup stays flat and every finding is still shown in a pop-up.
fn groups(source: &str, diagnostics: &[Diagnostic]) -> Vec<Group> {
    let mut order: Vec<usize> = (0..diagnostics.len())
        .filter(|&j| locatable(source, &diagnostics[j]))
        .collect();
    order.sort_by_key(|&j| {
        (
            diagnostics[j].span.start,
            std::cmp::Reverse(diagnostics[j].span.end),
        )
    });
    let mut out: Vec<Group> = Vec::new();
    for j in order {
        let span = &diagnostics[j].span;
        match out.last_mut() {
            Some(g) if span.start < g.end => {
                g.end = g.end.max(span.end);
                g.members.push(j);
            }
            _ => out.push(Group {
                start: span.start,
                end: span.end,
                members: vec![j],
            }),
        }
    }
    out
}

fn suggestions_html(d: &Diagnostic) -> String {
    if d.suggestions.is_empty() {
        return "<span class=\"sugs\">No suggestion.</span>".to_string();
    }
    let mut out = String::from("<span class=\"sugs\">");
    out.push_str(if d.suggestions.len() == 1 {
        "Suggestion: "
    } else {
        "Suggestions, best first: "
    });
    for (k, sug) in d.suggestions.iter().enumerate() {
        if k > 0 {
            out.push_str(" · ");
        }
        let class = if k == 0 { " class=\"best\"" } else { "" };
        let _ = write!(out, "<span{class}>{}</span>", escape(&sug.replacement));
    }
    out.push_str("</span>");
    out
}

fn fix_note(d: &Diagnostic) -> &'static str {
    match (d.fix_safety, d.suggestions.is_empty()) {
        (_, true) | (FixSafety::None, _) => "no automatic fix",
        (FixSafety::Unsafe, _) => "fixed by <code class=\"flag\">--fix --unsafe-fixes</code>",
        (FixSafety::Safe, _) => "fixed by <code class=\"flag\">--fix</code>",
    }
}

/// The file's text with every finding highlighted, each highlight followed by its pop-up.
fn text_html(i: usize, report: &FileReport, groups: &[Group]) -> String {
    let source = &report.source;
    let mut out = String::with_capacity(source.len() * 5 / 4 + groups.len() * 400);
    let mut pos = 0;
    for g in groups {
        out.push_str(&escape(&source[pos..g.start]));
        let first = &report.diagnostics[g.members[0]];
        let severity = g
            .members
            .iter()
            .map(|&j| report.diagnostics[j].severity)
            .max()
            .unwrap_or(first.severity);
        let rules: Vec<&str> = g
            .members
            .iter()
            .map(|&j| report.diagnostics[j].rule.as_str())
            .collect();
        let id = finding_id(i, g.members[0]);
        let _ = write!(
            out,
            "<mark id=\"{id}\" class=\"sev-{sev}\" tabindex=\"0\" data-rule=\"{rule}\" \
             data-pack=\"{pack}\" data-severity=\"{sev}\" data-findings=\"{n}\" \
             aria-describedby=\"tip-{id}\">{text}</mark>",
            sev = severity.as_str(),
            rule = escape(&rules.join(" ")),
            pack = escape(&first.pack),
            n = g.members.len(),
            text = escape(&source[g.start..g.end]),
        );
        let _ = write!(out, "<span class=\"tip\" role=\"tooltip\" id=\"tip-{id}\">");
        for &j in &g.members {
            let d = &report.diagnostics[j];
            let _ = write!(
                out,
                "<span class=\"one\"><span class=\"msg\">{}</span> {}<span class=\"rule\">{} · {} · {}</span></span>",
                escape(&d.message),
                suggestions_html(d),
                escape(&d.rule),
                d.severity.as_str(),
                fix_note(d),
            );
        }
        out.push_str("</span>");
        pos = g.end;
    }
    out.push_str(&escape(&source[pos..]));
    out
}

fn file_html(out: &mut String, i: usize, report: &FileReport) {
    let n = report.diagnostics.len();
    let _ = write!(
        out,
        "<section class=\"file\" id=\"file-{}\">\n<h2 class=\"path\">{}</h2>\n\
         <p class=\"meta\">Spin score {} · {} finding{} in {} word{}",
        i + 1,
        escape(&report.path),
        score_html(&report.score),
        n,
        s(n),
        report.score.words,
        s(report.score.words),
    );
    if report.fixed > 0 {
        let _ = write!(
            out,
            " · {} fix{} applied",
            report.fixed,
            if report.fixed == 1 { "" } else { "es" }
        );
    }
    out.push_str("</p>\n");
    if n == 0 {
        out.push_str("<p>No findings.</p>\n</section>\n");
        return;
    }
    let groups = groups(&report.source, &report.diagnostics);
    // Which highlight shows each finding.
    let mut shown_in: Vec<Option<usize>> = vec![None; n];
    for g in &groups {
        for &j in &g.members {
            shown_in[j] = Some(g.members[0]);
        }
    }
    if report.source.is_empty() {
        // A streamed file: its text was never held whole, so only the findings are listed.
        out.push_str(
            "<p>This file was checked in parts (it is too large to show); its findings are listed below.</p>\n",
        );
    } else {
        let _ = writeln!(
            out,
            "<div class=\"text\" lang=\"en\">{}</div>",
            text_html(i, report, &groups)
        );
    }
    out.push_str("<h3>Findings</h3>\n<ol class=\"findings\">\n");
    for (j, d) in report.diagnostics.iter().enumerate() {
        let place = format!(
            "line {}, column {}: <q>{}</q>",
            d.start.line,
            d.start.column,
            escape(&d.matched)
        );
        let _ = write!(out, "<li class=\"sev-{}\">", d.severity.as_str());
        match shown_in[j] {
            Some(target) => {
                let _ = write!(out, "<a href=\"#{}\">{place}</a>", finding_id(i, target));
            }
            None => {
                let _ = write!(
                    out,
                    "{place} (not highlighted: its position does not fit the text)"
                );
            }
        }
        let _ = writeln!(
            out,
            " <span class=\"sev sev-{sev}\">{sev}</span> <code>{}</code> {}\
             <span class=\"msg\">{} Confidence {:.0}%, {}.</span></li>",
            escape(&d.rule),
            suggestions_html(d),
            escape(&d.message),
            d.confidence * 100.0,
            fix_note(d),
            sev = d.severity.as_str(),
        );
    }
    out.push_str("</ol>\n</section>\n");
}

fn rules_html(out: &mut String, reports: &[FileReport]) {
    struct Row<'a> {
        pack: &'a str,
        count: usize,
        message: &'a str,
    }
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        rows.entry(d.rule.as_str())
            .or_insert(Row {
                pack: &d.pack,
                count: 0,
                message: &d.message,
            })
            .count += 1;
    }
    if rows.is_empty() {
        return;
    }
    let mut rows: Vec<(&str, Row)> = rows.into_iter().collect();
    // Most frequent first; ties by rule id (the map's order, kept by the stable sort).
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.count));
    out.push_str(
        "<section id=\"rules\">\n<h2>Rules that fired</h2>\n<div class=\"scroll\"><table>\n\
         <thead><tr><th>Rule</th><th>Pack</th><th class=\"num\">Count</th><th>Message</th></tr></thead>\n<tbody>\n",
    );
    for (rule, row) in rows {
        let _ = writeln!(
            out,
            "<tr><td><code>{}</code></td><td class=\"pack\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(rule),
            escape(row.pack),
            row.count,
            escape(row.message)
        );
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// The whole page.
#[must_use]
pub fn render(reports: &[FileReport], summary: &Summary) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {hash}; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"generator\" content=\"mtlint {version}\">\n\
         <title>mtlint report: {findings} finding{fs} in {files} file{ffs}</title>\n\
         <style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>mtlint report</h1>\n\
         <ul class=\"totals\"><li><b>{files}</b> file{ffs}</li><li><b>{findings}</b> finding{fs}</li>\
         <li><b>{fixable}</b> fixable with <code class=\"flag\">--fix</code></li>",
        hash = style_hash(),
        version = env!("CARGO_PKG_VERSION"),
        findings = summary.findings,
        fs = s(summary.findings),
        files = summary.files,
        ffs = s(summary.files),
        fixable = summary.fixable,
    );
    if summary.unsafe_fixable > 0 {
        let _ = write!(
            out,
            "<li><b>{}</b> more with <code class=\"flag\">--unsafe-fixes</code></li>",
            summary.unsafe_fixable
        );
    }
    if summary.fixed > 0 {
        let _ = write!(out, "<li><b>{}</b> fixed</li>", summary.fixed);
    }
    if !summary.errors.is_empty() {
        let _ = write!(
            out,
            "<li><a href=\"#errors\"><b>{}</b> error{}</a></li>",
            summary.errors.len(),
            s(summary.errors.len())
        );
    }
    let _ = write!(
        out,
        "</ul>\n<p>Spin score overall: {} (confidence-weighted findings per 1,000 words; \
         under {:.1} is clean).</p>\n",
        score_html(&summary.score),
        crate::score::THRESHOLD
    );
    if !reports.is_empty() {
        out.push_str(
            "<nav class=\"scroll\"><table>\n<thead><tr><th>File</th><th class=\"num\">Findings</th>\
             <th class=\"num\">Words</th><th>Spin score</th></tr></thead>\n<tbody>\n",
        );
        for (i, r) in reports.iter().enumerate() {
            let _ = writeln!(
                out,
                "<tr><td><a class=\"path\" href=\"#file-{}\">{}</a></td><td class=\"num\">{}</td>\
                 <td class=\"num\">{}</td><td>{}</td></tr>",
                i + 1,
                escape(&r.path),
                r.diagnostics.len(),
                r.score.words,
                score_html(&r.score)
            );
        }
        out.push_str("</tbody></table></nav>\n");
    }
    out.push_str("</header>\n<main>\n");
    if !summary.errors.is_empty() {
        out.push_str(
            "<section id=\"errors\">\n<h2>Files that could not be checked</h2>\n<ul class=\"errors\">\n",
        );
        for e in &summary.errors {
            // Most messages begin with the path already.
            let message = e
                .message
                .strip_prefix(e.path.as_str())
                .and_then(|m| m.strip_prefix(": "))
                .unwrap_or(&e.message);
            let _ = writeln!(
                out,
                "<li><span class=\"path\">{}</span>: {}</li>",
                escape(&e.path),
                escape(message)
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    for (i, r) in reports.iter().enumerate() {
        file_html(&mut out, i, r);
    }
    rules_html(&mut out, reports);
    let _ = write!(
        out,
        "</main>\n<footer>Made by mtlint {} in {} ms. Tap, hover or tab to a highlight to see \
         its explanation.</footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
        summary.elapsed.as_millis()
    );
    out
}

impl Emitter for Html {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        reports: &[FileReport],
        summary: &Summary,
    ) -> io::Result<()> {
        out.write_all(render(reports, summary).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{MatchKind, Severity, Suggestion};
    use crate::line_index::LineCol;

    fn finding(source: &str, span: std::ops::Range<usize>, rule: &str) -> Diagnostic {
        Diagnostic {
            rule: rule.to_string(),
            pack: "p".to_string(),
            message: format!("message of {rule}"),
            severity: Severity::Warning,
            confidence: 0.5,
            matched: source.get(span.clone()).unwrap_or("").to_string(),
            span,
            start: LineCol { line: 1, column: 1 },
            end: LineCol { line: 1, column: 1 },
            suggestions: vec![Suggestion {
                replacement: "r".to_string(),
                score: 1.0,
            }],
            fix_safety: FixSafety::Safe,
            kind: MatchKind::Exact,
            escape: crate::source::Escape::None,
        }
    }

    fn page(source: &str, diagnostics: Vec<Diagnostic>) -> String {
        let report = FileReport {
            path: "a.txt".to_string(),
            source: source.to_string(),
            diagnostics,
            fixed: 0,
            score: SpinScore::default(),
            ..FileReport::default()
        };
        let reports = [report];
        let summary = Summary::of(&reports, Vec::new(), std::time::Duration::ZERO);
        render(&reports, &summary)
    }

    #[test]
    fn overlapping_findings_share_one_flat_highlight() {
        let text = "aa bb cc dd ee";
        // "bb cc" and "cc dd" overlap; "bb" lies inside the first; "ee" stands alone.
        let html = page(
            text,
            vec![
                finding(text, 3..8, "one"),
                finding(text, 6..11, "two"),
                finding(text, 3..5, "three"),
                finding(text, 12..14, "four"),
            ],
        );
        assert_eq!(html.matches("<mark ").count(), 2, "{html}");
        assert_eq!(html.matches("</mark>").count(), 2);
        assert!(html.contains("data-findings=\"3\" aria-describedby=\"tip-f1-1\">bb cc dd</mark>"));
        assert!(html.contains("aria-describedby=\"tip-f1-4\">ee</mark>"));
        // Every finding is explained in its highlight's pop-up and linked from the list.
        for rule in ["one", "two", "three", "four"] {
            assert!(
                html.contains(&format!("message of {rule}</span>")),
                "{rule}"
            );
        }
        assert_eq!(html.matches("href=\"#f1-1\"").count(), 3);
        assert_eq!(html.matches("href=\"#f1-4\"").count(), 1);
    }

    #[test]
    fn spans_outside_the_text_are_listed_not_highlighted() {
        let text = "héllo wörld";
        let html = page(
            text,
            vec![
                finding(text, 0..6, "fine"),
                finding(text, 2..4, "inside-a-char"),
                finding(text, 10..99, "past-the-end"),
                finding(text, 7..7, "empty"),
            ],
        );
        assert_eq!(html.matches("<mark ").count(), 1, "{html}");
        assert!(html.contains(">héllo</mark>"));
        assert_eq!(html.matches("not highlighted").count(), 3);
        assert!(html.contains(" wörld</div>"));
    }

    #[test]
    fn escape_covers_text_and_attributes() {
        assert_eq!(
            escape("<a href=\"x\" title='y'>&\0"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\u{FFFD}"
        );
    }
}
