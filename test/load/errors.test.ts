/** Every input error has a code, a file, a line and column where it applies, and a fix. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { tempFolder } from '../helpers/temp-files.js';

const STAFF = 'id,name,team\nP1,Ann,T1\nP2,Bob,T1\nP3,Cat,T2\n';
const INTERACTIONS = 'source,target\nP1,P2\n';

async function loadError(files: Record<string, string | Buffer>, options = {}): Promise<InputError> {
  const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': INTERACTIONS, ...files });
  try {
    await loadOrganisation({ dir, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected the load to fail');
}

describe('input errors', () => {
  it('FILE_NOT_FOUND names the missing file, and the folder it was looked for in', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF });
    const error = await loadOrganisation({ dir }).catch((e: InputError) => e);
    expect(error).toMatchObject({ code: 'FILE_NOT_FOUND', file: join(dir, 'interactions.csv'), exitCode: 3, message: `file not found: looked for interactions.csv in the folder ${dir}`,
      hint: 'give the folder that holds the data as DIR, or name the file with --interactions; to try nodefinder without data, `nodefinder sample --out demo` writes a demo organisation' });
  });

  it('FILE_NOT_FOUND for a file named with a flag says to check the path given with that flag', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': INTERACTIONS, 'teams.csv': 'id,name\nT1,Finance\nT2,Housing\n', 'messages.csv': 'message,source\nM1,P1\n' });
    const given = (options: object) => loadOrganisation({ dir, ...options }).catch((e: InputError) => e);
    expect(await given({ staff: join(dir, 'metadata.dat') })).toMatchObject({ code: 'FILE_NOT_FOUND', message: 'file not found', hint: 'check the path given with --staff' });
    expect(await given({ teams: join(dir, 'units.csv') })).toMatchObject({ message: 'file not found', hint: 'check the path given with --teams' });
    expect(await given({ interactions: join(dir, 'tij.dat') })).toMatchObject({ message: 'file not found', hint: 'check the path given with --interactions' });
    expect(await given({ interactions: join(dir, 'messages.csv'), recipients: join(dir, 'to.csv') })).toMatchObject({ file: join(dir, 'to.csv'), message: 'file not found', hint: 'check the path given with --recipients' });
    const nowhere = join(dir, 'exports', 'tij.dat');
    expect(await given({ interactions: nowhere })).toMatchObject({ message: `file not found: the folder ${join(dir, 'exports')} does not exist`, hint: 'check the path given with --interactions' });
  });

  it('FILE_NOT_FOUND says when the folder is missing, or holds the name in another letter case', async () => {
    const missing = join(tempFolder({}), 'exports');
    expect(await loadOrganisation({ dir: missing }).catch((e: InputError) => e)).toMatchObject({ code: 'FILE_NOT_FOUND', file: join(missing, 'staff.csv'),
      message: `file not found: the folder ${missing} does not exist`, hint: 'check the folder\'s name, or name the file with --staff' });
    const dir = tempFolder({ 'Staff.csv': STAFF, 'interactions.csv': INTERACTIONS });
    expect(await loadOrganisation({ dir }).catch((e: InputError) => e)).toMatchObject({ code: 'FILE_NOT_FOUND', message: 'file not found, but the folder holds Staff.csv',
      hint: `file names are case-sensitive: if Staff.csv is the file, give its name as written (${join(dir, 'Staff.csv')}), or rename it staff.csv` });
  });

  it('FILE_UNREADABLE for a folder given as a file', async () => {
    const dir = tempFolder({ 'interactions.csv': INTERACTIONS });
    mkdirSync(join(dir, 'staff.csv'));
    await expect(loadOrganisation({ dir })).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it('FILE_UNREADABLE says when part of a file\'s path is a file, not a folder', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': INTERACTIONS });
    const file = join(dir, 'staff.csv', 'people.csv');
    expect(await loadOrganisation({ dir, staff: file }).catch((e: InputError) => e)).toMatchObject({ code: 'FILE_UNREADABLE', file,
      message: 'part of the path is a file, not a folder (ENOTDIR)', hint: 'name a path whose folders are folders' });
  });

  it('FILE_UNREADABLE, not EMPTY_FILE, for a pipe (process substitution, /dev/stdin), which cannot be read twice', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF });
    execFileSync('mkfifo', [join(dir, 'interactions.csv')]);
    const error = (await loadOrganisation({ dir }).catch((e: InputError) => e)) as InputError;
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', file: join(dir, 'interactions.csv'), exitCode: 3 });
    expect(error.message).toBe('this is a pipe or device, not a file: nodefinder reads a file more than once, which a stream cannot be');
    expect(error.hint).toBe('save the stream to a file first (command > saved.csv) and name that file instead');
  });

  it('EMPTY_FILE for an empty file, a file of blank lines, and a staff file with only a header', async () => {
    expect((await loadError({ 'interactions.csv': '' })).code).toBe('EMPTY_FILE');
    expect((await loadError({ 'interactions.csv': '\n\n' })).code).toBe('EMPTY_FILE');
    expect((await loadError({ 'staff.csv': 'id,name\n' })).code).toBe('EMPTY_FILE');
  });

  it('UNSUPPORTED_ENCODING for UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STAFF, 'utf16le')]);
    expect(await loadError({ 'staff.csv': utf16 })).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 1 });
  });

  it('UNSUPPORTED_ENCODING for UTF-16 without a byte-order mark, a workbook under a .csv name, and a file with a 0 byte', async () => {
    const noMark = await loadError({ 'interactions.csv': Buffer.from(INTERACTIONS, 'utf16le') });
    expect(noMark).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 1, message: 'the file is UTF-16 without a byte-order mark (every other byte is 0)' });
    expect(noMark.hint).toContain('iconv -f UTF-16 -t UTF-8');
    const bigEndian = await loadError({ 'staff.csv': Buffer.from(STAFF, 'utf16le').swap16() });
    expect(bigEndian.message).toBe('the file is UTF-16 without a byte-order mark (every other byte is 0)');
    const workbook = await loadError({ 'staff.csv': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(200)]) });
    expect(workbook).toMatchObject({ code: 'UNSUPPORTED_ENCODING', message: 'this is a spreadsheet workbook (Excel .xlsx or .xls), not a CSV file' });
    expect(workbook.hint).toBe('open it in the spreadsheet program and save the sheet as "CSV UTF-8"');
    const oldWorkbook = await loadError({ 'teams.csv': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), Buffer.alloc(200)]) });
    expect(oldWorkbook.message).toBe('this is a spreadsheet workbook (Excel .xlsx or .xls), not a CSV file');
    const damaged = await loadError({ 'interactions.csv': Buffer.from('source,target\nP1,P2\nP2,\0P3\n') });
    expect(damaged).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 3, message: 'the file holds a 0 byte, which no text export has: it is not a text file, or is damaged' });
  });

  it('UNSUPPORTED_ENCODING for Windows-1252 bytes, at the row and field that hold them, in every file', async () => {
    // "Renée" and "Jörg" saved as Windows-1252: one byte each for é and ö, which UTF-8 cannot read.
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    expect(await loadError({ 'staff.csv': latin1('id,name,team\nP1,Ann,T1\nP2,Ren\xe9e,T1\nP3,Cat,T2\n') }))
      .toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 3, column: 2 });
    // Two ids that differ only in such a byte are not reported as one id appearing twice.
    expect(await loadError({ 'staff.csv': latin1('id,team\nJ\xf6rg,T1\nJ\xfcrg,T1\n') })).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 2, column: 1 });
    expect(await loadError({ 'interactions.csv': latin1('source,target\nP1,P2\nP2,P\xe93\n') })).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 3, column: 2 });
    const channel = await loadError({ 'interactions.csv': latin1('source,target,channel\nP1,P2,email\nP2,P3,r\xe9union\n') });
    expect(channel).toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: 3, column: 3 });
    expect(channel.hint).toContain('UTF-8');
    // The same names in UTF-8 load.
    const dir = tempFolder({ 'staff.csv': 'id,name,team\nP1,Renée,T1\nP2,Jörg,T1\n', 'interactions.csv': 'source,target,channel\nP1,P2,réunion\n' });
    const { organisation } = await loadOrganisation({ dir });
    expect(organisation.people.map((person) => person.name)).toEqual(['Renée', 'Jörg']);
    expect(organisation.channels).toEqual(['réunion']);
  });

  it('MALFORMED_CSV for a staff or team row with more values than the header has columns', async () => {
    const shifted = await loadError({ 'staff.csv': 'id,name,team\nP1,Ann,T1\nP2,Smith, Ann,T1\n' });
    expect(shifted).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 4 });
    expect(shifted.message).toBe('this row has 4 fields but the header has 3 columns');
    expect(shifted.hint).toContain('needs double quotes');
    expect(await loadError({ 'teams.csv': 'id,name\nT1,Finance,Extra\nT2,Housing\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3 });
    // Quoted, or with an empty field after the last column (a trailing delimiter), the row is fine.
    const dir = tempFolder({ 'staff.csv': 'id,name,team\nP1,"Smith, Ann",T1,\nP2,Bob,T1,,\n', 'interactions.csv': INTERACTIONS });
    const { organisation } = await loadOrganisation({ dir });
    expect(organisation.people.map((person) => person.name)).toEqual(['Smith, Ann', 'Bob']);
    // When the first row has no trailing delimiter, one row's empty extra field is a shift into an empty last column.
    const intoEmpty = await loadError({ 'staff.csv': 'id,name,team,role,manager\nP1,Ann,T1,Clerk,\nP2,Smith, Ann,T1,Clerk,\n' });
    expect(intoEmpty).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 6, message: 'this row has 6 fields but the header and the first row have 5' });
    // The first row shifted into an empty last column: no other row has the extra field, so it is no style.
    const firstShifted = await loadError({ 'staff.csv': 'id,name,team,role,grade\nP1,Smith, Ann,T1,Clerk,\nP2,Bob,T1,Clerk,\n' });
    expect(firstShifted).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 6, message: 'this row has 6 fields but the header has 5 columns, and no other row has more than 5' });
    // Without a header the first row sets the columns, and the same shift is refused.
    const headerless = await loadError({ 'staff.csv': 'P1,Ann,T1,\nP2,Smith, Ann,T1,\nP3,Cy,T2,\n' }, { headerless: ['staff'], columns: { staff: { team: '3' } } });
    expect(headerless).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 5, message: 'this row has 5 fields but the first row has 4' });
    // Trailing delimiters on every row are a style.
    const styled = tempFolder({ 'staff.csv': 'id,name,team\nP1,Ann,T1,\nP2,Bob,T1,\nP3,Cat,T2,\n', 'interactions.csv': INTERACTIONS });
    expect((await loadOrganisation({ dir: styled })).organisation.people.map((person) => person.name)).toEqual(['Ann', 'Bob', 'Cat']);
  });

  it('MALFORMED_CSV for an interaction row with more values than the header has columns, in whichever reader takes it', async () => {
    const shifted = await loadError({ 'interactions.csv': 'source,target,weight,channel\nP1,P2,2,email\nP1,P2,1,5,email\n' });
    expect(shifted).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 5, message: 'this row has 5 fields but the header has 4 columns' });
    // A weight with a decimal comma in a comma-separated file: the hint says so.
    const decimal = await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,1,5\n' });
    expect(decimal).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 4 });
    expect(decimal.hint).toBe('in a comma-separated file a decimal comma splits a weight in two (1,5 reads as 1 and 5): write it with a decimal point, or save the file with semicolons or tabs between values, where decimal commas are read');
    expect(shifted.hint).toMatch(/^in a comma-separated file a decimal comma splits a weight in two \(1,5 /);
    // Without a header, the first row sets the columns, and the message says so.
    const headerless = await loadError({ 'interactions.csv': 'P1,P2\nP2,P3,5\n' }, { headerless: ['interactions'] });
    expect(headerless).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3, message: 'this row has 3 fields but the first row has 2' });
    expect(headerless.hint).toMatch(/^without a header the first row sets the columns: give that row every column, or add a header row; /);
    // Many pairs on one line (the line breaks lost): not one row read.
    expect(await loadError({ 'interactions.csv': 'source,target\nP1,P2,P2,P3,P3,P1\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3 });
    const unquoted = await loadError({ 'interactions.csv': 'source,target,channel\nP1,P2,email\nP2,P3,chat, video\n' });
    expect(unquoted.hint).toBe('a value with the delimiter in it (such as "Smith, Ann") needs double quotes around it');
    // Far enough into the file to be read by the fast reader of plain rows.
    const rows = Array.from({ length: 30_000 }, (_, i) => `P${1 + (i % 3)},P${1 + ((i + 1) % 3)},${1 + (i % 4)}`);
    rows[25_000] = 'P1,P2,1,5';
    const far = await loadError({ 'interactions.csv': `source,target,weight\n${rows.join('\n')}\n` });
    expect(far).toMatchObject({ code: 'MALFORMED_CSV', line: 25_002, column: 4 });
    // Trailing empty values are fine when the first row has them too, and refused on a row of their own.
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target,weight\nP1,P2,1,\nP2,P3,2,\n' });
    const { organisation } = await loadOrganisation({ dir });
    expect(Array.from(organisation.ties.strength)).toEqual([1, 2]);
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,1\nP2,P3,2,\n' }))
      .toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 4, message: 'this row has 4 fields but the header and the first row have 3' });
  });

  it('MISSING_COLUMN when a time window or a channel is asked of interactions without that column', async () => {
    const window = await loadError({}, { since: 0 });
    expect(window).toMatchObject({ code: 'MISSING_COLUMN', line: 1, file: expect.stringMatching(/interactions\.csv$/) });
    expect(window.hint).toContain('--columns interactions.timestamp=COLUMN');
    expect(await loadError({}, { until: 0 })).toMatchObject({ code: 'MISSING_COLUMN' });
    const channel = await loadError({}, { channels: ['email'] });
    expect(channel).toMatchObject({ code: 'MISSING_COLUMN', line: 1 });
    expect(channel.hint).toContain('--columns interactions.channel=COLUMN');
  });

  it('MALFORMED_CSV for a stray quote that swallows rows into one id, instead of one unknown person', async () => {
    const interactions = 'source,target\nP1,P2\nP1,"P2\nP2,P3\nP3,P1\nP1,P3"\nP2,P1\n';
    const swallowed = await loadError({ 'interactions.csv': interactions });
    expect(swallowed).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 2 });
    expect(swallowed.message).toBe('this target id runs over 4 lines (3–6): a quote is missing or stray, and the rows between were read as part of it');
    expect(await loadError({ 'interactions.csv': interactions }, { strict: true })).toMatchObject({ code: 'MALFORMED_CSV', line: 3 });
    expect(await loadError({ 'staff.csv': 'id,name\n"P1\nP2",Ann\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 1, message: expect.stringMatching(/^this id runs over 2 lines \(2–3\)/) });
  });

  it('warns, by line, of a staff or team value over lines, which may be a stray quote that swallowed rows; an id over lines is refused', async () => {
    // P1's name opens a quote that P4's closes: P2 and P3 are read into it. No test of the text
    // can tell swallowed rows from a note with commas, so the load warns with the lines to check.
    const dir = tempFolder({ 'staff.csv': 'id,name,team\nP1,"Ann,T1\nP2,Bob,T1\nP3,Cat,T2\nP4,"Dan",T2\nP5,Eve,T2\n', 'interactions.csv': INTERACTIONS });
    const swallowed = await loadOrganisation({ dir });
    expect(swallowed.organisation.people.map((person) => person.id)).toEqual(['P1', 'P5']);
    expect(swallowed.report.warnings).toContain(
      '1 value of the staff file runs over several lines (lines 2–5): a line break may be meant (an address, a note), but if a quote there is stray, the rows it spans were read into one value and are missing; check those lines',
    );
    // Notes, addresses and names over lines load, each counted in the warning; teams files likewise.
    const notes = tempFolder({
      'staff.csv': 'id,name,team,address\nP1,"Line\nBreak",T1,"Flat 2, 10 High St,\nLeeds, LS1 1AA"\nP2,Bob,T1,\nP3,Cat,T2,\n',
      'teams.csv': 'id,name,description\nT1,Finance,"Covers:\nPayroll, Pensions, Expenses"\nT2,Archive,Records\n',
      'interactions.csv': INTERACTIONS,
    });
    const kept = await loadOrganisation({ dir: notes });
    expect(kept.organisation.people.map((person) => [person.name, person.attributes.address])).toEqual([['Line\nBreak', 'Flat 2, 10 High St,\nLeeds, LS1 1AA'], ['Bob', ''], ['Cat', '']]);
    expect(kept.report.warnings.filter((warning) => warning.includes('over several lines'))).toEqual([
      expect.stringMatching(/^2 values of the staff file run over several lines \(lines 2–3, 3–4\)/),
      expect.stringMatching(/^1 value of the teams file runs over several lines \(lines 2–3\)/),
    ]);
    // Nor does a reference to an id: a team, a manager, an address, a parent.
    expect(await loadError({ 'staff.csv': 'id,name,team\nP1,Ann,"T1\nP2,Bob,T2\nP3,Cy,T1"\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3, message: expect.stringMatching(/^this team runs over 3 lines/) });
    expect(await loadError({ 'teams.csv': 'id,name,parent\nT1,Finance,"Resources\nT2,Housing,Communities"\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3 });
    // An id never holds a line break.
    expect(await loadError({ 'staff.csv': 'id,name,team\n"P1\nx",Ann,T1\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 1, message: expect.stringMatching(/^this id runs over 2 lines \(2–3\):/) });
    expect(await loadError({ 'teams.csv': 'id,name\n"T1\nT2",Finance\n' })).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 1 });
  });

  it('MALFORMED_CSV for an interaction value nodefinder reads over lines (a channel, a message\'s time, a recipient); a column not read is warned of', async () => {
    const channel = await loadError({ 'interactions.csv': 'source,target,channel\nP1,P2,"email\nP2,P3,chat\nP3,P1,"chat"\nP1,P3,email\n' });
    expect(channel).toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3, message: expect.stringMatching(/^this channel runs over 3 lines \(2–4\)/) });
    // A mail or calendar export's subject may run over lines: it is read, and counted in a warning.
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target,subject\nP1,P2,"Budget review\nAgenda: Q1"\nP2,P3,Rota\n' });
    const unread = await loadOrganisation({ dir });
    expect(unread.report.files[1]).toMatchObject({ rowsRead: 2, rowsUsed: 2 });
    expect(unread.report.warnings).toContain(
      '1 value of the interactions file runs over several lines (lines 2–3): a line break may be meant (an address, a note), but if a quote there is stray, the rows it spans were read into one value and are missing; check those lines',
    );
    const mail = (messages: string, recipients: string) => {
      const dir = tempFolder({ 'staff.csv': STAFF, 'messages.csv': messages, 'recipients.csv': recipients });
      return loadOrganisation({ dir, interactions: join(dir, 'messages.csv'), recipients: join(dir, 'recipients.csv') }).catch((e: unknown) => e);
    };
    expect(await mail('message_id,sender,sent_at\nm1,P1,"2026-01-05\nm2,P2,2026-01-06"\n', 'message_id,recipient\nm1,P2\n'))
      .toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 3, message: expect.stringMatching(/^this timestamp runs over 2 lines/) });
    expect(await mail('message_id,sender\nm1,P1\nm2,P2\n', 'message_id,recipient\nm1,"P2\nm2,P3"\nm2,P1\n'))
      .toMatchObject({ code: 'MALFORMED_CSV', line: 2, column: 2, message: expect.stringMatching(/^this target id runs over 2 lines/) });
    // A messages file's To list (the recipients file says who) and a chat's message text may run over lines.
    const toList = await mail('message_id,sender,to,subject\nm1,P1,"P2\nP3","Hello\nagain"\n', 'message_id,recipient\nm1,P2\n');
    expect(toList).toMatchObject({ report: { warnings: [expect.stringMatching(/^2 values of the messages file run over several lines \(lines 2–3, 3–4\)/)] } });
    const chat = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target,message\nP1,P2,"Hi\nthere"\n' });
    expect((await loadOrganisation({ dir: chat })).report.warnings).toContainEqual(expect.stringMatching(/^1 value of the interactions file runs over several lines \(lines 2–3\)/));
  });

  it('MALFORMED_CSV for an unclosed quote, with the line and column where it opens', async () => {
    const error = await loadError({ 'interactions.csv': 'source,target\nP1,P2\nP2,"P3\n' });
    expect(error).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 2 });
    const staff = await loadError({ 'staff.csv': 'id;name;team\r\nP1;Ann;T1\r\nP2;"Bob;T1\r\n' });
    expect(staff).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 2 });
    // A row whose name runs over two lines: the quote left open is on the second.
    const later = await loadError({ 'staff.csv': 'id,name,team\nP1,"Ann\nSmith","T1\nP2,Bob,T1\n' });
    expect(later).toMatchObject({ code: 'MALFORMED_CSV', line: 3, column: 3 });
  });

  it('MISSING_COLUMN when a required column is absent', async () => {
    const error = await loadError({ 'interactions.csv': 'who,whom\nP1,P2\n' });
    expect(error).toMatchObject({ code: 'MISSING_COLUMN', line: 1, file: expect.stringMatching(/interactions\.csv$/) });
    expect(error.hint).toContain('--columns interactions.source=COLUMN');
    expect(error.hint).not.toContain('--headerless');
    // A first row of numbers is data, not a header.
    const numbers = await loadError({ 'interactions.csv': '1,2\n2,3\n' });
    expect(numbers.hint).toBe('the first row looks like data, not a header (1, 2): if the file has no header, read it with --headerless interactions (columns then go by position: --columns interactions.source=N); ' +
      'if it is the header, name the right column with --columns interactions.source=COLUMN');
  });

  it('DUPLICATE_ID in staff and in teams, at the second occurrence', async () => {
    expect(await loadError({ 'staff.csv': STAFF + 'P2,Bobby,T1\n' })).toMatchObject({ code: 'DUPLICATE_ID', line: 5, column: 1 });
    const teams = 'id,name\nT1,Finance\nT2,Housing\nT1,Again\n';
    expect(await loadError({ 'teams.csv': teams })).toMatchObject({ code: 'DUPLICATE_ID', line: 4, column: 1 });
  });

  it('DUPLICATE_ID gives every repeated id in one error: how many, and the first --examples of them with their lines', async () => {
    // 12 people, then copies of 8 of them (P1 twice), one per line from line 14.
    const people = Array.from({ length: 12 }, (_, i) => `P${i + 1},Name,T1\n`);
    const copies = ['P1', 'P3', 'P1', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'].map((id) => `${id},Again,T1\n`);
    const staff = 'id,name,team\n' + people.join('') + copies.join('');
    const error = await loadError({ 'staff.csv': staff });
    expect(error).toMatchObject({ code: 'DUPLICATE_ID', line: 14, column: 1, exitCode: 3 });
    expect(error.message).toBe('8 staff ids appear more than once: "P1" (lines 2, 14 and 16), "P3" (lines 4 and 15), "P5" (lines 6 and 17), ' +
      '"P6" (lines 7 and 18), "P7" (lines 8 and 19) and 3 more (--examples N lists more)');
    expect((await loadError({ 'staff.csv': staff }, { examples: 100 })).message).toBe('8 staff ids appear more than once: ' +
      '"P1" (lines 2, 14 and 16), "P3" (lines 4 and 15), "P5" (lines 6 and 17), "P6" (lines 7 and 18), "P7" (lines 8 and 19), ' +
      '"P8" (lines 9 and 20), "P9" (lines 10 and 21), "P10" (lines 11 and 22)');
    expect((await loadError({ 'staff.csv': STAFF + 'P2,Bob,T1\nP2,Bob,T1\n' })).message).toBe('staff id "P2" appears 3 times (lines 3, 5 and 6)');
    const dir = tempFolder({ 'staff.csv': STAFF, 'messages.csv': 'message_id,sender\nm1,P1\nm2,P2\nm1,P1\nm2,P3\n', 'recipients.csv': 'message_id,recipient\nm1,P2\n' });
    const messages = await loadOrganisation({ dir, interactions: join(dir, 'messages.csv'), recipients: join(dir, 'recipients.csv') }).catch((e: unknown) => e);
    expect(messages).toMatchObject({ code: 'DUPLICATE_ID', line: 4, column: 1,
      message: '2 message ids appear more than once: "m1" (lines 2 and 4), "m2" (lines 3 and 5)' });
  });

  it('DUPLICATE_ID of ids Excel wrote in scientific notation says they were rounded, not that a row is duplicated', async () => {
    const error = await loadError({ 'staff.csv': 'id,name,team\n1.23457E+12,Ann,T1\n1.23457E+12,Bob,T1\n' });
    expect(error).toMatchObject({ code: 'DUPLICATE_ID', line: 3, column: 1,
      hint: 'Excel wrote these ids in scientific notation and rounded them, so different ids came out alike: format the id column as text in Excel and export again' });
    expect((await loadError({ 'staff.csv': STAFF + 'P2,Bobby,T1\n' })).hint).toBe('each person needs one row with a unique id: remove or merge the duplicate');
  });

  it('AMBIGUOUS_TEAM when a person\'s team is a name several teams share; the id still finds its team', async () => {
    const teams = 'id,name,parent\nT1,Business Support,Adults\nT2,Business Support,Children\nT3,Planning,Place\n';
    const staff = 'id,name,team\nP1,Ann,T1\nP2,Bob,Planning\nP3,Cat,Business Support\n';
    const error = await loadError({ 'teams.csv': teams, 'staff.csv': staff, 'interactions.csv': 'source,target\nP1,P2\n' });
    expect(error).toMatchObject({ code: 'AMBIGUOUS_TEAM', line: 4, column: 3 });
    expect(error.message).toBe('team "Business Support" is the name of 2 teams in the teams file: T1 (line 2), T2 (line 3)');
    const dir = tempFolder({ 'teams.csv': teams, 'staff.csv': staff.replace('Cat,Business Support', 'Cat,T2'), 'interactions.csv': 'source,target\nP1,P2\n' });
    const { organisation } = await loadOrganisation({ dir });
    expect(organisation.people.map((person) => organisation.teams[person.team].id)).toEqual(['T1', 'T3', 'T2']);
  });

  it('UNKNOWN_TEAM when a teams file exists and a person names another team', async () => {
    const error = await loadError({ 'teams.csv': 'id,name\nT1,Finance\n' });
    expect(error).toMatchObject({ code: 'UNKNOWN_TEAM', line: 4, column: 3 });
    expect(error.describe()).toMatch(/staff\.csv:4:3: team "T2" is not in the teams file \/\S+\/teams\.csv — /);
    expect(error.hint).toBe('add the team to the teams file, correct the team, or leave it empty (--no-teams reads the teams from the staff file alone)');
    // A team written in another case points at the one meant.
    const nearly = await loadError({ 'teams.csv': 'id,name\nT1,Finance\nt2,Housing\n' });
    expect(nearly.message).toMatch(/^team "T2" is not in the teams file \S+; the teams file has "t2" on line 3, which differs only in case, spaces or punctuation$/);
  });

  it('UNKNOWN_TEAM gives every unknown team at once: how many rows, the first few with their lines, and the team a misspelt one meant', async () => {
    const teams = 'id,name\nT1,Finance Strategy\nT2,Housing\nT3,Planning\n';
    const staff = 'id,name,team\nP1,Ann,T9999\nP2,Bob,T1\nP3,Cat,T8888\nP4,Dan,Finnance Strategy\nP5,Eve,T7777\nP6,Fay,T9999\nP7,Gus,housing\n';
    const error = await loadError({ 'teams.csv': teams, 'staff.csv': staff });
    expect(error).toMatchObject({ code: 'UNKNOWN_TEAM', line: 2, column: 3 });
    expect(error.message.replace(/ \S+teams\.csv:/, ' teams.csv:')).toBe('6 staff rows name 5 teams not in the teams file teams.csv: "T9999" (2 rows, from line 2), "T8888" (line 4), ' +
      '"Finnance Strategy" (line 5; did you mean "Finance Strategy", teams file line 2?), "T7777" (line 6), ' +
      '"housing" (line 8; the teams file has "Housing" on line 3, which differs only in case, spaces or punctuation)');
    expect(error.hint).toBe('add each team to the teams file, correct it, or leave it empty (--no-teams reads the teams from the staff file alone)');
    // --examples N lists N; the rest are counted.
    const two = await loadError({ 'teams.csv': teams, 'staff.csv': staff }, { examples: 2 });
    expect(two.message).toMatch(/: "T9999" \(2 rows, from line 2\), "T8888" \(line 4\) and 3 more \(--examples N lists more\)$/);
  });

  it('UNKNOWN_PERSON only with strict; otherwise the row is skipped and reported', async () => {
    const files = { 'interactions.csv': 'source,target\nP1,P2\nP1,P9\n' };
    expect(await loadError(files, { strict: true })).toMatchObject({ code: 'UNKNOWN_PERSON', line: 3, column: 2 });
    const dir = tempFolder({ 'staff.csv': STAFF, ...files });
    const { report } = await loadOrganisation({ dir });
    expect(report.files[1].skipped).toEqual([expect.objectContaining({ reason: 'unknown-person', count: 1, lines: [3], examples: ['P9'] })]);
  });

  it('keeps the first 200 characters of an example value (a field of 200,000 was printed whole)', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': `source,target\nP1,P2\nP1,${'X'.repeat(200_000)}\n` });
    const { report } = await loadOrganisation({ dir });
    expect(report.files[1].skipped[0].examples).toEqual([`${'X'.repeat(199)}…`]);
  });

  it('names both people of a row where neither is in the staff file, as one skipped row', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target\nP1,P2\nX1,P2\nP1,X2\nX3,X4\n' });
    const { report } = await loadOrganisation({ dir });
    expect(report.files[1].skipped).toEqual([expect.objectContaining({ reason: 'unknown-person', count: 3, lines: [3, 4, 5], examples: ['X1', 'X2', 'X3', 'X4'] })]);
  });

  it('BAD_TIMESTAMP names the value, line and column', async () => {
    const error = await loadError({ 'interactions.csv': 'source,target,date\nP1,P2,2026-03-01\nP2,P1,yesterday\n' });
    expect(error).toMatchObject({ code: 'BAD_TIMESTAMP', line: 3, column: 3, message: '"yesterday" is not a timestamp' });
  });

  it('BAD_TIMESTAMP for nanoseconds (19 digits), which no date can hold: it was an internal error', async () => {
    const error = await loadError({ 'interactions.csv': 'source,target,timestamp\nP1,P2,1772425800000000000\n' });
    expect(error).toMatchObject({ code: 'BAD_TIMESTAMP', line: 2, column: 3, message: '"1772425800000000000" is too large for a Unix time in seconds or milliseconds' });
    expect(error.hint).toContain('nanoseconds (19 digits) give milliseconds when divided by 1,000,000');
    // 17 digits is no date either (microseconds have 16, and read as milliseconds warn of the year 58136).
    expect(await loadError({ 'interactions.csv': 'source,target,timestamp\nP1,P2,17724258000000000\n' })).toMatchObject({ code: 'BAD_TIMESTAMP', message: '"17724258000000000" is too large for a Unix time in seconds or milliseconds' });
  });

  it('BAD_TIMESTAMP for a date in numbers only asks for --date-order, which then reads it', async () => {
    const files = { 'interactions.csv': 'source,target,date\nP1,P2,2026-03-01\nP2,P1,02/03/2026 17:45\n' };
    const error = await loadError(files);
    expect(error).toMatchObject({ code: 'BAD_TIMESTAMP', line: 3, column: 3, message: '"02/03/2026 17:45" is a date in numbers only, which can be day first or month first' });
    expect(error.hint).toMatch(/--date-order dmy .*--date-order mdy/);
    const dir = tempFolder({ 'staff.csv': STAFF, ...files });
    const dmy = await loadOrganisation({ dir, dateOrder: 'dmy' });
    expect(dmy.organisation.ties.last[0]).toBe(Date.UTC(2026, 2, 2, 17, 45) / 1000);
    const mdy = await loadOrganisation({ dir, dateOrder: 'mdy' });
    // 3 February now comes before the row of 1 March.
    expect(mdy.organisation.ties.first[0]).toBe(Date.UTC(2026, 1, 3, 17, 45) / 1000);
  });

  it('BAD_TIMESTAMP for a date that only reads in the other order says to try that order', async () => {
    const files = { 'interactions.csv': 'source,target,date\nP1,P2,02/03/2026\nP2,P1,23/03/2026\n' };
    const error = await loadError(files, { dateOrder: 'mdy' });
    expect(error).toMatchObject({ code: 'BAD_TIMESTAMP', line: 3, column: 3, message: '"23/03/2026" is not a timestamp' });
    expect(error.hint).toBe('read month first (--date-order mdy) it is no date, but day first it is: try --date-order dmy');
    const impossible = await loadError({ 'interactions.csv': 'source,target,date\nP1,P2,31/02/2026\n' }, { dateOrder: 'dmy' });
    expect(impossible.hint).toMatch(/a real date day\/month\/year as --date-order dmy says$/);
  });

  it('BAD_TIMESTAMP hints name what does not read: a two-digit year, the time after a good date, a time without a date', async () => {
    const hint = async (value: string, options = {}) => (await loadError({ 'interactions.csv': `source,target,date\nP1,P2,${value}\n` }, options)).hint;
    expect(await hint('31/03/26 09:30', { dateOrder: 'dmy' })).toMatch(/^write the year with four digits/);
    for (const value of ['31/03/2026 24:00', '12/04/2026 21:30 PM', '31/03/2026 09:30 BST', '31/03/2026 09.30']) {
      expect(await hint(value, { dateOrder: 'dmy' }), value).toMatch(/^the date reads, but not the time after it: /);
    }
    // Without a date order, a value that reads in neither order is not asked about the order.
    expect(await loadError({ 'interactions.csv': 'source,target,date\nP1,P2,13/13/2026\n' })).toMatchObject({ message: '"13/13/2026" is not a timestamp', hint: 'it is no real date, day first or month first' });
    expect(await hint('31/03/2026 21:30 PM')).toMatch(/^the date reads, but not the time after it: /);
    const timeOnly = await loadError({ 'interactions.csv': 'From,To,Date,Time\nP1,P2,31/03/2026,09:30\n' });
    expect(timeOnly).toMatchObject({ code: 'BAD_TIMESTAMP', line: 2, column: 4, message: '"09:30" is a time of day without a date' });
    expect(timeOnly.hint).toContain('--columns interactions.timestamp=COLUMN');
  });

  it('BAD_WEIGHT for text and negative weights', async () => {
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,lots\n' })).toMatchObject({ code: 'BAD_WEIGHT', line: 2, column: 3 });
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,-1\n' })).toMatchObject({ code: 'BAD_WEIGHT', line: 2 });
  });

  it('BAD_WEIGHT at the first line of a pair whose weights sum beyond the largest number, one way or both', async () => {
    const overflow = await loadError({ 'interactions.csv': 'source,target,weight\nP1,P3,1\nP1,P2,1e308\nP1,P2,1e308\n' });
    expect(overflow).toMatchObject({ code: 'BAD_WEIGHT', line: 3, message: 'the weights of one pair of people sum to more than the largest number there is (about 1.8e308)' });
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P3,1\nP2,P1,1e308\nP1,P2,1e308\n' })).toMatchObject({ code: 'BAD_WEIGHT', line: 3 });
    // Each pair's sum finite, but a person's strength (P2's: 2e308) would not be; nor would modularity's products.
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,1e308\nP2,P3,1e308\nP1,P3,1\n' })).toMatchObject({
      code: 'BAD_WEIGHT', line: 2, message: 'the weights sum to more than 1e100: a person\'s strength, or the measures that multiply strengths, would overflow',
    });
    expect(await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,1\nP2,P3,1e60\nP1,P3,6e99\nP3,P1,6e99\n' })).toMatchObject({ code: 'BAD_WEIGHT', line: 4 });
  });

  it('BAD_MATRIX when a matrix does not fit the staff file', async () => {
    expect(await loadError({ 'interactions.csv': '0 1 0\n1 0\n0 0 0\n' }, { interactionsFormat: 'matrix' })).toMatchObject({ code: 'BAD_MATRIX', line: 2 });
    expect(await loadError({ 'interactions.csv': '0 1 0\n1 0 0\n' }, { interactionsFormat: 'matrix' })).toMatchObject({ code: 'BAD_MATRIX' });
  });

  it('TOO_MANY_CHANNELS when the channel column is not one', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `P1,P2,subject ${i}`).join('\n');
    expect(await loadError({ 'interactions.csv': `source,target,channel\n${rows}\n` })).toMatchObject({ code: 'TOO_MANY_CHANNELS', line: 34, column: 3 });
  });

  it('prints as file:line:column: what is wrong — how to fix it', async () => {
    const error = await loadError({ 'interactions.csv': 'source,target,weight\nP1,P2,x\n' });
    expect(error.describe()).toMatch(/^.+interactions\.csv:2:3: "x" is not a weight — weights must be numbers of 0 or more; /);
  });
});

describe('load options a library caller gives', () => {
  it('are refused as the flags would be: a window that ends before it starts, a negative threshold, no examples', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': INTERACTIONS });
    const refusals: [Partial<Parameters<typeof loadOrganisation>[0]>, string][] = [
      [{ since: 200, until: 100 }, 'loadOrganisation: since (200) is after until (100): no interaction could be in the window'],
      [{ since: Number.NaN }, 'loadOrganisation: since must be seconds since 1970, not NaN'],
      // Milliseconds (Date.parse) where seconds are asked for: 2026 would be the year 57,971.
      [{ since: Date.parse('2026-01-01') }, "loadOrganisation: since 1767225600000 is after the year 9999 as seconds since 1970: it looks like milliseconds"],
      [{ until: Date.parse('2026-01-01') }, "loadOrganisation: until 1767225600000 is after the year 9999 as seconds since 1970: it looks like milliseconds"],
      [{ minInteractions: -1 }, 'loadOrganisation: minInteractions must be a number of 0 or more, not -1'],
      [{ examples: -3 }, 'loadOrganisation: examples must be a whole number of at least 1, not -3'],
      [{ sinse: 5 } as never, 'loadOrganisation: unknown option "sinse"'],
      [{ threads: 0 }, "loadOrganisation: threads must be 'auto' or a whole number of at least 1, not 0"],
      [{ dateOrder: 'ymd' as never }, 'loadOrganisation: dateOrder must be dmy or mdy, not ymd'],
      [{ channels: 'email' as never }, 'loadOrganisation: channels must be a list of channel names, not "email"'],
      [{ channels: [] }, 'loadOrganisation: channels is an empty list, which selects no interaction'],
      [{ delimiter: 'x' as never }, "loadOrganisation: delimiter must be ',', ';', '\\t', '|' or 'whitespace', or a name: 'comma', 'semicolon', 'tab', 'pipe' or 'space'; not \"x\""],
      [{ delimiter: 'constructor' as never }, "loadOrganisation: delimiter must be ',', ';', '\\t', '|' or 'whitespace', or a name: 'comma', 'semicolon', 'tab', 'pipe' or 'space'; not \"constructor\""],
      [{ columns: { weight: 'score' } as never }, 'loadOrganisation: columns names no file "weight": the files are staff, teams, interactions and recipients'],
      [{ columns: { interaction: { weight: 'score' } } as never }, 'loadOrganisation: columns names no file "interaction": the files are staff, teams, interactions and recipients'],
      [{ columns: { interactions: { wieght: 'score' } } as never }, 'loadOrganisation: columns.interactions: the interactions file has no field "wieght"'],
      [{ columns: { interactions: { weight: 3 } } as never }, "loadOrganisation: columns.interactions.weight must be a column's header or its 1-based position as text, not 3"],
      [{ columns: 'weight=score' as never }, 'loadOrganisation: columns must map files to fields to columns, not "weight=score"'],
      [{ columns: { recipients: { target: 'To' } } }, 'loadOrganisation: columns maps recipients columns, but no recipients file is given'],
      [{ columns: { teams: { name: 'Label' } }, teams: false }, 'loadOrganisation: columns maps teams columns, but teams: false ignores the teams file'],
      [{ headerless: ['staf'] as never }, 'loadOrganisation: headerless: "staf" is not a file'],
      [{ headerless: 'staff' as never }, 'loadOrganisation: headerless must be a list of files, not "staff"'],
      [{ strict: 'yes' as never }, 'loadOrganisation: strict must be true or false, not "yes"'],
      [{ teams: true as never }, "loadOrganisation: teams must be a file's path, or false to read the teams from the staff file, not true"],
      [{ staff: 5 as never }, "loadOrganisation: staff must be a file's path, not 5"],
    ];
    for (const [options, message] of refusals) {
      const error = await loadOrganisation({ dir, ...options }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(message);
    }
    const refusal = await loadOrganisation({ dir, since: Date.parse('2026-01-01') }).catch((e: unknown) => e);
    expect((refusal as UsageError).hint).toBe("divide it by 1000, e.g. since: Date.parse('2026-01-01') / 1000");
    // The CLI's flat form of columns: the hint gives the nested one.
    // A file as the folder, and options that are no object, were a load error at "staff.csv/staff.csv" and a TypeError.
    const asFolder = await loadOrganisation({ dir: join(dir, 'staff.csv') }).catch((e: unknown) => e);
    expect(asFolder).toBeInstanceOf(UsageError);
    expect(asFolder).toMatchObject({ message: `loadOrganisation: dir "${join(dir, 'staff.csv')}" is a file, but dir is the folder that holds staff.csv, teams.csv and interactions.csv`,
      hint: `give the folder (${dir}), or name the files with staff, teams and interactions` });
    for (const [options, shown] of [[null, 'null'], ['exports/', '"exports/"'], [['exports/'], '["exports/"]']] as const) {
      const notObject = await loadOrganisation(options as never).catch((e: unknown) => e);
      expect(notObject).toBeInstanceOf(UsageError);
      expect((notObject as UsageError).message).toBe(`loadOrganisation: the options must be an object of names and values, not ${shown}`);
    }
    const noChannels = await loadOrganisation({ dir, channels: [] }).catch((e: unknown) => e);
    expect((noChannels as UsageError).hint).toBe('leave channels out to read every channel, or name the ones to read, e.g. channels: ["email"]');
    const flat = await loadOrganisation({ dir, columns: { weight: 'score' } as never }).catch((e: unknown) => e);
    expect((flat as UsageError).hint).toBe('columns are given per file: columns: { interactions: { weight: "score" } }');
    const misspelt = await loadOrganisation({ dir, columns: { interactions: { wieght: 'score' } } as never }).catch((e: unknown) => e);
    expect((misspelt as UsageError).hint).toBe('its fields are source, target, weight, timestamp, channel, message');
    // Options built from optional inputs: a file or field given as undefined (or a file as null) is not given.
    const optional = await loadOrganisation({ dir, teams: null as never, columns: { staff: { id: 'id', team: undefined }, teams: undefined } });
    expect(optional.report.people).toBe(3);
    // The last second of 9999 is still seconds.
    const timed = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target,timestamp\nP1,P2,2026-01-02\n' });
    const { report } = await loadOrganisation({ dir: timed, until: 253_402_300_799 });
    expect(report.ties).toBe(1);
    expect(report.settings.until).toBe('9999-12-31T23:59:59.000Z');
  });

  it('take the delimiter as --delimiter does, by character or by name', async () => {
    const tabbed = tempFolder({ 'staff.csv': STAFF.replaceAll(',', '\t'), 'interactions.csv': INTERACTIONS.replaceAll(',', '\t') });
    for (const delimiter of ['tab', 'TAB' as 'tab', '\t', '\\t'] as const) {
      const { report } = await loadOrganisation({ dir: tabbed, delimiter });
      expect(report.files.map((file) => file.delimiter)).toEqual(['\t', '\t']);
      expect(report.ties).toBe(1);
    }
    const spaced = tempFolder({ 'staff.csv': STAFF.replaceAll(',', '  '), 'interactions.csv': INTERACTIONS.replaceAll(',', ' ') });
    for (const delimiter of ['space', ' ', 'whitespace'] as const) {
      const { report } = await loadOrganisation({ dir: spaced, delimiter });
      expect(report.files.map((file) => file.delimiter)).toEqual(['whitespace', 'whitespace']);
      expect(report.people).toBe(3);
    }
    const { report } = await loadOrganisation({ dir: tempFolder({ 'staff.csv': STAFF.replaceAll(',', ';'), 'interactions.csv': INTERACTIONS.replaceAll(',', ';') }), delimiter: 'semicolon' });
    expect(report.files.map((file) => file.delimiter)).toEqual([';', ';']);
  });

  it('read columns nested by file, as their type says', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'from,to,score\nP1,P2,4\n' });
    const { report } = await loadOrganisation({ dir, columns: { interactions: { weight: 'score' } }, headerless: [], strict: true });
    expect(report.interactions).toBe(4);
    expect(report.settings.strict).toBe(true);
  });
});
