/** nodefinder.config.json: settings next to the exports, flags on the command line win. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

function folderWithConfig(config: string): string {
  const dir = tempFolder({ 'nodefinder.config.json': config });
  for (const file of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(FIXTURE, file), join(dir, file));
  return dir;
}

describe('config file', () => {
  it('is read from the data folder, and flags override it', () => {
    const dir = folderWithConfig(JSON.stringify({ minInteractions: 2, channel: ['email'], thresholds: { siloEiIndex: -0.9 }, seed: 3 }));
    const analysis = JSON.parse(runCli(['analyse', dir, '--format', 'json']).stdout);
    expect(analysis.options).toMatchObject({ seed: 3, silos: { siloEiIndex: -0.9 } });
    expect(analysis.load.files[2].skipped.map((s: { reason: string }) => s.reason)).toEqual(['other-channel', 'below-threshold']);
    expect(JSON.parse(runCli(['analyse', dir, '--format', 'json', '--seed', '9']).stdout).options.seed).toBe(9);
  });

  it('takes column mappings by file and paths relative to itself', () => {
    const dir = tempFolder({
      'people.csv': 'Emp,Dept\nA,T1\nB,T2\n',
      'mail.csv': 'Sender,Recipient\nA,B\n',
      'settings.json': JSON.stringify({ staff: 'people.csv', interactions: 'mail.csv', columns: { staff: { id: 'Emp', team: 'Dept' }, source: 'Sender', target: 'Recipient' } }),
    });
    const result = runCli(['validate', '--config', join(dir, 'settings.json'), '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ people: 2, teams: 2, ties: 1 });
  });

  it('serves every command: a setting of another command is left to it', () => {
    const dir = folderWithConfig(JSON.stringify({ thresholds: { connectorPercentile: 98 }, maxPerPerson: 2, minInteractions: 2 }));
    const validate = runCli(['validate', dir, '--format', 'json']);
    expect(validate.status, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout).files[2].skipped.map((s: { reason: string }) => s.reason)).toContain('below-threshold');
    expect(runCli(['analyse', dir, '--format', 'json']).status).toBe(0);
  });

  it('reads "undirected": true as --undirected, recorded in the output', () => {
    const analysis = JSON.parse(runCli(['analyse', folderWithConfig('{ "undirected": true }'), '--format', 'json']).stdout);
    expect(analysis.load).toMatchObject({ ties: 17, arcs: 34, settings: { undirected: true } });
    expect(JSON.parse(runCli(['analyse', folderWithConfig('{ "undirected": false }'), '--format', 'json']).stdout).load).toMatchObject({ ties: 17, arcs: 31, settings: { undirected: false } });
    const words = runCli(['validate', folderWithConfig('{ "undirected": "yes" }')]);
    expect(words.status).toBe(3);
    expect(words.stderr).toContain('"undirected" is a switch, so its value is true or false, not "yes"');
  });

  it('takes true or false for a switch, not a string', () => {
    const result = runCli(['validate', folderWithConfig('{ "strict": "false" }')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('"strict" is a switch, so its value is true or false, not "false" — write "strict": true or "strict": false, without quotes');
  });

  it('takes a path as text: true is no teams file (false reads the teams from the staff file)', () => {
    const result = runCli(['validate', folderWithConfig('{ "teams": true }')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('nodefinder.config.json: "teams" is a path, so its value is text in quotes, not true — write the path in quotes, or "teams": false to read the teams from the staff file [BAD_CONFIG]');
    expect(runCli(['validate', folderWithConfig('{ "teams": false }')]).status).toBe(0);
  });

  it('reports a value of the wrong kind as the file\'s error, naming the setting, with exit 3', () => {
    const words = runCli(['validate', folderWithConfig('{ "minInteractions": "two" }')]);
    expect(words.status).toBe(3);
    expect(words.stderr).toMatch(/nodefinder\.config\.json: "minInteractions": "two" is not a number of 0 or more \[BAD_CONFIG\]\n$/);
    const order = runCli(['analyse', folderWithConfig('{ "dateOrder": "ymd" }')]);
    expect(order.status).toBe(3);
    expect(order.stderr).toContain('nodefinder.config.json: "dateOrder": "ymd" is not one of dmy, mdy');
    // The same value typed on the command line is the flag's error.
    const typed = runCli(['validate', folderWithConfig('{}'), '--min-interactions', 'two']);
    expect(typed.status).toBe(2);
    expect(typed.stderr).toContain('--min-interactions: "two" is not a number of 0 or more');
  });

  it('refuses a value outside a flag\'s choices, which commander checks only on the command line', () => {
    const yaml = runCli(['analyse', folderWithConfig('{ "format": "yaml" }')]);
    expect(yaml.status).toBe(3);
    expect(yaml.stderr).toContain('nodefinder.config.json: "format": "yaml" is not one of text, json, csv, markdown, html, gexf, graphml');
    // One file serves every command: a format of analyse's is left to analyse when report runs.
    const shared = folderWithConfig('{ "format": "json" }');
    const report = runCli(['report', shared, '--out', join(shared, 'r.html')]);
    expect(report.status, report.stderr).toBe(0);
    expect(readFileSync(join(shared, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(runCli(['analyse', folderWithConfig('{ "betweenness": "Sampled" }')]).status).toBe(3);
    // A value the command refuses later names the setting too.
    const csv = runCli(['validate', folderWithConfig('{ "format": "csv" }')]);
    expect(csv.status).toBe(3);
    expect(csv.stderr).toContain('nodefinder.config.json: "format" csv: the load report is text or JSON');
  });

  it('takes the output file and the key file from the settings, relative to the settings file', () => {
    const dir = folderWithConfig(JSON.stringify({ report: { out: 'shared.md' }, pseudonymise: true, keyFile: 'team.key' }));
    writeFileSync(join(dir, 'team.key'), 'a-secret-key-of-more-than-16-bytes\n');
    const result = runCli(['report', dir]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'shared.md'))).toBe(true);
    const none = runCli(['report', folderWithConfig('{}')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--out: no file to write was given — name it with --out FILE, or "out" in the config file');
  });

  it('keeps each command\'s output file in its own section, so that no command writes over another\'s', () => {
    const dir = folderWithConfig(JSON.stringify({ format: 'json', analyse: { output: 'analysis.json', seed: 4 }, suggest: { output: 'plan.json' } }));
    expect(runCli(['analyse', dir]).status).toBe(0);
    expect(runCli(['suggest', dir]).status).toBe(0);
    const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8'));
    // The section's settings win over the shared ones, and reach only their command.
    expect(analysis.options.seed).toBe(4);
    expect(Array.isArray(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')))).toBe(true);
    expect(JSON.parse(runCli(['validate', dir]).stdout).people).toBe(14);

    // Shared, every command would write there in turn.
    const shared = runCli(['analyse', folderWithConfig('{ "output": "out.json", "format": "json" }')]);
    expect(shared.status).toBe(3);
    expect(shared.stderr).toContain('nodefinder.config.json: "output" is shared by every command that reads this file, so each would write over what the last one wrote — ' +
      'put it in the section of the command that writes it, e.g. "analyse": { "output": "analysis.json" }');
    // A section is checked against its own command.
    const wrong = runCli(['analyse', folderWithConfig('{ "analyse": { "keyFilee": "k" } }')]);
    expect(wrong.status).toBe(3);
    expect(wrong.stderr).toContain('"analyse.keyFilee" is not a setting of nodefinder analyse');
    const format = runCli(['report', folderWithConfig('{ "report": { "format": "json", "out": "r.md" } }')]);
    expect(format.status).toBe(3);
    expect(format.stderr).toContain('"format": "json" is not one of html, markdown');
  });

  it('says on stderr when it weakens a protection: a smaller minimum group size, or staff columns kept', () => {
    const dir = folderWithConfig(JSON.stringify({ minGroupSize: 1, keepAttributes: ['role', 'email'] }));
    const weakened = runCli(['analyse', dir, '--format', 'json']);
    expect(weakened.status).toBe(0);
    expect(weakened.stderr).toBe(`nodefinder: ${join(dir, 'nodefinder.config.json')} lowers --min-group-size to 1 and keeps columns role, email: outputs hold what they would otherwise leave out\n`);
    expect(JSON.parse(weakened.stdout).privacy).toMatchObject({ minGroupSize: 1, keptAttributes: ['role', 'email'] });
    const one = runCli(['report', '--config', join(dir, 'nodefinder.config.json'), dir, '--out', join(dir, 'r.md'), '--min-group-size', '5']);
    expect(one.stderr).toBe(`nodefinder: ${join(dir, 'nodefinder.config.json')} keeps columns role, email: outputs hold what they would otherwise leave out\n`);
    // --quiet leaves out notes on the data, not this.
    expect(runCli(['analyse', dir, '--format', 'json', '--quiet']).stderr).toBe(weakened.stderr);
    // Settings as strong as the defaults, and flags that win over the file, say nothing.
    expect(runCli(['analyse', folderWithConfig(JSON.stringify({ minGroupSize: 5, keepAttributes: [] })), '--format', 'json']).stderr).toBe('');
    expect(runCli(['analyse', dir, '--format', 'json', '--min-group-size', '3', '--keep-attributes', '']).stderr).toBe('');
    // validate writes no analysis: the settings are left to the commands that do.
    expect(runCli(['validate', dir]).stderr).toBe('');
  });

  it('says nothing of a weakened protection when the setting is refused: the outputs hold nothing it would keep', () => {
    const config = (settings: object) => {
      const dir = folderWithConfig(JSON.stringify(settings));
      return { dir, file: join(dir, 'nodefinder.config.json') };
    };
    const name = config({ keepAttributes: ['name'] });
    const refused = runCli(['analyse', name.dir, '--format', 'json']);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toBe(`nodefinder: ${name.file}: "keepAttributes": no staff column "name" — the columns that can be kept are role, location, manager, email [BAD_CONFIG]\n`);
    const zero = config({ minGroupSize: 0 });
    const tooSmall = runCli(['analyse', zero.dir, '--format', 'json']);
    expect(tooSmall.status).not.toBe(0);
    expect(tooSmall.stderr).not.toContain('outputs hold');
    // compare analyses several periods with the one setting: it says so once.
    const kept = config({ keepAttributes: ['role'] });
    const compared = runCli(['compare', kept.dir, '--before', '2026-03-01..2026-03-14', '--after', '2026-03-15..2026-03-28', '--format', 'json']);
    expect(compared.status).toBe(0);
    expect(compared.stderr.split(`${kept.file} keeps column role: outputs hold`).length - 1).toBe(1);
  });

  it('prints a config value\'s escape codes and line breaks harmlessly in its error', () => {
    const column = runCli(['validate', folderWithConfig(JSON.stringify({ columns: { staff: { id: '\u001b]0;PWNED\u0007\u001b[2Jx\nforged' } } }))]);
    expect(column.status).toBe(3);
    expect(column.stderr).toContain('the column "\u241b]0;PWNED\u2407\u241b[2Jx forged" given for staff.id is not in this file');
    const path = runCli(['validate', folderWithConfig(JSON.stringify({ staff: '\u001b[2Jnope.csv' }))]);
    expect(path.status).toBe(3);
    expect(path.stderr).toMatch(/\/\u241b\[2Jnope\.csv: file not found/);
    for (const result of [column, path]) expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]|\n./);
  });

  it('reports invalid JSON at its line and column, and unknown settings, with exit 3', () => {
    const broken = runCli(['analyse', folderWithConfig('{\n  "seed": 3\n  "minInteractions": 2\n}')]);
    expect(broken.status).toBe(3);
    expect(broken.stderr).toMatch(/nodefinder\.config\.json:3:3: the config file is not valid JSON — /);
    const unknown = runCli(['analyse', folderWithConfig('{ "colour": "red" }')]);
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toContain('"colour" is not a setting of nodefinder analyse or any other command');
    expect(runCli(['analyse', FIXTURE, '--config', '/nonexistent.json']).status).toBe(3);
  });

  it('suggests the nearest setting for a mistyped key or threshold, as for a mistyped flag', () => {
    const shared = runCli(['validate', folderWithConfig('{ "minInteraction": 2 }')]);
    expect(shared.status).toBe(3);
    expect(shared.stderr).toMatch(/nodefinder\.config\.json: "minInteraction" is not a setting of nodefinder validate or any other command — did you mean "minInteractions"\? \[BAD_CONFIG\]\n$/);
    const own = runCli(['analyse', folderWithConfig('{ "analyse": { "keyFilee": "k" } }')]);
    expect(own.stderr).toContain('"analyse.keyFilee" is not a setting of nodefinder analyse — did you mean "keyFile"? [BAD_CONFIG]');
    const section = runCli(['analyse', folderWithConfig('{ "anlyse": { "seed": 2 } }')]);
    expect(section.stderr).toContain('"anlyse" is not a setting of nodefinder analyse or any other command — did you mean "analyse"? [BAD_CONFIG]');
    const threshold = runCli(['analyse', folderWithConfig('{ "thresholds": { "connectorPercentil": 98 } }')]);
    expect(threshold.status).toBe(3);
    expect(threshold.stderr).toContain('"thresholds": unknown threshold "connectorPercentil" — did you mean connectorPercentile? [BAD_CONFIG]');
    // With no name near, the names the command has.
    expect(runCli(['validate', folderWithConfig('{ "colour": "red" }')]).stderr).toContain('— settings are the commands\' long flags in camelCase; validate has: format, reidentify,');
  });

  it('reads an "analyze" section, as the command line takes analyze, but not both spellings', () => {
    const dir = folderWithConfig(JSON.stringify({ analyze: { seed: 4, format: 'json' } }));
    expect(JSON.parse(runCli(['analyse', dir]).stdout).options.seed).toBe(4);
    expect(JSON.parse(runCli(['analyze', dir]).stdout).options.seed).toBe(4);
    const both = runCli(['analyse', folderWithConfig(JSON.stringify({ analyse: { seed: 3 }, analyze: { seed: 4 } }))]);
    expect(both.status).toBe(3);
    expect(both.stderr).toContain('"analyse" and "analyze" are two spellings of one command\'s section — keep one of them [BAD_CONFIG]');
  });

  it('says that sample reads no config file, rather than that it is no command', () => {
    const result = runCli(['validate', folderWithConfig('{ "sample": { "staff": 300 } }')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('nodefinder.config.json: "sample": nodefinder sample reads no config file — give its flags on the command line, and take "sample" out of the file [BAD_CONFIG]');
  });

  it('points a shared value the command refuses, but another takes, to that command\'s section', () => {
    const shared = runCli(['validate', folderWithConfig('{ "format": "csv", "table": "teams" }')]);
    expect(shared.status).toBe(3);
    expect(shared.stderr).toContain('"format" csv: the load report is text or JSON — csv is for --reidentify; ' +
      'if it is for analyse, suggest or export, move it into that command\'s section, e.g. "analyse": { "format": "csv" } [BAD_CONFIG]');
    // In validate's own section it is validate's: no other command to move it to.
    const own = runCli(['validate', folderWithConfig('{ "validate": { "format": "csv" } }')]);
    expect(own.stderr).toContain('"format" csv: the load report is text or JSON — csv is for --reidentify [BAD_CONFIG]');
    // Where it belongs, it is used.
    const moved = folderWithConfig('{ "analyse": { "format": "csv", "table": "teams" } }');
    expect(runCli(['validate', moved]).status).toBe(0);
    expect(runCli(['analyse', moved]).stdout).toMatch(/^id,name,department,size,/);
  });

  it('names the files it gives as it wrote them, joined to its folder as a typed DIR is, not as whole paths', () => {
    const dir = folderWithConfig('{ "staff": "staff.csv" }');
    const here = runCli(['validate'], {}, dir);
    expect(here.status, here.stderr).toBe(0);
    expect(here.stdout).toContain('\nstaff: staff.csv\n');
    expect(here.stdout).toContain('\nteams: teams.csv\n');
    const above = runCli(['validate', basename(dir)], {}, dirname(dir));
    expect(above.stdout).toContain(`\nstaff: ${join(basename(dir), 'staff.csv')}\n`);
    expect(above.stdout).toContain(`\nteams: ${join(basename(dir), 'teams.csv')}\n`);
  });
});
