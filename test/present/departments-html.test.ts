/** The departments' part of the HTML report: an index linking to each department, and closed sections when there are many. */
import { describe, expect, it } from 'vitest';
import { OPEN_DEPARTMENTS_UP_TO, renderDepartments } from '../../src/present/html/departments-html.js';
import type { DepartmentSection } from '../../src/present/report-content.js';

const table = { columns: [{ title: 'Team' }], rows: [['A team']], empty: 'none' };
const department = (title: string, people: number, silos: number): DepartmentSection => ({
  title,
  lead: `1 team, ${people} people; ${silos} silos.`,
  counts: { teams: 1, people, silos },
  teams: table,
  people: table,
});
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('renderDepartments', () => {
  it('starts every department closed when there are many, and the index says how to open one', () => {
    const many = Array.from({ length: OPEN_DEPARTMENTS_UP_TO + 1 }, (_, i) => department(`Dept ${i + 1}`, 10 + i, i === 3 ? 2 : 0));
    const html = renderDepartments(many);
    expect(count(html, /<details class="department" id="department-\d+">/g)).toBe(11);
    expect(html).not.toContain(' open>');
    expect(html).toContain('<p>11 departments by name, with their people and any silos; each name links to its section below, which is closed until its name is clicked.</p>');
    expect(count(html, /<li><a href="#department-\d+">/g)).toBe(11);
    expect(html).toContain('<li><a href="#department-4">Dept 4</a> <span class="count">13 people, <span class="silos">2 silos</span></span></li>');
    expect(html).toContain('<li><a href="#department-11">Dept 11</a> <span class="count">20 people</span></li>');
  });

  it('keeps a few departments open, and gives one department no index', () => {
    const few = renderDepartments(Array.from({ length: OPEN_DEPARTMENTS_UP_TO }, (_, i) => department(`Dept ${i + 1}`, 5, 0)));
    expect(count(few, /<details class="department" id="department-\d+" open>/g)).toBe(OPEN_DEPARTMENTS_UP_TO);
    const one = renderDepartments([department('Teams', 5, 0)]);
    expect(one).not.toContain('department-index');
    expect(one.startsWith('<details class="department" id="department-1" open><summary><h3>Teams</h3>')).toBe(true);
  });

  it('escapes names in the index and the sections', () => {
    const html = renderDepartments([department('<b>R&D</b>', 3, 0), department('Ops', 4, 1)]);
    expect(html).not.toContain('<b>');
    expect(html).toContain('<a href="#department-1">&lt;b&gt;R&amp;D&lt;/b&gt;</a>');
    expect(html).toContain('<h3>&lt;b&gt;R&amp;D&lt;/b&gt;</h3>');
  });
});
