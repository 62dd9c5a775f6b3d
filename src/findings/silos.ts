/**
 * Silos: teams that talk almost only to themselves. A team of at least `siloMinSize` people is a
 * silo when its E-I index (Krackhardt & Stern 1988) is at or below `siloEiIndex`: with the
 * default −0.8, at most one tie in ten leaves the team. This threshold is absolute, not a
 * percentile, because most teams in most organisations are inward-looking and a percentile would
 * always find some silos. A team with ties only inside it has −1, below any threshold; a team
 * with no tie at all has no E-I index and is not judged: no data says how it talks, and a team
 * missing from the export is likelier than a silent one (the load report warns of such teams).
 * An organisation with fewer than two teams with members has no silo: with no other team to talk
 * to, keeping to one's own team says nothing, and every team's evidence says so.
 */
import type { TeamTies } from '../measures/team-ties.js';
import { evidence, holds, type Evidence } from './evidence.js';

export interface SiloOptions {
  readonly siloEiIndex: number;
  readonly siloMinSize: number;
}

export const SILO_DEFAULTS: SiloOptions = { siloEiIndex: -0.8, siloMinSize: 2 };

/** Teams with members an organisation needs for any of them to be a silo (see the header). */
const MIN_TEAMS = 2;
const TEAMS_WITH_MEMBERS = 'teamsWithMembers';

/** Whether the teams were judged in an organisation with no other team to talk to, from their evidence. */
export function judgedWithoutOtherTeams(teams: readonly { readonly evidence: readonly Evidence[] }[]): boolean {
  return teams.some((team) => team.evidence.some((item) => item.measure === TEAMS_WITH_MEMBERS));
}

export interface SiloJudgement {
  readonly silo: boolean;
  /** The conditions checked, whether or not they held. */
  readonly evidence: readonly Evidence[];
}

/** Judges each team. */
export function judgeSilos(teams: TeamTies, options: Partial<SiloOptions> = {}): SiloJudgement[] {
  const { siloEiIndex, siloMinSize } = { ...SILO_DEFAULTS, ...options };
  const teamsWithMembers = teams.size.filter((size) => size > 0).length;
  // Said only where it decides, so that other organisations' evidence is as before.
  const alone = teamsWithMembers < MIN_TEAMS ? [evidence(TEAMS_WITH_MEMBERS, teamsWithMembers, '>=', MIN_TEAMS, 'no other team to talk to')] : [];
  const judgements: SiloJudgement[] = [];
  for (let t = 0; t < teams.size.length; t++) {
    const size = teams.size[t];
    const ei = teams.eiIndex[t];
    const silo = alone.length === 0 && size >= siloMinSize && Number.isFinite(ei) && holds(ei, '<=', siloEiIndex);
    judgements.push({
      silo,
      evidence: [
        evidence('eiIndex', ei, '<=', siloEiIndex, `option siloEiIndex: ${teams.externalTies[t]} of ${teams.externalTies[t] + teams.internalTies[t]} ties leave the team`),
        evidence('size', size, '>=', siloMinSize, 'option siloMinSize'),
        ...alone,
      ],
    });
  }
  return judgements;
}
