import json, sys
sys.path.insert(0, '/work/evalset/tools')
from needs_def import GROUPS, SINGLES
from grades import G
P = {json.loads(l)['id']: json.loads(l) for l in open('/work/evalset/profiles.jsonl', encoding='utf-8')}
T = {}
for l in list(open('/work/evalset/topics.tsv', encoding='utf-8'))[1:]:
    pid, lang, kind, tags = l.rstrip('\n').split('\t'); T[pid] = set(tags.split(','))
items = [(g, tags) for g, t, tags in GROUPS]
c = {'de':0,'en':0,'ja':0}
for l, x, tags in SINGLES:
    c[l]+=1; items.append((f's-{l}-{c[l]}', tags))
for key, tags in items:
    tags = set(tags.split())
    miss = [pid for pid in P if T[pid] & tags and pid not in G[key]]
    print(key, 'ungraded tag-hits:', ' '.join(f"{p}({P[p]['name'][:18]})" for p in miss))
