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
    /// Where the next chunk starts, for the [`Iterator`] (which decodes as it reads).
    position: Position,
}

impl<R: Read> Chunks<R> {
    pub fn new(reader: R, path: &Path, target: usize) -> Self {
        Self {
            reader,
            path: path.to_path_buf(),
            target: target.max(1),
            buf: Vec::with_capacity(target.max(1) + cut_search(target.max(1)) + 1),
            eof: false,
            failed: false,
            offset: 0,
            position: Position::default(),
        }
    }

    fn fill(&mut self, want: usize) -> Result<(), Error> {
        while !self.eof && self.buf.len() < want {
            // Straight into the buffer's spare room: no copy through a piece buffer.
            let limit = (want - self.buf.len()) as u64;
            match (&mut self.reader).take(limit).read_to_end(&mut self.buf) {
                Ok(0) => self.eof = true,
                Ok(_) => {}
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

/// A piece of a file as read, before it is checked to be text. Decoding (the scan for NUL
/// bytes, UTF-8 validation, counting lines) is left to [`Part::decode`] so that it runs on
/// the worker threads, not on the thread that reads.
#[derive(Debug, Clone)]
pub struct Part {
    /// Byte offset of the part in the file.
    pub offset: usize,
    pub bytes: Vec<u8>,
}

/// A part that is text, with what its successor needs to know about lines.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub offset: usize,
    pub text: String,
    /// Line breaks in the text.
    newlines: usize,
    /// Characters after the last line break (or in the whole text, if it has none).
    tail_chars: usize,
}

impl Part {
    /// The part as text, or why it is not: NUL bytes make it binary, bad UTF-8 is reported at
    /// its file offset.
    ///
    /// # Errors
    /// [`Error::Binary`] or [`Error::NotUtf8`].
    pub fn decode(self, path: &Path) -> Result<Decoded, Error> {
        if self.bytes.contains(&0) {
            return Err(Error::Binary {
                path: path.to_path_buf(),
            });
        }
        let text = String::from_utf8(self.bytes).map_err(|e| Error::NotUtf8 {
            path: path.to_path_buf(),
            offset: self.offset + e.utf8_error().valid_up_to(),
        })?;
        let bytes = text.as_bytes();
        // A plain byte count: the compiler vectorizes it, unlike a search match by match.
        let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
        let tail = bytes
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(bytes, |p| &bytes[p + 1..]);
        // Characters are the bytes that do not continue a UTF-8 sequence.
        let tail_chars = tail.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        Ok(Decoded {
            offset: self.offset,
            text,
            newlines,
            tail_chars,
        })
    }
}

/// Where the next part starts: its line and column, carried from part to part in file order.
#[derive(Debug, Clone, Copy)]
pub struct Position {
    line: usize,
    column: usize,
}

impl Default for Position {
    fn default() -> Self {
        Self { line: 1, column: 0 }
    }
}

impl Position {
    /// `part` placed at this position, and the position moved past it.
    pub fn place(&mut self, part: Decoded) -> Chunk {
        let chunk = Chunk {
            offset: part.offset,
            line: self.line,
            column: self.column,
            text: part.text,
        };
        if part.newlines > 0 {
            self.line += part.newlines;
            self.column = part.tail_chars;
        } else {
            self.column += part.tail_chars;
        }
        chunk
    }
}

impl<R: Read> Chunks<R> {
    /// The next part as read, not yet decoded; after a read error, nothing more.
    pub fn next_part(&mut self) -> Option<Result<Part, Error>> {
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
        // The rest moves to a new buffer (at most a cut search's worth), not the part; the new
        // buffer has room for the next part, so reading never grows it.
        let mut rest = Vec::with_capacity(self.target + cut_search(self.target) + 1);
        rest.extend_from_slice(&self.buf[cut..]);
        self.buf.truncate(cut);
        let bytes = std::mem::replace(&mut self.buf, rest);
        let part = Part {
            offset: self.offset,
            bytes,
        };
        self.offset += cut;
        Some(Ok(part))
    }
}

impl<R: Read> Iterator for Chunks<R> {
    type Item = Result<Chunk, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let part = match self.next_part()? {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        };
        match part.decode(&self.path) {
            Ok(d) => Some(Ok(self.position.place(d))),
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
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
