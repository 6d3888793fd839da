//! Letter case of replacements: a fix keeps the case of the text it replaces.

/// `replacement` in the case pattern of `original`: ALL CAPS stays all caps, Title Case Words
/// stay title case, a capitalized first word stays capitalized; otherwise the replacement is
/// used as written (it may hold proper nouns).
#[must_use]
pub fn match_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    let words: Vec<&str> = original
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalized = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    if words.len() > 1 && words.iter().all(|w| capitalized(w)) {
        return replacement
            .split(' ')
            .map(capitalize)
            .collect::<Vec<_>>()
            .join(" ");
    }
    if words.first().is_some_and(|w| capitalized(w)) {
        return capitalize(replacement);
    }
    replacement.to_string()
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::match_case;

    #[test]
    fn keeps_the_case_pattern() {
        assert_eq!(match_case("performed down", "played down"), "played down");
        assert_eq!(match_case("Performed down", "played down"), "Played down");
        assert_eq!(match_case("INSTRUCTED", "told"), "TOLD");
        assert_eq!(
            match_case("Navy Motion", "military action"),
            "Military Action"
        );
        assert_eq!(match_case("japanese", "eastern"), "eastern");
        assert_eq!(
            match_case("a protection official", "a defence official"),
            "a defence official"
        );
        assert_eq!(match_case("I", "we"), "We");
    }
}
