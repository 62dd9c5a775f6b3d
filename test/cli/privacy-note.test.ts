/** validate ends with a privacy note that says what personal data was read, and for when. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyNote } from '../../src/present/privacy-note.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

describe('privacy note', () => {
  it('closes the validate report', () => {
    const result = runCli(['validate', join(import.meta.dirname, '..', '..', 'fixtures', 'small-org')]);
    expect(result.stdout).toContain(
      "Privacy\n  Personal data read: 14 people's ids, names, e-mail addresses, managers, locations, roles and teams; 51 interactions between them from 2026-03-02 to 2026-03-28.\n",
    );
  });
  it('names only the columns that were read, other columns too, and says when there were no timestamps', async () => {
    const dir = tempFolder({ 'staff.csv': 'id,grade\nA,5\nB,6\n', 'interactions.csv': 'source,target,count\nA,B,3\n' });
    const { report } = await loadOrganisation({ dir });
    expect(privacyNote(report)[0]).toBe("Personal data read: 2 people's ids, and the other staff columns grade; 3 interactions between them (no timestamps).");
  });
  it('lists the staff columns kept in the output as an English list', async () => {
    const dir = tempFolder({ 'staff.csv': 'id,grade\nA,5\nB,6\n', 'interactions.csv': 'source,target\nA,B\n' });
    const { report } = await loadOrganisation({ dir });
    const privacy = { minGroupSize: 5, teamsSuppressed: 0, peopleInSuppressedTeams: 0, pseudonymised: false };
    expect(privacyNote(report, { ...privacy, keptAttributes: ['grade', 'site', 'office'] })[2]).toContain("each person's id, the staff columns grade, site and office, their team");
    expect(privacyNote(report, { ...privacy, keptAttributes: ['grade'] })[2]).toContain("each person's id, the staff columns grade, their team");
  });
});
