/**
 * Which teams are withheld as small (DESIGN §6): a team with members, but fewer than the minimum
 * group size, has figures that point at individuals. A team with no members has no figures that
 * could point at anyone: it is listed with 0 people and not counted as withheld. Every output,
 * comparison and dashboard mark asks this, so that they withhold the same teams.
 */
export function isWithheldAsSmall(size: number, minGroupSize: number): boolean {
  return size > 0 && size < minGroupSize;
}
