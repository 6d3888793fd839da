#!/usr/bin/env bash
# Performance benchmark (not a test): builds mtlint and the bare Aho-Corasick baseline in
# release mode, generates the corpora and rule sets, then times whole-process runs with
# hyperfine (benches/perf.py). See benches/README.md for the figures and how to read them.
#
# usage: benches/run.sh [--size 100MB] [--runs 3] [--large] [--skip-grep]
#   --large  also builds a 1 GB corpus and streams it once (peak RSS)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "benches/run.sh needs $tool (Debian: apt-get install $tool)" >&2; exit 2; }
done
cargo build --release --bin mtlint --example bare-scan
sizes=(1MB 100MB)
for a in "$@"; do
    [ "$a" = --large ] && sizes+=(1000MB)
done
python3 benches/gen_corpus.py "${sizes[@]}"
python3 benches/make_rules.py target/release/mtlint target/bench-corpus/1MB.txt
python3 benches/perf.py "$@"
