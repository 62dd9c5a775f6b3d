/**
 * Silos: teams that talk almost only to themselves. A team of at least `siloMinSize` people is a
 * silo when its E-I index (Krackhardt & Stern 1988) is at or below `siloEiIndex`: with the
 * default −0.8, at most one tie in ten leaves the team. This threshold is absolute, not a
 * percentile, because most teams in most organisations are inward-looking and a percentile would
 * always find some silos. A team with ties only inside it has −1, below any threshold; a team
 * with no tie at all has no E-I index and is not judged: no data says how it talks, and a team
 * missing from the export is likelier than a silent one (the load report warns of such teams).
 */
import type { TeamTies } from '../measures/team-ties.js';
import { evidence, holds, type Evidence } from './evidence.js';

export interface SiloOptions {
  readonly siloEiIndex: number;
  readonly siloMinSize: number;
}

export const SILO_DEFAULTS: SiloOptions = { siloEiIndex: -0.8, siloMinSize: 2 };

export interface SiloJudgement {
  readonly silo: boolean;
  /** The conditions checked, whether or not they held. */
  readonly evidence: readonly Evidence[];
}

/** Judges each team. */
export function judgeSilos(teams: TeamTies, options: Partial<SiloOptions> = {}): SiloJudgement[] {
  const { siloEiIndex, siloMinSize } = { ...SILO_DEFAULTS, ...options };
  const judgements: SiloJudgement[] = [];
  for (let t = 0; t < teams.size.length; t++) {
    const size = teams.size[t];
    const ei = teams.eiIndex[t];
    const silo = size >= siloMinSize && Number.isFinite(ei) && holds(ei, '<=', siloEiIndex);
    judgements.push({
      silo,
      evidence: [
        evidence('eiIndex', ei, '<=', siloEiIndex, `option siloEiIndex: ${teams.externalTies[t]} of ${teams.externalTies[t] + teams.internalTies[t]} ties leave the team`),
        evidence('size', size, '>=', siloMinSize, 'option siloMinSize'),
      ],
    });
  }
  return judgements;
}
