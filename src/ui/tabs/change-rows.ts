/**
 * The rows of the Changes tab: every change a Comparison lists, one row each, in the order the
 * text report gives them (teams, pairs of teams, people, repairs, then the whole organisation).
 * Every figure is the Comparison's, which was built from the released analyses, so the rows are
 * the same on screen and in an export. Each row keeps the comparison item it came from, for the
 * detail view that explains it.
 */
import type {
  Change,
  Comparison,
  JudgedChange,
  NewSinglePointOfFailure,
  PairChange,
  PersonChange,
  PersonPresence,
  PersonRef,
  Ranked,
  Repair,
  RoleChange,
  TeamChange,
  TeamMove,
  TeamRef,
  Variation,
} from '../../compare/comparison.js';
import { KEY_ROLES } from '../../compare/people-changes.js';
import { peopleCutOffText } from '../../present/cut-off-words.js';
import { judgedDirection } from '../../present/change-direction.js';
import { MEMBERSHIP_MARK, membershipCaveats } from '../../present/membership-notes.js';
import { organisationFigures, type OrganisationFigure } from '../../present/organisation-figures.js';
import type { Role } from '../../findings/roles.js';
import { nameOf } from '../../organisation/shared-names.js';
import type { CellValue, TabContext } from './tab-definition.js';
import { formatCount } from '../../present/number-format.js';
import { strengthWords } from '../../present/strength-words.js';

/** The kinds of change, in the order the rows are listed. */
export const CHANGE_KINDS = [
  'ei-index',
  'teams-reached',
  'became-silo',
  'stopped-silo',
  'team-added',
  'team-removed',
  'bridge-broken',
  'new-link',
  'role-change',
  'betweenness-rise',
  'betweenness-fall',
  'cross-team-loss',
  'new-single-point-of-failure',
  'joined',
  'left',
  'moved-team',
  'stopped-interacting',
  'started-interacting',
  'repair',
  'organisation',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Each kind's name in the table, and the list of the Comparison its rows come from. */
export const CHANGE_KIND_INFO: Readonly<Record<ChangeKind, { readonly label: string; readonly list: string }>> = {
  'ei-index': { label: 'E-I index', list: 'the largest changes in E-I index' },
  'teams-reached': { label: 'teams reached', list: 'the largest changes in teams reached' },
  'became-silo': { label: 'became silo', list: 'teams that became silos' },
  'stopped-silo': { label: 'no longer silo', list: 'teams that stopped being silos' },
  'team-added': { label: 'new team', list: 'teams only in the after data' },
  'team-removed': { label: 'team gone', list: 'teams only in the before data' },
  'bridge-broken': { label: 'bridge broken', list: 'pairs of teams that lost all their ties' },
  'new-link': { label: 'new link', list: 'pairs of teams newly linked' },
  'role-change': { label: 'role change', list: 'people who gained or lost a key role' },
  'betweenness-rise': { label: 'betweenness rise', list: 'the largest rises in betweenness' },
  'betweenness-fall': { label: 'betweenness fall', list: 'the largest falls in betweenness' },
  'cross-team-loss': { label: 'cross-team loss', list: 'the people who lost most of their contacts in other teams' },
  'new-single-point-of-failure': { label: 'new single point of failure', list: 'new single points of failure' },
  joined: { label: 'joined', list: 'people who joined' },
  left: { label: 'left', list: 'people who left' },
  'moved-team': { label: 'moved team', list: 'people who moved between teams' },
  'stopped-interacting': { label: 'stopped interacting', list: 'people who stopped interacting' },
  'started-interacting': { label: 'started interacting', list: 'people who started interacting' },
  repair: { label: 'repair', list: 'introductions that would repair the largest losses' },
  organisation: { label: 'organisation', list: 'figures of the whole organisation' },
};

/**
 * What a change means, shown as colour (the kind and the judgement say it in words too): a loss,
 * a risk, a new silo, a gain, a cold introduction, a change within normal variation, or none of these.
 */
export type ChangeTone = 'loss' | 'risk' | 'silo' | 'gain' | 'cold' | 'quiet' | 'neutral';

/** The comparison item a row was made from. */
export type ChangeSource =
  | { readonly type: 'team'; readonly team: TeamChange }
  | { readonly type: 'team-presence'; readonly team: TeamRef }
  | { readonly type: 'pair'; readonly pair: PairChange }
  | { readonly type: 'roles'; readonly person: RoleChange }
  | { readonly type: 'person-figure'; readonly person: PersonChange }
  | { readonly type: 'single-point-of-failure'; readonly person: NewSinglePointOfFailure }
  | { readonly type: 'presence'; readonly person: PersonPresence }
  | { readonly type: 'move'; readonly person: TeamMove }
  | { readonly type: 'repair'; readonly repair: Repair }
  | { readonly type: 'organisation'; readonly figure: OrganisationFigure; readonly change: Change };

/** One change. */
export interface ChangeRow {
  /** Unique and stable: the kind and the ids of what changed. */
  readonly key: string;
  /** Place in the Comparison's order (0 first). */
  readonly order: number;
  readonly kind: ChangeKind;
  /** Place in its list (1 = largest) and how many the list holds in all; the Comparison keeps the top few. */
  readonly rank: number;
  readonly total: number;
  /** The team, the pair of teams ("A ↔ B") or the person. */
  readonly subject: string;
  /** Their ids; a pair's joined by ";". */
  readonly subjectId: string;
  /** A team's department, a person's team, or the departments of a pair. */
  readonly where: string;
  /** More ids a search finds the row by: the teams a repair answers a loss of. */
  readonly alsoFoundBy?: string;
  /** What the before and after values measure. */
  readonly measure: string;
  /** Numbers, or text (a list of roles); null when there is no value. */
  readonly before: CellValue;
  readonly after: CellValue;
  readonly change: CellValue;
  /** Decimals of the numbers on screen. */
  readonly digits: number;
  readonly normalVariation: number | null;
  /** null when the change is not judged against normal variation. */
  readonly variation: Variation | null;
  readonly tone: ChangeTone;
  /** One short phrase that adds what the figures do not say. */
  readonly note: string;
  readonly source: ChangeSource;
}

/** What joins the two ends of a pair in a row's subject and place: "Finance ↔ Housing". */
export const PAIR_JOINER = ' ↔ ';

/** A list of roles as text; empty for none. */
export const rolesText = (roles: readonly Role[]): string => roles.join(', ');

/** A person's name, or their id when the staff file had none. */
export const personName = (person: Pick<PersonRef, 'id' | 'name'>): string => person.name || person.id;

/** The rows of every change in the context's comparison; none without one. */
export function changeRows(context: TabContext): ChangeRow[] {
  const comparison = context.comparison;
  if (!comparison) return [];
  const rows: ChangeRow[] = [];
  const add = (row: Omit<ChangeRow, 'order'>) => rows.push({ ...row, order: rows.length });
  const names = teamNames(comparison);
  const teamName = (id: string | null) => (id === null ? '' : (names.get(id) ?? (context.teamById.get(id)?.name || id)));
  const personRow = (person: PersonRef) => ({ subject: personName(person), subjectId: person.id, where: teamName(person.team) });
  const each = <T>(kind: ChangeKind, list: Ranked<T> | readonly T[], row: (item: T) => Omit<ChangeRow, 'order' | 'kind' | 'rank' | 'total' | 'key'> & { readonly id: string }) => {
    const items = 'items' in list ? list.items : list;
    const total = 'items' in list ? list.total : list.length;
    items.forEach((item, i) => {
      const { id, ...rest } = row(item);
      add({ key: `${kind}:${id}`, kind, rank: i + 1, total, ...rest });
    });
  };
  const { teams, pairs, people } = comparison;
  const caveats = membershipCaveats(comparison);
  // The text report's mark on a verdict about teams whose people changed substantially.
  const reorganised = (of: readonly TeamRef[]) => (caveats.marked(of) ? `; ${MEMBERSHIP_MARK}` : '');

  const team = (t: TeamRef) => ({ id: t.id, subject: t.name || t.id, subjectId: t.id, where: t.parent });
  const judged = (value: JudgedChange, digits: number) => ({
    before: value.before,
    after: value.after,
    change: value.change,
    digits,
    normalVariation: value.normalVariation,
    variation: value.variation,
  });
  each('ei-index', teams.largestEiChanges, (t) => ({
    ...team(t),
    measure: 'E-I index',
    ...judged(t.eiIndex, 2),
    tone: judgedDirection(t.eiIndex),
    note: `ties inside ${range(t.internalTies)}, to other teams ${range(t.externalTies)}${reorganised([t])}`,
    source: { type: 'team', team: t },
  }));
  each('teams-reached', teams.largestReachChanges, (t) => ({
    ...team(t),
    measure: 'teams reached',
    ...judged(t.teamsReached, 0),
    tone: judgedDirection(t.teamsReached),
    note: `ties to other teams ${range(t.externalTies)}${reorganised([t])}`,
    source: { type: 'team', team: t },
  }));
  const siloChange = (tone: 'silo' | 'gain', note: string) => (t: TeamChange) => ({
    ...team(t),
    measure: 'E-I index',
    ...judged(t.eiIndex, 2),
    tone: t.eiIndex.variation === 'within-normal' ? ('quiet' as const) : tone,
    note: note + reorganised([t]),
    source: { type: 'team' as const, team: t },
  });
  each('became-silo', teams.becameSilos, siloChange('silo', 'now talks almost only to itself'));
  each('stopped-silo', teams.stoppedBeingSilos, siloChange('gain', 'no longer talks almost only to itself'));
  const presenceOfTeam = (note: string) => (t: TeamRef) => ({
    ...team(t),
    measure: 'team',
    ...NOT_JUDGED,
    tone: 'neutral' as const,
    note,
    source: { type: 'team-presence' as const, team: t },
  });
  each('team-added', teams.added, presenceOfTeam('only in the after data'));
  each('team-removed', teams.removed, presenceOfTeam('only in the before data'));

  const pair = (p: PairChange, note: string) => {
    const [a, b] = p.teams;
    return {
      id: `${a.id};${b.id}`,
      subject: `${a.name || a.id}${PAIR_JOINER}${b.name || b.id}`,
      subjectId: `${a.id};${b.id}`,
      where: a.parent === b.parent ? a.parent : `${a.parent || '–'}${PAIR_JOINER}${b.parent || '–'}`,
      measure: 'ties between the teams',
      ...judged(p.ties, 0),
      tone: judgedDirection(p.ties),
      note: note + reorganised(p.teams),
      source: { type: 'pair' as const, pair: p },
    };
  };
  each('bridge-broken', pairs.broken, (p) => pair(p, 'no ties left between the two teams'));
  each('new-link', pairs.newlyLinked, (p) => pair(p, 'the first ties between the two teams'));

  each('role-change', people.roleChanges, (p) => ({
    id: p.id,
    ...personRow(p),
    measure: 'roles',
    ...NOT_JUDGED,
    before: rolesText(p.before),
    after: rolesText(p.after),
    change: roleChangeText(p),
    tone: p.lost.some((role) => KEY_ROLES.includes(role)) ? 'loss' : 'gain',
    note: `betweenness ${range(p.betweenness, 4)}`,
    source: { type: 'roles', person: p },
  }));
  const figure = (measure: string, digits: number, tone: ChangeTone) => (p: PersonChange) => ({
    id: p.id,
    ...personRow(p),
    measure,
    ...NOT_JUDGED,
    before: p.value.before,
    after: p.value.after,
    change: p.value.change,
    digits,
    tone,
    note: '',
    source: { type: 'person-figure' as const, person: p },
  });
  each('betweenness-rise', people.betweennessRises, figure('betweenness', 4, 'neutral'));
  each('betweenness-fall', people.betweennessFalls, figure('betweenness', 4, 'neutral'));
  each('cross-team-loss', people.crossTeamLosses, figure('contacts in other teams', 0, 'loss'));
  each('new-single-point-of-failure', people.newSinglePointsOfFailure, (p) => ({
    id: p.id,
    ...personRow(p),
    measure: 'people cut off',
    ...NOT_JUDGED,
    after: p.peopleCutOff,
    tone: 'risk',
    note: `leaving would cut off ${peopleCutOffText(p.peopleCutOff, p.teamsCutOff)}`,
    source: { type: 'single-point-of-failure', person: p },
  }));
  // Contacts in the one period someone was present or active in; 0 in the other when they were there.
  const presence = (when: 'before' | 'after', there: boolean, tone: ChangeTone) => (p: PersonPresence) => {
    const other = there ? 0 : null;
    const before = when === 'before' ? p.ties : other;
    const after = when === 'after' ? p.ties : other;
    return {
      id: p.id,
      ...personRow(p),
      measure: 'contacts',
      ...NOT_JUDGED,
      before,
      after,
      change: before === null || after === null ? null : after - before,
      tone,
      note: `roles ${when}: ${rolesText(p.roles) || 'none'}`,
      source: { type: 'presence' as const, person: p },
    };
  };
  each('joined', people.joined, presence('after', false, 'gain'));
  each('left', people.left, presence('before', false, 'loss'));
  each('moved-team', people.movedTeams, (p) => ({
    id: p.id,
    ...personRow(p),
    measure: 'team',
    ...NOT_JUDGED,
    before: teamName(p.from),
    after: teamName(p.team),
    tone: 'neutral',
    note: '',
    source: { type: 'move', person: p },
  }));
  each('stopped-interacting', people.stoppedInteracting, presence('before', true, 'loss'));
  each('started-interacting', people.startedInteracting, presence('after', true, 'gain'));

  // As the Introductions tab and the introductions' reasons name them: a shared name with the id.
  const name = (id: string) => {
    const person = context.personById.get(id);
    return person ? nameOf(person, context.sharedNames) : id;
  };
  comparison.repairs.forEach((repair, i) => {
    const { introduction, target } = repair;
    const via = introduction.warm ? `via ${introduction.via.map(name).join(', ')}` : 'cold: no one knows both';
    add({
      key: `repair:${i + 1}:${introduction.from};${introduction.to}`,
      kind: 'repair',
      rank: i + 1,
      total: comparison.repairs.length,
      subject: `${name(introduction.from)}${PAIR_JOINER}${name(introduction.to)}`,
      subjectId: `${introduction.from};${introduction.to}`,
      where: target.teams.map((t) => t.name || t.id).join(PAIR_JOINER),
      alsoFoundBy: target.teams.map((t) => t.id).join(' '),
      measure: 'introduction',
      ...NOT_JUDGED,
      tone: introduction.warm ? 'neutral' : 'cold',
      note: `${target.because}; ${via}${repair.interactionsBefore > 0 ? `; would reconnect them (${strengthWords(comparison.before).amount(repair.interactionsBefore)} before)` : ''}`,
      source: { type: 'repair', repair },
    });
  });

  const figures = organisationFigures(comparison);
  figures.forEach(({ figure: key, shortLabel, digits }, i) => {
    const value = comparison.organisation[key];
    add({
      key: `organisation:${key}`,
      kind: 'organisation',
      rank: i + 1,
      total: figures.length,
      subject: shortLabel,
      subjectId: '',
      where: '',
      measure: shortLabel,
      ...NOT_JUDGED,
      before: value.before,
      after: value.after,
      change: value.change,
      digits,
      tone: 'neutral',
      note: '',
      source: { type: 'organisation', figure: key, change: value },
    });
  });
  return rows;
}

/** The fields of a row with no figures and no judgement. */
const NOT_JUDGED = { before: null, after: null, change: null, digits: 0, normalVariation: null, variation: null } as const;

/** Team names by id, from every team the comparison names. */
function teamNames(comparison: Comparison): Map<string, string> {
  const names = new Map<string, string>();
  const { teams, pairs } = comparison;
  for (const team of [...teams.all, ...teams.added, ...teams.removed, ...[...pairs.broken.items, ...pairs.newlyLinked.items].flatMap((pair) => pair.teams)]) {
    names.set(team.id, team.name || team.id);
  }
  return names;
}

/** "5 → 3", or with decimals. */
function range(value: Change, digits = 0): string {
  const text = (x: number | null) => (x === null ? '–' : digits === 0 ? formatCount(x) : x.toFixed(digits));
  return `${text(value.before)} → ${text(value.after)}`;
}

/** "lost broker, connector; gained isolate". */
export function roleChangeText(person: Pick<RoleChange, 'gained' | 'lost'>): string {
  const parts: string[] = [];
  if (person.lost.length > 0) parts.push(`lost ${rolesText(person.lost)}`);
  if (person.gained.length > 0) parts.push(`gained ${rolesText(person.gained)}`);
  return parts.join('; ');
}
