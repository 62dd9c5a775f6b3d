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
    for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="#[a-z]+(-[0-9]+)?"$/);
    for (const url of html.match(/https?:\/\/[^"\s)]+/g) ?? []) expect(url).toBe('http://www.w3.org/2000/svg');
  });

  it('counts the communities of the people with ties, saying that Ned, with none, is in none', () => {
    expect(html).toContain('<div class="figure"><span class="value">4</span><span class="label">Communities (Louvain; 1 person with no ties is in none)</span></div>');
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

  it('keys each department to its own colour in the legend, and says none is grey when there are few', () => {
    const legend = html.slice(html.indexOf('<ul class="legend">'), html.indexOf('</ul>', html.indexOf('<ul class="legend">')));
    // Communities and Resources have 7 people each: by name.
    expect(legend).toContain('<circle cx="12" cy="12" r="8" fill="#88ccee"/></svg> Communities</li>');
    expect(legend).toContain('<circle cx="12" cy="12" r="8" fill="#ddcc77"/></svg> Resources</li>');
    expect(legend).not.toContain('other department');
    expect(html).not.toContain('Colour marks');
  });

  it('greys the departments beyond the seven with the most people, and the legend and caption say so', async () => {
    // Nine departments of one team each; department D<n> has n + 1 people, all in a chain.
    const dir = mkdtempSync(join(tmpdir(), 'nodefinder-departments-'));
    const staff = ['id,name,team,department'];
    for (let d = 1; d <= 9; d++) for (let p = 0; p <= d; p++) staff.push(`P${d}-${p},Person ${d}-${p},Team ${d},D${d}`);
    const ids = staff.slice(1).map((row) => row.split(',')[0]);
    writeFileSync(join(dir, 'staff.csv'), `${staff.join('\n')}\n`);
    writeFileSync(join(dir, 'interactions.csv'), `source,target\n${ids.slice(1).map((id, i) => `${ids[i]},${id}`).join('\n')}\n`);
    const many = await releasedOf(dir, 1);
    const report = formatHtml(many.released, many.organisation);
    const legend = report.slice(report.indexOf('<ul class="legend">'), report.indexOf('</ul>', report.indexOf('<ul class="legend">')));
    const named = [...legend.matchAll(/r="8" fill="(#[0-9a-f]{6})"\/><\/svg> ([^<]+)<\/li>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(named).toEqual([
      'D9 #88ccee', 'D8 #ddcc77', 'D7 #44aa99', 'D6 #aa4499', 'D5 #999933', 'D4 #117733', 'D3 #332288', '2 other departments #dddddd',
    ]);
    expect(report).toContain('Colour marks the 7 departments with the most people on the map; the other 2 departments are grey (hover over a circle for its department).');
    // Every circle's fill is one the legend names: D1 and D2 in grey.
    expect(report).toMatch(/<g class="team[^"]*"><title>Team 1 \(D1\);[^<]*<\/title>(<circle class="risk-ring"[^>]*>)?<circle [^>]*fill="#dddddd"\/>/);
    const fills = new Set([...report.matchAll(/<g class="team[^>]*><title>[^<]*<\/title>(?:<circle class="risk-ring"[^>]*>)?<circle [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect([...fills].sort()).toEqual(['#117733', '#332288', '#44aa99', '#88ccee', '#999933', '#aa4499', '#ddcc77', '#dddddd']);
  });

  it('charts the top connectors and brokers with the role threshold', () => {
    const connectors = html.slice(html.indexOf('id="connectors-chart-title"'), html.indexOf('</svg>', html.indexOf('id="connectors-chart-title"')));
    expect(count(connectors, /<g class="bar">/g)).toBe(10);
    expect(connectors).toContain('<title>Ann Smith (Finance): degree 5, connector</title>');
    expect(connectors).toContain('>connector threshold: at least 5</text>');
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

  it('indexes the departments, with their people and silos, linked to their sections, open when few', () => {
    const part = html.slice(html.indexOf('<section id="departments"'), html.indexOf('</section>', html.indexOf('<section id="departments"')));
    expect(part).toContain(
      '<ol class="department-index"><li><a href="#department-1">Communities</a> <span class="count">7 people, <span class="silos">1 silo</span></span></li>' +
        '<li><a href="#department-2">Resources</a> <span class="count">7 people</span></li></ol>',
    );
    expect(part).toContain('<details class="department" id="department-1" open><summary><h3>Communities</h3> <span class="lead">2 teams, 7 people; 1 silo.</span></summary>');
    expect(part).toContain('<details class="department" id="department-2" open><summary><h3>Resources</h3>');
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
