/**
 * A small organisation whose names try every trick: markup, quotes, spreadsheet formulas, line
 * breaks, Markdown pipes and emphasis, and non-Latin scripts, in people, team and department
 * names and in a person id. Written to a fresh temporary folder.
 */
import { tempFolder } from '../helpers/temp-files.js';

/** The hostile names by person id. */
export const HOSTILE_PEOPLE: Readonly<Record<string, string>> = {
  P01: '<script>alert(1)</script>',
  P02: `"Quoted" O'Brien`,
  P03: '=HYPERLINK("http://evil.example","click")',
  P04: '+44 20 7946 0000',
  P05: '-minus',
  P06: '@at',
  P07: 'Line\nBreak',
  P08: 'Pipe | Name',
  P09: '李小龍',
  P10: 'العربية',
  P11: '*bold* _it_ [link](http://x) `code`',
  '=2+3': 'Formula Id',
};

export const HOSTILE_TEAMS = {
  T1: { name: '<b>Ops</b> & "Co"', parent: '=SUM(A1)' },
  T2: { name: 'Pipe | Team', parent: '李部' },
  T3: { name: 'العربية فريق', parent: '+Dept' },
} as const;

const TEAM_OF: Readonly<Record<string, keyof typeof HOSTILE_TEAMS>> = {
  P01: 'T1', P02: 'T1', P03: 'T1', P10: 'T1', P04: 'T2', P05: 'T2', P06: 'T2', P11: 'T2', P07: 'T3', P08: 'T3', P09: 'T3', '=2+3': 'T3',
};

const PAIRS: readonly (readonly [string, string, number])[] = [
  ['P01', 'P02', 3], ['P01', 'P03', 2], ['P01', 'P10', 4], ['P02', 'P03', 1],
  ['P04', 'P05', 2], ['P05', 'P06', 3], ['P04', 'P06', 1], ['P11', 'P04', 2], ['P11', 'P05', 1],
  ['P07', 'P08', 2], ['P08', 'P09', 3], ['P07', 'P09', 1], ['=2+3', 'P09', 2],
  ['P01', 'P04', 2], ['P03', 'P07', 1], ['P10', 'P08', 1], ['P06', 'P09', 1], ['P01', '=2+3', 1],
];

/** A CSV field, quoted when it must be. */
const field = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Writes staff.csv, teams.csv and interactions.csv; returns the folder. */
export function hostileOrganisation(): string {
  const staff = ['id,name,team', ...Object.entries(HOSTILE_PEOPLE).map(([id, name]) => [id, name, TEAM_OF[id]].map(field).join(','))];
  const teams = ['id,name,parent', ...Object.entries(HOSTILE_TEAMS).map(([id, team]) => [id, team.name, team.parent].map(field).join(','))];
  const interactions = ['source,target,weight', ...PAIRS.map(([a, b, weight]) => [a, b, String(weight)].map(field).join(','))];
  return tempFolder({
    'staff.csv': staff.join('\n') + '\n',
    'teams.csv': teams.join('\n') + '\n',
    'interactions.csv': interactions.join('\n') + '\n',
  });
}
