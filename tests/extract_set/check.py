#!/usr/bin/env python3
"""Consistency check for the extraction evaluation set (no third-party deps).

Usage: python3 tests/extract_set/check.py
Exit status 1 if any hard error is found.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"person", "state", "organization", "group", "place", "event", "other"}


def check(txt_path):
    errs, warns = [], []
    gold_path = txt_path[:-4] + ".gold.json"
    text = open(txt_path, encoding="utf-8").read()
    words = len(text.split())
    if not 180 <= words <= 380:
        errs.append(f"article has {words} words (want 180-380)")
    if "'" in text or '"' in text:
        warns.append("article contains straight quotes")
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"gold JSON: {e}"], warns, words, 0, 0
    actors = gold.get("actors", [])
    rels = gold.get("relations", [])
    seen = {}
    names = set()
    for a in actors:
        n, k, al = a.get("name"), a.get("kind"), a.get("aliases", [])
        if not n:
            errs.append(f"actor without name: {a}")
            continue
        names.add(n)
        if k not in KINDS:
            errs.append(f"actor {n!r}: bad kind {k!r}")
        if n not in text:
            warns.append(f"actor name {n!r} not verbatim in text")
        for s in [n] + list(al):
            if s in seen and seen[s] != n:
                errs.append(f"surface form {s!r} shared by {seen[s]!r} and {n!r}")
            seen[s] = n
        for s in al:
            if s not in text:
                errs.append(f"alias {s!r} of {n!r} not in text")
        if len(al) != len(set(al)):
            errs.append(f"actor {n!r}: duplicate aliases")
    used = set()
    keys = set()
    for r in rels:
        s, t, l, q = r.get("source"), r.get("target"), r.get("label"), r.get("quote")
        for end in (s, t):
            if end not in names:
                errs.append(f"relation end {end!r} is not an actor name")
        used.update([s, t])
        if s == t:
            errs.append(f"self relation {s!r}")
        if not l:
            errs.append(f"relation {s!r}->{t!r} without label")
        if not q or q not in text:
            errs.append(f"quote not in text: {q!r}")
        key = (s, t, l)
        if key in keys:
            errs.append(f"duplicate relation {key}")
        keys.add(key)
    for a in actors:
        if a["kind"] in ("group", "place", "event") and a["name"] not in used:
            warns.append(f"{a['kind']} {a['name']!r} takes part in no relation")
    if not 8 <= len(actors) <= 20:
        warns.append(f"{len(actors)} actors (aim 8-20)")
    if not 6 <= len(rels) <= 20:
        warns.append(f"{len(rels)} relations (aim 6-20)")
    return errs, warns, words, len(actors), len(rels)


def main():
    bad = 0
    tot_a = tot_r = 0
    for split in ("dev", "heldout"):
        for txt in sorted(glob.glob(os.path.join(HERE, split, "*.txt"))):
            if not os.path.exists(txt[:-4] + ".gold.json"):
                print(f"{split}/{os.path.basename(txt)}: MISSING gold")
                bad += 1
                continue
            errs, warns, w, na, nr = check(txt)
            tot_a += na
            tot_r += nr
            print(f"{split}/{os.path.basename(txt)}: {w} words, {na} actors, {nr} relations")
            for e in errs:
                print("   ERROR", e)
            for m in warns:
                print("   warn ", m)
            bad += len(errs)
    print(f"total: {tot_a} actors, {tot_r} relations, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
