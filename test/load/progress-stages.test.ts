/** The stages loadOrganisation reports to onProgress, in order. */
import { describe, expect, it } from 'vitest';
import { loadOrganisation, type LoadProgress } from '../../src/load/load-organisation.js';
import { SMALL_ORG } from '../present/released.js';

describe('loadOrganisation onProgress', () => {
  it('reports staff, teams (when there is a teams file), interactions and network, in that order', async () => {
    const stages = async (teams?: false) => {
      const seen: LoadProgress['stage'][] = [];
      await loadOrganisation({ dir: SMALL_ORG, teams, onProgress: (progress) => {
        if (seen.at(-1) !== progress.stage) seen.push(progress.stage);
      } });
      return seen;
    };
    expect(await stages()).toEqual(['staff', 'teams', 'interactions', 'network']);
    expect(await stages(false)).toEqual(['staff', 'interactions', 'network']);
  });
});
