//! Inputs: paths, folders (walked, text files only, `.gitignore` respected) and standard input;
//! each read as UTF-8 text, with binary and non-UTF-8 files reported, not checked.

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

/// UTF-8 text from `bytes`, or the reason it is not text.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Error> {
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
}
