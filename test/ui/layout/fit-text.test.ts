/** Table cells: padded to the width, or cut with an ellipsis. */
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../src/ui/layout/fit-text.js';

describe('fitText', () => {
  it('pads left- or right-aligned to the exact width', () => {
    expect(fitText('Ann', 6)).toBe('Ann   ');
    expect(fitText('42', 5, 'right')).toBe('   42');
  });
  it('cuts with an ellipsis, counting accented letters once', () => {
    expect(fitText('Corporate Services', 10)).toBe('Corporate…');
    expect(fitText('Lucía González', 6)).toBe('Lucía…');
  });
  it('counts wide characters as two cells, padding where one would not fit', () => {
    expect(fitText('吴芳', 6)).toBe('吴芳  ');
    expect(fitText('吴芳王伟', 6)).toBe('吴芳… ');
  });
  it('cuts in the middle when asked, so names that share a start still differ', () => {
    expect(fitText('Revenues and Benefits Casework', 20, 'left', 'middle')).toBe('Revenues an…Casework');
    expect(fitText('Revenues and Benefits Commissioning', 20, 'left', 'middle')).toBe('Revenues a…issioning');
    expect(fitText('吴芳王伟李娜张伟', 9, 'left', 'middle')).toBe('吴芳…张伟');
    // Too narrow to keep both ends usefully: cut at the end.
    expect(fitText('Revenues and Benefits', 6, 'left', 'middle')).toBe('Reven…');
  });
  it('keeps the end from a word, as many last words as fit in two thirds of the room, so departments numbered alike still differ', () => {
    // Teams of `nodefinder sample --staff 21000 --seed 1`: departments "Adult Learning 2" and "… 3".
    expect(fitText('Adult Learning 2 Assessment', 22, 'left', 'middle')).toBe('Adult Lea…2 Assessment');
    expect(fitText('Adult Learning 3 Assessment', 22, 'left', 'middle')).toBe('Adult Lea…3 Assessment');
    expect(fitText('Licensing 7 West', 12, 'left', 'middle')).toBe('Licen…7 West');
  });
  it('keeps the id a shared name carries and cuts the name before it, at either cut', () => {
    expect(fitText('Gurpreet Hussain (P000123)', 23)).toBe('Gurpreet Hus… (P000123)');
    expect(fitText('David Harrison (P000027)', 23, 'left', 'middle')).toBe('Davi…Harrison (P000027)');
    // Too narrow for a name beside its id: cut at the end, never leaving the end of the id alone.
    expect(fitText('David Harrison (P000027)', 12, 'left', 'middle')).toBe('David Harri…');
    // Details after the id are not an id: cut as any text.
    expect(fitText('Eren Şahin (P000170, Waste)', 16)).toBe('Eren Şahin (P00…');
    // A cut just after a word leaves no space before the ellipsis.
    expect(fitText('Ravi Kumar (P001892)', 16)).toBe('Ravi… (P001892) ');
    expect(fitText('Corporate Services', 11)).toBe('Corporate… ');
  });
  it('cuts a pair end by end, each as one name, so neither end is taken for the other', () => {
    // Pairs of teams of `nodefinder sample --staff 1000 --second-period`: the ends share their start.
    const pair = 'Parks and Open Spaces Reviews ↔ Parks and Open Spaces Systems';
    expect(fitText(pair, 48, 'left', 'middle', ' ↔ ')).toBe('Parks an…Spaces Reviews ↔ Parks a…Spaces Systems');
    expect(fitText(pair, 24, 'left', 'middle', ' ↔ ')).toBe('Parks…views ↔ Parks…tems');
    // A short end leaves its room to the other; a person's id stays with their own name.
    expect(fitText('Ann Lee ↔ Parks and Open Spaces Systems', 24, 'left', 'middle', ' ↔ ')).toBe('Ann Lee ↔ Parks…Systems ');
    expect(fitText('Amelia Turner ↔ Raúl González (P000443)', 30, 'left', 'middle', ' ↔ ')).toBe('Amelia Turner ↔ Raú… (P000443)');
    expect(fitText('P000443;P000123', 11, 'left', 'end', ';')).toBe('P000…;P000…');
    // Too narrow for two ends: cut as one text.
    expect(fitText(pair, 10, 'left', 'middle', ' ↔ ')).toBe('Parks…tems');
  });
  it('flattens line breaks so a row stays one line', () => {
    expect(fitText('a\nb', 3)).toBe('a b');
  });
});
