#!/usr/bin/env python3
"""Extracts the human post-edits (clean English) of MLQE-PE into fixtures/corpus/.

Source: ../shared/data/mt_postedit_mlqe_pe_test20.tsv (MLQE-PE, Fomicheva et al. 2020,
sheffieldnlp/mlqe-pe, CC0 1.0). The `pe` column is professional post-edited English; it is
the precision corpus: every finding mtlint reports on it is a false alarm.
"""
import os, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/mt_postedit_mlqe_pe_test20.tsv"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "corpus", "mlqe-pe-test20.txt")
lines = open(src, encoding="utf-8").read().split("\n")
cols = lines[0].split("\t")
pe = cols.index("pe")
sentences = [l.split("\t")[pe] for l in lines[1:] if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for s in sentences:
        f.write(s.strip() + "\n")
print(f"{len(sentences)} sentences -> {out}")
