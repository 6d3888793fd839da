//! Derived texts and the offset maps that lead back to the bytes they came from.
//!
//! Matching runs on a *normalized* copy of each segment (typographic quotes made straight,
//! runs of white space folded to one space), so one rule phrase matches every typographic
//! variant. Every derived text carries an [`OffsetMap`] so spans found in it land on the
//! exact original bytes.

/// Maps byte offsets in a derived text to byte offsets in the text it was derived from.
///
/// Stored as checkpoints where the shift between the two texts changes, so an unchanged
/// text costs one entry whatever its length. Where two pieces meet, an offset can mean the
/// end of the piece before (`map_end`, for the end of a span) or the start of the piece after
/// (`map`, for the start of a span): in `*performed* down` the segment text "performed down"
/// ends its first word before the `*`, and starts its second after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetMap {
    /// `(derived, original start, original end)`, sorted by `derived`; between checkpoints
    /// the shift from the start value is constant.
    points: Vec<(usize, usize, usize)>,
    /// Derived ranges decoded from original bytes of the same length (a `\r` line break read
    /// as `\n`): the shift does not change there, yet they are no verbatim copy.
    decoded: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// A map that adds `base` to every offset (a verbatim slice of a larger text).
    #[must_use]
    pub fn shifted(base: usize) -> Self {
        Self {
            points: vec![(0, base, base)],
            decoded: Vec::new(),
        }
    }

    fn at(&self, pos: usize) -> (usize, usize, usize) {
        let i = self
            .points
            .partition_point(|p| p.0 <= pos)
            .saturating_sub(1);
        self.points[i]
    }

    /// The original offset of derived offset `pos`, as the start of a span.
    #[must_use]
    pub fn map(&self, pos: usize) -> usize {
        let (derived, start, _) = self.at(pos);
        start + pos.saturating_sub(derived)
    }

    /// The original offset of derived offset `pos`, as the (exclusive) end of a span.
    #[must_use]
    pub fn map_end(&self, pos: usize) -> usize {
        let (derived, start, end) = self.at(pos);
        if pos == derived {
            end
        } else {
            start + (pos - derived)
        }
    }

    /// Whether derived range `start..end` is a verbatim copy of its original bytes.
    #[must_use]
    pub fn is_verbatim(&self, start: usize, end: usize) -> bool {
        let shift = self.map(start).wrapping_sub(start);
        !self.decoded.iter().any(|&(s, e)| s < end && start < e)
            && self.map_end(end).wrapping_sub(end) == shift
            && self
                .points
                .iter()
                .filter(|p| p.0 > start && p.0 < end)
                .all(|p| p.1 == p.2 && p.1.wrapping_sub(p.0) == shift)
    }

    /// Composes `self` (derived → middle) with `outer` (middle → original). The result maps
    /// offsets only: ask [`OffsetMap::is_verbatim`] of the maps it was made from.
    #[must_use]
    pub fn then(&self, outer: &OffsetMap) -> OffsetMap {
        let mut b = OffsetMapBuilder::new();
        // Checkpoints of either map are the only places where the composed shift can change.
        let mut cuts: Vec<usize> = self.points.iter().map(|p| p.0).collect();
        for &(mid, _, _) in &outer.points {
            // The derived offset that maps to `mid`, if it lies in an identity run of `self`.
            let i = self
                .points
                .partition_point(|p| p.1 <= mid)
                .saturating_sub(1);
            let (d, o, _) = self.points[i];
            if mid >= o {
                cuts.push(d + (mid - o));
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for d in cuts {
            b.record_both(d, outer.map(self.map(d)), outer.map_end(self.map_end(d)));
        }
        b.finish()
    }
}

/// Builds an [`OffsetMap`] while a derived text is written.
#[derive(Debug, Default)]
pub struct OffsetMapBuilder {
    points: Vec<(usize, usize, usize)>,
    /// The last record left out as redundant: if the next piece starts at the same derived
    /// offset elsewhere, it is the end of the piece before.
    skipped: Option<(usize, usize)>,
    decoded: Vec<(usize, usize)>,
}

impl OffsetMapBuilder {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that derived offset `derived` corresponds to original offset `original`: the
    /// end of what came before it and the start of what follows. Offsets must be recorded in
    /// increasing order; redundant points are not stored.
    pub fn record(&mut self, derived: usize, original: usize) {
        if let Some(last) = self.points.last_mut() {
            if last.0 == derived {
                // A second record at the same place starts the next piece; the end stays.
                last.1 = original;
                return;
            }
        }
        match self.skipped.take() {
            Some((d, end)) if d == derived && end != original => {
                self.record_both(derived, original, end)
            }
            _ => self.record_both(derived, original, original),
        }
    }

    /// Records distinct start and end meanings of `derived`.
    pub fn record_both(&mut self, derived: usize, start: usize, end: usize) {
        if let Some(&(d, o, _)) = self.points.last() {
            if d == derived {
                self.points.pop();
            } else if start == end && start.wrapping_sub(o) == derived - d {
                self.skipped = Some((derived, start));
                return;
            }
        }
        self.skipped = None;
        self.points.push((derived, start, end));
    }

    /// Marks derived range `start..end` as decoded: never a verbatim copy, whatever the shift.
    pub fn mark_decoded(&mut self, start: usize, end: usize) {
        self.decoded.push((start, end));
    }

    #[must_use]
    pub fn finish(mut self) -> OffsetMap {
        if self.points.first().is_none_or(|p| p.0 != 0) {
            self.points.insert(0, (0, 0, 0));
        }
        OffsetMap {
            points: self.points,
            decoded: self.decoded,
        }
    }
}

/// A normalized copy of a text with the map back to it.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
    /// Words of the source as the spin score counts them (runs between white space,
    /// [`crate::score::word_count`]): counted in the same pass.
    pub words: usize,
}

/// What a character becomes in the normalized text.
enum Norm {
    Keep,
    Replace(char),
    Space,
    Drop,
}

fn classify(c: char) -> Norm {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => Norm::Replace('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Norm::Replace('"'),
        '\u{2010}' | '\u{2011}' => Norm::Replace('-'),
        '\u{00AD}' | '\u{200B}' | '\u{FEFF}' => Norm::Drop,
        c if c.is_whitespace() => Norm::Space,
        _ => Norm::Keep,
    }
}

/// Byte classes of [`normalize`]: plain ASCII, ASCII white space, and the rest (decoded).
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const WIDE: u8 = 2;

const NORM_CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0x80;
    while b < 256 {
        t[b] = WIDE;
        b += 1;
    }
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[0x0B] = SPACE;
    t[0x0C] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[b' ' as usize] = SPACE;
    t
};

/// Eight bytes from `bytes[i]` (with a byte before and after them) that need no offset-map
/// point: plain ASCII, each white-space byte single and between plain characters. Returns
/// them normalized (white space as a space), how many words start in them, and whether the
/// last is white space; `None` if they are not such bytes.
#[inline]
fn plain_eight(bytes: &[u8], i: usize, after_space: bool) -> Option<(u64, usize, bool)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    let mut eight = [0u8; 8];
    eight.copy_from_slice(&bytes[i..i + 8]);
    let w = u64::from_le_bytes(eight);
    if w & HIGH != 0 {
        return None;
    }
    // Per byte (all below 0x80, so no sum carries into the next byte): the high bit marks
    // bytes up to 0x20, the space, and the controls 0x09..=0x0D.
    let low = !(w + 0x5F * ONES) & HIGH;
    let blank = !((w ^ (0x20 * ONES)) + 0x7F * ONES) & HIGH;
    let controls = (w + 0x77 * ONES) & !(w + 0x72 * ONES) & HIGH;
    let space = blank | controls;
    if low & !space != 0 || space & (space << 8) != 0 {
        return None;
    }
    let plain = |b: u8| NORM_CLASS[usize::from(b)] == PLAIN;
    if (space & 0x80 != 0 && !plain(bytes[i - 1])) || (space >> 63 != 0 && !plain(bytes[i + 8])) {
        return None;
    }
    let whole = (space >> 7) * 0xFF;
    let normalized = (w & !whole) | ((0x20 * ONES) & whole);
    let starts = !space & HIGH & ((space << 8) | if after_space { 0x80 } else { 0 });
    Some((normalized, starts.count_ones() as usize, space >> 63 != 0))
}

/// Normalizes typography so that a rule phrase matches every common spelling of it:
/// curly quotes and apostrophes become straight, Unicode hyphens become `-`, soft hyphens
/// and zero-width characters vanish, and every run of white space (line breaks and
/// non-breaking spaces included) becomes one space. Letter case is left alone.
#[must_use]
pub fn normalize(src: &str) -> Normalized {
    let bytes = src.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(src.len());
    let mut map = OffsetMapBuilder::new();
    map.record(0, 0);
    let mut in_space = false;
    // For the word count: whether the last source character was white space.
    let mut after_space = true;
    let mut words = 0;
    let plain = |b: u8| NORM_CLASS[usize::from(b)] == PLAIN;
    let mut i = 0;
    // Where nothing shifts, the offset map needs no new point: plain ASCII after a non-space,
    // and one white-space byte between two plain ASCII characters (the general case below
    // would record none either). Such runs are copied by a loop without unpredictable
    // branches (plain text alternates words and spaces); anything else goes to the general
    // case, one character at a time.
    while i < bytes.len() {
        if !in_space && i > 0 {
            loop {
                while i + 8 < bytes.len() {
                    let Some((eight, started, last_space)) = plain_eight(bytes, i, after_space)
                    else {
                        break;
                    };
                    out.extend_from_slice(&eight.to_le_bytes());
                    words += started;
                    after_space = last_space;
                    i += 8;
                }
                // Up to eight bytes one by one: past what stopped the eight-byte step, or to
                // the character the general case must see.
                let stop = (i + 8).min(bytes.len() - 1);
                let mut general = false;
                while i < stop {
                    let b = bytes[i];
                    let class = NORM_CLASS[usize::from(b)];
                    let space = class == SPACE;
                    let around = (NORM_CLASS[usize::from(bytes[i - 1])]
                        | NORM_CLASS[usize::from(bytes[i + 1])])
                        == PLAIN;
                    if (class == WIDE) | (space & !around) {
                        general = true;
                        break;
                    }
                    out.push(if space { b' ' } else { b });
                    words += usize::from(after_space & !space);
                    after_space = space;
                    i += 1;
                }
                if general || i + 1 >= bytes.len() {
                    break;
                }
            }
        }
        let b = bytes[i];
        match NORM_CLASS[usize::from(b)] {
            PLAIN => {
                if in_space {
                    map.record(out.len(), i);
                    in_space = false;
                }
                words += usize::from(after_space);
                after_space = false;
                out.push(b);
                i += 1;
                continue;
            }
            SPACE => {
                after_space = true;
                if in_space {
                } else if i > 0
                    && bytes.get(i + 1).is_some_and(|&n| plain(n))
                    && plain(bytes[i - 1])
                {
                    out.push(b' ');
                } else {
                    in_space = true;
                    map.record(out.len(), i);
                    out.push(b' ');
                    map.record(out.len(), i + 1);
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        let Some(c) = src[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        let norm = classify(c);
        let space = matches!(norm, Norm::Space);
        words += usize::from(after_space && !space);
        after_space = space;
        match norm {
            Norm::Keep => {
                if in_space {
                    map.record(out.len(), i);
                }
                in_space = false;
                out.extend_from_slice(&bytes[i..next]);
            }
            Norm::Replace(r) => {
                map.record(out.len(), i);
                in_space = false;
                let mut buf = [0u8; 4];
                out.extend_from_slice(r.encode_utf8(&mut buf).as_bytes());
                map.record(out.len(), next);
            }
            Norm::Space => {
                if !in_space {
                    in_space = true;
                    map.record(out.len(), i);
                    out.push(b' ');
                    map.record(out.len(), next);
                }
            }
            Norm::Drop => map.record(out.len(), next),
        }
        i = next;
    }
    map.record(out.len(), src.len());
    // Whole characters of valid UTF-8 and ASCII replacements were copied: always valid.
    let text = String::from_utf8(out).unwrap_or_default();
    Normalized {
        text,
        map: map.finish(),
        words,
    }
}

/// Whether `c` continues a word: letters, digits, `_`, and `-` (a hyphenated compound is one word).
#[must_use]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// Whether `text[start..end]` stands as whole words: no word character continues it on either side
/// where the match itself begins or ends with a word character.
#[must_use]
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let inner_first = text[start..end].chars().next();
    let inner_last = text[start..end].chars().next_back();
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let left_ok = !(inner_first.is_some_and(is_word_char) && before.is_some_and(is_word_char));
    let right_ok = !(inner_last.is_some_and(is_word_char) && after.is_some_and(is_word_char));
    left_ok && right_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII white space as `char::is_whitespace` has it (which includes the vertical tab).
    fn is_ascii_space(b: u8) -> bool {
        matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
    }

    /// The earlier normalization, character by character: the fast one must agree with it.
    /// Normalizes typography so that a rule phrase matches every common spelling of it:
    /// curly quotes and apostrophes become straight, Unicode hyphens become `-`, soft hyphens
    /// and zero-width characters vanish, and every run of white space (line breaks and
    /// non-breaking spaces included) becomes one space. Letter case is left alone.
    fn reference(src: &str) -> (String, OffsetMap) {
        let mut text = String::with_capacity(src.len());
        let mut map = OffsetMapBuilder::new();
        map.record(0, 0);
        let mut in_space = false;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < src.len() {
            // Fast paths where nothing shifts, so the offset map needs no new point (the general
            // case below would record none either): a run of plain ASCII after a non-space, and one
            // white-space byte between two plain ASCII characters.
            if !in_space {
                let run = bytes[i..]
                    .iter()
                    .position(|&b| b >= 0x80 || is_ascii_space(b))
                    .unwrap_or(src.len() - i);
                if run > 0 {
                    text.push_str(&src[i..i + run]);
                    i += run;
                    continue;
                }
                let plain = |b: &u8| *b < 0x80 && !is_ascii_space(*b);
                if i > 0 && bytes.get(i + 1).is_some_and(plain) && plain(&bytes[i - 1]) {
                    text.push(' ');
                    i += 1;
                    continue;
                }
            }
            let Some(c) = src[i..].chars().next() else {
                break;
            };
            let next = i + c.len_utf8();
            let at = i;
            i = next;
            let i = at;
            match classify(c) {
                Norm::Keep => {
                    if in_space {
                        map.record(text.len(), i);
                    }
                    in_space = false;
                    text.push(c);
                }
                Norm::Replace(r) => {
                    map.record(text.len(), i);
                    in_space = false;
                    text.push(r);
                    map.record(text.len(), next);
                }
                Norm::Space => {
                    if in_space {
                        continue;
                    }
                    in_space = true;
                    map.record(text.len(), i);
                    text.push(' ');
                    map.record(text.len(), next);
                }
                Norm::Drop => map.record(text.len(), next),
            }
        }
        map.record(text.len(), src.len());
        (text, map.finish())
    }

    #[test]
    fn agrees_with_the_reference_and_counts_words() {
        let pieces = [
            "a", "bc", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "\u{2019}", "\u{201c}", "\u{2011}",
            "\u{ad}", "\u{200b}", "\u{feff}", "é", "Zoë", "\u{2003}", "\u{b}", "-", "'", "x.",
            "\u{3000}",
        ];
        // Every string of up to four pieces, and some longer ones.
        let mut cases = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = cases
                .iter()
                .flat_map(|c| pieces.iter().map(move |p| format!("{c}{p}")))
                .collect();
            cases.extend(longer.into_iter().filter(|c| c.chars().count() <= 6));
            cases.sort();
            cases.dedup();
        }
        let mut seed = 7u64;
        for n in 0..4000 {
            let mut c = String::new();
            // Longer strings of mostly plain words too, for the eight-byte steps.
            let (len, plain) = if n % 2 == 0 { (12, 0) } else { (60, 3) };
            for _ in 0..len {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                if (seed >> 60) < plain {
                    c.push_str(
                        ["word ", "Plain text", " and\n", "x\ty "][(seed >> 40) as usize % 4],
                    );
                    continue;
                }
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                c.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            cases.push(c);
        }
        for c in &cases {
            let n = normalize(c);
            assert_eq!((n.text.clone(), n.map.clone()), reference(c), "{c:?}");
            assert_eq!(n.words, c.split_whitespace().count(), "{c:?}");
        }
    }

    fn back<'a>(src: &'a str, n: &Normalized, start: usize, end: usize) -> &'a str {
        &src[n.map.map(start)..n.map.map_end(end)]
    }

    #[test]
    fn plain_ascii_is_unchanged_and_maps_to_itself() {
        let n = normalize("plain text here");
        assert_eq!(n.text, "plain text here");
        assert_eq!(n.map.map(6), 6);
        assert!(n.map.is_verbatim(0, 15));
    }

    #[test]
    fn curly_quotes_become_straight_and_map_back() {
        let src = "Moscow\u{2019}s navy motion";
        let n = normalize(src);
        assert_eq!(n.text, "Moscow's navy motion");
        let s = n.text.find("navy").unwrap();
        assert_eq!(back(src, &n, s, s + 11), "navy motion");
        assert_eq!(back(src, &n, 6, 7), "\u{2019}");
    }

    #[test]
    fn white_space_runs_fold_to_one_space() {
        let src = "performed \u{a0}\n  down hopes";
        let n = normalize(src);
        assert_eq!(n.text, "performed down hopes");
        assert_eq!(back(src, &n, 0, 14), "performed \u{a0}\n  down");
        assert!(!n.map.is_verbatim(0, 14));
        assert!(n.map.is_verbatim(10, 14));
    }

    #[test]
    fn soft_hyphen_and_bom_vanish() {
        let src = "\u{feff}thought\u{ad}about";
        let n = normalize(src);
        assert_eq!(n.text, "thoughtabout");
        assert_eq!(back(src, &n, 0, 12), "thought\u{ad}about");
    }

    #[test]
    fn composition_maps_through_both_layers() {
        let inner = normalize("a\u{2019}b  c");
        let outer = OffsetMap::shifted(10);
        let both = inner.map.then(&outer);
        for d in 0..=inner.text.len() {
            assert_eq!(both.map(d), inner.map.map(d) + 10, "offset {d}");
        }
    }

    #[test]
    fn a_boundary_between_pieces_has_an_end_and_a_start() {
        // "*performed* down": the derived text "performed down" is two verbatim pieces.
        let mut b = OffsetMapBuilder::new();
        b.record(0, 1);
        b.record(9, 10);
        b.record(9, 11);
        b.record(14, 16);
        let m = b.finish();
        assert_eq!(
            (m.map(0), m.map_end(9)),
            (1, 10),
            "first word ends before the `*`"
        );
        assert_eq!(m.map(9), 11, "the rest starts after it");
        assert_eq!(m.map_end(14), 16);
        assert!(m.is_verbatim(0, 9));
        assert!(!m.is_verbatim(0, 14));
    }

    #[test]
    fn whole_word_checks_both_edges() {
        let t = "the navy-blue navy motion";
        assert!(!is_whole_word(t, 4, 8));
        assert!(is_whole_word(t, 14, 25));
        assert!(is_whole_word("p.c. of", 0, 4));
        assert!(!is_whole_word("xnavy", 1, 5));
    }
}
