/**
 * A report lists at most REPORT_INTRODUCTIONS introductions (a whole plan of 12,758 made an HTML
 * page Chromium could not print), says how many the plan holds and names the command that writes
 * them all; analyse's text hint, which a reader follows to a report, names that command too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { REPORT_INTRODUCTIONS } from '../../src/present/report-introductions.js';
import { PLAIN } from '../../src/present/load-report-text.js';
import { formatText } from '../../src/present/text.js';
import { releaseAnalysis } from '../../src/privacy/release.js';
import { writeSample } from '../../src/sample/index.js';

describe('introductions in a report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-report-introductions-'));
  await writeSample(dir, { staff: 1000, seed: 1 });
  const { organisation, report } = await loadOrganisation({ dir });
  const releasedWith = (limit: number) => releaseAnalysis(analyse(organisation, { introductions: { limit } }, report), organisation, { minGroupSize: 5 });
  const all = releasedWith(100_000);
  const planned = all.introductions.length;

  it('are cut to the first 200 of the plan, with how many there are and how to write them all', () => {
    expect(REPORT_INTRODUCTIONS).toBe(200);
    expect(planned).toBeGreaterThan(REPORT_INTRODUCTIONS);
    const markdown = formatMarkdown(all, { organisation });
    const section = markdown.slice(markdown.indexOf('## Introductions'), markdown.indexOf('## Departments'));
    const rows = section.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(200);
    expect(rows.at(-1)).toMatch(/^\| 200 \|/);
    expect(section).toContain(`The plan holds ${planned.toLocaleString('en')} introductions; the best 200 are listed, best first ` +
      `(a report lists at most 200; nodefinder suggest DIR --limit ${planned} --format csv --output introductions.csv, with the other flags this was made with, writes them all):`);
  });

  it('are all listed when --limit fits the report, with the same command for the whole plan', () => {
    for (const limit of [150, 50]) {
      const markdown = formatMarkdown(releasedWith(limit), { organisation });
      expect(markdown).toContain(`The plan holds ${planned.toLocaleString('en')} introductions; the best ${limit} are listed, best first ` +
        `(nodefinder suggest DIR --limit ${planned} --format csv --output introductions.csv, with the other flags this was made with, writes them all): `);
      expect(markdown).not.toContain('a report lists at most');
    }
  });


  it('are pointed to in a file by analyse\'s hint when there are more than a report lists, on the folder given, with the run\'s other flags', () => {
    expect(formatText(releasedWith(50), PLAIN, 10, 'data/2026 q1')).toContain(
      `(10 of ${planned.toLocaleString('en')} shown; --format json for the best 50, --limit ${planned} for all; ` +
      `in a file, nodefinder suggest 'data/2026 q1' --limit ${planned} --format csv --output introductions.csv, with the other flags this was made with)`,
    );
    expect(formatText(releasedWith(50))).toContain(`in a file, nodefinder suggest DIR --limit ${planned} --format csv`);
  });
});
