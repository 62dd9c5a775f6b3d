/**
 * The Analysis as a plain-text summary for terminals and logs: the organisation in figures, then
 * the top connectors, brokers, silos and single points of failure, each with its evidence.
 */
import type { Analysis, PersonAnalysis } from '../analyse.js';
import { nameWith, sharedNames } from '../organisation/shared-names.js';
import { heldByText, peopleCutOffText } from './cut-off-words.js';
import { PLAIN, type TextStyle } from './load-report-text.js';
import { noCommunityNote } from './no-community-note.js';
import { oneLine } from './one-line.js';
import { formatCount } from './number-format.js';
import { thresholdWithComparison } from './evidence-text.js';
import { thresholdErrorSentence } from './path-method.js';
import { planFocus } from './plan-focus.js';
import { privacyNote } from './privacy-note.js';
import { allIntroductionsCommand, REPORT_INTRODUCTIONS } from './report-introductions.js';
import { silosShown } from './silos-shown.js';
import { teamLookup } from './team-labels.js';
import { WITHHELD_TEAM_MARK, withheldTeamNote } from './withheld-team-note.js';

const TOP = 10;
const noun = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const fixed = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/**
 * A list's heading with how many there are, and when the list is cut to `top`, how many are
 * shown and where the rest are: a reader must not take the first ten for all of them. A list the
 * analysis itself cut (the introductions' --limit) counts all `beforeLimit` there were.
 */
function listHeading(title: string, total: number, top: number, beforeLimit = total, folder?: string): string {
  if (total === 0) return title;
  if (beforeLimit > total) {
    const shown = Math.min(top, total);
    // More than a report lists: --limit would not put them all in one, so say where they go.
    const inAFile = beforeLimit > REPORT_INTRODUCTIONS ? `; in a file, ${allIntroductionsCommand(beforeLimit, folder)}` : '';
    return `${title} (${formatCount(shown)} of ${formatCount(beforeLimit)} shown; ${shown < total ? `--format json for the best ${formatCount(total)}, ` : ''}--limit ${beforeLimit} for all${inAFile})`;
  }
  return `${title} (${total > top ? `${formatCount(top)} of ${formatCount(total)} shown; --format json for all` : formatCount(total)})`;
}

/**
 * Formats the summary; `top` limits each list. `folder`, the data folder as the user gave it,
 * goes into the command that writes every introduction to a file (DIR when not given).
 */
export function formatText(analysis: Analysis, style: TextStyle = PLAIN, top = TOP, folder?: string): string {
  const { summary, options, people, teams, risks } = analysis;
  const teamLabels = teamLookup(analysis);
  const shared = sharedNames(analysis.people);
  // A withheld team is said to be one, with the list's note on why; no team at all is left unsaid.
  const who = (person: { name: string; id: string; team: string | null }) => {
    const withheld = teamLabels.withheld(person.team);
    return nameWith(person, shared, person.team !== null || withheld ? [teamLabels.label(person.team) + (withheld ? WITHHELD_TEAM_MARK : '')] : []);
  };
  const lines: string[] = [];
  const noteWithheld = (listed: readonly { team: string | null }[]) => {
    if (listed.some((person) => teamLabels.withheld(person.team))) lines.push(style.dim(`  ${withheldTeamNote(analysis)}`));
  };
  lines.push(style.heading('Organisation'));
  lines.push(`  ${noun(summary.people, 'person', 'people')} in ${noun(summary.teams, 'team', 'teams')}, ${noun(summary.ties, 'tie', 'ties')} (density ${fixed(summary.density, 4)})`);
  lines.push(`  ${noun(summary.components, 'connected part', 'connected parts')} (largest ${formatCount(summary.largestComponent)}), ${noun(summary.isolates, 'person', 'people')} with no ties`);
  const outside = noCommunityNote(summary.isolates);
  lines.push(`  ${noun(summary.communities, 'community', 'communities')} (Louvain, seed ${options.seed}; modularity ${fixed(summary.modularity)})${outside ? `; ${outside}` : ''}; agreement with the formal teams (NMI) ${fixed(summary.communityTeamNmi)}`);
  lines.push(`  ${noun(summary.silos, 'silo team', 'silo teams')}, ${noun(summary.singlePointsOfFailure, 'single point of failure', 'single points of failure')}, ${noun(summary.bridges, 'bridging tie', 'bridging ties')}`);
  const b = options.betweenness;
  lines.push(style.dim(`  path measures ${options.pathMeasures}; betweenness, closeness and harmonic ${b.mode}${b.mode === 'sampled' ? ` from ${formatCount(b.samples)} sources spread over teams (seed ${b.seed})` : ''}; ${options.directed ? 'directed' : 'undirected'} network`));

  const ranked = (role: string, key: keyof PersonAnalysis) =>
    people.filter((p) => p.roles.includes(role as never)).sort((x, y) => (y[key] as number) - (x[key] as number) || (x.id < y.id ? -1 : 1));

  const connectors = ranked('connector', 'degree');
  lines.push('', style.heading(listHeading('Connectors: know the most people', connectors.length, top)));
  if (connectors.length === 0) lines.push('  none');
  for (const p of connectors.slice(0, top)) lines.push(`  ${who(p)}: ${noun(p.degree, 'contact', 'contacts')}, reaching ${noun(p.teamsReached, 'other team', 'other teams')}`);
  noteWithheld(connectors.slice(0, top));
  const brokers = ranked('broker', 'betweenness');
  lines.push('', style.heading(listHeading('Brokers: link parts that would otherwise be apart', brokers.length, top)));
  const errorSentence = thresholdErrorSentence(b);
  if (errorSentence) lines.push(style.dim(`  Broker threshold: betweenness ${thresholdWithComparison(analysis.thresholds.comparisons.betweenness, analysis.thresholds.betweenness)}. ${errorSentence}`));
  if (brokers.length === 0) lines.push('  none');
  for (const p of brokers.slice(0, top)) {
    const flag = p.roles.includes('bottleneck') ? style.warning(' — bottleneck: no one else links these parts') : '';
    lines.push(`  ${who(p)}: betweenness ${fixed(p.betweenness)}, constraint ${fixed(p.constraint)}${flag}`);
  }
  noteWithheld(brokers.slice(0, top));
  const silos = teams.filter((t) => t.silo).sort((x, y) => x.eiIndex - y.eiIndex || (x.id < y.id ? -1 : 1));
  lines.push('', style.heading(listHeading('Silos: teams that talk almost only to themselves', silos.length, top)));
  if (silos.length === 0) lines.push(`  ${silosShown(analysis).noSilo}`);
  for (const t of silos.slice(0, top)) lines.push(style.warning(`  ${t.name}: ${noun(t.size, 'person', 'people')}, ${t.externalTies} of ${t.externalTies + t.internalTies} ties leave the team (E-I ${fixed(t.eiIndex, 2)})`));
  lines.push('', style.heading(listHeading('Single points of failure: if they left, people would be cut off', risks.singlePointsOfFailure.length, top)));
  if (risks.singlePointsOfFailure.length === 0) lines.push('  none');
  for (const r of risks.singlePointsOfFailure.slice(0, top)) lines.push(`  ${who(r)}: cuts off ${peopleCutOffText(r.peopleCutOff, r.teamsCutOff)}, held by ${heldByText(r, analysis.load)}`);
  noteWithheld(risks.singlePointsOfFailure.slice(0, top));
  // An analysis saved before beforeLimit was recorded says nothing of a cut.
  const beforeLimit = options.introductions?.beforeLimit ?? analysis.introductions.length;
  lines.push('', style.heading(listHeading('Introductions: who should meet whom, and who can introduce them', analysis.introductions.length, top, beforeLimit, folder)));
  if (analysis.introductions.length === 0) lines.push('  none');
  const focus = planFocus(analysis, analysis.introductions.slice(0, top));
  if (focus) lines.push(style.dim(`  ${focus}`));
  for (const introduction of analysis.introductions.slice(0, top)) lines.push(`  ${introduction.warm ? '' : style.warning('cold: ')}${introduction.reason}`);
  if (analysis.load && analysis.privacy) {
    lines.push('', style.heading('Privacy'));
    for (const sentence of privacyNote(analysis.load, analysis.privacy)) lines.push(`  ${sentence}`);
  }
  // A name or team name holding a line break stays on its line.
  return lines.map(oneLine).join('\n') + '\n';
}
