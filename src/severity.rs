//! A rule's severity and fix safety: part of the diagnostic model, in a file of their own so
//! that `build.rs` can compile the built-in packs with the crate's own rule types.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    #[default]
    Warning,
    Error,
}

impl Severity {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Whether a fix may be applied without a person looking at it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum FixSafety {
    /// Never applied automatically; the suggestions are shown only.
    None,
    /// Right in most contexts; applied with `--fix --unsafe-fixes`.
    Unsafe,
    /// Right in every context the rule matches; applied with `--fix`.
    #[default]
    Safe,
}

impl FixSafety {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            FixSafety::None => "none",
            FixSafety::Unsafe => "unsafe",
            FixSafety::Safe => "safe",
        }
    }
}
