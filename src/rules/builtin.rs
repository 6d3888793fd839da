//! The built-in packs, embedded in the binary so it works from any folder. A test checks that
//! every `rules/*.toml` file is listed here.

/// `(path in the repository, contents)` of every built-in pack.
pub const PACKS: &[(&str, &str)] = &[
    (
        "rules/false-friends-de.toml",
        include_str!("../../rules/false-friends-de.toml"),
    ),
    (
        "rules/false-friends-es.toml",
        include_str!("../../rules/false-friends-es.toml"),
    ),
    (
        "rules/false-friends-fr.toml",
        include_str!("../../rules/false-friends-fr.toml"),
    ),
    (
        "rules/false-friends-it.toml",
        include_str!("../../rules/false-friends-it.toml"),
    ),
    (
        "rules/false-friends-nl.toml",
        include_str!("../../rules/false-friends-nl.toml"),
    ),
    (
        "rules/false-friends-pl.toml",
        include_str!("../../rules/false-friends-pl.toml"),
    ),
    (
        "rules/false-friends-pt.toml",
        include_str!("../../rules/false-friends-pt.toml"),
    ),
    (
        "rules/false-friends-ru.toml",
        include_str!("../../rules/false-friends-ru.toml"),
    ),
    (
        "rules/news-spin.toml",
        include_str!("../../rules/news-spin.toml"),
    ),
    (
        "rules/tortured-science.toml",
        include_str!("../../rules/tortured-science.toml"),
    ),
];
