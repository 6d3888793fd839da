//! Byte offsets to 1-based lines and columns, computed only at the edges (reports, LSP).

/// Line starts of one text, for turning byte offsets into line/column positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Bytes of a byte-order mark at the start of the text: not a character an editor shows,
    /// so columns on the first line start after it.
    bom: usize,
}

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
        Self { starts, bom }
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
        let column = text[self.column_base(line, offset)..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The 0-based line and UTF-16 code-unit column of byte `offset`, as LSP counts them.
    #[must_use]
    pub fn line_utf16(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let col = text[self.column_base(line, offset)..offset]
            .chars()
            .map(char::len_utf16)
            .sum();
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
    fn utf16_columns_count_surrogate_pairs() {
        let text = "😀 x";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_utf16(text, text.find('x').unwrap()), (0, 3));
    }
}
