/**
 * The order in which the selection considers candidates: best score first, with two kinds held
 * back until the candidates they should give way to have had their turn.
 *
 * - A warm introduction whose `from` person (of the team that needs it more) is that team's
 *   **gateway**, the member who holds more than half of its outside ties, waits until the team's
 *   warm introductions from its other members have been considered: another tie through the
 *   gateway would deepen the team's dependence on them, while a tie for another member (often
 *   introduced by the gateway to their own outside contact) lessens it.
 * - A **cold** introduction of a silo (the team of `from`) waits until every warm introduction
 *   with an end in that team has been considered, so that it can stand in for them when they all
 *   fall through at the cap (select.ts takes it only then).
 *
 * A held candidate is considered straight after the one it waited for (and the candidates of
 * equal score beside it), before what follows; the rest keep their order. O(C log C) for C
 * candidates.
 */
import type { Candidate } from './candidates.js';

/** Candidate indices in the order they are considered; `candidates` sorted best first. */
export function passOrder(candidates: readonly Candidate[], teamOf: Int32Array, gatewayOf: Int32Array): Int32Array {
  const teams = gatewayOf.length;
  const isGateway = (v: number) => gatewayOf[teamOf[v]] === v;
  // A held candidate waits for the whole run of equal scores it would land in, so that the run
  // is not split and can be spread over people as one (select.ts).
  const runEnd = new Int32Array(candidates.length);
  for (let i = candidates.length - 1; i >= 0; i--) {
    runEnd[i] = i + 1 < candidates.length && candidates[i + 1].score === candidates[i].score ? runEnd[i + 1] : i;
  }
  const after = (i: number, wait: number) => (wait > i ? runEnd[wait] : i);
  // The last warm candidate from each team's members other than its gateway.
  const lastOther = new Int32Array(teams).fill(-1);
  candidates.forEach((c, i) => {
    if (c.warm && !isGateway(c.from)) lastOther[teamOf[c.from]] = i;
  });
  const turn = new Int32Array(candidates.length);
  const lastWarm = new Int32Array(teams).fill(-1);
  candidates.forEach((c, i) => {
    if (!c.warm) return;
    turn[i] = isGateway(c.from) ? after(i, lastOther[teamOf[c.from]]) : i;
    for (const end of [c.from, c.to]) lastWarm[teamOf[end]] = Math.max(lastWarm[teamOf[end]], turn[i]);
  });
  candidates.forEach((c, i) => {
    if (!c.warm) turn[i] = after(i, lastWarm[teamOf[c.from]]);
  });
  return Int32Array.from(candidates.keys()).sort((a, b) => turn[a] - turn[b] || a - b);
}
