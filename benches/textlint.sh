#!/usr/bin/env bash
# Another linter on the same job: textlint with textlint-rule-prh (the phrase-replacement rule
# prh) loading the same 10,614 phrases as whole-word, case-insensitive patterns, on the same
# 100 kB slice as benches/perf.py. Needs Node.js and npm; installs into target/bench/textlint.
# Run benches/run.sh first (it makes the phrase list and the slice).
#
# usage: benches/textlint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/bench/textlint
phrases=target/bench/phrases-builtin-10000.txt
slice=target/bench/slice-100kB.txt
for f in "$phrases" "$slice"; do
    [ -e "$f" ] || { echo "missing $f: run benches/run.sh first" >&2; exit 2; }
done
mkdir -p "$dir"
[ -x "$dir/node_modules/.bin/textlint" ] || (cd "$dir" && npm init -y >/dev/null && npm install --silent textlint textlint-rule-prh)
python3 - "$phrases" "$dir/prh.yml" <<'PY'
import json, re, sys
# JavaScript regex syntax: escape only what is special there.
esc = lambda s: re.sub(r'([.*+?^${}()|\[\]\\/])', r'\\\1', s)
phrases = [l.strip() for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "w") as f:
    f.write("version: 1\nrules:\n")
    for p in phrases:
        f.write(f"  - expected: {json.dumps('<' + p + '>')}\n    pattern: {json.dumps(chr(47) + chr(92) + 'b' + esc(p) + chr(92) + 'b' + chr(47) + 'i')}\n")
print(f"{len(phrases)} prh rules", file=sys.stderr)
PY
echo '{ "rules": { "prh": { "rulePaths": ["./prh.yml"] } } }' > "$dir/.textlintrc.json"
cp "$slice" "$dir/slice.txt"
cd "$dir"
echo "textlint $(npx textlint --version), textlint-rule-prh $(node -p 'require("textlint-rule-prh/package.json").version')" >&2
/usr/bin/time -f "textlint + prh: %e s, peak RSS %M KB" npx textlint --format unix slice.txt | tail -1 || true
