/**
 * The checks createOrganisation makes of parts a library caller built: ties that would give wrong
 * figures (a pair twice, a person who is not there, a negative strength, arcs of other pairs than
 * the ties) are a RangeError naming the first one, not figures that contradict each other.
 */
import type { CompactGraph } from './compact-graph.js';
import type { TieTable } from './tie-table.js';

/**
 * Ties must name people that exist, in (source, target) order with no pair twice (an undirected
 * tie with source < target), with a finite strength of 0 or more: a repeated pair would count a
 * person's contacts twice, and a negative or NaN strength would be written out as a tie's weight.
 */
export function checkTies(what: string, table: TieTable, nodeCount: number, undirected: boolean): void {
  for (let i = 0; i < table.length; i++) {
    const source = table.source[i];
    const target = table.target[i];
    if (!(source >= 0 && source < nodeCount && target >= 0 && target < nodeCount)) {
      throw new RangeError(`${what}[${i}] is ${source}→${target}, but people are numbered 0 to ${nodeCount - 1}`);
    }
    if (undirected ? source >= target : source === target) throw new RangeError(`${what}[${i}] is ${source}→${target}: ${undirected ? 'an undirected tie has source < target' : 'a person has no tie to themselves'}`);
    if (i > 0 && (table.source[i - 1] > source || (table.source[i - 1] === source && table.target[i - 1] >= target))) {
      throw new RangeError(`${what}[${i}] (${source}→${target}) is not after ${what}[${i - 1}]: ties are sorted by (source, target), each pair once`);
    }
    const strength = table.strength[i];
    if (!(Number.isFinite(strength) && strength >= 0)) throw new RangeError(`${what}[${i}] (${source}→${target}) has strength ${strength}: a strength is a finite number of 0 or more`);
  }
}

/**
 * The ties are the arcs with both directions summed: every arc's pair is a tie, every tie has an
 * arc in one direction or both, and its strength is theirs summed. Otherwise the undirected
 * measures (degree, betweenness) and the directed ones (brokerage, in- and out-degree) would
 * describe two different networks. Interactions read as `undirected` have no direction, so each
 * tie is instead both its arcs, each of the tie's strength. Checked on the built networks, whose
 * rows are sorted: person v's ties are its out- and in-arcs merged.
 */
export function checkTiesMatchArcs(network: CompactGraph, directedNetwork: CompactGraph, undirected: boolean): void {
  const ties = network.out;
  const { out, in: into } = directedNetwork;
  const rule = undirected ? 'undirected, a tie is both its arcs, each of its strength' : 'ties are the arcs with both directions summed';
  for (let v = 0; v < network.nodeCount; v++) {
    let t = ties.offsets[v];
    let o = out.offsets[v];
    let i = into.offsets[v];
    const tieEnd = ties.offsets[v + 1];
    const outEnd = out.offsets[v + 1];
    const inEnd = into.offsets[v + 1];
    while (t < tieEnd || o < outEnd || i < inEnd) {
      const w = Math.min(t < tieEnd ? ties.neighbours[t] : Infinity, o < outEnd ? out.neighbours[o] : Infinity, i < inEnd ? into.neighbours[i] : Infinity);
      const tie = t < tieEnd && ties.neighbours[t] === w ? ties.strengths[t++] : undefined;
      const forward = o < outEnd && out.neighbours[o] === w ? out.strengths[o++] : undefined;
      const backward = i < inEnd && into.neighbours[i] === w ? into.strengths[i++] : undefined;
      if (tie === undefined) throw new RangeError(`arcs hold ${forward === undefined ? `${w}→${v}` : `${v}→${w}`}, but ties have no pair ${pairName(v, w)}: ${rule}`);
      if (forward === undefined && backward === undefined) throw new RangeError(`ties hold ${pairName(v, w)}, but arcs hold neither ${v}→${w} nor ${w}→${v}: ${rule}`);
      if (undirected) {
        if (forward !== tie || backward !== tie) {
          throw new RangeError(`ties hold ${pairName(v, w)} with strength ${tie}, but its arcs are ${arcText(v, w, forward)} and ${arcText(w, v, backward)}: ${rule}`);
        }
        continue;
      }
      const sum = (forward ?? 0) + (backward ?? 0);
      // Relatively: a caller's sum of decimal weights may round otherwise than the loader's.
      if (Math.abs(tie - sum) > 1e-9 * Math.max(tie, sum)) {
        throw new RangeError(`ties hold ${pairName(v, w)} with strength ${tie}, but its arcs sum to ${sum}: a tie's strength is its arcs' summed`);
      }
    }
  }
}

/** An arc and its strength, or that there is none. */
function arcText(from: number, to: number, strength: number | undefined): string {
  return strength === undefined ? `no ${from}→${to}` : `${from}→${to} of ${strength}`;
}

/** An undirected pair as ties hold it, the lower index first. */
function pairName(v: number, w: number): string {
  return `${Math.min(v, w)}–${Math.max(v, w)}`;
}
