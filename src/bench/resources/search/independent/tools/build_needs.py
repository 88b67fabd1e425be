import json, sys
sys.path.insert(0, '/work/evalset/tools')
from needs_def import GROUPS, SINGLES
from grades import G
needs, judg = [], []
n = 0
for g, texts, _ in GROUPS:
    n += 1
    for lang in ('de', 'en', 'ja'):
        nid = f'n-{n:02d}-{lang}'
        needs.append({"id": nid, "group": g, "lang": lang, "text": texts[lang]})
        judg += [(nid, pid, gr) for pid, gr in G[g].items()]
counter = {'de': 0, 'en': 0, 'ja': 0}
for lang, text, _ in SINGLES:
    n += 1; counter[lang] += 1
    nid = f'n-{n:02d}-{lang}'
    needs.append({"id": nid, "group": None, "lang": lang, "text": text})
    judg += [(nid, pid, gr) for pid, gr in G[f's-{lang}-{counter[lang]}'].items()]
with open('/work/evalset/needs.jsonl', 'w', encoding='utf-8') as f:
    for x in needs: f.write(json.dumps(x, ensure_ascii=False) + '\n')
with open('/work/evalset/judgments.tsv', 'w', encoding='utf-8') as f:
    f.write('need_id\tprofile_id\tgrade\n')
    for nid, pid, gr in judg: f.write(f'{nid}\t{pid}\t{gr}\n')
print(len(needs), len(judg))
