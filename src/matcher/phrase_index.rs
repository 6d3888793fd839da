//! Finds every occurrence of a set of literal patterns in one pass, at a cost per byte that
//! does not grow with the number of patterns.
//!
//! Nearly every rule phrase begins with a word, and a whole-word match can only begin where a
//! word begins. So the text is walked word by word and each word is looked up, once, in a
//! hash table of the patterns' first words; the few patterns in that bucket are compared at
//! that position only. One lookup per word replaces one automaton step per byte: it is faster
//! than an Aho-Corasick scan of the same phrases, builds in a millisecond instead of tens, and
//! stays small enough for the CPU cache at 10,000 phrases.
//!
//! The same walk serves fuzzy matching: the table also holds the fuzzy anchor words, the
//! alphanumeric runs of the text (its fuzzy tokens) are kept in a small ring, and a caller is
//! told where an anchor occurs. Regex triggers whose every occurrence that matters begins at a
//! word are in the table too. What is left — patterns that do not begin with a word character,
//! and triggers that can stand inside a word — goes into a small Aho-Corasick automaton run
//! beside it.

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::text::is_word_char;

/// One pattern in a first-word bucket.
#[derive(Debug, Clone)]
struct Entry {
    pattern: u32,
    /// Bytes of the pattern before its first word (non-word characters of a trigger).
    back: u32,
    /// The whole pattern, ASCII lower case.
    bytes: Box<[u8]>,
    /// The pattern ends with a word character, so the text must not go on with one.
    check_end: bool,
}

/// How a pattern must stand in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// A phrase: it must stand as whole words (as [`crate::text::is_whole_word`]).
    WholeWords,
    /// A regex trigger: every occurrence, anywhere; the regex checks its own boundaries.
    Anywhere,
    /// A trigger that every match of its regex starts with: occurrences inside a word may be
    /// left out, since a match starting there is never a whole word.
    MatchStart,
    /// A trigger that every match of its regex ends with: occurrences that end inside a word
    /// may be left out, since a match ending there is never a whole word.
    MatchEnd,
}

/// Where the walk looks for a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    /// Under one of its words (`bytes[range]`), which a text word must equal.
    Key(Range<usize>),
    /// At the start of a text word that begins with it.
    Prefix,
    /// At the end of a text word that ends with it.
    Suffix,
    /// Anywhere: the side automaton.
    Automaton,
}

/// Where the walk finds every occurrence of `p` that matters for `anchor`.
fn place(p: &str, anchor: Anchor) -> Place {
    let (back, first_end, complete) = first_word(p);
    let has_word = first_end > back;
    // After non-word characters, a word of the pattern followed by a non-word one is a whole
    // word of the text wherever the pattern occurs.
    let exact = back > 0 && complete;
    // The start of the last word, if the pattern ends with one.
    let last = p.chars().next_back().filter(|&c| is_word_char(c)).map(|_| {
        p.rfind(|c: char| !is_word_char(c))
            .map_or(0, |i| i + p[i..].chars().next().map_or(1, char::len_utf8))
    });
    match anchor {
        // Whole words: a word of the text that starts the pattern is whole (the pattern's
        // end is checked).
        Anchor::WholeWords if has_word => Place::Key(back..first_end),
        Anchor::Anywhere | Anchor::MatchStart | Anchor::MatchEnd if exact => {
            Place::Key(back..first_end)
        }
        Anchor::MatchStart if has_word && complete => Place::Key(back..first_end),
        Anchor::MatchStart if back == 0 && first_end == p.len() && has_word => Place::Prefix,
        Anchor::MatchEnd => match last {
            Some(0) => Place::Suffix,
            Some(at) => Place::Key(at..p.len()),
            None => Place::Automaton,
        },
        _ => Place::Automaton,
    }
}

/// What the table knows about one word.
#[derive(Debug, Clone)]
struct Key {
    /// The word, ASCII lower case.
    bytes: Box<[u8]>,
    /// Its first eight bytes (fewer, zero-padded), as [`hash_lower`] gives them.
    head: u64,
    /// Patterns whose first word it is (indices into `entries`).
    phrases: Range<u32>,
    /// Fuzzy anchor slots filed under it (the caller's numbering).
    anchors: Range<u32>,
}

/// Open-addressing table from a word (any ASCII case) to its [`Key`]. Each slot holds the
/// upper half of the word's hash beside the key's index, so a miss — most words — costs one
/// probe of a table that fits in the CPU cache, and no copy of the word is made.
#[derive(Debug, Clone, Default)]
struct WordTable {
    /// The upper bits of the hash's upper half beside `key + 1` in the lower `index_mask`
    /// bits; 0 is empty. Four bytes a slot keep the table in the first-level cache.
    slots: Vec<u32>,
    mask: usize,
    index_mask: u32,
    keys: Vec<Key>,
}

/// Adds 0x20 to the bytes `A`..=`Z` of eight packed bytes (ASCII lower case, by SWAR).
#[inline]
fn lower8(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = w & !HIGH;
    let ge_a = low7 + 0x3f3f_3f3f_3f3f_3f3f;
    let gt_z = low7 + 0x2525_2525_2525_2525;
    let upper = ge_a & !gt_z & !w & HIGH;
    w | (upper >> 2)
}

/// The hash of `bytes[start..end]` in ASCII lower case, and its first eight bytes (fewer,
/// zero-padded) in lower case, which settle most comparisons. Reads eight bytes at a time;
/// the last piece is read from the text around it when the text is long enough, so it needs
/// no copy.
#[inline(always)]
fn hash_lower(bytes: &[u8], start: usize, end: usize) -> (u64, u64) {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let len = end - start;
    let mut h = (len as u64).wrapping_mul(K);
    let mut head = None;
    let mut at = start;
    while end - at >= 8 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[at..at + 8]);
        let w = lower8(u64::from_le_bytes(w));
        head.get_or_insert(w);
        h = (h ^ w).wrapping_mul(K).rotate_left(31);
        at += 8;
    }
    let rest = end - at;
    if rest > 0 {
        let mut w = [0u8; 8];
        if at + 8 <= bytes.len() {
            w.copy_from_slice(&bytes[at..at + 8]);
        } else {
            w[..rest].copy_from_slice(&bytes[at..end]);
        }
        let w = lower8(u64::from_le_bytes(w) & (u64::MAX >> (64 - 8 * rest)));
        head.get_or_insert(w);
        h = (h ^ w).wrapping_mul(K).rotate_left(31);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (h ^ (h >> 32), head.unwrap_or(0))
}

impl WordTable {
    fn build(mut keys: Vec<Key>) -> Self {
        // At most half full: a miss, the common case, probes about two slots.
        let size = (keys.len() * 3 / 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        let mask = size - 1;
        // Enough low bits for `key + 1`; a u32 slot limits the table to 2^32 - 1 keys.
        let index_mask = u32::MAX
            .checked_shr(
                u32::try_from(keys.len())
                    .unwrap_or(u32::MAX)
                    .leading_zeros(),
            )
            .unwrap_or(0);
        for (k, key) in keys.iter_mut().enumerate() {
            let (h, head) = hash_lower(&key.bytes, 0, key.bytes.len());
            key.head = head;
            let mut at = h as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            let index = u32::try_from(k + 1).unwrap_or(u32::MAX);
            slots[at] = ((h >> 32) as u32 & !index_mask) | index;
        }
        Self {
            slots,
            mask,
            index_mask,
            keys,
        }
    }

    /// The key of `bytes[start..end]`, in any ASCII case.
    #[inline(always)]
    fn get(&self, bytes: &[u8], start: usize, end: usize) -> Option<&Key> {
        if self.keys.is_empty() {
            return None;
        }
        let (h, head) = hash_lower(bytes, start, end);
        let len = end - start;
        let mut at = h as usize & self.mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            if (slot ^ (h >> 32) as u32) & !self.index_mask == 0 {
                let key = &self.keys[(slot & self.index_mask) as usize - 1];
                if key.head == head
                    && key.bytes.len() == len
                    && (len <= 8 || key.bytes[8..].eq_ignore_ascii_case(&bytes[start + 8..end]))
                {
                    return Some(key);
                }
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// The last fuzzy tokens (alphanumeric runs) of the text, numbered from its start.
#[derive(Debug, Clone)]
pub struct Tokens {
    ring: Vec<Range<usize>>,
    count: usize,
}

impl Tokens {
    fn new(keep: usize) -> Self {
        Self {
            ring: vec![0..0; keep.max(1).next_power_of_two()],
            count: 0,
        }
    }

    #[inline]
    fn push(&mut self, span: Range<usize>) {
        let mask = self.ring.len() - 1;
        self.ring[self.count & mask] = span;
        self.count += 1;
    }

    /// How many tokens there have been; the last one is number `count() - 1`.
    #[must_use]
    pub fn count(&self) -> usize {
        self.count
    }

    /// Token `j`, one of the last ones kept.
    #[must_use]
    pub fn get(&self, j: usize) -> Range<usize> {
        debug_assert!(j < self.count && self.count - j <= self.ring.len());
        self.ring[j & (self.ring.len() - 1)].clone()
    }
}

/// Byte classes of the word walk.
const WORD: u8 = 1;
/// `-` and `_`: they join a word but split fuzzy tokens.
const JOIN: u8 = 2;
/// Not ASCII: decoded.
const HIGH: u8 = 4;

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            HIGH
        } else if c == b'-' || c == b'_' {
            WORD | JOIN
        } else if c.is_ascii_alphanumeric() {
            WORD
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the character at byte `i` of `text` (not ASCII) continues a word, and its length.
#[inline(never)]
fn wide_word_at(text: &str, i: usize) -> (bool, usize) {
    let c = text[i..].chars().next().unwrap_or(' ');
    (is_word_char(c), c.len_utf8())
}

/// Whether the character starting at byte `i` of `text` continues a word. ASCII is decided
/// by table; other characters are decoded.
#[inline]
fn word_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(i)?;
    let class = CLASS[usize::from(b)];
    if class & HIGH == 0 {
        return Some((class & WORD != 0, 1));
    }
    Some(wide_word_at(text, i))
}

/// The end of the word run that starts at `i`.
fn word_end(text: &str, mut i: usize) -> usize {
    while let Some((true, len)) = word_at(text, i) {
        i += len;
    }
    i
}

/// Where a pattern's first word stands: bytes before it (non-word characters), and its end,
/// if it is followed by a non-word character within the pattern (so a text word must equal it).
fn first_word(p: &str) -> (usize, usize, bool) {
    let back = p.find(is_word_char).unwrap_or(p.len());
    let end = word_end(p, back);
    (back, end, end < p.len())
}

impl PhraseIndex {
    /// Indexes `patterns` (already ASCII lower case), each with how it must stand, and the
    /// fuzzy anchor words (ASCII lower case), each with its slots in the caller's numbering.
    /// `keep_tokens` is how many recent fuzzy tokens an anchor may need to look back on.
    ///
    /// # Panics
    /// Never in practice: the side automaton is built without size limits patterns could pass.
    #[must_use]
    pub fn new(
        patterns: &[(String, Anchor)],
        anchors: &[(String, Range<u32>)],
        keep_tokens: usize,
    ) -> Self {
        let mut keyed: Vec<(Box<[u8]>, Entry)> = Vec::new();
        let mut others = Vec::new();
        let mut other_ids = Vec::new();
        let mut affixes = Affixes::default();
        for (id, (p, anchor)) in patterns.iter().enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            match place(p, *anchor) {
                Place::Key(word) => {
                    let check_end = *anchor == Anchor::WholeWords
                        && p.chars().next_back().is_some_and(is_word_char);
                    keyed.push((
                        p.as_bytes()[word.clone()].into(),
                        Entry {
                            pattern: id,
                            back: u32::try_from(word.start).unwrap_or(u32::MAX),
                            bytes: p.as_bytes().into(),
                            check_end,
                        },
                    ));
                }
                Place::Prefix => affixes.add(false, id, p),
                Place::Suffix => affixes.add(true, id, p),
                Place::Automaton if !p.is_empty() => {
                    let anchor = if *anchor == Anchor::WholeWords {
                        Anchor::WholeWords
                    } else {
                        Anchor::Anywhere
                    };
                    others.push(p.clone());
                    other_ids.push((id, anchor));
                }
                Place::Automaton => {}
            }
        }
        affixes.finish();
        // Longest first within a bucket, so a caller that wants one match per place gets the
        // longest by stopping early.
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.bytes.len().cmp(&a.1.bytes.len())));
        let mut keys: Vec<Key> = Vec::new();
        let mut entries = Vec::with_capacity(keyed.len());
        let mut nexts = Vec::with_capacity(keyed.len());
        for (key, entry) in keyed {
            // Up to eight bytes of the pattern after its key word, and the mask of those there are.
            let after = &entry.bytes[entry.back as usize + key.len()..];
            let n = after.len().min(8);
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&after[..n]);
            nexts.push((
                lower8(u64::from_le_bytes(w)),
                u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0),
            ));
            let at = u32::try_from(entries.len()).unwrap_or(u32::MAX);
            entries.push(entry);
            match keys.last_mut() {
                Some(last) if last.bytes == key => last.phrases.end = at + 1,
                _ => keys.push(Key {
                    bytes: key,
                    head: 0,
                    phrases: at..at + 1,
                    anchors: 0..0,
                }),
            }
        }
        // Anchor words join the first words' keys, or get keys of their own.
        let by_word: std::collections::HashMap<Box<[u8]>, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.bytes.clone(), i))
            .collect();
        for (word, slots) in anchors {
            match by_word.get(word.as_bytes()) {
                Some(&k) => keys[k].anchors = slots.clone(),
                None => keys.push(Key {
                    bytes: word.as_bytes().into(),
                    head: 0,
                    phrases: 0..0,
                    anchors: slots.clone(),
                }),
            }
        }
        let others = (!others.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                // Few patterns: a full DFA stays small and scans fastest.
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&others)
                .expect("side automaton builds")
        });
        Self {
            table: WordTable::build(keys),
            nexts,
            entries,
            others,
            other_ids,
            fuzzy: !anchors.is_empty(),
            keep_tokens,
            affixes,
        }
    }

    /// Every occurrence of every pattern in `text` (overlapping ones too), as
    /// `(pattern, span)`, in no particular order; and, when a fuzzy token is an anchor word,
    /// its slots with the tokens so far (the anchor last).
    pub fn find(
        &self,
        text: &str,
        each: &mut dyn FnMut(usize, Range<usize>),
        anchor: &mut dyn FnMut(&Tokens, Range<u32>),
    ) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut tokens = Tokens::new(if self.fuzzy { self.keep_tokens } else { 1 });
        let mut i = 0;
        while i < n {
            let class = CLASS[usize::from(bytes[i])];
            if class & WORD == 0 {
                if class & HIGH == 0 {
                    i += 1;
                    continue;
                }
                let (word, len) = wide_word_at(text, i);
                if !word {
                    i += len;
                    continue;
                }
            }
            // A word starts at `i`.
            let start = i;
            let mut seen = 0;
            while i < n {
                let class = CLASS[usize::from(bytes[i])];
                if class & HIGH != 0 {
                    let (word, len) = wide_word_at(text, i);
                    if !word {
                        break;
                    }
                    i += len;
                } else if class & WORD != 0 {
                    i += 1;
                } else {
                    break;
                }
                seen |= class;
            }
            let end = i;
            let key = self.table.get(bytes, start, end);
            if let Some(key) = key {
                self.compare(text, start, end, key, each);
            }
            self.affixes.find(bytes, start, end, each);
            if !self.fuzzy {
                continue;
            }
            if seen & JOIN == 0 {
                tokens.push(start..end);
                if let Some(key) = key.filter(|k| !k.anchors.is_empty()) {
                    anchor(&tokens, key.anchors.clone());
                }
            } else {
                // `-` and `_` split the word into fuzzy tokens: each is looked up on its own.
                for (s, e) in alnum_runs(bytes, start, end) {
                    tokens.push(s..e);
                    if let Some(key) = self.table.get(bytes, s, e) {
                        if !key.anchors.is_empty() {
                            anchor(&tokens, key.anchors.clone());
                        }
                    }
                }
            }
        }
        if let Some(ac) = &self.others {
            for m in ac.find_overlapping_iter(text) {
                let (id, anchor) = self.other_ids[m.pattern().as_usize()];
                if anchor == Anchor::Anywhere
                    || crate::text::is_whole_word(text, m.start(), m.end())
                {
                    each(id as usize, m.start()..m.end());
                }
            }
        }
    }

    /// Compares the patterns whose first word is `text[start..end]` at that place.
    #[inline]
    fn compare(
        &self,
        text: &str,
        start: usize,
        end: usize,
        key: &Key,
        each: &mut dyn FnMut(usize, Range<usize>),
    ) {
        let bytes = text.as_bytes();
        let first = end - start;
        // The eight bytes after the word, in lower case (zero past the end of the text).
        let mut w = [0u8; 8];
        if end + 8 <= bytes.len() {
            w.copy_from_slice(&bytes[end..end + 8]);
        } else {
            w[..bytes.len() - end].copy_from_slice(&bytes[end..]);
        }
        let next = lower8(u64::from_le_bytes(w));
        let range = key.phrases.start as usize..key.phrases.end as usize;
        for (e, &(want, mask)) in self.entries[range.clone()].iter().zip(&self.nexts[range]) {
            if next & mask != want {
                continue;
            }
            let Some(from) = start.checked_sub(e.back as usize) else {
                continue;
            };
            let stop = from + e.bytes.len();
            let back = e.back as usize;
            // The first word is equal already: compare what is before and after it.
            if stop <= bytes.len()
                && bytes[from..start].eq_ignore_ascii_case(&e.bytes[..back])
                && bytes[end..stop].eq_ignore_ascii_case(&e.bytes[back + first..])
                && text.is_char_boundary(stop)
                && !(e.check_end && word_at(text, stop).is_some_and(|(w, _)| w))
            {
                each(e.pattern as usize, from..stop);
            }
        }
    }
}

/// The alphanumeric runs of the word `bytes[start..end]`, which `-` and `_` split.
fn alnum_runs(bytes: &[u8], start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> {
    let mut i = start;
    std::iter::from_fn(move || {
        while i < end && CLASS[usize::from(bytes[i])] & JOIN != 0 {
            i += 1;
        }
        if i == end {
            return None;
        }
        let s = i;
        while i < end && CLASS[usize::from(bytes[i])] & JOIN == 0 {
            i += 1;
        }
        Some((s, i))
    })
}

#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    table: WordTable,
    entries: Vec<Entry>,
    /// Per entry, its `(next, next_mask)`: most entries are told apart from the text by the
    /// eight bytes after the key word, so these are read first, packed for the cache.
    nexts: Vec<(u64, u64)>,
    /// Patterns outside the table, with their ids and whether they stand as whole words.
    others: Option<AhoCorasick>,
    other_ids: Vec<(u32, Anchor)>,
    /// Whether there are fuzzy anchors, so fuzzy tokens are kept.
    fuzzy: bool,
    keep_tokens: usize,
    affixes: Affixes,
}

/// Triggers that are the first or last part of a text word, filed by a hash of their first
/// (or last) bytes, as many as the shortest of them has, up to four: one bit test per word
/// tells whether to compare any.
#[derive(Debug, Clone, Default)]
struct Affixes {
    /// Prefixes, then suffixes.
    sides: [AffixSide; 2],
}

#[derive(Debug, Clone, Default)]
struct AffixSide {
    /// How many bytes the key is made of.
    key_len: usize,
    /// 65,536 bits, one per key; allocated when there is an affix.
    bits: Vec<u64>,
    /// `(key, pattern, bytes)`, sorted by key.
    list: Vec<(u16, u32, Box<[u8]>)>,
}

impl AffixSide {
    /// The key of `bytes` (at least `key_len` long): its first or last `key_len` bytes.
    fn key(&self, suffix: bool, bytes: &[u8]) -> u16 {
        let part = if suffix {
            &bytes[bytes.len() - self.key_len..]
        } else {
            &bytes[..self.key_len]
        };
        let x = part
            .iter()
            .fold(0u32, |x, b| x << 8 | u32::from(b.to_ascii_lowercase()));
        (x.wrapping_mul(0x9E37_79B1) >> 16) as u16
    }
}

impl Affixes {
    fn add(&mut self, suffix: bool, pattern: u32, p: &str) {
        self.sides[usize::from(suffix)]
            .list
            .push((0, pattern, p.as_bytes().into()));
    }

    /// Files the affixes added under their keys.
    fn finish(&mut self) {
        for (suffix, side) in self.sides.iter_mut().enumerate() {
            let Some(shortest) = side.list.iter().map(|e| e.2.len()).min() else {
                continue;
            };
            side.key_len = shortest.min(4);
            side.bits = vec![0; 1024];
            let mut list = std::mem::take(&mut side.list);
            for e in &mut list {
                e.0 = side.key(suffix == 1, &e.2);
                side.bits[usize::from(e.0) / 64] |= 1 << (e.0 % 64);
            }
            list.sort_by_key(|e| e.0);
            side.list = list;
        }
    }

    /// Reports the affixes of the text word `bytes[start..end]`.
    #[inline]
    fn find(
        &self,
        bytes: &[u8],
        start: usize,
        end: usize,
        each: &mut dyn FnMut(usize, Range<usize>),
    ) {
        let word = &bytes[start..end];
        for (suffix, side) in self.sides.iter().enumerate() {
            if side.bits.is_empty() || word.len() < side.key_len {
                continue;
            }
            let key = side.key(suffix == 1, word);
            if side.bits[usize::from(key) / 64] & (1 << (key % 64)) == 0 {
                continue;
            }
            let first = side.list.partition_point(|e| e.0 < key);
            for (_, pattern, p) in side.list[first..].iter().take_while(|e| e.0 == key) {
                if p.len() > word.len() {
                    continue;
                }
                let from = if suffix == 0 { start } else { end - p.len() };
                if bytes[from..from + p.len()].eq_ignore_ascii_case(p) {
                    each(*pattern as usize, from..from + p.len());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(patterns: &[(&str, Anchor)], text: &str) -> Vec<(usize, String)> {
        let owned: Vec<(String, Anchor)> =
            patterns.iter().map(|(p, a)| (p.to_string(), *a)).collect();
        let ix = PhraseIndex::new(&owned, &[], 0);
        let mut out = Vec::new();
        ix.find(
            text,
            &mut |p, span| out.push((p, text[span].to_string())),
            &mut |_, _| {},
        );
        out.sort();
        out
    }

    use Anchor::{Anywhere, MatchEnd, MatchStart, WholeWords};

    #[test]
    fn triggers_after_non_word_characters_are_found_everywhere_through_the_table() {
        let got = found(
            &[(" 2000 year", Anywhere), ("-primarily based", Anywhere)],
            "in 2000 year, x2000 year; ( 2000 years",
        );
        assert_eq!(got, [(0, " 2000 year".into()), (0, " 2000 year".into())]);
    }

    #[test]
    fn match_start_triggers_are_found_where_a_word_starts() {
        let got = found(
            &[("home violence", MatchStart), ("rumour", MatchStart)],
            "Home violence; rehome violence; rumours",
        );
        // "rumour" begins the text word "rumours".
        assert_eq!(got, [(0, "Home violence".into()), (1, "rumour".into())]);
    }

    #[test]
    fn match_end_triggers_are_found_where_a_word_ends() {
        let got = found(
            &[
                ("00 year", MatchEnd),
                ("tection", MatchEnd),
                ("-ball", MatchEnd),
            ],
            "in 2000 year; 2000 years; air protection; protections; ten-ball",
        );
        assert_eq!(
            got,
            [
                (0, "00 year".into()),
                (1, "tection".into()),
                (2, "-ball".into())
            ]
        );
    }

    #[test]
    fn places() {
        use Place::{Automaton, Key, Prefix, Suffix};
        for (p, anchor, want) in [
            ("navy motion", WholeWords, Key(0..4)),
            ("[c=o] bunches", WholeWords, Key(1..2)),
            ("...", WholeWords, Automaton),
            (" 2000 year", Anywhere, Key(1..5)),
            ("-primarily based", Anywhere, Automaton),
            ("-primarily based", MatchEnd, Key(11..16)),
            ("home violence", MatchStart, Key(0..4)),
            ("secretary-basic", MatchStart, Prefix),
            ("tection", MatchEnd, Suffix),
            (" ball", MatchStart, Automaton),
            (" ball", MatchEnd, Key(1..5)),
            ("x (", MatchEnd, Automaton),
        ] {
            assert_eq!(place(p, anchor), want, "{p:?} {anchor:?}");
        }
    }

    #[test]
    fn lower8_lowers_ascii_capitals_only() {
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b, b'Z', b'@', b'[', b'A', 0xC3, 0x80, b'a']);
            let want = u64::from_le_bytes([
                b.to_ascii_lowercase(),
                b'z',
                b'@',
                b'[',
                b'a',
                0xC3,
                0x80,
                b'a',
            ]);
            assert_eq!(lower8(w), want, "{b:#x}");
        }
    }

    #[test]
    fn table_finds_words_in_any_ascii_case_and_length() {
        let words: Vec<String> = (1..40)
            .map(|n| "aé".repeat(n / 2) + &"b".repeat(n % 2))
            .collect();
        let keys = words
            .iter()
            .map(|w| Key {
                bytes: w.as_bytes().into(),
                head: 0,
                phrases: 0..0,
                anchors: 0..0,
            })
            .collect();
        let table = WordTable::build(keys);
        for w in &words {
            let text = format!("x {} y", w.to_ascii_uppercase());
            let key = table.get(text.as_bytes(), 2, 2 + w.len());
            assert_eq!(key.map(|k| &*k.bytes), Some(w.as_bytes()), "{w}");
            let tail = table.get(text.as_bytes(), 2, 1 + w.len());
            assert!(tail.is_none_or(|k| &*k.bytes != w.as_bytes()));
        }
    }

    #[test]
    fn whole_words_any_ascii_case_overlapping() {
        let got = found(
            &[
                ("navy motion", WholeWords),
                ("navy", WholeWords),
                ("motion", WholeWords),
            ],
            "The NAVY Motion; navyblue; a navy-yard",
        );
        assert_eq!(
            got,
            [
                (0, "NAVY Motion".into()),
                (1, "NAVY".into()),
                (2, "Motion".into())
            ]
        );
    }

    #[test]
    fn patterns_with_punctuation_and_non_ascii() {
        let got = found(
            &[
                ("0.33-birthday celebration", WholeWords),
                ("[c=o] bunches", WholeWords),
                ("β-d mannose", WholeWords),
            ],
            "x 0.33-birthday celebration, [c=o] bunches and β-d mannose; 10.33-birthday celebration",
        );
        assert_eq!(
            got,
            [
                (0, "0.33-birthday celebration".into()),
                (1, "[c=o] bunches".into()),
                (2, "β-d mannose".into())
            ]
        );
    }

    #[test]
    fn a_pattern_ending_in_punctuation_needs_no_word_end() {
        let got = found(&[("p.c.", WholeWords)], "5 p.c.of it, 6 p.c. more");
        assert_eq!(got, [(0, "p.c.".into()), (0, "p.c.".into())]);
    }

    #[test]
    fn triggers_match_anywhere() {
        let got = found(
            &[("-primarily based", Anywhere)],
            "Web-primarily based tools",
        );
        assert_eq!(got, [(0, "-primarily based".into())]);
    }

    #[test]
    fn multibyte_text_around_and_after_a_match() {
        let got = found(
            &[("deep learning", WholeWords)],
            "Zoë’s deep learning… deep learningé",
        );
        assert_eq!(got, [(0, "deep learning".into())]);
    }
}
