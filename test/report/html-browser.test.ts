/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): it opens from
 * a file with no console error and no request other than the file itself, the map and tables are
 * visible, hostile names show as text and run nothing, and it prints to PDF. The screenshot and
 * the PDF are kept in test-artifacts/ for people to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { hostileOrganisation } from './hostile-org.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const CHROMIUM = process.env.NODEFINDER_CHROMIUM ?? '/usr/bin/chromium';

interface Opened {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly problems: string[];
}

describe('the HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report of `dir` and opens it, recording every request, console error, page error and dialog. */
  async function open(dir: string, args: readonly string[] = []): Promise<Opened> {
    const file = join(tempFolder({}), 'report.html');
    const result = runCli(['report', dir, '--out', file, ...args]);
    expect(result.status, result.stderr).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, problems };
  }

  it('opens the sample report offline: no error, no request but the file, map and tables visible', async () => {
    const { page, url, requests, problems } = await open(SAMPLE);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.title()).resolves.toBe('Organisation network report: 300 people in 33 teams; interactions from 2026-01-05 to 2026-06-26');

    const map = page.locator('#map svg.team-map');
    expect(await map.isVisible()).toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    expect(box!.height).toBeGreaterThan(300);
    // 31 teams are drawn (33 less the 2 below the minimum group size), each with a visible circle.
    expect(await page.locator('#map svg.team-map g.team').count()).toBe(31);
    expect(await page.locator('#map svg.team-map g.team.silo').count()).toBe(1);
    expect(await page.locator('#map svg.team-map g.team.silo title').textContent()).toMatch(/^Finance Strategy \(Finance\); 9 people;/);
    expect(await page.locator('#connectors svg.chart g.bar').count()).toBe(10);
    expect(await page.locator('#brokers svg.chart g.bar').count()).toBe(10);
    // No team's name, as the browser draws it, lies over a circle: it would read as that team's.
    // (A string, run in the page: this project's TypeScript has no DOM types.)
    const labelsOverCircles = await page.evaluate(`(() => {
      const circles = [...document.querySelectorAll('#map svg.team-map g.team circle:not(.risk-ring)')]
        .map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) }));
      const map = document.querySelector('#map svg.team-map').viewBox.baseVal;
      return [...document.querySelectorAll('#map svg.team-map .labels text')].filter((text) => {
        const box = text.getBBox();
        // Nor outside the map, where it is cut off.
        if (box.x < 0 || box.y < 0 || box.x + box.width > map.width || box.y + box.height > map.height) return true;
        return circles.some((c) => {
          const dx = Math.min(Math.max(c.x, box.x), box.x + box.width) - c.x;
          const dy = Math.min(Math.max(c.y, box.y), box.y + box.height) - c.y;
          return Math.hypot(dx, dy) < c.r - 1;
        });
      }).map((text) => text.textContent);
    })()`);
    expect(await page.locator('#map svg.team-map .labels text').count()).toBe(24);
    expect(labelsOverCircles).toEqual([]);

    for (const id of ['summary', 'map', 'connectors', 'brokers', 'silos', 'risks', 'introductions', 'departments', 'methods']) {
      expect(await page.locator(`section#${id}`).isVisible(), id).toBe(true);
    }
    const tables = page.locator('table');
    const count = await tables.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) expect(await tables.nth(i).isVisible()).toBe(true);
    expect(await page.locator('#silos table tbody tr').count()).toBe(1);
    expect(await page.locator('#introductions table tbody tr').count()).toBe(50);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(readFileSync(join(ARTIFACTS, 'report.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);

  it('keeps every bar\'s value clear of the dashed threshold line, which would strike it through', async () => {
    // Seed 5's brokers: three values end just short of the threshold, where their labels sat.
    const dir = tempFolder({});
    expect(runCli(['sample', '--staff', '300', '--seed', '5', '--out', dir]).status).toBe(0);
    const { page, problems } = await open(dir);
    expect(problems).toEqual([]);
    const valuesUnderThreshold = await page.evaluate(`[...document.querySelectorAll('svg.chart')].flatMap((chart) => {
      const line = chart.querySelector('line.threshold');
      const x = Number(line.getAttribute('x1'));
      return [...chart.querySelectorAll('text.value')].filter((text) => {
        const box = text.getBBox();
        return box.x - 2 < x && x < box.x + box.width + 2;
      }).map((text) => text.textContent);
    })`);
    expect(await page.locator('svg.chart line.threshold').count()).toBe(2);
    expect(await page.locator('svg.chart text.value').count()).toBe(20);
    expect(valuesUnderThreshold).toEqual([]);
  }, 60_000);

  it('stays legible on a phone (390 px): contents in one column, map labels and table columns at a readable size, scrolled sideways', async () => {
    const { page } = await open(SAMPLE);
    await page.setViewportSize({ width: 390, height: 900 });
    // (Strings, run in the page: this project's TypeScript has no DOM types.)
    expect(await page.evaluate(`getComputedStyle(document.querySelector('nav ol')).columnCount`)).toBe('1');
    const labelHeight = Number(await page.evaluate(`document.querySelector('#map svg.team-map .labels text').getBoundingClientRect().height`));
    expect(labelHeight).toBeGreaterThan(8);
    // The introductions' reasons get a column wide enough that a row is a few lines, not a dozen.
    const rowHeight = Number(await page.evaluate(`document.querySelector('#introductions table tbody tr').getBoundingClientRect().height`));
    expect(rowHeight).toBeLessThan(180);
    // Wide content scrolls inside its section; the page itself does not scroll sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
  });

  it('prints to PDF on A4 pages', async () => {
    const { page } = await open(SAMPLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(40);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);
  }, 60_000);

  it('fits narrow windows and A4: no table sticks out of its section, and the page never scrolls sideways', async () => {
    const { page } = await open(SAMPLE);
    // Run in the page (a string: this project's types have no DOM).
    const fit = () => page.evaluate<{ page: number; overhang: number }>(`({
      page: document.documentElement.scrollWidth,
      overhang: Math.max(0, ...[...document.querySelectorAll('table')].map((table) => table.getBoundingClientRect().right - table.closest('section').getBoundingClientRect().right)),
    })`);
    for (const width of [800, 600]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await fit(), `${width} px`).toEqual({ page: width, overhang: 0 });
    }
    // At 400 px a wide table scrolls inside its section; the page itself still does not.
    await page.setViewportSize({ width: 400, height: 900 });
    expect((await fit()).page).toBe(400);
    // A4 less 14 mm margins each side is 182 mm, 688 px.
    await page.setViewportSize({ width: 688, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(await fit()).toEqual({ page: 688, overhang: 0 });
  }, 60_000);

  it('closes the sections of many departments on screen, leads from the index to each, and prints them all open', async () => {
    // Twelve departments of one five-person team each, every team tied to the next.
    const staff = ['id,name,team,department'];
    const interactions = ['source,target'];
    for (let d = 1; d <= 12; d++) {
      for (let p = 1; p <= 5; p++) staff.push(`D${d}P${p},Person ${d}.${p},Team ${d},Department ${String(d).padStart(2, '0')}`);
      for (let p = 1; p < 5; p++) interactions.push(`D${d}P${p},D${d}P${p + 1}`);
      if (d < 12) interactions.push(`D${d}P1,D${d + 1}P1`);
    }
    const dir = tempFolder({ 'staff.csv': `${staff.join('\n')}\n`, 'interactions.csv': `${interactions.join('\n')}\n` });
    const { page, problems } = await open(dir);
    expect(problems).toEqual([]);
    expect(await page.locator('#departments details.department').count()).toBe(12);
    expect(await page.locator('#departments details.department[open]').count()).toBe(0);
    const teamTables = page.locator('#departments details.department table');
    expect(await teamTables.count()).toBeGreaterThanOrEqual(12);
    expect(await teamTables.first().isVisible()).toBe(false);
    // The index's seventh entry leads to the seventh department's summary, and a click on it opens the department.
    await page.locator('ol.department-index a').nth(6).click();
    expect(page.url().endsWith('#department-7')).toBe(true);
    const summary = page.locator('#department-7 > summary');
    expect(await summary.textContent()).toBe('Department 07 1 team, 5 people; 0 silos.');
    expect((await summary.boundingBox())!.y).toBeLessThan(50);
    await summary.click();
    expect(await page.locator('#department-7 table').first().isVisible()).toBe(true);
    expect(await page.locator('#department-8 table').first().isVisible()).toBe(false);
    // On paper every department is open.
    await page.emulateMedia({ media: 'print' });
    for (let i = 0; i < (await teamTables.count()); i++) expect(await teamTables.nth(i).isVisible(), `table ${i}`).toBe(true);
  }, 60_000);

  it('shows hostile names as text and runs none of them', async () => {
    const { page, url, requests, problems } = await open(hostileOrganisation(), ['--min-group-size', '1']);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    // The name is on the page as text, and no element of its own was made.
    const cell = page.locator('#connectors table td', { hasText: '<script>alert(1)</script>' });
    expect(await cell.count()).toBe(1);
    expect(await cell.isVisible()).toBe(true);
    expect(await cell.textContent()).toBe('<script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main b').count()).toBe(0);
    const text = await page.locator('body').innerText();
    for (const name of ['<b>Ops</b> & "Co"', `"Quoted" O'Brien`, '=HYPERLINK("http://evil.example","click")', '李小龍', 'العربية', 'Pipe | Name', '*bold* _it_ [link](http://x) `code`']) {
      expect(text, name).toContain(name);
    }
    // The map labels the hostile team by its name, as text.
    expect(await page.locator('#map svg.team-map .labels text', { hasText: '<b>Ops</b> & "Co"' }).count()).toBe(1);
  });
});
