/**
 * The HTML report's markup on the small organisation: self-contained (no script, no external
 * reference, a policy that forbids requests), the map's circles, lines and highlights match the
 * known structure, and the charts rank the right people.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/present/html/format-html.js';
import { releasedOf, SMALL_ORG } from './released.js';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('formatHtml', async () => {
  const { released, organisation } = await releasedOf(SMALL_ORG, 2);
  const html = formatHtml(released, organisation);

  it('is one self-contained file: no script, nothing to fetch', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\';');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    // The only links are to the report's own sections; the only URL is the SVG namespace.
    for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="#[a-z]+"$/);
    for (const url of html.match(/https?:\/\/[^"\s)]+/g) ?? []) expect(url).toBe('http://www.w3.org/2000/svg');
  });

  it('draws the map: four teams, two pairs of teams tied, Archive a silo, two teams with a single point of failure', () => {
    const map = html.slice(html.indexOf('<svg class="team-map"'), html.indexOf('</svg>', html.indexOf('<svg class="team-map"')));
    expect(count(map, /<g class="team[ "]/g)).toBe(4);
    expect(count(map, /<line [^>]*stroke-width=/g)).toBe(2);
    expect(map).toContain('<title>Finance – Payroll: 3 ties, 4 interactions</title>');
    expect(map).toContain('<title>Finance – Housing: 1 tie, 3 interactions</title>');
    expect(map).toMatch(/<g class="team silo"><title>Archive \(Communities\); 2 people; 0 of 1 ties leave the team \(E-I -1\.00\); silo<\/title>/);
    // Carla (Finance) and Hal (Housing) are the cut points.
    expect(count(map, /class="risk-ring"/g)).toBe(2);
    expect(map).toMatch(/<g class="team at-risk"><title>Finance \(Resources\); 4 people;[^<]*; 1 single point of failure<\/title>/);
    expect(map).toMatch(/<g class="team at-risk"><title>Housing \(Communities\); 5 people;[^<]*; 1 single point of failure<\/title>/);
    expect(map).toContain('>Teams with no ties to any other team shown</text>');
  });

  it('names a team split by department once with its department on the map ("Ops (Adults)", not "Ops (Adults) (Adults)")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nodefinder-split-'));
    writeFileSync(join(dir, 'staff.csv'), 'id,name,team,department\nP1,Ann,Ops,Adults\nP2,Bob,Ops,Adults\nP3,Cy,Ops,Children\nP4,Di,Ops,Children\n');
    writeFileSync(join(dir, 'interactions.csv'), 'source,target\nP1,P2\nP2,P3\nP3,P4\n');
    const split = await releasedOf(dir, 1);
    const map = formatHtml(split.released, split.organisation);
    expect(map).toMatch(/<g class="team at-risk"><title>Ops \(Adults\); 2 people;/);
    expect(map).toMatch(/<g class="team at-risk"><title>Ops \(Children\); 2 people;/);
  });

  it('charts the top connectors and brokers with the role threshold', () => {
    const connectors = html.slice(html.indexOf('id="connectors-chart-title"'), html.indexOf('</svg>', html.indexOf('id="connectors-chart-title"')));
    expect(count(connectors, /<g class="bar">/g)).toBe(10);
    expect(connectors).toContain('<title>Ann Smith (Finance): degree 5, connector</title>');
    expect(connectors).toContain('>connector threshold 5</text>');
    const brokers = html.slice(html.indexOf('id="brokers-chart-title"'), html.indexOf('</svg>', html.indexOf('id="brokers-chart-title"')));
    // Nine people have betweenness above zero.
    expect(count(brokers, /<g class="bar">/g)).toBe(9);
    expect(brokers).toContain('<title>Carla Patel (Finance): betweenness 0.314, broker</title>');
  });

  it('has the sections of the Markdown report, and the layout in the methods', () => {
    for (const id of ['summary', 'map', 'connectors', 'brokers', 'silos', 'risks', 'introductions', 'departments', 'methods']) {
      expect(html).toContain(`<section id="${id}"`);
    }
    expect(html).toContain('<td>Archive</td><td>Communities</td><td class="num">2</td>');
    expect(html).toContain('Map layout: ForceAtlas2 (graphology-layout-forceatlas2) over the teams with ties to other teams, 500 iterations');
  });

  it('is the same bytes every time', async () => {
    const again = await releasedOf(SMALL_ORG, 2);
    expect(formatHtml(again.released, again.organisation)).toBe(html);
  });
});

describe('formatHtml with teams below the minimum group size', async () => {
  const { released, organisation } = await releasedOf(SMALL_ORG, 5);
  const html = formatHtml(released, organisation);

  it('marks a withheld team and says why under the table, as the Markdown report does', () => {
    expect(html).toContain('<td>Ann Smith</td><td>no team, or a small team*</td>');
    const connectors = html.slice(html.indexOf('<section id="connectors"'), html.indexOf('</section>', html.indexOf('<section id="connectors"')));
    expect(connectors).toMatch(/<\/table><p class="footnote">\* a small team, withheld: fewer than 5 people \(--min-group-size\)\.<\/p>$/);
  });
});
