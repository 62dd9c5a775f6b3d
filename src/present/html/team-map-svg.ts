/**
 * The map of the organisation as an inline SVG figure with its legend: released teams as circles
 * (area proportional to headcount, filled by department: the largest departments in colours, any
 * others grey), ties between teams as lines (width growing with the interactions between them),
 * silo teams outlined in red, and teams with a single point of failure ringed in orange. Every circle and line carries a <title> with its
 * figures, which browsers show on hover; no script is needed.
 */
import type { Analysis } from '../../analyse.js';
import { counted, fixed, formatCount } from '../number-format.js';
import { NO_TEAMS_SHOWN } from '../report-content.js';
import { NO_DEPARTMENT_LABEL } from '../team-labels.js';
import type { TeamLink } from '../team-links.js';
import { escapeHtml } from './escape-html.js';
import { departmentFills } from './department-fills.js';
import { EXAMPLE_OUTLINE, OTHER_DEPARTMENTS_FILL, RISK_COLOUR, SILO_COLOUR, TIE_COLOUR } from './map-palette.js';
import { shorten } from './shorten.js';
import { strengthWords } from '../strength-words.js';
import { MAP_WIDTH, type PlacedTeam, type TeamMapLayout } from './team-map-layout.js';

/** Characters of a team's name shown on the map. */
const LABEL_CHARACTERS = 24;
/** Lines drawn at most; the weakest are left out of very large maps (and the caption says so). */
const MAX_LINES = 4000;

/** The map as a <figure>: SVG, legend and caption; `layout` is `layoutTeamMap(analysis.teams, links)`. */
export function renderTeamMap(analysis: Analysis, links: readonly TeamLink[], layout: TeamMapLayout): string {
  const teams = analysis.teams;
  const strength = strengthWords(analysis.load);
  if (teams.length === 0) return `<p class="empty">${escapeHtml(NO_TEAMS_SHOWN)}</p>`;
  const placed = layout.teams;

  const fills = departmentFills(teams);
  const teamIndex = new Map(teams.map((team, t) => [team.id, t]));
  const risksPerTeam = new Array<number>(teams.length).fill(0);
  for (const risk of analysis.risks.singlePointsOfFailure) {
    const t = risk.team === null ? undefined : teamIndex.get(risk.team);
    if (t !== undefined) risksPerTeam[t]++;
  }
  const name = (t: number) => teams[t].name || teams[t].id;

  const drawn = links.slice(0, MAX_LINES);
  const strongest = drawn.length ? drawn[0].interactions : 1;
  const lines = [...drawn]
    .reverse() // weakest first, so the strongest lines are drawn on top
    .map((link) => {
      const a = placed[link.a];
      const b = placed[link.b];
      const width = (0.6 + 7.4 * Math.sqrt(link.interactions / strongest)).toFixed(2);
      const title = `${name(link.a)} – ${name(link.b)}: ${counted(link.ties, 'tie', 'ties')}, ${strength.amount(link.interactions)}`;
      return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${width}"><title>${escapeHtml(title)}</title></line>`;
    });

  // Labels in order of importance (silos, teams at risk, then the largest), each only where it overlaps no label already placed.
  const priority = teams
    .map((_, t) => t)
    .sort((a, b) => Number(teams[b].silo) - Number(teams[a].silo) || risksPerTeam[b] - risksPerTeam[a] || teams[b].size - teams[a].size || a - b);
  const taken: Box[] = [];
  const labelled = new Map<number, string>();
  const outerRadius = (p: PlacedTeam) => p.r + (risksPerTeam[p.team] ? 4 : 0);
  for (const t of priority) {
    const p = placed[t];
    const text = shorten(name(t), LABEL_CHARACTERS, 'middle');
    const width = labelWidth(text);
    const r = outerRadius(p);
    // Below the circle, else above, right or left of it (x is the label's middle; y its baseline).
    const spots = [
      { x: p.x, y: p.y + r + 11 },
      { x: p.x, y: p.y - r - 4 },
      { x: p.x + r + 3 + width / 2, y: p.y + 4 },
      { x: p.x - r - 3 - width / 2, y: p.y + 4 },
    ];
    // Inside the map; not over another label, or over another team's circle: it would read as that team's name.
    const free = spots
      .map((spot) => ({ spot, box: { left: spot.x - width / 2, right: spot.x + width / 2, top: spot.y - 10, bottom: spot.y + 3 } }))
      .find(({ box }) => box.left >= 0 && box.right <= MAP_WIDTH && box.top >= 0 && box.bottom <= layout.height &&
        !taken.some((other) => overlaps(box, other)) && !placed.some((other) => other !== p && circleMeetsBox(other.x, other.y, outerRadius(other), box)));
    if (!free) continue;
    taken.push(free.box);
    labelled.set(t, `<text x="${free.spot.x.toFixed(1)}" y="${free.spot.y.toFixed(1)}"${teams[t].silo ? ' class="silo-label"' : ''}>${escapeHtml(text)}</text>`);
  }

  const circles = placed.map((p) => {
    const team = teams[p.team];
    const facts = [
      // A team name split by department ("Ops (Trading)") already holds it.
      name(p.team).endsWith(`(${team.parent})`) ? name(p.team) : `${name(p.team)} (${team.parent || NO_DEPARTMENT_LABEL})`,
      counted(team.size, 'person', 'people'),
      `${formatCount(team.externalTies)} of ${formatCount(team.externalTies + team.internalTies)} ties leave the team (E-I ${fixed(team.eiIndex, 2)})`,
      ...(team.silo ? ['silo'] : []),
      ...(risksPerTeam[p.team] ? [counted(risksPerTeam[p.team], 'single point of failure', 'single points of failure')] : []),
    ];
    const classes = ['team', ...(team.silo ? ['silo'] : []), ...(risksPerTeam[p.team] ? ['at-risk'] : [])].join(' ');
    const ring = risksPerTeam[p.team] ? `<circle class="risk-ring" cx="${p.x}" cy="${p.y}" r="${(p.r + 4).toFixed(1)}"/>` : '';
    return (
      `<g class="${classes}"><title>${escapeHtml(facts.join('; '))}</title>${ring}` +
      `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${fills.fill(team.parent)}"/></g>`
    );
  });
  const labels = placed.filter((p) => labelled.has(p.team)).map((p) => labelled.get(p.team));

  const silos = teams.filter((team) => team.silo).length;
  const atRisk = risksPerTeam.filter((n) => n > 0).length;
  const svg =
    `<svg class="team-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${layout.height}" role="img" aria-labelledby="map-title map-desc">` +
    `<title id="map-title">Map of the organisation: teams and the ties between them</title>` +
    `<desc id="map-desc">${escapeHtml(`${counted(teams.length, 'team', 'teams')} drawn as circles sized by headcount; ${counted(links.length, 'pair of teams', 'pairs of teams')} with ties drawn as lines; ${counted(silos, 'silo', 'silos')}; ${counted(atRisk, 'team', 'teams')} with a single point of failure.`)}</desc>` +
    `<g class="ties" stroke="${TIE_COLOUR}" stroke-linecap="round">${lines.join('')}</g>` +
    `<g class="teams">${circles.join('')}</g>` +
    `<g class="labels">${labels.join('')}</g>` +
    (layout.unlinkedTop === null
      ? ''
      : `<g class="unlinked"><line x1="24" y1="${layout.unlinkedTop + 4}" x2="${MAP_WIDTH - 24}" y2="${layout.unlinkedTop + 4}"/>` +
        `<text x="24" y="${layout.unlinkedTop + 18}">Teams with no ties to any other team shown</text></g>`) +
    '</svg>';

  const swatch = (inner: string) => `<svg class="swatch" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">${inner}</svg>`;
  // The examples of size, silo and risk are white, not grey, so that none reads as a department.
  const example = (r: number, stroke = EXAMPLE_OUTLINE, width = 1.5) => `<circle cx="12" cy="12" r="${r}" fill="#fff" stroke="${stroke}" stroke-width="${width}"/>`;
  const legend = [
    `<li>${swatch(example(5))}${swatch(example(10))} circle area: people in the team</li>`,
    `<li>${swatch(`<line x1="2" y1="12" x2="22" y2="12" stroke="${TIE_COLOUR}" stroke-width="1.5"/>`)}${swatch(`<line x1="2" y1="12" x2="22" y2="12" stroke="${TIE_COLOUR}" stroke-width="7"/>`)} line width: ${strength.what} between two teams</li>`,
    `<li>${swatch(example(8, SILO_COLOUR, 3.5))} silo team (red outline, red label)</li>`,
    `<li>${swatch(`${example(6)}<circle cx="12" cy="12" r="10" fill="none" stroke="${RISK_COLOUR}" stroke-width="2.5" stroke-dasharray="4 2.5"/>`)} team with a single point of failure (orange ring)</li>`,
    ...fills.coloured.map(
      ({ department, fill }) => `<li>${swatch(`<circle cx="12" cy="12" r="8" fill="${fill}"/>`)} ${escapeHtml(department || NO_DEPARTMENT_LABEL)}</li>`,
    ),
    ...(fills.others ? [`<li>${swatch(`<circle cx="12" cy="12" r="8" fill="${OTHER_DEPARTMENTS_FILL}"/>`)} ${counted(fills.others, 'other department', 'other departments')}</li>`] : []),
  ];
  const notes = [
    `${counted(teams.length, 'team', 'teams')}, ${counted(links.length, 'pair of teams', 'pairs of teams')} with ties between them.`,
    ...(fills.others
      ? [`Colour marks the ${formatCount(fills.coloured.length)} departments with the most people on the map; the other ${counted(fills.others, 'department is', 'departments are')} grey (hover over a circle for its department).`]
      : []),
    ...(links.length > MAX_LINES ? [`The ${formatCount(MAX_LINES)} strongest pairs are drawn.`] : []),
    ...(labelled.size < teams.length ? [`${counted(labelled.size, 'team is', 'teams are')} labelled where there is room (silos, teams with a single point of failure and the largest first); hover over a circle for any team's name and figures.`] : []),
    ...(analysis.privacy?.teamsSuppressed
      ? [`${counted(analysis.privacy.teamsSuppressed, 'team', 'teams')} below the minimum group size of ${analysis.privacy.minGroupSize} ${analysis.privacy.teamsSuppressed === 1 ? 'is' : 'are'} not drawn, nor their ties.`]
      : []),
    'Layout: ForceAtlas2 from fixed starting positions, the same every time; distance on the map is a hint, not a measure.',
  ];
  return `<figure class="map">${svg}<ul class="legend">${legend.join('')}</ul><figcaption>${escapeHtml(notes.join(' '))}</figcaption></figure>`;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the circle at (x, y) of radius r reaches into a box: the box's nearest point to the centre is inside it. */
function circleMeetsBox(x: number, y: number, r: number, box: Box): boolean {
  const dx = Math.min(Math.max(x, box.left), box.right) - x;
  const dy = Math.min(Math.max(y, box.top), box.bottom) - y;
  return dx * dx + dy * dy < r * r;
}

/** Estimated width of a label at the map's 11px font: wide scripts (CJK and the like) count double. */
function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) >= 0x2e80 ? 11 : 6.3;
  return width;
}
