/** `nodefinder report` as a user runs it: formats by extension, byte-identical reruns, clear refusals, escaped names. */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/present/markdown-escape.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { HOSTILE_PEOPLE, hostileOrganisation } from './hostile-org.js';
import { runCliWithUmask } from './run-in-umask.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** Cells of a Markdown table row, splitting on pipes that are not escaped. */
const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);

describe('nodefinder report', () => {
  it('explains itself with examples', () => {
    const result = runCli(['report', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('nodefinder report fixtures/sample --out report.html');
    expect(result.stdout).toContain('--min-group-size');
  });

  it('writes HTML or Markdown by the file name, the same bytes on every run', () => {
    const out = tempFolder({});
    for (const name of ['a.html', 'b.html', 'a.md', 'b.md']) expect(runCli(['report', SAMPLE, '--out', join(out, name)]).status).toBe(0);
    const html = readFileSync(join(out, 'a.html'));
    const markdown = readFileSync(join(out, 'a.md'));
    expect(html.equals(readFileSync(join(out, 'b.html')))).toBe(true);
    expect(markdown.equals(readFileSync(join(out, 'b.md')))).toBe(true);
    expect(html.toString('utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect(markdown.toString('utf8').startsWith('# Organisation network report\n\n300 people in 33 teams;')).toBe(true);
    // --format gives the format of a name in no format's extension.
    expect(runCli(['report', SMALL_ORG, '--out', join(out, 'report.wiki'), '--format', 'markdown']).status).toBe(0);
    expect(readFileSync(join(out, 'report.wiki'), 'utf8').startsWith('# Organisation network report')).toBe(true);
  }, 120_000);

  it('records the seed and the privacy settings it was made with', () => {
    const out = join(tempFolder({}), 'report.md');
    expect(runCli(['report', SMALL_ORG, '--out', out, '--seed', '7', '--min-group-size', '3']).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('| Seed | 7 |');
    expect(text).toContain('| Minimum group size | 3 |');
    // Archive (2 people) is below 3; Finance, Payroll and Housing are not.
    expect(text).toContain('- Minimum group size 3: 1 team smaller than that is left out of the map, the team tables and every team figure, and 2 members appear with no team.');
  });

  it('carries the load warnings, so a shared report says what to read with care', () => {
    // Times in seconds since a study began read as 1970: the load warns, and so must the report.
    const dir = tempFolder({
      'staff.csv': 'id,team\na,T\nb,T\nc,U\nd,U\n',
      'interactions.csv': 'source,target,timestamp\na,b,20\nb,c,40\nc,d,60\na,d,80\n',
    });
    const out = join(dir, 'report.md');
    expect(runCli(['report', dir, '--out', out, '--min-group-size', '1']).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('- Read with care: loading the files gave 1 warning, listed under Methods and privacy.');
    expect(text).toMatch(/\n- Warning: the first interaction is dated 1970-01-01: numbers that are not Unix times/);
  });

  it('refuses a missing folder, an unknown format and a folder as the file, and writes nothing', () => {
    const out = tempFolder({});
    mkdirSync(join(out, 'existing'));
    const missing = runCli(['report', SMALL_ORG, '--out', join(out, 'no-such-folder', 'report.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const unknown = runCli(['report', SMALL_ORG, '--out', join(out, 'report.pdf')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the format');
    // A folder, or an empty name, is said as such even without --format (not "cannot tell the format").
    for (const format of [['--format', 'html'], []]) {
      const folder = runCli(['report', SMALL_ORG, '--out', join(out, 'existing'), ...format]);
      expect(folder.status).toBe(2);
      expect(folder.stderr).toContain('is a folder');
    }
    expect(runCli(['report', SMALL_ORG, '--out', '']).stderr).toContain('--out: the file name is empty');
    expect(runCli(['report', SMALL_ORG]).status).toBe(2);
    expect(readdirSync(out)).toEqual(['existing']);
  });

  it('writes only the file asked for, with the permissions the umask gives', () => {
    const out = tempFolder({});
    const result = runCliWithUmask('027', ['report', SMALL_ORG, '--out', join(out, 'report.html')]);
    expect(result.status).toBe(0);
    expect(readdirSync(out)).toEqual(['report.html']);
    expect(statSync(join(out, 'report.html')).mode & 0o777).toBe(0o640);
  });

  it('names no one when pseudonymised: pseudonyms instead of ids and names, and says so', () => {
    const out = tempFolder({});
    const env = { NODEFINDER_KEY: 'a test key of at least sixteen bytes' };
    for (const name of ['report.html', 'report.md']) {
      const result = runCli(['report', SMALL_ORG, '--out', join(out, name), '--pseudonymise', '--min-group-size', '2'], env);
      expect(result.status, result.stderr).toBe(0);
      const text = readFileSync(join(out, name), 'utf8');
      for (const person of ['Ann Smith', 'Carla Patel', 'Hal Evans', 'P01', 'P03']) expect(text).not.toContain(person);
      expect(text).toMatch(/p-[0-9a-f]{16}/);
      expect(text).toContain('This report names no one: 13 people appear in its lists and tables under a pseudonym');
      // Teams are organisational units, not people, and keep their names.
      expect(text).toContain('Finance');
    }
  });

  it('shows hostile names as text in HTML: no markup of theirs survives', () => {
    const out = join(tempFolder({}), 'report.html');
    expect(runCli(['report', hostileOrganisation(), '--out', out, '--min-group-size', '1']).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Ops&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('&quot;Quoted&quot; O&#39;Brien');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
    for (const name of ['李小龍', 'العربية', 'Pipe | Name', '李部', 'العربية فريق']) expect(html).toContain(name);
  });

  it('shows hostile names as text in Markdown: escaped markup, one line each, tables intact', () => {
    const out = join(tempFolder({}), 'report.md');
    expect(runCli(['report', hostileOrganisation(), '--out', out, '--min-group-size', '1']).status).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    // Every < is escaped, so no HTML reaches a renderer.
    expect(markdown).not.toMatch(/(?<!\\)</);
    expect(markdown).toContain('| \\<script\\>alert(1)\\</script\\> | \\<b\\>Ops\\</b\\> \\& "Co" |');
    expect(markdown).toContain('| Line Break |');
    expect(markdown).toContain('| Pipe \\| Name | العربية فريق |');
    expect(markdown).toContain('=HYPERLINK("http\\://evil.example","click")');
    expect(markdown).toContain('\\*bold\\* \\_it\\_ \\[link\\](http\\://x) \\`code\\`');
    expect(markdown).toContain('李小龍');
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
      const width = cells(lines[i]).length;
      for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cells(lines[j]), lines[j]).toHaveLength(width);
    }
    // Each hostile person is named somewhere, escaped, without breaking a line.
    for (const name of Object.values(HOSTILE_PEOPLE)) expect(markdown).toContain(escapeMarkdown(name));
  });
});
