/** A status message fitted to one line without cutting a word. */
import { describe, expect, it } from 'vitest';
import { cutBetweenWords } from '../../../src/ui/layout/cut-between-words.js';

const message = 'Exported 300 rows (8 team names left blank: below minimum group size) to /home/ana/exports/nodefinder-people.csv';

describe('cutBetweenWords', () => {
  it('leaves a message that fits as it is', () => {
    expect(cutBetweenWords(message, 120)).toBe(message);
  });
  it('leaves out the folders of the file first, whole', () => {
    expect(cutBetweenWords(message, 104)).toBe('Exported 300 rows (8 team names left blank: below minimum group size) to …/exports/nodefinder-people.csv');
    expect(cutBetweenWords(message, 103)).toBe('Exported 300 rows (8 team names left blank: below minimum group size) to …/nodefinder-people.csv');
  });
  it('then whole words from the middle, never part of one', () => {
    expect(cutBetweenWords(message, 95)).toBe('Exported 300 rows (8 team names left blank: below minimum group size) … …/nodefinder-people.csv');
    expect(cutBetweenWords(message, 80)).toBe('Exported 300 rows (8 team names left blank: below … …/nodefinder-people.csv');
    expect(cutBetweenWords(message, 30)).toBe('… …/nodefinder-people.csv');
  });
  it('keeps the end of a last word too long for the line', () => {
    expect(cutBetweenWords(message, 12)).toBe('…-people.csv');
  });
});
