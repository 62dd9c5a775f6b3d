#!/usr/bin/python3
"""Reference values for nodefinder's per-person measures, computed with networkx.

Run from the repository root with Debian's Python (python3-networkx, python3-scipy):

    /usr/bin/python3 test/reference/make-reference.py

It writes one JSON file per graph into test/reference/. Each file holds the graph itself (node ids
in index order, directed arcs if the source is directed, undirected edges with strengths) and
networkx's value of every measure for every node, indexed by node position. Node ids are sorted
numerically and mapped to 0..n-1. NaN is written as null. Values are rounded to 12 significant
digits.

Conventions (DESIGN.md section 5):
- strength = the 'weight' attribute; on the undirected view a pair's strength is the sum of both
  directions.
- path measures are unweighted by default; the weighted variants use a 'distance' attribute equal
  to 1 / strength, held as an exact fractions.Fraction. With floats, routes of equal length can sum
  to values that differ in the last bit (1/2 + 1/12 != 1/3 + 1/4 in floating point), and networkx,
  which compares lengths with ==, then counts only one of them. networkx's Dijkstra works on
  Fractions unchanged, so its lengths are exact; the results are converted to float when written.
"""
import json
import os
import platform
import sys
import warnings
from fractions import Fraction

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = os.environ.get("NODEFINDER_DATASETS", "/work/shared/datasets")
COMMAND = "/usr/bin/python3 test/reference/make-reference.py"


def r12(x):
    """Rounds to 12 significant digits; NaN becomes None (JSON null)."""
    x = float(x)
    if x != x:
        return None
    return float("%.12g" % x)


def vec(values, n):
    return [r12(values[i]) for i in range(n)]


def undirected_from_arcs(n, arcs):
    """Undirected view: the strength of a pair is the sum of both directions."""
    pairs = {}
    for u, v, w in arcs:
        if u == v:
            continue
        key = (min(u, v), max(u, v))
        pairs[key] = pairs.get(key, 0) + w
    return sorted((u, v, w) for (u, v), w in pairs.items())


def exact_distance(strength):
    """1 / strength as an exact Fraction (Fraction(float) is the float's exact binary value)."""
    return 1 / Fraction(strength)


def build(graph_class, n, edges):
    """'weight' is the strength (a number); 'distance' is 1/strength as an exact Fraction, read only
    by the weighted path measures (betweenness, closeness, harmonic), so that tied routes tie."""
    G = graph_class()
    G.add_nodes_from(range(n))
    for u, v, w in edges:
        G.add_edge(u, v, weight=w, distance=exact_distance(w))
    return G


def cut_offs(G):
    """For each node: the pieces its removal leaves in its own component, and how many people end
    up outside the largest of those pieces (0 for nodes that are not articulation points); when two
    or more pieces tie for largest, everyone in the pieces."""
    n = G.number_of_nodes()
    cut_off = [0] * n
    pieces = [0] * n
    for component in nx.connected_components(G):
        for v in component:
            rest = G.subgraph(component - {v})
            sizes = [len(c) for c in nx.connected_components(rest)]
            pieces[v] = len(sizes)
            tied = sizes.count(max(sizes)) > 1 if sizes else False
            cut_off[v] = (len(component) - 1 - (0 if tied else max(sizes))) if sizes else 0
    return cut_off, pieces


def spectrum_note(G, weight):
    """Top two eigenvalues of the (symmetric) adjacency: documents whether the leading eigenvector
    is unique (a gap) or not (a tie, e.g. two identical components)."""
    A = nx.to_numpy_array(G, nodelist=list(range(G.number_of_nodes())), weight=weight)
    values = np.sort(np.linalg.eigvalsh(A))[::-1]
    return {"first": r12(values[0]), "second": r12(values[1]) if len(values) > 1 else None,
            "last": r12(values[-1])}


def undirected_measures(n, edges):
    G = build(nx.Graph, n, edges)
    out = {}
    out["degree"] = vec(dict(G.degree()), n)
    out["strength"] = vec(dict(G.degree(weight="weight")), n)
    out["betweenness"] = vec(nx.betweenness_centrality(G, normalized=True), n)
    out["betweennessWeighted"] = vec(nx.betweenness_centrality(G, normalized=True, weight="distance"), n)
    out["closeness"] = vec(nx.closeness_centrality(G, wf_improved=True), n)
    out["closenessWeighted"] = vec(nx.closeness_centrality(G, distance="distance", wf_improved=True), n)
    out["harmonic"] = vec(nx.harmonic_centrality(G), n)
    out["harmonicWeighted"] = vec(nx.harmonic_centrality(G, distance="distance"), n)
    out["pagerank"] = vec(nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000), n)
    out["pagerankUnweighted"] = vec(nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=100000), n)
    out["eigenvector"] = vec(nx.eigenvector_centrality_numpy(G, weight="weight", max_iter=100000), n)
    out["eigenvectorUnweighted"] = vec(nx.eigenvector_centrality_numpy(G, weight=None, max_iter=100000), n)
    out["eigenvalues"] = spectrum_note(G, "weight")
    out["eigenvaluesUnweighted"] = spectrum_note(G, None)
    out["clustering"] = vec(nx.clustering(G), n)
    out["constraint"] = vec(nx.constraint(G, weight="weight"), n)
    out["constraintUnweighted"] = vec(nx.constraint(G), n)
    out["effectiveSize"] = vec(nx.effective_size(G, weight="weight"), n)
    out["effectiveSizeUnweighted"] = vec(nx.effective_size(G), n)
    out["articulationPoints"] = sorted(nx.articulation_points(G))
    out["bridges"] = sorted(tuple(sorted(e)) for e in nx.bridges(G))
    cut_off, pieces = cut_offs(G)
    out["cutOff"] = cut_off
    out["pieces"] = pieces
    return out


def directed_measures(n, arcs):
    D = build(nx.DiGraph, n, arcs)
    out = {}
    out["inDegree"] = vec(dict(D.in_degree()), n)
    out["outDegree"] = vec(dict(D.out_degree()), n)
    out["inStrength"] = vec(dict(D.in_degree(weight="weight")), n)
    out["outStrength"] = vec(dict(D.out_degree(weight="weight")), n)
    out["betweenness"] = vec(nx.betweenness_centrality(D, normalized=True), n)
    out["betweennessWeighted"] = vec(nx.betweenness_centrality(D, normalized=True, weight="distance"), n)
    out["closeness"] = vec(nx.closeness_centrality(D, wf_improved=True), n)
    out["closenessWeighted"] = vec(nx.closeness_centrality(D, distance="distance", wf_improved=True), n)
    out["harmonic"] = vec(nx.harmonic_centrality(D), n)
    out["harmonicWeighted"] = vec(nx.harmonic_centrality(D, distance="distance"), n)
    out["pagerank"] = vec(nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000), n)
    out["pagerankUnweighted"] = vec(nx.pagerank(D, alpha=0.85, weight=None, tol=1e-14, max_iter=100000), n)
    out["stronglyConnected"] = nx.is_strongly_connected(D)
    if out["stronglyConnected"]:
        # Left eigenvector (in-ties), as networkx: eigs(M.T). Only well defined when strongly connected.
        out["eigenvector"] = vec(nx.eigenvector_centrality_numpy(D, weight="weight", max_iter=100000), n)
    return out


def write(name, description, node_ids, directed_arcs, undirected_edges):
    n = len(node_ids)
    doc = {
        "name": name,
        "description": description,
        "generatedBy": COMMAND,
        "networkx": nx.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "conventions": "Index i is the i-th node id in nodeIds (sorted numerically). Edge/arc rows are "
        "[source, target, strength]. Weighted path measures use distance = 1/strength, computed "
        "with exact fractions (ties between routes of equal length are exact). "
        "Values rounded to 12 significant digits; NaN is null.",
        "nodeIds": node_ids,
        "nodeCount": n,
        "directedArcs": [[u, v, w] for u, v, w in directed_arcs] if directed_arcs is not None else None,
        "undirectedEdges": [[u, v, w] for u, v, w in undirected_edges],
        "undirected": undirected_measures(n, undirected_edges),
        "directed": directed_measures(n, directed_arcs) if directed_arcs is not None else None,
    }
    path = os.path.join(HERE, name + ".json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d nodes, %d edges, %d bytes)" % (path, n, len(undirected_edges), os.path.getsize(path)))


def index_of(ids):
    ordered = sorted(ids, key=int)
    return ordered, {v: i for i, v in enumerate(ordered)}


def handmade():
    # Two clusters joined by a path: {0,1,2,3} (K4 minus 2-3) -- 2-4-5 -- triangle {5,6,7} plus the
    # square 6-8-9-7 (whose two weighted routes 6-8-9 and 6-7-9 tie exactly: 1/2 + 1/2 each way),
    # pendants 10 (on 3) and 12 (on 9, a sink in the directed view), and an isolate 11.
    arcs = [
        (0, 1, 3), (1, 0, 2), (0, 2, 1), (2, 1, 2), (3, 0, 5), (0, 3, 1), (1, 3, 1),
        (2, 4, 2), (4, 2, 1), (4, 5, 1), (5, 6, 4), (6, 5, 1), (7, 5, 1), (6, 7, 2),
        (6, 8, 2), (9, 7, 2), (8, 9, 2), (10, 3, 1), (9, 12, 1),
    ]
    n = 13
    write("handmade", "Hand-made 13-node network: two clusters bridged by a path, a 4-cycle with tied "
          "weighted routes, two pendants, one isolate.", [str(i) for i in range(n)], arcs,
          undirected_from_arcs(n, arcs))


def krackhardt():
    path = os.path.join(DATASETS, "krackhardt-hightech-managers", "Krack-High-Tec-edgelist-Advice.txt")
    rows = []
    ids = set()
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            ego, alter, tie = parts
            ids.update((ego, alter))
            if tie == "1" and ego != alter:
                rows.append((ego, alter))
    ordered, at = index_of(ids)
    arcs = sorted((at[a], at[b], 1) for a, b in rows)
    write("krackhardt-advice", "Krackhardt (1987) high-tech managers, advice network: ego -> alter "
          "where tie == 1; directed, strength 1; undirected strength = sum of both directions.",
          ordered, arcs, undirected_from_arcs(len(ordered), arcs))


def cross_parker():
    path = os.path.join(DATASETS, "cross-parker-manufacturing", "net_info_advice_frequency.csv")
    rows = []
    ids = set()
    with open(path) as f:
        next(f)
        for line in f:
            a, b, w = line.strip().split(",")
            ids.update((a, b))
            rows.append((a, b, float(w)))
    nodes_path = os.path.join(DATASETS, "cross-parker-manufacturing", "nodes.csv")
    with open(nodes_path) as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split(",")[0])
    ordered, at = index_of(ids)
    arcs = sorted((at[a], at[b], int(w) if w == int(w) else w) for a, b, w in rows)
    write("cross-parker-info", "Cross & Parker (2004) manufacturing research team, information/advice "
          "frequency (1..6); directed weighted; undirected strength = sum of both directions.",
          ordered, arcs, undirected_from_arcs(len(ordered), arcs))


def sociopatterns():
    base = os.path.join(DATASETS, "sociopatterns-workplace-InVS15")
    ids = set()
    counts = {}
    with open(os.path.join(base, "tij_InVS15.dat")) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            _, i, j = parts
            ids.update((i, j))
            key = (i, j) if int(i) < int(j) else (j, i)
            counts[key] = counts.get(key, 0) + 1
    with open(os.path.join(base, "metadata_InVS15.dat")) as f:
        for line in f.read().splitlines():
            parts = line.split()
            if parts:
                ids.add(parts[0])
    ordered, at = index_of(ids)
    edges = sorted((min(at[a], at[b]), max(at[a], at[b]), w) for (a, b), w in counts.items())
    write("sociopatterns-invs15", "SocioPatterns workplace contacts (InVS15, Genois & Barrat 2018): "
          "undirected, strength = number of 20-second contact records per pair; includes the people "
          "in metadata_InVS15.dat with no contacts.", ordered, None, edges)


def organisation_folder(name, folder, description):
    """A nodefinder data folder (staff.csv, teams.csv, interactions.csv with source and target
    columns, one interaction per row), read with Python's csv module. Nodes follow the staff
    file's order, as nodefinder's loader numbers people; the tests load the same folder with
    nodefinder's loader and compare person by person, end to end. Adds the modularity of the
    formal teams (people without a team as singletons) and of networkx's Louvain partition, and
    the number of Louvain communities as nodefinder counts them: of the people with ties, since a
    person with no ties is in no community (networkx gives each a community of their own)."""
    import csv
    with open(os.path.join(folder, "staff.csv"), newline="", encoding="utf-8") as f:
        staff = list(csv.DictReader(f))
    ordered = [row["id"] for row in staff]
    at = {v: i for i, v in enumerate(ordered)}
    counts = {}
    with open(os.path.join(folder, "interactions.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = row["source"], row["target"]
            if a == b or a not in at or b not in at:
                continue
            key = (at[a], at[b])
            counts[key] = counts.get(key, 0) + 1
    arcs = sorted((u, v, w) for (u, v), w in counts.items())
    n = len(ordered)
    edges = undirected_from_arcs(n, arcs)
    write(name, description, ordered, arcs, edges)
    # Partition measures, added to the file just written.
    G = build(nx.Graph, n, edges)
    teams = {}
    for i, row in enumerate(staff):
        teams.setdefault(row["team"] or ("none-%d" % i), set()).add(i)
    louvain = nx.community.louvain_communities(G, weight="weight", seed=1)
    tied = [c for c in louvain if any(G.degree(v) > 0 for v in c)]
    path = os.path.join(HERE, name + ".json")
    with open(path) as f:
        doc = json.load(f)
    doc["partitions"] = {
        "teamOf": [row["team"] for row in staff],
        "teamModularity": r12(nx.community.modularity(G, list(teams.values()), weight="weight")),
        "louvainModularity": r12(nx.community.modularity(G, louvain, weight="weight")),
        "louvainCommunities": len(tied),
    }
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


def fixtures():
    root = os.path.join(HERE, "..", "..", "fixtures")
    organisation_folder("small-org", os.path.join(root, "small-org"),
                        "fixtures/small-org: the hand-made 14-person organisation (its README has the answers worked out by hand).")
    organisation_folder("sample-300", os.path.join(root, "sample"),
                        "fixtures/sample: the bundled sample organisation (nodefinder sample --staff 300 --seed 1).")


if __name__ == "__main__":
    warnings.simplefilter("ignore", DeprecationWarning)
    handmade()
    krackhardt()
    cross_parker()
    sociopatterns()
    fixtures()
