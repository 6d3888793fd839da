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

/// The prefix and suffix of the temporary files `--fix` writes next to the file it replaces:
/// hidden (a folder walk skips them), and ending in a name no input format claims.
pub const TEMP_PREFIX: &str = ".mtlint-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Held while a temporary file exists; an interrupt (Ctrl-C, `SIGTERM`) waits for it, so a
/// run stopped mid-way leaves every file old or new, and no temporary file behind.
static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// From the first write on, Ctrl-C and `SIGTERM` end the process only between two writes
/// (status 130). Before it, nothing has been written and the default handling stands.
fn guard_interrupts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGINT, SIGTERM};
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
                return;
            };
            let spawned = std::thread::Builder::new()
                .name("mtlint-interrupt".into())
                .spawn(move || {
                    if signals.forever().next().is_some() {
                        // Wait for the write under way, then stop before the next one.
                        let _held = WRITING.lock().unwrap_or_else(|e| e.into_inner());
                        eprintln!(
                            "mtlint: interrupted; files already fixed stay fixed, the others are unchanged"
                        );
                        std::process::exit(130);
                    }
                });
            drop(spawned);
        }
    });
}

/// Replaces `path` with `new` atomically: a temporary file in the same folder, with the
/// original's permissions, synced, then renamed over it. `old` and `new` are texts as
/// [`crate::walk::decode`] reads them; the file is written back in its own encoding (a UTF-16
/// file stays UTF-16, a byte-order mark stays).
///
/// Refuses, leaving the file as it was: when the file no longer holds `old` (changed or
/// deleted by someone else since it was read), when it is a symbolic link (writing through it
/// could change a file outside the checked tree; replacing it would break the link), when it
/// is read-only, and when the new file cannot be written in full (no space, no permission).
pub fn write_atomic(
    path: &std::path::Path,
    old: &[u8],
    new: &[u8],
) -> Result<(), crate::error::Error> {
    use std::io::Write;
    let refuse = |reason: String| crate::error::Error::NotWritten {
        path: path.to_path_buf(),
        reason,
    };
    let link = std::fs::symlink_metadata(path).map_err(|e| {
        refuse(if e.kind() == std::io::ErrorKind::NotFound {
            "the file was deleted while it was checked; nothing was recreated".into()
        } else {
            format!("cannot look at the file ({e})")
        })
    })?;
    if link.file_type().is_symlink() {
        return Err(refuse(
            "it is a symbolic link, and --fix does not write through links; run it on the file the link points to".into(),
        ));
    }
    if !link.file_type().is_file() {
        return Err(refuse("it is no longer a regular file".into()));
    }
    let permissions = link.permissions();
    if permissions.readonly() {
        return Err(refuse(
            "the file is read-only; make it writable (chmod u+w) and run again".into(),
        ));
    }
    let current = std::fs::read(path).map_err(|e| refuse(format!("cannot read it again ({e})")))?;
    let encoding = crate::walk::Encoding::of(&current);
    let same = crate::walk::decode(path, current).is_ok_and(|text| text.as_bytes() == old);
    if !same {
        return Err(refuse(
            "it changed on disk while it was checked; run again".into(),
        ));
    }
    let bytes = match std::str::from_utf8(new) {
        Ok(text) => encoding.encode(text),
        Err(_) => new.to_vec(),
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let cannot = |what: &str, e: std::io::Error| {
        refuse(format!(
            "cannot {what} ({e}); check the free space and the permissions of {}",
            dir.display()
        ))
    };
    guard_interrupts();
    let _held = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    // Dropped on any error below, which removes the temporary file.
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| cannot("create a temporary file next to it", e))?;
    tmp.write_all(&bytes)
        .and_then(|()| tmp.flush())
        .map_err(|e| cannot("write the fixed text", e))?;
    tmp.as_file()
        .set_permissions(permissions)
        .map_err(|e| cannot("copy the permissions", e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| cannot("write the fixed text", e))?;
    tmp.persist(path)
        .map_err(|e| cannot("replace the file", e.error))?;
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
