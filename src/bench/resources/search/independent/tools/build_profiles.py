import json, sys
sys.path.insert(0, '/work/evalset/tools')
from data_de import DE; from data_ja import JA; from data_en import EN
out = open('/work/evalset/profiles.jsonl', 'w', encoding='utf-8')
top = open('/work/evalset/topics.tsv', 'w', encoding='utf-8')
top.write('profile_id\tlang\tkind\ttags\n')
for lang, rows in (('de', DE), ('ja', JA), ('en', EN)):
    for i, (kind, country, name, desc, tags) in enumerate(rows, 1):
        pid = f'p-{lang}-{i:03d}'
        out.write(json.dumps({"id": pid, "lang": lang, "kind": kind, "country": country, "name": name, "description": desc}, ensure_ascii=False) + '\n')
        top.write(f'{pid}\t{lang}\t{kind}\t{",".join(tags.split())}\n')
