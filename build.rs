//! Build step: the built-in rule packs, lean and precompiled.
//!
//! Lean: the packs carry their own test examples and long descriptions, which only `mtlint rules
//! test`, `explain` and SARIF reports read; in the 6 MB tortured-science pack they are three
//! fifths of the text. The lean copy blanks those lines (keeping the line count, so every
//! location stays right); a value that spans several lines is kept.
//!
//! Precompiled: a checking run would still spend most of its start parsing the lean TOML and
//! compiling 9,000 rules. So the lean packs are compiled here, with the crate's own loader
//! (the modules below are the crate's files), and stored in the binary form of
//! `src/rules/packed.rs`, which the run decodes. A pack that does not compile is stored empty:
//! the run then parses its TOML and reports the error with its file, line and column.

// The crate's own modules, at the same paths as in the crate so that they resolve alike. Only
// the part of them that compiles a pack is used here.
#[allow(dead_code)]
#[path = "src/error.rs"]
mod error;
#[allow(dead_code)]
#[path = "src/inflect.rs"]
mod inflect;
#[allow(dead_code)]
#[path = "src/line_index.rs"]
mod line_index;
#[allow(dead_code)]
#[path = "src/severity.rs"]
mod severity;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;
mod diagnostic {
    pub use crate::severity::{FixSafety, Severity};
}
#[allow(dead_code)]
mod rules {
    // Inside an inline module these paths start from `rules/` (next to this file).
    #[path = "../src/rules/compile.rs"]
    pub mod compile;
    #[path = "../src/rules/context.rs"]
    pub mod context;
    #[path = "../src/rules/packed.rs"]
    pub mod packed;
    #[path = "../src/rules/rule.rs"]
    mod rule;
    #[path = "../src/rules/schema.rs"]
    mod schema;
    #[path = "../src/rules/template.rs"]
    mod template;
    pub use rule::{FlagExample, Pack, PassExample, Rule};
    pub use template::Template;
}

use std::path::Path;

/// Whether `line` holds a whole `key = value` by itself: brackets balanced outside strings,
/// and no string left open.
fn complete(line: &str) -> bool {
    let (mut depth, mut quote, mut escaped) = (0i32, None::<char>, false);
    for c in line.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '\'' => quote = Some(c),
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    depth == 0 && quote.is_none()
}

fn lean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let drop = ["flag = ", "pass = ", "description = "]
            .iter()
            .any(|k| body.starts_with(k))
            && complete(body);
        if drop {
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=rules");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let lean_dir = Path::new(&out_dir).join("lean");
    let packed_dir = Path::new(&out_dir).join("packed");
    std::fs::create_dir_all(&lean_dir).expect("OUT_DIR is writable");
    std::fs::create_dir_all(&packed_dir).expect("OUT_DIR is writable");
    for entry in std::fs::read_dir("rules").expect("rules/ is readable") {
        let path = entry.expect("rules/ entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("rule pack is UTF-8");
            let name = path.file_name().expect("file name").to_string_lossy();
            let lean = lean(&text);
            // The same origin as `rules::load` gives the pack (it names the pack in errors).
            let origin = format!("builtin:rules/{name}");
            let (bytes, strings) = match rules::compile::parse_pack(&origin, &lean, true) {
                Ok((pack, rules)) => rules::packed::encode(&pack, &rules),
                Err(e) => {
                    // Not a build failure: mtlint reports it, located, when it loads the pack.
                    let e = e.to_string().replace('\n', " ");
                    println!("cargo:warning=not precompiled: {e}");
                    (Vec::new(), String::new())
                }
            };
            std::fs::write(lean_dir.join(&*name), lean).expect("lean pack written");
            std::fs::write(packed_dir.join(format!("{name}.bin")), bytes)
                .expect("packed pack written");
            std::fs::write(packed_dir.join(format!("{name}.txt")), strings)
                .expect("packed pack written");
        }
    }
}
