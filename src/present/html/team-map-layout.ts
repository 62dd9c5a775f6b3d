/**
 * Where each team sits on the organisation map: ForceAtlas2 (Jacomy et al. 2014, via
 * graphology-layout-forceatlas2) over the teams that have ties to other teams, tied by the
 * interactions between them, started from fixed positions (around a circle, grouped by
 * department) and run for a fixed number of iterations. ForceAtlas2 draws no random numbers, so
 * the same teams and ties always give the same map; coordinates are rounded to a tenth of a unit.
 * Teams with no tie to any other team would only drift to the edge, so they sit in a row of
 * their own under the map.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { TeamAnalysis } from '../../analyse.js';
import type { TeamLink } from '../team-links.js';

// The package is CommonJS whose module.exports is the function; its types describe an ES default.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Iterations of ForceAtlas2 for up to 300 teams; recorded in the report's methods section. */
export const MAP_LAYOUT_ITERATIONS = 500;

/**
 * Iterations for `teams` teams with ties: 500 up to 300 teams, then fewer (never under 100) so
 * that the layout's cost stays near that of 300 teams (about 1.3 s for 2,200 teams).
 */
export function layoutIterations(teams: number): number {
  return teams <= 300 ? MAP_LAYOUT_ITERATIONS : Math.max(100, Math.round((MAP_LAYOUT_ITERATIONS * 300) / teams));
}

/** Width of the map in SVG user units; its height follows the layout's shape, within limits. */
export const MAP_WIDTH = 960;
const MIN_HEIGHT = 300;
const MAX_HEIGHT = 720;
const MARGIN = 24;
/** Room under each circle for its label. */
const LABEL_ROOM = 14;
/** Width given to each team in the row of teams without ties, so that labels fit. */
const ROW_SLOT = 160;

/** A team's circle: centre and radius in SVG units. */
export interface PlacedTeam {
  /** Index into `analysis.teams`. */
  readonly team: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The teams' circles and the map's height. */
export interface TeamMapLayout {
  readonly height: number;
  /** One per team, in team order. */
  readonly teams: readonly PlacedTeam[];
  /** Where the row of teams with no ties to other teams begins (SVG y), or null when there are none. */
  readonly unlinkedTop: number | null;
  /** ForceAtlas2 iterations run (0 when fewer than two teams have ties). */
  readonly iterations: number;
}

/** Places every team; circle area is proportional to headcount, and circles do not overlap. */
export function layoutTeamMap(teams: readonly TeamAnalysis[], links: readonly TeamLink[]): TeamMapLayout {
  const n = teams.length;
  if (n === 0) return { height: MIN_HEIGHT, teams: [], unlinkedTop: null, iterations: 0 };
  const largest = Math.max(1, ...teams.map((team) => team.size));
  // Fewer teams, bigger circles: the largest team's circle shrinks as the map fills up.
  const maxRadius = Math.min(40, Math.max(5, 220 / Math.sqrt(n)));
  const radius = (t: number) => Math.max(2.5, maxRadius * Math.sqrt(teams[t].size / largest));

  // Department order, so that teams of one department start together and unlinked teams are grouped.
  const order = teams.map((_, t) => t).sort((a, b) => (teams[a].parent < teams[b].parent ? -1 : teams[a].parent > teams[b].parent ? 1 : a - b));
  const hasTie = new Uint8Array(n);
  for (const link of links) hasTie[link.a] = hasTie[link.b] = 1;
  const linked = order.filter((t) => hasTie[t]);
  const unlinked = order.filter((t) => !hasTie[t]);

  const placed: PlacedTeam[] = new Array(n);
  let height = 0;
  if (linked.length > 0) {
    const positions = forceLayout(linked, links);
    const fitted = fitToMap(linked.map((t) => ({ team: t, x: positions.get(t)!.x, y: positions.get(t)!.y, r: radius(t) })));
    for (const p of separate(fitted.teams, fitted.height)) placed[p.team] = p;
    height = fitted.height;
  }
  let unlinkedTop: number | null = null;
  if (unlinked.length > 0) {
    // A row (wrapping) of unlinked teams, each in a slot wide enough for its label.
    unlinkedTop = height;
    const rowRadius = Math.max(...unlinked.map(radius));
    const rowHeight = 2 * rowRadius + LABEL_ROOM + 20;
    const perRow = Math.max(1, Math.floor((MAP_WIDTH - 2 * MARGIN) / Math.max(ROW_SLOT, 2 * rowRadius + 8)));
    const rows = Math.ceil(unlinked.length / perRow);
    const slot = (MAP_WIDTH - 2 * MARGIN) / perRow;
    unlinked.forEach((t, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, unlinked.length - row * perRow);
      const left = (MAP_WIDTH - inRow * slot) / 2;
      placed[t] = { team: t, x: left + (i % perRow + 0.5) * slot, y: height + 26 + row * rowHeight + rowRadius, r: radius(t) };
    });
    height += 26 + rows * rowHeight;
  }
  return {
    height: Math.round(height),
    teams: placed.map((p) => ({ team: p.team, x: round(p.x), y: round(p.y), r: round(p.r) })),
    unlinkedTop,
    iterations: linked.length > 1 ? layoutIterations(linked.length) : 0,
  };
}

/** ForceAtlas2 positions of the linked teams, in layout units. */
function forceLayout(linked: readonly number[], links: readonly TeamLink[]): Map<number, { x: number; y: number }> {
  if (linked.length === 1) return new Map([[linked[0], { x: 0, y: 0 }]]);
  const graph = new UndirectedGraph();
  linked.forEach((t, i) => {
    const angle = (2 * Math.PI * i) / linked.length;
    graph.addNode(String(t), { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const link of links) graph.addEdgeWithKey(`${link.a}-${link.b}`, String(link.a), String(link.b), { weight: link.interactions });
  const positions = forceAtlas2(graph, {
    iterations: layoutIterations(linked.length),
    getEdgeWeight: 'weight',
    // The package's suggested settings for this many nodes; Barnes-Hut from a few hundred teams keeps large maps quick.
    settings: { ...forceAtlas2.inferSettings(linked.length), barnesHutOptimize: linked.length > 300 },
  });
  return new Map(linked.map((t) => [t, positions[String(t)]]));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Scales and centres the layout into the map, choosing the height that fits its shape; radii keep their size. */
function fitToMap(placed: PlacedTeam[]): { height: number; teams: PlacedTeam[] } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let maxR = 0;
  for (const p of placed) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    maxR = Math.max(maxR, p.r);
  }
  const border = MARGIN + maxR;
  // A few teams keep a compact drawing instead of being stretched across the whole width.
  const innerWidth = Math.min(MAP_WIDTH - 2 * border, 160 * Math.sqrt(placed.length));
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, spanX > 0 ? (innerWidth * spanY) / spanX + 2 * border + LABEL_ROOM : MIN_HEIGHT)));
  const innerHeight = height - 2 * border - LABEL_ROOM;
  const scale = Math.min(spanX > 0 ? innerWidth / spanX : Infinity, spanY > 0 ? innerHeight / spanY : Infinity);
  const s = Number.isFinite(scale) ? scale : 1;
  const offsetX = (MAP_WIDTH - spanX * s) / 2;
  const offsetY = (height - LABEL_ROOM - spanY * s) / 2;
  return { height, teams: placed.map((p) => ({ team: p.team, x: offsetX + (p.x - minX) * s, y: offsetY + (p.y - minY) * s, r: p.r })) };
}

/** Rounds of pushing overlapping circles apart. */
const SEPARATION_ROUNDS = 60;
/** Space kept between circles. */
const GAP = 2;

/**
 * Pushes overlapping circles apart along the line between their centres, each by half the
 * overlap, keeping every circle inside the drawing area. Neighbours are found through a grid, so a
 * round costs O(teams). Deterministic: pairs are visited in index order.
 */
function separate(placed: readonly PlacedTeam[], height: number): { team: number; x: number; y: number; r: number }[] {
  const circles = placed.map((p) => ({ ...p }));
  const maxR = Math.max(...circles.map((c) => c.r));
  const cell = 2 * maxR + GAP;
  const columns = Math.ceil(MAP_WIDTH / cell) + 1;
  const keepInside = (c: { x: number; y: number; r: number }) => {
    c.x = Math.min(Math.max(c.x, MARGIN + c.r), MAP_WIDTH - MARGIN - c.r);
    c.y = Math.min(Math.max(c.y, MARGIN + c.r), height - MARGIN - LABEL_ROOM - c.r);
  };
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    const grid = new Map<number, number[]>();
    circles.forEach((c, i) => {
      const key = Math.floor(c.y / cell) * columns + Math.floor(c.x / cell);
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      const a = circles[i];
      const column = Math.floor(a.x / cell);
      const row = Math.floor(a.y / cell);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          for (const j of grid.get((row + dy) * columns + column + dx) ?? []) {
            if (j <= i) continue;
            const b = circles[j];
            const distance = Math.hypot(b.x - a.x, b.y - a.y);
            const wanted = a.r + b.r + GAP;
            if (distance >= wanted) continue;
            // Same centre: part them along a direction fixed by their indices.
            const ux = distance > 0 ? (b.x - a.x) / distance : Math.cos(i + j);
            const uy = distance > 0 ? (b.y - a.y) / distance : Math.sin(i + j);
            const push = (wanted - distance) / 2;
            a.x -= ux * push;
            a.y -= uy * push;
            b.x += ux * push;
            b.y += uy * push;
            keepInside(a);
            keepInside(b);
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return circles;
}
