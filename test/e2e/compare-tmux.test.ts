/**
 * `nodefinder compare` in a real terminal: the built binary runs in a detached tmux session on a
 * sample with a planted second period, keys are sent as a user would press them, and the screen
 * is read back with capture-pane. Needs tmux and a build (npm test builds first).
 */
import { cpSync, appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSample, type SecondPeriodTruth } from '../../src/sample/index.js';
import { writeTinyOrganisation } from '../compare/tiny-org.js';
import { tempFolder } from '../helpers/temp-files.js';
import { nodefinderCommand as nodefinder, openTerminal, quote } from '../helpers/terminal.js';

const work = tempFolder({});
const SAMPLE = join(work, 'sample');
const { start, screen, history, keys, waitFor, exitStatus, close } = openTerminal(work);

let truth: SecondPeriodTruth;
let compareArgs: string;
let cutTeamName: string;
beforeAll(async () => {
  // A small sample with a second period (every seed works from 266 people), written once for the file.
  truth = (await writeSample(SAMPLE, { staff: 300, seed: 1, secondPeriod: true })).secondPeriod!;
  compareArgs = `compare ${quote(SAMPLE)} --before ${truth.before.start}..${truth.before.end} --after ${truth.after.start}..${truth.after.end}`;
  const teams = readFileSync(join(SAMPLE, 'teams.csv'), 'utf8').split('\n');
  cutTeamName = teams.find((line) => line.startsWith(`${truth.cutOffTeam},`))!.split(',')[1];
});

afterAll(close);

describe('nodefinder compare in a terminal (tmux, 120 × 40)', { timeout: 120_000 }, () => {
  it('opens the Changes tab with the team cut off, opens its detail, exports, and quits on q', async () => {
    const session = start('compare', 120, 40, nodefinder(compareArgs));
    let shown = await waitFor(session, /\[Changes \d+\]/);
    expect(shown).toMatch(/\[Changes \d+\] +Connectors \d+ +Brokers \d+ +Silos \d+ +Risks \d+ +Introductions \d+ +Teams 33 +People 300/);
    expect(shown).toContain(`nodefinder compare ${SAMPLE}`);
    expect(shown).toContain('before 2026-01-05..2026-06-26 → after 2026-06-27..2026-12-16');
    expect(shown).toMatch(/silos \d+ → \d+ \(\+1\)/);
    // The planted team cut off is the first change: its E-I index fell to −1, beyond normal variation.
    // A long team name is cut in the middle: its start and its end show.
    expect(shown).toMatch(new RegExp(`› E-I index +${cutTeamName.slice(0, 9)}.*${cutTeamName.slice(-8)} .* -1\\.00 .* beyond normal variation`));
    expect(shown).toMatch(new RegExp(`became silo +${cutTeamName.slice(0, 9)}`));
    expect(shown).not.toContain('measuring:');
    expect(screen(session, true)).toMatch(/\u001B\[[\d;]*m/);

    keys(session, 'Enter');
    shown = await waitFor(session, `E-I index: ${cutTeamName}`);
    expect(shown).toContain('Judgement: beyond normal variation');
    expect(shown).toMatch(/silo +no +yes/);
    expect(shown).toContain('Esc back');

    keys(session, 'Escape');
    shown = await waitFor(session, /row 1 of \d+ · sorted by kind, largest first/);

    keys(session, '/');
    keys(session, '-l', truth.leavingBroker);
    // Keys sent at once reach the program as one chunk, read as pasted text: wait, as a person would.
    await waitFor(session, `search: ${truth.leavingBroker}`);
    keys(session, 'Enter');
    shown = await waitFor(session, new RegExp(`^row 1 of 4 · matching "${truth.leavingBroker}"`, 'm'));
    expect(shown).toMatch(/› role change /);
    expect(shown).toMatch(/ stopped interacting /);

    keys(session, 'e');
    shown = await waitFor(session, 'Exported 4 rows to');
    expect(shown).toContain(`${work}/nodefinder-changes.csv`);
    const csv = readFileSync(join(work, 'nodefinder-changes.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('kind,subject,subject_id,team_or_department,measure,before,after,change,normal_variation,judgement,note');
    expect(csv.slice(1, 5).map((row) => [row.split(',')[0], row.split(',')[2]])).toEqual([
      ['role change', truth.leavingBroker],
      ['betweenness fall', truth.leavingBroker],
      ['cross-team loss', truth.leavingBroker],
      ['stopped interacting', truth.leavingBroker],
    ]);

    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
    expect(screen(session)).not.toContain('[Changes');
  });

  it('keeps the load notes of both periods in view: their headline in the header, the notes under ?', async () => {
    const messy = join(work, 'messy');
    cpSync(SAMPLE, messy, { recursive: true });
    appendFileSync(join(messy, 'interactions.csv'), `${truth.leavingBroker},NOBODY,${truth.after.start}T09:00:00Z,email\n`);
    // Wide enough for the note's line in the help, which names the file by its whole path.
    const session = start('notes', 200, 40, nodefinder(compareArgs.replace(quote(SAMPLE), quote(messy))));
    const shown = await waitFor(session, /\[Changes \d+\]/);
    expect(shown).toMatch(/^1 of [\d,]+ interaction rows skipped \(unknown-person\) — \? shows the load notes$/m);
    keys(session, '?');
    expect(await waitFor(session, 'Load notes')).toMatch(new RegExp(`^ +${join(messy, 'interactions.csv')}: 1 of [\\d,]+ rows skipped \\(1 unknown-person\\)`, 'm'));
    keys(session, 'q'); // quits from the help too
    expect(await exitStatus(session)).toBe(0);
    // Written once, though both periods' loads noted the row.
    expect(history(session).match(/1 unknown-person/g)).toHaveLength(1);
  });

  it('exports no figures of a team small in the before period: its three joiners would give away its two members by difference', async () => {
    // Scrutiny (S) has two members before and five after (s3, s4 and s5 joined).
    const before = writeTinyOrganisation();
    const sTies = [['s1', 's3'], ['s2', 's4'], ['s3', 's4'], ['s4', 's5'], ['s5', 's1']];
    const after = writeTinyOrganisation({ extraStaff: [['s3', 'S'], ['s4', 'S'], ['s5', 'S']], extraInteractions: sTies.map(([a, b]) => [a, b, '2026-02-10'] as const) });
    const exports = join(work, 'small-before');
    mkdirSync(exports);
    const session = start('small-before', 120, 40, `cd ${quote(exports)} && ${nodefinder(`compare ${quote(before)} ${quote(after)}`)}`);
    await waitFor(session, /\[Changes \d+\]/);
    const exported = async (tab: string, name: string) => {
      keys(session, tab);
      await waitFor(session, new RegExp(`\\[${name} \\d+\\]`));
      keys(session, 'e');
      await waitFor(session, `nodefinder-${name.toLowerCase()}.csv`);
      return readFileSync(join(exports, `nodefinder-${name.toLowerCase()}.csv`), 'utf8').split('\r\n').filter((row) => row !== '');
    };
    const teams = await exported('7', 'Teams');
    // The screen marks Scrutiny as the exports withhold it.
    expect(screen(session)).toMatch(/Scrutiny +S +Growth +5 .* small before \(<5\)/);
    expect(teams.map((row) => row.split(',')[0])).toEqual(['team', 'Accounts', 'Buildings', 'Casework', 'Estates', 'Fleet', 'Grants', 'Housing']);
    const people = (await exported('8', 'People')).map((row) => row.split(','));
    const [idColumn, teamColumn] = [people[0].indexOf('id'), people[0].indexOf('team')];
    const teamOf = (id: string) => people.find((row) => row[idColumn] === id)![teamColumn];
    expect(['s1', 's2', 's3', 's4', 's5', 'g3'].map(teamOf)).toEqual(['', '', '', '', '', 'Grants']);
    // The after period's plan names Scrutiny in the reasons of its members' introductions.
    expect((await exported('6', 'Introductions')).join('\n')).not.toContain('Scrutiny');
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('prints the text report instead into a pipe', async () => {
    const session = start('pipe', 120, 40, `${nodefinder(compareArgs)} | cat`);
    expect(await exitStatus(session)).toBe(0);
    const shown = history(session);
    expect(shown).toContain('What changed: 2026-01-05..2026-06-26 (before) and 2026-06-27..2026-12-16 (after)');
    expect(shown).toContain('Teams that became silos');
    expect(shown).not.toContain('[Changes');
  });
});
