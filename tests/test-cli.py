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

# import: Kumu's CSV sheets into a wijk (issue 4)
DATA = os.path.join(os.environ.get('G_TEST_SRCDIR', os.path.dirname(os.path.abspath(__file__))), 'data')


def counts(path):
    con = sqlite3.connect(path)
    try:
        return [con.execute(f'SELECT count(*) FROM {t}').fetchone()[0]
                for t in ('wijk', 'actor', 'relation', 'actor_type', 'relation_type', 'tag', 'actor_tag')]
    finally:
        con.close()


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'import.db')
    elements = os.path.join(DATA, 'kumu-elements.csv')
    connections = os.path.join(DATA, 'kumu-connections.csv')

    p = run('import', '--database', db, '--wijk', 'Rietveld', elements, connections)
    check('import of Kumu sheets succeeds', p.returncode == 0, p.stdout + p.stderr)
    check('import prints the summary on stdout',
          p.stdout.splitlines()[:2] == ['Imported 8 actors and 7 relations into wijk “Rietveld”.',
                                        'The wijk “Rietveld” is new.'], p.stdout)
    check('import notes the column it ignores, with file and line',
          p.stderr == 'kumu-elements.csv:1: note: The column “Website” is not imported.\n', p.stderr)
    p = run('list', '--database', db)
    check('list shows the imported actors', p.stdout == 'Rietveld\t\t8\t0\t0\n', repr(p.stdout))

    p = run('import', '--database', db, '--wijk', 'RIETVELD', elements, connections)
    check('importing the same files again adds nothing and says so',
          p.returncode == 0 and p.stdout.splitlines()[0] == 'Imported 0 actors and 0 relations into wijk “Rietveld”.'
          and '8 elements were already in the wijk' in p.stdout
          and '7 relations were already in the wijk' in p.stdout, p.stdout + p.stderr)
    p = run('list', '--database', db)
    check('the wijk still has 8 actors', p.stdout == 'Rietveld\t\t8\t0\t0\n', repr(p.stdout))

    bad_elements = os.path.join(DATA, 'kumu-bad-elements.csv')
    bad_connections = os.path.join(DATA, 'kumu-bad-connections.csv')
    before = counts(db)
    p = run('import', '--database', db, '--wijk', 'Fout', bad_elements, bad_connections)
    check('bad rows: exit status 1 and nothing on stdout', p.returncode == 1 and p.stdout == '',
          f'{p.returncode} {p.stdout}')
    lines = p.stderr.splitlines()
    check('bad rows are listed with file and line, one per line',
          lines[:2] == ['kumu-bad-elements.csv:4: error: The row has no Label.',
                        'kumu-bad-connections.csv:3: error: To: “Niemand” is not the label of an element '
                        'in “kumu-bad-elements.csv”.'] and 'nothing was imported' in lines[2], p.stderr)
    check('bad rows: the database is unchanged, no wijk created', counts(db) == before, f'{before} {counts(db)}')

    p = run('import', '--database', db, '--wijk', 'Fout', '--skip-bad-rows', bad_elements, bad_connections)
    check('--skip-bad-rows imports the good rows',
          p.returncode == 0 and p.stdout.startswith('Imported 3 actors and 2 relations into wijk “Fout”.')
          and '2 rows with an error were skipped.' in p.stdout, p.stdout + p.stderr)
    check('--skip-bad-rows still lists the bad rows', 'kumu-bad-elements.csv:4: error:' in p.stderr, p.stderr)
    p = run('list', '--database', db)
    check('list shows both wijken', p.stdout == 'Fout\t\t3\t0\t0\nRietveld\t\t8\t0\t0\n', repr(p.stdout))

    unclosed = os.path.join(tmp, 'unclosed.csv')
    with open(unclosed, 'w') as f:
        f.write('Label,Description\nA,ok\nB,"never closed\nC,x\n')
    before = counts(db)
    p = run('import', '--database', db, '--wijk', 'Rietveld', unclosed)
    check('an unclosed quote: exit status 1, its line on stderr, nothing written',
          p.returncode == 1 and 'unclosed.csv:3: error: A quoted field that starts on line 3 is not closed' in p.stderr
          and counts(db) == before, p.stderr)

    no_label = os.path.join(tmp, 'no-label.csv')
    with open(no_label, 'w') as f:
        f.write('Naam;Type\nJan;x\n')
    p = run('import', '--database', db, '--wijk', 'Rietveld', no_label)
    check('a sheet without Label: exit status 1 and why', p.returncode == 1 and 'has no Label column' in p.stderr,
          p.stderr)

    p = run('import', '--database', db, elements)
    check('import without --wijk: exit status 2', p.returncode == 2 and '--wijk' in p.stderr, p.stderr)
    p = run('import', '--database', db, '--wijk', 'X')
    check('import without files: exit status 2', p.returncode == 2, p.stderr)
    p = run('import', '--database', db, '--wijk', 'X', '--delimiter', 'xy', elements)
    check('a delimiter that cannot be: exit status 2', p.returncode == 2, p.stderr)
    check('failed commands changed nothing', counts(db) == before)

    p = run('import', '--help')
    check('import --help describes its options',
          p.returncode == 0 and '--wijk' in p.stdout and '--skip-bad-rows' in p.stdout and '--database' in p.stdout,
          p.stdout)
    p = run('--help')
    check('--help lists the import command', 'import --wijk NAME' in p.stdout, p.stdout)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and detail:
        for line in str(detail).splitlines():
            print(f'# {line}')
