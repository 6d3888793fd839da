#!/usr/bin/env python3
"""Rule sets for the performance benchmarks (benches/run.sh), written to target/bench/.

- rules-N.toml for N in 100, 1000, 10000: N phrase rules with no context, the first drawn from
  the built-in packs' own phrases (`mtlint rules phrases`, shuffled with a fixed seed), the
  rest (to reach 10,000) synthetic: 2-4 word phrases drawn from the corpus vocabulary, a
  tenth of them real word sequences of the corpus so they also make hits.
- synthetic-fill.toml: synthetic rules that bring the built-in packs as shipped to 10,000.
- phrases-*.txt: the literal phrases of each set as the matcher holds them, for the bare
  Aho-Corasick scan, ripgrep and grep.

usage: benches/make_rules.py MTLINT_BINARY CORPUS_FILE
"""
import json, os, random, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "target", "bench")


def phrases(binary, *args):
    out = subprocess.run([binary, "rules", *args, "phrases"], check=True, capture_output=True, text=True)
    return [l for l in out.stdout.split("\n") if l.strip()]


def toml_rules(items, prefix):
    lines = ['[pack]', f'id = "{prefix}"', 'title = "Synthetic benchmark rules"', ""]
    for i, p in enumerate(items):
        lines += ["[[rule]]", f'id = "{prefix}-{i:05d}"', 'message = "benchmark rule"',
                  f"phrases = [{json.dumps(p)}]", 'replacements = ["x"]',
                  f'flag = [{{ text = {json.dumps("It said " + p + " today.")} }}]',
                  'pass = ["It said nothing today."]', ""]
    return "\n".join(lines)


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(7)
    real = [p for p in phrases(binary) if not re.search(r"[{}<>\\\"]", p)]
    rng.shuffle(real)
    text = open(corpus, encoding="utf-8", errors="replace").read(4_000_000)
    words = re.findall(r"[a-z]{3,}", text.lower())
    vocab = sorted(set(words))
    seen = set(real)
    synthetic = []
    while len(synthetic) < 12_000:
        n = rng.randint(2, 4)
        if rng.random() < 0.1:
            at = rng.randrange(len(words) - n)
            p = " ".join(words[at:at + n])
        else:
            p = " ".join(rng.choice(vocab) for _ in range(n))
        if p not in seen:
            seen.add(p)
            synthetic.append(p)
    pool = real + synthetic
    for n in (100, 1000, 10000):
        path = os.path.join(OUT, f"rules-{n}.toml")
        open(path, "w").write(toml_rules(pool[:n], f"bench{n}"))
        listed = phrases(binary, "--no-builtin", "--rules", path)
        open(os.path.join(OUT, f"phrases-{n}.txt"), "w").write("\n".join(listed) + "\n")
        print(f"{path}: {n} rules, {len(listed)} phrases")
    builtin = phrases(binary)
    # The rules on by default, as `check --verbose` counts them.
    probe = subprocess.run([binary, "check", "--isolated", "--verbose", "-"], input="",
                           capture_output=True, text=True).stderr
    on = int(re.search(r"(\d+) rules in", probe).group(1))
    fill_n = 10_000 - on
    fill = os.path.join(OUT, "synthetic-fill.toml")
    open(fill, "w").write(toml_rules(synthetic[-fill_n:], "fill"))
    open(os.path.join(OUT, "phrases-builtin.txt"), "w").write("\n".join(builtin) + "\n")
    full = phrases(binary, "--rules", fill)
    open(os.path.join(OUT, "phrases-builtin-10000.txt"), "w").write("\n".join(full) + "\n")
    print(f"built-in packs: {len(builtin)} phrases; + {fill_n} synthetic rules = 10,000 rules, {len(full)} phrases")


if __name__ == "__main__":
    main()
