/** Which channel names point at a person, and are left out of pseudonymised outputs. */
import { describe, expect, it } from 'vitest';
import { namesAPerson } from '../../src/privacy/personal-channels.js';

const STAFF = new Set(['P02', 'E-1042', 'jsmith']);
const isStaffId = (word: string) => STAFF.has(word);

describe('namesAPerson', () => {
  it('finds an e-mail address anywhere in the name', () => {
    expect(namesAPerson('DM zara.quist@council.example', isStaffId)).toBe(true);
    expect(namesAPerson('zara@council', isStaffId)).toBe(true);
  });

  it('finds a staff id as a word of the name, split at spaces and punctuation but not at the . - _ ids hold', () => {
    expect(namesAPerson('1:1 with P02', isStaffId)).toBe(true);
    expect(namesAPerson('dm/E-1042', isStaffId)).toBe(true);
    expect(namesAPerson('jsmith', isStaffId)).toBe(true);
    expect(namesAPerson('(jsmith)', isStaffId)).toBe(true);
  });

  it('finds a staff id joined to the rest of a word by . - or _', () => {
    for (const channel of ['dm-P02', 'dm_P02', 'P02.chat', 'dm-E-1042', 'team_E-1042.chat', 'jsmith-1:1']) expect(namesAPerson(channel, isStaffId), channel).toBe(true);
  });

  it('leaves channels that name no one', () => {
    for (const channel of ['email', 'meeting', 'Teams chat', '1:1', '@here', 'P021', 'E-1042b', 'jsmiths-team']) expect(namesAPerson(channel, isStaffId), channel).toBe(false);
  });
});
