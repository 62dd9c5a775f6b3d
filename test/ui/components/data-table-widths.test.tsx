/**
 * Tables at 80 and 160 columns with rows shaped like a large organisation's (`sample --staff
 * 21000`): long team names, ids of seven characters, names two people share, pairs of teams and
 * of people. Each column keeps the room it needs to be read before a lesser one is shown.
 */
import { stripVTControlCharacters } from 'node:util';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/ui/components/DataTable.js';
import { tableRows } from '../../../src/ui/table/table-rows.js';
import type { ChangeRow } from '../../../src/ui/tabs/change-rows.js';
import { changesTab } from '../../../src/ui/tabs/changes-tab.js';
import { DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import { tabContext, type AnyTab, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { analysed } from '../analyses.js';
import { comparedTiny } from '../comparisons.js';

afterEach(() => cleanup());

/** The table's lines on a terminal `columns` wide (ink-testing-library's is 100). */
function table(tab: AnyTab, context: TabContext, rows: readonly unknown[], columns: number): string[] {
  const element = <DataTable tab={tab} context={context} rows={rows} selected={0} top={0} page={rows.length} width={columns} emptyText="none" />;
  const instance = render(element);
  Object.defineProperty(instance.stdout, 'columns', { value: columns, configurable: true });
  instance.rerender(element);
  return stripVTControlCharacters(instance.lastFrame() ?? '').split('\n');
}
const tab = (id: string) => DASHBOARD_TABS.find((t) => t.id === id)!;

describe('the tabs of an analysis', () => {
  // small-org's four teams named as the sample's are, its people with ids of seven characters,
  // and Hal Evans (P09) renamed Ann Smith, so that two people share that name.
  const TEAMS: Readonly<Record<string, readonly [name: string, department: string]>> = {
    T1: ['Registration and Licensing Partnerships', 'Corporate Services'],
    T2: ['Adult Learning and Skills Development', 'Adult Learning and Skills'],
    T3: ["Children's Services Early Help South", "Children's Services"],
    T4: ['Corporate Services Business Support', 'Corporate Services'],
  };
  const longId = (id: string) => `P0131${id.slice(1)}`;
  let large: TabContext;
  beforeAll(async () => {
    const { analysis } = await analysed('small-org');
    large = tabContext(
      {
        ...analysis,
        teams: analysis.teams.map((team) => ({ ...team, name: TEAMS[team.id][0], parent: TEAMS[team.id][1] })),
        people: analysis.people.map((person) => ({ ...person, id: longId(person.id), name: person.id === 'P09' ? 'Ann Smith' : person.name })),
        introductions: analysis.introductions.map((i) => ({ ...i, from: longId(i.from), to: longId(i.to), via: i.via.map(longId) })),
      },
      5,
    );
  });
  const lines = (id: string, columns: number) => table(tab(id), large, tableRows(tab(id), large, { sort: 0, query: '' }), columns);

  it('Connectors: the evidence, which repeats the contacts, gives way before the team name is cut to a fragment', () => {
    const [header, ann] = lines('connectors', 80);
    expect(header).toBe('  Name              ID       Team                 Contacts Other teams Particip.');
    // Was "Regist…rships" in 13 cells, beside "degree 5 ≥ 5".
    expect(ann).toBe('› Ann Smith         P013101  Registr…Partnerships        5           1      0.48');
    const [wide, annWide] = lines('connectors', 160);
    expect(wide).toMatch(/^ {2}Name +ID +Team +Contacts Other teams Interactions Particip\. Evidence/);
    expect(annWide).toMatch(/ Registration and Li…Partnerships +5 +1 +14 +0\.48 degree 5 ≥ 5 *$/);
  });

  it('Teams: a team name keeps its start and end at 80 columns', () => {
    const [header, ...rows] = lines('teams', 80);
    expect(header).toMatch(/^ {2}Team {21}People Density/);
    // Was "Adult Le…elopment" in 17 cells.
    expect(rows.map((row) => row.slice(2, 26))).toEqual(['Adult Learni…Development', "Children's Se…Help South", 'Corporate Servic…Support', 'Registratio…Partnerships']);
    expect(lines('teams', 160)[0]).toMatch(/^ {2}Team +ID +Department +People/);
  });

  it('Introductions: the reason, which repeats the two names and teams, gives way to the teams, and the teams to the names', () => {
    // Was "Ann S… (P013109)" at 80 columns and "Ann Smith (P…" at 120, beside a Reason column.
    const narrow = lines('introductions', 80);
    expect(narrow[0]).toMatch(/^ {4}# From +To +Via +Score$/);
    expect(narrow[2]).toBe('    2 Ann Smith (P013109)        Carla Patel               Hal Evans        0.49');
    const wider = lines('introductions', 120);
    expect(wider[0]).toMatch(/^ {4}# From +Team +To +Team +Via +Score$/);
    expect(wider[2]).toBe("    2 Ann Smith (P013109)     Children's…Help South  Carla Patel             Registrat…Partnerships Hal Evans       0.49");
    // A name cut just after a word leaves no space before the ellipsis: "Ann… (P013101)", not "Ann … (P013101)".
    expect(wider[4]).toMatch(/ Ann… \(P013101\) +0\.18$/);
    const wide = lines('introductions', 160);
    expect(wide[0]).toMatch(/^ {4}# From +Team +To +Team +Via +Score Reason$/);
    expect(wide[2]).toMatch(/^ {4}2 Ann Smith \(P013109\) +Children…Early Help South Carla Patel +Registration…Partnerships Hal Evans +0\.49 Ivy Chen/);
  });
});

describe('the Changes tab', () => {
  // Rows of the tiny comparison, named as the reviewer's 21,000 people were: a team, a pair of
  // teams, a repair between two people, a person.
  let context: TabContext;
  let rows: ChangeRow[];
  beforeAll(async () => {
    const tiny = await comparedTiny();
    context = tabContext(tiny.released, 5, tiny.comparison);
    const all = tableRows(changesTab, context, { sort: 0, query: '' }) as ChangeRow[];
    const first = (kind: ChangeRow['kind']) => all.find((row) => row.kind === kind)!;
    rows = [
      { ...first('ei-index'), subject: 'Registration and Licensing South', subjectId: 'T0283', where: "Children's Services" },
      { ...first('bridge-broken'), subject: 'Registration and Licensing South ↔ Regional Business Systems', subjectId: 'T0283;T0291', where: "Children's Services ↔ Adult Social Care" },
      { ...first('repair'), subject: 'Sofía Muñoz García ↔ Thomas Bennett', subjectId: 'P015153;P001892', where: 'Registration and Licensing South ↔ Regional Business Systems' },
    ];
  });

  it('at 160 columns shows both ids of a pair whole and gives a pair of names its 28 cells before the notes', () => {
    const [header, team, pair, repair] = table(changesTab, context, rows, 160);
    expect(header).toMatch(/^ {2}Kind +Team or person {15}ID {14}Team\/dept\. +Before +After +Change +Normal +Judgement {15}Note/);
    // Were "T0283;T…" and "P015153…", beside "Regis…South ↔ Regis…stems".
    expect(team).toMatch(/^› E-I index {11}Registration…Licensing South T0283 {11}Children's Services /);
    expect(pair).toMatch(/^ {2}bridge broken {7}Registr…South ↔ Regi…Systems T0283;T0291 {5}Chil…ices ↔ Adu…Care /);
    expect(repair).toMatch(/^ {2}repair {14}Sofía…García ↔ Thom…Bennett {2}P015153;P001892 Reg…South ↔ Regi…ems /);
  });

  it('at 80 columns widens the team or person to its 28 cells before the judgement to its words in full', () => {
    const [header, team, pair, repair] = table(changesTab, context, rows, 80);
    expect(header).toBe('  Kind                 Team or person                    After  Change Judgement');
    expect(team).toMatch(/^› E-I index {12}Registratio…and Licensing South +-0\.25 +\+0\.75 beyond$/);
    // Was "Regis…South ↔ Regis…stems" in 18 cells.
    expect(pair).toMatch(/^ {2}bridge broken {8}Registra…South ↔ Region…Systems +0 +-2 beyond$/);
    expect(repair).toMatch(/^ {2}repair {15}Sofía M…García ↔ Thomas Bennett /);
  });
});
