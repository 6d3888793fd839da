//! Build step: a lean copy of each built-in rule pack for checking runs. The packs carry their
//! own test examples and long descriptions, which only `mtlint rules test`, `explain` and
//! SARIF reports read; in the 6 MB tortured-science pack they are three fifths of the text the
//! TOML parser would otherwise read at every start. The lean copy blanks those lines (keeping
//! the line count, so every location stays right); a value that spans several lines is kept.

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
    std::fs::create_dir_all(&lean_dir).expect("OUT_DIR is writable");
    for entry in std::fs::read_dir("rules").expect("rules/ is readable") {
        let path = entry.expect("rules/ entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("rule pack is UTF-8");
            let name = path.file_name().expect("file name");
            std::fs::write(lean_dir.join(name), lean(&text)).expect("lean pack written");
        }
    }
}
