/**
 * What a report says, independent of its format: the HTML report and the Markdown report render
 * the same content, so they cannot drift apart. Every cell is plain, unescaped text; each
 * renderer escapes it for its own format. Built from the released Analysis only (and, for the
 * ties between teams, from links computed over released teams), so small teams never appear.
 */
import type { Analysis, PersonAnalysis, TeamAnalysis } from '../analyse.js';
import { nameOf, nameWith, sharedNames } from '../organisation/shared-names.js';
import { heldByText } from './cut-off-words.js';
import { describeEvidence, thresholdWithComparison } from './evidence-text.js';
import { formatCount, counted, fixed, joinList } from './number-format.js';
import { strengthFigure } from '../number-text.js';
import { thresholdErrorSentence } from './path-method.js';
import { noCommunityNote } from './no-community-note.js';
import { reportMethods } from './report-methods.js';
import { silosShown } from './silos-shown.js';
import { NO_DEPARTMENT_LABEL, teamLookup } from './team-labels.js';
import type { TeamLink } from './team-links.js';
import { strengthWords, type StrengthWords } from './strength-words.js';
import { WITHHELD_TEAM_MARK, withheldTeamNote } from './withheld-team-note.js';
import { departmentSections, type DepartmentSection } from './report-departments.js';
import { allIntroductionsCommand, REPORT_INTRODUCTIONS } from './report-introductions.js';

export type { DepartmentSection } from './report-departments.js';

/** People shown in each ranking. */
export const TOP_PEOPLE = 10;
/** Single points of failure listed. */
export const TOP_RISKS = 15;
/** Ties between teams listed (the map draws them all). */
export const TOP_TEAM_LINKS = 15;

/** Said where teams would be listed when there are none to show. */
export const NO_TEAMS_SHOWN = 'No team to show: there are no teams, or none has at least the minimum group size.';

/** A table column's heading. */
export interface ReportColumn {
  readonly title: string;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
}

/** A table of plain-text cells; `empty` is said instead when there are no rows. */
export interface ReportTable {
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly empty: string;
  /** Said under the rows: why a team marked in them is withheld (withheld-team-note.ts). */
  readonly footnote?: string;
}

/** One bar of a ranking chart. */
export interface RankingBar {
  readonly label: string;
  readonly team: string;
  readonly value: number;
  readonly valueText: string;
  /** True when the person holds the role the ranking is about. */
  readonly holdsRole: boolean;
}

/** The people ranked by one measure, with the role threshold on it. */
export interface Ranking {
  readonly title: string;
  readonly lead: string;
  /** The measure's name as in the output. */
  readonly measure: string;
  readonly role: string;
  readonly threshold: number;
  readonly thresholdText: string;
  readonly bars: readonly RankingBar[];
  readonly table: ReportTable;
}

/** A titled section with one lead sentence and one table. */
export interface ReportSection {
  readonly title: string;
  readonly lead: string;
  readonly table: ReportTable;
}

/** Everything a report says, in reading order. */
export interface ReportContent {
  readonly title: string;
  readonly subtitle: string;
  readonly headlines: readonly string[];
  readonly figures: ReportTable;
  /** Null when the ties between teams were not supplied (a report from the Analysis alone). */
  readonly teamTies: ReportSection | null;
  readonly connectors: Ranking;
  readonly brokers: Ranking;
  readonly silos: ReportSection;
  readonly risks: ReportSection;
  /** The ties that are the only link between two parts of the network, after the risks. */
  readonly bridges: ReportSection;
  readonly introductions: ReportSection;
  readonly departments: readonly DepartmentSection[];
  readonly methods: {
    readonly data: readonly string[];
    readonly options: ReportTable;
    readonly measures: ReportTable;
    readonly privacy: readonly string[];
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);
/** Introduces a ranking of `n` people. */
const topOf = (n: number, what: string) => (n === 0 ? '' : n === 1 ? `The ${what} person:` : `The ${n} ${what} people:`);
const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** Builds the content; `links` (from `teamLinks`) adds the table of ties between teams. */
export function buildReportContent(analysis: Analysis, links: readonly TeamLink[] | null = null): ReportContent {
  const teams = teamLookup(analysis);
  const people = new Map(analysis.people.map((person) => [person.id, person]));
  const named = new Set<string>();
  // A name that several people have gets their id, as in the introductions' reasons.
  const shared = sharedNames(analysis.people);
  const strength = strengthWords(analysis.load);
  const who = (id: string) => {
    named.add(id);
    const person = people.get(id);
    return person ? nameOf(person, shared) : id;
  };
  // A withheld team's label is marked, and its table gets the footnote saying why.
  const teamLabel = (team: string | null) => teams.label(team) + (teams.withheld(team) ? WITHHELD_TEAM_MARK : '');
  const withheldNote = (listed: readonly (string | null)[]) => (listed.some((team) => teams.withheld(team)) ? { footnote: withheldTeamNote(analysis) } : {});
  const teamIdOf = (id: string) => people.get(id)?.team ?? null;
  const teamOf = (id: string) => teamLabel(teamIdOf(id));
  // A person and their team in one pair of parentheses, as in the introductions' reasons: "Ann Smith (P01, Finance)".
  const whoIn = (id: string) => {
    named.add(id);
    const person = people.get(id);
    return person ? nameWith(person, shared, [teamOf(id)]) : `${id} (${teamOf(id)})`;
  };
  const { summary, options, thresholds } = analysis;
  const roleOptions = options.roles;

  const period = analysis.load?.period ? `interactions from ${analysis.load.period.first.slice(0, 10)} to ${analysis.load.period.last.slice(0, 10)}` : 'interactions without timestamps';
  const subtitle = `${counted(summary.people, 'person', 'people')} in ${counted(summary.teams, 'team', 'teams')}; ${period}`;

  // Rankings: the top people by the role's measure, whether or not they hold the role, so a reader sees how far above the rest the role-holders are.
  const rank = (measure: 'degree' | 'betweenness') =>
    analysis.people.filter((p) => p[measure] > 0).sort((x, y) => y[measure] - x[measure] || byId(x, y)).slice(0, TOP_PEOPLE);
  const connectorCount = analysis.people.filter((p) => p.roles.includes('connector')).length;
  const brokerCount = analysis.people.filter((p) => p.roles.includes('broker')).length;
  const bottleneckCount = analysis.people.filter((p) => p.roles.includes('bottleneck')).length;
  const roleList = (p: PersonAnalysis) => (p.roles.length ? p.roles.join(', ') : 'none');

  const topByDegree = rank('degree');
  const connectors: Ranking = {
    title: 'Connectors: who knows the most people',
    lead: (
      `${counted(connectorCount, 'person is a connector', 'people are connectors')}: degree (distinct contacts) ${thresholdWithComparison(thresholds.comparisons.degree, thresholds.degree)}, ` +
      `the ${ordinal(roleOptions.connectorPercentile)} percentile over ${counted(thresholds.population, 'person', 'people')} with ties and at least ${roleOptions.connectorMinDegree}. ` +
      topOf(topByDegree.length, 'best-connected')
    ).trimEnd(),
    measure: 'degree',
    role: 'connector',
    threshold: thresholds.degree,
    thresholdText: `connector threshold: ${thresholdWithComparison(thresholds.comparisons.degree, thresholds.degree)}`,
    bars: topByDegree.map((p) => ({ label: who(p.id), team: teams.label(p.team), value: p.degree, valueText: formatCount(p.degree), holdsRole: p.roles.includes('connector') })),
    table: {
      columns: [{ title: '#', numeric: true }, { title: 'Person' }, { title: 'Team' }, { title: 'Contacts', numeric: true }, { title: 'Other teams reached', numeric: true }, { title: strength.column, numeric: true }, { title: 'Roles' }],
      rows: topByDegree.map((p, i) => [String(i + 1), who(p.id), teamLabel(p.team), formatCount(p.degree), formatCount(p.teamsReached), strengthFigure(p.strength), roleList(p)]),
      empty: 'No one has any ties.',
      ...withheldNote(topByDegree.map((p) => p.team)),
    },
  };

  const topByBetweenness = rank('betweenness');
  const errorSentence = thresholdErrorSentence(options.betweenness);
  const brokers: Ranking = {
    title: 'Brokers: who links parts that would otherwise be apart',
    lead: (
      `${counted(brokerCount, 'person is a broker', 'people are brokers')}: betweenness ${thresholdWithComparison(thresholds.comparisons.betweenness, thresholds.betweenness)} ` +
      `(the ${ordinal(roleOptions.brokerBetweennessPercentile)} percentile) and Burt's constraint ${thresholdWithComparison(thresholds.comparisons.constraint, thresholds.constraint)} ` +
      `(the ${ordinal(roleOptions.brokerConstraintPercentile)} percentile)` +
      (brokerCount === 0 ? '. ' : bottleneckCount === 0 ? '; none of them is a bottleneck (a single point of failure). ' : `; ${counted(bottleneckCount, 'of them is', 'of them are')} also a bottleneck (a single point of failure). `) +
      (errorSentence ? `${errorSentence} ` : '') +
      topOf(topByBetweenness.length, 'highest-betweenness')
    ).trimEnd(),
    measure: 'betweenness',
    role: 'broker',
    threshold: thresholds.betweenness,
    thresholdText: `broker threshold: ${thresholdWithComparison(thresholds.comparisons.betweenness, thresholds.betweenness)}`,
    bars: topByBetweenness.map((p) => ({ label: who(p.id), team: teams.label(p.team), value: p.betweenness, valueText: fixed(p.betweenness), holdsRole: p.roles.includes('broker') })),
    table: {
      columns: [{ title: '#', numeric: true }, { title: 'Person' }, { title: 'Team' }, { title: 'Betweenness', numeric: true }, { title: 'Constraint', numeric: true }, { title: 'Other teams reached', numeric: true }, { title: 'Roles' }],
      rows: topByBetweenness.map((p, i) => [String(i + 1), who(p.id), teamLabel(p.team), fixed(p.betweenness), fixed(p.constraint), formatCount(p.teamsReached), roleList(p)]),
      empty: 'No one lies on a shortest path between two others.',
      ...withheldNote(topByBetweenness.map((p) => p.team)),
    },
  };

  const siloTeams = analysis.teams.filter((t) => t.silo).sort((x, y) => x.eiIndex - y.eiIndex || byId(x, y));
  const { amongShown, noSilo } = silosShown(analysis);
  const silos: ReportSection = {
    title: 'Silos: teams that talk almost only to themselves',
    lead:
      `A team of at least ${options.silos.siloMinSize} people is a silo when its E-I index is ${fixed(options.silos.siloEiIndex, 2)} or lower ` +
      `(-1: every tie inside the team; +1: every tie outside). ${counted(siloTeams.length, 'team is a silo', 'teams are silos')}${amongShown}.`,
    table: {
      columns: [{ title: 'Team' }, { title: 'Department' }, { title: 'People', numeric: true }, { title: 'Ties leaving', numeric: true }, { title: 'E-I', numeric: true }, { title: 'Other teams reached', numeric: true }, { title: 'Evidence' }],
      rows: siloTeams.map((t) => [
        t.name || t.id, t.parent || NO_DEPARTMENT_LABEL, formatCount(t.size), `${formatCount(t.externalTies)} of ${formatCount(t.externalTies + t.internalTies)}`,
        fixed(t.eiIndex, 2), formatCount(t.teamsReached), t.evidence.map((e) => describeEvidence(e)).join('; '),
      ]),
      empty: noSilo,
    },
  };

  const spof = analysis.risks.singlePointsOfFailure;
  const risks: ReportSection = {
    title: 'Single points of failure: if they left, people would be cut off',
    lead:
      `${counted(spof.length, 'person is', 'people are')} the only link between parts of the network (articulation points), and ` +
      `${counted(summary.bridges, 'tie is', 'ties are')} the only link (bridges). Teams affected counts the teams of the people cut off, not teams cut off whole; ` +
      `Held by gives the person's ties to them, all that holds them to the rest.${spof.length > TOP_RISKS ? ` The ${TOP_RISKS} who would cut off the most people:` : ''}`,
    table: {
      columns: [{ title: 'Person' }, { title: 'Team' }, { title: 'People cut off', numeric: true }, { title: 'Teams affected', numeric: true }, { title: 'Held by' }, { title: 'Roles' }],
      rows: spof.slice(0, TOP_RISKS).map((r) => {
        const person = people.get(r.id);
        return [who(r.id), teamLabel(r.team), formatCount(r.peopleCutOff), formatCount(r.teamsCutOff), heldByText(r, analysis.load), person ? roleList(person) : ''];
      }),
      empty: 'No single point of failure: no one\'s departure would cut anyone off.',
      ...withheldNote(spof.slice(0, TOP_RISKS).map((r) => r.team)),
    },
  };

  const bridgeList = analysis.risks.bridges;
  const bridges: ReportSection = {
    title: 'Bridging ties: the only link between two parts',
    lead: `If one of these ${counted(bridgeList.length, 'tie', 'ties')} lapsed, the network would fall apart there.${bridgeList.length > TOP_RISKS ? ` The first ${TOP_RISKS}:` : ''}`,
    table: {
      columns: [{ title: 'Person' }, { title: 'Team' }, { title: 'Person' }, { title: 'Team' }, { title: strength.column, numeric: true }],
      rows: bridgeList.slice(0, TOP_RISKS).map((b) => [who(b.from), teamOf(b.from), who(b.to), teamOf(b.to), strengthFigure(b.strength)]),
      empty: 'No bridging tie: every tie has another way round it.',
      ...withheldNote(bridgeList.slice(0, TOP_RISKS).flatMap((b) => [teamIdOf(b.from), teamIdOf(b.to)])),
    },
  };

  // A report lists at most REPORT_INTRODUCTIONS, which print; the rest are one command away.
  const suggestions = analysis.introductions.slice(0, REPORT_INTRODUCTIONS);
  const warm = suggestions.filter((s) => s.warm).length;
  // The list may be cut (--limit, or the report's own cap): say so, so that a reader does not take
  // it for the whole plan. An analysis saved before beforeLimit was recorded says nothing of a --limit cut.
  const beforeLimit = analysis.options.introductions?.beforeLimit ?? analysis.introductions.length;
  const cut = beforeLimit > suggestions.length;
  // Whatever cut the list, a reader of the report is told where the whole plan is.
  const capped = analysis.introductions.length > REPORT_INTRODUCTIONS ? `a report lists at most ${formatCount(REPORT_INTRODUCTIONS)}; ` : '';
  const allOfThem = cut ? ` (${capped}${allIntroductionsCommand(beforeLimit)}, writes them all)` : '';
  const introductions: ReportSection = {
    title: 'Introductions: who should meet whom, and who can introduce them',
    lead:
      (cut
        ? `The plan holds ${counted(beforeLimit, 'introduction', 'introductions')}; the best ${formatCount(suggestions.length)} are listed, best first${allOfThem}: `
        : `${counted(suggestions.length, 'introduction', 'introductions')} suggested, best first: `) +
      `${formatCount(warm)} warm (someone knows both) and ` +
      `${formatCount(suggestions.length - warm)} cold. Each reason says which gap it would close (a silo, teams thinly connected), that the two teams are already well linked, or that one is a small team whose links are not shown. The score (higher comes first) ` +
      'multiplies how much the two teams need a link, how much this pair would add between them, and how ' +
      'likely the two are to get on (contacts they share, a role, place or department in common).' +
      // A withheld score (–) ranks where the score put it, which would read as out of order.
      (suggestions.some((s) => Number.isNaN(s.score)) ? ' Scores of introductions involving a small team are withheld (–); the order still follows them.' : ''),
    table: {
      columns: [{ title: '#', numeric: true }, { title: 'Introduce' }, { title: 'To' }, { title: 'Introduced by' }, { title: 'Score', numeric: true }, { title: 'Why' }],
      rows: suggestions.map((s, i) => [
        String(i + 1), whoIn(s.from), whoIn(s.to),
        s.warm ? s.via.map(who).join(', ') : 'no one (cold)', fixed(s.score), s.reason,
      ]),
      empty: 'No introductions to suggest.',
      ...withheldNote(suggestions.flatMap((s) => [teamIdOf(s.from), teamIdOf(s.to)])),
    },
  };

  const teamTies = links ? teamTiesSection(analysis.teams, links, strength, analysis.privacy) : null;
  const departments = departmentSections(analysis, teams, who);

  const figures: ReportTable = {
    columns: [{ title: 'Figure' }, { title: 'Value', numeric: true }],
    rows: [
      ['People', formatCount(summary.people)],
      [analysis.privacy?.teamsSuppressed ? `Teams (${formatCount(analysis.privacy.teamsSuppressed)} below the minimum group size are not shown)` : 'Teams', formatCount(summary.teams)],
      ['Ties (pairs of people who interacted)', formatCount(summary.ties)],
      ['Density (share of possible ties)', fixed(summary.density, 4)],
      ['Connected parts', formatCount(summary.components)],
      [`People in the largest part (${percent(summary.largestComponent, summary.people)})`, formatCount(summary.largestComponent)],
      ['People with no ties', formatCount(summary.isolates)],
      [`Communities (Louvain${summary.isolates ? `; ${noCommunityNote(summary.isolates)}` : ''})`, formatCount(summary.communities)],
      ['Modularity (up to 1; above about 0.3 the network has clear communities)', fixed(summary.modularity)],
      ['Agreement of communities with formal teams (NMI, 0 none to 1 the same groups)', fixed(summary.communityTeamNmi)],
      ['Connectors', formatCount(connectorCount)],
      ['Brokers', formatCount(brokerCount)],
      ['Silo teams', formatCount(summary.silos)],
      ['Single points of failure', formatCount(summary.singlePointsOfFailure)],
      ['Bridging ties', formatCount(summary.bridges)],
      [cut ? `Introductions listed (the best of ${formatCount(beforeLimit)})` : 'Introductions suggested', formatCount(suggestions.length)],
    ],
    empty: '',
  };

  const headlines = [
    `${counted(summary.people, 'person', 'people')} in ${counted(summary.teams, 'team', 'teams')} with ${counted(summary.ties, 'tie', 'ties')}; ` +
      `the largest connected part holds ${percent(summary.largestComponent, summary.people)} of them` +
      (summary.isolates ? `, and ${counted(summary.isolates, 'person has', 'people have')} no ties at all.` : '.'),
    siloTeams.length
      ? `${counted(siloTeams.length, 'team is a silo', 'teams are silos')}${amongShown}: ${
          siloTeams.length > 5
            ? `${siloTeams.slice(0, 5).map((t) => t.name || t.id).join(', ')} and ${formatCount(siloTeams.length - 5)} more`
            : joinList(siloTeams.map((t) => t.name || t.id))
        }.`
      : noSilo,
    spof.length
      ? `${counted(spof.length, 'person is a single point of failure', 'people are single points of failure')}; if ${who(spof[0].id)} left, ${counted(spof[0].peopleCutOff, 'person', 'people')} would be cut off.`
      : 'No one is a single point of failure.',
    `${counted(connectorCount, 'connector', 'connectors')} and ${counted(brokerCount, 'broker', 'brokers')}${bottleneckCount ? ` (${formatCount(bottleneckCount)} of them ${bottleneckCount === 1 ? 'a bottleneck' : 'bottlenecks'})` : ''}; ` +
      `${cut ? `the best ${formatCount(suggestions.length)} of ${counted(beforeLimit, 'introduction', 'introductions')}` : counted(suggestions.length, 'introduction', 'introductions')} suggested.`,
    // The warnings go with the findings they qualify (a period read from microsecond times as
    // 1970, teams with no interaction): a shared report is read without the terminal it was made at.
    ...(analysis.load?.warnings.length
      ? [`Read with care: loading the files gave ${counted(analysis.load.warnings.length, 'warning', 'warnings')}, listed under Methods and privacy.`]
      : []),
  ];

  return {
    title: 'Organisation network report',
    subtitle,
    headlines,
    figures,
    teamTies,
    connectors,
    brokers,
    silos,
    risks,
    bridges,
    introductions,
    departments,
    methods: reportMethods(analysis, named.size),
  };
}

/**
 * The links are among the teams shown (team-links.ts): with small teams withheld, the section says
 * so, or "no ties" would deny the ties a small team has. How many are withheld is not said, as
 * for a lone small team it would be that team's count of ties out.
 */
function teamTiesSection(teams: readonly TeamAnalysis[], links: readonly TeamLink[], strength: StrengthWords, privacy: Analysis['privacy']): ReportSection {
  const name = (t: number) => teams[t].name || teams[t].id;
  const withheld = privacy && privacy.teamsSuppressed > 0 ? privacy : null;
  const smallTeams = withheld
    ? ` The ties of the ${withheld.teamsSuppressed === 1 ? 'team' : `${formatCount(withheld.teamsSuppressed)} teams`} below the minimum group size of ${withheld.minGroupSize} are not shown.`
    : '';
  const counts = `${counted(links.length, 'pair of teams has', 'pairs of teams have')} ties between them${withheld ? ' among the teams shown' : ''}.${smallTeams}`;
  const noneShown = withheld !== null && teams.length === 0;
  return {
    title: 'Ties between teams',
    lead: noneShown
      ? `The ties between teams are not shown: every team is below the minimum group size of ${withheld.minGroupSize}.`
      : `${counts}${links.length > TOP_TEAM_LINKS ? ` The ${TOP_TEAM_LINKS} strongest:` : ''}`,
    table: {
      columns: [{ title: 'Team' }, { title: 'Team' }, { title: 'Ties', numeric: true }, { title: strength.column, numeric: true }],
      rows: links.slice(0, TOP_TEAM_LINKS).map((link) => [name(link.a), name(link.b), formatCount(link.ties), strengthFigure(link.interactions)]),
      empty: noneShown ? 'No team is shown.' : `No ties between ${withheld ? 'the teams shown' : 'teams'}.`,
    },
  };
}
