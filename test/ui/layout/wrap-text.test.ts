/** Wrapping counts characters as readers do and breaks at spaces, with a hanging indent. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/present/display-width.js';
import { wrapText } from '../../../src/ui/layout/wrap-text.js';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });
  it('indents continuation lines and keeps them within the width', () => {
    const lines = wrapText('alpha beta gamma delta epsilon', 12, 2);
    expect(lines).toEqual(['alpha beta', '  gamma', '  delta', '  epsilon']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('counts wide characters as two cells', () => {
    expect(wrapText('吴芳 王伟 李娜', 9)).toEqual(['吴芳 王伟', '李娜']);
    expect(wrapText('吴芳王伟李娜', 5)).toEqual(['吴芳', '王伟', '李娜']);
  });
  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual(['']);
  });
});
