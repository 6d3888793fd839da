//! Large plain-text files, read and checked chunk by chunk so memory stays bounded whatever
//! the file's size, and the chunks of one file spread over all threads.
//!
//! A chunk ends at a paragraph break where one is near, else at a line break, else at white
//! space, else at a character boundary, so a phrase is cut only where no phrase could stand.
//! Each chunk is checked as a document of its own; its findings are moved to file offsets,
//! lines and columns. Document-wide rule conditions ("the text also says breast") see the
//! chunk they are in: about a megabyte of text around the finding.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::error::Error;

/// Plain-text files at least this large are streamed; smaller ones are read whole.
pub const STREAM_MIN_BYTES: u64 = 8 << 20;
/// The size a chunk aims at.
pub const CHUNK_BYTES: usize = 1 << 20;
/// How far past its target size a chunk may grow to end at a paragraph or line break: an
/// eighth of the target, at most 64 KiB.
fn cut_search(target: usize) -> usize {
    (target / 8).clamp(1, 64 << 10)
}

/// One piece of a file and where it stands.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// Byte offset of the chunk in the file.
    pub offset: usize,
    /// 1-based line of the chunk's first byte.
    pub line: usize,
    /// Characters before the chunk on its first line (non-zero only after a cut mid-line).
    pub column: usize,
    pub text: String,
}

impl Chunk {
    /// Moves findings made in the chunk's text to file coordinates.
    pub fn to_file(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics {
            d.span = d.span.start + self.offset..d.span.end + self.offset;
            for at in [&mut d.start, &mut d.end] {
                if at.line == 1 {
                    at.column += self.column;
                }
                at.line += self.line - 1;
            }
        }
    }
}

/// Reads a file as a sequence of [`Chunk`]s of about `target` bytes.
pub struct Chunks<R> {
    reader: R,
    path: PathBuf,
    target: usize,
    buf: Vec<u8>,
    eof: bool,
    failed: bool,
    offset: usize,
    line: usize,
    column: usize,
}

impl<R: Read> Chunks<R> {
    pub fn new(reader: R, path: &Path, target: usize) -> Self {
        Self {
            reader,
            path: path.to_path_buf(),
            target: target.max(1),
            buf: Vec::new(),
            eof: false,
            failed: false,
            offset: 0,
            line: 1,
            column: 0,
        }
    }

    fn fill(&mut self, want: usize) -> Result<(), Error> {
        let mut piece = [0u8; 64 << 10];
        while !self.eof && self.buf.len() < want {
            match self.reader.read(&mut piece) {
                Ok(0) => self.eof = true,
                Ok(n) => self.buf.extend_from_slice(&piece[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(source) => {
                    return Err(Error::Io {
                        path: self.path.clone(),
                        source,
                    });
                }
            }
        }
        Ok(())
    }

    /// Where to end the next chunk in `buf`.
    fn cut(&self) -> usize {
        let limit = self.target + cut_search(self.target);
        if self.eof && self.buf.len() <= limit {
            return self.buf.len();
        }
        let bytes = &self.buf[..limit.min(self.buf.len())];
        let after_target = &bytes[self.target.min(bytes.len())..];
        if let Some(p) = after_target.windows(2).position(|w| w == b"\n\n") {
            return self.target + p + 2;
        }
        if let Some(p) = bytes.iter().rposition(|&b| b == b'\n') {
            return p + 1;
        }
        if let Some(p) = bytes.iter().rposition(u8::is_ascii_whitespace) {
            return p + 1;
        }
        // One enormous word: cut at a character boundary (never inside a UTF-8 sequence).
        let mut at = self.target.min(bytes.len());
        while at > 0 && at < bytes.len() && (bytes[at] & 0xC0) == 0x80 {
            at -= 1;
        }
        if at == 0 { bytes.len() } else { at }
    }
}

impl<R: Read> Iterator for Chunks<R> {
    type Item = Result<Chunk, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        if let Err(e) = self.fill(self.target + cut_search(self.target) + 1) {
            self.failed = true;
            return Some(Err(e));
        }
        if self.buf.is_empty() {
            return None;
        }
        let cut = self.cut();
        let bytes: Vec<u8> = self.buf.drain(..cut).collect();
        if bytes.contains(&0) {
            self.failed = true;
            return Some(Err(Error::Binary {
                path: self.path.clone(),
            }));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                self.failed = true;
                return Some(Err(Error::NotUtf8 {
                    path: self.path.clone(),
                    offset: self.offset + e.utf8_error().valid_up_to(),
                }));
            }
        };
        let chunk = Chunk {
            offset: self.offset,
            line: self.line,
            column: self.column,
            text,
        };
        self.offset += chunk.text.len();
        match chunk.text.rfind('\n') {
            Some(p) => {
                self.line += chunk.text.matches('\n').count();
                self.column = chunk.text[p + 1..].chars().count();
            }
            None => self.column += chunk.text.chars().count(),
        }
        Some(Ok(chunk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(text: &[u8], target: usize) -> Vec<Result<Chunk, Error>> {
        Chunks::new(text, Path::new("t.txt"), target).collect()
    }

    #[test]
    fn chunks_rebuild_the_file_and_end_at_breaks() {
        let text = "one two.\nthree four.\n\nfive six seven.\neight\n".repeat(50);
        let got: Vec<Chunk> = chunks(text.as_bytes(), 100)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert!(got.len() > 5);
        let joined: String = got.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(joined, text);
        for c in &got[..got.len() - 1] {
            assert!(c.text.ends_with('\n'), "{:?}", c.text);
        }
        for c in &got {
            assert_eq!(c.line, 1 + text[..c.offset].matches('\n').count());
            assert_eq!(c.column, 0);
        }
    }

    #[test]
    fn a_line_with_no_breaks_is_cut_at_char_boundaries() {
        let text = "é".repeat(1000);
        let got: Vec<Chunk> = chunks(text.as_bytes(), 101)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        let joined: String = got.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(got[1].column, got[0].text.chars().count());
    }

    #[test]
    fn binary_and_invalid_utf8_are_errors_with_the_offset() {
        assert!(matches!(
            chunks(b"ab\0cd", 10)[0],
            Err(Error::Binary { .. })
        ));
        let mut bad = b"x".repeat(300);
        bad.push(0xFF);
        let got = chunks(&bad, 100);
        let last = got.last().unwrap();
        assert!(
            matches!(last, Err(Error::NotUtf8 { offset: 300, .. })),
            "{last:?}"
        );
    }

    #[test]
    fn empty_input_has_no_chunks() {
        assert!(chunks(b"", 10).is_empty());
    }
}
