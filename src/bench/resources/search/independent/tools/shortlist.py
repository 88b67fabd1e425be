import json, sys
sys.path.insert(0, '/work/evalset/tools')
from needs_def import GROUPS, SINGLES
P = [json.loads(l) for l in open('/work/evalset/profiles.jsonl', encoding='utf-8')]
T = {}
for l in list(open('/work/evalset/topics.tsv', encoding='utf-8'))[1:]:
    pid, lang, kind, tags = l.rstrip('\n').split('\t'); T[pid] = set(tags.split(','))
def short(tags, words):
    tags = set(tags.split())
    res = []
    for p in P:
        s = len(T[p['id']] & tags)
        txt = (p['name'] + ' ' + p['description']).lower()
        s += sum(1 for w in words if w.lower() in txt)
        if s: res.append((s, p))
    res.sort(key=lambda x: -x[0])
    return res
items = [(g, t, tags) for g, t, tags in GROUPS] + [(f"s-{l}", {l: x}, tags) for l, x, tags in SINGLES]
sel = sys.argv[1:] 
for key, texts, tags in items:
    if sel and key not in sel: continue
    words = [w for t in texts.values() for w in t.replace('の',' ').split() if len(w) > 2]
    print('=====', key, texts, '| tags:', tags)
    for s, p in short(tags, words):
        print(f"  {s} {p['id']} {p['name']} :: {','.join(sorted(T[p['id']]))}")
