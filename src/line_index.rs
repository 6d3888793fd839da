//! Byte offsets to 1-based lines and columns, computed only at the edges (reports, LSP).

/// Line starts of one text, for turning byte offsets into line/column positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// On lines longer than [`CHECKPOINT`] bytes, every [`CHECKPOINT`] bytes: the byte offset,
    /// and the characters and UTF-16 code units from the line's column base to it. A position
    /// on a long line counts from the checkpoint before it, not from the line start, so the
    /// positions of many findings on one huge line cost time linear in the line, not quadratic.
    marks: Vec<(usize, usize, usize)>,
    /// Bytes of a byte-order mark at the start of the text: not a character an editor shows,
    /// so columns on the first line start after it.
    bom: usize,
}

/// Bytes between the checkpoints kept on long lines.
const CHECKPOINT: usize = 4096;

/// A 1-based line and column; the column counts characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()));
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut index = Self {
            starts,
            marks: Vec::new(),
            bom,
        };
        for line in 0..index.starts.len() {
            let base = index.column_base(line, usize::MAX);
            let end = index.starts.get(line + 1).map_or(text.len(), |&s| s);
            let (mut at, mut chars, mut units) = (base, 0, 0);
            while end - at > CHECKPOINT {
                let mut next = at + CHECKPOINT;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                for c in text[at..next].chars() {
                    chars += 1;
                    units += c.len_utf16();
                }
                index.marks.push((next, chars, units));
                at = next;
            }
        }
        index
    }

    /// The position to count a column from for byte `offset` on 0-based `line`: the column
    /// base of the line, or the last checkpoint on it before `offset`; with the characters and
    /// UTF-16 code units before that position.
    fn count_from(&self, line: usize, offset: usize) -> (usize, usize, usize) {
        let base = self.column_base(line, offset);
        let i = self.marks.partition_point(|m| m.0 <= offset);
        match i.checked_sub(1).map(|i| self.marks[i]) {
            Some(mark) if mark.0 > base => mark,
            _ => (base, 0, 0),
        }
    }

    /// Where columns of 0-based `line` start counting: the line start, after a byte-order mark
    /// on the first line.
    fn column_base(&self, line: usize, offset: usize) -> usize {
        let start = self.starts[line];
        if line == 0 && offset >= self.bom {
            start + self.bom
        } else {
            start
        }
    }

    /// The 0-based line holding byte `offset`.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The byte range of 0-based line `line`, without its line terminator (nor a byte-order
    /// mark, on the first line).
    #[must_use]
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = if line == 0 {
            self.bom
        } else {
            self.starts[line]
        };
        let mut end = self.starts.get(line + 1).map_or(text.len(), |&s| s - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }

    /// The 1-based line and character column of byte `offset` in `text`.
    #[must_use]
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let (from, chars, _) = self.count_from(line, offset);
        let column = chars + text[from..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The 0-based line and UTF-16 code-unit column of byte `offset`, as LSP counts them.
    #[must_use]
    pub fn line_utf16(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let (from, _, units) = self.count_from(line, offset);
        let col = units
            + text[from..offset]
                .chars()
                .map(char::len_utf16)
                .sum::<usize>();
        (line, col)
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "one\n“We” said\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        let said = text.find("said").unwrap();
        assert_eq!(idx.line_col(text, said), LineCol { line: 2, column: 6 });
        assert_eq!(&text[idx.line_range(text, 1)], "“We” said");
        assert_eq!(
            idx.line_col(text, text.len()),
            LineCol { line: 3, column: 5 }
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{feff}ab\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 3), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 4), LineCol { line: 1, column: 2 });
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_utf16(text, 4), (0, 1));
        assert_eq!(idx.line_col(text, 6), LineCol { line: 2, column: 1 });
        assert_eq!(&text[idx.line_range(text, 0)], "ab");
    }

    #[test]
    fn long_lines_count_from_checkpoints_the_same() {
        let text = format!(
            "\u{feff}{}\n{}\n{}",
            "c".repeat(5000),
            "é😀a".repeat(5000),
            "b".repeat(9000)
        );
        let idx = LineIndex::new(&text);
        assert!(!idx.marks.is_empty());
        for (offset, _) in text.char_indices().step_by(7).chain([(text.len(), ' ')]) {
            let line = text[..offset].matches('\n').count();
            let start = text[..offset].rfind('\n').map_or(3.min(offset), |i| i + 1);
            let before = &text[start..offset];
            assert_eq!(
                idx.line_col(&text, offset),
                LineCol {
                    line: line + 1,
                    column: before.chars().count() + 1
                },
                "offset {offset}"
            );
            assert_eq!(
                idx.line_utf16(&text, offset),
                (line, before.encode_utf16().count())
            );
        }
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let text = "😀 x";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_utf16(text, text.find('x').unwrap()), (0, 3));
    }
}
