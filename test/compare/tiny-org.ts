/**
 * A tiny organisation with planted changes between January 2026 (before) and February 2026
 * (after), written as CSV files, whose comparison is computed by hand in known-answers.test.ts.
 *
 * Teams A, B, C, E, F, G, H have five members each, tied in a ring (x1-x2-x3-x4-x5-x1: five
 * ties inside); S has two (s1-s2), below the default minimum group size of 5.
 *
 *   tie        Jan 5  Jan 15  Jan 25 | Feb 10   what it plants
 *   a1-b1, a2-b2  ✓      ✓       ✓    |          A and B lose all their ties; A becomes a silo
 *   c1-e1         ✓      ✓       ✓    |          C becomes a silo
 *   e2-f2, e3-f3  ✓      ✓       ✓    |   ✓      unchanged
 *   b3-e4         ✓                   |   ✓      present in one window only: normal variation
 *   g1-h1, g2-h2                      |   ✓      G and H newly linked; both stop being silos
 *   s1-g3                             |   ✓      a new pair with the small team S (suppressed)
 *   rings, s1-s2  ✓      ✓       ✓    |   ✓
 *   s1-s2 also on Jan 1 and Feb 28, so that the data covers both periods to the day (compare
 *   measures a period by the days its data covers)
 *
 * The before period 2026-01-01..2026-01-31 (31 days) is shorter than three after periods
 * (28 days), so its windows are thirds: 11, 10 and 10 days, with one of the dates above in each.
 */
import { tempFolder } from '../helpers/temp-files.js';

export const BEFORE = '2026-01-01..2026-01-31';
export const AFTER = '2026-02-01..2026-02-28';
const WINDOW_DAYS = ['2026-01-05', '2026-01-15', '2026-01-25'];
const AFTER_DAY = '2026-02-10';
/** The first day of the before period and the last of the after period. */
const [FIRST_DAY, LAST_DAY] = ['2026-01-01', '2026-02-28'];

const TEAMS = [
  ['A', 'Accounts', 'Resources'],
  ['B', 'Buildings', 'Resources'],
  ['C', 'Casework', 'Services'],
  ['E', 'Estates', 'Services'],
  ['F', 'Fleet', 'Services'],
  ['G', 'Grants', 'Growth'],
  ['H', 'Housing', 'Growth'],
  ['S', 'Scrutiny', 'Growth'],
] as const;

/** Person ids by team: a1..a5 and so on; s1, s2. */
export function members(team: string): string[] {
  const size = team === 'S' ? 2 : 5;
  return Array.from({ length: size }, (_, i) => `${team.toLowerCase()}${i + 1}`);
}

function ring(team: string): [string, string][] {
  const ids = members(team);
  return ids.length === 2 ? [[ids[0], ids[1]]] : ids.map((id, i) => [id, ids[(i + 1) % ids.length]] as [string, string]);
}

/** Ties and the days they have one interaction each. */
export function plantedTies(): { ties: [string, string][]; days: string[] }[] {
  const all = [...WINDOW_DAYS, AFTER_DAY];
  return [
    ...TEAMS.map(([id]) => ({ ties: ring(id), days: all })),
    { ties: [['a1', 'b1'], ['a2', 'b2'], ['c1', 'e1']], days: WINDOW_DAYS },
    { ties: [['e2', 'f2'], ['e3', 'f3']], days: all },
    { ties: [['b3', 'e4']], days: [WINDOW_DAYS[0], AFTER_DAY] },
    { ties: [['g1', 'h1'], ['g2', 'h2'], ['s1', 'g3']], days: [AFTER_DAY] },
    { ties: [['s1', 's2']], days: [FIRST_DAY, LAST_DAY] },
  ];
}

export interface TinyOptions {
  /** Names by person id, instead of "Person x1". */
  readonly names?: Readonly<Record<string, string>>;
  /** Team names by team id. */
  readonly teamNames?: Readonly<Record<string, string>>;
  /** Leave these people out of the staff file. */
  readonly without?: readonly string[];
  /** Team ids by person id, for people the staff file puts in another team than their own (a reorganisation). */
  readonly moved?: Readonly<Record<string, string>>;
  /** Extra staff rows: [id, team id]. */
  readonly extraStaff?: readonly (readonly [string, string])[];
  /** Only interactions on these days. */
  readonly days?: readonly string[];
  /** Extra interactions: [source, target, day]. */
  readonly extraInteractions?: readonly (readonly [string, string, string])[];
  /** A weight column giving every row this weight (minutes, say): strengths are then summed weights. */
  readonly weight?: number;
}

const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Writes staff.csv, teams.csv and interactions.csv into a new temporary folder. */
export function writeTinyOrganisation(options: TinyOptions = {}): string {
  const without = new Set(options.without ?? []);
  const staff = ['id,name,team'];
  for (const [team] of TEAMS) {
    for (const id of members(team)) if (!without.has(id)) staff.push(`${id},${quote(options.names?.[id] ?? `Person ${id}`)},${options.moved?.[id] ?? team}`);
  }
  for (const [id, team] of options.extraStaff ?? []) staff.push(`${id},${quote(options.names?.[id] ?? `Person ${id}`)},${team}`);
  const teams = ['id,name,parent', ...TEAMS.map(([id, name, parent]) => `${id},${quote(options.teamNames?.[id] ?? name)},${parent}`)];
  const weight = options.weight === undefined ? '' : `,${options.weight}`;
  const rows = [`source,target,timestamp${weight === '' ? '' : ',weight'}`];
  const keep = options.days ? new Set(options.days) : null;
  for (const { ties, days } of plantedTies()) {
    for (const day of days) {
      if (keep && !keep.has(day)) continue;
      for (const [a, b] of ties) if (!without.has(a) && !without.has(b)) rows.push(`${a},${b},${day}T10:00:00Z${weight}`);
    }
  }
  for (const [a, b, day] of options.extraInteractions ?? []) rows.push(`${a},${b},${day}T10:00:00Z${weight}`);
  return tempFolder({
    'staff.csv': `${staff.join('\n')}\n`,
    'teams.csv': `${teams.join('\n')}\n`,
    'interactions.csv': `${rows.join('\n')}\n`,
  });
}
