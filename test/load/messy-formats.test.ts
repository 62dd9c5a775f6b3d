/** Real exports are messy: every one of these must load, with the right lines and counts. */
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { tempFolder } from '../helpers/temp-files.js';

const STAFF = 'id,name,team\nP1,Åsa Öberg,Finance\nP2,李雷,Finance\nP3,"Smith, Ann",Housing\n';

async function load(files: Record<string, string | Buffer>, options = {}) {
  const dir = tempFolder({ 'staff.csv': STAFF, ...files });
  return loadOrganisation({ dir, ...options });
}

function interactionsReport(result: Awaited<ReturnType<typeof load>>) {
  return result.report.files.find((file) => file.kind === 'interactions')!;
}

describe('messy exports', () => {
  it.each([
    ['comma', 'source,target\nP1,P2\nP2,P3\n', ','],
    ['semicolon', 'source;target\nP1;P2\nP2;P3\n', ';'],
    ['tab', 'source\ttarget\nP1\tP2\nP2\tP3\n', '\t'],
    ['pipe', 'source|target\nP1|P2\nP2|P3\n', '|'],
  ])('detects the %s delimiter', async (_name, text, delimiter) => {
    const result = await load({ 'interactions.csv': text });
    expect(interactionsReport(result).delimiter).toBe(delimiter);
    expect(result.report.ties).toBe(2);
  });

  it('takes the delimiter from Excel\'s "sep=;" first line, which is no row', async () => {
    const result = await load({
      'staff.csv': '\uFEFFsep=;\r\nid;name;team\r\nP1;Ann, the first;T1\r\nP2;Bob;T1\r\nP3;Cat;T2\r\n',
      'interactions.csv': 'sep=;\nsource;target\nP1;P2\nP2;P2\n',
    });
    const bareCr = await load({ 'interactions.csv': 'sep=;\rsource;target\rP1;P2\r' });
    expect(bareCr.report.ties).toBe(1);
    expect(result.organisation.people.map((person) => person.name)).toEqual(['Ann, the first', 'Bob', 'Cat']);
    expect(result.report.files[0]).toMatchObject({ delimiter: ';', rowsRead: 3, rowsUsed: 3 });
    // Lines are the file's own: the self-interaction is on line 4.
    expect(interactionsReport(result)).toMatchObject({ rowsRead: 2, skipped: [expect.objectContaining({ reason: 'self-interaction', lines: [4] })] });
  });

  it('reads a UTF-8 byte-order mark as nothing', async () => {
    const result = await load({ 'staff.csv': '\uFEFF' + STAFF, 'interactions.csv': '\uFEFFsource,target\nP1,P2\n' });
    expect(result.organisation.people[0].id).toBe('P1');
    expect(result.report.ties).toBe(1);
  });

  it('reads a byte-order mark starting a later row as nothing: two quoted exports joined, each with its own', async () => {
    // As PowerShell's Export-Csv writes them: every value quoted, a byte-order mark first.
    const staff = '\uFEFF"id","name","team"\r\n"P1","Ann","T1"\r\n"P2","Bob","T1"\r\n\uFEFF"id","name","team"\r\n"P3","Cat","T2"\r\n';
    const interactions = '\uFEFF"source","target"\r\n"P1","P2"\r\n\uFEFF"source","target"\r\n"P2","P3"\r\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': interactions });
    expect(result.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2', 'P3']);
    expect(result.report.files[0]).toMatchObject({ rowsRead: 4, rowsUsed: 3, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [4] })] });
    expect(interactionsReport(result)).toMatchObject({ rowsRead: 3, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [3] })] });
    // A quoted value after one is read without its quotes.
    const named = await load({ 'staff.csv': 'id,name,team\nP1,Ann,T1\n\uFEFF"P2","Bob",T1\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(named.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR CR LF', '\r\r\n'],
    ['bare CR', '\r'],
  ])('reads %s line endings and numbers lines as an editor does', async (_name, eol) => {
    const text = ['source,target', 'P1,P2', 'P1,P1', 'P2,P3', 'P3,P3', ''].join(eol);
    const result = await load({ 'interactions.csv': text });
    const report = interactionsReport(result);
    expect(report.rowsRead).toBe(4);
    expect(report.skipped).toEqual([expect.objectContaining({ reason: 'self-interaction', count: 2, lines: [3, 5] })]);
  });

  it.each([
    ['bare CR', '\r'],
    ['CRLF', '\r\n'],
    ['CR CR LF', '\r\r\n'],
  ])('counts the blank lines of a file with %s line endings, as an editor does', async (_name, eol) => {
    const text = ['source,target,timestamp', 'P1,P2,2026-03-01', '', 'P2,P3,bad', ''].join(eol);
    await expect(load({ 'interactions.csv': text })).rejects.toMatchObject({ code: 'BAD_TIMESTAMP', line: 4, column: 3 });
  });

  it('reads quoted fields holding delimiters, quotes and newlines, and keeps line numbers right', async () => {
    const staff = 'id,name,team,note\nP1,"Öberg, Åsa",Finance,"says ""hi"""\nP2,Kim Lee,Finance,"part-time,\nMon to Wed"\nP3,"O\'Neil; Pat",Housing,y\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nP1,P2\nP9,P1\n' });
    const [ann, kim] = result.organisation.people;
    expect(ann.name).toBe('Öberg, Åsa');
    expect(ann.attributes).toEqual({ note: 'says "hi"' });
    // A note may hold a line break (no line of it holds a whole row's delimiters).
    expect(kim.attributes).toEqual({ note: 'part-time,\nMon to Wed' });
    expect(result.organisation.people[2].name).toBe("O'Neil; Pat");
    // The quoted newline makes P2's row span lines 3-4; P3 then starts on line 5.
    const duplicate = staff + 'P3,again,Housing,z\n';
    await expect(load({ 'staff.csv': duplicate, 'interactions.csv': 'source,target\nP1,P2\n' })).rejects.toMatchObject({
      code: 'DUPLICATE_ID',
      line: 6,
      message: 'staff id "P3" appears twice (lines 5 and 6)',
    });
  });

  it('reads decimal commas in weights when the delimiter is a semicolon', async () => {
    const result = await load({ 'interactions.csv': 'ego;alter;weight\r\nP1;P2;1,5\r\nP2;P1;2,25\r\n' });
    expect(result.organisation.ties.strength[0]).toBeCloseTo(3.75, 12);
    expect(result.organisation.weighted).toBe(true);
  });

  it('ignores trailing empty lines and spreadsheet rows of empty fields', async () => {
    const result = await load({ 'interactions.csv': 'source;target\nP1;P2\n;\n\n\n' });
    expect(interactionsReport(result).rowsRead).toBe(1);
    expect(result.report.ties).toBe(1);
  });

  it('reads whitespace-separated files with leading spaces and no header', async () => {
    const result = await load(
      { 'interactions.csv': ' P1 P2 1\n P2  P3 0\n P3 P1 2\n' },
      { headerless: ['interactions'], columns: { interactions: { weight: '3' } } },
    );
    const report = interactionsReport(result);
    expect(report.delimiter).toBe('whitespace');
    expect(report.skipped).toEqual([expect.objectContaining({ reason: 'zero-weight', count: 1, lines: [2] })]);
    expect(result.report.ties).toBe(2);
  });

  it('reads a whitespace-separated file with quoted values, as R\'s write.table writes it', async () => {
    const result = await load({
      'staff.csv': '"id" "name" "team"\n"P1" "Ann Smith" "T1"\n"P2" "Bob ""Bobby"" Jones" "T1"\n"P3" "Cat" "T2"\n',
      'interactions.csv': '"source" "target" "weight"\n"P1" "P2" 2\n"P2" "P3" 1\n',
    });
    expect(result.report.files.map((file) => file.delimiter)).toEqual(['whitespace', 'whitespace']);
    expect(result.organisation.people.map((person) => [person.id, person.name])).toEqual([['P1', 'Ann Smith'], ['P2', 'Bob "Bobby" Jones'], ['P3', 'Cat']]);
    expect(Array.from(result.organisation.ties.strength)).toEqual([2, 1]);
    expect(interactionsReport(result)).toMatchObject({ columns: { source: 'source', target: 'target', weight: 'weight' }, rowsRead: 2, rowsUsed: 2 });
  });

  it('reads an adjacency matrix in staff order', async () => {
    const result = await load({ 'interactions.csv': '0 1 0\r\n1 0 2\r\n 0 0 0\r\n' }, { interactionsFormat: 'matrix' });
    expect(result.report.arcs).toBe(3);
    expect(result.report.ties).toBe(2);
    expect(interactionsReport(result)).toMatchObject({ unit: 'cell', rowsRead: 3, rowsUsed: 3 });
    const { ties } = result.organisation;
    expect([...ties.strength]).toEqual([2, 2]);
  });

  it('warns of a matrix whose weights are written with a decimal comma and with a dot, 2.000 included', async () => {
    const result = await load({ 'interactions.csv': '0;1,5;0\n1;0;2.000\n0;0;0\n' }, { interactionsFormat: 'matrix' });
    expect(result.report.warnings).toContain(
      'weights are written with a decimal comma (line 1: 1,5) and with a dot (line 2: 2.000): where commas mark decimals a dot may group thousands (2.500 for 2500), but the dots were read as decimal points; write every weight one way',
    );
  });

  it('warns when every dotted weight of a semicolon file has three digits after the dot, as thousands grouped in German or French', async () => {
    const grouped = await load({ 'interactions.csv': 'source;target;weight\nP1;P2;1.234\nP2;P3;5\nP3;P1;2.500\n' });
    expect(grouped.report.warnings).toEqual([
      'every weight written with a dot has three digits after it (line 2: 1.234), as thousands are grouped where commas mark decimals, but the dots were read as decimal points: if they group thousands, export the weights without grouping',
    ]);
    // One dotted weight that is plainly a decimal: the dots are decimal points, nothing to warn of.
    expect((await load({ 'interactions.csv': 'source;target;weight\nP1;P2;1.234\nP2;P3;0.5\n' })).report.warnings).toEqual([]);
    // A comma-separated file cannot group with commas, nor mark decimals with them: dots are decimal points there.
    expect((await load({ 'interactions.csv': 'source,target,weight\nP1,P2,1.234\n' })).report.warnings).toEqual([]);
  });

  it('reads a labelled matrix (ids over the columns and before each row), in any order', async () => {
    // The staff order is P1, P2, P3; here the rows run P3, P1, P2 and the columns P2, P3, P1.
    const positional = await load({ 'interactions.csv': '0 1 0\r\n1 0 2\r\n 0 0 0\r\n' }, { interactionsFormat: 'matrix' });
    const arcs = (result: typeof positional) => {
      const { arcs: a } = result.organisation;
      return Array.from(a.source, (source, k) => [source, a.target[k], a.strength[k]]);
    };
    const shuffled = ',P2,P3,P1\nP3,0,0,0\nP1,1,0,0\nP2,0,2,1\n';
    const labelled = await load({ 'interactions.csv': shuffled }, { interactionsFormat: 'matrix' });
    expect(arcs(labelled)).toEqual(arcs(positional));
    expect(interactionsReport(labelled)).toMatchObject({ unit: 'cell', rowsRead: 3, rowsUsed: 3 });
    // A header of ids without a corner cell, and rows without labels (staff order).
    expect(arcs(await load({ 'interactions.csv': 'P1;P2;P3\n0;1;0\n1;0;2\n0;0;0\n' }, { interactionsFormat: 'matrix' }))).toEqual(arcs(positional));
    // Row labels alone.
    expect(arcs(await load({ 'interactions.csv': 'P2 1 0 2\nP1 0 1 0\nP3 0 0 0\n' }, { interactionsFormat: 'matrix' }))).toEqual(arcs(positional));
  });

  it('names a matrix label that is no staff id, and a person with two rows or columns', async () => {
    await expect(load({ 'interactions.csv': ',P1,P2,P9\nP1,0,1,0\n' }, { interactionsFormat: 'matrix' }))
      .rejects.toMatchObject({ code: 'BAD_MATRIX', line: 1, column: 4, message: 'the matrix label "P9" is not a staff id' });
    await expect(load({ 'interactions.csv': 'P1,0,1,0\nP1,1,0,0\nP3,0,0,0\n' }, { interactionsFormat: 'matrix' }))
      .rejects.toMatchObject({ code: 'BAD_MATRIX', line: 2, column: 1, message: '"P1" has a second row' });
    await expect(load({ 'interactions.csv': ',P1,P2,P1\nP1,0,1,0\n' }, { interactionsFormat: 'matrix' }))
      .rejects.toMatchObject({ code: 'BAD_MATRIX', line: 1, column: 4, message: '"P1" labels two columns' });
  });

  it('aggregates events and pre-aggregated pairs alike', async () => {
    const events = await load({ 'interactions.csv': 'from,to\nP1,P2\nP2,P1\nP1,P2\n' });
    const pairs = await load({ 'interactions.csv': 'from,to,count\nP1,P2,2\nP2,P1,1\n' });
    for (const result of [events, pairs]) {
      expect(result.report.ties).toBe(1);
      expect(result.organisation.ties.strength[0]).toBe(3);
      expect(result.report.arcs).toBe(2);
    }
    expect(events.organisation.ties.rows[0]).toBe(3);
    expect(pairs.organisation.ties.rows[0]).toBe(2);
  });

  it('matches ids written decomposed (a + combining ring) to the staff file\'s composed ones, in edge lists and mail exports', async () => {
    // STAFF has "Åsa Öberg" composed as P1's name; here the ids themselves carry the accents.
    const staff = 'id,team\nÅsa,T1\nSiân,T1\nBob,T2\n';
    const decomposed = (text: string) => text.normalize('NFD');
    const edges = await load({ 'staff.csv': staff, 'interactions.csv': `source,target\n${decomposed('Åsa')},Bob\n${decomposed('Siân')},${decomposed('Åsa')}\n` });
    expect(edges.report.ties).toBe(2);
    expect(interactionsReport(edges).skipped).toEqual([]);
    const dir = tempFolder({
      'staff.csv': staff,
      'messages.csv': `message,sender\nm1,${decomposed('Siân')}\n`,
      'recipients.csv': `message,recipient\nm1,${decomposed('Åsa')}\n`,
    });
    const mail = await loadOrganisation({ dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` });
    expect(mail.report.arcs).toBe(1);
  });

  it('points a mail export of addresses at the staff file\'s e-mail column, and then matches addresses in any case', async () => {
    const staff = 'id,name,team,email\nP1,Ann,T1,Ann.Smith@x.org\nP2,Bob,T2,bob@x.org\nP3,Cat,T2,cat@x.org\n';
    const interactions = 'from,to\nann.smith@x.org,BOB@x.org\nbob@x.org,cat@x.org\n';
    const byId = await load({ 'staff.csv': staff, 'interactions.csv': interactions });
    // No address is quoted: the warning reaches pseudonymised outputs too.
    expect(byId.report.warnings[0]).toBe('2 interaction rows name someone not in the staff file, some by e-mail address: if the staff file\'s ids are not addresses, read them from its e-mail column with --columns "staff.id=email"');
    const byAddress = await load({ 'staff.csv': staff, 'interactions.csv': interactions }, { columns: { staff: { id: 'email' } } });
    expect(byAddress.report.ties).toBe(2);
    expect(byAddress.report.warnings).toEqual([]);
    // Case is ignored for addresses only: P1 is not p1.
    const ids = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\np1,P2\n' });
    expect(interactionsReport(ids).skipped).toEqual([expect.objectContaining({ reason: 'unknown-person', examples: ['p1'] })]);
  });

  it('keeps no attribute for a spreadsheet\'s trailing columns with neither header nor values', async () => {
    const result = await load({ 'staff.csv': 'id,name,team,,,\nP1,Ann,T1,,,\nP2,Bob,T1,,x,\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    // Column 5 has a value, so it is kept (under its position); columns 4 and 6 are nothing.
    expect(result.organisation.people.map((person) => person.attributes)).toEqual([{ column5: '' }, { column5: 'x' }]);
    expect(result.report.files[0].attributes).toEqual(['column5']);
  });

  it('takes departments from a staff column when there is no teams file, one team per department for a shared team name', async () => {
    const staff = 'Employee No,Name,Team,Directorate\nP1,Ann,Business Support,Adults\nP2,Bob,Business Support,Children\nP3,Cat,Planning,Place\nP4,Dan,Business Support,Adults\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nP1,P2\nP3,P4\n' });
    const { teams, people } = result.organisation;
    expect(teams.map((team) => [team.id, team.parent])).toEqual([
      ['Business Support (Adults)', 'Adults'],
      ['Business Support (Children)', 'Children'],
      ['Planning', 'Place'],
    ]);
    expect(people.map((person) => teams[person.team].id)).toEqual(['Business Support (Adults)', 'Business Support (Children)', 'Planning', 'Business Support (Adults)']);
    expect(result.report.warnings).toContain('1 team name is in several departments (staff file line 2), so each is read as one team per department, named "team (department)"');
    expect(result.report.files[0].columns).toMatchObject({ team: 'Team', department: 'Directorate' });
    // A person with no department joins their team's only department; with several, "(no department)".
    const gaps = await load({ 'staff.csv': staff + 'P5,Eve,Planning,\nP6,Fay,Business Support,\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(gaps.organisation.teams.map((team) => [team.id, team.parent])).toEqual([
      ['Business Support (Adults)', 'Adults'],
      ['Business Support (Children)', 'Children'],
      ['Planning', 'Place'],
      ['Business Support (no department)', ''],
    ]);
    // Many shared names: one warning, with the first five lines. No name is given: released
    // outputs carry the warning, and every team it makes may be below the minimum group size.
    const many = Array.from({ length: 7 }, (_, t) => `Q${2 * t},Q,Team ${t},North\nQ${2 * t + 1},Q,Team ${t},South`).join('\n');
    const crowded = await load({ 'staff.csv': `id,name,team,department\n${many}\n`, 'interactions.csv': 'source,target\nQ0,Q1\n' });
    expect(crowded.organisation.teams).toHaveLength(14);
    expect(crowded.report.warnings).toContain('7 team names are in several departments (staff file lines 2, 4, 6, 8, 10, …), so each is read as one team per department, named "team (department)"');
    // With a teams file, the teams file gives the departments, and the staff column is kept as an attribute.
    const withTeams = await load({
      'staff.csv': 'id,name,team,Directorate\nP1,Ann,T1,Adults\nP2,Bob,T2,Children\n',
      'teams.csv': 'id,name,parent\nT1,Business Support,Adults\nT2,Business Support,Children\n',
      'interactions.csv': 'source,target\nP1,P2\n',
    });
    expect(withTeams.organisation.teams.map((team) => team.parent)).toEqual(['Adults', 'Children']);
    expect(withTeams.organisation.people[0].attributes).toEqual({ Directorate: 'Adults' });
  });

  it('reads an Excel error value (#N/A, #REF!) as a team as no team, warned of by line, not as a team of that name', async () => {
    const staff = 'id,name,team,department\nP1,Ann,T1,Adults\nP2,Bob,#N/A,#N/A\nP3,Cat,#REF!,Adults\nP4,Dan,T1,#VALUE!\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nP1,P2\nP3,P4\n' });
    expect(result.organisation.teams.map((team) => team.id)).toEqual(['T1']);
    expect(result.organisation.people.map((person) => person.team)).toEqual([0, -1, -1, 0]);
    expect(result.report.warnings).toContain('2 people have no team (lines 3, 4)');
  });

  it('warns when people skipped as unknown are staff ids written another way, naming the forms and no id', async () => {
    const staff = 'id,name,team\n00123,Ann,T1\n456,Bob,T1\nann@x.org,Ann S,T2\n';
    const interactions = 'source,target\n00123,456\n123,456\n="00123",456\n\'00123,456\n456.0,00123\n"Smith, Ann <ann@x.org>",456\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': interactions }, { examples: 10 });
    expect(result.report.warnings).toEqual([
      'some people skipped as not in the staff file are in it, written another way: leading zeros (00123 and 123); Excel\'s ="00123"; a leading apostrophe (\'00123); ' +
      'a trailing .0 (123.0); a name before the address ("Smith, Ann <ann@x.org>"): write the ids alike in both files (in Excel, format the id columns as text before exporting)',
    ]);
    // Unknown ids that are no staff id in any form: no such warning.
    const other = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\n00123,456\n999,456\nP7,456\n' });
    expect(other.report.warnings).toEqual([]);
  });

  it('warns when people skipped as unknown are staff ids in another letter case, matching none of them', async () => {
    const staff = 'id,name,team\nP005510,Ann,T1\nP015539,Bob,T1\nQ7,Cy,T1\n';
    const interactions = 'source,target\nP005510,P015539\np005510,p015539\nq7,P005510\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': interactions });
    expect(result.report.warnings).toEqual([
      'some people skipped as not in the staff file are in it, written another way: letter case (p00123 for P00123): write the ids alike in both files (ids are matched case included, so fix the export that changed their case)',
    ]);
    // Warned of, not matched: the rows in lower case are skipped.
    const file = result.report.files.find((entry) => entry.kind === 'interactions')!;
    expect([file.rowsRead, file.rowsUsed]).toEqual([3, 1]);
    // With an Excel form too, both remedies; an id with no letters, or no staff id in any case: no such warning.
    const both = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nP005510,Q7\np005510,P015539\n\'P015539,Q7\n' });
    expect(both.report.warnings).toEqual([
      'some people skipped as not in the staff file are in it, written another way: letter case (p00123 for P00123); a leading apostrophe (\'00123): write the ids alike in both files (ids are matched case included, so fix the export that changed their case; in Excel, format the id columns as text before exporting)',
    ]);
    const other = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nP005510,P015539\nr7,123\n' });
    expect(other.report.warnings).toEqual([]);
  });

  it('names the line that holds the header when lines above it (a title, an export date) name no column', async () => {
    const interactions = 'source,target\nP1,P2\n';
    await expect(load({ 'staff.csv': 'Staff list, March 2026\n\nid,name,team\nP1,Ann,T1\nP2,Bob,T1\n', 'interactions.csv': interactions })).rejects.toMatchObject({
      code: 'MISSING_COLUMN', line: 1, message: 'no id column in the staff file',
      hint: 'line 3 looks like the header (id, name, team): delete the 2 lines above it (a title or a note is no part of the table)',
    });
    await expect(load({ 'staff.csv': 'id,name\nP1,Ann\nP2,Bob\n', 'interactions.csv': 'Exported 2026-03-01;;\nsource;target;weight\nP1;P2;1\nP2;P1;2\n' })).rejects.toMatchObject({
      code: 'MISSING_COLUMN', message: 'no source column in the interactions file',
      hint: 'line 2 looks like the header (source, target, weight): delete the line above it (a title or a note is no part of the table)',
    });
    // A title holding a semicolon over a comma-separated table, and two title lines.
    await expect(load({ 'staff.csv': 'Staff list; March 2026\nid,name,team\nP1,Ann,T1\nP2,Bob,T1\nP3,Cy,T2\n', 'interactions.csv': interactions })).rejects.toMatchObject({
      hint: 'line 2 looks like the header (id, name, team): delete the line above it (a title or a note is no part of the table)',
    });
    await expect(load({ 'staff.csv': 'id,name\nP1,Ann\nP2,Bob\n', 'interactions.csv': 'Interactions\nExported 01/03/2026\nsource,target\nP1,P2\nP2,P1\nP1,P2\n' })).rejects.toMatchObject({
      hint: 'line 3 looks like the header (source, target): delete the 2 lines above it (a title or a note is no part of the table)',
    });
    // Blank lines first: every line above the header is counted.
    await expect(load({ 'staff.csv': '\n\nStaff list, March 2026\n\nid,name\nP1,Ann\nP2,Bob\n', 'interactions.csv': interactions })).rejects.toMatchObject({
      hint: 'line 5 looks like the header (id, name): delete the 4 lines above it (a title or a note is no part of the table)',
    });
    // A column given by position fits any row wide enough: a data row is no header for it.
    await expect(load({ 'staff.csv': 'id,name\nP1,Ann,T1\nP2,Bob,T1\n', 'interactions.csv': interactions }, { columns: { staff: { id: '1', team: '3' } } })).rejects.toMatchObject({
      code: 'MISSING_COLUMN', message: 'the column "3" given for staff.team is not in this file', hint: 'its columns are: id, name',
    });
    // No header in the rows below: the first row's own hint, after five rows or at the end of the file.
    const rows = Array.from({ length: 8 }, (_, i) => `P${i},Ann,T1`).join('\n');
    for (const staff of [`ref,name,team\n${rows}\nid,name,team\n`, 'ref,name,team\nP1,Ann,T1\n']) {
      await expect(load({ 'staff.csv': staff, 'interactions.csv': interactions })).rejects.toMatchObject({
        code: 'MISSING_COLUMN', hint: 'its columns are: ref, name, team; name the right one with --columns staff.id=COLUMN',
      });
    }
  });

  it('warns when people skipped as unknown are several staff ids in one field, as a mail export flattens its recipients', async () => {
    const staff = 'id,name,team\nann@x.org,Ann,T1\nbob@x.org,Bob,T1\ncy@x.org,Cy,T2\n';
    const interactions = 'source,target\nann@x.org,bob@x.org\nann@x.org,"bob@x.org; cy@x.org"\ncy@x.org,"Bob <bob@x.org>, Ann <ann@x.org>"\n';
    const result = await load({ 'staff.csv': staff, 'interactions.csv': interactions });
    expect(result.report.warnings).toEqual([
      'some rows skipped as naming people not in the staff file name several staff ids in one field ("ann@x.org; bob@x.org"): nodefinder reads one person per field, so write one row per person named (for a mail export, one row per recipient: see --recipients)',
    ]);
    // A number with a thousands separator is one id written another way, not several.
    const numbers = await load({ 'staff.csv': `id,team\n${Array.from({ length: 1_500 }, (_, i) => `${i + 1},T1`).join('\n')}\n`, 'interactions.csv': 'source,target\n1,2\n3,"1,234"\n5,"1,007"\n' });
    expect(numbers.report.warnings).toEqual([
      'some people skipped as not in the staff file are in it, written another way: thousands separators (1,234): write the ids alike in both files (in Excel, format the id columns as text before exporting)',
    ]);
    // Several values, not all of them staff ids: no such warning.
    const other = await load({ 'staff.csv': staff, 'interactions.csv': 'source,target\nann@x.org,bob@x.org\nann@x.org,"bob@x.org; dan@y.org"\n' });
    expect(other.report.warnings).toEqual([]);
  });

  it('skips a second header row or a rule under the header in staff and teams, which made a person and a team', async () => {
    const staff = 'id,name,team\nEmployee ID,Full name,Team code\n--,----,----\nP1,Ann,T1\nP2,Bob,T2\n';
    const teams = 'id,name\nTeam ID,Team name\n===,====\nT1,Finance\nT2,Housing\n';
    const result = await load({ 'staff.csv': staff, 'teams.csv': teams, 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(result.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2']);
    expect(result.organisation.teams.map((team) => team.id)).toEqual(['T1', 'T2']);
    const [staffReport, teamsReport] = result.report.files;
    expect(staffReport).toMatchObject({ rowsRead: 4, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [2, 3] })] });
    expect(teamsReport).toMatchObject({ rowsRead: 4, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [2, 3] })] });
  });

  it('skips total rows at the end of a staff or teams file, which made a person "Total"; a "Count" before the end is read', async () => {
    const staff = 'id,name,team,role\nP1,Ann,T1,\nCount,Bob,T1,\nP2,Cat,T2,\nTotal,3 staff,,\n,exported from HR,,\nGRAND TOTAL,3 staff,,\n';
    const teams = 'id,name\nT1,Finance\nT2,Housing\nsum,2 teams\n';
    const result = await load({ 'staff.csv': staff, 'teams.csv': teams, 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(result.organisation.people.map((person) => person.id)).toEqual(['P1', 'Count', 'P2']);
    expect(result.organisation.teams.map((team) => team.id)).toEqual(['T1', 'T2']);
    expect(result.report.peopleWithoutTeam).toBe(0);
    const [staffReport, teamsReport] = result.report.files;
    expect(staffReport).toMatchObject({ rowsRead: 6, rowsUsed: 3, skipped: [
      expect.objectContaining({ reason: 'malformed', count: 1, lines: [6] }), expect.objectContaining({ reason: 'total-row', count: 2, lines: [5, 7] })] });
    expect(teamsReport).toMatchObject({ rowsRead: 3, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'total-row', count: 1, lines: [4] })] });
  });

  it('skips two total rows at the end that share one word (a subtotal and a grand total), which was DUPLICATE_ID; the same rows before the end are', async () => {
    const staff = 'id,name,team\nP1,Ann,T1\nCount,Bob,T1\nP2,Cat,T2\nTotal,3 staff,\nTotal,3 staff,\nCount,3 rows,\n';
    const teams = 'id,name\nT1,Finance\nT2,Housing\nTotal,2 teams\nTOTAL,2 teams\n';
    const result = await load({ 'staff.csv': staff, 'teams.csv': teams, 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(result.organisation.people.map((person) => person.id)).toEqual(['P1', 'Count', 'P2']);
    expect(result.organisation.teams.map((team) => team.id)).toEqual(['T1', 'T2']);
    const [staffReport, teamsReport] = result.report.files;
    expect(staffReport).toMatchObject({ rowsRead: 6, rowsUsed: 3, skipped: [expect.objectContaining({ reason: 'total-row', count: 3, lines: [5, 6, 7] })] });
    expect(teamsReport).toMatchObject({ rowsRead: 4, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'total-row', count: 2, lines: [4, 5] })] });
    // With a person after them they are rows like any other, and the repeat is an error.
    const within = await load({ 'staff.csv': 'id,name,team\nP1,Ann,T1\nTotal,x,T1\nTotal,y,T1\nP2,Cat,T2\n', 'interactions.csv': 'source,target\nP1,P2\n' })
      .catch((error: unknown) => error);
    expect(within).toMatchObject({ code: 'DUPLICATE_ID', message: expect.stringContaining('"Total" appears twice (lines 3 and 4)') });
  });

  it('skips a staff or teams row that repeats the header, as when two exports are joined', async () => {
    const staff = 'id,name,team,grade\nP1,Ann,T1,4\nP2,Bob,T1,5\nid,name,team,grade\nP3,Cat,T2,4\n';
    const teams = 'id,name\nT1,Finance\nid,name\nT2,Housing\n';
    const result = await load({ 'staff.csv': staff, 'teams.csv': teams, 'interactions.csv': 'source,target\nP1,P3\n' });
    expect(result.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2', 'P3']);
    expect(result.organisation.teams.map((team) => team.id)).toEqual(['T1', 'T2']);
    const [staffReport, teamsReport] = result.report.files;
    expect(staffReport).toMatchObject({ rowsRead: 4, rowsUsed: 3, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [4] })] });
    expect(teamsReport).toMatchObject({ rowsRead: 3, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [3] })] });
    // In another letter case, as a second export may write it.
    const cased = await load({ 'staff.csv': 'id,name,team\nP1,Ann,T1\nID,Name,Team\nP2,Bob,T1\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(cased.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2']);
    // Also with a trailing empty column, as spreadsheets write it.
    const trailing = await load({ 'staff.csv': 'id,name,team,\nP1,Ann,T1,\nid,name,team,\nP2,Bob,T1,\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(trailing.organisation.people.map((person) => person.id)).toEqual(['P1', 'P2']);
    // A person whose id happens to be the header's is still a person when the rest of the row differs.
    const named = await load({ 'staff.csv': 'id,name,team\nid,Ida,T1\nP2,Bob,T1\n', 'interactions.csv': 'source,target\nid,P2\n' });
    expect(named.organisation.people.map((person) => person.id)).toEqual(['id', 'P2']);
  });

  it('skips an interactions row that repeats the header, whatever its columns would make of it', async () => {
    const skippedOf = (result: Awaited<ReturnType<typeof load>>, kind = 'interactions') =>
      result.report.files.find((file) => file.kind === kind)!.skipped.map((skip) => [skip.reason, skip.lines, skip.examples ?? []]);
    // A time column (the header is no timestamp), a weight column (no weight), neither (no one in the staff file).
    for (const header of ['Sender,Recipient,Sent At (UTC)', 'source,target,weight', 'from,to']) {
      const row = header.split(',').length === 3 ? (header.includes('weight') ? ',2' : ',2026-03-02') : '';
      const text = `${header}\nP1,P2${row}\nP2,P3${row}\n${header}\nP3,P1${row}\n`;
      for (const strict of [false, true]) {
        const result = await load({ 'interactions.csv': text }, { strict });
        expect(interactionsReport(result), header).toMatchObject({ rowsRead: 4, rowsUsed: 3 });
        expect(skippedOf(result)).toEqual([['repeated-header', [4], []]]);
      }
    }
    // Far into a file, where the fast reader of plain rows reads, with a spreadsheet's trailing empty column.
    const rows = Array.from({ length: 20_000 }, (_, i) => `P${1 + (i % 3)},P${1 + ((i + 1) % 3)},${1 + (i % 4)},`);
    rows[15_000] = 'From,To,Count,';
    const far = await load({ 'interactions.csv': `From,To,Count,\n${rows.join('\n')}\n` });
    expect(skippedOf(far)).toEqual([['repeated-header', [15_002], []]]);
    // A second export may write the header in another case.
    const cased = await load({ 'interactions.csv': 'source,target,weight\nP1,P2,1\nSource,Target,Weight\nP2,P3,2\n' });
    expect(skippedOf(cased)).toEqual([['repeated-header', [3], []]]);
    // A row that only starts as the header is still read, and fails as it would.
    await expect(load({ 'interactions.csv': 'source,target,weight\nP1,P2,1\nsource,target,x\n' })).rejects.toMatchObject({ code: 'BAD_WEIGHT', line: 3 });
    // A mail export's messages and recipients.
    const dir = tempFolder({
      'staff.csv': STAFF,
      'messages.csv': 'message_id,sender,sent_at\nm1,P1,2026-01-05\nmessage_id,sender,sent_at\nm2,P2,2026-01-06\nmessage_id,sender,sent_at\n',
      'recipients.csv': 'message_id,recipient\nm1,P2\nmessage_id,recipient\nm2,P3\n',
    });
    const mail = await loadOrganisation({ dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` });
    expect(mail.report.files[1]).toMatchObject({ rowsRead: 4, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [3, 5] })] });
    expect(mail.report.files[2]).toMatchObject({ rowsRead: 3, rowsUsed: 2, skipped: [expect.objectContaining({ reason: 'repeated-header', lines: [3] })] });
  });

  it('warns of interaction columns it does not read, so that a weight under another header is not lost unseen', async () => {
    const pivot = await load({ 'interactions.csv': 'Sender,Recipient,Emails sent,Subject\nP1,P2,14\nP2,P3,0\n' });
    expect(pivot.report.warnings).toEqual([
      'the interactions file\'s columns "Emails sent", "Subject" are not read (no field of nodefinder\'s goes by that header): if one holds weights, times or channels, name it, e.g. --columns "interactions.weight=Emails sent" (a weight of 0 is then no interaction)',
    ]);
    // Every column read: no warning.
    expect((await load({ 'interactions.csv': 'Sender,Recipient,Count of Subject\nP1,P2,14\nP2,P3,0\n' })).report.warnings).toEqual([]);
    // Trailing empty columns are no data; a column without a header but with values is named by position.
    expect((await load({ 'interactions.csv': 'source,target,,\nP1,P2,,\nP2,P3,,\n' })).report.warnings).toEqual([]);
    expect((await load({ 'interactions.csv': 'source,target,,\nP1,P2,3,\nP2,P3,1,\n' })).report.warnings).toEqual([
      'the interactions file\'s column 3 (no header) is not read (no field of nodefinder\'s goes by that header): if one holds weights, times or channels, name it, e.g. --columns interactions.weight=3 (a weight of 0 is then no interaction)',
    ]);
    // A wide export: twenty named, and the count.
    const columns = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const wide = await load({ 'interactions.csv': `source,target,${columns.join(',')}\nP1,P2,${columns.map(() => 'x').join(',')}\n` });
    expect(wide.report.warnings).toEqual([expect.stringMatching(/^the interactions file's columns "c0", .*, "c19", … \(10,000 in all\) are not read /)]);
    expect(wide.report.warnings[0].length).toBeLessThan(600);
  });

  it('joins a mail export of messages and recipients, accounting for every row of both', async () => {
    const dir = tempFolder({
      'staff.csv': STAFF,
      'messages.csv': 'message_id,sender,sent_at\nm1,P1,2026-01-05T09:00:00Z\nm2,P9,2026-01-05T10:00:00Z\nm3,P2,2026-01-06\n',
      'recipients.csv': 'message_id,recipient\nm1,P2\nm1,P3\nm2,P1\nm3,P1\nm4,P1\nm3,P3\n',
    });
    const { report, organisation } = await loadOrganisation({ dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` });
    const [, messages, recipients] = report.files;
    expect(messages).toMatchObject({ kind: 'interactions', rowsRead: 3, rowsUsed: 2 });
    expect(messages.skipped).toEqual([expect.objectContaining({ reason: 'unknown-person', lines: [3], examples: ['P9'] })]);
    expect(recipients).toMatchObject({ kind: 'recipients', rowsRead: 6, rowsUsed: 4 });
    expect(recipients.skipped.map((entry) => [entry.reason, entry.lines])).toEqual([['unknown-message', [4, 6]]]);
    expect(report.arcs).toBe(4);
    expect(organisation.period).toEqual({ first: Date.UTC(2026, 0, 5, 9) / 1000, last: Date.UTC(2026, 0, 6) / 1000 });
  });

  it('warns about the columns a headerless mail export leaves unread, as a recipient found by position may be the wrong column', async () => {
    // Enron's layout: a recipients file of message, position in the message, recipient. Read by
    // position, the recipient is the position (1, 2 …), which here are staff ids too.
    const dir = tempFolder({
      'staff.csv': 'id,name,team\n1,Ann,T1\n2,Bob,T1\n3,Cat,T2\n',
      'messages.tsv': 'm1\t1\t2026-01-05\tnote\nm2\t2\t2026-01-06\tnote\n',
      'recipients.tsv': 'm1\t1\t2\nm1\t2\t3\nm2\t1\t3\n',
    });
    const mail = { dir, interactions: `${dir}/messages.tsv`, recipients: `${dir}/recipients.tsv`, headerless: ['interactions', 'recipients'] as const };
    const byPosition = await loadOrganisation({ ...mail, headerless: [...mail.headerless] });
    expect(byPosition.report.warnings).toEqual([
      'the messages file has no header, so columns 3, 4 are not read: if one holds times or channels, name it, e.g. --columns interactions.timestamp=3',
      'the recipients file has no header, so column 3 is not read: if one holds the recipient, name it, e.g. --columns recipients.target=3',
    ]);
    // With the time and the recipient named, as the README's Enron command names them, the user
    // has chosen the columns: no warning, and none that would point at the position column.
    const named = await loadOrganisation({
      ...mail, headerless: [...mail.headerless],
      columns: { interactions: { message: '1', source: '2', timestamp: '3' }, recipients: { message: '1', target: '3' } },
    });
    expect(named.report.warnings).toEqual([]);
  });

  it('refuses a mail export row with more values than its header, as an edge row is refused', async () => {
    const files = (messages: string, recipients: string) => {
      const dir = tempFolder({ 'staff.csv': STAFF, 'messages.csv': messages, 'recipients.csv': recipients });
      return { dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` };
    };
    await expect(loadOrganisation(files('message,sender\nM1,P1\n', 'message,recipient\nM1,P2,P3\n')))
      .rejects.toMatchObject({ code: 'MALFORMED_CSV', file: expect.stringMatching(/recipients\.csv$/), line: 2, column: 3 });
    await expect(loadOrganisation(files('message,sender,sent\nM1,P1,2026-03-02\nM2,P3,2026-03-02,P4\n', 'message,recipient\nM1,P2\n')))
      .rejects.toMatchObject({ code: 'MALFORMED_CSV', file: expect.stringMatching(/messages\.csv$/), line: 3, column: 4 });
  });

  it('counts a recipient in both To and Cc of one message once, and reports the repeat', async () => {
    const dir = tempFolder({
      'staff.csv': STAFF,
      'messages.csv': 'Message ID,From,To,Sent\nM1,P1,P2,2026-03-31T09:30:00Z\nM2,P1,P2,2026-03-31T10:30:00Z\n',
      'recipients.csv': 'Message ID,Recipient,Type\nM1,P2,To\nM1,P2,Cc\nM1,P3,Cc\nM2,P2,To\n',
    });
    const { report, organisation } = await loadOrganisation({ dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` });
    const recipients = report.files[2];
    expect(recipients).toMatchObject({ rowsRead: 4, rowsUsed: 3 });
    // The messages file's To column is not read (the recipients file says who received what).
    expect(report.files[1].columns).toEqual({ source: 'From', timestamp: 'Sent', message: 'Message ID' });
    expect(recipients.skipped).toEqual([expect.objectContaining({ reason: 'duplicate-recipient', lines: [3], examples: ['P2'] })]);
    // P1→P2 by two messages, P1→P3 by one.
    expect(Array.from(organisation.arcs.rows)).toEqual([2, 1]);
  });

  it('reads a US mail export\'s month-first send times with dateOrder mdy', async () => {
    const dir = tempFolder({
      'staff.csv': STAFF,
      'messages.csv': 'message_id,sender,sent_at\nm1,P1,1/5/2026 9:00 AM\nm2,P2,1/6/2026 1:30 PM\n',
      'recipients.csv': 'message_id,recipient\nm1,P2\nm2,P3\n',
    });
    const files = { dir, interactions: `${dir}/messages.csv`, recipients: `${dir}/recipients.csv` };
    await expect(loadOrganisation(files)).rejects.toMatchObject({ code: 'BAD_TIMESTAMP', line: 2, column: 3 });
    const { organisation } = await loadOrganisation({ ...files, dateOrder: 'mdy' });
    expect(organisation.period).toEqual({ first: Date.UTC(2026, 0, 5, 9) / 1000, last: Date.UTC(2026, 0, 6, 13, 30) / 1000 });
  });
});
