/** NO_COLOR turns colour off; FORCE_COLOR, which chalk has already read, wins over it. */
import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/ui/colour-level.js';

describe('colourLevel', () => {
  it('keeps the detected level without NO_COLOR', () => {
    expect(colourLevel({}, 2)).toBe(2);
    expect(colourLevel({}, 0)).toBe(0);
  });
  it('is 0 with a non-empty NO_COLOR', () => {
    expect(colourLevel({ NO_COLOR: '1' }, 3)).toBe(0);
    expect(colourLevel({ NO_COLOR: 'anything' }, 1)).toBe(0);
  });
  it('ignores an empty NO_COLOR, as no-color.org says', () => {
    expect(colourLevel({ NO_COLOR: '' }, 2)).toBe(2);
  });
  it('lets FORCE_COLOR win over NO_COLOR, as Node.js does', () => {
    expect(colourLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, 1)).toBe(1);
  });
});
