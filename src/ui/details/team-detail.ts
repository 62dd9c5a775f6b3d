/**
 * A team's detail view: its figures, whether it is a silo and why, its bus factor, its ties to
 * other teams, its members, and the introductions that would reach it. A team below the minimum
 * group size is shown in full here, on the analyst's screen, and marked as withheld from exports.
 */
import type { Organisation } from '../../organisation/organisation.js';
import { holds } from '../../findings/evidence.js';
import { countText, evidenceText, fixed, interactionsText, percentText, plural } from '../format.js';
import { teamToTeamLinks } from './links-to-teams.js';
import { compareText } from '../table/text-order.js';
import { compareNumbers, isSmallTeam, personLabel, personName, smallTeamNote } from '../tabs/shared-columns.js';
import type { TabContext } from '../tabs/tab-definition.js';
import { PRIVACY_COLOUR, RISK_COLOUR, ROLE_COLOURS, SILO_COLOUR } from '../theme.js';
import { figureGrid, heading, paragraph, wrapSegments, type DetailContent, type DetailLine, type Segment } from './detail-content.js';

/** The detail view of the team with this id, wrapped to `width`. */
export function teamDetail(id: string, context: TabContext, organisation: Organisation, width: number): DetailContent {
  const team = context.teamById.get(id);
  const index = organisation.teams.findIndex((t) => t.id === id);
  if (!team || index < 0) return { title: [{ text: `No team with id ${id}`, bold: true }], lines: [] };
  const title: Segment[] = [
    { text: team.name || team.id, bold: true, colour: team.silo ? SILO_COLOUR : undefined },
    { text: ` · ${team.id}`, dim: true },
    { text: team.parent ? ` · ${team.parent}` : '' },
    ...(team.silo ? [{ text: ' · SILO', bold: true, colour: SILO_COLOUR }] : []),
  ];
  const lines: DetailLine[] = [];
  if (isSmallTeam(team, context)) {
    lines.push(...paragraph(`${capitalise(smallTeamNote(team, context))}: shown on this screen only; exports leave its figures out.`, width, 0, { colour: PRIVACY_COLOUR, bold: true }));
  }

  lines.push(...heading('Figures'));
  lines.push(
    ...figureGrid(
      [
        { label: 'people', value: countText(team.size) },
        { label: 'ties inside', value: countText(team.internalTies) },
        { label: 'ties outside', value: countText(team.externalTies) },
        { label: 'density', value: fixed(team.density, 3) },
        { label: 'E-I index', value: fixed(team.eiIndex, 2), colour: team.silo ? SILO_COLOUR : undefined },
        { label: 'other teams', value: countText(team.teamsReached) },
      ],
      width,
    ),
  );

  lines.push(...heading('Bus factor'));
  const holder = team.busFactorPerson === null ? undefined : context.personById.get(team.busFactorPerson);
  if (!Number.isFinite(team.busFactor) || !holder) lines.push(...paragraph('no ties outside the team, so no one carries them', width, 2, { dim: true }));
  else {
    lines.push(
      ...paragraph(
        `${personName(holder, context)} holds ${team.busFactor === 1 ? 'all' : percentText(team.busFactor)} of the team's ties to other teams${team.busFactor === 1 ? ': if they left, the team would lose every outside link' : team.busFactor >= 0.5 ? ': if they left, the team would lose most of its outside links' : ''}.` +
          (holder.peopleCutOff > 0 ? ` They are also a single point of failure: ${plural(holder.peopleCutOff, 'person', 'people')} would be cut off from the rest.` : ''),
        width,
        2,
        team.busFactor >= 0.5 ? { colour: RISK_COLOUR } : {},
      ),
    );
  }

  lines.push(...heading(team.silo ? 'Silo: why' : 'Silo check: not a silo'));
  for (const item of team.evidence) {
    const met = holds(item.value, item.comparison, item.threshold);
    lines.push(...paragraph(`${met ? '✓' : '✗'} ${evidenceText(item)} (${item.basis})`, width, 2, met && team.silo ? { colour: SILO_COLOUR } : {}, 2));
  }

  lines.push(...heading('Ties to other teams'));
  const links = teamToTeamLinks(organisation, index);
  if (links.length === 0) lines.push(...paragraph('none', width, 2, { dim: true }));
  for (const link of links) {
    const other = organisation.teams[link.team];
    lines.push(...paragraph(`${other.name || other.id}: ${plural(link.ties, 'tie', 'ties')}, ${interactionsText(link.strength, organisation.weighted)}`, width));
  }

  const members = organisation.teams[index].members
    .map((v) => context.personById.get(organisation.people[v].id))
    .filter((person) => person !== undefined)
    .sort((a, b) => compareNumbers(a.degree, b.degree, 'descending') || compareText(personLabel(a), personLabel(b)));
  lines.push(...heading(`Members (${countText(members.length)})`));
  for (const person of members) {
    const line: Segment[] = [{ text: personName(person, context) }, { text: ` · ${plural(person.degree, 'contact', 'contacts')}`, dim: true }];
    for (const role of person.roles) line.push({ text: ' ' }, { text: role, colour: ROLE_COLOURS[role] });
    lines.push(...wrapSegments(line, width, 2, 4));
  }

  const memberIds = new Set(members.map((person) => person.id));
  const introductions = context.analysis.introductions.map((item, i) => ({ item, rank: i + 1 })).filter(({ item }) => memberIds.has(item.from) || memberIds.has(item.to));
  lines.push(...heading(`Suggested introductions (${countText(introductions.length)})`));
  if (introductions.length === 0) lines.push(...paragraph('none', width, 2, { dim: true }));
  for (const { item, rank } of introductions) lines.push(...paragraph(`#${rank} ${item.reason}`, width, 2, {}, 3));
  return { title, lines };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
