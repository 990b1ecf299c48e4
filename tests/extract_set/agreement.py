"""Agreement between two annotators: the second annotator's files in agreement/ scored
against the gold in dev/ the way tests/extract_quality.rs scores the extractor (actors by
shared name or alias, relation pairs by direction).

Run: python3 tests/extract_set/agreement.py
"""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    s = s.strip().lower().replace('’',"'").replace('‘',"'")
    if s.startswith('the '): s = s[4:]
    if s.endswith("'s"): s = s[:-2]
    return ' '.join(s.split())
def names(a): return {norm(x) for x in [a['name']]+a.get('aliases',[])}
tot=[0]*8
for p in sorted(glob.glob(os.path.join(HERE, 'agreement', '*.gold.json'))):
    stem=os.path.basename(p)
    A=json.load(open(p)); B=json.load(open(os.path.join(HERE, 'dev', stem)))
    an=[names(a) for a in A['actors']]; bn=[names(b) for b in B['actors']]
    m=[{j for j,b in enumerate(bn) if a & b} for a in an]
    ai={a['name']:i for i,a in enumerate(A['actors'])}; bi={b['name']:i for i,b in enumerate(B['actors'])}
    ap={(ai[r['source']],ai[r['target']]) for r in A['relations'] if r['source'] in ai and r['target'] in ai and r['source']!=r['target']}
    bp={(bi[r['source']],bi[r['target']]) for r in B['relations'] if r['source'] in bi and r['target'] in bi and r['source']!=r['target']}
    hit=lambda s,t,g: g[0] in m[s] and g[1] in m[t]
    und = os.environ.get('UNDIRECTED')
    hit2=lambda s,t,g: hit(s,t,g) or (und and hit(t,s,g))
    c=[sum(1 for x in m if x), len(an), len(set().union(*m)), len(bn),
       sum(1 for (s,t) in ap if any(hit2(s,t,g) for g in bp)), len(ap),
       sum(1 for g in bp if any(hit2(s,t,g) for (s,t) in ap)), len(bp)]
    f=lambda a,b:a/b if b else 1
    F=lambda p,r:2*p*r/(p+r) if p+r else 0
    print(f"{stem:<45} actors F1 {F(f(c[0],c[1]),f(c[2],c[3])):.2f} pairs P {f(c[4],c[5]):.2f} R {f(c[6],c[7]):.2f} F1 {F(f(c[4],c[5]),f(c[6],c[7])):.2f}")
    tot=[x+y for x,y in zip(tot,c)]
c=tot;f=lambda a,b:a/b if b else 1;F=lambda p,r:2*p*r/(p+r) if p+r else 0
print(f"TOTAL actors P {f(c[0],c[1]):.2f} R {f(c[2],c[3]):.2f} F1 {F(f(c[0],c[1]),f(c[2],c[3])):.2f}  pairs P {f(c[4],c[5]):.2f} R {f(c[6],c[7]):.2f} F1 {F(f(c[4],c[5]),f(c[6],c[7])):.2f} ({c[4]}/{c[5]}, {c[6]}/{c[7]})")
