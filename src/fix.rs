//! Applying fixes: each finding's best suggestion replaces its span. Edits are applied in
//! order, overlapping ones are skipped, and no byte outside a fixed span changes.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, FixSafety};

/// One replacement of a byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Range<usize>,
    pub replacement: String,
}

/// The edits `--fix` makes for `diagnostics` at the allowed safety level.
#[must_use]
pub fn edits(diagnostics: &[Diagnostic], allowed: FixSafety) -> Vec<Edit> {
    diagnostics
        .iter()
        .filter_map(|d| {
            d.fix_at(allowed).map(|r| Edit {
                span: d.span.clone(),
                replacement: d.escape.apply(r).into_owned(),
            })
        })
        .collect()
}

/// The result of applying edits to a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    pub applied: usize,
    /// Edits left out because they overlapped an earlier one or fell outside the text.
    pub skipped: usize,
}

/// Applies `edits` to `text`: sorted by position, an edit that overlaps the one before it (or
/// does not fall on character boundaries) is skipped.
#[must_use]
pub fn apply(text: &str, edits: &[Edit]) -> Fixed {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let (mut applied, mut skipped) = (0, 0);
    for e in sorted {
        let valid = e.span.start >= last
            && e.span.start <= e.span.end
            && e.span.end <= text.len()
            && text.is_char_boundary(e.span.start)
            && text.is_char_boundary(e.span.end);
        if !valid {
            skipped += 1;
            continue;
        }
        out.push_str(&text[last..e.span.start]);
        out.push_str(&e.replacement);
        last = e.span.end;
        applied += 1;
    }
    out.push_str(&text[last..]);
    Fixed {
        text: out,
        applied,
        skipped,
    }
}

/// Replaces `path` with `new` atomically: a temporary file in the same folder, with the
/// original's permissions, synced, then renamed over it. Refuses when the file no longer
/// holds `old` (changed by someone else since it was read).
pub fn write_atomic(
    path: &std::path::Path,
    old: &[u8],
    new: &[u8],
) -> Result<(), crate::error::Error> {
    use std::io::Write;
    let io = |source| crate::error::Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let current = std::fs::read(path).map_err(io)?;
    if current != old {
        return Err(io(std::io::Error::other(
            "changed on disk while it was checked; not overwritten, run again",
        )));
    }
    let permissions = std::fs::metadata(path).map_err(io)?.permissions();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    tmp.write_all(new).map_err(io)?;
    tmp.as_file().set_permissions(permissions).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, r: &str) -> Edit {
        Edit {
            span: start..end,
            replacement: r.to_string(),
        }
    }

    #[test]
    fn single_same_grow_shrink() {
        assert_eq!(
            apply("foo foo foo", &[edit(4, 7, "bar")]).text,
            "foo bar foo"
        );
        assert_eq!(
            apply("foo foo foo", &[edit(4, 7, "baaar")]).text,
            "foo baaar foo"
        );
        assert_eq!(apply("foo foo foo", &[edit(4, 7, "b")]).text, "foo b foo");
    }

    #[test]
    fn start_end_and_multiple() {
        assert_eq!(
            apply("foo foo foo", &[edit(0, 3, "bar")]).text,
            "bar foo foo"
        );
        assert_eq!(
            apply("foo foo foo", &[edit(8, 11, "bar")]).text,
            "foo foo bar"
        );
        assert_eq!(
            apply("foo foo foo", &[edit(8, 11, "c"), edit(0, 3, "a")]).text,
            "a foo c"
        );
    }

    #[test]
    fn overlapping_and_invalid_edits_are_skipped() {
        let f = apply(
            "foo foo foo",
            &[edit(0, 5, "x"), edit(4, 7, "y"), edit(20, 30, "z")],
        );
        assert_eq!(f.text, "xoo foo");
        assert_eq!((f.applied, f.skipped), (1, 2));
        let f = apply("é", &[edit(1, 2, "x")]);
        assert_eq!((f.text.as_str(), f.skipped), ("é", 1));
    }
}
