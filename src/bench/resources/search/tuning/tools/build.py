#!/usr/bin/env python3
"""Build profiles.jsonl, topics.tsv, needs.jsonl and judgments.tsv of the TUNING set
from data_de.py, data_ja.py, data_en.py and needs_grades.py. Run from anywhere."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_de import DE
from data_ja import JA
from data_en import EN
from needs_grades import GROUPS, SINGLES

key2id, profiles = {}, []
for lang, rows in (('de', DE), ('ja', JA), ('en', EN)):
    for i, (key, kind, country, name, desc, tags) in enumerate(rows, 1):
        pid = f'p-{lang}-{i:03d}'
        assert key not in key2id, f'duplicate key {key}'
        key2id[key] = pid
        profiles.append(dict(id=pid, lang=lang, kind=kind, country=country, name=name,
                             description=desc, _tags=tags))

needs, judg = [], []
num = 0
def add(lang, text, group, grades):
    global num
    num += 1
    nid = f'n-{num:02d}-{lang}'
    needs.append(dict(id=nid, group=group, lang=lang, text=text))
    for key, g in grades.items():
        assert key in key2id, f'unknown profile key {key}'
        judg.append((nid, key2id[key], g))
for group, texts, grades in GROUPS:
    for lang in ('de', 'en', 'ja'):
        add(lang, texts[lang], group, grades)
for lang, text, grades in SINGLES:
    add(lang, text, None, grades)

with open(os.path.join(OUT, 'profiles.jsonl'), 'w', encoding='utf-8') as f:
    for p in profiles:
        f.write(json.dumps({k: v for k, v in p.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'topics.tsv'), 'w', encoding='utf-8') as f:
    f.write('profile_id\tlang\tkind\ttags\n')
    for p in profiles:
        f.write(f"{p['id']}\t{p['lang']}\t{p['kind']}\t{p['_tags']}\n")
with open(os.path.join(OUT, 'needs.jsonl'), 'w', encoding='utf-8') as f:
    for n in needs:
        f.write(json.dumps(n, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'judgments.tsv'), 'w', encoding='utf-8') as f:
    f.write('need_id\tprofile_id\tgrade\n')
    for nid, pid, g in judg:
        f.write(f'{nid}\t{pid}\t{g}\n')
print(f'{len(profiles)} profiles, {len(needs)} needs, {len(judg)} judgments')
