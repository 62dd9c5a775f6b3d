/** `--undirected` as a user types it: on every command that reads an organisation, recorded in what it writes. */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.js';
import { runCli } from '../helpers/run-cli.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../compare/tiny-org.js';
import { tempFolder } from '../helpers/temp-files.js';

// A and B in T1, C and D in T2, as test/load/undirected.test.ts reads them.
const dir = tempFolder({
  'staff.csv': 'id,name,team\nA,Ann,T1\nB,Bob,T1\nC,Cat,T2\nD,Dan,T2\n',
  'interactions.csv': 'source,target\nA,B\nB,A\nA,B\nA,C\nC,B\nD,C\n',
});
const analyse = (...flags: string[]) => runCli(['analyse', dir, '--format', 'json', '--min-group-size', '1', ...flags]);

describe('nodefinder --undirected', () => {
  const json = analyse('--undirected');
  const analysis = JSON.parse(json.stdout);

  it('reads each tie both ways, and records that it did in the JSON', () => {
    expect(json.status, json.stderr).toBe(0);
    expect(analysis.load).toMatchObject({ ties: 4, arcs: 8, settings: { undirected: true } });
    expect(analysis.people.map((p: { id: string; inDegree: number; outDegree: number }) => [p.id, p.inDegree, p.outDegree])).toEqual([['A', 2, 2], ['B', 2, 2], ['C', 3, 3], ['D', 1, 1]]);
    const directed = JSON.parse(analyse().stdout);
    expect(directed.load).toMatchObject({ ties: 4, arcs: 5, settings: { undirected: false } });
  });

  it('gives byte-identical JSON on a second run', () => {
    expect(analyse('--undirected').stdout).toBe(json.stdout);
  });

  it('is said in the load report and the methods', () => {
    const validate = runCli(['validate', dir, '--undirected']);
    // The directed view's 8 arcs are the 4 ties both ways: counting them would read as direction.
    expect(validate.stdout).toContain('  ties          4 pairs who interacted (read without direction)\n');
    expect(runCli(['validate', dir]).stdout).toContain('  ties          4 pairs who interacted (5 directed)\n');
    expect(validate.stdout).toContain('  read with     --undirected\n');
    const markdown = runCli(['analyse', dir, '--format', 'markdown', '--min-group-size', '1', '--undirected']).stdout;
    expect(markdown).toContain('| Data read with | --undirected |');
    expect(markdown).toContain('6 interactions in 4 ties (read without direction).');
    expect(markdown).toContain("| Network | undirected: a tie's strength is the interactions between the two, read without direction |");
  });

  it('is a flag of every command that reads an organisation', () => {
    for (const command of ['analyse', 'suggest', 'compare', 'report', 'export', 'validate']) {
      expect(runCli([command, '--help']).stdout, command).toContain('--undirected');
    }
  });

  it('is recorded in a comparison\'s options.load', () => {
    const tiny = writeTinyOrganisation();
    const result = runCli(['compare', tiny, '--before', BEFORE, '--after', AFTER, '--format', 'json', '--undirected']);
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as Comparison).options.load).toMatchObject({ undirected: true });
  });

  it('is refused with --directed, naming both flags, before anything is read, in analyse and compare', () => {
    const expected = 'nodefinder: --directed measures centralities on the directed network, but --undirected reads interactions that have no direction, so it would hold each tie both ways' +
      ' — leave out --directed for data without direction, or --undirected for data with it\n';
    const missing = tempFolder({});
    for (const args of [['analyse', missing], ['compare', missing, '--before', BEFORE, '--after', AFTER]]) {
      const result = runCli([...args, '--undirected', '--directed']);
      expect(result.status, args[0]).toBe(2);
      expect(result.stderr, args[0]).toBe(expected);
    }
  });

  it('is refused with a mail export, naming both flags', () => {
    const result = runCli(['validate', dir, '--recipients', 'recipients.csv', '--undirected']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('nodefinder: --undirected reads interactions that have no direction, but --recipients names a mail export, whose every message has a sender — leave out --undirected to read the mail export\n');
  });
});
