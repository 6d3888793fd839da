#!/usr/bin/env bash
# Inputs too big for the test suite: a 1 GB file and a pack of 100,000 rules. Prints the time
# and peak memory of each run and its exit status.
#
#   fuzz/stress.sh [MTLINT_BINARY] [FILE_MB]      (default target/debug/mtlint, 1024 MB)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/target/debug/mtlint}"
mb="${2:-1024}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -f "$label: %e s, peak %M KB" "$@" >"$work/out" 2>"$work/err"
    local status=$?
    tail -1 "$work/err"
    echo "  exit $status; $(grep -m1 -E 'Found|No findings|error' "$work/out" "$work/err" | cut -c1-160)"
}

# 100,000 rules in one user pack (the built-in packs have about 8,000).
python3 - "$work/many.toml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('[pack]\nid = "many"\n')
    for i in range(100_000):
        f.write(f'[[rule]]\nid = "r-{i}"\nmessage = "m"\nphrases = ["word{i} other{i % 97}"]\nreplacements = ["fixed {i}"]\nflag = [{{ text = "So word{i} other{i % 97}.", fixed = "So fixed {i}." }}]\npass = ["So word{i}."]\n')
PY
echo "They said word99999 other89 twice." >"$work/small.txt"
ls -l "$work/many.toml" | awk '{print "rule file: " $5 " bytes"}'
measure "100,000 rules" "$bin" check --isolated --no-builtin --rules "$work/many.toml" "$work/small.txt"

# A file of FILE_MB megabytes: clean prose with a finding every ~1 MB, lines of ~90 bytes.
python3 - "$work/big.txt" "$mb" <<'PY'
import sys
clean = "The minister said on Tuesday that the talks would go on next week in the capital.\n"
spun = "The Kremlin performed down hopes, and Peskov instructed reporters.\n"
block = clean * (1_000_000 // len(clean)) + spun
with open(sys.argv[1], "w") as f:
    for _ in range(int(sys.argv[2])):
        f.write(block)
PY
ls -l "$work/big.txt" | awk '{print "big file: " $5 " bytes"}'
measure "${mb} MB file" "$bin" check --isolated "$work/big.txt"
