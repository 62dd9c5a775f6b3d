/**
 * A Comparison laid out as titled sections of tables and sentences, so that the text, Markdown
 * and HTML outputs show the same content in the same order and differ only in markup. Formats
 * figures; computes nothing.
 */
import type { JudgedKind } from '../compare/chance.js';
import type { Change, Comparison, JudgedChange, JudgedCount, NoiseDescription, PersonRef, Ranked, TeamChange, TeamRef, Variation } from '../compare/comparison.js';
import type { Role } from '../findings/roles.js';
import { judgedDirection } from './change-direction.js';
import { describeSettings } from './load-report-text.js';
import { MEMBERSHIP_MARK, membershipCaveats } from './membership-notes.js';
import { organisationFigures } from './organisation-figures.js';
import { periodsPathMethod } from './path-method.js';
import { counted, fixed, formatCount } from './number-format.js';
import { strengthFigure } from '../number-text.js';
import { periodsStrengthWords, strengthWords } from './strength-words.js';
import { NO_OR_SMALL_TEAM_LABEL, NO_TEAM_LABEL } from './team-labels.js';
import { WITHHELD_TEAM_MARK, withheldTeamNote } from './withheld-team-note.js';

/**
 * One table cell. `tone` marks what a reader should notice: a loss or a gain beyond normal
 * variation (change-direction.ts), or another warning; numbers are right-aligned.
 */
export interface Cell {
  readonly text: string;
  readonly numeric?: boolean;
  readonly tone?: 'loss' | 'gain' | 'warning' | 'dim';
  /** A short phrase best kept on one line (a judgement). */
  readonly nowrap?: boolean;
}

/** A titled part of the output: an optional table, then sentences. */
export interface Section {
  readonly title: string;
  /** e.g. "10 of 23 shown", or null. */
  readonly shown: string | null;
  /** With `shown`, how many the list holds in all: the --top that would show them all. */
  readonly total?: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Sentences after the table; "none" when a list is empty. */
  readonly lines: readonly string[];
  /** Rows of long sentences: plain text shows each row as a short list item rather than a table. */
  readonly wide?: boolean;
}

/** The title line and the sections of a Comparison. */
export interface ComparisonLayout {
  readonly title: string;
  readonly sections: readonly Section[];
}

const VERDICT: Readonly<Record<Variation, string>> = {
  'within-normal': 'within normal variation',
  'beyond-normal': 'beyond normal variation',
  unknown: 'normal variation unknown',
};

/** A change beyond normal variation is a loss or a gain, as the dashboard colours it; any other is dimmed. */
function verdictTone(judged: JudgedChange): Cell['tone'] {
  const direction = judgedDirection(judged);
  return judged.variation === 'beyond-normal' && (direction === 'loss' || direction === 'gain') ? direction : 'dim';
}

/** A figure with a fixed number of decimals, or – when it does not apply. */
export function figure(value: number | null, digits: number): string {
  if (value === null) return '–';
  return Number.isInteger(value) && digits === 0 ? formatCount(value) : fixed(value, digits);
}

/**
 * A change with its sign (+0.12, -3, 0), rounded from the exact change, as the judgement beside it
 * is made on it: rounding keeps order, so a change shown above its normal variation is never judged
 * within it. Worked out from the shown before and after instead, it could be (0.0149 → 0.2189
 * shows 0.01 → 0.22, +0.21, against a normal variation of 0.2049, shown 0.20, and is within it);
 * so its last digit may differ from that arithmetic, which MEANINGS says. – when it is missing.
 */
export function signedChange({ change }: Pick<Change, 'change'>, digits: number): string {
  if (change === null) return '–';
  const size = figure(Math.abs(change), digits);
  // A change that rounds to nothing has no sign (no "-0.00").
  return Number(size.replace(/,/g, '')) === 0 ? size : `${change < 0 ? '-' : '+'}${size}`;
}

/** The measures above in plain words, for a reader who was not at the analysis. */
const MEANINGS: readonly string[] = [
  'E-I index: (ties leaving the team − ties inside it) ÷ all its ties; −1 when every tie stays inside, +1 when every tie leaves. A team at or below the silo threshold of the analysis (−0.8 unless --thresholds changed it) is a silo.',
  'Teams reached: how many other teams a team has at least one tie with.',
  'Betweenness: the share of shortest paths between other people that pass through a person, that is how much the network relies on them to connect its parts.',
  'Modularity: how clearly the network falls into communities, up to 1 (above about 0.3, clear communities).',
  'Change: worked out from the exact figures, as its judgement is, so its last digit may differ from the after minus the before as rounded here.',
  'Normal variation: the largest difference between the windows of the before period (at least the change one tie, or one team, makes). A change beyond it is larger than the before period varied within itself; ' +
    'that alone does not make it real: every team and changed pair is judged, so where many are, some pass by chance (the normal variation section says about how many).',
];

/** Lays out a Comparison. */
export function layoutComparison(comparison: Comparison): ComparisonLayout {
  const { before, after, teams, pairs, people } = comparison;
  const teamNames = new Map<string, string>();
  for (const team of [...teams.all, ...teams.added, ...teams.removed]) teamNames.set(team.id, team.name);
  // People of a team small in either period are shown with no team: said as the analysis says it,
  // marked, with the list's note on why, so that it does not read as missing.
  const teamWithheld = (team: string | null) => team === null && comparison.privacy.teamsSuppressed > 0;
  const teamOf = (person: PersonRef): Cell => ({
    text: person.team !== null ? (teamNames.get(person.team) ?? person.team) : teamWithheld(person.team) ? NO_OR_SMALL_TEAM_LABEL + WITHHELD_TEAM_MARK : NO_TEAM_LABEL,
  });
  const withheldNote = (listed: readonly PersonRef[]) => ({ notes: listed.some((person) => teamWithheld(person.team)) ? [withheldTeamNote(comparison, { inEitherPeriod: true })] : [] });
  const who = (person: PersonRef): Cell => ({ text: person.name || person.id });
  const num = (text: string, tone?: Cell['tone']): Cell => ({ text, numeric: true, tone });
  const caveats = membershipCaveats(comparison);
  // A verdict on teams whose people changed says so; the sentences under the table say how.
  const verdict = (judged: JudgedChange, of: readonly TeamRef[] = []): Cell => ({ text: VERDICT[judged.variation] + (caveats.marked(of) ? `; ${MEMBERSHIP_MARK}` : ''), tone: verdictTone(judged), nowrap: true });
  const changeCells = (value: Change, digits: number): Cell[] => [num(figure(value.before, digits)), num(figure(value.after, digits)), num(signedChange(value, digits))];
  const roles = (list: readonly Role[]) => (list.length === 0 ? '–' : list.join(', '));

  const sections: Section[] = [];
  // `notes`: sentences after the list, said whether or not it is empty.
  const add = <T>(title: string, columns: string[], list: Ranked<T> | readonly T[], row: (item: T) => Cell[], { empty = 'none', wide = false, notes = [] as readonly string[] } = {}) => {
    const items = 'items' in list ? list.items : list;
    const total = 'items' in list ? list.total : list.length;
    sections.push({
      title,
      shown: total > items.length ? `${formatCount(items.length)} of ${formatCount(total)} shown` : null,
      ...(total > items.length ? { total } : {}),
      columns: items.length > 0 ? columns : [],
      rows: items.map(row),
      lines: [...(items.length > 0 ? [] : [empty]), ...notes],
      ...(wide ? { wide } : {}),
    });
  };

  // Summed weights (ratings, minutes) count no interactions: named as strength when either side has them.
  const strength = periodsStrengthWords(before, after);
  add('Periods', ['', 'period', 'people', 'teams', 'ties', strength.column.toLowerCase(), 'first interaction', 'last interaction'], [before, after], (period) => [
    { text: period === before ? 'before' : 'after' },
    { text: period.label },
    num(formatCount(period.people)),
    num(formatCount(period.teams)),
    num(formatCount(period.ties)),
    // Summed weights may be fractions, and tiny ones: never shown as 0.
    num(strengthFigure(period.interactions)),
    { text: period.firstInteraction?.slice(0, 16).replace('T', ' ') ?? '–' },
    { text: period.lastInteraction?.slice(0, 16).replace('T', ' ') ?? '–' },
  ]);

  // Caveats before the figures they qualify (unequal periods leave every change unjudged).
  if (comparison.notes.length > 0) sections.push({ title: 'Notes', shown: null, columns: [], rows: [], lines: comparison.notes });

  add('Organisation', ['measure', 'before', 'after', 'change'], organisationFigures(comparison), ({ figure: key, label, digits }) => [
    { text: label },
    ...changeCells(comparison.organisation[key], digits),
  ]);

  const noise = comparison.noise;
  sections.push({
    title: 'Normal variation: windows of the before period',
    shown: null,
    columns: noise.windows.length > 0 ? ['window', 'from', 'to'] : [],
    rows: noise.windows.map((window, i) => [{ text: String(i + 1), numeric: true }, { text: window.start }, { text: window.end }]),
    lines: noise.available ? [noise.rule, ...judgedLines(noise)] : ['Not measured (see the notes): changes are marked "normal variation unknown".'],
  });

  const teamColumns = (measure: string) => ['team', 'department', 'members', `${measure} before`, 'after', 'change', 'normal variation', 'judgement'];
  const team = (t: { name: string; id: string; parent: string }): Cell[] => [{ text: t.name || t.id }, { text: t.parent || '–' }];
  // Members before → after, so a reorganised team's figures are read with its new size.
  const teamWithSize = (t: TeamChange): Cell[] => [...team(t), num(`${figure(t.size.before, 0)} → ${figure(t.size.after, 0)}`)];
  const teamNotes = (list: Ranked<TeamChange>) => ({ notes: caveats.notes(list.items) });
  add('Teams: largest changes in E-I index', teamColumns('E-I'), teams.largestEiChanges, (t) => [
    ...teamWithSize(t),
    ...changeCells(t.eiIndex, 2),
    num(figure(t.eiIndex.normalVariation, 2)),
    verdict(t.eiIndex, [t]),
  ], teamNotes(teams.largestEiChanges));
  add('Teams: largest changes in teams reached', teamColumns('teams reached'), teams.largestReachChanges, (t) => [
    ...teamWithSize(t),
    ...changeCells(t.teamsReached, 0),
    num(figure(t.teamsReached.normalVariation, 0)),
    verdict(t.teamsReached, [t]),
  ], teamNotes(teams.largestReachChanges));
  const siloColumns = ['team', 'department', 'members', 'E-I before', 'after', 'change', 'judgement'];
  const siloRow = (t: TeamChange) => [...teamWithSize(t), ...changeCells(t.eiIndex, 2), verdict(t.eiIndex, [t])];
  add('Teams that became silos', siloColumns, teams.becameSilos, siloRow, teamNotes(teams.becameSilos));
  add('Teams that stopped being silos', siloColumns, teams.stoppedBeingSilos, siloRow, teamNotes(teams.stoppedBeingSilos));
  if (comparison.mode === 'folders') {
    add('Teams only in the after data', ['team', 'department'], teams.added, (t) => team(t));
    add('Teams only in the before data', ['team', 'department'], teams.removed, (t) => team(t));
  }

  const pairColumns = ['team', 'team', 'ties before', 'after', 'normal variation', 'judgement'];
  const pair = (p: Comparison['pairs']['broken']['items'][number]): Cell[] => [
    { text: p.teams[0].name || p.teams[0].id },
    { text: p.teams[1].name || p.teams[1].id },
    num(figure(p.ties.before, 0)),
    num(figure(p.ties.after, 0)),
    num(figure(p.ties.normalVariation, 0)),
    verdict(p.ties, p.teams),
  ];
  const pairNotes = (list: Comparison['pairs']['broken']) => ({ notes: caveats.notes(list.items.flatMap((p) => p.teams)) });
  add('Team pairs that lost all their ties', pairColumns, pairs.broken, pair, pairNotes(pairs.broken));
  add('Team pairs newly linked', pairColumns, pairs.newlyLinked, pair, pairNotes(pairs.newlyLinked));

  add('People: role changes', ['person', 'team', 'roles before', 'roles after'], people.roleChanges, (p) => [
    who(p),
    teamOf(p),
    { text: roles(p.before) },
    { text: roles(p.after), tone: p.lost.some((role) => role === 'connector' || role === 'broker') ? 'warning' : undefined },
  ], withheldNote(people.roleChanges.items));
  const personChange = (digits: number) => (p: Comparison['people']['betweennessRises']['items'][number]) => [who(p), teamOf(p), ...changeCells(p.value, digits)];
  add('People: largest rises in betweenness', ['person', 'team', 'before', 'after', 'change'], people.betweennessRises, personChange(4), withheldNote(people.betweennessRises.items));
  add('People: largest falls in betweenness', ['person', 'team', 'before', 'after', 'change'], people.betweennessFalls, personChange(4), withheldNote(people.betweennessFalls.items));
  add('People who lost most of their contacts in other teams', ['person', 'team', 'before', 'after', 'change'], people.crossTeamLosses, personChange(0), withheldNote(people.crossTeamLosses.items));
  add('New single points of failure', ['person', 'team', 'people cut off', 'teams affected'], people.newSinglePointsOfFailure, (p) => [
    who(p),
    teamOf(p),
    num(formatCount(p.peopleCutOff)),
    num(formatCount(p.teamsCutOff)),
  ], withheldNote(people.newSinglePointsOfFailure.items));
  const presence = (p: Comparison['people']['joined']['items'][number]) => [who(p), teamOf(p), { text: roles(p.roles) }, num(formatCount(p.ties))];
  if (comparison.mode === 'folders') {
    add('People who joined', ['person', 'team', 'roles after', 'contacts after'], people.joined, presence, withheldNote(people.joined.items));
    add('People who left', ['person', 'team', 'roles before', 'contacts before'], people.left, presence, withheldNote(people.left.items));
    // With one staff file for both periods (two periods of a folder) no one can move.
    add('Moved between teams', ['person', 'team before', 'team after'], people.movedTeams, (p) => [who(p), teamOf({ ...p, team: p.from }), teamOf(p)], withheldNote(people.movedTeams.items.flatMap((p) => [{ ...p, team: p.from }, p])));
  }
  add('People who stopped interacting', ['person', 'team', 'roles before', 'contacts before'], people.stoppedInteracting, presence, withheldNote(people.stoppedInteracting.items));
  add('People who started interacting', ['person', 'team', 'roles after', 'contacts after'], people.startedInteracting, presence, withheldNote(people.startedInteracting.items));

  add('Introductions that would repair the largest losses', ['repairs', 'introduction'], comparison.repairs, (repair) => [
    { text: repair.target.because },
    {
      text:
        `${repair.introduction.warm ? '' : 'cold: '}${repair.introduction.reason}` +
        (repair.interactionsBefore > 0 ? ` They were in touch in the before period (${strengthWords(before).amount(repair.interactionsBefore)}): this would reconnect them.` : ''),
      tone: repair.introduction.warm ? undefined : 'warning',
    },
  ], {
    empty: 'none: no loss beyond normal variation, or no introduction in the after period answers one',
    wide: true,
    notes: repairsWithheld(comparison.privacy),
  });

  sections.push({ title: 'What the measures mean', shown: null, columns: [], rows: [], lines: MEANINGS });

  const { privacy } = comparison;
  sections.push({
    title: 'Privacy',
    shown: null,
    columns: [],
    rows: [],
    lines: [
      privacy.teamsSuppressed === 0
        ? `Minimum group size ${privacy.minGroupSize}: no team was smaller in either period, so no team figures were withheld.`
        : `Minimum group size ${privacy.minGroupSize}: ${formatCount(privacy.teamsSuppressed)} ${privacy.teamsSuppressed === 1 ? 'team was' : 'teams were'} smaller in at least one period and ${privacy.teamsSuppressed === 1 ? 'has' : 'have'} no team figures here` +
          (privacy.pairsSuppressed > 0 ? `; ${formatCount(privacy.pairsSuppressed)} changed team ${privacy.pairsSuppressed === 1 ? 'pair' : 'pairs'} involving them ${privacy.pairsSuppressed === 1 ? 'is' : 'are'} left out.` : '.'),
      privacy.pseudonymised ? 'People are named by pseudonyms.' : 'People are named by their ids and names from the staff file.',
    ],
  });
  const { options } = comparison;
  const betweenness = periodsPathMethod(options.betweenness.before, options.betweenness.after);
  sections.push({
    title: 'Options',
    shown: null,
    columns: [],
    rows: [],
    lines: [
      `Seed ${options.seed}; betweenness ${betweenness}; ${options.weighted ? 'weighted' : 'unweighted'} path measures on the ${options.directed ? 'directed' : 'undirected'} network; lists of at most ${options.top}.`,
      `Data read with: ${(options.load && describeSettings({ ...options.load, since: null, until: null }).join('; ')) || 'every interaction of each period'}.`,
      `Role options: ${settingsText(options.roles)}. Silo options: ${settingsText(options.silos)}.`,
    ],
  });

  return {
    title: `What changed: ${before.label} (before) and ${after.label} (after)`,
    sections,
  };
}

/** What each count of judged changes is of, as a sentence names it (one, several), in the order the text lists them. */
const JUDGED_KINDS: Readonly<Record<JudgedKind, readonly [label: string, thing: string, things: string]>> = {
  eiIndex: ['E-I index', 'team', 'teams'],
  teamsReached: ['Teams reached', 'team', 'teams'],
  brokenPairs: ['Team pairs that lost all their ties', 'pair', 'pairs'],
  newlyLinkedPairs: ['Team pairs newly linked', 'pair', 'pairs'],
};

/**
 * How many changes of each kind were judged and passed, and about how many chance alone would
 * pass (chance.ts): the rule judges one change, and a reader must not take every pass for a real one.
 * Where chance gives none in the number judged, "about 0 of these" would say nothing: it is left out.
 */
function judgedLines(noise: NoiseDescription): string[] {
  if (!noise.judged) return [];
  const { judged } = noise;
  return [
    ...(Object.keys(JUDGED_KINDS) as JudgedKind[]).map((kind) => judgedCountLine(kind, judged[kind])),
    'So a change beyond normal variation is worth a look, not proof: the more there are beyond the number chance gives, and the larger they are, the more of them are real.',
  ];
}

/** The sentence for one kind: how many were judged and passed, and about how many of those chance gives. */
export function judgedCountLine(kind: JudgedKind, count: JudgedCount): string {
  const [label, thing, things] = JUDGED_KINDS[kind];
  // Where chance gives none in the number judged, "about 0 of these" would say nothing.
  const byChance = count.expectedByChance > 0 ? `: about ${formatCount(count.expectedByChance)} of these` : '';
  return `${label}: ${formatCount(count.beyond)} of ${counted(count.judged, thing, things)} beyond normal variation; ` +
    `in sample organisations without change about ${percent(count.chanceShare)} of ${things} pass by chance${byChance}.`;
}

/** A share as a percentage with at most one decimal: 4.4%. */
function percent(share: number): string {
  return `${Number((100 * share).toFixed(1))}%`;
}

/** The repairs the list would hold but for the minimum group size, as the other withheld counts are said. */
function repairsWithheld(privacy: Comparison['privacy']): string[] {
  const n = privacy.repairsSuppressed;
  if (n === 0) return [];
  return [`${formatCount(n)} ${n === 1 ? 'repair' : 'repairs'} not shown: an end is in a team below the minimum group size (${privacy.minGroupSize}) in either period.`];
}

/** Options as `name value` pairs, as the reports' methods list them. */
function settingsText(options: object): string {
  return Object.entries(options).map(([name, value]) => `${name} ${String(value)}`).join(', ');
}
