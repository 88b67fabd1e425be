#!/usr/bin/env python3
"""Validate the blind partner-search evaluation set and print a summary.
Usage: python3 check.py [directory]   (default: directory of this script)"""
import collections, json, os, re, sys

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors = []
def err(msg): errors.append(msg)

LANGS = ('de', 'ja', 'en')
KINDS = {'company', 'academia', 'service', 'cluster', 'investor', 'hospital'}

# ---- profiles
profiles = {}
with open(os.path.join(D, 'profiles.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip(): continue
        try: p = json.loads(line)
        except Exception as e: err(f'profiles.jsonl:{ln}: bad JSON ({e})'); continue
        for k in ('id', 'lang', 'kind', 'country', 'name', 'description'):
            if not isinstance(p.get(k), str) or not p[k].strip(): err(f'profiles.jsonl:{ln}: missing/empty {k}')
        pid = p.get('id')
        if pid in profiles: err(f'duplicate profile id {pid}')
        if p.get('lang') not in LANGS: err(f'{pid}: bad lang {p.get("lang")}')
        if p.get('kind') not in KINDS: err(f'{pid}: bad kind {p.get("kind")}')
        if not re.fullmatch(r'[A-Z]{2}', p.get('country', '')): err(f'{pid}: bad country')
        if not re.fullmatch(rf'p-{p.get("lang")}-\d{{3}}', pid or ''): err(f'{pid}: id does not match p-<lang>-NNN')
        profiles[pid] = p
pl = collections.Counter(p['lang'] for p in profiles.values())
for l in LANGS:
    if pl[l] != 60: err(f'expected 60 {l} profiles, found {pl[l]}')
legal = sum(1 for p in profiles.values() if re.search(r'GmbH|\bAG\b|\bKK\b|Inc\.|Ltd\.|LLP|株式会社', p['name']))

# ---- topics (evaluator annotation)
tpath = os.path.join(D, 'topics.tsv')
topics = {}
with open(tpath, encoding='utf-8') as f:
    rows = [r.rstrip('\n').split('\t') for r in f]
if rows[0] != ['profile_id', 'lang', 'kind', 'tags']: err('topics.tsv: bad header')
for r in rows[1:]:
    if len(r) != 4: err(f'topics.tsv: bad row {r}'); continue
    topics[r[0]] = r[3].split(',')
if set(topics) != set(profiles): err('topics.tsv does not cover exactly the profiles')

# ---- needs
needs = {}
with open(os.path.join(D, 'needs.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip(): continue
        n = json.loads(line)
        nid = n.get('id')
        if nid in needs: err(f'duplicate need id {nid}')
        if n.get('lang') not in LANGS: err(f'{nid}: bad lang')
        if not re.fullmatch(rf'n-\d{{2}}-{n.get("lang")}', nid or ''): err(f'{nid}: id does not match n-NN-<lang>')
        if not isinstance(n.get('text'), str) or not n['text'].strip(): err(f'{nid}: empty text')
        if 'group' not in n or not (n['group'] is None or re.fullmatch(r'g\d{2}', n['group'])): err(f'{nid}: bad group')
        needs[nid] = n
if len(needs) != 60: err(f'expected 60 needs, found {len(needs)}')
groups = collections.defaultdict(list)
for n in needs.values():
    if n['group']: groups[n['group']].append(n)
if len(groups) != 15: err(f'expected 15 groups, found {len(groups)}')
for g, ns in groups.items():
    if sorted(x['lang'] for x in ns) != sorted(LANGS): err(f'group {g}: needs one need per language, has {[x["lang"] for x in ns]}')
singles = [n for n in needs.values() if n['group'] is None]
sl = collections.Counter(n['lang'] for n in singles)
if len(singles) != 15 or any(sl[l] != 5 for l in LANGS): err(f'expected 5 single needs per language, found {dict(sl)}')

# ---- judgments
J = collections.defaultdict(dict)
with open(os.path.join(D, 'judgments.tsv'), encoding='utf-8') as f:
    rows = [r.rstrip('\n').split('\t') for r in f if r.strip()]
if rows[0] != ['need_id', 'profile_id', 'grade']: err('judgments.tsv: bad header')
for r in rows[1:]:
    if len(r) != 3: err(f'judgments.tsv: bad row {r}'); continue
    nid, pid, g = r
    if nid not in needs: err(f'judgment for unknown need {nid}')
    if pid not in profiles: err(f'judgment for unknown profile {pid}')
    if g not in ('1', '2', '3'): err(f'{nid}/{pid}: grade {g} not in 1..3'); continue
    if nid not in needs or pid not in profiles: continue
    if pid in J[nid]: err(f'duplicate judgment {nid}/{pid}')
    J[nid][pid] = int(g)
for nid in needs:
    rel = [p for p, g in J[nid].items() if g >= 2]
    if len(rel) < 3: err(f'{nid}: only {len(rel)} profiles graded >=2')
for g, ns in groups.items():
    base = J[ns[0]['id']]
    for x in ns[1:]:
        if J[x['id']] != base: err(f'group {g}: judgments differ between {ns[0]["id"]} and {x["id"]}')
    rl = {profiles[p]['lang'] for p, gr in base.items() if gr >= 2}
    if len(rl) < 2: err(f'group {g}: relevant (>=2) profiles span only {rl}')

# ---- summary
print(f'profiles: {len(profiles)} ({", ".join(f"{l}={pl[l]}" for l in LANGS)}); '
      f'kinds: {dict(collections.Counter(p["kind"] for p in profiles.values()))}; '
      f'names with legal form: {legal} ({100*legal/max(1,len(profiles)):.0f}%)')
print(f'needs: {len(needs)} ({len(groups)} groups x 3 + {len(singles)} single); judgments: {sum(len(v) for v in J.values())}')
print('\nper need: #grade3 / #grade2 / #grade1 | languages of profiles graded >=2 | text')
for nid in sorted(needs):
    c = collections.Counter(J[nid].values())
    langs = collections.Counter(profiles[p]['lang'] for p, g in J[nid].items() if g >= 2)
    n = needs[nid]
    print(f'  {nid} {n["group"] or "-  "} {c[3]:2d}/{c[2]:2d}/{c[1]:2d} | '
          + ' '.join(f'{l}:{langs[l]}' for l in LANGS) + f' | {n["text"]}')
print('\nlanguage-pair coverage (need lang -> profile lang): judgments graded >=2, and needs with >=1 such profile')
for nl in LANGS:
    for plang in LANGS:
        cnt = sum(1 for nid in needs if needs[nid]['lang'] == nl for p, g in J[nid].items() if g >= 2 and profiles[p]['lang'] == plang)
        nn = sum(1 for nid in needs if needs[nid]['lang'] == nl and any(g >= 2 and profiles[p]['lang'] == plang for p, g in J[nid].items()))
        tot = sum(1 for nid in needs if needs[nid]['lang'] == nl)
        print(f'  {nl}->{plang}: {cnt:3d} relevant judgments, {nn:2d}/{tot} needs covered')
cross = sum(1 for nid in needs if any(g >= 2 and profiles[p]['lang'] != needs[nid]['lang'] for p, g in J[nid].items()))
print(f'  needs with a cross-language relevant profile: {cross}/{len(needs)}')

if errors:
    print(f'\nFAILED: {len(errors)} problem(s)')
    for e in errors: print('  -', e)
    sys.exit(1)
print('\nOK: all checks passed')
