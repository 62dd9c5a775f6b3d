/**
 * An introduction's detail view: the two people, who can introduce them and how well they know
 * each, the score and its parts, and the reason in full.
 */
import type { Organisation } from '../../organisation/organisation.js';
import { countText, figure, fixed } from '../format.js';
import { isSmallTeam, personInTeamParts, personName, smallTeamMark } from '../tabs/shared-columns.js';
import { plannedIntroductions } from '../tabs/introductions-tab.js';
import type { TabContext } from '../tabs/tab-definition.js';
import { COLD_COLOUR, PRIVACY_COLOUR, ROLE_COLOURS, roleColour } from '../theme.js';
import { figureGrid, heading, paragraph, wrapSegments, type DetailContent, type DetailLine, type Segment } from './detail-content.js';

/** The detail view of the suggested introduction between `from` and `to`, wrapped to `width`. */
export function introductionDetail(from: string, to: string, context: TabContext, organisation: Organisation, width: number): DetailContent {
  const rank = context.analysis.introductions.findIndex((item) => item.from === from && item.to === to);
  const item = context.analysis.introductions[rank];
  if (!item) return { title: [{ text: `No introduction between ${from} and ${to}`, bold: true }], lines: [] };
  // The title names each by name alone (with the id a shared name needs); the lines below add the team.
  const named = (id: string): Segment => {
    const person = context.personById.get(id);
    return person ? { text: personName(person, context), bold: true, colour: roleColour(person.roles) } : { text: id };
  };
  const who = (id: string): Segment[] => {
    const person = context.personById.get(id);
    if (!person) return [{ text: id }];
    const team = person.team ? context.teamById.get(person.team) : undefined;
    const [name, rest] = personInTeamParts(person, context);
    const segments: Segment[] = [{ text: name, bold: true, colour: roleColour(person.roles) }, { text: rest }];
    // The reason below calls such a team "a small team": say here why it is named on this screen only.
    if (team && isSmallTeam(team, context)) segments.push({ text: ` ${smallTeamMark(team, context)}`, colour: PRIVACY_COLOUR });
    for (const role of person.roles) segments.push({ text: ' ' }, { text: role, colour: ROLE_COLOURS[role] });
    return segments;
  };
  const title: Segment[] = [{ text: `#${rank + 1} ` }, named(item.from), { text: ' and ' }, named(item.to)];
  const lines: DetailLine[] = [];
  lines.push(...heading('Who'));
  lines.push(...wrapSegments(who(item.from), width, 2, 4), ...wrapSegments(who(item.to), width, 2, 4));
  lines.push(...heading(item.warm ? 'Who can introduce them' : 'Cold: no one knows both'));
  const unit = organisation.weighted ? 'strength' : 'interactions';
  if (!item.warm) lines.push(...paragraph('Someone will need to make this introduction without a mutual contact.', width, 2, { colour: COLD_COLOUR }));
  for (const via of item.viaStrengths) {
    lines.push(...wrapSegments([...who(via.id), { text: ` · ${figure(via.from)} and ${figure(via.to)} ${unit} with them`, dim: true }], width, 2, 4));
  }
  lines.push(...heading('Why'));
  lines.push(...paragraph(item.reason, width));
  lines.push(...heading('Score'));
  lines.push(
    ...figureGrid(
      [
        { label: 'score', value: fixed(item.score) },
        { label: 'need', value: fixed(item.components.need) },
        { label: 'value', value: fixed(item.components.value) },
        { label: 'plausibility', value: fixed(item.components.plausibility) },
        // Of the whole plan: the list holds its best, so the rank is the same in both.
        { label: 'rank', value: `${countText(rank + 1)} of ${countText(plannedIntroductions(context.analysis))}` },
      ],
      width,
    ),
  );
  lines.push(...paragraph('score = need × value × (1 + p / (1 + p)), p = plausibility', width, 2, { dim: true }));
  return { title, lines };
}
