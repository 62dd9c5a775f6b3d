import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { teamStrata } from '../../src/measures/team-strata.js';
import { tempFolder } from '../helpers/temp-files.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('teamStrata', () => {
  it('numbers teams by department, then team (small-org: Communities before Resources)', async () => {
    const { organisation } = await loadOrganisation({ dir: join(ROOT, 'fixtures', 'small-org') });
    // T1, T2 are in Resources; T3, T4 in Communities. P01–P04 T1, P05–P07 T2, P08–P11 and P14 T3, P12–P13 T4.
    expect([...teamStrata(organisation)]).toEqual([2, 2, 2, 2, 3, 3, 3, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('skips teams without members and puts people without a team last', async () => {
    const dir = tempFolder({
      'teams.csv': 'id,name,parent\nT1,One,Zeta\nT2,Empty,Alpha\nT3,Three,Alpha\n',
      'staff.csv': 'id,name,team\nP1,Ann,T1\nP2,Bob,\nP3,Cy,T3\nP4,Di,T1\n',
      'interactions.csv': 'source,target,timestamp\nP1,P2,2026-01-05T09:00:00Z\nP2,P3,2026-01-05T09:00:00Z\nP3,P4,2026-01-05T09:00:00Z\n',
    });
    const { organisation } = await loadOrganisation({ dir });
    // T3 (Alpha) 0, T1 (Zeta) 1, no team 2; the empty T2 takes no number.
    expect([...teamStrata(organisation)]).toEqual([1, 2, 0, 1]);
  });
});
