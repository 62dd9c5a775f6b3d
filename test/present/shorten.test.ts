/** Labels cut to fit a drawing: at the end, or in the middle for team names. */
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/present/html/shorten.js';

describe('shorten', () => {
  it('leaves a label that fits, and cuts a longer one at the end by default', () => {
    expect(shorten('Finance', 24)).toBe('Finance');
    expect(shorten('Revenues and Benefits Casework', 24)).toBe('Revenues and Benefits C…');
  });
  it('cuts team names in the middle, so teams of one department keep different labels', () => {
    const casework = shorten('Revenues and Benefits Casework', 24, 'middle');
    const commissioning = shorten('Revenues and Benefits Commissioning', 24, 'middle');
    expect(casework).toBe('Revenues and Be…Casework');
    expect(commissioning).toBe('Revenues a…Commissioning');
    expect([...casework].length).toBeLessThanOrEqual(24);
    // The end starts at a word: the most last words that fit in two thirds of the room.
    expect(shorten('Adult Social Care Operations 2', 24, 'middle')).toBe('Adult Socia…Operations 2');
    expect(shorten('Children and Families Early Help Hub North', 24, 'middle')).toBe('Children…Help Hub North');
    // A last word too long for that is cut in half the room.
    expect(shorten('Transformation Programmemanagementoffice', 24, 'middle')).toBe('Transformati…ementoffice');
    expect(shorten('吴芳王伟李娜张伟吴芳王伟李娜张伟', 9, 'middle')).toBe('吴芳王伟…李娜张伟');
  });
});
