/**
 * The one-sentence reason a manager reads: who the two people are, why their teams or groups
 * need the link, and who can introduce them (or that nobody knows both, so it is cold), e.g.
 *
 *   "Ann Smith (Finance) and Bob Jones (Housing): Finance has 2% of its ties outside the team;
 *    Carla Patel knows both (14 and 9 interactions)."
 *
 * Teams smaller than `minGroupSize` are neither named nor described: they appear as "a small
 * team", with no figures and no judgement (DESIGN §6: a small group's figures point at
 * individuals, and outputs must not show them).
 */
import type { OrganisationMeasures } from '../analyse.js';
import { NO_COMMUNITY } from '../measures/communities.js';
import type { Organisation } from '../organisation/organisation.js';
import { nameOf, nameWith } from '../organisation/shared-names.js';
import type { Candidate } from './candidates.js';
import type { Gaps } from './gaps.js';
import type { Introducer } from './introducers.js';
import { strengthFigure } from '../number-text.js';

/** At most this many ties between two teams still counts as "few". */
export const FEW_TIES = 3;

export interface ExplainContext {
  readonly organisation: Organisation;
  readonly analysis: OrganisationMeasures;
  readonly gaps: Gaps;
  /** Teams smaller than this get no figures in the reason. */
  readonly minGroupSize: number;
  /** Names more than one person has: those people are named with their id too. */
  readonly sharedNames: ReadonlySet<string>;
  /**
   * Names more than one team of `minGroupSize` or more has ("Ops" in two departments): those
   * teams are named with their id too, or the reason would read as of one team.
   */
  readonly sharedTeamNames: ReadonlySet<string>;
}

/** The reason for one suggestion, as one sentence. */
export function explainIntroduction(context: ExplainContext, candidate: Candidate, via: readonly Introducer[]): string {
  const { organisation, analysis, gaps, minGroupSize } = context;
  const person = (v: number) => nameOf(organisation.people[v], context.sharedNames);
  const small = (t: number) => organisation.teams[t].members.length < minGroupSize;
  const teamParts = (t: number): string[] => {
    if (small(t)) return ['a small team'];
    const team = organisation.teams[t];
    if (team.name === '') return [team.id];
    return context.sharedTeamNames.has(team.name) ? [team.name, `team ${team.id}`] : [team.name];
  };
  const teamName = (t: number) => {
    const [name, id] = teamParts(t);
    return id === undefined ? name : `${name} (${id})`;
  };
  // "Ann Smith (Finance)", "Ann Smith (P01, Finance)", "Ann Smith (Ops, team T2)": one pair of parentheses.
  const member = (v: number, t: number) => nameWith(organisation.people[v], context.sharedNames, teamParts(t));
  const from = candidate.from;
  const to = candidate.to;
  const tFrom = gaps.teamOf[from];
  const tTo = gaps.teamOf[to];

  const why: string[] = [];
  for (const t of [tFrom, tTo]) {
    const team = analysis.teams[t];
    if (!team.silo || small(t)) continue;
    if (team.externalTies === 0) why.push(`${teamName(t)} has no ties outside the team`);
    else why.push(`${teamName(t)} has ${percent(team.externalTies, team.externalTies + team.internalTies)} of its ties outside the team`);
  }
  const between = gaps.tiesBetweenTeams(tFrom, tTo);
  const pair = `${teamName(tFrom)} and ${teamName(tTo)}`;
  const named = !small(tFrom) && !small(tTo);
  // A count is no gap on its own: 3 ties between teams of 3 and 4 people is more than is usual.
  // Only a pair linked below the usual density for their sizes is said to have few ties.
  if (why.length === 0 && named && gaps.relativeDensity(tFrom, tTo) < 1) {
    if (between === 0) why.push(`${pair} have no ties between them`);
    else if (between <= FEW_TIES) why.push(`${pair} have only ${between} ${between === 1 ? 'tie' : 'ties'} between them`);
    else why.push(`${pair} have ${between} ties between them, fewer than usual for teams their size`);
  }
  const cFrom = gaps.communityOf[from];
  const cTo = gaps.communityOf[to];
  // Someone with no ties is in no informal group: say so, rather than that two groups are unlinked.
  const untied = cFrom === NO_COMMUNITY ? from : cTo === NO_COMMUNITY ? to : undefined;
  if (why.length < 2 && untied !== undefined) why.push(`${person(untied)} has no ties at all in this data`);
  else if (why.length < 2 && cFrom !== cTo) {
    const link = gaps.communityLink(cFrom, cTo);
    if (link.linkers === 0) why.push('their informal groups have no tie between them');
    else if (link.linkers === 1 && link.person !== from && link.person !== to) why.push(`their informal groups are linked only through ${person(link.person)}`);
  }
  if (why.length === 0) {
    // Two named teams here are linked at least as much as teams their size usually are (a plan
    // longer than the gaps): say so, rather than "add a link", which reads as if there were none.
    if (named) why.push(`${pair} already have ${between} ${between === 1 ? 'tie' : 'ties'} between them, at least as many as is usual for teams their size: this would add one more`);
    else {
      // With a small team the pair's ties are not told, so the reason must not say whether the
      // teams are linked ("add a link" reads as if they were not): it says the tie goes to a small
      // team whose links are withheld. Beside it, the named team's share of ties outside, when
      // most of its ties stay inside: one known figure, not the whole of why the pair came up.
      const namedTeam = small(tFrom) ? (small(tTo) ? null : tTo) : tFrom;
      if (namedTeam !== null) {
        const team = analysis.teams[namedTeam];
        const ties = team.externalTies + team.internalTies;
        if (ties > 0 && 2 * team.externalTies < ties) why.push(`${teamName(namedTeam)} has ${percent(team.externalTies, ties)} of its ties outside the team`);
      }
      why.push(`this adds a tie ${namedTeam === null ? 'between two small teams' : 'to a small team'} whose links are not shown`);
    }
  }

  // A tie's strength is summed over both directions: a count of interactions reads so as it is,
  // but weights (ratings on a 1–6 scale) would read as beyond the scale ("strength 12 and 9").
  // Read without direction (--undirected), there are no directions to sum.
  const summed = organisation.undirected ? '' : ', both directions summed';
  const strengths = (i: Introducer) =>
    i.toFrom === i.toTo
      ? organisation.weighted
        ? `strength ${strengthFigure(i.toFrom)} each${summed}`
        : `${strengthFigure(i.toFrom)} ${i.toFrom === 1 ? 'interaction' : 'interactions'} each`
      : organisation.weighted
        ? `strength ${strengthFigure(i.toFrom)} and ${strengthFigure(i.toTo)}${summed}`
        : `${strengthFigure(i.toFrom)} and ${strengthFigure(i.toTo)} interactions`;
  let how: string;
  if (via.length === 0) how = 'no one knows both, so this would be a cold introduction';
  else if (via.length === 1) how = `${person(via[0].person)} knows both (${strengths(via[0])})`;
  else how = `${list(via.map((i) => nameWith(organisation.people[i.person], context.sharedNames, [strengths(i)])))} know both`;

  return `${member(from, tFrom)} and ${member(to, tTo)}: ${joinReasons(why)}; ${how}.`;
}

/** A share as a whole percentage, never rounding a non-zero share down to 0%. */
function percent(part: number, whole: number): string {
  const value = (100 * part) / whole;
  if (value > 0 && value < 1) return 'under 1%';
  return `${Math.round(value)}%`;
}

/** "a", "a and b", "a, b and c". */
/**
 * The reasons as one clause, "a and b"; but "a, and b" when a reason holds a comma itself
 * ("… 5 ties between them, fewer than usual for teams their size"), or the next reason would
 * read as part of it ("… for teams their size and their informal groups have no tie …").
 */
export function joinReasons(why: readonly string[]): string {
  return why.some((reason) => reason.includes(',')) ? why.join(', and ') : list(why);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
