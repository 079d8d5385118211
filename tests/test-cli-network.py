#!/usr/bin/python3
# test-cli-network.py: `wijkkaart metrics` and `wijkkaart export` on a temporary database, TAP output
# SPDX-License-Identifier: EUPL-1.2
#
# The oracles: networkx on the relations read straight from the database,
# xml.etree for SVG and GraphML, pdftotext/pdfinfo for PDF, the PNG header,
# and Graphviz's own neato for DOT.
import csv
import math
import os
import re
import sqlite3
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

WIJKKAART = sys.argv[1]
DATA = os.path.join(os.environ.get('G_TEST_SRCDIR', os.path.dirname(os.path.abspath(__file__))), 'data')
HEADER = ['name', 'type', 'degree', 'betweenness', 'weighted_betweenness', 'community', 'bridges']
SVG = '{http://www.w3.org/2000/svg}'
GRAPHML = '{http://graphml.graphdrawing.org/xmlns}'
results = []


def check(name, ok, detail=''):
    results.append((name, bool(ok), detail))


def run(*args, env=None):
    e = dict(os.environ)
    e.pop('DISPLAY', None)
    e['LANG'] = e['LC_ALL'] = 'C.UTF-8'
    e['LANGUAGE'] = 'en'
    if env:
        e.update(env)
    return subprocess.run([WIJKKAART, *args], capture_output=True, env=e, timeout=60,
                          text=True, encoding='utf-8', errors='strict')


def write_csv(path, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        csv.writer(f).writerows(rows)


def tsv(stdout):
    lines = stdout.split('\n')
    assert lines[-1] == '', 'the table ends with a line end'
    return [line.split('\t') for line in lines[:-1]]


def sanitized(name):
    # what metrics promises: control characters and line separators as spaces
    return ''.join(' ' if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in '\u2028\u2029' else c
                   for c in name)


def xml_kept(name):
    # what GraphML can hold: XML 1.0 characters, CR included
    return ''.join(c if c in '\t\n\r' or 0x20 <= ord(c) <= 0xd7ff or 0xe000 <= ord(c) <= 0xfffd
                   or ord(c) >= 0x10000 else '\ufffd' for c in name)


def svg_texts(path):
    root = ET.parse(path).getroot()
    return [''.join(t.itertext()) for t in root.iter(SVG + 'text')]


def without_date(data):
    return re.sub(rb'\d\d-\d\d-\d{4}', b'DATE', data)


def layout_rows(db):
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute('SELECT coalesce(actor_id, 0), coalesce(initiative_id, 0), x, y, pinned'
                                  ' FROM layout').fetchall())
    finally:
        con.close()


def metric_row(rows, name):
    found = [r for r in rows if r[0] == name]
    return found[0] if len(found) == 1 else None


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'wijken.db')

    # --- metrics on small known graphs ------------------------------------
    elements = os.path.join(tmp, 'path-elements.csv')
    connections = os.path.join(tmp, 'path-connections.csv')
    write_csv(elements, [['Label', 'Kind'], ['Anna', 'organisation'], ['Bram', 'organisation'],
                         ['Cees', 'organisation']])
    write_csv(connections, [['From', 'To', 'Direction'], ['Anna', 'Bram', 'undirected'],
                            ['Bram', 'Cees', 'undirected']])
    p = run('import', '--database', db, '--wijk', 'Pad', elements, connections)
    check('the path a–b–c is imported', p.returncode == 0, p.stdout + p.stderr)

    p = run('metrics', '--database', db, '--wijk', 'Pad')
    rows = tsv(p.stdout) if p.returncode == 0 else [[]]
    check('metrics: exit status 0 and the header first', p.returncode == 0 and rows[0] == HEADER,
          p.stdout + p.stderr)
    check('metrics of a path: the middle has betweenness 1, the ends 0, highest first, then by name',
          [r[:5] for r in rows[1:]] == [['Bram', '', '2', '1.000000', '1.000000'],
                                        ['Anna', '', '1', '0.000000', '0.000000'],
                                        ['Cees', '', '1', '0.000000', '0.000000']], repr(rows))
    check('metrics: communities are numbers from 1',
          all(r[5].isdigit() and int(r[5]) >= 1 for r in rows[1:]), repr(rows))
    m = re.fullmatch(r'wijkkaart metrics: (\d+) communit(?:y|ies), modularity (-?\d+\.\d{3})\n', p.stderr)
    check('metrics notes communities and modularity on stderr, not stdout',
          m is not None and '#' not in p.stdout and 'modularity' not in p.stdout, p.stderr)

    p = run('metrics', '--database', db, '--wijk', 'pAD')
    check('metrics finds the wijk without minding case', p.returncode == 0 and p.stdout.count('\n') == 4,
          p.stdout + p.stderr)

    write_csv(elements, [['Label', 'Kind']] + [[n, 'organisation'] for n in
                                                ['Leaf 3', 'Hub', 'Leaf 1', 'Leaf 5', 'Leaf 2', 'Leaf 4']])
    write_csv(connections, [['From', 'To', 'Direction']] + [['Hub', f'Leaf {i}', 'undirected']
                                                            for i in range(1, 6)])
    run('import', '--database', db, '--wijk', 'Ster', elements, connections)
    p = run('metrics', '--database', db, '--wijk', 'Ster')
    rows = tsv(p.stdout) if p.returncode == 0 else [[]]
    check('metrics of a star: the hub first with betweenness 1 and degree 5, the leaves 0 by name',
          [r[:4] for r in rows[1:]] == [['Hub', '', '5', '1.000000']] +
          [[f'Leaf {i}', '', '1', '0.000000'] for i in range(1, 6)], repr(rows))

    # --- a wijk with hostile names, a person, a pin and an initiative --------
    wijk = 'Rietveld "Oost" & <Zuid>'
    p = run('import', '--database', db, '--wijk', wijk,
            os.path.join(DATA, 'kumu-elements.csv'), os.path.join(DATA, 'kumu-connections.csv'))
    check('the Kumu fixture is imported into a wijk with a hostile name', p.returncode == 0, p.stdout + p.stderr)

    long_name = ('Lang ' + 'ab<&"é🙂حש ' * 1000)[:10000]
    hostile = [
        'Tab\there',
        'Line\nbreak',
        'CR\r\nLF and a lone\rCR',
        '"quoted" \\ back \\N \\n <b>&amp;</b> 🙂',
        'حي الأمل',
        'שלום עולם',
        'vt\x0bff\x0c ls\u2028ps\u2029nel\x85',
        long_name,
    ]
    con = sqlite3.connect(db)
    wid = con.execute('SELECT id FROM wijk WHERE name = ?', (wijk,)).fetchone()[0]
    hub = con.execute("SELECT id FROM actor WHERE wijk_id = ? AND name = 'Buurthuis De Ster'", (wid,)).fetchone()[0]
    for i, name in enumerate(hostile):
        aid = con.execute("INSERT INTO actor (wijk_id, name, kind) VALUES (?, ?, 'organisation')",
                          (wid, name)).lastrowid
        con.execute('INSERT INTO relation (wijk_id, source_actor_id, target_actor_id, strength, directed)'
                    ' VALUES (?, ?, ?, ?, ?)', (wid, aid, hub, 1 + i % 3, i % 2))
    person = con.execute("INSERT INTO actor (wijk_id, name, kind, role) VALUES (?, 'Pieter Geheim', 'person',"
                         " 'Buurtvader')", (wid,)).lastrowid
    con.execute('INSERT INTO relation (wijk_id, source_actor_id, target_actor_id, strength) VALUES (?, ?, ?, 3)',
                (wid, person, hub))
    moskee = con.execute("SELECT id FROM actor WHERE wijk_id = ? AND name = 'Moskee Al-Fath'", (wid,)).fetchone()[0]
    con.execute('INSERT INTO layout (wijk_id, actor_id, x, y, pinned) VALUES (?, ?, 1000.5, -2000.25, 1)',
                (wid, moskee))
    initiative = con.execute("INSERT INTO initiative (wijk_id, title) VALUES (?, 'Moestuin')", (wid,)).lastrowid
    con.execute('INSERT INTO relation (wijk_id, source_actor_id, target_initiative_id) VALUES (?, ?, ?)',
                (wid, person, initiative))
    con.commit()
    actors = dict(con.execute('SELECT id, name FROM actor WHERE wijk_id = ?', (wid,)).fetchall())
    ties = {}
    for s, t, strength in con.execute('SELECT source_actor_id, target_actor_id, strength FROM relation'
                                      ' WHERE wijk_id = ? AND target_actor_id IS NOT NULL', (wid,)):
        key = frozenset((s, t))
        ties[key] = max(ties.get(key, 0), strength)
    n_relations = con.execute('SELECT count(*) FROM relation WHERE wijk_id = ? AND target_actor_id IS NOT NULL',
                              (wid,)).fetchone()[0]
    con.close()

    # the oracle: networkx on the relations as the database holds them
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    for key, strength in ties.items():
        s, t = tuple(key)
        graph.add_edge(s, t, strength=strength, length=1.0 / strength)
    expected_b = nx.betweenness_centrality(graph)
    expected_w = nx.betweenness_centrality(graph, weight='length')

    p = run('metrics', '--database', db, '--wijk', wijk)
    rows = tsv(p.stdout) if p.returncode == 0 else [[]]
    check('metrics: a header and one row per actor', p.returncode == 0 and rows[0] == HEADER
          and len(rows) == 1 + len(actors), f'{len(rows)} rows for {len(actors)} actors\n{p.stderr}')
    check('metrics: every row has seven fields, one line each (splitlines agrees)',
          all(len(r) == 7 for r in rows) and p.stdout.splitlines() == p.stdout.split('\n')[:-1], repr(rows[:3]))
    check('metrics: every number parses',
          all(r[2].isdigit() and r[5].isdigit() and math.isfinite(float(r[3])) and math.isfinite(float(r[4]))
              for r in rows[1:]), repr(rows))
    check('metrics: sorted by betweenness, highest first',
          [float(r[3]) for r in rows[1:]] == sorted((float(r[3]) for r in rows[1:]), reverse=True), repr(rows))
    names = sorted(r[0] for r in rows[1:])
    check('metrics: names kept exactly, tabs and line breaks as spaces',
          names == sorted(sanitized(n) for n in actors.values()),
          repr(sorted(set(names) ^ set(sanitized(n) for n in actors.values()))))
    check('metrics: a 10,000-character name whole', metric_row(rows, sanitized(long_name)) is not None)
    by_name = {r[0]: r for r in rows[1:]}
    bad = [(n, by_name.get(sanitized(n), [None] * 7)[3], expected_b[a]) for a, n in actors.items()
           if sanitized(n) not in by_name or abs(float(by_name[sanitized(n)][3]) - expected_b[a]) > 1e-6]
    check('metrics: betweenness as networkx computes it', not bad, repr(bad))
    bad = [(n, by_name.get(sanitized(n), [None] * 7)[4], expected_w[a]) for a, n in actors.items()
           if sanitized(n) not in by_name or abs(float(by_name[sanitized(n)][4]) - expected_w[a]) > 1e-6]
    check('metrics: weighted betweenness as networkx computes it (length 1/strength)', not bad, repr(bad))
    bad = [(n, by_name[sanitized(n)][2], graph.degree[a]) for a, n in actors.items()
           if by_name.get(sanitized(n), [None] * 7)[2] != str(graph.degree[a])]
    check('metrics: degree as networkx counts it', not bad, repr(bad))
    m = re.fullmatch(r'wijkkaart metrics: (\d+) communit(?:y|ies), modularity (-?\d+\.\d{3})\n', p.stderr)
    communities = {}
    for a, n in actors.items():
        communities.setdefault(by_name[sanitized(n)][5], set()).add(a)
    q = nx.algorithms.community.modularity(graph, list(communities.values()), weight='strength')
    check('metrics: the number of communities on stderr is the number in the table',
          m is not None and int(m.group(1)) == len(communities), p.stderr)
    check('metrics: the modularity on stderr is that of the communities in the table (networkx)',
          m is not None and abs(float(m.group(2)) - q) <= 0.0006, f'{p.stderr} networkx: {q}')
    check('metrics: the communities are good ones (modularity above 0.3)', q > 0.3, str(q))
    check('metrics: the hub of the wijk comes first', rows[1][0] == 'Buurthuis De Ster', repr(rows[1]))
    check('metrics: bridges are English keys',
          all(r[6] in ('', 'communities', 'types', 'communities,types') for r in rows[1:]), repr(rows))

    p_nl = run('metrics', '--database', db, '--wijk', wijk, env={'LANG': 'nl_NL.UTF-8', 'LC_ALL': 'nl_NL.UTF-8',
                                                                 'LANGUAGE': 'nl'})
    # only the built-in types are shown in the user's language, as in the window's legend
    check('metrics: the same table in a Dutch locale (decimal points, English keys)',
          p_nl.returncode == 0 and [r[:1] + r[2:] for r in tsv(p_nl.stdout)] == [r[:1] + r[2:] for r in rows]
          and metric_row(tsv(p_nl.stdout), 'Buurthuis De Ster')[1] == 'Buurthuis', p_nl.stdout[:300])
    p_c = run('metrics', '--database', db, '--wijk', wijk, env={'LANG': 'C', 'LC_ALL': 'C'})
    check('metrics: the table is UTF-8 in an ASCII locale too', p_c.returncode == 0 and p_c.stdout == p.stdout,
          p_c.stdout[:300])
    p_hidden = run('metrics', '--database', db, '--wijk', wijk, '--hide-personal-data')
    hidden = tsv(p_hidden.stdout) if p_hidden.returncode == 0 else []
    check('metrics --hide-personal-data: the person by role, the others by name',
          'Pieter Geheim' not in p_hidden.stdout and metric_row(hidden, 'Buurtvader') is not None
          and metric_row(hidden, 'Buurthuis De Ster') is not None and len(hidden) == len(rows),
          p_hidden.stdout[:500])
    check('metrics without --hide-personal-data shows the name', metric_row(rows, 'Pieter Geheim') is not None)

    # --- export -----------------------------------------------------------
    before = layout_rows(db)
    svg1 = os.path.join(tmp, 'first.svg')
    p = run('export', '--database', db, '--wijk', wijk, '-o', svg1)
    m = re.search(r'export: (\d+) actors or initiatives had no place in the diagram yet', p.stderr)
    check('export svg: exit status 0, nothing on stdout', p.returncode == 0 and p.stdout == '', p.stderr)
    check('export: a note says the actors without a place were laid out and saved',
          m is not None and int(m.group(1)) == len(actors) - 1 and 'saved' in p.stderr, p.stderr)
    after = layout_rows(db)
    check('export saved a place for every actor', len(after) == len(actors), f'{len(before)} → {len(after)}')
    check('export kept the pinned place', (moskee, 0, 1000.5, -2000.25, 1) in after, repr(after[:3]))
    try:
        texts = svg_texts(svg1)
        raw = open(svg1, encoding='utf-8').read()
        check('export svg: parses, the title is the wijk name, organisations by name',
              wijk in texts and 'Buurthuis De Ster' in texts and 'حي الأمل' in texts, repr(texts[:12]))
        check('export svg: a person is hidden by default, shown by role',
              'Pieter Geheim' not in raw and 'Buurtvader' in texts, repr(texts))
        check('export svg: no initiatives unless asked', 'Moestuin' not in raw)
    except ET.ParseError as e:
        check('export svg: parses', False, str(e))

    svg2 = os.path.join(tmp, 'second.svg')
    p = run('export', '--database', db, '--wijk', wijk, '--format', 'SVG', '-o', svg2)
    check('a second export runs no layout and says nothing', p.returncode == 0 and p.stderr == '', p.stderr)
    check('a second export draws the same picture', os.path.exists(svg2) and
          without_date(open(svg1, 'rb').read()) == without_date(open(svg2, 'rb').read()))
    check('a second export leaves the places as they were', layout_rows(db) == after)

    shown = os.path.join(tmp, 'shown.svg')
    p = run('export', '--database', db, '--wijk', wijk, '-o', shown, '--show-personal-data')
    check('export --show-personal-data shows the person by name',
          p.returncode == 0 and 'Pieter Geheim' in svg_texts(shown), p.stderr)

    pdf = os.path.join(tmp, 'kaart.pdf')
    p = run('export', '--database', db, '--wijk', wijk, '-o', pdf)
    text = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout if p.returncode == 0 else ''
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout if p.returncode == 0 else ''
    check('export pdf: the title in the text, the person not', wijk in text and 'Buurthuis De Ster' in text
          and 'Pieter Geheim' not in text, p.stderr + text[:300])
    check('export pdf: A4 landscape by default', re.search(r'Page size:\s+841\.89 x 595\.276? pts \(A4\)', info)
          is not None, info)
    pdf3 = os.path.join(tmp, 'kaart-a3.pdf')
    p = run('export', '--database', db, '--wijk', wijk, '-o', pdf3, '--paper', 'a3', '--portrait')
    info = subprocess.run(['pdfinfo', pdf3], capture_output=True, text=True).stdout if p.returncode == 0 else ''
    check('export pdf --paper a3 --portrait: an upright A3 page',
          re.search(r'Page size:\s+841\.89 x 1190\.55 pts \(A3\)', info) is not None, p.stderr + info)

    def png_size(path):
        with open(path, 'rb') as f:
            head = f.read(24)
        if head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
            return None
        return struct.unpack('>II', head[16:24])

    png = os.path.join(tmp, 'kaart.png')
    p = run('export', '--database', db, '--wijk', wijk, '-o', png, '--width', '800')
    check('export png --width 800: a PNG 800 pixels wide', p.returncode == 0 and png_size(png) is not None
          and png_size(png)[0] == 800 and png_size(png)[1] > 100, f'{p.stderr} {png_size(png)}')
    p72 = run('export', '--database', db, '--wijk', wijk, '-o', os.path.join(tmp, '72.png'), '--dpi', '72')
    p144 = run('export', '--database', db, '--wijk', wijk, '-o', os.path.join(tmp, '144.png'), '--dpi', '144')
    s72 = png_size(os.path.join(tmp, '72.png')) if p72.returncode == 0 else None
    s144 = png_size(os.path.join(tmp, '144.png')) if p144.returncode == 0 else None
    check('export png --dpi: twice the resolution, twice the size',
          s72 and s144 and abs(s144[0] - 2 * s72[0]) <= 2 and abs(s144[1] - 2 * s72[1]) <= 2, f'{s72} {s144}')

    dot = os.path.join(tmp, 'kaart.gv')
    p = run('export', '--database', db, '--wijk', wijk, '-o', dot)
    dot_text = open(dot, encoding='utf-8').read() if p.returncode == 0 else ''
    plain = subprocess.run(['neato', '-n', '-Tplain', dot], capture_output=True, text=True)
    node_lines = [line for line in plain.stdout.splitlines() if line.startswith('node ')]
    check('export dot (.gv): neato reads it, one node per actor',
          p.returncode == 0 and plain.returncode == 0 and len(node_lines) == len(actors), plain.stderr[:300])
    positions = sorted((float(x), float(y)) for x, y in re.findall(r'pos="([-0-9.e+]+),([-0-9.e+]+)!"', dot_text))
    saved = sorted((x, y) for _, _, x, y, _ in after)
    check('export dot: the saved places', len(positions) == len(saved) and
          all(abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6 for a, b in zip(positions, saved)),
          f'{positions[:3]} {saved[:3]}')
    check('export dot: the person hidden by default', 'Pieter Geheim' not in dot_text and 'wk_pinned=true' in dot_text)

    def read_graphml(path):
        root = ET.parse(path).getroot()
        keys = {k.get('id'): k.get('attr.name') for k in root.iter(GRAPHML + 'key')}
        nodes = []
        for node in root.iter(GRAPHML + 'node'):
            nodes.append({keys[d.get('key')]: (d.text or '') for d in node.iter(GRAPHML + 'data')})
        edges = list(root.iter(GRAPHML + 'edge'))
        return nodes, edges

    graphml = os.path.join(tmp, 'kaart.graphml')
    p = run('export', '--database', db, '--wijk', wijk, '-o', graphml, '--show-personal-data')
    try:
        nodes, edges = read_graphml(graphml)
        labels = sorted(n.get('label', '') for n in nodes)
        check('export graphml: parses, one node per actor, one edge per relation',
              p.returncode == 0 and len(nodes) == len(actors) and len(edges) == n_relations,
              f'{len(nodes)} {len(edges)} {p.stderr}')
        check('export graphml: hostile names exactly (quotes, &, <, CR, Arabic, Hebrew, emoji, 10,000 characters)',
              labels == sorted(xml_kept(n) for n in actors.values()),
              repr(sorted(set(labels) ^ set(xml_kept(n) for n in actors.values())))[:500])
        check('export graphml: control characters XML cannot hold become U+FFFD',
              'vt\ufffdff\ufffd ls\u2028ps\u2029nel\x85' in labels)
        person_nodes = [n for n in nodes if n.get('label') == 'Pieter Geheim']
        check('export graphml: kind and positions', len(person_nodes) == 1
              and person_nodes[0].get('kind') == 'person' and 'x' in person_nodes[0] and 'y' in person_nodes[0]
              and all('x' in n and 'y' in n for n in nodes), repr(person_nodes))
        g = nx.read_graphml(graphml)
        check('export graphml: networkx reads it', g.number_of_nodes() == len(actors))
    except ET.ParseError as e:
        check('export graphml: parses', False, str(e))

    redacted = os.path.join(tmp, 'redacted.graphml')
    p = run('export', '--database', db, '--wijk', wijk, '-o', redacted)
    nodes, _ = read_graphml(redacted) if p.returncode == 0 else ([], [])
    check('export graphml: the person hidden by default, by role',
          'Pieter Geheim' not in open(redacted, encoding='utf-8').read()
          and any(n.get('label') == 'Buurtvader' and n.get('kind') == 'person' for n in nodes), p.stderr)

    with_initiatives = os.path.join(tmp, 'initiatives.txt')
    p = run('export', '--database', db, '--wijk', wijk, '-o', with_initiatives, '--format', 'graphml',
            '--with-initiatives')
    nodes, _ = read_graphml(with_initiatives) if p.returncode == 0 else ([], [])
    check('export --with-initiatives: the new initiative is laid out and noted',
          re.search(r': 1 actor or initiative had no place', p.stderr) is not None, p.stderr)
    check('export --with-initiatives --format graphml: the initiative is a node',
          len(nodes) == len(actors) + 1 and [n['label'] for n in nodes if n.get('kind') == 'initiative'] == ['Moestuin'],
          repr(nodes[-2:]))
    check('export --with-initiatives saved the initiative\'s place and kept the others',
          [r for r in layout_rows(db) if r[0] != 0] == after and len(layout_rows(db)) == len(after) + 1)

    # --- errors -------------------------------------------------------------
    listing = sorted(os.listdir(tmp))
    missing = os.path.join(tmp, 'nergens.svg')
    p = run('export', '--database', db, '--wijk', 'Nergens', '-o', missing)
    check('export of an unknown wijk: exit status 1, says which wijken there are',
          p.returncode == 1 and 'There is no wijk “Nergens”' in p.stderr and '“Pad”' in p.stderr
          and '“Ster”' in p.stderr and not os.path.exists(missing), p.stderr)
    p = run('metrics', '--database', db, '--wijk', 'Nergens')
    check('metrics of an unknown wijk: exit status 1 and why', p.returncode == 1 and p.stdout == ''
          and 'There is no wijk “Nergens”' in p.stderr, p.stderr)
    empty_db = os.path.join(tmp, 'empty.db')
    p = run('metrics', '--database', empty_db, '--wijk', 'Zuid')
    check('metrics on a database without wijken says so', p.returncode == 1 and 'has no wijken yet' in p.stderr,
          p.stderr)

    p = run('export', '--database', db, '--wijk', wijk, '-o', os.path.join(tmp, 'no-such-dir', 'x.svg'))
    check('export to a folder that does not exist: exit status 1, names the file',
          p.returncode == 1 and 'Could not save' in p.stderr and 'x.svg' in p.stderr
          and not os.path.exists(os.path.join(tmp, 'no-such-dir')), p.stderr)
    folder = os.path.join(tmp, 'a-folder.graphml')
    os.mkdir(folder)
    p = run('export', '--database', db, '--wijk', wijk, '-o', folder)
    check('export over a folder: exit status 1, nothing left beside it',
          p.returncode == 1 and 'Could not save' in p.stderr and sorted(os.listdir(tmp)) == sorted(listing + ['a-folder.graphml', 'empty.db'])
          and os.listdir(folder) == [], p.stderr + repr(sorted(set(os.listdir(tmp)) ^ set(listing))))

    p = run('export', '--database', db, '--wijk', wijk, '-o', os.path.join(tmp, 'x.out'), '--format', 'jpeg')
    check('export --format jpeg: exit status 2, says which formats there are',
          p.returncode == 2 and 'unknown format “jpeg”' in p.stderr and 'graphml' in p.stderr
          and not os.path.exists(os.path.join(tmp, 'x.out')), p.stderr)
    p = run('export', '--database', db, '--wijk', wijk, '-o', os.path.join(tmp, 'x.jpg'))
    check('export to a file name without a known format: exit status 2, suggests --format',
          p.returncode == 2 and '--format' in p.stderr and not os.path.exists(os.path.join(tmp, 'x.jpg')), p.stderr)

    old = os.path.join(tmp, 'old.svg')
    with open(old, 'w') as f:
        f.write('the previous export')
    layout_before = layout_rows(db)
    p = run('export', '--database', db, '--wijk', 'Pad', '-o', old, env={'GVBINDIR': os.path.join(tmp, 'no-plugins')})
    check('export when the layout fails: exit status 1 and why',
          p.returncode == 1 and 'could not be laid out' in p.stderr and 'neato' in p.stderr, p.stderr)
    check('export when the layout fails: the old file and the places are left alone',
          open(old).read() == 'the previous export' and layout_rows(db) == layout_before)

    for args, what in [(['-o', os.path.join(tmp, 'u.svg')], 'without --wijk'),
                       (['--wijk', wijk], 'without -o'),
                       (['--wijk', wijk, '-o', os.path.join(tmp, 'u.png'), '--dpi', '100', '--width', '10'],
                        'with --dpi and --width'),
                       (['--wijk', wijk, '-o', os.path.join(tmp, 'u.png'), '--width', '-5'], 'with a negative width'),
                       (['--wijk', wijk, '-o', os.path.join(tmp, 'u.pdf'), '--paper', 'b5'], 'with paper b5'),
                       (['--wijk', wijk, '-o', os.path.join(tmp, 'u.svg'), 'extra'], 'with an extra argument'),
                       (['--wijk', wijk, '-o', os.path.join(tmp, 'u.svg'), '--no-such-option'], 'with an unknown option')]:
        p = run('export', '--database', db, *args)
        check(f'export {what}: exit status 2 and a message', p.returncode == 2 and p.stderr.startswith('wijkkaart export:')
              and not any(name.startswith('u.') for name in os.listdir(tmp)), p.stderr)
    p = run('metrics', '--database', db)
    check('metrics without --wijk: exit status 2', p.returncode == 2 and '--wijk' in p.stderr, p.stderr)
    p = run('metrics', '--database', db, '--wijk', 'Pad', 'extra')
    check('metrics with an extra argument: exit status 2', p.returncode == 2, p.stderr)

    p = run('--help')
    check('--help lists metrics and export', 'metrics --wijk NAME' in p.stdout and 'export --wijk NAME -o FILE' in p.stdout,
          p.stdout)
    p = run('export', '--help')
    check('export --help describes its options', p.returncode == 0 and all(
        o in p.stdout for o in ['--format', '--show-personal-data', '--paper', '--portrait', '--dpi', '--width',
                                '--with-initiatives', '--database']), p.stdout)
    p = run('metrics', '--help')
    check('metrics --help describes the table', p.returncode == 0 and '--hide-personal-data' in p.stdout
          and 'spaces' in p.stdout, p.stdout)

print(f'1..{len(results)}')
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok and detail:
        for line in str(detail).splitlines():
            print(f'# {line}')
