/**
 * The Changes tab's rows, columns, colours, search and sorts: on test/compare's tiny organisation,
 * whose comparison is known by hand (known-answers.test.ts), and on a sample with a planted
 * second period (truth.json).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { oneTieOfEiIndex } from '../../../src/compare/noise.js';
import { layoutComparison } from '../../../src/present/comparison-sections.js';
import { organisationFigures } from '../../../src/present/organisation-figures.js';
import { CHANGE_KINDS, type ChangeRow } from '../../../src/ui/tabs/change-rows.js';
import { changesTab } from '../../../src/ui/tabs/changes-tab.js';
import { changeDetail } from '../../../src/ui/details/change-detail.js';
import { COMPARISON_TABS, DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import { tabContext, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { tableCsv } from '../../../src/ui/table/table-csv.js';
import { tableRows } from '../../../src/ui/table/table-rows.js';
import { compareFolders } from '../../compare/run-compare.js';
import { withRoundedFigures } from '../../compare/rounded-figures.js';
import { lineText } from '../../../src/ui/details/detail-content.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../../compare/tiny-org.js';
import { comparedPeriods, comparedSample, comparedTiny, comparedTinyCountsThenWeights, type Compared } from '../comparisons.js';

const rowsOf = (context: TabContext) => changesTab.rows(context) as ChangeRow[];
const column = (id: string) => changesTab.columns.find((c) => c.id === id)!;
const csvLines = (context: TabContext, rows: readonly unknown[]) => tableCsv(changesTab, context, rows).split('\r\n');
/** E-I index of a team of five with its ring of five ties inside and `leaving` ties out. */
const ei = (leaving: number) => (leaving - 5) / (leaving + 5);

describe('the Changes tab on the tiny organisation (known answers)', () => {
  let tiny: Compared;
  let context: TabContext;
  let rows: ChangeRow[];
  beforeAll(async () => {
    tiny = await comparedTiny();
    context = tabContext(tiny.released, 5, tiny.comparison);
    rows = rowsOf(context);
  });
  const keysOf = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.key);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('is first in the comparison tabs, which are otherwise the dashboard tabs', () => {
    expect(COMPARISON_TABS.map((tab) => tab.title)).toEqual(['Changes', 'Connectors', 'Brokers', 'Silos', 'Risks', 'Introductions', 'Teams', 'People']);
    expect(COMPARISON_TABS.slice(1)).toEqual(DASHBOARD_TABS);
    expect(DASHBOARD_TABS.map((tab) => tab.id)).not.toContain('changes');
  });

  it('has no rows without a comparison', () => {
    expect(changesTab.rows(tabContext(tiny.released, 5))).toEqual([]);
  });

  it('lists every change in the order of the text report, each list in its ranked order', () => {
    expect(keysOf('ei-index')).toEqual(['ei-index:G', 'ei-index:A', 'ei-index:H', 'ei-index:B', 'ei-index:C', 'ei-index:E']);
    expect(keysOf('teams-reached')).toEqual(['G', 'A', 'B', 'C', 'E', 'H'].map((id) => `teams-reached:${id}`));
    expect(keysOf('became-silo')).toEqual(['became-silo:A', 'became-silo:C']);
    expect(keysOf('stopped-silo')).toEqual(['stopped-silo:G', 'stopped-silo:H']);
    expect(keysOf('bridge-broken')).toEqual(['bridge-broken:A;B', 'bridge-broken:C;E']);
    expect(keysOf('new-link')).toEqual(['new-link:G;H']);
    expect(keysOf('cross-team-loss')).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'e1'].map((id) => `cross-team-loss:${id}`));
    expect(keysOf('new-single-point-of-failure')).toEqual(['new-single-point-of-failure:g3', 'new-single-point-of-failure:s1']);
    expect(keysOf('repair')).toEqual(['repair:1:a1;b1', 'repair:2:c1;e2', 'repair:3:b2;e4', 'repair:4:b4;e4']);
    expect(keysOf('organisation')).toHaveLength(10);
    // Kinds in CHANGE_KINDS order, orders 0, 1, 2 … and keys unique.
    const kindOrder = rows.map((r) => CHANGE_KINDS.indexOf(r.kind));
    expect(kindOrder).toEqual([...kindOrder].sort((a, b) => a - b));
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const { people } = tiny.comparison;
    expect(keysOf('role-change')).toHaveLength(people.roleChanges.items.length);
    expect(keysOf('betweenness-rise')).toHaveLength(people.betweennessRises.items.length);
    expect(keysOf('betweenness-fall')).toHaveLength(people.betweennessFalls.items.length);
    expect(people.joined.total + people.left.total + people.stoppedInteracting.total + people.startedInteracting.total).toBe(0);
  });

  it('exports each change with its figures, judgement and note as CSV', () => {
    const lines = csvLines(context, rows);
    expect(lines[0]).toBe('kind,subject,subject_id,team_or_department,measure,before,after,change,normal_variation,judgement,note');
    const line = (key: string) => lines[rows.findIndex((r) => r.key === key) + 1];
    // A: two ties to B in every window, none after
    // The normal variation is at least the change one tie makes (noise.ts): for A, 2 of 7 ties
    // leaving → 1 of 6 is −3/7 → −2/3.
    expect(line('ei-index:A')).toBe(`E-I index,Accounts,A,Resources,E-I index,${ei(2)},-1,${ei(0) - ei(2)},${oneTieOfEiIndex(5, 2)},beyond normal variation,"ties inside 5 → 5, to other teams 2 → 0"`);
    expect(line('teams-reached:A')).toBe('teams reached,Accounts,A,Resources,teams reached,1,0,-1,1,within normal variation,ties to other teams 2 → 0');
    expect(line('became-silo:C')).toBe(`became silo,Casework,C,Services,E-I index,${ei(1)},-1,${ei(0) - ei(1)},${oneTieOfEiIndex(5, 1)},within normal variation,now talks almost only to itself`);
    expect(line('bridge-broken:C;E')).toBe('bridge broken,Casework ↔ Estates,C;E,Services,ties between the teams,1,0,-1,1,within normal variation,no ties left between the two teams');
    expect(line('new-link:G;H')).toBe('new link,Grants ↔ Housing,G;H,Growth,ties between the teams,0,2,2,1,beyond normal variation,the first ties between the two teams');
    expect(line('role-change:e1')).toMatch(/^role change,Person e1,e1,Estates,roles,connector,,lost connector,,,betweenness 0\.\d{4} → 0\.\d{4}$/);
    expect(line('cross-team-loss:c1')).toBe('cross-team loss,Person c1,c1,Casework,contacts in other teams,1,0,-1,,,');
    // s1's team S is below the minimum group size: no team named
    expect(line('new-single-point-of-failure:s1')).toBe('new single point of failure,Person s1,s1,,people cut off,,1,,,,leaving would cut off 1 person (in 1 team)');
    expect(line('repair:1:a1;b1')).toBe(
      'repair,Person a1 ↔ Person b1,a1;b1,Accounts ↔ Buildings,introduction,,,,,,Accounts and Buildings had 2 ties between them before and none after; cold: no one knows both; would reconnect them (3 interactions before)',
    );
    expect(line('organisation:interactions')).toBe('organisation,interactions,,,interactions,125,43,-82,,,');
    expect(line('organisation:largestComponent')).toBe('organisation,largest connected part,,,largest connected part,25,15,-10,,,');
    // The small team S is named nowhere
    expect(lines.join('\n')).not.toContain('Scrutiny');
  });

  it('names a repair\'s people with the id a shared name needs, as the Introductions tab does', () => {
    // b3, who can introduce b2 and e4, renamed after b2.
    const twins = tabContext({ ...tiny.released, people: tiny.released.people.map((p) => (p.id === 'b3' ? { ...p, name: 'Person b2' } : p)) }, 5, tiny.comparison);
    const repair = rowsOf(twins).find((r) => r.key === 'repair:3:b2;e4')!;
    expect(repair.subject).toBe('Person b2 (b2) ↔ Person e4');
    expect(repair.note).toMatch(/; via Person b2 \(b3\)$/);
  });

  it('shows figures with the decimals of the text report, changes signed, and dashes for no value', () => {
    const text = (id: string, key: string) => column(id).text!(row(key), context);
    expect([text('before', 'ei-index:A'), text('after', 'ei-index:A'), text('change', 'ei-index:A'), text('normal_variation', 'ei-index:A')]).toEqual(['-0.43', '-1.00', '-0.57', '0.24']);
    expect([text('before', 'new-link:G;H'), text('change', 'new-link:G;H'), text('judgement', 'new-link:G;H')]).toEqual(['0', '+2', 'beyond normal variation']);
    expect([text('before', 'new-single-point-of-failure:g3'), text('after', 'new-single-point-of-failure:g3'), text('judgement', 'new-single-point-of-failure:g3')]).toEqual(['–', '2', '']);
    expect(text('normal_variation', 'cross-team-loss:a1')).toBe('');
    expect([text('before', 'organisation:interactions'), text('change', 'organisation:interactions')]).toEqual(['125', '-82']);
  });

  it('shows a change rounded from the exact change its judgement is made on, on screen and in the detail view', () => {
    const rounded = tabContext(tiny.released, 5, withRoundedFigures(tiny.comparison));
    const shownRow = (key: string) => rowsOf(rounded).find((r) => r.key === key)!;
    const figures = (key: string) => ['before', 'after', 'change'].map((id) => column(id).text!(shownRow(key), rounded));
    expect(figures('ei-index:G')).toEqual(['0.02', '0.26', '+0.25']);
    expect(figures('ei-index:H')).toEqual(['0.26', '0.02', '-0.25']);
    expect(figures('organisation:density')).toEqual(['0.0126', '0.0129', '+0.0002']);
    expect(figures('organisation:modularity')).toEqual(['0.000', '0.000', '-0.001']);
    // The export keeps the exact change.
    expect(shownRow('ei-index:G').change).toBeCloseTo(0.248, 12);
    const detail = changeDetail('ei-index:G', rounded, 100).lines.map(lineText).join('\n');
    expect(detail).toMatch(/before +0\.02 +after +0\.26 +change +\+0\.25\n/);
    expect(detail).toMatch(/ {2}E-I index +0\.02 +0\.26 +\+0\.25\n/);
    expect(detail).toContain('The change (+0.25)');
  });

  it('leaves the measure blank on screen where it repeats the kind or the subject, and exports it', () => {
    const measure = (key: string) => [column('measure').text!(row(key), context), column('measure').value(row(key), context)];
    expect(measure('ei-index:G')).toEqual(['', 'E-I index']);
    expect(measure('teams-reached:G')).toEqual(['', 'teams reached']);
    expect(measure('organisation:ties')).toEqual(['', 'ties']);
    expect(measure('became-silo:A')).toEqual(['E-I index', 'E-I index']);
    expect(measure('bridge-broken:A;B')).toEqual(['ties between the teams', 'ties between the teams']);
  });

  it('shows the figures of the whole organisation as the report does, connected parts under their short name', () => {
    const text = (id: string, key: string) => column(id).text!(row(key), context);
    const onScreen = rows.filter((r) => r.kind === 'organisation').map((r) => [r.subject, text('before', r.key), text('after', r.key), text('change', r.key)]);
    const report = layoutComparison(tiny.comparison).sections.find((section) => section.title === 'Organisation')!;
    const inReport = report.rows.map((cells) => cells.map((cell) => cell.text));
    expect(onScreen.map(([, ...figures]) => figures)).toEqual(inReport.map(([, ...figures]) => figures));
    expect(inReport.map(([label]) => label)).toEqual([
      'people',
      'ties',
      'interactions',
      'density',
      'connected parts (isolated people included)',
      'largest connected part',
      'modularity',
      'share of ties across teams',
      'silo teams',
      'single points of failure',
    ]);
    // Both from the one list; the screen's one short form is the detail view's to explain.
    const figures = organisationFigures(tiny.comparison);
    expect(inReport.map(([label]) => label)).toEqual(figures.map((f) => f.label));
    expect(onScreen.map(([label]) => label)).toEqual(figures.map((f) => f.shortLabel));
    expect(figures.filter((f) => f.shortLabel !== f.label).map((f) => f.shortLabel)).toEqual(['connected parts']);
    expect(row('organisation:components').measure).toBe('connected parts');
  });

  it('colours losses, gains, risks, new silos and cold repairs, and greys what is within normal variation', () => {
    const kindColour = (key: string) => column('kind').colour!(row(key), context);
    expect(kindColour('ei-index:A')).toBe('red'); // fell beyond normal variation
    expect(kindColour('ei-index:G')).toBe('green'); // rose beyond it
    expect(kindColour('ei-index:E')).toBe('gray'); // within it
    expect(kindColour('became-silo:A')).toBe('yellow');
    expect(kindColour('stopped-silo:G')).toBe('green');
    expect(kindColour('bridge-broken:A;B')).toBe('red');
    expect(kindColour('bridge-broken:C;E')).toBe('gray');
    expect(kindColour('role-change:e1')).toBe('red'); // lost connector
    expect(kindColour('role-change:g2')).toBe('green'); // gained connector, lost only peripheral
    expect(kindColour('new-single-point-of-failure:g3')).toBe('red');
    expect(kindColour('repair:1:a1;b1')).toBe('yellow'); // cold
    expect(kindColour('repair:3:b2;e4')).toBeUndefined(); // warm, via b3
    expect(kindColour('organisation:ties')).toBeUndefined();
    // Within normal variation, every cell is grey; the judgement says so in words.
    for (const c of changesTab.columns) expect(c.colour?.(row('bridge-broken:C;E'), context), c.id).toBe('gray');
    expect(column('judgement').text!(row('bridge-broken:C;E'), context)).toBe('within normal variation');
  });

  it('finds rows by any word of the kind, names, ids, teams and judgement', () => {
    const found = (query: string) => tableRows(changesTab, context, { sort: 0, query }).map((r) => (r as ChangeRow).key);
    expect(found('within normal')).toEqual(['ei-index:C', 'ei-index:E', 'teams-reached:A', 'teams-reached:B', 'teams-reached:C', 'teams-reached:E', 'teams-reached:H', 'became-silo:C', 'bridge-broken:C;E']);
    expect(found('bridge accounts')).toEqual(['bridge-broken:A;B']);
    expect(found('repair b3')).toEqual(['repair:3:b2;e4', 'repair:4:b4;e4']);
    // The repair's note says what it answers: "Casework became a silo (E-I index …)".
    expect(found('silo casework')).toEqual(['became-silo:C', 'repair:2:c1;e2']);
  });

  it('sorts by the comparison order, beyond normal variation first, and names', () => {
    const sorted = (sort: number) => tableRows(changesTab, context, { sort, query: '' }) as ChangeRow[];
    expect(changesTab.sorts.map((s) => s.label)).toEqual(['kind, largest first', 'beyond normal variation first', 'team or person A–Z', 'team/dept. A–Z']);
    expect(sorted(0).map((r) => r.key)).toEqual(rows.map((r) => r.key));
    const judgements = sorted(1).map((r) => r.variation);
    const firstWithin = judgements.indexOf('within-normal');
    const firstUnjudged = judgements.indexOf(null);
    expect(judgements.slice(0, firstWithin).every((v) => v === 'beyond-normal')).toBe(true);
    expect(judgements.slice(firstWithin, firstUnjudged).every((v) => v === 'within-normal')).toBe(true);
    expect(judgements.slice(firstUnjudged).every((v) => v === null)).toBe(true);
    expect(firstUnjudged - firstWithin).toBe(9);
    expect(sorted(2)[0].subject).toBe('Accounts');
  });

  it('opens a change by its key', () => {
    expect(changesTab.open(row('bridge-broken:A;B'))).toEqual({ kind: 'change', key: 'bridge-broken:A;B' });
  });
});

describe('the Changes tab on summed weights', () => {
  const rowOf = (compared: Compared, key: string) => rowsOf(tabContext(compared.released, 5, compared.comparison)).find((r) => r.key === key)!;

  it('calls the organisation\'s summed strength strength, as the text report does, when either period has weights', async () => {
    const mixed = await comparedTinyCountsThenWeights();
    expect(rowOf(mixed, 'organisation:interactions')).toMatchObject({ subject: 'strength', measure: 'strength', before: 125, after: 86 });
  });

  it('gives a repair\'s before-period amount in the before period\'s kind', async () => {
    // Counts before: a1 and b1 interacted three times.
    expect(rowOf(await comparedTinyCountsThenWeights(), 'repair:1:a1;b1').note).toMatch(/; would reconnect them \(3 interactions before\)$/);
    // Weights of 2 before: the same three rows are strength 6, not 6 interactions.
    const weighted = await comparedPeriods(writeTinyOrganisation({ weight: 2 }), BEFORE, AFTER);
    expect(rowOf(weighted, 'repair:1:a1;b1').note).toMatch(/; would reconnect them \(strength 6 before\)$/);
    expect(rowOf(weighted, 'organisation:interactions').subject).toBe('strength');
  });
});

describe('the Changes tab comparing two folders', () => {
  it('lists who joined and who left, with their contacts in the one folder they are in', async () => {
    const tiny = await comparedTiny();
    // a3 is only in the after folder, h5 only in the before folder: each has two ties in their team's ring.
    const folders = await compareFolders(writeTinyOrganisation({ without: ['a3'] }), writeTinyOrganisation({ without: ['h5'] }));
    const context = tabContext(tiny.analysis, 5, folders);
    const rows = rowsOf(context);
    const lines = csvLines(context, rows);
    const line = (key: string) => lines[rows.findIndex((r) => r.key === key) + 1];
    expect(rows.filter((r) => r.kind === 'joined' || r.kind === 'left').map((r) => r.key)).toEqual(['joined:a3', 'left:h5']);
    // Accounts has four people before and Housing four after: below 5 in one period, so neither
    // team is named in either (five leavers of a team of eight would say that three are left).
    expect(line('joined:a3')).toMatch(/^joined,Person a3,a3,,contacts,,2,,,,roles after: /);
    expect(line('left:h5')).toMatch(/^left,Person h5,h5,,contacts,2,,,,,roles before: /);
    expect(column('kind').colour!(rows.find((r) => r.key === 'left:h5')!, context)).toBe('red');
    expect(column('kind').colour!(rows.find((r) => r.key === 'joined:a3')!, context)).toBe('green');
  });
});

describe('the Changes tab after a reorganisation', () => {
  it('lists who moved between teams and marks the changes of teams whose people changed substantially', async () => {
    const tiny = await comparedTiny();
    // e4 and e5 move from Estates (E) to Fleet (F): two of five departed, two of seven arrived.
    const days = ['2026-01-05', '2026-01-15', '2026-01-25'];
    const folders = await compareFolders(writeTinyOrganisation({ days }), writeTinyOrganisation({ days, moved: { e4: 'F', e5: 'F' } }), { minGroupSize: 3 });
    const context = tabContext(tiny.analysis, 3, folders);
    const rows = rowsOf(context);
    expect(rows.filter((r) => r.kind === 'moved-team').map((r) => [r.key, r.before, r.after])).toEqual([
      ['moved-team:e4', 'Estates', 'Fleet'],
      ['moved-team:e5', 'Estates', 'Fleet'],
    ]);
    const estates = rows.find((r) => r.key === 'ei-index:E')!;
    expect(estates.note).toMatch(/; membership changed$/);
    // Only the two reorganised teams are marked, wherever a change of theirs is listed.
    const marked = rows.filter((r) => r.note.endsWith('; membership changed')).map((r) => r.key);
    // b3-e4 went with e4: Estates no longer reaches Buildings, Fleet now does.
    expect(marked).toEqual(['ei-index:E', 'ei-index:F', 'teams-reached:E', 'teams-reached:F', 'bridge-broken:B;E', 'new-link:B;F']);
    const detail = changeDetail('ei-index:E', context, 200).lines.map((line) => line.map((segment) => segment.text).join(''));
    expect(detail).toContain('  Estates: membership changed: 2 of 5 people joined, left or moved; part of this change may be the reorganisation, not behaviour.');
  });
});

describe('the Changes tab on a sample with a planted second period', () => {
  let sample: Awaited<ReturnType<typeof comparedSample>>;
  let rows: ChangeRow[];
  beforeAll(async () => {
    sample = await comparedSample(300, 1);
    rows = rowsOf(tabContext(sample.analysis, 5, sample.comparison));
  });

  it('lists the team cut off first among E-I changes, as a new silo, and on the broken bridges, all beyond normal variation', () => {
    const cut = sample.truth.cutOffTeam;
    const about = rows.filter((r) => r.subjectId.split(';').includes(cut));
    expect(rows[0]).toMatchObject({ key: `ei-index:${cut}`, after: -1, variation: 'beyond-normal', tone: 'loss' });
    expect(about.map((r) => r.kind)).toEqual(expect.arrayContaining(['ei-index', 'teams-reached', 'became-silo', 'bridge-broken']));
    expect(about.filter((r) => r.kind === 'bridge-broken').length).toBeGreaterThanOrEqual(5);
    for (const r of about) expect(r.variation, r.key).toBe('beyond-normal');
    expect(rows.find((r) => r.key === `teams-reached:${cut}`)).toMatchObject({ after: 0, tone: 'loss' });
    expect(rows.find((r) => r.key === `became-silo:${cut}`)).toMatchObject({ tone: 'silo', note: 'now talks almost only to itself' });
  });

  it('lists the broker who left: lost roles, the largest fall in betweenness and in contacts across teams, stopped interacting', () => {
    const broker = sample.truth.leavingBroker;
    const theirs = rows.filter((r) => r.subjectId === broker);
    expect(theirs.map((r) => [r.kind, r.rank, r.after])).toEqual([
      ['role-change', 1, 'isolate'],
      ['betweenness-fall', 1, 0],
      ['cross-team-loss', 1, 0],
      ['stopped-interacting', 1, 0],
    ]);
    expect(theirs.map((r) => r.tone)).toEqual(['loss', 'neutral', 'loss', 'loss']);
    expect(String(theirs[0].change)).toMatch(/^lost (broker|boundary-spanner)/);
  });

  it('leaves the control team out of every listed change but its quiet ones', () => {
    const control = rows.filter((r) => r.subjectId.split(';').includes(sample.truth.controlTeam));
    for (const r of control) expect(r.tone, r.key).toBe('quiet');
  });
});
