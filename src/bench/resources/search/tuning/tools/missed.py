#!/usr/bin/env python3
"""List ungraded profiles whose topic tags overlap the tags of a need's relevant (>=2) profiles,
for a manual second look (evaluator-side aid only)."""
import collections, json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(D, 'profiles.jsonl'), encoding='utf-8')}
T = {}
for r in list(open(os.path.join(D, 'topics.tsv'), encoding='utf-8'))[1:]:
    pid, _, _, tags = r.rstrip('\n').split('\t'); T[pid] = set(tags.split(','))
N = [json.loads(l) for l in open(os.path.join(D, 'needs.jsonl'), encoding='utf-8')]
J = collections.defaultdict(dict)
for r in list(open(os.path.join(D, 'judgments.tsv'), encoding='utf-8'))[1:]:
    n, p, g = r.rstrip('\n').split('\t'); J[n][p] = int(g)
seen = set()
for n in N:
    key = n['group'] or n['id']
    if key in seen: continue
    seen.add(key)
    rel = {p for p, g in J[n['id']].items() if g >= 2}
    rtags = set().union(*(T[p] for p in rel))
    cand = [(p, sorted(T[p] & rtags)) for p in P if p not in J[n['id']] and T[p] & rtags]
    if cand:
        print(f"{key} {n['text']}")
        for p, t in cand: print(f"    {p} {P[p]['name']} :: {t}")
