/**
 * A change's detail view: where it stands in its list, the figures before and after, the change,
 * the normal variation and the verdict with the reason for it, what the kind of change means and
 * the rule that listed it, the windows normal variation was measured over, and the comparison's
 * notes. Everything comes from the Comparison (and names from the context).
 */
import type { JudgedKind } from '../../compare/chance.js';
import type { Comparison, JudgedChange, Repair, TeamChange, TeamRef } from '../../compare/comparison.js';
import type { Role } from '../../findings/roles.js';
import { figure, judgedCountLine, signedChange } from '../../present/comparison-sections.js';
import { peopleCutOffText } from '../../present/cut-off-words.js';
import { membershipCaveats } from '../../present/membership-notes.js';
import type { OrganisationFigure } from '../../present/organisation-figures.js';
import { strengthWords } from '../../present/strength-words.js';
import { countText } from '../format.js';
import { ROLE_MEANINGS } from '../role-meanings.js';
import { CHANGE_KIND_INFO, personName, type ChangeKind, type ChangeRow } from '../tabs/change-rows.js';
import { changeRowsOf, changeText, TONE_COLOURS, VARIATION_TEXT } from '../tabs/changes-tab.js';
import { personInTeam } from '../tabs/shared-columns.js';
import type { TabContext } from '../tabs/tab-definition.js';
import { COLD_COLOUR, QUIET_COLOUR, ROLE_COLOURS, SILO_COLOUR } from '../theme.js';
import { figureGrid, heading, paragraph, wrapSegments, type DetailContent, type DetailLine, type Segment } from './detail-content.js';

/** The detail view of the Changes row with this key, wrapped to `width`. */
export function changeDetail(key: string, context: TabContext, width: number): DetailContent {
  const row = changeRowsOf(context).find((candidate) => candidate.key === key);
  const comparison = context.comparison;
  if (!row || !comparison) return { title: [{ text: `No change ${key}`, bold: true }], lines: [] };
  const colour = TONE_COLOURS[row.tone];
  const title: Segment[] = [
    { text: CHANGE_KIND_INFO[row.kind].label, bold: true, colour },
    { text: ': ' },
    { text: row.subject, bold: true },
    { text: row.where ? ` · ${row.where}` : '', dim: true },
  ];
  const lines: DetailLine[] = [];
  lines.push(...paragraph(placeText(row, comparison), width, 0, { dim: true }));

  lines.push(...heading('Before and after'));
  lines.push(...beforeAndAfter(row, width));
  const judgement = judgedChange(row);
  const judged = judgement?.judged;
  if (judged) {
    lines.push(...heading(`Judgement: ${VARIATION_TEXT[judged.variation]}`));
    lines.push(...paragraph(verdictText(judged, row.digits, comparison), width, 2, judged.variation === 'beyond-normal' ? { colour } : { colour: QUIET_COLOUR }));
  }

  lines.push(...heading('What this is'));
  lines.push(...paragraph(ruleText(row.kind, row, context), width));
  lines.push(...explanation(row, context, width));

  if (judged) {
    lines.push(...heading('Normal variation'));
    lines.push(...paragraph(comparison.noise.rule, width));
    // The rule judges this one change; how many of its kind pass by chance says what a pass is worth.
    if (comparison.noise.judged) lines.push(...paragraph(judgedCountLine(judgement.kind, comparison.noise.judged[judgement.kind]), width));
    if (comparison.noise.windows.length === 0) lines.push(...paragraph('No windows were measured.', width, 2, { dim: true }));
    comparison.noise.windows.forEach((window, i) => lines.push(...paragraph(`window ${i + 1}: ${window.start} to ${window.end}`, width, 4)));
  }
  if (comparison.notes.length > 0) {
    lines.push(...heading('Notes on this comparison'));
    for (const note of comparison.notes) lines.push(...paragraph(note, width));
  }
  return { title, lines };
}

/** "#1 of 28 in the largest changes in E-I index", and whether the list was cut at --top. */
function placeText(row: ChangeRow, comparison: Comparison): string {
  if (row.kind === 'organisation') return `One of the ${CHANGE_KIND_INFO.organisation.list}: ${comparison.before.label} (before) and ${comparison.after.label} (after).`;
  const cut = row.total > comparison.options.top && row.kind !== 'repair' ? `; the largest ${countText(comparison.options.top)} are listed (--top)` : '';
  return `#${countText(row.rank)} of ${countText(row.total)} in ${CHANGE_KIND_INFO[row.kind].list}${cut}.`;
}

/** The figure a row's judgement is about, and the kind of judged change it counts as, when it is judged. */
function judgedChange(row: ChangeRow): { readonly judged: JudgedChange; readonly kind: JudgedKind } | null {
  const { source } = row;
  if (source.type === 'pair') return { judged: source.pair.ties, kind: row.kind === 'bridge-broken' ? 'brokenPairs' : 'newlyLinkedPairs' };
  if (source.type === 'team') return row.kind === 'teams-reached' ? { judged: source.team.teamsReached, kind: 'teamsReached' } : { judged: source.team.eiIndex, kind: 'eiIndex' };
  return null;
}

function valueText(value: number | string | boolean | null, digits: number): string {
  if (value === null || value === '') return '–';
  return typeof value === 'number' ? figure(value, digits) : String(value);
}

/** The row's own figures. */
function beforeAndAfter(row: ChangeRow, width: number): DetailLine[] {
  const { source } = row;
  if (source.type === 'roles') {
    const roles = (label: string, list: readonly Role[]): DetailLine[] =>
      wrapSegments([{ text: `${label}: ` }, ...(list.length === 0 ? [{ text: 'none', dim: true }] : list.flatMap((role, i): Segment[] => [{ text: i > 0 ? ', ' : '' }, { text: role, colour: ROLE_COLOURS[role] }]))], width, 2, 4);
    return [...roles('roles before', source.person.before), ...roles('roles after', source.person.after), ...roles('lost', source.person.lost), ...roles('gained', source.person.gained)];
  }
  if (source.type === 'team-presence') return paragraph(row.note, width);
  const figures = [
    { label: 'before', value: valueText(row.before, row.digits) },
    { label: 'after', value: valueText(row.after, row.digits) },
    { label: 'change', value: changeText(row), colour: TONE_COLOURS[row.tone] },
  ];
  if (row.variation !== null) figures.push({ label: 'normal variation', value: valueText(row.normalVariation, row.digits) });
  return [...paragraph(`${row.measure}:`, width), ...figureGrid(figures, width, 4)];
}

/** What a normal variation is (noise.ts), for `windows` windows. */
function noiseOf(windows: number): string {
  return `the largest difference between the ${countText(windows)} windows of the before period, or the change one tie (or one team) makes if that is more`;
}

/** Why the change is, or is not, beyond normal variation. */
function verdictText(judged: JudgedChange, digits: number, comparison: Comparison): string {
  const windows = comparison.noise.windows.length;
  const change = signedChange(judged, digits);
  const variation = figure(judged.normalVariation, digits);
  switch (judged.variation) {
    case 'beyond-normal':
      return `The change (${change}) is larger than ${variation}, ${noiseOf(windows)}: more than the organisation varies anyway.`;
    case 'within-normal':
      return judged.change === 0
        ? 'No change.'
        : `The change (${change}) is no larger than ${variation}, ${noiseOf(windows)}: it may be chance.`;
    case 'unknown':
      if (!comparison.noise.available) return 'Normal variation was not measured: the periods differ in length, or the before period could not be split into windows (see the notes).';
      if (judged.change === null) return 'The figure is missing in one of the periods (a team without ties has no E-I index), so there is no change to judge.';
      return 'The figure was defined in fewer than two windows of the before period, so its normal variation is not known.';
  }
}

/** What each organisation figure is. */
const ORGANISATION_MEANINGS: Readonly<Record<OrganisationFigure, string>> = {
  people: 'People in the data of each period.',
  ties: 'Pairs of people who interacted at least once in the period.',
  interactions: 'Interactions in the period (or the sum of the weight column).',
  density: 'Ties as a share of all possible pairs of people.',
  components: 'Connected parts of the network, isolated people included: more parts, a more broken-up network.',
  largestComponent: 'People in the largest connected part of the network.',
  modularity: 'How strongly the network divides into communities (Louvain): higher, more separate groups.',
  crossTeamShare: 'The share of ties, between two people who both have a team, that join two different teams.',
  silos: 'Compared teams that are silos: they talk almost only to themselves.',
  singlePointsOfFailure: 'People whose leaving would cut others off from the rest of the network.',
};

/** The meaning of the kind of change and the rule that lists it. */
function ruleText(kind: ChangeKind, row: ChangeRow, context: TabContext): string {
  const { siloEiIndex, siloMinSize } = context.analysis.options.silos;
  const silo = `A team is a silo when it has at least ${siloMinSize} people and an E-I index of ${siloEiIndex} or less: nearly all its ties stay inside.`;
  switch (kind) {
    case 'ei-index':
      return "A team's E-I index is (ties to other teams − ties inside) / all its ties (Krackhardt & Stern): −1 when every tie stays inside, +1 when every tie leaves. A fall means the team turned inward. Listed: the teams whose E-I index changed most.";
    case 'teams-reached':
      return "The other teams a team's members have ties to. A fall means the team lost touch with teams it used to reach. Listed: the largest changes.";
    case 'became-silo':
      return `${silo} This team was not one before and is one after.`;
    case 'stopped-silo':
      return `${silo} This team was one before and is not one after.`;
    case 'team-added':
      return 'A team (at or above the minimum group size) in the after data only.';
    case 'team-removed':
      return 'A team (at or above the minimum group size) in the before data only.';
    case 'bridge-broken':
      return 'Two teams whose members had ties with each other in the before period and none in the after period: the bridge between them is gone. Listed: most ties before first.';
    case 'new-link':
      return 'Two teams whose members had no ties with each other in the before period and some in the after period. Listed: most ties after first.';
    case 'role-change':
      return 'Listed when someone gained or lost a key role (connector, broker, boundary-spanner, bottleneck), with their full roles before and after. Changes between peripheral and no role alone are not listed: many people cross that low threshold both ways by chance.';
    case 'betweenness-rise':
    case 'betweenness-fall':
      return `Betweenness is the share of shortest paths between other people that pass through this person: how much the network relies on them to connect its parts. Listed: the largest ${kind === 'betweenness-rise' ? 'rises' : 'falls'} among the people in both periods.`;
    case 'cross-team-loss':
      return 'Distinct contacts in teams other than their own, before and after. Listed: the largest losses.';
    case 'new-single-point-of-failure':
      return 'Someone whose leaving would cut people off from the rest of the network in the after period, and who was not a single point of failure in the before period.';
    case 'joined':
      return 'In the after data only (people are matched by id), with their contacts and roles there.';
    case 'left':
      return 'In the before data only (people are matched by id), with their contacts and roles there.';
    case 'moved-team':
      return 'In the data of both periods (people are matched by id), in another team after: each folder has the staff file of its time. A team below the minimum group size in either period is not named.';
    case 'stopped-interacting':
      return 'In the data of both periods, with ties in the before period and none in the after period.';
    case 'started-interacting':
      return 'In the data of both periods, with no ties in the before period and some in the after period.';
    case 'repair':
      return "An introduction from the after period's own plan that answers one of the largest losses, in this order: a pair of teams that lost all its ties, a team that became a silo, a team whose E-I index fell beyond normal variation; at most two for one loss.";
    case 'organisation':
      return row.source.type === 'organisation' ? ORGANISATION_MEANINGS[row.source.figure] : '';
  }
}

/** More about what changed: the team's figures, the pair's teams, the person's roles, the introduction. */
function explanation(row: ChangeRow, context: TabContext, width: number): DetailLine[] {
  const { source } = row;
  switch (source.type) {
    case 'team':
      return [...heading('The team before and after'), ...teamTable(source.team, width), ...reorganisation([source.team], context, width)];
    case 'pair':
      return [
        ...heading('The teams'),
        ...source.pair.teams.flatMap((team) => paragraph(`${team.name || team.id} (${team.id})${team.parent ? `, ${team.parent}` : ''}`, width)),
        ...reorganisation(source.pair.teams, context, width),
      ];
    case 'roles': {
      const changed = [...source.person.lost, ...source.person.gained];
      return [
        ...heading('The roles'),
        ...changed.flatMap((role) => wrapSegments([{ text: role, colour: ROLE_COLOURS[role] }, { text: `: ${ROLE_MEANINGS[role]}` }], width)),
        ...paragraph(`Betweenness ${figure(source.person.betweenness.before, 4)} before, ${figure(source.person.betweenness.after, 4)} after.`, width),
      ];
    }
    case 'single-point-of-failure':
      return paragraph(
        `If ${personName(source.person)} left, ${peopleCutOffText(source.person.peopleCutOff, source.person.teamsCutOff)} would lose their only path to the rest of the network.`,
        width,
        2,
        { colour: TONE_COLOURS.risk },
      );
    case 'presence':
      return paragraph(`Roles ${row.kind === 'joined' || row.kind === 'started-interacting' ? 'after' : 'before'}: ${source.person.roles.join(', ') || 'none'}.`, width);
    case 'repair':
      return repairLines(source.repair, context, width);
    case 'person-figure':
    case 'move':
    case 'team-presence':
    case 'organisation':
      return [];
  }
}

/** Why a change of teams whose people changed substantially may be the reorganisation (membership-notes.ts). */
function reorganisation(teams: readonly TeamRef[], context: TabContext, width: number): DetailLine[] {
  return context.comparison ? membershipCaveats(context.comparison).notes(teams).flatMap((note) => paragraph(note, width)) : [];
}

/** A team's figures in both periods, aligned. */
function teamTable(team: TeamChange, width: number): DetailLine[] {
  const rows: [string, string, string, string][] = [
    ['', 'before', 'after', 'change'],
    ['people', figure(team.size.before, 0), figure(team.size.after, 0), signedChange(team.size, 0)],
    ['ties inside', figure(team.internalTies.before, 0), figure(team.internalTies.after, 0), signedChange(team.internalTies, 0)],
    ['ties to other teams', figure(team.externalTies.before, 0), figure(team.externalTies.after, 0), signedChange(team.externalTies, 0)],
    ['E-I index', figure(team.eiIndex.before, 2), figure(team.eiIndex.after, 2), signedChange(team.eiIndex, 2)],
    ['teams reached', figure(team.teamsReached.before, 0), figure(team.teamsReached.after, 0), signedChange(team.teamsReached, 0)],
    ['silo', team.silo.before ? 'yes' : 'no', team.silo.after ? 'yes' : 'no', ''],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((cells) => cells[c].length)));
  return rows.map((cells, r): DetailLine => {
    const text = `  ${cells[0].padEnd(widths[0])}  ${cells.slice(1).map((cell, c) => cell.padStart(widths[c + 1])).join('  ')}`.trimEnd();
    const isSilo = r === rows.length - 1 && team.silo.after;
    return [{ text: text.slice(0, Math.max(width, 1)), dim: r === 0, colour: isSilo ? SILO_COLOUR : undefined }];
  });
}

/** Who the introduction is between, who can make it, and why. */
function repairLines(repair: Repair, context: TabContext, width: number): DetailLine[] {
  const { introduction } = repair;
  const name = (id: string) => {
    const person = context.personById.get(id);
    return person ? personInTeam(person, context) : id;
  };
  const lines: DetailLine[] = [...heading('The loss it answers'), ...paragraph(`${repair.target.because}.`, width), ...heading('The introduction')];
  lines.push(...paragraph(`${name(introduction.from)} and ${name(introduction.to)}`, width));
  if (introduction.warm) {
    for (const id of introduction.via) lines.push(...paragraph(`via ${name(id)}, who knows both`, width, 4));
  } else {
    lines.push(...paragraph('Cold: no one knows both, so someone will need to make it without a mutual contact.', width, 4, { colour: COLD_COLOUR }));
  }
  lines.push(...paragraph(introduction.reason, width));
  lines.push(
    ...paragraph(
      repair.interactionsBefore > 0
        ? `They were in touch in the before period (${strengthWords(context.comparison?.before).amount(repair.interactionsBefore)}): this would reconnect them.`
        : 'They had no interactions in the before period.',
      width,
    ),
  );
  lines.push(...paragraph(`score ${introduction.score.toFixed(3)} (need ${introduction.components.need.toFixed(3)}, value ${introduction.components.value.toFixed(3)}, plausibility ${introduction.components.plausibility.toFixed(3)})`, width, 2, { dim: true }));
  return lines;
}
