//! British or American spelling: suggestions follow the spelling the document already uses
//! ("defence official" in a British text, "defense official" in an American one).

/// Spelling pairs: British, American.
const PAIRS: &[(&str, &str)] = &[
    ("centre", "center"),
    ("centres", "centers"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("colour", "color"),
    ("favour", "favor"),
    ("favourable", "favorable"),
    ("labour", "labor"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("neighbouring", "neighboring"),
    ("honour", "honor"),
    ("behaviour", "behavior"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("theatre", "theater"),
    ("catalogue", "catalog"),
    ("travelled", "traveled"),
    ("analyse", "analyze"),
    ("criticised", "criticized"),
    ("recognised", "recognized"),
    ("organised", "organized"),
    ("realised", "realized"),
    ("authorised", "authorized"),
    ("mobilised", "mobilized"),
    ("apologised", "apologized"),
    ("emphasised", "emphasized"),
    ("per cent", "percent"),
];

/// The spelling a document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    British,
    American,
    Unknown,
}

fn count(lower: &str, word: &str) -> usize {
    lower
        .match_indices(word)
        .filter(|(i, m)| crate::text::is_whole_word(lower, *i, i + m.len()))
        .count()
}

/// Every spelling of [`PAIRS`] in one automaton: the pattern index is `2 * pair + dialect`.
fn spellings() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(PAIRS.iter().flat_map(|(b, a)| [b, a]))
            .expect("spelling automaton builds")
    })
}

/// The dialect of a document, from its spellings of the words in [`PAIRS`]: one pass over the
/// text, whatever its size.
#[must_use]
pub fn detect(text: &str) -> Dialect {
    let (mut uk, mut us) = (0usize, 0usize);
    for m in spellings().find_iter(text) {
        if crate::text::is_whole_word(text, m.start(), m.end()) {
            if m.pattern().as_usize() % 2 == 0 {
                uk += 1;
            } else {
                us += 1;
            }
        }
    }
    match uk.cmp(&us) {
        std::cmp::Ordering::Greater => Dialect::British,
        std::cmp::Ordering::Less => Dialect::American,
        std::cmp::Ordering::Equal => Dialect::Unknown,
    }
}

/// Whether `suggestion` uses a spelling of the other dialect than `dialect`.
#[must_use]
pub fn is_foreign(suggestion: &str, dialect: Dialect) -> bool {
    let lower = suggestion.to_lowercase();
    PAIRS.iter().any(|(b, a)| match dialect {
        Dialect::British => count(&lower, a) > 0,
        Dialect::American => count(&lower, b) > 0,
        Dialect::Unknown => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_majority_spelling() {
        assert_eq!(
            detect("The defence ministry and its programme."),
            Dialect::British
        );
        assert_eq!(
            detect("The defense ministry, neighboring states."),
            Dialect::American
        );
        assert_eq!(detect("No marker here."), Dialect::Unknown);
        assert_eq!(
            detect("CENTRE centre Center; the centrefold"),
            Dialect::British
        );
    }

    #[test]
    fn foreign_spellings_are_recognised() {
        assert!(is_foreign("data centres", Dialect::American));
        assert!(!is_foreign("data centers", Dialect::American));
        assert!(!is_foreign("data centres", Dialect::Unknown));
    }
}
