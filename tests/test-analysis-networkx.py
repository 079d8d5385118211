#!/usr/bin/python3
# test-analysis-networkx.py: the network analysis agrees with networkx
# SPDX-License-Identifier: EUPL-1.2
#
# Usage: test-analysis-networkx.py ANALYSIS-TOOL
#
# For known graphs (Zachary's karate club, Les Misérables, random graphs) the
# tool's betweenness (plain, and with a tie of strength s being 1/s long) must
# equal networkx's to a relative error below 1e-9, its degrees exactly, its
# modularity must be what networkx computes for the same partition, and that
# modularity must be within 0.02 of networkx's own Louvain (or better).

import random
import subprocess
import sys

import networkx as nx
from networkx.algorithms import community as nx_community

TOOL = sys.argv[1]
SEED = 7
BETWEENNESS_TOLERANCE = 1e-9
LOUVAIN_TOLERANCE = 0.02

results = []


def check(ok, description, diagnostic=None):
    results.append((bool(ok), description, diagnostic))


def with_strengths(graph, strength_of):
    """The graph on nodes 0…n-1, edges with a strength 1–3 and its length."""
    index = {node: i for i, node in enumerate(graph.nodes())}
    result = nx.Graph()
    result.add_nodes_from(range(len(index)))
    for u, v, data in graph.edges(data=True):
        strength = strength_of(u, v, data)
        assert 1 <= strength <= 3
        result.add_edge(index[u], index[v], weight=strength, distance=1.0 / strength)
    return result


def run_tool(graph, seed=SEED):
    lines = ['nodes %d' % graph.number_of_nodes()]
    for u, v, data in graph.edges(data=True):
        lines.append('%d %d %d' % (u, v, data['weight']))
    completed = subprocess.run([TOOL, '-', str(seed)], input='\n'.join(lines) + '\n',
                               capture_output=True, text=True, check=True)
    nodes = {}
    summary = {}
    for line in completed.stdout.splitlines():
        fields = line.split('\t')
        if fields[0] == 'node':
            nodes[int(fields[1])] = {
                'degree': int(fields[2]),
                'betweenness': float(fields[3]),
                'weighted': float(fields[4]),
                'community': int(fields[5]),
            }
        else:
            summary[fields[0]] = fields[1]
    return nodes, summary, completed.stdout


def max_relative_error(ours, theirs):
    """Relative error, absolute where networkx says 0; None if any is too far."""
    worst = 0.0
    for node, expected in theirs.items():
        got = ours[node]
        if expected == 0.0:
            error = abs(got)
        else:
            error = abs(got - expected) / abs(expected)
        worst = max(worst, error)
    return worst


def compare(name, graph):
    nodes, summary, output = run_tool(graph)
    n = graph.number_of_nodes()
    check(sorted(nodes) == list(range(n)), '%s: a line for every node' % name)
    if sorted(nodes) != list(range(n)):
        return

    check(all(nodes[v]['degree'] == d for v, d in graph.degree()),
          '%s: degrees equal networkx' % name)

    for key, weight, label in (('betweenness', None, 'betweenness'),
                               ('weighted', 'distance', 'weighted betweenness')):
        theirs = nx.betweenness_centrality(graph, weight=weight)
        error = max_relative_error({v: nodes[v][key] for v in nodes}, theirs)
        check(error < BETWEENNESS_TOLERANCE,
              '%s: %s equals networkx' % (name, label),
              'max relative error %.3g' % error)

    groups = {}
    for v, data in nodes.items():
        groups.setdefault(data['community'], set()).add(v)
    partition = [groups[c] for c in sorted(groups)]
    check(int(summary['communities']) == len(partition)
          and sorted(groups) == list(range(len(partition))),
          '%s: communities numbered 0…k-1' % name)
    check(all(len(partition[i]) >= len(partition[i + 1]) for i in range(len(partition) - 1)),
          '%s: communities largest first' % name)

    ours = float(summary['modularity'])
    recomputed = nx_community.modularity(graph, partition, weight='weight')
    check(abs(ours - recomputed) < 1e-9,
          '%s: our modularity is what networkx computes for our partition' % name,
          'ours %.6f, networkx on our partition %.6f' % (ours, recomputed))
    louvain = nx_community.louvain_communities(graph, weight='weight', seed=SEED)
    theirs = nx_community.modularity(graph, louvain, weight='weight')
    check(recomputed >= theirs - LOUVAIN_TOLERANCE,
          '%s: Louvain modularity within %.2f of networkx' % (name, LOUVAIN_TOLERANCE),
          'ours %.4f (%d communities), networkx %.4f (%d communities)'
          % (recomputed, len(partition), theirs, len(louvain)))

    again = run_tool(graph)[2]
    check(again == output, '%s: the same seed gives the same result' % name)


def clamp(value):
    return max(1, min(3, int(value)))


def main():
    karate = nx.karate_club_graph()
    lesmis = nx.les_miserables_graph()
    rng = random.Random(42)
    gnm = nx.gnm_random_graph(300, 900, seed=42)
    planted = nx.planted_partition_graph(6, 40, 0.25, 0.01, seed=42)
    # disconnected: two random pieces and isolated nodes
    pieces = nx.disjoint_union_all([nx.gnm_random_graph(60, 150, seed=1),
                                    nx.gnm_random_graph(40, 90, seed=2),
                                    nx.empty_graph(5)])

    graphs = [
        ('karate', with_strengths(karate, lambda u, v, d: clamp(d['weight']))),
        ('karate unweighted', with_strengths(karate, lambda u, v, d: 1)),
        ('les-miserables', with_strengths(lesmis, lambda u, v, d: clamp(d['weight']))),
        ('les-miserables unweighted', with_strengths(lesmis, lambda u, v, d: 1)),
        ('gnm(300, 900)', with_strengths(gnm, lambda u, v, d: rng.randint(1, 3))),
        ('planted partition', with_strengths(planted, lambda u, v, d: rng.randint(1, 3))),
        ('disconnected', with_strengths(pieces, lambda u, v, d: rng.randint(1, 3))),
    ]
    for name, graph in graphs:
        try:
            compare(name, graph)
        except Exception as exception:  # a crash of the tool fails, not aborts
            check(False, '%s: %s' % (name, exception))

    for i, (ok, description, diagnostic) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, description))
        if diagnostic:
            print('# ' + diagnostic)
    print('1..%d' % len(results))
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
