/** `nodefinder suggest` as a user runs it, and the CSV writer's protections. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from '../../src/present/csv.js';
import { pseudonym } from '../../src/privacy/pseudonymise.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

describe('nodefinder suggest', () => {
  it('puts the silo’s cold introduction first, marked cold', () => {
    const result = runCli(['suggest', FIXTURE, '--format', 'json']);
    expect(result.status).toBe(0);
    const introductions = JSON.parse(result.stdout);
    expect(introductions[0]).toMatchObject({ from: 'P12', to: 'P08', via: [], warm: false });
    expect(introductions[1]).toMatchObject({ from: 'P09', to: 'P03', via: ['P08'], warm: true });
  });

  it('holds the per-person cap, introducers included', () => {
    const introductions = JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', '--max-per-person', '1']).stdout);
    const appearances = new Map<string, number>();
    for (const item of introductions) for (const id of [item.from, item.to, ...item.via]) appearances.set(id, (appearances.get(id) ?? 0) + 1);
    expect(Math.max(...appearances.values())).toBe(1);
  });

  it('filters by person and team, and leaves out excluded pairs', () => {
    const forIvy = JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', '--for', 'P09']).stdout);
    expect(forIvy.length).toBeGreaterThan(0);
    for (const item of forIvy) expect([item.from, item.to]).toContain('P09');
    // The archive team has fewer people than --min-group-size: its introductions alone would say who is in it.
    const small = runCli(['suggest', FIXTURE, '--team', 'T4']);
    expect(small.status).toBe(2);
    expect(small.stderr).toMatch(/team "T4" has \d people?, fewer than 5: its introductions are not listed on their own/);
    const open = ['suggest', FIXTURE, '--format', 'json', '--min-group-size', '1'];
    const archive = JSON.parse(runCli([...open, '--team', 'T4']).stdout);
    expect(archive.map((item: { from: string }) => item.from)).toEqual(['P12']);
    // A team may be named as the staff file may name it: by id or by name.
    expect(runCli([...open, '--team', 'Archive']).stdout).toBe(runCli([...open, '--team', 'T4']).stdout);
    const unknown = runCli(['suggest', FIXTURE, '--team', 'Nowhere']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no team with id or name "Nowhere" — give a team id or name as `analyse --format csv --table teams` lists them (--team on the command line)');
    const exclude = join(tempFolder({ 'done.csv': 'a,b\nP08,P12\n' }), 'done.csv');
    const rest = JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', '--exclude', exclude]).stdout);
    expect(rest.some((item: { from: string; to: string }) => [item.from, item.to].sort().join() === 'P08,P12')).toBe(false);
    const missing = runCli(['suggest', FIXTURE, '--exclude', join(tempFolder({}), 'nope.csv')]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/nope\.csv: file not found — check the path given with --exclude \[FILE_NOT_FOUND\]\n/);
  });

  it('reads --exclude files with or without a header, and notes pairs naming someone not in the staff file', () => {
    const pairsOf = (args: string[]) => JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', ...args]).stdout).map((item: { from: string; to: string }) => [item.from, item.to].sort().join());
    expect(pairsOf([])).toContain('P08,P12');
    // Without a header, the first row is a pair like any other, since both are people's ids.
    const headerless = join(tempFolder({ 'done.csv': 'P08,P12\n' }), 'done.csv');
    expect(pairsOf(['--exclude', headerless])).not.toContain('P08,P12');
    const withHeader = join(tempFolder({ 'done.csv': 'from,to\nP12,P08\n' }), 'done.csv');
    expect(pairsOf(['--exclude', withHeader])).not.toContain('P08,P12');
    // Under --pseudonymise, pairs may be given by the pseudonyms of an earlier output.
    const key = 'a key long enough for the test';
    const underPseudonyms = join(tempFolder({ 'done.csv': `${pseudonym(Buffer.from(key), 'P08')},${pseudonym(Buffer.from(key), 'P12')}\n` }), 'done.csv');
    const plan = (args: string[]) => JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', '--pseudonymise', ...args], { NODEFINDER_KEY: key }).stdout)
      .map((item: { from: string; to: string }) => [item.from, item.to].sort().join());
    const pair = [pseudonym(Buffer.from(key), 'P08'), pseudonym(Buffer.from(key), 'P12')].sort().join();
    expect(plan([])).toContain(pair);
    expect(plan(['--exclude', underPseudonyms])).not.toContain(pair);
    // A first row naming one known person is data too, and its stranger is reported, not taken for a header.
    const unknown = join(tempFolder({ 'done.csv': 'P01,X99\nP08,P12\nZZ,P02\n' }), 'done.csv');
    const noted = runCli(['suggest', FIXTURE, '--exclude', unknown]);
    expect(noted.status).toBe(0);
    expect(noted.stderr).toBe(`nodefinder: ${unknown}: 2 of 3 excluded pairs skipped, naming someone not in the staff file (X99 on line 1, ZZ on line 3); they exclude nothing\n`);
    expect(runCli(['suggest', FIXTURE, '--exclude', unknown, '--quiet']).stderr).toBe('');
    const strict = runCli(['suggest', FIXTURE, '--exclude', unknown, '--strict']);
    expect(strict.status).toBe(3);
    expect(strict.stderr).toBe(`nodefinder: ${unknown}:1:2: "X99" is not in the staff file — correct the id or remove the pair, or run without --strict to skip such pairs [UNKNOWN_PERSON]\n`);
    // A first row naming no one is taken for a header: said on stderr unless its words are a header's.
    const leavers = join(tempFolder({ 'done.csv': 'X999,X998\nP08,P12\n' }), 'done.csv');
    expect(runCli(['suggest', FIXTURE, '--exclude', leavers]).stderr).toBe(
      `nodefinder: ${leavers}: the first row (X999, X998) names no one in the staff file and was taken for a header; if it is a pair, add a header row such as from,to\n`,
    );
    for (const header of ['id1,id2', 'Person 1,Person 2', 'From,To', 'person_a,person_b']) {
      const file = join(tempFolder({ 'done.csv': `${header}\nP08,P12\n` }), 'done.csv');
      const run = runCli(['suggest', FIXTURE, '--format', 'json', '--exclude', file, '--strict']);
      expect([header, run.status, run.stderr]).toEqual([header, 0, '']);
    }
    const oneColumn = join(tempFolder({ 'done.csv': 'from,to\nP08\n' }), 'done.csv');
    const refused = runCli(['suggest', FIXTURE, '--exclude', oneColumn]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(`${oneColumn}:2:2: an exclude row needs two person ids — write one pair per row, ID,ID, under an optional header row [MISSING_COLUMN]`);
  });

  it('reads its own introductions CSV back as --exclude, by its from and to columns', () => {
    const folder = tempFolder({});
    const earlier = join(folder, 'introductions.csv');
    expect(runCli(['suggest', FIXTURE, '--format', 'csv', '--output', earlier, '--limit', '2']).status).toBe(0);
    expect(readFileSync(earlier, 'utf8')).toMatch(/^from,from_name,from_team,to,/);
    const pairsOf = (args: string[]) => JSON.parse(runCli(['suggest', FIXTURE, '--format', 'json', ...args]).stdout).map((item: { from: string; to: string }) => `${item.from}>${item.to}`);
    const [first, second, ...rest] = pairsOf([]);
    const run = runCli(['suggest', FIXTURE, '--format', 'json', '--exclude', earlier, '--strict']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const left = pairsOf(['--exclude', earlier]);
    expect(left).not.toContain(first);
    expect(left).not.toContain(second);
    expect(left).toContain(rest[0]);
    // A stranger is placed in the column it is in, not in the first two.
    const stranger = join(tempFolder({ 'done.csv': 'note,from,to\nx,P08,X99\n' }), 'done.csv');
    expect(runCli(['suggest', FIXTURE, '--exclude', stranger, '--strict']).stderr).toContain(`${stranger}:2:3: "X99" is not in the staff file`);
  });

  it('says why a person or team has no introduction, without repeating who', () => {
    // P10's introductions all lose to better ones for the teams that need links more.
    const none = runCli(['suggest', FIXTURE, '--for', 'P10']);
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^No introduction of the organisation-wide plan introduces this person \(--for\)\. The plan goes first to silos and to teams with few ties to others, and asks no one to take part in more than 3 \(--max-per-person\)\.\n/);
    expect(none.stdout).not.toContain('P10');
    expect(runCli(['suggest', FIXTURE, '--for', 'P10', '--max-per-person', '5']).stdout).toContain('more than 5 (--max-per-person)');
    expect(JSON.parse(runCli(['suggest', FIXTURE, '--for', 'P10', '--format', 'json']).stdout)).toEqual([]);
    // Ned Quinn (P14) has no interactions at all.
    expect(runCli(['suggest', FIXTURE, '--for', 'P14']).stdout).toMatch(/^This person has no interactions in the data, so the plan has no one to introduce them through: they may have left, or be missing from the export\.\n/);
  });

  it('says a team with no members has none, rather than refusing it as a small team', () => {
    const folder = tempFolder({
      'staff.csv': 'id,name,team\nP1,N1,T1\nP2,N2,T1\nP3,N3,T2\nP4,N4,T2\n',
      'teams.csv': 'id,name\nT1,Alpha\nT2,Beta\nT3,Ghost\n',
      'interactions.csv': 'source,target\nP1,P2\nP3,P4\nP1,P3\n',
    });
    for (const minGroupSize of ['1', '5']) {
      const run = runCli(['suggest', folder, '--team', 'Ghost', '--min-group-size', minGroupSize]);
      expect([run.status, run.stdout.split('\n')[0]]).toEqual([0, 'This team has no members in the staff file, so no introduction has an end in it.']);
    }
    // Nor is it counted among the small teams withheld.
    const analysis = JSON.parse(runCli(['analyse', folder, '--format', 'json', '--min-group-size', '1']).stdout);
    expect(analysis.privacy.teamsSuppressed).toBe(0);
    expect(analysis.teams.find((team: { id: string }) => team.id === 'T3')).toMatchObject({ name: 'Ghost', size: 0 });
    expect(runCli(['analyse', folder, '--min-group-size', '1']).stdout).toContain('Minimum group size 1: no team was smaller, so no team figures were withheld.');
  });

  it('says of a person in the plan only as the introducer which pairs they introduce', () => {
    // In fixtures/sample P000027, the chief executive, introduces three pairs: the cap.
    const text = runCli(['suggest', join(import.meta.dirname, '..', '..', 'fixtures', 'sample'), '--for', 'P000027']).stdout;
    expect(text).toMatch(
      /^This person is not one of the two introduced in any introduction of the plan, but introduces 3 of them \(no one takes part in more than 3, --max-per-person\): Noah Thomas to Ravi Kaur, Anjali Osei to Ravi Kaur and Hannah Hill \(P000187\) to Ravi Kaur\.\n/,
    );
  });

  it('says in --help that --for is about the two introduced, not the introducer, as the README does', () => {
    expect(runCli(['suggest', '--help']).stdout.replace(/\s+/g, ' ')).toContain('only the introductions of the organisation-wide plan in which this person (id) is one of the two introduced, not the introducer');
  });

  it('adds the id to a name more than one person has, so the text says who', () => {
    // Hal Evans (P08) gets a namesake in another team.
    const staff = readFileSync(join(FIXTURE, 'staff.csv'), 'utf8').replace('P12,Lea Öberg', 'P12,Hal Evans');
    const dir = tempFolder({ 'staff.csv': staff, 'teams.csv': readFileSync(join(FIXTURE, 'teams.csv'), 'utf8'), 'interactions.csv': readFileSync(join(FIXTURE, 'interactions.csv'), 'utf8') });
    const text = runCli(['suggest', dir]).stdout;
    // The id and the team in one pair of parentheses, not two in a row.
    expect(text).toMatch(/^1\. cold: Hal Evans \(P12, a small team\) and Hal Evans \(P08, Housing\): /);
    expect(text).toContain('Ivy Chen (Housing)');
    const summary = runCli(['analyse', dir, '--format', 'text']).stdout;
    expect(summary).toContain('Hal Evans (P08, Housing)');
    // The report's tables too, not only the reasons.
    const report = join(dir, 'report.md');
    expect(runCli(['report', dir, '--out', report]).status).toBe(0);
    const markdown = readFileSync(report, 'utf8');
    // The withheld team's mark, escaped as Markdown, and the line under the table that explains it.
    expect(markdown).toContain('| 1 | Hal Evans (P12, no team, or a small team\\*) | Hal Evans (P08, Housing) |');
    const introductions = markdown.slice(markdown.indexOf('## Introductions'), markdown.indexOf('## Departments'));
    expect(introductions).toMatch(/\|\n\n\\\* a small team, withheld: fewer than 5 people \(--min-group-size\)\.\n/);
  });

  it('refuses a --team name two teams share, and names such teams with their id in the reasons', () => {
    // Finance (T1) and Housing (T3) are both called Ops; the staff file gives team ids.
    const teams = readFileSync(join(FIXTURE, 'teams.csv'), 'utf8').replace('T1,Finance,', 'T1,Ops,').replace('T3,Housing,', 'T3,Ops,');
    const dir = tempFolder({ 'teams.csv': teams, 'staff.csv': readFileSync(join(FIXTURE, 'staff.csv'), 'utf8'), 'interactions.csv': readFileSync(join(FIXTURE, 'interactions.csv'), 'utf8') });
    const ambiguous = runCli(['suggest', dir, '--team', 'Ops', '--min-group-size', '1']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('introductions: "Ops" is the name of 2 teams: "T1", "T3" — give the id of the one you mean (--team on the command line)');
    expect(runCli(['suggest', dir, '--team', 'T3', '--min-group-size', '1']).status).toBe(0);
    const text = runCli(['suggest', dir, '--min-group-size', '1']).stdout;
    expect(text).toContain('Ivy Chen (Ops, team T3) and Carla Patel (Ops, team T1): ');
    expect(text).not.toMatch(/\(Ops\)/);
  });

  it('refuses a --team name that departments split in a staff file without teams file, with the teams to give, and finds a team whatever its case', () => {
    // No teams file: Finance (T1) and Housing (T3) are both "Business Support", in departments Resources and Communities.
    const departments: Record<string, [string, string]> = { T1: ['Business Support', 'Resources'], T2: ['Payroll', 'Resources'], T3: ['Business Support', 'Communities'], T4: ['Archive', 'Communities'] };
    const [header, ...rows] = readFileSync(join(FIXTURE, 'staff.csv'), 'utf8').trimEnd().split('\n');
    const staff = [`${header},department`, ...rows.map((row) => {
      const cells = row.split(',');
      const [team, department] = departments[cells[2]];
      cells[2] = team;
      return [...cells, department].join(',');
    })].join('\n');
    const dir = tempFolder({ 'staff.csv': `${staff}\n`, 'interactions.csv': readFileSync(join(FIXTURE, 'interactions.csv'), 'utf8') });
    const split = runCli(['suggest', dir, '--team', 'Business Support', '--min-group-size', '1']);
    expect(split.status).toBe(2);
    expect(split.stderr).toContain('introductions: "Business Support" could be any of 2 teams: "Business Support (Resources)", "Business Support (Communities)" — give the id of the one you mean (--team on the command line)');
    expect(split.stderr).not.toContain('teams file');
    const housing = runCli(['suggest', dir, '--team', 'Business Support (Communities)', '--min-group-size', '1', '--format', 'json']);
    expect(housing.status).toBe(0);
    expect(JSON.parse(housing.stdout).length).toBeGreaterThan(0);
    expect(runCli(['suggest', dir, '--team', 'business support (communities)', '--min-group-size', '1', '--format', 'json']).stdout).toBe(housing.stdout);
    const unknown = runCli(['suggest', dir, '--team', 'Nowhere']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toContain('teams file');
  });

  it('writes CSV with names beside ids', () => {
    const result = runCli(['suggest', FIXTURE, '--format', 'csv', '--limit', '2', '--min-group-size', '1']);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('from,from_name,from_team,to,to_name,to_team,via,via_names,warm,score,need,value,plausibility,reason');
    expect(lines[1]).toMatch(/^P12,Lea Öberg,Archive,P08,Hal Evans,Housing,,,false,/);
    expect(lines).toHaveLength(4);
  });

  it('is part of analyse --format json', () => {
    const all = JSON.parse(runCli(['analyse', FIXTURE, '--format', 'json', '--min-group-size', '1']).stdout);
    expect(all.introductions[0]).toMatchObject({ from: 'P12', to: 'P08', warm: false, components: { need: 2, value: 1 } });
    // P12's team, Archive, has 2 people: a need of 2 would say it is a silo with no tie out, so
    // the release leaves need, value and the score made of them out.
    const released = JSON.parse(runCli(['analyse', FIXTURE, '--format', 'json']).stdout);
    expect(released.introductions[0]).toMatchObject({ from: 'P12', to: 'P08', warm: false, score: null, components: { need: null, value: null } });
    expect(released.introductions[0].components.plausibility).toBe(all.introductions[0].components.plausibility);
  });

  it('rejects an unknown person with exit 2', () => {
    expect(runCli(['suggest', FIXTURE, '--for', 'NOBODY']).status).toBe(2);
  });
});

describe('CSV fields', () => {
  it('neutralises text a spreadsheet would run, but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('Smith, Ann')).toBe('"Smith, Ann"');
    // A semicolon starts a cell where ";" is the list separator: what follows it is neutralised too.
    expect(csvField('Smith;=1+1')).toBe("Smith;'=1+1");
    expect(csvField('a; -2+3; @x;b')).toBe("a; '-2+3; '@x;b");
    expect(csvField('Sales; Marketing')).toBe('Sales; Marketing');
    expect(csvField(null)).toBe('');
    expect(formatCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('the reason given for an introduction', () => {
  it('does not offer an outward-facing team\'s share of outside ties as the reason', () => {
    // Adult Social Care North has 73% of its ties outside the team: that is no case for meeting
    // someone in a (hidden) small team; the plain reason is the link the pair would add.
    const plan = JSON.parse(runCli(['suggest', join(import.meta.dirname, '..', '..', 'fixtures', 'sample'), '--format', 'json']).stdout) as { from: string; to: string; reason: string }[];
    const rhiannon = plan.find((s) => s.from === 'P000041' && s.to === 'P000250')!;
    expect(rhiannon.reason).toBe('Rhiannon White (Adult Social Care North) and Aoife Evans (a small team): this adds a tie to a small team whose links are not shown; Megan Evans knows both (4 and 7 interactions).');
    for (const s of plan) {
      const share = /has (\d+)% of its ties outside the team/.exec(s.reason);
      if (share) expect(Number(share[1])).toBeLessThan(50);
    }
  });
});

describe('suggest as text', () => {
  it('ends with the seed that made the plan, which --seed changes', () => {
    const text = runCli(['suggest', FIXTURE, '--seed', '4']).stdout;
    expect(text).toMatch(/^1\. cold: /);
    expect(text.endsWith('\nSeed 4: the same files, options and seed give the same plan.\n')).toBe(true);
    expect(runCli(['suggest', FIXTURE, '--for', 'P10']).stdout).toMatch(/^No introduction of the organisation-wide plan introduces this person .*\nSeed 1: the same files, options and seed give the same plan\.\n$/);
  });

  it('says what a dash means when a small team\'s figures are withheld, and only then', () => {
    const note = '– : withheld, as an end is in a team smaller than the minimum group size (--min-group-size); the order still follows the score.\n';
    expect(runCli(['suggest', FIXTURE]).stdout).toContain(`score – (need –, value –, plausibility 0.10)`);
    expect(runCli(['suggest', FIXTURE]).stdout).toContain(note);
    expect(runCli(['suggest', FIXTURE, '--min-group-size', '1']).stdout).not.toContain(note);
  });
});
