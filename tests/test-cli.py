#!/usr/bin/python3
# test-cli.py: `wijkkaart list` and `--help` without a window, TAP output
# SPDX-License-Identifier: EUPL-1.2
import os
import sqlite3
import subprocess
import sys
import tempfile

WIJKKAART = sys.argv[1]
results = []


def check(name, ok, detail=''):
    results.append((name, ok, detail))


def run(*args, env=None):
    e = dict(os.environ)
    e.pop('DISPLAY', None)  # the commands need no display
    e['LANG'] = e['LC_ALL'] = 'C.UTF-8'
    if env:
        e.update(env)
    return subprocess.run([WIJKKAART, *args], capture_output=True, text=True, env=e, timeout=60)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'wijken.db')

    p = run('list', '--database', db)
    check('list on a new file prints nothing and succeeds', p.returncode == 0 and p.stdout == '',
          p.stderr)
    check('list created the file with mode 0600',
          os.path.exists(db) and (os.stat(db).st_mode & 0o777) == 0o600)

    # wijken written straight into the file, as another team member's copy might hold them
    con = sqlite3.connect(db)
    con.execute("INSERT INTO wijk (name, municipality) VALUES ('Zuid', 'Lindewaard')")
    con.execute("INSERT INTO wijk (name, municipality) VALUES (?, ?)",
                ('Tab\there "quoted" \\ back', 'Line\nbreak'))
    wid = con.execute("SELECT id FROM wijk WHERE name = 'Zuid'").fetchone()[0]
    for i in range(3):
        con.execute("INSERT INTO actor (wijk_id, name) VALUES (?, ?)", (wid, f'Actor {i}'))
    con.execute("INSERT INTO initiative (wijk_id, title) VALUES (?, 'Moestuin')", (wid,))
    con.execute("INSERT INTO pin (wijk_id, title, x, y) VALUES (?, 'Bankje', 0.2, 0.3)", (wid,))
    con.commit()
    con.close()

    p = run('list', '--database', db)
    lines = p.stdout.splitlines()
    check('list prints one line per wijk', p.returncode == 0 and len(lines) == 2, repr(p.stdout))
    fields = [line.split('\t') for line in lines]
    check('every line has five tab-separated fields', all(len(f) == 5 for f in fields), repr(fields))
    zuid = [f for f in fields if f[0] == 'Zuid']
    check('counts of actors, initiatives and pins',
          zuid == [['Zuid', 'Lindewaard', '3', '1', '1']], repr(zuid))
    hostile = [f for f in fields if f[0].startswith('Tab')]
    check('tabs, newlines and backslashes are escaped',
          hostile == [['Tab\\there "quoted" \\\\ back', 'Line\\nbreak', '0', '0', '0']], repr(hostile))

    bad = os.path.join(tmp, 'export.db')
    with open(bad, 'w') as f:
        f.write('Naam;Rol\n' * 40)
    before = open(bad, 'rb').read()
    p = run('list', '--database', bad)
    check('a file that is not a database: exit status 1', p.returncode == 1, str(p.returncode))
    check('the message names the file', 'export.db' in p.stderr and 'not a Wijkkaart database' in p.stderr,
          p.stderr)
    check('the file is left unchanged', open(bad, 'rb').read() == before)

    p = run('list', '--database', bad, env={'LANG': 'nl_NL.UTF-8', 'LC_ALL': 'nl_NL.UTF-8'})
    check('the message is translated', 'geen Wijkkaart-database' in p.stderr, p.stderr)

    p = run('list', 'extra')
    check('an unexpected argument: exit status 2', p.returncode == 2, p.stderr)

    p = run('--help')
    check('--help lists the list command and the options',
          p.returncode == 0 and 'list' in p.stdout and '--database' in p.stdout and '--demo' in p.stdout,
          p.stdout + p.stderr)

    p = run('list', '--help')
    check('list --help describes the command', p.returncode == 0 and '--database' in p.stdout, p.stdout)

    p = run('--version')
    check('--version names Wijkkaart and Graphviz',
          p.returncode == 0 and p.stdout.startswith('Wijkkaart ') and 'Graphviz' in p.stdout, p.stdout)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and detail:
        for line in str(detail).splitlines():
            print(f'# {line}')
