#!/usr/bin/env python3
"""Which cues the reported speech newsgraph misses in PolNeAR has.

Reads the scorer's error list on standard input, matches each missed indirect content (FN) to
its annotation, and counts the missed and annotated contents by cue, splitting verbs of saying
(the GenderGapTracker list in ../shared, and "according to") from the rest:

    ../shared/eval/score --errors ../shared/gold/polnear/train | python3 docs/polnear-cues.py ../shared/gold/polnear/train
"""
import collections
import re
import sys
from pathlib import Path

folder = Path(sys.argv[1])
shared = folder.parents[2]
missed = collections.defaultdict(set)
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 4 and parts[1] == "statements" and parts[2] == "FN":
        missed[parts[0]].add(parts[3].split(": ", 1)[-1][:90])

annotated, not_found = collections.Counter(), collections.Counter()
seen = set()
for ann in sorted((folder / "attributions").glob("*.ann")):
    stem = ann.stem.rsplit("_", 1)[0]
    if stem in seen:
        continue  # the first annotator's file, as the scorer reads them
    seen.add(stem)
    text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    spans = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, kind_span, _ = line.split("\t", 2)
            pieces = [p.split() for p in kind_span.split(" ", 1)[1].split(";")]
            spans[tid] = " ".join(text[int(s):int(e)] for s, e in pieces)
        elif line.startswith("E"):
            args = dict(a.split(":") for a in line.split("\t")[1].split()[1:])
            content = spans.get(args.get("Content"))
            if not content or re.search(r"[\"“”]", content):
                continue  # direct quotes are counted apart
            cue = spans.get(args.get("Cue"), "").lower().strip()
            annotated[cue] += 1
            if content[:90] in missed.get(stem, ()):
                not_found[cue] += 1

verbs = set((shared / "gazetteers/cue_verbs/ggt_quote_verb_list_en.txt").read_text().split())
saying = lambda cue: cue in verbs or cue == "according to"
for name, pick in (("verbs of saying", saying), ("other cues", lambda c: not saying(c))):
    a = sum(n for c, n in annotated.items() if pick(c))
    m = sum(n for c, n in not_found.items() if pick(c))
    print(f"{name}: {a} annotated, {m} missed ({m / a:.0%})")
print("most missed cues:", ", ".join(f"{c!r} {n}/{annotated[c]}" for c, n in not_found.most_common(15)))
