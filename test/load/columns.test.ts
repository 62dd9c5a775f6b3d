import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { parseColumnMapping, resolveColumns } from '../../src/load/columns.js';

describe('resolveColumns', () => {
  it('matches aliases case-insensitively, ignoring spaces and underscores', () => {
    const layout = resolveColumns('staff', ['Employee_ID', 'Full Name', 'DEPT', 'Grade'], 4, undefined, 'staff.csv');
    expect(layout.index).toEqual({ id: 0, name: 1, team: 2 });
    expect(layout.extras).toEqual([{ index: 3, name: 'Grade' }]);
  });
  it('prefers the better alias when several columns could be the field', () => {
    const layout = resolveColumns('staff', ['id', 'department', 'team'], 3, undefined, 'staff.csv');
    expect(layout.index.team).toBe(2);
    // With a team column, a department column is the department above it.
    expect(layout.index.department).toBe(1);
    expect(layout.extras).toEqual([]);
    expect(resolveColumns('staff', ['id', 'Department'], 2, undefined, 'staff.csv').index).toEqual({ id: 0, team: 1 });
    // The narrowest grouping is the team: a section or unit inside a department.
    expect(resolveColumns('staff', ['id', 'name', 'Department', 'Section'], 4, undefined, 'staff.csv').index).toEqual({ id: 0, name: 1, team: 3, department: 2 });
    expect(resolveColumns('staff', ['id', 'Directorate', 'Unit'], 3, undefined, 'staff.csv').index).toEqual({ id: 0, team: 2, department: 1 });
    // A staff file whose only grouping is a directorate or division reads it as the team, as README says.
    expect(resolveColumns('staff', ['id', 'Directorate'], 2, undefined, 'staff.csv').index).toEqual({ id: 0, team: 1 });
    expect(resolveColumns('staff', ['id', 'Division'], 2, undefined, 'staff.csv').index).toEqual({ id: 0, team: 1 });
  });
  it('reads interaction aliases such as ego/alter/edge and from/to/n', () => {
    expect(resolveColumns('interactions', ['ego', 'alter', 'edge'], 3, undefined, 'f').index).toEqual({ source: 0, target: 1, weight: 2 });
    expect(resolveColumns('interactions', ['From', 'To', 'n', 'Date'], 4, undefined, 'f').index).toEqual({ source: 0, target: 1, weight: 2, timestamp: 3 });
  });
  it('reads headers with a unit in brackets, and a spreadsheet pivot\'s "Count of" and "Sum of"', () => {
    const units = resolveColumns('interactions', ['Sender', 'Recipient', 'Count (emails)', 'Sent At (UTC)', 'Channel [type]'], 5, undefined, 'f');
    expect(units.index).toEqual({ source: 0, target: 1, weight: 2, timestamp: 3, channel: 4 });
    expect(resolveColumns('interactions', ['From', 'To', 'Count of Subject'], 3, undefined, 'f').index.weight).toBe(2);
    expect(resolveColumns('interactions', ['From', 'To', 'Sum of Minutes'], 3, undefined, 'f').index.weight).toBe(2);
    // A bracket in the middle, or a header of brackets only, is left as it is.
    expect(resolveColumns('interactions', ['From', 'To', 'Time (UTC) zone'], 3, undefined, 'f').extras.map((e) => e.name)).toEqual(['Time (UTC) zone']);
    expect(resolveColumns('interactions', ['From', 'To', '(n)'], 3, undefined, 'f').index.weight).toBe(2);
    // A header as written beats one that matches only less its brackets.
    const staff = resolveColumns('staff', ['id', 'name', 'Team (name)', 'Team ID', 'Manager (name)', 'Manager ID'], 6, undefined, 'f');
    expect(staff.index).toMatchObject({ team: 3, manager: 5 });
    expect(staff.extras.map((e) => e.name)).toEqual(['Team (name)', 'Manager (name)']);
  });
  it('takes explicit columns by name or by 1-based position', () => {
    const layout = resolveColumns('interactions', ['Sender', 'Recipient', 'When'], 3, { source: 'Sender', target: '2', timestamp: 'when' }, 'f');
    expect(layout.index).toEqual({ source: 0, target: 1, timestamp: 2 });
    expect(layout.source).toEqual({ source: 'Sender', target: 'Recipient', timestamp: 'When' });
  });
  it('defaults required fields to the first columns of a file without a header', () => {
    const layout = resolveColumns('interactions', null, 3, { timestamp: '1', source: '2', target: '3' }, 'tij.dat');
    expect(layout.index).toEqual({ source: 1, target: 2, timestamp: 0 });
    expect(resolveColumns('interactions', null, 2, undefined, 'f').index).toEqual({ source: 0, target: 1 });
  });
  it('names the file and the columns it has when a required one is missing', () => {
    try {
      resolveColumns('interactions', ['a', 'b'], 2, undefined, 'mail.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('MISSING_COLUMN');
      expect((error as InputError).describe()).toBe(
        'mail.csv:1: no source column in the interactions file — its columns are: a, b; name the right one with --columns interactions.source=COLUMN',
      );
    }
  });
  it('says --delimiter is wrong when the header was read by it as one column holding another delimiter', () => {
    expect(() => resolveColumns('staff', ['id,name,team'], 1, undefined, 's.csv', undefined, ';')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN',
      hint: 'the header was read as one column ("id,name,team") though it holds ",": give --delimiter ",", or leave --delimiter out (it applies to every file; without it, each file\'s delimiter is detected)' }));
    expect(() => resolveColumns('interactions', ['from\tto'], 1, undefined, 'i.tsv', undefined, ',')).toThrow(expect.objectContaining({ hint: expect.stringContaining('though it holds tab: give --delimiter tab,') }));
    // A detected delimiter (a line quoted whole, "id,name,team") is no --delimiter to blame.
    expect(() => resolveColumns('staff', ['id,name,team'], 1, undefined, 's.csv')).toThrow(expect.objectContaining({ hint: expect.stringMatching(/^its columns are: id,name,team;/) }));
  });
  it('refuses two columns that read as one field once their bracketed notes are dropped, as Outlook\'s From: (Name) and From: (Address)', () => {
    expect(() => resolveColumns('interactions', ['From: (Name)', 'From: (Address)', 'To: (Name)', 'To: (Address)'], 4, undefined, 'mail.csv')).toThrow(expect.objectContaining({
      code: 'MALFORMED_CSV', column: 2,
      message: 'the header names "From: (Name)" (column 1) and "From: (Address)" (column 2), which both read as the source, so which holds the source is unclear',
      hint: 'rename one, or name the one to read by position, e.g. --columns interactions.source=1' }));
    // A header matched as written needs no note dropped: "Team ID" is the team, "Team (name)" another column.
    expect(resolveColumns('staff', ['id', 'Team ID', 'Team (name)'], 3, undefined, 's.csv').index).toMatchObject({ id: 0, team: 1 });
  });
  it('suspects a title above the header when the first line holds one value', () => {
    expect(() => resolveColumns('staff', ['Staff list as at 31/03/2026', '', ''], 3, undefined, 's.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN',
      hint: 'the first line holds one value ("Staff list as at 31/03/2026"): if it is a title above the header, delete the lines above the header; if it is the header, name the column with --columns' }));
  });
  it('suspects a title of several words read as a one-column header, and not a one-word header', () => {
    expect(() => resolveColumns('staff', ['Staff list as at 1 March 2026'], 1, undefined, 's.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN',
      hint: 'the first line holds one value ("Staff list as at 1 March 2026"): if it is a title above the header, delete the lines above the header; if it is the header, name the column with --columns' }));
    expect(() => resolveColumns('staff', ['ref'], 1, undefined, 's.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN',
      hint: 'its columns are: ref; name the right one with --columns staff.id=COLUMN' }));
  });
  it('rejects an explicit column that is not there', () => {
    expect(() => resolveColumns('staff', ['id'], 1, { team: 'Dept' }, 's.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN', line: 1 }));
  });
  it('refuses two fields mapped to one column, which made every row a self-interaction', () => {
    expect(() => resolveColumns('interactions', ['a', 'b'], 2, { source: '1', target: '1' }, 'f.csv')).toThrow(
      new UsageError('--columns maps interactions.source and interactions.target to the same column, "1"', 'give each field its own column'),
    );
  });
  it('says that a required field\'s own column was mapped to another field, not that the file has none', () => {
    const thrown = (() => {
      try {
        resolveColumns('interactions', ['source', 'target', 'timestamp'], 3, { source: 'target' }, 'f.csv');
      } catch (error) {
        return error as UsageError;
      }
    })();
    expect(thrown).toBeInstanceOf(UsageError);
    expect(thrown).toMatchObject({
      message: '--columns maps interactions.source to the column "target", which holds the target: the interactions file then has no target column',
      hint: 'map interactions.source to its own column, or interactions.target to another with --columns interactions.target=COLUMN',
    });
    // A required column the file lacks is still MISSING_COLUMN.
    expect(() => resolveColumns('interactions', ['source', 'timestamp'], 2, { source: 'source' }, 'f.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN' }));
  });
  it('refuses a field whose header names two columns, unless it is mapped by position', () => {
    expect(() => resolveColumns('interactions', ['source', 'target', 'Count', 'Count'], 4, undefined, 'f.csv')).toThrow(expect.objectContaining({
      code: 'MALFORMED_CSV', line: 1, column: 4,
      message: 'the header names two columns "Count" (columns 3 and 4), so which holds the weight is unclear',
      hint: 'rename one, or name the one to read by position, e.g. --columns interactions.weight=3',
    }));
    expect(() => resolveColumns('staff', ['id', 'name', 'team', 'Team'], 4, undefined, 's.csv')).toThrow(expect.objectContaining({ column: 4 }));
    expect(resolveColumns('interactions', ['source', 'target', 'Count', 'Count'], 4, { weight: '4' }, 'f.csv').index.weight).toBe(3);
    // A twin mapped to another field settles it too.
    expect(resolveColumns('staff', ['ID', 'ID'], 2, { manager: '2' }, 's.csv').index).toEqual({ id: 0, manager: 1 });
    // Repeated headers of columns nodefinder does not read stay attributes.
    expect(resolveColumns('staff', ['id', 'Notes', 'Notes'], 3, undefined, 's.csv').extras.map((extra) => extra.index)).toEqual([1, 2]);
  });
  it('hints at --headerless first for a first row holding a value no header is named, and at --matrix for an interactions row of numbers only', () => {
    const hint = (kind: 'staff' | 'interactions', header: string[]) => {
      try {
        resolveColumns(kind, header, header.length, undefined, 'f');
      } catch (error) {
        return (error as InputError).hint;
      }
    };
    expect(hint('staff', ['1', 'John Arnold', 'Trading'])).toBe(
      'the first row looks like data, not a header (1, John Arnold, Trading): if the file has no header, read it with --headerless staff (columns then go by position: --columns staff.id=N); ' +
      'if it is the header, name the right column with --columns staff.id=COLUMN',
    );
    // An export without its header: a staff id, a date, an address.
    for (const row of [['P000001', 'Ciarán Bennett', 'T0001'], ['E-1234', 'Ann'], ['ann@x.org', 'Ann'], ['Ann', '2026-01-05T08:04:00Z'], ['Ann', '05/01/2026']]) {
      expect(hint('staff', row), row.join()).toMatch(/^the first row looks like data, not a header/);
    }
    // Column names with digits in them are names.
    for (const row of [['Ref2', 'Full name'], ['Q1 2026', 'Notes'], ['Cost centre 100', 'Notes'], ['Employee', 'FY2024'], ['Q2025', 'Year2024']]) expect(hint('staff', row), row.join()).toMatch(/^its columns are: /);
    expect(hint('interactions', ['0', '1', '1', '0', '0'])).toContain(', or, if the file is an adjacency matrix (a row and a column per person, in staff-file order), read it with --matrix');
    expect(hint('interactions', ['From', 'To address'])).not.toContain('--headerless');
  });
  it('lists at most 20 columns, each cut at 40 characters, so a file with no line breaks does not make a message of megabytes', () => {
    const header = ['P1', 'P2', 'x'.repeat(100), ...Array.from({ length: 500_000 }, (_, i) => `P${i + 3}`)];
    let hint = '';
    try {
      resolveColumns('interactions', header, header.length, undefined, 'f');
    } catch (error) {
      hint = (error as InputError).hint ?? '';
    }
    // (Ids only, P1 to P500002: read as data.)
    expect(hint).toMatch(/^the first row looks like data, not a header \(P1, P2, x{39}…, P3, .*, P19, … \(500,003 in all\)\): /);
    expect(hint.length).toBeLessThan(600);
  });
});

describe('parseColumnMapping', () => {
  it('assigns unprefixed fields to the file they belong to', () => {
    expect(parseColumnMapping('source=Sender,target=Recipient,staff.team=DEPT,parent=Directorate,id=Emp')).toEqual({
      interactions: { source: 'Sender', target: 'Recipient' },
      staff: { team: 'DEPT', id: 'Emp' },
      teams: { parent: 'Directorate' },
    });
  });
  it('merges repeated flags, later ones winning', () => {
    const first = parseColumnMapping('source=A');
    expect(parseColumnMapping('source=B,teams.id=code', first)).toEqual({ interactions: { source: 'B' }, teams: { id: 'code' } });
  });
  it('rejects unknown fields and malformed pairs as usage errors', () => {
    expect(() => parseColumnMapping('colour=Red')).toThrow(UsageError);
    expect(() => parseColumnMapping('teams.source=A')).toThrow(UsageError);
    expect(() => parseColumnMapping('source')).toThrow(UsageError);
  });
  it('lists every field by file when a field is unknown, since no --help lists them', () => {
    expect(() => parseColumnMapping('sender=1')).toThrow(expect.objectContaining({
      message: '--columns: unknown file or field "sender"',
      hint: 'the fields are staff: id, name, team, role, manager, location, email, department; teams: id, name, parent; ' +
        'interactions: source, target, weight, timestamp, channel, message; recipients: message, target (README, "How files are read")',
    }));
  });
});
