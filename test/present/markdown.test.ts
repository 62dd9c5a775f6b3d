/**
 * The Markdown report on the small organisation: its known answers (fixtures/small-org/README.md)
 * appear in the right tables, every table is well formed, and small teams are never named.
 */
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/present/markdown.js';
import { releasedOf, SMALL_ORG } from './released.js';

/** Cells of a Markdown table row, splitting on pipes that are not escaped. */
const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());

describe('formatMarkdown', async () => {
  const { released, organisation } = await releasedOf(SMALL_ORG, 2);
  const markdown = formatMarkdown(released, { organisation });
  const lines = markdown.split('\n');

  it('has every section, in reading order', () => {
    const headings = lines.filter((line) => /^##? /.test(line));
    expect(headings).toEqual([
      '# Organisation network report',
      '## Summary',
      '## Ties between teams',
      '## Connectors: who knows the most people',
      '## Brokers: who links parts that would otherwise be apart',
      '## Silos: teams that talk almost only to themselves',
      '## Single points of failure: if they left, people would be cut off',
      '## Introductions: who should meet whom, and who can introduce them',
      '## Departments and teams',
      '## Methods and privacy',
    ]);
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      '### Bridging ties: the only link between two parts', '### Communities', '### Resources', '### Data', '### Options', '### Measures', '### Privacy',
    ]);
  });

  it('states the known answers', () => {
    expect(lines[2]).toBe('14 people in 4 teams; interactions from 2026-03-02 to 2026-03-28');
    expect(markdown).toContain('- 2 people are single points of failure; if Carla Patel left, 4 people would be cut off.');
    expect(markdown).toContain('- 1 team is a silo: Archive.');
    // Ann has the most contacts (5); Carla is the broker and bottleneck; Archive is the silo.
    expect(markdown).toContain('| 1 | Ann Smith | Finance | 5 | 1 | 14 | connector |');
    expect(markdown).toContain('| 1 | Carla Patel | Finance | 0.314 | 0.594 | 1 | broker, bottleneck |');
    // Carla's 4 people are in 1 team: the column counts their teams, not teams cut off whole.
    expect(markdown).toContain('| Person | Team | People cut off | Teams affected | Held by | Roles |\n|---|---|---:|---:|---|---|\n| Carla Patel | Finance | 4 | 1 | 1 tie of 3 interactions | broker, bottleneck |');
    expect(markdown).toContain('| Hal Evans | Housing | 3 | 1 | 2 ties of 7 interactions | none |');
    expect(markdown).toContain('| Archive | Communities | 2 | 0 of 1 | -1.00 | 0 | eiIndex -1 \\<= -0.800 (option siloEiIndex: 0 of 1 ties leave the team); size 2 \\>= 2 (option siloMinSize) |');
    // Finance–Payroll: Dan–Eve 2, Ann–Eve 1, Ann–Fay 1; Finance–Housing: Carla–Hal 3.
    expect(markdown).toContain('| Finance | Payroll | 3 | 4 |');
    expect(markdown).toContain('| Finance | Housing | 1 | 3 |');
    expect(markdown).toContain('| 1 | Lea Öberg (Archive) | Hal Evans (Housing) | no one (cold) |');
    // Ned, with no ties, is in no community: the four are the teams.
    expect(markdown).toContain('| Communities (Louvain; 1 person with no ties is in none) | 4 |');
  });

  it('names the people at either end of each bridging tie', () => {
    // small-org's two bridges: Carla–Hal (Finance to Housing, 3 interactions) and Lea–Max (inside Archive, 6).
    expect(markdown).toContain('If one of these 2 ties lapsed, the network would fall apart there.');
    expect(markdown).toContain('| Carla Patel | Finance | Hal Evans | Housing | 3 |');
    expect(markdown).toContain('| Lea Öberg | Archive | Max Müller | Archive | 6 |');
  });

  it('says which personal data the report holds: 13 of the 14 people are named', () => {
    // Everyone but Ned (P14, isolate) appears in a ranking, a risk, a bridging tie, an introduction or a team's bus factor.
    expect(markdown).toContain('- This report names 13 people, with their team, measures and roles');
    expect(markdown).toContain('everyone else (1 person) appears only in counts and team figures.');
    expect(markdown).not.toContain('Ned Quinn');
    expect(markdown).toContain('- Minimum group size 2: no team was smaller, so no team figures were withheld.');
    expect(markdown).toContain('| Seed | 1 |');
  });

  it('writes well-formed tables: every row has as many cells as the header', () => {
    let tables = 0;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
      tables++;
      const width = cells(lines[i]).length;
      expect(lines[i + 1]).toMatch(/^\|(-{3}:?\|)+$/);
      for (let j = i + 2; lines[j]?.startsWith('|'); j++) expect(cells(lines[j])).toHaveLength(width);
    }
    // Figures, ties between teams, connectors, brokers, silos, risks, bridges, introductions, 2 team
    // tables and 1 key-people table (Communities has no key people), options and measures.
    expect(tables).toBe(13);
  });

  it('leaves out the ties between teams without the organisation, and small teams when released so', async () => {
    expect(formatMarkdown(released)).not.toContain('## Ties between teams');
    const strict = await releasedOf(SMALL_ORG, 5);
    const text = formatMarkdown(strict.released, { organisation: strict.organisation });
    for (const small of ['Finance', 'Payroll', 'Archive']) expect(text).not.toContain(small);
    expect(text).toContain('- Minimum group size 5: 3 teams smaller than that are left out of the map, the team tables and every team figure, and 9 members appear with no team.');
    // Marked, with the reason under the table, not left looking like missing data.
    expect(text).toContain('| 1 | Ann Smith | no team, or a small team\\* | 5 | 1 | 14 | connector |');
    expect(text).toContain('| 10 | Jon Kowalski | Housing | 2 | 0 | 7 | none |\n\n\\* a small team, withheld: fewer than 5 people (--min-group-size).\n\n## Brokers');
  });

  it('says the ties of small teams are withheld, not that teams have no ties', async () => {
    // Every tie out of Housing, the one team of 5 or more, is to a small team.
    expect(markdown).toContain('## Ties between teams\n\n2 pairs of teams have ties between them.\n');
    const strict = await releasedOf(SMALL_ORG, 5);
    expect(formatMarkdown(strict.released, { organisation: strict.organisation })).toContain(
      '## Ties between teams\n\n0 pairs of teams have ties between them among the teams shown. The ties of the 3 teams below the minimum group size of 5 are not shown.\n\nNo ties between the teams shown.\n',
    );
    const none = await releasedOf(SMALL_ORG, 10);
    expect(formatMarkdown(none.released, { organisation: none.organisation })).toContain(
      '## Ties between teams\n\nThe ties between teams are not shown: every team is below the minimum group size of 10.\n\nNo team is shown.\n',
    );
  });

  it('is the same text every time', async () => {
    const again = await releasedOf(SMALL_ORG, 2);
    expect(formatMarkdown(again.released, { organisation: again.organisation })).toBe(markdown);
  });
});

describe('formatMarkdown when the only silo is a suppressed small team', async () => {
  // small-org's only silo is Archive (2 people): at a minimum group size of 5 it is not shown.
  const { released, organisation } = await releasedOf(SMALL_ORG, 5);
  const markdown = formatMarkdown(released, { organisation });

  it('claims no more than "no team shown is a silo", in the summary and the silo section', () => {
    expect(released.privacy?.teamsSuppressed).toBe(3);
    expect(markdown).not.toContain('No team is a silo.');
    expect(markdown.split('No team of 5 or more people is a silo; smaller teams are not shown.')).toHaveLength(3);
    expect(markdown).toContain('0 teams are silos among the teams of 5 or more people (smaller teams are not shown).');
  });

  it('says why introductions whose score is withheld (–) still rank above scored ones', async () => {
    const note = 'Scores of introductions involving a small team are withheld (–); the order still follows them.';
    const introductions = markdown.slice(markdown.indexOf('## Introductions'));
    expect(introductions.slice(0, introductions.indexOf('\n|'))).toContain(note);
    expect(introductions).toMatch(/^\| 1 \| .* \| – \| /m);
    const whole = await releasedOf(SMALL_ORG, 2);
    expect(formatMarkdown(whole.released, { organisation: whole.organisation })).not.toContain(note);
  });
});
