/** The map's department colours: the departments with the most people get one each, the others share a grey. */
import { describe, expect, it } from 'vitest';
import { departmentFills } from '../../src/present/html/department-fills.js';
import { DEPARTMENT_FILLS, OTHER_DEPARTMENTS_FILL } from '../../src/present/html/map-palette.js';

describe('departmentFills', () => {
  it('colours the seven departments with the most people, most first, and greys the rest', () => {
    // Department "D<n>" has n people, in two teams for D9 (5 + 4), so people are summed over teams.
    const teams = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ parent: `D${n}`, size: n })).concat([{ parent: 'D9', size: 5 }, { parent: 'D9', size: 4 }]);
    const fills = departmentFills(teams);
    expect(fills.coloured.map((c) => c.department)).toEqual(['D9', 'D8', 'D7', 'D6', 'D5', 'D4', 'D3']);
    expect(fills.coloured.map((c) => c.fill)).toEqual(DEPARTMENT_FILLS);
    expect(fills.others).toBe(2);
    expect(fills.fill('D9')).toBe('#88ccee');
    expect(fills.fill('D2')).toBe(OTHER_DEPARTMENTS_FILL);
    expect(fills.fill('D1')).toBe(OTHER_DEPARTMENTS_FILL);
    // No two coloured departments share a colour, and none is the grey.
    expect(new Set([...fills.coloured.map((c) => c.fill), OTHER_DEPARTMENTS_FILL]).size).toBe(8);
  });

  it('orders equal departments by name, teams without a department last, and greys none when there are few', () => {
    const fills = departmentFills([{ parent: '', size: 5 }, { parent: 'B', size: 5 }, { parent: 'A', size: 5 }, { parent: 'C', size: 9 }]);
    expect(fills.coloured).toEqual([
      { department: 'C', fill: DEPARTMENT_FILLS[0] },
      { department: 'A', fill: DEPARTMENT_FILLS[1] },
      { department: 'B', fill: DEPARTMENT_FILLS[2] },
      { department: '', fill: DEPARTMENT_FILLS[3] },
    ]);
    expect(fills.others).toBe(0);
  });
});
