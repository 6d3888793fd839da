#!/usr/bin/env python3
"""Whole-process performance benchmark of mtlint against a bare Aho-Corasick scan, ripgrep and
GNU grep on the same phrases and the same real English text. Run it through benches/run.sh,
which builds the binaries and the inputs first. Prints Markdown tables (also written to
target/bench/report.md): MB/s, peak RSS, hit counts, and the ratios the performance targets
are stated in (benches/README.md).

usage: benches/perf.py [--size 100MB] [--runs 3] [--large] [--skip-grep]
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BENCH = os.path.join(ROOT, "target", "bench")
CORPUS = os.path.join(ROOT, "target", "bench-corpus")
MTLINT = os.path.join(ROOT, "target", "release", "mtlint")
BARE = os.path.join(ROOT, "target", "release", "examples", "bare-scan")
MB = 1_000_000


def hyperfine(cmd, runs):
    """Mean wall seconds of `cmd` (a shell string) over `runs` runs, after one warm-up."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run(["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(runs),
                        "-i", "--export-json", f.name, cmd], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.load(open(f.name))["results"][0]["mean"]


def rss_and_hits(cmd):
    """Peak RSS (MB) and output lines of one run of `cmd`."""
    with tempfile.NamedTemporaryFile() as out, tempfile.NamedTemporaryFile() as t:
        subprocess.run(f"/usr/bin/time -f %M -o {t.name} {cmd} > {out.name} 2>/dev/null",
                       shell=True)
        rss = int(open(t.name).read().split()[-1]) / 1024
        hits = sum(1 for _ in open(out.name, "rb"))
    return rss, hits


def measure(label, cmd, size, runs, rows):
    secs = hyperfine(cmd, runs)
    rss, hits = rss_and_hits(cmd)
    rows.append({"label": label, "secs": secs, "mbs": size / MB / secs, "rss": rss, "hits": hits,
                 "cmd": cmd})
    print(f"  {label}: {size / MB / secs:.1f} MB/s, {rss:.0f} MB, {hits} hits", file=sys.stderr)
    return rows[-1]


def table(title, rows, base=None):
    lines = [f"### {title}", "", "| run | MB/s | s | peak RSS MB | hits |" + (" ratio |" if base else ""),
             "|---|---:|---:|---:|---:|" + ("---:|" if base else "")]
    for r in rows:
        ratio = f" {r['mbs'] / base['mbs']:.2f}× |" if base else ""
        lines.append(f"| {r['label']} | {r['mbs']:.1f} | {r['secs']:.2f} | {r['rss']:.0f} | {r['hits']} |{ratio}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="100MB")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--large", action="store_true", help="also stream the 1 GB corpus once")
    ap.add_argument("--skip-grep", action="store_true")
    a = ap.parse_args()
    text = os.path.join(CORPUS, f"{a.size}.txt")
    size = os.path.getsize(text)
    report = [f"Corpus: {text} ({size / MB:.0f} MB of man pages, Debian docs and MLQE post-edits); "
              f"{os.cpu_count()} CPUs; {a.runs} runs each after a warm-up (hyperfine).\n"]
    mt = f"{MTLINT} check --isolated --format jsonl --exit-zero"

    print("rule-count scaling (1 thread, phrase rules without context):", file=sys.stderr)
    rows = []
    for n in (100, 1000, 10000):
        rules = os.path.join(BENCH, f"rules-{n}.toml")
        phrases = os.path.join(BENCH, f"phrases-{n}.txt")
        bare = measure(f"bare scan, {n} rules", f"{BARE} {phrases} {text}", size, a.runs, rows)
        m = measure(f"mtlint, {n} rules", f"{mt} -j1 --no-builtin --rules {rules} {text}", size, a.runs, rows)
        m["vs_bare"] = m["mbs"] / bare["mbs"]
    report.append(table("Rule-count scaling, one thread", rows))
    m100 = next(r for r in rows if r["label"] == "mtlint, 100 rules")
    m10k = next(r for r in rows if r["label"] == "mtlint, 10000 rules")
    report.append(f"mtlint throughput at 100 rules / at 10,000 rules: {m100['mbs'] / m10k['mbs']:.2f} (target ≤ 1.5)\n")
    report.append("mtlint / bare scan: " + ", ".join(
        f"{r['label'].split(', ')[1]} {r['vs_bare']:.2f}×" for r in rows if "vs_bare" in r) + "\n")

    print("built-in packs (as shipped) and built-in + synthetic = 10,000 rules:", file=sys.stderr)
    rows, ratios = [], []
    fill = os.path.join(BENCH, "synthetic-fill.toml")
    for label, extra, phrases in (("built-in packs", "", "phrases-builtin.txt"),
                                  ("built-in + synthetic, 10,000 rules", f"--rules {fill}", "phrases-builtin-10000.txt")):
        p = os.path.join(BENCH, phrases)
        b1 = measure(f"bare scan, {label}, 1 thread", f"{BARE} {p} {text}", size, a.runs, rows)
        b2 = measure(f"bare scan, {label}, 2 threads", f"{BARE} {p} {text} --threads 2", size, a.runs, rows)
        m1 = measure(f"mtlint, {label}, 1 thread", f"{mt} -j1 {extra} {text}", size, a.runs, rows)
        m2 = measure(f"mtlint, {label}, 2 threads", f"{mt} -j2 {extra} {text}", size, a.runs, rows)
        ratios.append(f"{label}: mtlint 1 thread / bare 1 thread = {m1['mbs'] / b1['mbs']:.2f}× (target ≥ 1.0); "
                      f"mtlint 2 threads / bare 1 thread = {m2['mbs'] / b1['mbs']:.2f}× (target ≥ 1.7); "
                      f"mtlint speed-up 1 → 2 threads {m2['mbs'] / m1['mbs']:.2f}×\n")
    report.append(table("Real packs", rows))
    report += ratios

    if not a.skip_grep:
        print("general tools on a 100 kB slice (they are slow):", file=sys.stderr)
        rows = []
        small = os.path.join(BENCH, "slice-100kB.txt")
        with open(text, "rb") as f, open(small, "wb") as g:
            g.write(f.read(100_000).rsplit(b"\n", 1)[0] + b"\n")
        ssize = os.path.getsize(small)
        p = os.path.join(BENCH, "phrases-builtin-10000.txt")
        for label, cmd in (("mtlint, 10,000 rules", f"{mt} -j1 --rules {fill} {small}"),
                           ("bare scan, 10,000 phrases", f"{BARE} {p} {small}"),
                           ("rg -i -w -F -f (10,000 phrases)", f"rg -i -w -F -f {p} {small}"),
                           ("rg -i -F -f (no -w)", f"rg -i -F -f {p} {small}"),
                           ("grep -F -i -w -f (10,000 phrases)", f"grep -F -i -w -f {p} {small}")):
            if cmd.split()[0] in ("rg", "grep") and not shutil.which(cmd.split()[0]):
                continue
            measure(label, cmd, ssize, 1, rows)
        report.append(table("General tools, 100 kB slice (one run; start-up included)", rows))
        report.append("Hits: mtlint counts findings after context conditions; the bare scan and "
                      "grep-like tools count raw phrase hits (grep and rg count matching lines).\n")

    print("start-up:", file=sys.stderr)
    one = os.path.join(BENCH, "one-line.txt")
    open(one, "w").write("The minister spoke to reporters on Tuesday.\n")
    rows = []
    for label, cmd in (("mtlint, all built-in packs", f"{MTLINT} check --isolated {one}"),
                       ("mtlint, no rules (--no-builtin)", f"{MTLINT} check --isolated --no-builtin {one}")):
        secs = hyperfine(cmd, 20)
        rss, _ = rss_and_hits(cmd)
        rows.append(f"| {label} | {secs * 1000:.1f} | {rss:.0f} |")
    report.append("### Start-up: checking a one-line file (20 runs)\n\n| run | ms | peak RSS MB |\n|---|---:|---:|\n"
                  + "\n".join(rows) + "\n")

    if a.large:
        big = os.path.join(CORPUS, "1000MB.txt")
        if os.path.exists(big):
            rows = []
            bsize = os.path.getsize(big)
            measure("mtlint, built-in packs, 2 threads, 1 GB (streamed)", f"{mt} -j2 {big}", bsize, 1, rows)
            report.append(table("Streaming 1 GB", rows))

    out = "\n".join(report)
    open(os.path.join(BENCH, "report.md"), "w").write(out)
    print(out)


if __name__ == "__main__":
    main()
