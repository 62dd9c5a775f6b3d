/** Control characters in values are read as visible stand-ins, so no name can drive the terminal. */
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { printable } from '../../src/load/printable.js';
import { tempFolder } from '../helpers/temp-files.js';

describe('printable', () => {
  it('shows C0 controls and DEL as control pictures and C1 codes as U+FFFD, one character for one', () => {
    expect(printable('Zoë\x1b]2;title\x07Moreau')).toBe('Zoë␛]2;title␇Moreau');
    expect(printable('a\x00b\x7fc\u009b31m')).toBe('a␀b␡c\ufffd31m');
    expect(printable('tab\tand\nbreaks\r\nkept')).toBe('tab\tand\nbreaks\r\nkept');
    const text = 'x\x1b[2Jy';
    expect(printable(text)).toHaveLength(text.length);
  });
});

describe('loading values that hold control characters', () => {
  it('reads names, ids and channels with visible stand-ins, and still matches the ids of interactions', async () => {
    const dir = tempFolder({
      'staff.csv': 'id,name,team\nP\x1b1,Lucía\x1b[2J\x1b[31mÁlvarez,T\nP2,Zoë\x1b]2;PWNED\x07Moreau,T\nP3,"Ann \u009b31m",U\n',
      'interactions.csv': 'source,target,channel\nP\x1b1,P2,e\x1bmail\nP2,P3,chat\n',
    });
    const { organisation, report } = await loadOrganisation({ dir, threads: 1 });
    expect(organisation.people.map((p) => [p.id, p.name])).toEqual([
      ['P␛1', 'Lucía␛[2J␛[31mÁlvarez'],
      ['P2', 'Zoë␛]2;PWNED␇Moreau'],
      ['P3', 'Ann \ufffd31m'],
    ]);
    expect(organisation.channels).toEqual(['e␛mail', 'chat']);
    expect(organisation.ties.length).toBe(2);
    expect(report.files.find((file) => file.kind === 'interactions')!.rowsUsed).toBe(2);
  });
});
