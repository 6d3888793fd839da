#!/usr/bin/env python3
"""Builds the benchmark corpora from real English text on this machine.

Sources, in order: Debian's man pages (/usr/share/man/man*/ *.gz, troff markup stripped),
Debian's package documentation (/usr/share/doc: README, *.txt, *.md), and the human post-edits
of MLQE-PE (fixtures/corpus/mlqe-pe-test20.txt, CC0). Unique text is gathered up to the
largest size asked for or until the sources run out; larger sizes repeat it (said in the
report). Writes target/bench-corpus/<size>.txt and prints what it used.

usage: benches/gen_corpus.py [SIZE...]   sizes like 1MB 100MB 1GB (default: 1MB 100MB)
"""
import glob, gzip, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "target", "bench-corpus")
MB = 1_000_000
TROFF_ESC = re.compile(r"\\f[BIRP]|\\f\(..|\\\(..|\\[-&e|^%]|\\s[-+]?\d|\\\*\(..|\\\*.|\\.")


def parse_size(s):
    s = s.upper()
    for unit, mult in (("GB", 1000 * MB), ("MB", MB), ("KB", 1000)):
        if s.endswith(unit):
            return int(float(s[: -len(unit)]) * mult)
    return int(s)


def man_pages():
    for path in sorted(glob.glob("/usr/share/man/man[1-8]/*.gz")):
        try:
            raw = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        lines = []
        for line in raw.splitlines():
            if line.startswith((".", "'")):
                # Macro lines: keep the text of headings and bold/italic runs.
                parts = line.split(None, 1)
                if len(parts) == 2 and parts[0] in (".SH", ".SS", ".B", ".I", ".BR", ".IR", ".IP", ".TP"):
                    lines.append(parts[1].replace('"', ""))
                continue
            lines.append(TROFF_ESC.sub("", line))
        text = "\n".join(l for l in lines if l.strip())
        if len(text) > 200:
            yield path, text + "\n"


def docs():
    pats = ["/usr/share/doc/*/README*", "/usr/share/doc/*/*.txt", "/usr/share/doc/*/*.md"]
    for pat in pats:
        for path in sorted(glob.glob(pat)):
            if path.endswith(".gz") or not os.path.isfile(path):
                continue
            try:
                text = open(path, encoding="utf-8").read()
            except (OSError, UnicodeDecodeError):
                continue
            yield path, text + "\n"


def post_edits():
    path = os.path.join(ROOT, "fixtures", "corpus", "mlqe-pe-test20.txt")
    if os.path.exists(path):
        yield path, open(path, encoding="utf-8").read()


def main():
    sizes = [parse_size(s) for s in (sys.argv[1:] or ["1MB", "100MB"])]
    want = max(sizes)
    os.makedirs(OUT, exist_ok=True)
    chunks, total, counts = [], 0, {"man": 0, "doc": 0, "mlqe": 0}
    for kind, gen in (("mlqe", post_edits()), ("doc", docs()), ("man", man_pages())):
        for _, text in gen:
            chunks.append(text)
            total += len(text.encode("utf-8"))
            counts[kind] += 1
            if total >= want:
                break
        if total >= want:
            break
    base = "".join(chunks).encode("utf-8")
    print(f"unique text: {len(base) / MB:.1f} MB from {counts['man']} man pages, "
          f"{counts['doc']} doc files, {counts['mlqe']} post-edit file")
    for size in sizes:
        name = os.path.join(OUT, f"{size // MB}MB.txt" if size >= MB else f"{size}B.txt")
        with open(name, "wb") as f:
            written = 0
            while written < size:
                piece = base[: size - written]
                # Cut at a line end so no word is split.
                if written + len(base) > size:
                    cut = piece.rfind(b"\n")
                    piece = piece[: cut + 1] if cut > 0 else piece
                    if not piece:
                        break
                f.write(piece)
                written += len(piece)
        note = "" if size <= len(base) else f" (unique text repeated {size / len(base):.1f} times)"
        print(f"{name}: {written / MB:.1f} MB{note}")


if __name__ == "__main__":
    main()
