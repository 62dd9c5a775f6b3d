/**
 * A person's detail view: who they are, their roles with the evidence behind each, their
 * measures, the teams they link, and the introductions that involve them.
 */
import { heldByText, peopleCutOffText } from '../../present/cut-off-words.js';
import { strengthWords } from '../../present/strength-words.js';
import type { PersonAnalysis } from '../../analyse.js';
import type { Organisation } from '../../organisation/organisation.js';
import { countText, evidenceText, figure, fixed, interactionsText, plural, share } from '../format.js';
import { personTeamLinks } from './links-to-teams.js';
import { personInTeamParts, personLabel, personName } from '../tabs/shared-columns.js';
import type { TabContext } from '../tabs/tab-definition.js';
import { COLD_COLOUR, RISK_COLOUR, ROLE_COLOURS, roleColour } from '../theme.js';
import { ROLE_MEANINGS } from '../role-meanings.js';
import { pathMeasuresSampled, pathMethodsText } from './method-text.js';
import { figureGrid, heading, paragraph, wrapSegments, type DetailContent, type DetailLine, type Segment } from './detail-content.js';


/** The detail view of the person with this id, wrapped to `width`. */
export function personDetail(id: string, context: TabContext, organisation: Organisation, width: number): DetailContent {
  const person = context.personById.get(id);
  const index = organisation.personIndex.get(id);
  if (!person || index === undefined) return { title: [{ text: `No person with id ${id}`, bold: true }], lines: [] };
  const { analysis } = context;
  const team = person.team === null ? undefined : context.teamById.get(person.team);
  const title: Segment[] = [
    { text: personLabel(person), bold: true, colour: roleColour(person.roles) },
    { text: ` · ${person.id}`, dim: true },
    { text: team ? ` · ${team.name || team.id}${team.parent ? ` (${team.parent})` : ''}` : ' · no team' },
  ];
  const lines: DetailLine[] = [];

  lines.push(...heading('Roles'));
  if (person.roles.length === 0) lines.push(...paragraph('none: no measure passes a role threshold', width, 2, { dim: true }));
  for (const role of person.roles) {
    lines.push(...wrapSegments([{ text: role, bold: true, colour: ROLE_COLOURS[role] }, { text: `: ${ROLE_MEANINGS[role]}` }], width));
    for (const item of person.evidence[role] ?? []) lines.push(...paragraph(`${evidenceText(item)} (${item.basis})`, width, 4, {}, 2));
  }
  const risk = analysis.risks.singlePointsOfFailure.find((r) => r.id === id);
  if (risk) {
    const held = heldByText(risk, analysis.load);
    lines.push(...paragraph(`If ${personLabel(person)} left, ${peopleCutOffText(risk.peopleCutOff, risk.teamsCutOff)} would lose their only path to the rest, held by ${held}.`, width, 2, { colour: RISK_COLOUR }));
  }

  lines.push(...heading('Measures'));
  lines.push(...figureGrid(measureFigures(person, analysis.options.directed, strengthWords(analysis.load).column.toLowerCase()), width));
  const b = person.brokerage;
  lines.push(...paragraph(`Brokerage (Gould–Fernandez): coordinator ${b.coordinator}, itinerant ${b.itinerant}, gatekeeper ${b.gatekeeper}, representative ${b.representative}, liaison ${b.liaison}`, width, 2, { dim: true }));
  // An estimate near a threshold may be either side of it: say how far the estimates can be off.
  if (pathMeasuresSampled(analysis)) lines.push(...paragraph(pathMethodsText(analysis), width, 2, { dim: true }, 4));

  lines.push(...heading('Teams they link'));
  const links = personTeamLinks(organisation, index);
  if (links.length === 0) lines.push(...paragraph('no ties outside their own team', width, 2, { dim: true }));
  for (const link of links) {
    const other = organisation.teams[link.team];
    lines.push(...paragraph(`${other.name || other.id}: ${plural(link.ties, 'tie', 'ties')}, ${interactionsText(link.strength, organisation.weighted)}`, width));
  }

  lines.push(...heading('Suggested introductions'));
  const mine = analysis.introductions.map((item, i) => ({ item, rank: i + 1 })).filter(({ item }) => item.from === id || item.to === id);
  const asked = analysis.introductions.map((item, i) => ({ item, rank: i + 1 })).filter(({ item }) => item.via.includes(id));
  if (mine.length === 0 && asked.length === 0) lines.push(...paragraph('none', width, 2, { dim: true }));
  for (const { item, rank } of mine) {
    const other = item.from === id ? item.to : item.from;
    const otherPerson = context.personById.get(other);
    const [otherName, otherRest] = otherPerson ? personInTeamParts(otherPerson, context) : [other, ''];
    const via = item.warm ? `via ${item.via.map((v) => name(v, context)).join(', ')}` : 'cold: no one knows both';
    lines.push(...wrapSegments([
      { text: `#${rank} meet ` },
      { text: otherName, bold: true },
      { text: otherRest },
      { text: `, ${via}`, colour: item.warm ? undefined : COLD_COLOUR },
      { text: ` · score ${fixed(item.score, 2)}`, dim: true },
    ], width, 2, 4));
    lines.push(...paragraph(item.reason, width, 6, { dim: true }));
  }
  for (const { item, rank } of asked) {
    lines.push(
      ...wrapSegments([{ text: `#${rank} could introduce ` }, { text: name(item.from, context), bold: true }, { text: ' and ' }, { text: name(item.to, context), bold: true }], width, 2, 4),
      ...paragraph(item.reason, width, 6, { dim: true }),
    );
  }
  return { title, lines };
}

const name = (id: string, context: TabContext) => {
  const person = context.personById.get(id);
  return person ? personName(person, context) : id;
};

/** `strength`: what the person's strength is called, "interactions" or, from a weight column, "strength". */
function measureFigures(person: PersonAnalysis, directed: boolean, strength: string) {
  return [
    { label: 'contacts', value: countText(person.degree), colour: person.roles.includes('connector') ? ROLE_COLOURS.connector : undefined },
    { label: strength, value: figure(person.strength) },
    ...(directed ? [{ label: 'in / out', value: `${countText(person.inDegree)} / ${countText(person.outDegree)}` }] : []),
    { label: 'other teams', value: countText(person.teamsReached) },
    { label: 'betweenness', value: share(person.betweenness), colour: person.roles.includes('broker') ? ROLE_COLOURS.broker : undefined },
    { label: 'constraint', value: fixed(person.constraint) },
    { label: 'effective size', value: fixed(person.effectiveSize, 2) },
    { label: 'efficiency', value: fixed(person.efficiency) },
    { label: 'closeness', value: fixed(person.closeness) },
    { label: 'harmonic', value: fixed(person.harmonic) },
    { label: 'PageRank', value: fixed(person.pagerank, 4) },
    { label: 'eigenvector', value: fixed(person.eigenvector) },
    { label: 'clustering', value: fixed(person.clustering) },
    { label: 'E-I index', value: fixed(person.eiIndex, 2) },
    { label: 'participation', value: fixed(person.participation), colour: person.roles.includes('boundary-spanner') ? ROLE_COLOURS['boundary-spanner'] : undefined },
    { label: 'within-team z', value: fixed(person.withinTeamZ, 2) },
    { label: 'community', value: countText(person.community) },
    { label: 'people cut off', value: countText(person.peopleCutOff), colour: person.peopleCutOff > 0 ? RISK_COLOUR : undefined },
  ];
}
