/** Names of kept staff columns in the exports: a built-in column's name is never shadowed or repeated. */
import { describe, expect, it } from 'vitest';
import { peopleTable } from '../../src/present/csv-tables.js';
import { BUILT_IN_PERSON_COLUMNS, keptColumns } from '../../src/present/kept-columns.js';
import { nodeAttributes } from '../../src/present/network-attributes.js';
import { releasedOf, SMALL_ORG } from './released.js';

const keeping = (columns: string[]) => ({ people: [], privacy: { keptAttributes: columns } }) as unknown as Parameters<typeof keptColumns>[0];

describe('kept staff columns', async () => {
  const { released } = await releasedOf(SMALL_ORG, 2);

  it('keep their names when no built-in column has them', () => {
    expect(keptColumns(keeping(['grade', 'location']))).toEqual([
      { column: 'grade', name: 'grade' },
      { column: 'location', name: 'location' },
    ]);
  });

  it('get the prefix staff_ when a built-in column has the name, ignoring case', () => {
    expect(keptColumns(keeping(['department', 'degree', 'label', 'Roles', 'ID', 'teamname'])).map((c) => c.name)).toEqual([
      'staff_department', 'staff_degree', 'staff_label', 'staff_Roles', 'staff_ID', 'staff_teamname',
    ]);
  });

  it('never take a name another kept column has, whatever the order', () => {
    expect(keptColumns(keeping(['department', 'staff_department']))).toEqual([
      { column: 'department', name: 'staff_staff_department' },
      { column: 'staff_department', name: 'staff_department' },
    ]);
    // Two kept columns differing only in case: the second is renamed, as readers that ignore case would merge them.
    expect(keptColumns(keeping(['Grade', 'grade'])).map((c) => c.name)).toEqual(['Grade', 'staff_grade']);
  });

  it('know every built-in column of the people table and the network attributes', () => {
    const builtIn = new Set(BUILT_IN_PERSON_COLUMNS);
    for (const name of peopleTable(released).header) expect(builtIn, name).toContain(name);
    for (const attribute of nodeAttributes(released)) expect(builtIn, attribute.name).toContain(attribute.name);
  });
});
