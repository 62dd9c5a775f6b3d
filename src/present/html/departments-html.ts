/**
 * The report's part on departments: an index of the departments, each with its people and silos
 * and a link to its section, then one <details> per department. With many departments each one
 * starts closed, so the part reads as a list to open rather than hundreds of tables in a row; the
 * browser opens and closes them with no script, and the print stylesheet opens them all.
 */
import { counted } from '../number-format.js';
import { NO_TEAMS_SHOWN, type DepartmentSection } from '../report-content.js';
import { escapeHtml } from './escape-html.js';
import { htmlTable } from './html-table.js';

/** Departments shown open at most; with more, each starts closed. */
export const OPEN_DEPARTMENTS_UP_TO = 10;

/** The departments' index and sections, in the order given (by name). */
export function renderDepartments(departments: readonly DepartmentSection[]): string {
  if (departments.length === 0) return `<p class="empty">${escapeHtml(NO_TEAMS_SHOWN)}</p>`;
  const open = departments.length <= OPEN_DEPARTMENTS_UP_TO;
  // Ids by position, not by name: a name may hold any character, and two may differ only in case.
  const id = (i: number) => `department-${i + 1}`;

  const lead =
    `${counted(departments.length, 'department', 'departments')} by name, with their people and any silos; each name links to its section below` +
    (open ? '.' : ', which is closed until its name is clicked.');
  const entries = departments.map((d, i) => {
    const silos = d.counts.silos ? `, <span class="silos">${escapeHtml(counted(d.counts.silos, 'silo', 'silos'))}</span>` : '';
    return `<li><a href="#${id(i)}">${escapeHtml(d.title)}</a> <span class="count">${escapeHtml(counted(d.counts.people, 'person', 'people'))}${silos}</span></li>`;
  });
  // One department needs no index.
  const index = departments.length === 1 ? '' : `<p>${escapeHtml(lead)}</p><ol class="department-index">${entries.join('')}</ol>`;

  const sections = departments.map(
    (d, i) =>
      `<details class="department" id="${id(i)}"${open ? ' open' : ''}><summary><h3>${escapeHtml(d.title)}</h3> <span class="lead">${escapeHtml(d.lead)}</span></summary>` +
      `${htmlTable(d.teams)}<h4>Key people</h4>${htmlTable(d.people)}</details>`,
  );
  return index + sections.join('\n');
}
