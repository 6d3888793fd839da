//! Criterion benchmarks of the engine in-process: loading the built-in packs, building the
//! matcher, and scanning real English (the MLQE-PE post-edits in fixtures/corpus) with the
//! built-in packs and with 100, 1,000 and 10,000 synthetic phrase rules, to show that the
//! cost per byte stays flat as rules grow. Whole-process figures against other tools are
//! in benches/run.sh.
//!
//! cargo bench --bench engine

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtlint::Engine;
use mtlint::matcher::MatcherOptions;
use mtlint::rules::load::{LoadOptions, load, parse_pack};
use mtlint::rules::{RuleSet, Selection};

fn corpus() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/corpus/mlqe-pe-test20.txt"
    );
    std::fs::read_to_string(path).expect("the MLQE-PE corpus is in fixtures/corpus")
}

fn builtin() -> RuleSet {
    load(&LoadOptions::default())
        .and_then(|s| s.select(&Selection::default()))
        .expect("built-in packs load")
}

/// `n` phrase rules of two or three words drawn from the corpus vocabulary (a fixed
/// pseudo-random walk, so every run builds the same set).
fn synthetic(text: &str, n: usize) -> RuleSet {
    let mut vocab: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
        .collect();
    vocab.sort();
    vocab.dedup();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % vocab.len() as u64).unwrap_or(0)
    };
    let mut toml = String::from("[pack]\nid = \"synthetic\"\n");
    for i in 0..n {
        let words = 2 + i % 2;
        let phrase: Vec<&str> = (0..words).map(|_| vocab[next()].as_str()).collect();
        toml.push_str(&format!(
            "[[rule]]\nid = \"s{i}\"\nmessage = \"m\"\nphrases = [\"{}\"]\nreplacements = [\"x\"]\n",
            phrase.join(" ")
        ));
    }
    let (pack, rules) = parse_pack("synthetic.toml", &toml, true).expect("synthetic rules parse");
    let mut set = RuleSet::default();
    set.add(pack, rules).expect("unique ids");
    set
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("start-up");
    g.sample_size(10);
    g.bench_function("load built-in packs", |b| b.iter(|| black_box(builtin())));
    let rules = builtin();
    g.bench_function("build engine, built-in packs", |b| {
        b.iter(|| black_box(Engine::new(rules.clone(), MatcherOptions::default())))
    });
    g.finish();

    let mut g = c.benchmark_group("scan");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    let engine = Engine::new(builtin(), MatcherOptions::default());
    g.bench_function("built-in packs", |b| {
        b.iter(|| black_box(engine.check(&text)))
    });
    for n in [100, 1_000, 10_000] {
        let engine = Engine::new(synthetic(&text, n), MatcherOptions::default());
        g.bench_function(format!("{n} synthetic rules"), |b| {
            b.iter(|| black_box(engine.check(&text)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
