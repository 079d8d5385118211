#!/usr/bin/python3
# test-po.py: every translatable string of the sources is translated in every .po
# SPDX-License-Identifier: EUPL-1.2
#
# Extracts the strings afresh from the files in POTFILES.in (as meson's
# glib preset does), merges each .po with them in a temporary folder, and
# fails on anything untranslated, fuzzy or malformed.
import os
import re
import subprocess
import sys
import tempfile

srcdir = sys.argv[1]
po_dir = os.path.join(srcdir, 'po')
results = []

with open(os.path.join(po_dir, 'POTFILES.in')) as f:
    sources = [line.strip() for line in f if line.strip() and not line.startswith('#')]
with open(os.path.join(po_dir, 'LINGUAS')) as f:
    languages = [w for line in f for w in line.split() if not line.startswith('#')]

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'wijkkaart.pot')
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments', '--package-name=wijkkaart',
                    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                    '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
                    '--flag=g_strdup_printf:1:c-format', '--flag=g_set_error:4:c-format',
                    '-D', srcdir, '-o', pot, *sources], check=True)
    results.append((f'all {len(sources)} files in POTFILES.in exist',
                    all(os.path.exists(os.path.join(srcdir, s)) for s in sources), ''))

    # every source file with translatable strings is listed, or its strings stay English
    marked = re.compile(r'\b(?:N?_|C_|g_dngettext)\s*\(\s*"|translatable="yes"')
    unlisted = []
    for top in ('src', 'data'):
        for dirpath, _, files in os.walk(os.path.join(srcdir, top)):
            for name in files:
                if not name.endswith(('.c', '.ui', '.in', '.xml')):
                    continue
                path = os.path.relpath(os.path.join(dirpath, name), srcdir)
                with open(os.path.join(srcdir, path), encoding='utf-8', errors='replace') as f:
                    if marked.search(f.read()) and path not in sources:
                        unlisted.append(path)
    results.append(('every file with translatable strings is in POTFILES.in', not unlisted,
                    '\n'.join(unlisted)))

    for lang in languages:
        po = os.path.join(po_dir, f'{lang}.po')
        merged = os.path.join(tmp, f'{lang}.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot], check=True)
        p = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                           capture_output=True, text=True)
        stats = p.stderr.strip()
        ok = p.returncode == 0 and re.fullmatch(r'\d+ translated messages?\.', stats) is not None
        detail = stats
        if not ok:
            u = subprocess.run(['msgattrib', '--untranslated', '--only-fuzzy', merged],
                               capture_output=True, text=True).stdout
            u2 = subprocess.run(['msgattrib', '--untranslated', merged], capture_output=True, text=True).stdout
            detail += '\n' + u + u2
        results.append((f'{lang}.po: everything translated, nothing fuzzy ({stats})', ok, detail))

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok:
        for line in detail.splitlines()[:80]:
            print(f'# {line}')
