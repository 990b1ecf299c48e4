#!/usr/bin/env bash
# Our force layout next to Graphviz sfdp on the same random graphs (1k and 10k actors, 1.5
# relations per actor): wall time and a quality figure for each — mean relation length over
# mean distance between actors (sampled; lower: related actors sit closer than unrelated ones).
# Needs graphviz (sfdp) and python3. Run from the repository: bash benches/vs_sfdp.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin knowledge-map --example random_map
bin=target/release/knowledge-map
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ratio() { # DOT file with pos attributes → quality figure
  python3 - "$1" <<'PY'
import random, re, sys, math
text = open(sys.argv[1]).read()
pos = {}
ID = r'(?:"([^"]+)"|([\w.]+))'
for m in re.finditer(ID + r'\s*\[[^\]]*?pos="([-\d][\d.e+-]*),([-\d][\d.e+-]*)', text):
    pos[m.group(1) or m.group(2)] = (float(m.group(3)), float(m.group(4)))
edges = [(a or b, c or d) for a, b, c, d in re.findall(ID + r'\s*->\s*' + ID, text)]
d = lambda a, b: math.dist(pos[a], pos[b])
lengths = [d(a, b) for a, b in edges if a in pos and b in pos and a != b]
ids = list(pos)
rng = random.Random(1)
pairs = [d(rng.choice(ids), rng.choice(ids)) for _ in range(20000)]
print(f"{(sum(lengths) / len(lengths)) / (sum(pairs) / len(pairs)):.3f}")
PY
}

printf '%-8s %-22s %10s %8s\n' actors layout seconds ratio
for n in 1000 10000; do
  m=$((n * 3 / 2))
  target/release/examples/random_map "$n" "$m" 7 "$work/g.json"
  # A plain graph for sfdp: no positions, no overlap removal, nothing but the structure.
  python3 - "$work/g.json" "$work/g.dot" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as f:
    f.write("digraph G {\n")
    for a in m["actors"]:
        f.write(f'  "{a["id"]}";\n')
    for r in m["relations"]:
        f.write(f'  "{r["source"]}" -> "{r["target"]}";\n')
    f.write("}\n")
PY
  start=$(date +%s.%N)
  sfdp -Tdot "$work/g.dot" -o "$work/sfdp.dot"
  end=$(date +%s.%N)
  printf '%-8s %-22s %10.2f %8s\n' "$n" "sfdp" "$(echo "$end - $start" | bc)" "$(ratio "$work/sfdp.dot")"
  start=$(date +%s.%N)
  "$bin" layout "$work/g.json" -o "$work/ours.json" --fresh > /dev/null
  end=$(date +%s.%N)
  "$bin" export "$work/ours.json" -o "$work/ours.dot" > /dev/null
  printf '%-8s %-22s %10.2f %8s\n' "$n" "ours (200 steps)" "$(echo "$end - $start" | bc)" "$(ratio "$work/ours.dot")"
done
