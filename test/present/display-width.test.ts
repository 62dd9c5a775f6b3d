/** Terminal cells: one per character as a reader counts them, two for wide characters. */
import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes, sliceToWidth } from '../../src/present/display-width.js';

describe('displayWidth', () => {
  it('counts an accented letter once whether precomposed or combining', () => {
    expect(displayWidth('Lucía')).toBe(5);
    expect(displayWidth('Luci\u0301a')).toBe(5);
    expect(graphemes('Luci\u0301a')).toHaveLength(5);
  });
  it('counts right-to-left and Latin letters as one cell each', () => {
    expect(displayWidth('عمر خوري')).toBe(8);
    expect(displayWidth('Zoë Lemaître')).toBe(12);
  });
  it('counts Chinese, Japanese, Korean and fullwidth characters as two', () => {
    expect(displayWidth('吴芳')).toBe(4);
    expect(displayWidth('さくら')).toBe(6);
    expect(displayWidth('김민준')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
  });
  it('counts the spacing vowel signs of Devanagari as a cell each and the combining ones as none, as terminals do', () => {
    // र ा ह ु ल: ा (U+093E) is a spacing mark, ु (U+0941) a combining one
    expect(displayWidth('राहुल')).toBe(4);
    expect(sliceToWidth('राहुल', 2)).toBe('रा');
  });
  it('counts an emoji as two and a control character as none', () => {
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('a\u0007b')).toBe(2);
  });
});

describe('sliceToWidth', () => {
  it('keeps the longest start that fits, never half a wide character', () => {
    expect(sliceToWidth('Lucía González', 5)).toBe('Lucía');
    expect(sliceToWidth('吴芳王伟', 5)).toBe('吴芳');
    expect(sliceToWidth('吴芳王伟', 6)).toBe('吴芳王');
  });
});
