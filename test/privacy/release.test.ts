/** releaseAnalysis called as a library caller would, without the CLI's care. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { UsageError } from '../../src/errors.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { createOrganisation } from '../../src/organisation/organisation.js';
import { pseudonymiseOrganisation } from '../../src/privacy/pseudonymise.js';
import { releaseAnalysis } from '../../src/privacy/release.js';
import { SAMPLE, SMALL_ORG } from '../present/released.js';
import { tempFolder } from '../helpers/temp-files.js';
import { tinyOrganisation } from '../introductions/build.js';

describe('releaseAnalysis', () => {
  it('refuses a minimum group size above the one the introductions were explained with, whose reasons would name suppressed teams', async () => {
    const { organisation, report } = await loadOrganisation({ dir: SAMPLE });
    const explainedFor5 = analyse(organisation, {}, report);
    expect(explainedFor5.options.introductions).toEqual({ minGroupSize: 5, limit: 50, maxPerPerson: 3, excludedPairs: 0, beforeLimit: 143 });
    // Finance Strategy (9 people) is named in reasons written for teams of 5 or more.
    expect(explainedFor5.introductions.some((introduction) => introduction.reason.includes('Finance Strategy'))).toBe(true);
    const refusal = (() => {
      try {
        releaseAnalysis(explainedFor5, organisation, { minGroupSize: 10 });
      } catch (error) {
        return error as UsageError;
      }
    })();
    expect(refusal).toBeInstanceOf(UsageError);
    expect(refusal?.message).toBe('the introductions\' reasons name teams of 5 or more people, but this release suppresses teams of fewer than 10');
    expect(refusal?.hint).toContain('introductions: { minGroupSize: 10 }');

    const explainedFor10 = analyse(organisation, { introductions: { minGroupSize: 10 } }, report);
    const released = releaseAnalysis(explainedFor10, organisation, { minGroupSize: 10 });
    const suppressed = organisation.teams.filter((team) => team.members.length < 10).map((team) => team.name);
    expect(suppressed).toContain('Finance Strategy');
    for (const introduction of released.introductions) {
      for (const name of suppressed) expect(introduction.reason).not.toContain(`${name} `);
    }
    // A smaller release than the reasons were written for is safe.
    expect(releaseAnalysis(explainedFor10, organisation, { minGroupSize: 5 }).privacy?.minGroupSize).toBe(5);
    // An analysis saved before the size was recorded was explained for the default, 5.
    const { introductions: _recorded, ...olderOptions } = explainedFor5.options;
    const older = { ...explainedFor5, options: olderOptions } as unknown as typeof explainedFor5;
    expect(releaseAnalysis(older, organisation, { minGroupSize: 5 }).privacy?.minGroupSize).toBe(5);
    expect(() => releaseAnalysis(older, organisation, { minGroupSize: 10 })).toThrow(UsageError);
  });

  it('releases a pseudonymised organisation as pseudonymised (no raw ids in the load report) even when the caller does not say so', async () => {
    const dir = tempFolder({});
    copyFileSync(join(SMALL_ORG, 'staff.csv'), join(dir, 'staff.csv'));
    copyFileSync(join(SMALL_ORG, 'teams.csv'), join(dir, 'teams.csv'));
    writeFileSync(join(dir, 'interactions.csv'), 'source,target\nP01,P02\nP01,NOBODY\n');
    const { organisation, report } = await loadOrganisation({ dir });
    expect(report.files.find((file) => file.kind === 'interactions')!.skipped[0].examples).toEqual(['NOBODY']);
    const pseudonymised = pseudonymiseOrganisation(organisation, Buffer.alloc(32, 7));
    expect(pseudonymised.pseudonymised).toBe(true);
    expect(organisation.pseudonymised).toBe(false);
    const released = releaseAnalysis(analyse(pseudonymised, {}, report), pseudonymised, { pseudonymised: false });
    expect(released.privacy?.pseudonymised).toBe(true);
    expect(JSON.stringify(released)).not.toContain('NOBODY');
  });

  it('keeps the skipped rows\' line numbers but not the unknown ids they held, which name people outside the staff file; keeps the channels', async () => {
    const dir = tempFolder({ 'interactions.csv': 'source,target,channel\nP01,P02,email\nP01,outsider@other.example,email\nP02,P03,chat\n' });
    copyFileSync(join(SMALL_ORG, 'staff.csv'), join(dir, 'staff.csv'));
    copyFileSync(join(SMALL_ORG, 'teams.csv'), join(dir, 'teams.csv'));
    const { organisation, report } = await loadOrganisation({ dir, channels: ['email'] });
    // The load report itself, which validate prints, lists them for fixing the input.
    const loaded = report.files.find((file) => file.kind === 'interactions')!.skipped;
    expect(loaded.map((entry) => [entry.reason, entry.lines, entry.examples])).toEqual([['unknown-person', [3], ['outsider@other.example']], ['other-channel', [4], ['chat']]]);
    const released = releaseAnalysis(analyse(organisation, {}, report), organisation).load!.files.find((file) => file.kind === 'interactions')!.skipped;
    expect(released).toEqual([
      { reason: 'unknown-person', description: loaded[0].description, count: 1, lines: [3] },
      { reason: 'other-channel', description: loaded[1].description, count: 1, lines: [4], examples: ['chat'] },
    ]);
  });

  it('pseudonymised, names no channel that points at a person, and no skipped row\'s channel in the warnings', async () => {
    const dir = tempFolder({
      'interactions.csv': 'source,target,channel\nP01,P02,email\nP02,P03,DM ann.smith@example.org\nP03,P04,1:1 P03\nP04,P05,meeting\nP05,P06,email\n',
    });
    copyFileSync(join(SMALL_ORG, 'staff.csv'), join(dir, 'staff.csv'));
    copyFileSync(join(SMALL_ORG, 'teams.csv'), join(dir, 'teams.csv'));
    const key = Buffer.alloc(32, 7);
    const released = async (channels?: string[]) => {
      const { organisation, report } = await loadOrganisation({ dir, channels });
      const pseudonymised = pseudonymiseOrganisation(organisation, key);
      return { plain: releaseAnalysis(analyse(organisation, {}, report), organisation).load!, hidden: releaseAnalysis(analyse(pseudonymised, {}, report), pseudonymised).load!, pseudonymised };
    };
    const all = await released();
    // Written out as read without pseudonyms; under them, the names holding an address or a staff id are left out and counted.
    expect(all.plain.channels).toEqual(['email', 'DM ann.smith@example.org', '1:1 P03', 'meeting']);
    expect(all.plain.channelsWithheld).toBeUndefined();
    expect(all.hidden.channels).toEqual(['email', 'meeting']);
    expect(all.hidden.channelsWithheld).toBe(2);
    // The pseudonymised organisation keeps their places, by which ties hold channels, with no name.
    expect(all.pseudonymised.channels).toEqual(['email', '', '', 'meeting']);

    const some = await released(['email', 'chat']);
    expect(some.plain.warnings).toContain('--channel "chat" matched no interaction; the file has "email", "DM ann.smith@example.org", "1:1 P03", "meeting" (channel names are matched exactly, case included)');
    expect(some.hidden.warnings).toContain('--channel "chat" matched no interaction; the file has "email", … (channel names are matched exactly, case included)');
    expect(JSON.stringify(some.hidden)).not.toMatch(/ann\.smith|P03|meeting/);
  });

  it('pseudonymised, still says a --channel\'s rows are all outside the time window', async () => {
    const dir = tempFolder({ 'interactions.csv': 'source,target,timestamp,channel\nP01,P02,2026-03-02,email\nP02,P03,2026-03-20,chat\nP03,P04,2026-03-02,meeting\n' });
    copyFileSync(join(SMALL_ORG, 'staff.csv'), join(dir, 'staff.csv'));
    copyFileSync(join(SMALL_ORG, 'teams.csv'), join(dir, 'teams.csv'));
    const { organisation, report } = await loadOrganisation({ dir, channels: ['email', 'chat', 'fax'], until: Date.UTC(2026, 2, 10) / 1000 });
    const pseudonymised = pseudonymiseOrganisation(organisation, Buffer.alloc(32, 7));
    const warnings = releaseAnalysis(analyse(pseudonymised, {}, report), pseudonymised).load!.warnings;
    expect(warnings).toContain('--channel "chat" matched no interaction: its rows are all outside the time window');
    // The skipped rows' channels are not listed: "…" stands for them.
    expect(warnings).toContain('--channel "fax" matched no interaction; the file has "email", … (channel names are matched exactly, case included)');
  });

  it('refuses a mistyped option rather than releasing with its default', async () => {
    const { organisation, report } = await loadOrganisation({ dir: SMALL_ORG });
    const analysis = analyse(organisation, {}, report);
    expect(() => releaseAnalysis(analysis, organisation, { minGroupsize: 10 } as never)).toThrow(expect.objectContaining({ code: 'USAGE', message: 'releaseAnalysis: unknown option "minGroupsize"' }));
    expect(releaseAnalysis(analysis, organisation, { minGroupSize: 3 }).privacy?.minGroupSize).toBe(3);
  });

  it('never records a release as pseudonymised next to real ids and names', async () => {
    const { organisation, report } = await loadOrganisation({ dir: SMALL_ORG });
    const analysis = analyse(organisation, {}, report);
    // Saying so does not make it so.
    expect(() => releaseAnalysis(analysis, organisation, { pseudonymised: true })).toThrow(expect.objectContaining({ code: 'USAGE', message: 'releaseAnalysis: pseudonymised is true, but the organisation\'s people are under their own ids' }));
    expect(releaseAnalysis(analysis, organisation, { pseudonymised: false }).privacy?.pseudonymised).toBe(false);
    // Nor does releasing the real analysis with the pseudonymised organisation.
    const pseudonymised = pseudonymiseOrganisation(organisation, Buffer.alloc(32, 7));
    expect(() => releaseAnalysis(analysis, pseudonymised)).toThrow(expect.objectContaining({ code: 'USAGE', message: 'releaseAnalysis: the analysis is not of this organisation (the people differ)' }));
    // Nor an organisation built with the mark but with its people as they were.
    const marked = createOrganisation({ ...organisation, pseudonymised: true });
    expect(() => releaseAnalysis(analyse(marked, {}, report), marked)).toThrow(expect.objectContaining({ code: 'USAGE', message: 'releaseAnalysis: the organisation is marked pseudonymised, but 14 of its people are not under a pseudonym, or still have a name, e-mail address or manager' }));
    const released = releaseAnalysis(analyse(pseudonymised, {}, report), pseudonymised, { pseudonymised: true });
    expect(released.privacy?.pseudonymised).toBe(true);
    expect(released.people.every((person) => /^p-[0-9a-f]{16}$/.test(person.id) && person.name === '')).toBe(true);
  });

  it('gives a small team\'s members none of the figures taken against their team, which would rebuild it from the network', async () => {
    const { organisation, report } = await loadOrganisation({ dir: SAMPLE });
    const analysis = analyse(organisation, { introductions: { minGroupSize: 10 } }, report);
    const released = releaseAnalysis(analysis, organisation, { minGroupSize: 10 });
    const small = new Set(organisation.teams.filter((team) => team.members.length < 10).map((team) => team.id));
    let checked = 0;
    analysis.people.forEach((person, v) => {
      const out = released.people[v];
      if (small.has(person.team!)) {
        checked++;
        expect(out.team).toBeNull();
        expect([out.eiIndex, out.participation, out.withinTeamZ, ...Object.values(out.brokerage)].every(Number.isNaN)).toBe(true);
        // Nor their community, whose teamless members would be the team again.
        expect(out.community).toBeNaN();
        for (const items of Object.values(out.evidence)) expect(items.map((item) => item.measure)).not.toContain('eiIndex');
        // What does not depend on the team stays.
        expect([out.degree, out.betweenness, out.teamsReached]).toEqual([person.degree, person.betweenness, person.teamsReached]);
      } else {
        expect(out).toBe(person);
      }
    });
    expect(checked).toBe(released.privacy?.peopleInSuppressedTeams);
    // No small team's member is a boundary spanner in the release: the role rests on participation.
    expect(released.people.some((person, v) => small.has(analysis.people[v].team!) && person.roles.includes('boundary-spanner'))).toBe(false);
    // An introduction with an end in a small team has no need, value or score.
    const touching = released.introductions.filter((item) => [item.from, item.to].some((id) => small.has(analysis.people.find((p) => p.id === id)!.team!)));
    expect(touching.length).toBeGreaterThan(0);
    for (const item of touching) expect([item.score, item.components.need, item.components.value].every(Number.isNaN)).toBe(true);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('releaseAnalysis of a team with no members', () => {
  it('releases it as it is, with no members, not as a small team withheld', () => {
    // Alpha and Beta have five people each; Ghost is listed in the teams file with no one in it.
    const organisation = tinyOrganisation({
      teams: [['A', 'Alpha'], ['B', 'Beta'], ['G', 'Ghost']],
      people: ['A', 'B'].flatMap((team) => [1, 2, 3, 4, 5].map((i) => [`${team}${i}`, team] as [string, string])),
      ties: [['A1', 'A2'], ['B1', 'B2'], ['A1', 'B1']],
    });
    const analysis = analyse(organisation);
    for (const minGroupSize of [1, 5]) {
      const released = releaseAnalysis(analysis, organisation, { minGroupSize });
      expect(released.teams.map((team) => [team.id, team.size])).toEqual([['A', 5], ['B', 5], ['G', 0]]);
      expect(released.privacy).toMatchObject({ teamsSuppressed: 0, peopleInSuppressedTeams: 0 });
    }
    // Withheld by name (compare's small teams), it has no one to withhold either.
    expect(releaseAnalysis(analysis, organisation, { withholdTeams: ['G'] }).privacy).toMatchObject({ teamsSuppressed: 0 });
  });
});

describe('releaseAnalysis with withholdTeams', () => {
  it('withholds the teams named as the small ones, whatever their size, and leaves out the introductions whose reasons name them', async () => {
    const { organisation, report } = await loadOrganisation({ dir: SAMPLE });
    const analysis = analyse(organisation, {}, report);
    const team = organisation.teams.find((t) => t.name === 'Finance Strategy')!;
    expect(team.members.length).toBe(9);
    const plain = releaseAnalysis(analysis, organisation);
    const released = releaseAnalysis(analysis, organisation, { withholdTeams: [team.id] });
    expect(plain.teams.map((t) => t.id)).toContain(team.id);
    expect(released.teams.map((t) => t.id)).toEqual(plain.teams.map((t) => t.id).filter((id) => id !== team.id));
    expect(released.privacy).toMatchObject({ teamsSuppressed: plain.privacy!.teamsSuppressed + 1, peopleInSuppressedTeams: plain.privacy!.peopleInSuppressedTeams + 9 });
    const members = new Set(team.members.map((v) => organisation.people[v].id));
    const withheld = released.people.filter((person) => members.has(person.id));
    expect(withheld.map((person) => [person.team, Number.isNaN(person.eiIndex)])).toEqual(Array(9).fill([null, true]));
    // Their reasons name the team ("… (Finance Strategy)"): every introduction of its members is left out, and only those.
    const named = plain.introductions.filter((item) => members.has(item.from) || members.has(item.to));
    expect(named.length).toBeGreaterThan(0);
    expect(released.introductions).toEqual(plain.introductions.filter((item) => !named.includes(item)));
    expect(JSON.stringify({ teams: released.teams, people: released.people, introductions: released.introductions, risks: released.risks })).not.toContain('Finance Strategy');
    expect(JSON.stringify(released.risks)).not.toContain(`"team":"${team.id}"`);
  });
});
