/**
 * Tables at 80 and 160 columns with rows shaped like a large organisation's (`sample --staff
 * 21000`): long team names, ids of seven characters, names two people share. Each column keeps
 * the room it needs to be read before a lesser one is shown.
 */
import { stripVTControlCharacters } from 'node:util';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/ui/components/DataTable.js';
import { tableRows } from '../../../src/ui/table/table-rows.js';
import { DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import { tabContext, type AnyTab, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { analysed } from '../analyses.js';

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
