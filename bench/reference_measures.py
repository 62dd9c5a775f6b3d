#!/usr/bin/python3
"""The reference side of the per-measure benchmark: the same work as bench/measures.mjs, done
with NetworkX and python-igraph on the same files, each measurement in a fresh process.

Run with Debian's Python, which has python3-networkx and python3-igraph:

    /usr/bin/python3 bench/reference_measures.py DIR [--repeats 3] [--budget 60] [--igraph-budget 600]
        [--exact-betweenness-up-to 50000] [--tools networkx,igraph]

prints one JSON object on stdout ({"python": ..., "versions": ..., "rows": [...]}) and progress on
stderr. Each row is {tool, stage, seconds, peakRssMiB, status, note, runs}: status is "measured"
or "projected" (too slow to run: seconds is a projection from a timed subset, see note; None for
igraph's exact betweenness above --exact-betweenness-up-to, which the caller projects). A measure
a library lacks (igraph: effective size, sampled betweenness) has no row.

How it works: a first child process per library reads interactions.csv with the csv module,
aggregates the rows into undirected pairs (a tie's strength is the number of rows between the two
people, both directions summed; self-interactions and rows naming someone outside staff.csv are
dropped, as nodefinder does), builds the graph (every person in staff.csv is a node, isolates
included) and times all of that. It then pickles the graph into a cache folder, untimed. Every
measure runs in its own child process that unpickles the graph and times the measure alone; a
child's peak memory is its maximum resident set size (graph + interpreter + the measure).
"""

import csv
import gc
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time

nx = None  # networkx or igraph, imported by import_library() in the child that needs it
ig = None

NX_STAGES = [
    'graph only', 'degree and strength', 'pagerank', 'eigenvector', 'clustering', 'constraint',
    'effective size', 'betweenness exact', 'betweenness 500 sources', 'closeness', 'harmonic',
    'articulation points', 'louvain',
]
IGRAPH_STAGES = [
    'graph only', 'degree and strength', 'pagerank', 'eigenvector', 'clustering', 'constraint',
    'betweenness exact', 'closeness', 'harmonic', 'articulation points', 'louvain',
]
SAMPLES = 500
SEED = 1
# Stages that can be too slow in pure Python at 21,000 people: timed on a subset first, run in full
# only when the projection fits the budget.
SUBSET = 100


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def progress(text):
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Child: read + aggregate + build


def read_staff(directory):
    with open(os.path.join(directory, 'staff.csv'), newline='', encoding='utf-8-sig') as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader)]
        column = header.index('id')
        return [row[column] for row in reader if row and row[column]]


def read_ties(directory, index):
    """Pairs (a, b) with a < b and their interaction counts, from interactions.csv."""
    ties = {}
    with open(os.path.join(directory, 'interactions.csv'), newline='', encoding='utf-8-sig') as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader)]
        s_col = header.index('source')
        t_col = header.index('target')
        w_col = header.index('weight') if 'weight' in header else -1
        get = index.get
        for row in reader:
            a = get(row[s_col])
            b = get(row[t_col])
            if a is None or b is None or a == b:
                continue
            weight = float(row[w_col]) if w_col >= 0 else 1
            pair = (a, b) if a < b else (b, a)
            ties[pair] = ties.get(pair, 0) + weight
    return ties


def import_library(tool):
    global nx, ig
    if tool == 'networkx':
        import networkx as nx
        # networkx imports these inside pagerank and eigenvector_centrality_numpy: import them
        # here so that the timings do not include a first import.
        import numpy  # noqa: F401
        import scipy.sparse  # noqa: F401
        import scipy.sparse.linalg  # noqa: F401
    else:
        import igraph as ig


def load(tool, directory, on_staff_read=lambda: None):
    ids = read_staff(directory)
    index = {person: i for i, person in enumerate(ids)}
    on_staff_read()
    ties = read_ties(directory, index)
    if tool == 'networkx':
        graph = nx.Graph()
        graph.add_nodes_from(ids)
        graph.add_weighted_edges_from((ids[a], ids[b], w) for (a, b), w in ties.items())
    else:
        graph = ig.Graph(n=len(ids), edges=list(ties.keys()), edge_attrs={'weight': list(ties.values())})
        graph.vs['name'] = ids
    return graph


def child_load(tool, directory, cache):
    import_library(tool)  # outside the timing, as nodefinder's import is
    started = time.perf_counter()
    staff_read = []
    graph = load(tool, directory, lambda: staff_read.append(time.perf_counter()))
    ended = time.perf_counter()
    seconds = ended - started
    peak = peak_rss_mib()
    with open(cache, 'wb') as handle:
        pickle.dump(graph, handle, protocol=pickle.HIGHEST_PROTOCOL)
    # interactionsSeconds: reading the interactions and building, the staff ids already read.
    return {'seconds': seconds, 'interactionsSeconds': ended - staff_read[0], 'peakRssMiB': peak, 'nodes': graph.number_of_nodes() if tool == 'networkx' else graph.vcount(),
            'ties': graph.number_of_edges() if tool == 'networkx' else graph.ecount()}


# ---------------------------------------------------------------------------------------------
# Child: one measure


def timed(run):
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def guarded(run_subset, run_all, n, done, budget, what):
    """Times run_subset (done of n units), and runs run_all only if the projection fits the budget."""
    projected = timed(run_subset) * n / done
    if projected > budget:
        return 'projected', projected, f'not run: ~{projected:.0f} s projected from {done} {what}'
    return 'measured', timed(run_all), ''


def nx_stage(graph, stage, budget):
    """Runs one NetworkX stage; returns (status, seconds, note)."""
    n = graph.number_of_nodes()
    subset = random.Random(SEED).sample(list(graph.nodes), min(SUBSET, n))
    if stage == 'graph only':
        return 'measured', 0.0, ''
    if stage == 'degree and strength':
        return 'measured', timed(lambda: (dict(graph.degree()), dict(graph.degree(weight='weight')))), ''
    if stage == 'pagerank':
        return 'measured', timed(lambda: nx.pagerank(graph, weight='weight')), ''
    if stage == 'eigenvector':
        return 'measured', timed(lambda: nx.eigenvector_centrality_numpy(graph, weight='weight')), ''
    if stage == 'clustering':
        return 'measured', timed(lambda: nx.clustering(graph)), ''
    if stage in ('constraint', 'effective size'):
        function = nx.constraint if stage == 'constraint' else nx.effective_size
        return guarded(lambda: function(graph, nodes=subset, weight='weight'), lambda: function(graph, weight='weight'),
                       n, len(subset), budget, 'people')
    if stage == 'betweenness exact':
        return guarded(lambda: nx.betweenness_centrality(graph, k=len(subset), seed=SEED), lambda: nx.betweenness_centrality(graph),
                       n, len(subset), budget, 'sources')
    if stage == 'betweenness 500 sources':
        k = min(SAMPLES, n)
        # The one NetworkX path measure that is practical at 21,000 people: allowed 5 × the budget.
        status, seconds, note = guarded(lambda: nx.betweenness_centrality(graph, k=min(SUBSET, k), seed=SEED),
                                        lambda: nx.betweenness_centrality(graph, k=k, seed=SEED), k, min(SUBSET, k), 5 * budget, 'sources')
        return status, seconds, note or f'k={SAMPLES}, seed={SEED}'
    if stage == 'closeness':
        return guarded(lambda: [nx.closeness_centrality(graph, u=u) for u in subset], lambda: nx.closeness_centrality(graph),
                       n, len(subset), budget, 'people')
    if stage == 'harmonic':
        return guarded(lambda: nx.harmonic_centrality(graph, sources=subset), lambda: nx.harmonic_centrality(graph),
                       n, len(subset), budget, 'sources')
    if stage == 'articulation points':
        return 'measured', timed(lambda: list(nx.articulation_points(graph))), ''
    if stage == 'louvain':
        return 'measured', timed(lambda: nx.community.louvain_communities(graph, seed=SEED, weight='weight')), 'seed=1'
    raise ValueError(stage)


def igraph_stage(graph, stage, budget, exact_betweenness_up_to):
    """Runs one igraph stage; returns (status, seconds, note)."""
    n = graph.vcount()
    subset = random.Random(SEED).sample(range(n), min(SUBSET, n))
    if stage in ('closeness', 'harmonic'):
        # One breadth-first search per person: time a subset, run all only within the budget.
        function = graph.closeness if stage == 'closeness' else graph.harmonic_centrality
        return guarded(lambda: function(vertices=subset), lambda: function(), n, len(subset), budget, 'people')
    if stage == 'betweenness exact' and n > exact_betweenness_up_to:
        # python-igraph cannot run betweenness from a subset of sources: the caller projects it
        # from a smaller network of the same run (seconds grow with people × ties).
        return 'projected', None, f'not run above {exact_betweenness_up_to} people'
    runs = {
        'graph only': lambda: None,
        'degree and strength': lambda: (graph.degree(), graph.strength(weights='weight')),
        'pagerank': lambda: graph.pagerank(weights='weight'),
        'eigenvector': lambda: graph.eigenvector_centrality(weights='weight'),
        'clustering': lambda: graph.transitivity_local_undirected(mode='zero'),
        'constraint': lambda: graph.constraint(weights='weight'),
        'betweenness exact': lambda: graph.betweenness(directed=False),
        'closeness': lambda: graph.closeness(),
        'harmonic': lambda: graph.harmonic_centrality(),
        'articulation points': lambda: graph.articulation_points(),
        'louvain': lambda: graph.community_multilevel(weights='weight'),
    }
    if stage == 'louvain':
        random.seed(SEED)  # python-igraph draws its random numbers from Python's random module
    return 'measured', timed(runs[stage]), ''


def child_stage(tool, stage, cache, budget, igraph_budget, exact_betweenness_up_to):
    with open(cache, 'rb') as handle:
        graph = pickle.load(handle)
    import_library(tool)
    gc.collect()
    if tool == 'networkx':
        status, seconds, note = nx_stage(graph, stage, budget)
    else:
        status, seconds, note = igraph_stage(graph, stage, igraph_budget, exact_betweenness_up_to)
    return {'seconds': seconds, 'peakRssMiB': peak_rss_mib() if status == 'measured' else None, 'status': status, 'note': note}


# ---------------------------------------------------------------------------------------------
# Parent


def run_child(args):
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), '--child', *args],
                               stdout=subprocess.PIPE, check=True, text=True)
    return json.loads(completed.stdout)


def median_of(results):
    """The run with the median time (its own peak memory with it)."""
    ordered = sorted(results, key=lambda r: r['seconds'])
    middle = dict(ordered[len(ordered) // 2])
    middle['runs'] = len(results)
    return middle


def warm_files(directory):
    """Reads the data files once, untimed, so that the timed load reads them from memory (bench/measures.mjs does the same)."""
    for name in ('staff.csv', 'teams.csv', 'interactions.csv'):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            with open(path, 'rb') as handle:
                while handle.read(1 << 24):
                    pass


def benchmark(directory, repeats, budget, tools, igraph_budget, exact_betweenness_up_to):
    rows = []
    with tempfile.TemporaryDirectory(prefix='nodefinder-bench-') as scratch:
        for tool in tools:
            cache = os.path.join(scratch, f'{tool}.pickle')
            results = []
            for _ in range(repeats):
                warm_files(directory)
                results.append(run_child(['load', tool, directory, cache]))
            result = median_of(results)
            rows.append({'tool': tool, 'stage': 'load', 'seconds': result['seconds'], 'peakRssMiB': result['peakRssMiB'],
                         'status': 'measured', 'note': f"{result['nodes']} people, {result['ties']} ties", 'runs': result['runs']})
            progress(f"  {tool:8} {'load':24} {result['seconds']:9.3f} s  {result['peakRssMiB']:6.0f} MiB")
            stages = NX_STAGES if tool == 'networkx' else IGRAPH_STAGES
            for stage in stages:
                results = []
                for _ in range(repeats):
                    result = run_child(['stage', tool, stage, cache, str(budget), str(igraph_budget), str(exact_betweenness_up_to)])
                    results.append(result)
                    if result['status'] != 'measured':
                        break
                result = median_of(results)
                note = result['note']
                rows.append({'tool': tool, 'stage': stage, 'seconds': result['seconds'], 'peakRssMiB': result['peakRssMiB'],
                             'status': result['status'], 'note': note, 'runs': result['runs']})
                memory = f"{result['peakRssMiB']:6.0f} MiB" if result['peakRssMiB'] is not None else '     — MiB'
                shown = f"{result['seconds']:9.3f}" if result['seconds'] is not None else '        —'
                progress(f"  {tool:8} {stage:24} {shown} s  {memory}  {note}")
    return rows


def versions():
    import igraph
    import networkx
    import numpy
    import scipy
    return {'networkx': networkx.__version__, 'igraph': igraph.__version__, 'numpy': numpy.__version__, 'scipy': scipy.__version__}


def main(argv):
    if argv and argv[0] == '--child':
        kind = argv[1]
        if kind == 'load':
            result = child_load(argv[2], argv[3], argv[4])
        else:
            result = child_stage(argv[2], argv[3], argv[4], float(argv[5]), float(argv[6]), int(argv[7]))
        print(json.dumps(result))
        return
    import argparse
    parser = argparse.ArgumentParser(description='Time NetworkX and igraph on a nodefinder data folder.')
    parser.add_argument('dir')
    parser.add_argument('--repeats', type=int, default=1, help='runs per measurement; the median is reported')
    parser.add_argument('--budget', type=float, default=120,
                        help='seconds a slow NetworkX stage may take; above this it is projected, not run')
    parser.add_argument('--igraph-budget', type=float, default=600,
                        help='seconds igraph closeness or harmonic may take; above this it is projected, not run')
    parser.add_argument('--exact-betweenness-up-to', type=int, default=50_000,
                        help='people above which igraph exact betweenness is not run (the caller projects it)')
    parser.add_argument('--tools', default='networkx,igraph')
    options = parser.parse_args(argv)
    tools = [tool for tool in options.tools.split(',') if tool]
    rows = benchmark(options.dir, options.repeats, options.budget, tools, options.igraph_budget, options.exact_betweenness_up_to)
    print(json.dumps({'python': sys.version.split()[0], 'versions': versions(), 'rows': rows}, indent=1))


if __name__ == '__main__':
    main(sys.argv[1:])
