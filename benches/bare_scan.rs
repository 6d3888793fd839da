//! The baseline mtlint is measured against: a bare whole-word, ASCII-case-insensitive,
//! leftmost-longest Aho-Corasick scan of a phrase list that prints each hit with its line and
//! column. It does none of mtlint's work beyond that (no context, no inflection, no fuzzy
//! matching, no input formats), so it is the ceiling for a design built on one automaton.
//!
//! usage: bare-scan PHRASES_FILE TEXT_FILE [--threads N] [--dfa]
//!
//! Build with `cargo build --release --example bare-scan`; `benches/run.sh` runs it.

use std::io::{BufWriter, Write};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Hits in `text` as `(line, column, pattern)`, lines counted from `first_line`.
fn scan(ac: &AhoCorasick, text: &[u8], first_line: usize) -> Vec<(usize, usize, u32)> {
    let mut out = Vec::new();
    let (mut line, mut line_start, mut counted) = (first_line, 0usize, 0usize);
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if (s > 0 && is_word_byte(text[s - 1]) && is_word_byte(text[s]))
            || (e < text.len() && is_word_byte(text[e]) && is_word_byte(text[e - 1]))
        {
            continue;
        }
        for (i, &b) in text[counted..s].iter().enumerate() {
            if b == b'\n' {
                line += 1;
                line_start = counted + i + 1;
            }
        }
        counted = s;
        out.push((line, s - line_start + 1, m.pattern().as_u32()));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: bare-scan PHRASES_FILE TEXT_FILE [--threads N] [--dfa]");
        std::process::exit(2);
    }
    let threads: usize = args
        .iter()
        .position(|a| a == "--threads")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .max(1);
    let kind = if args.iter().any(|a| a == "--dfa") {
        Some(AhoCorasickKind::DFA)
    } else {
        None
    };
    let phrases: Vec<String> = std::fs::read_to_string(&args[1])
        .expect("phrase file is readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let text = std::fs::read(&args[2]).expect("text file is readable");
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(kind)
        .build(&phrases)
        .expect("automaton builds");
    // Chunks end at line ends so no phrase is cut; each chunk's first line number is counted.
    let mut bounds = vec![0];
    for t in 1..threads {
        let at = text.len() * t / threads;
        let cut = text[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |p| at + p + 1);
        bounds.push(cut.max(*bounds.last().unwrap_or(&0)));
    }
    bounds.push(text.len());
    let results: Vec<Vec<(usize, usize, u32)>> = std::thread::scope(|s| {
        let handles: Vec<_> = bounds
            .windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let ac = &ac;
                let text = &text;
                s.spawn(move || {
                    let first_line = 1 + text[..a].iter().filter(|&&c| c == b'\n').count();
                    scan(ac, &text[a..b], first_line)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("scan thread"))
            .collect()
    });
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut hits = 0usize;
    for (line, col, p) in results.into_iter().flatten() {
        hits += 1;
        let _ = writeln!(out, "{line}:{col}:{}", phrases[p as usize]);
    }
    let _ = out.flush();
    eprintln!("{hits} hits");
}
