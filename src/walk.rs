//! Inputs: paths, folders (walked, text files only, `.gitignore` respected) and standard input;
//! each read as text (UTF-8, or UTF-16 with a byte-order mark), with binary and undecodable
//! files reported, not checked. Symbolic links met in a folder walk are not followed (a link
//! named on the command line is read, but `--fix` does not write through it).

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// One thing to check.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name shown in reports.
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Expands `paths` into inputs in a stable order; paths that cannot be walked become errors.
/// Files found in folders are kept when `keep` says so (include/exclude globs).
#[must_use]
pub fn expand(paths: &[PathBuf], keep: &dyn Fn(&Path) -> bool) -> (Vec<Input>, Vec<Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Err(source) => errors.push(Error::Io {
                path: path.clone(),
                source,
            }),
            Ok(meta) if meta.is_dir() => walk_dir(path, keep, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File(path.clone())),
        }
    }
    (inputs, errors)
}

fn walk_dir(
    dir: &Path,
    keep: &dyn Fn(&Path) -> bool,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<Error>,
) {
    let walker = ignore::WalkBuilder::new(dir)
        .sort_by_file_name(std::cmp::Ord::cmp)
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                let p = e.path();
                if e.file_type().is_some_and(|t| t.is_file())
                    && crate::source::InputFormat::is_known(p)
                    && keep(p)
                {
                    inputs.push(Input::File(p.to_path_buf()));
                }
            }
            Err(e) => errors.push(Error::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::other(e.to_string()),
            }),
        }
    }
}

/// Reads an input as text: binary files (a NUL byte) and invalid UTF-8 are errors.
pub fn read(input: &Input) -> Result<String, Error> {
    let (path, bytes) = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|source| Error::Io {
                    path: "-".into(),
                    source,
                })?;
            (PathBuf::from("-"), buf)
        }
        Input::File(p) => {
            let bytes = std::fs::read(p).map_err(|source| Error::Io {
                path: p.clone(),
                source,
            })?;
            (p.clone(), bytes)
        }
    };
    decode(&path, bytes)
}

/// How a file's text is stored; `--fix` writes it back the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark (a mark is kept as the text's first character).
    Utf8,
    /// UTF-16 little-endian, starting with the byte-order mark `FF FE`.
    Utf16Le,
    /// UTF-16 big-endian, starting with the byte-order mark `FE FF`.
    Utf16Be,
}

impl Encoding {
    /// The encoding of `bytes`: UTF-16 only when they start with its byte-order mark.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Self {
        match bytes {
            [0xFF, 0xFE, ..] => Encoding::Utf16Le,
            [0xFE, 0xFF, ..] => Encoding::Utf16Be,
            _ => Encoding::Utf8,
        }
    }

    /// `text` (as read by [`decode`]) in this encoding.
    #[must_use]
    pub fn encode(self, text: &str) -> Vec<u8> {
        let units = text.encode_utf16();
        match self {
            Encoding::Utf8 => text.as_bytes().to_vec(),
            Encoding::Utf16Le => units.flat_map(u16::to_le_bytes).collect(),
            Encoding::Utf16Be => units.flat_map(u16::to_be_bytes).collect(),
        }
    }
}

/// The text in `bytes`, or the reason it is not text. UTF-8 (a byte-order mark is kept as the
/// first character, U+FEFF) and UTF-16 with a byte-order mark (decoded, the mark kept the same
/// way, so that [`Encoding::encode`] gives back the same bytes); a NUL byte in anything else
/// means a binary file.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Error> {
    let encoding = Encoding::of(&bytes);
    if encoding != Encoding::Utf8 {
        return decode_utf16(path, &bytes, encoding);
    }
    if bytes.contains(&0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn decode_utf16(path: &Path, bytes: &[u8], encoding: Encoding) -> Result<String, Error> {
    let bad = |offset: usize| Error::BadUtf16 {
        path: path.to_path_buf(),
        offset,
    };
    if bytes.len() % 2 == 1 {
        return Err(bad(bytes.len() - 1));
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if encoding == Encoding::Utf16Le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut offset = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\0') => {
                return Err(Error::Binary {
                    path: path.to_path_buf(),
                });
            }
            Ok(c) => {
                text.push(c);
                offset += c.len_utf16() * 2;
            }
            Err(_) => return Err(bad(offset)),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_binary_and_bad_utf8() {
        let p = Path::new("x");
        assert!(matches!(
            decode(p, b"a\0b".to_vec()),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(
            decode(p, vec![b'a', 0xff]),
            Err(Error::NotUtf8 { offset: 1, .. })
        ));
        assert_eq!(decode(p, b"ok".to_vec()).unwrap(), "ok");
    }

    #[test]
    fn utf16_with_a_mark_decodes_and_encodes_back_to_the_same_bytes() {
        let p = Path::new("x");
        let text = "\u{feff}caf\u{e9} \u{1F600}\r\n";
        for enc in [Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Utf8] {
            let bytes = enc.encode(text);
            assert_eq!(Encoding::of(&bytes), enc);
            assert_eq!(decode(p, bytes.clone()).unwrap(), text, "{enc:?}");
            assert_eq!(enc.encode(&decode(p, bytes.clone()).unwrap()), bytes);
        }
        // An unpaired surrogate, an odd length, a NUL character.
        assert!(matches!(
            decode(p, vec![0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]),
            Err(Error::BadUtf16 { offset: 4, .. })
        ));
        assert!(matches!(
            decode(p, vec![0xFF, 0xFE, b'a']),
            Err(Error::BadUtf16 { offset: 2, .. })
        ));
        assert!(matches!(
            decode(p, vec![0xFE, 0xFF, 0, b'a', 0, 0]),
            Err(Error::Binary { .. })
        ));
    }
}
