// Link recovery: do the suggested introductions name pairs who really do go on to interact?
// On a real workplace (SocioPatterns InVS15, 217 people in 12 departments), a seeded random 10% of
// the ties between departments is hidden, the organisation is rebuilt without them, and each
// method ranks pairs in different teams who are not tied. A hit is a ranked pair that is one of
// the hidden ties. Methods: nodefinder's suggestions with no cap and with the default cap of 3;
// plain common neighbours and the resource allocation index (the plausibility term alone), both
// over pairs at distance 2 across teams; and seeded random pairs across teams.
//
// suggestIntroductions is not a link predictor: it puts the most cut-off teams first and spreads
// the load, so it trades some recovery for reach. This shows how much.
//
// "people" and "most pairs for one person" show how each top list spreads over people, counting
// only the two ends of each pair (the suggestions' introducers come on top, within the cap).
//
// Run `npm run build` first; `node bench/link-recovery.mjs` prints a Markdown table.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse, createOrganisation, loadOrganisation } from '../dist/index.js';
import { suggestIntroductions } from '../dist/introductions/index.js';

const DATASETS = process.env.NODEFINDER_DATASETS ?? join(import.meta.dirname, '..', '..', 'shared', 'datasets');
const HIDDEN_SHARE = 0.1;
const TOPS = [50, 200];

/** A small seeded generator (xorshift32 over a mixed seed): reproducible on every machine. */
function generator(seed) {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x27d4eb2f) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

async function loadInVS15() {
  const dir = join(DATASETS, 'sociopatterns-workplace-InVS15');
  const { organisation } = await loadOrganisation({
    staff: join(dir, 'metadata_InVS15.dat'),
    interactions: join(dir, 'tij_InVS15.dat'),
    headerless: ['staff', 'interactions'],
    columns: { staff: { team: '2' }, interactions: { timestamp: '1', source: '2', target: '3' } },
  });
  return organisation;
}

const key = (a, b, n) => (a < b ? a * n + b : b * n + a);

/** The organisation without the ties (and arcs) whose pair key is in `hidden`. */
function withoutTies(organisation, hidden) {
  const n = organisation.people.length;
  const subset = (table, keep) => {
    const rows = [];
    for (let i = 0; i < table.length; i++) if (keep(table.source[i], table.target[i])) rows.push(i);
    const pick = (array) => array.constructor.from(rows, (i) => array[i]);
    return {
      length: rows.length,
      source: pick(table.source),
      target: pick(table.target),
      strength: pick(table.strength),
      rows: pick(table.rows),
      first: pick(table.first),
      last: pick(table.last),
      channels: pick(table.channels),
    };
  };
  const keep = (a, b) => !hidden.has(key(a, b, n));
  return createOrganisation({
    people: organisation.people.map(({ index, ...person }) => person),
    teams: organisation.teams.map(({ index, members, ...team }) => team),
    ties: subset(organisation.ties, keep),
    arcs: subset(organisation.arcs, keep),
    channels: organisation.channels,
    weighted: organisation.weighted,
  });
}

/** Pairs at distance 2 in different teams and not tied, with common neighbours and resource allocation. */
function distanceTwoPairs(organisation) {
  const { offsets, neighbours } = organisation.network.out;
  const n = organisation.people.length;
  const team = (v) => organisation.people[v].team;
  const pairs = [];
  for (let u = 0; u < n; u++) {
    if (team(u) < 0) continue;
    const tied = new Set(neighbours.subarray(offsets[u], offsets[u + 1]));
    const common = new Map();
    const allocation = new Map();
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const w = neighbours[i];
      const share = 1 / (offsets[w + 1] - offsets[w]);
      for (let j = offsets[w]; j < offsets[w + 1]; j++) {
        const v = neighbours[j];
        if (v <= u || tied.has(v) || team(v) < 0 || team(v) === team(u)) continue;
        common.set(v, (common.get(v) ?? 0) + 1);
        allocation.set(v, (allocation.get(v) ?? 0) + share);
      }
    }
    for (const [v, count] of common) pairs.push({ u, v, common: count, allocation: allocation.get(v) });
  }
  return pairs;
}

/** Seeded random pairs in different teams who are not tied. */
function randomPairs(organisation, count, seed) {
  const n = organisation.people.length;
  const next = generator(seed);
  const tied = new Set();
  for (let i = 0; i < organisation.ties.length; i++) tied.add(key(organisation.ties.source[i], organisation.ties.target[i], n));
  const seen = new Set();
  const result = [];
  for (let attempts = 0; result.length < count && attempts < count * 1000; attempts++) {
    const u = Math.floor(next() * n);
    const v = Math.floor(next() * n);
    const tu = organisation.people[u].team;
    const tv = organisation.people[v].team;
    const k = key(u, v, n);
    if (u === v || tu < 0 || tv < 0 || tu === tv || tied.has(k) || seen.has(k)) continue;
    seen.add(k);
    result.push(k);
  }
  return result;
}

/** Ties across teams, and how many non-tied cross-team pairs there are (the random baseline's pool). */
function crossTeam(organisation) {
  const ties = [];
  const n = organisation.people.length;
  for (let i = 0; i < organisation.ties.length; i++) {
    const a = organisation.ties.source[i];
    const b = organisation.ties.target[i];
    const ta = organisation.people[a].team;
    const tb = organisation.people[b].team;
    if (ta >= 0 && tb >= 0 && ta !== tb) ties.push(key(a, b, n));
  }
  const sizes = organisation.teams.map((team) => team.members.length);
  const total = sizes.reduce((s, x) => s + x, 0);
  const pairs = (total * total - sizes.reduce((s, x) => s + x * x, 0)) / 2;
  return { ties, pairs };
}

/**
 * Runs the experiment over `splits` seeded splits and returns one row per method: mean hits in
 * the top 50 and top 200, and the hidden ties per split.
 */
export async function linkRecoveryBenchmark({ splits = 5 } = {}) {
  const organisation = await loadInVS15();
  const n = organisation.people.length;
  const cross = crossTeam(organisation);
  const methods = new Map();
  const add = (method, ranked, hidden) => {
    const row = methods.get(method) ?? { method, hits: TOPS.map(() => 0), ranked: TOPS.map(() => 0), people: 0, busiest: 0 };
    TOPS.forEach((top, t) => {
      const list = ranked.slice(0, top);
      row.hits[t] += list.filter((k) => hidden.has(k)).length;
      row.ranked[t] += list.length;
    });
    // How the largest list spreads over people (as either end; introducers are not counted).
    const ends = new Map();
    for (const k of ranked.slice(0, Math.max(...TOPS))) for (const v of [Math.floor(k / n), k % n]) ends.set(v, (ends.get(v) ?? 0) + 1);
    row.people += ends.size;
    row.busiest += Math.max(0, ...ends.values());
    methods.set(method, row);
  };
  let hiddenTotal = 0;
  let poolTotal = 0;
  for (let split = 1; split <= splits; split++) {
    const next = generator(1000 + split);
    const shuffled = [...cross.ties];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const hidden = new Set(shuffled.slice(0, Math.round(HIDDEN_SHARE * shuffled.length)));
    hiddenTotal += hidden.size;
    poolTotal += cross.pairs - (cross.ties.length - hidden.size);
    const rest = withoutTies(organisation, hidden);
    const analysis = analyse(rest);
    const limit = Math.max(...TOPS);
    const asKeys = (result) => result.map((s) => key(rest.personIndex.get(s.from), rest.personIndex.get(s.to), n));
    add('nodefinder introductions, no cap', asKeys(suggestIntroductions(rest, analysis, { limit, maxPerPerson: 1_000_000 })), hidden);
    add('nodefinder introductions, maxPerPerson 3', asKeys(suggestIntroductions(rest, analysis, { limit })), hidden);
    const pairs = distanceTwoPairs(rest);
    const byIndex = (a, b) => a.u - b.u || a.v - b.v;
    add('common neighbours', [...pairs].sort((a, b) => b.common - a.common || byIndex(a, b)).map((p) => key(p.u, p.v, n)), hidden);
    add('resource allocation', [...pairs].sort((a, b) => b.allocation - a.allocation || byIndex(a, b)).map((p) => key(p.u, p.v, n)), hidden);
    add('random cross-team pairs', randomPairs(rest, limit, 2000 + split), hidden);
  }
  const expected = (top) => (hiddenTotal / splits) * (top / (poolTotal / splits));
  return {
    dataset: 'SocioPatterns InVS15',
    people: n,
    crossTeamTies: cross.ties.length,
    hiddenPerSplit: hiddenTotal / splits,
    splits,
    expectedRandom: TOPS.map(expected),
    rows: [...methods.values()].map((row) => ({
      method: row.method,
      ...Object.fromEntries(TOPS.map((top, t) => [`top${top}`, row.hits[t] / splits])),
      ...Object.fromEntries(TOPS.map((top, t) => [`ranked${top}`, row.ranked[t] / splits])),
      people: row.people / splits,
      busiest: row.busiest / splits,
    })),
  };
}

/** The result as a Markdown table. */
export function formatLinkRecovery(result) {
  const lines = [
    `${result.dataset}: ${result.people} people, ${result.crossTeamTies} ties between departments; ${result.hiddenPerSplit.toFixed(0)} (10%) hidden per split, mean over ${result.splits} seeded splits. Chance level: ${result.expectedRandom.map((x) => x.toFixed(2)).join(' and ')} hits in the top ${TOPS.join(' and ')}.`,
    '',
    `| method | ${TOPS.map((top) => `hidden ties in top ${top}`).join(' | ')} | people in top ${Math.max(...TOPS)} | most pairs for one person |`,
    `|---|${TOPS.map(() => '---:').join('|')}|---:|---:|`,
    ...result.rows.map(
      (row) =>
        `| ${row.method} | ${TOPS.map((top) => `${row[`top${top}`].toFixed(1)}${row[`ranked${top}`] < top ? ` (of ${row[`ranked${top}`].toFixed(0)} ranked)` : ''}`).join(' | ')} | ${row.people.toFixed(0)} | ${row.busiest.toFixed(1)} |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(DATASETS)) {
    console.error(`no datasets at ${DATASETS}: set NODEFINDER_DATASETS`);
    process.exit(1);
  }
  console.log(formatLinkRecovery(await linkRecoveryBenchmark()));
}
