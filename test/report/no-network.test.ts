/** Reports and exports run to the end with every socket, DNS and fetch call denied in the process (test/privacy/deny-network.mjs). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const DENY = { NODE_OPTIONS: `--import ${join(import.meta.dirname, '..', 'privacy', 'deny-network.mjs')}` };

describe('reports and exports open no network connection', () => {
  it.each([['report.html'], ['report.md'], ['network.gexf'], ['network.graphml'], ['people.csv'], ['analysis.json']])('%s', (name) => {
    const file = join(tempFolder({}), name);
    const result = runCli([name.startsWith('report') ? 'report' : 'export', SAMPLE, '--out', file], DENY);
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});
