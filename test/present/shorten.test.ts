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
    expect(casework).toBe('Revenues and…ts Casework');
    expect(commissioning).toBe('Revenues and…mmissioning');
    expect([...casework].length).toBeLessThanOrEqual(24);
    expect(shorten('吴芳王伟李娜张伟吴芳王伟李娜张伟', 9, 'middle')).toBe('吴芳王伟…李娜张伟');
  });
});
