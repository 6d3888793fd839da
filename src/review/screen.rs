//! What the review shows, as plain strings (no terminal needed, so it is unit-tested): the
//! sentence around a finding with its span marked, wrapped to the terminal width, and the
//! screens built from it. Marking is reverse video with colors, `[[…]]` without (NO_COLOR).

use std::fmt::Write as _;
use std::ops::Range;

use crate::diagnostic::Diagnostic;

/// How far the context reaches on each side of a span, in bytes, at most.
const REACH: usize = 160;

/// How the screens are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Terminal width in columns.
    pub width: usize,
    /// Colors and reverse video (else brackets).
    pub color: bool,
}

impl Style {
    /// The width text is wrapped to, inside a two-space indent.
    fn text_width(self) -> usize {
        self.width.saturating_sub(4).max(20)
    }

    fn bold(self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte range of the sentence around `span` (at most [`REACH`] bytes each side), and
/// whether it was cut short at the start and at the end.
#[must_use]
pub fn sentence(text: &str, span: &Range<usize>) -> (Range<usize>, bool, bool) {
    let span = floor_boundary(text, span.start.min(text.len()))
        ..floor_boundary(text, span.end.min(text.len()));
    let lo = floor_boundary(text, span.start.saturating_sub(REACH));
    let before = &text[lo..span.start];
    // The last sentence end (". ", "! ", "? ") or blank line before the span.
    let mut start = None;
    let mut prev: Option<char> = None;
    for (i, c) in before.char_indices() {
        let after_end = matches!(prev, Some('.' | '!' | '?')) && c.is_whitespace();
        let blank = prev == Some('\n') && c == '\n';
        if after_end || blank {
            start = Some(lo + i + c.len_utf8());
        }
        prev = Some(c);
    }
    let (start, cut_start) = match start {
        Some(s) => (s, false),
        None if lo == 0 => (0, false),
        // Cut: start at the next word.
        None => (
            before
                .find(char::is_whitespace)
                .map_or(span.start, |i| lo + i + 1),
            true,
        ),
    };
    let hi = floor_boundary(text, (span.end + REACH).min(text.len()));
    let after = &text[span.end..hi];
    let mut end = None;
    let mut chars = after.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) {
            end = Some(span.end + i + c.len_utf8());
            break;
        }
        if c == '\n' && next == Some('\n') {
            end = Some(span.end + i);
            break;
        }
    }
    let (end, cut_end) = match end {
        Some(e) => (e, false),
        None if hi == text.len() => (hi, false),
        None => (
            after
                .rfind(char::is_whitespace)
                .map_or(span.end, |i| span.end + i),
            true,
        ),
    };
    (start..end, cut_start, cut_end)
}

/// The sentence around `span` as display lines, each indented by two spaces, with the span
/// marked; whitespace runs (line breaks too) shown as one space.
#[must_use]
pub fn marked_sentence(text: &str, span: &Range<usize>, style: Style) -> Vec<String> {
    let (range, cut_start, cut_end) = sentence(text, span);
    // (char, in span) with whitespace collapsed.
    let mut cells: Vec<(char, bool)> = Vec::new();
    if cut_start {
        cells.push(('…', false));
    }
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        let marked = at >= span.start && at < span.end;
        if c.is_whitespace() {
            if cells.last().is_some_and(|(p, _)| *p != ' ') {
                cells.push((' ', marked));
            }
        } else {
            cells.push((c, marked));
        }
    }
    while cells.last().is_some_and(|(c, _)| *c == ' ') {
        cells.pop();
    }
    if cut_end {
        cells.push(('…', false));
    }
    // An empty span (nothing to mark) still gets a visible marker.
    if !cells.iter().any(|(_, m)| *m) && span.is_empty() {
        let before = text
            .get(range.start..span.start.max(range.start))
            .map_or(0, |b| b.chars().count());
        let at = cells.len().min(before);
        cells.insert(at, ('‸', true));
    }
    if !style.color {
        if let (Some(first), Some(last)) = (
            cells.iter().position(|(_, m)| *m),
            cells.iter().rposition(|(_, m)| *m),
        ) {
            cells.insert(last + 1, (']', false));
            cells.insert(last + 1, (']', false));
            cells.insert(first, ('[', false));
            cells.insert(first, ('[', false));
        }
    }
    wrap(&cells, style.text_width())
        .into_iter()
        .map(|line| {
            let mut out = String::from("  ");
            let mut on = false;
            for &(c, marked) in &cells[line] {
                let marked = marked && style.color;
                if marked != on {
                    out.push_str(if marked { "\x1b[7m" } else { "\x1b[0m" });
                    on = marked;
                }
                out.push(c);
            }
            if on {
                out.push_str("\x1b[0m");
            }
            out
        })
        .collect()
}

/// Greedy word wrap of `cells` into lines of at most `width` characters (a longer word is
/// split); the spaces at line breaks are dropped.
fn wrap<T>(cells: &[(char, T)], width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    while start < cells.len() {
        if cells.len() - start <= width {
            lines.push(start..cells.len());
            break;
        }
        let limit = start + width;
        // The last space at or before the limit.
        let space = (start + 1..=limit).rev().find(|&i| cells[i].0 == ' ');
        match space {
            Some(sp) => {
                lines.push(start..sp);
                start = sp + 1;
            }
            None => {
                lines.push(start..limit);
                start = limit;
            }
        }
        while start < cells.len() && cells[start].0 == ' ' {
            start += 1;
        }
    }
    lines
}

/// Plain text wrapped to `width` with `indent` before each line.
#[must_use]
pub fn wrap_text(text: &str, width: usize, indent: &str) -> Vec<String> {
    let cells: Vec<(char, ())> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| (c, ()))
        .collect();
    wrap(&cells, width.saturating_sub(indent.chars().count()).max(20))
        .into_iter()
        .map(|r| {
            format!(
                "{indent}{}",
                cells[r].iter().map(|(c, ())| c).collect::<String>()
            )
        })
        .collect()
}

/// The one-line key legend for a finding with `suggestions` suggestions.
#[must_use]
pub fn legend(suggestions: usize) -> String {
    let accept = match suggestions.min(9) {
        0 => String::new(),
        1 => "1 accept · ".to_string(),
        n => format!("1-{n} accept · "),
    };
    format!("{accept}e edit · s skip · r reject · u undo · q quit · ? help")
}

/// The screen for one finding.
#[must_use]
pub fn finding(
    file: &str,
    number: usize,
    total: usize,
    text: &str,
    d: &Diagnostic,
    notes: &[String],
    style: Style,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        style.bold(&format!(
            "{file} — finding {number}/{total}, line {}",
            d.start.line
        ))
    );
    for note in notes {
        for line in wrap_text(note, style.width, "  ") {
            let _ = writeln!(s, "{line}");
        }
    }
    s.push('\n');
    for line in marked_sentence(text, &d.span, style) {
        let _ = writeln!(s, "{line}");
    }
    s.push('\n');
    for line in wrap_text(&d.message, style.width, "  ") {
        let _ = writeln!(s, "{line}");
    }
    let rule = format!("(rule {}; `mtlint explain {}` tells more)", d.rule, d.rule);
    for line in wrap_text(&rule, style.width, "  ") {
        let _ = writeln!(s, "{line}");
    }
    s.push('\n');
    if d.suggestions.is_empty() {
        let _ = writeln!(
            s,
            "  No suggestion: press e to type your own, or s to leave it."
        );
    } else {
        let _ = writeln!(s, "  Suggestions:");
        for (i, sug) in d.suggestions.iter().take(9).enumerate() {
            let _ = writeln!(s, "    {}  {}", i + 1, sug.replacement);
        }
    }
    s.push('\n');
    let _ = writeln!(s, "  {}", legend(d.suggestions.len()));
    s.push_str("  Your choice: ");
    s
}

/// The help screen.
#[must_use]
pub fn help(style: Style) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", style.bold("How to review"));
    let _ = writeln!(s);
    let intro = "mtlint shows each phrase that looks like a machine-translation or spinner slip, in its sentence, with what it should probably say. Nothing is written to your file until you have seen all the changes and said yes.";
    for line in wrap_text(intro, style.width, "  ") {
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(s);
    let keys = [
        ("1-9", "use suggestion 1-9 instead of the marked words"),
        (
            "e",
            "type your own replacement (Enter to use it, Esc to go back)",
        ),
        (
            "s",
            "skip: leave it as it is for now; it is shown again next time",
        ),
        (
            "r",
            "reject: the words are right here; you can also add them to the project's allow list (mtlint.toml) so they are never shown again",
        ),
        ("u", "undo your last choice"),
        ("q", "quit: asks whether to save the changes you accepted"),
        ("?", "this help"),
    ];
    for (key, what) in keys {
        for (i, line) in wrap_text(what, style.width, "       ")
            .into_iter()
            .enumerate()
        {
            if i == 0 {
                let _ = writeln!(s, "  {key:<4} {}", line.trim_start());
            } else {
                let _ = writeln!(s, "{line}");
            }
        }
    }
    let _ = writeln!(s);
    s.push_str("  Press any key to go back.");
    s
}

/// Colors the lines of a unified diff (removed red, added green) when `color`.
#[must_use]
pub fn diff(diff: &str, style: Style) -> String {
    if !style.color {
        return diff.to_string();
    }
    diff.lines()
        .map(|l| {
            if l.starts_with("---") || l.starts_with("+++") {
                format!("\x1b[1m{l}\x1b[0m\n")
            } else if l.starts_with('-') {
                format!("\x1b[31m{l}\x1b[0m\n")
            } else if l.starts_with('+') {
                format!("\x1b[32m{l}\x1b[0m\n")
            } else if l.starts_with("@@") {
                format!("\x1b[36m{l}\x1b[0m\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Style = Style {
        width: 80,
        color: false,
    };

    fn span_of(text: &str, phrase: &str) -> Range<usize> {
        let i = text.find(phrase).unwrap();
        i..i + phrase.len()
    }

    #[test]
    fn the_sentence_around_the_span_is_shown_with_brackets() {
        let text = "First one. The minister performed down hopes\nof a deal. Last one.\n";
        let lines = marked_sentence(text, &span_of(text, "performed down"), PLAIN);
        assert_eq!(
            lines,
            ["  The minister [[performed down]] hopes of a deal."]
        );
    }

    #[test]
    fn a_span_over_a_line_break_is_marked_whole() {
        let text = "It performed\ndown hopes.";
        let lines = marked_sentence(text, &span_of(text, "performed\ndown"), PLAIN);
        assert_eq!(lines, ["  It [[performed down]] hopes."]);
    }

    #[test]
    fn reverse_video_with_colors() {
        let text = "It performed down hopes.";
        let style = Style {
            width: 80,
            color: true,
        };
        let lines = marked_sentence(text, &span_of(text, "performed down"), style);
        assert_eq!(lines, ["  It \x1b[7mperformed down\x1b[0m hopes."]);
    }

    #[test]
    fn long_sentences_are_wrapped_and_windowed() {
        let words = "word ".repeat(100);
        let text = format!("{words}performed down {words}end.");
        let style = Style {
            width: 40,
            color: false,
        };
        let lines = marked_sentence(&text, &span_of(&text, "performed down"), style);
        assert!(lines.iter().all(|l| l.chars().count() <= 40), "{lines:#?}");
        let joined = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        assert!(joined.contains("[[performed down]]"), "{joined}");
        assert!(joined.starts_with('…') && joined.ends_with('…'), "{joined}");
        assert!(lines.len() <= 10, "{}", lines.len());
    }

    #[test]
    fn wrapping_splits_words_longer_than_the_line() {
        let cells: Vec<(char, ())> = "ab cdefghij k".chars().map(|c| (c, ())).collect();
        let lines: Vec<String> = wrap(&cells, 4)
            .into_iter()
            .map(|r| cells[r].iter().map(|c| c.0).collect())
            .collect();
        assert_eq!(lines, ["ab", "cdef", "ghij", "k"]);
    }

    #[test]
    fn legend_fits_80_columns() {
        assert_eq!(
            legend(3),
            "1-3 accept · e edit · s skip · r reject · u undo · q quit · ? help"
        );
        assert!(legend(12).chars().count() + 2 <= 80);
        assert!(!legend(0).contains("accept"));
    }

    #[test]
    fn multibyte_text_is_safe() {
        let text = "Ça — “performed down” ünd.";
        let lines = marked_sentence(text, &span_of(text, "performed down"), PLAIN);
        assert_eq!(lines, ["  Ça — “[[performed down]]” ünd."]);
        // A span that does not fall on char boundaries does not panic.
        let _ = marked_sentence(text, &(1..3), PLAIN);
        let _ = marked_sentence(text, &(100..120), PLAIN);
        let _ = marked_sentence(text, &(2..2), PLAIN);
        assert_eq!(marked_sentence("ab cd", &(2..2), PLAIN), ["  ab[[‸]] cd"]);
    }

    #[test]
    fn no_span_panics() {
        let text = "Ça. “x”\n\n— y! é z";
        for start in 0..=text.len() + 2 {
            for end in start..=text.len() + 2 {
                for color in [false, true] {
                    let style = Style { width: 20, color };
                    let _ = marked_sentence(text, &(start..end), style);
                }
            }
        }
    }
}
