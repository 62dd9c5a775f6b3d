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
  it('rejects an explicit column that is not there', () => {
    expect(() => resolveColumns('staff', ['id'], 1, { team: 'Dept' }, 's.csv')).toThrow(expect.objectContaining({ code: 'MISSING_COLUMN', line: 1 }));
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
