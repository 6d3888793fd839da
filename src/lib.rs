//! mtlint finds the literal substitutions that machine translation and article spinners leave
//! in English text, explains them, ranks fixes and applies them.
//!
//! Data flows one way: input formats ([`source`]) → text segments with offset maps ([`text`])
//! → one matcher for all rules ([`matcher`]) → diagnostics ([`lint`],
//! [`diagnostic`]) → fixes ([`fix`]) and reports ([`emit`]). Rules are data ([`rules`]).

pub mod app;
pub mod case;
pub mod cli;
pub mod diagnostic;
pub mod dialect;
pub mod emit;
pub mod error;
pub mod fix;
pub mod inflect;
pub mod line_index;
pub mod lint;
pub mod lsp;
pub mod matcher;
pub mod review;
pub mod rules;
pub mod score;
pub mod settings;
mod severity;
pub mod source;
pub mod stream;
pub mod text;
pub mod walk;

pub use diagnostic::{Diagnostic, FixSafety, Severity, Suggestion};
pub use lint::Engine;
