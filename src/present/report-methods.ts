/**
 * The "Methods and privacy" part of a report: the data read, every option and computed threshold,
 * what each measure means, and which people the report names and which protections were applied.
 */
import type { Analysis } from '../analyse.js';
import { describeSettings } from './load-report-text.js';
import { thresholdWithComparison } from './evidence-text.js';
import { MEASURE_DEFINITIONS } from './measure-definitions.js';
import { pathMethod } from './path-method.js';
import { formatCount, counted, fixed, joinList, thresholdFigure, yesNo } from './number-format.js';
import type { ReportContent, ReportTable } from './report-content.js';
import { reportPrivacyNote } from './report-privacy.js';
import { strengthWords } from './strength-words.js';
import { strengthFigure } from '../number-text.js';

/** The methods of a report on `analysis` that names `named` people. */
export function reportMethods(analysis: Analysis, named: number): ReportContent['methods'] {
  return { data: dataLines(analysis), options: optionsTable(analysis), measures: measuresTable(), privacy: reportPrivacyNote(analysis, named) };
}

function dataLines(analysis: Analysis): string[] {
  const load = analysis.load;
  if (!load) return ['No load report came with this analysis.'];
  // Channels a pseudonymised release does not name are counted.
  const channels = load.channelsWithheld ? [...load.channels, counted(load.channelsWithheld, 'other channel', 'other channels')] : load.channels;
  const lines = [
    `Period: ${load.period ? `${load.period.first.slice(0, 10)} to ${load.period.last.slice(0, 10)}` : 'no timestamps were read'}.`,
    `${counted(load.people, 'person', 'people')} and ${counted(load.teams, 'team', 'teams')}; ` +
      (load.summedWeights ? `${counted(load.ties, 'tie', 'ties')} of summed weight ${strengthFigure(load.interactions)}` : `${counted(load.interactions, 'interaction', 'interactions')} in ${counted(load.ties, 'tie', 'ties')}`) +
      ` (${load.settings.undirected ? 'read without direction' : counted(load.arcs, 'directed tie', 'directed ties')})${channels.length ? ` over ${joinList(channels)}` : ''}.`,
  ];
  for (const file of load.files) {
    const skipped = file.skipped.reduce((sum, entry) => sum + entry.count, 0);
    const base = file.file.split(/[\\/]/).at(-1) ?? file.file;
    const reasons = file.skipped.map((entry) => `${formatCount(entry.count)} ${entry.reason}`).join(', ');
    const read = file.unit === 'cell' ? counted(file.rowsRead, 'non-zero cell', 'non-zero cells') : counted(file.rowsRead, 'row', 'rows');
    lines.push(`${file.kind} file ${base}: ${read} read, ${formatCount(file.rowsUsed)} used, ${formatCount(skipped)} skipped${reasons ? ` (${reasons})` : ''}.`);
  }
  for (const warning of load.warnings) lines.push(`Warning: ${warning}`);
  return lines;
}

function optionsTable(analysis: Analysis): ReportTable {
  return { columns: [{ title: 'Setting' }, { title: 'Value' }], rows: methodSettings(analysis), empty: '' };
}

/** A setting's name and its value. */
type Setting = [string, string];

/**
 * Every option and computed threshold the analysis was made with, as [setting, value] rows: the
 * reports' options table, and the description of the GEXF and GraphML exports, so the two never
 * tell different stories.
 */
export function methodSettings(analysis: Analysis): Setting[] {
  const o = analysis.options;
  const t = analysis.thresholds;
  const passes = (measure: keyof typeof t.comparisons) => thresholdWithComparison(t.comparisons[measure], t[measure]);
  const dataRead: Setting[] = analysis.load
    ? [['Data read with', describeSettings(analysis.load.settings).join('; ') || 'the defaults: every interaction, no time window']]
    : [];
  const privacy: Setting[] = analysis.privacy
    ? [['Minimum group size', String(analysis.privacy.minGroupSize)], ['Pseudonymised', yesNo(analysis.privacy.pseudonymised)]]
    : [];
  return [
    ['Network', o.directed ? 'directed (centralities on the directed view)' : `undirected: a tie's strength is ${strengthWords(analysis.load).what} ${analysis.load?.settings.undirected ? 'between the two, read without direction' : 'in both directions'}`],
    ['Path measures', o.pathMeasures],
    ['Betweenness', pathMethod(o.betweenness)],
    // One line when the two agree; a sample's standard errors differ (harmonic's are in people, not a share).
    ...(pathMethod(o.closeness) === pathMethod(o.harmonic)
      ? [['Closeness and harmonic', pathMethod(o.closeness)] as Setting]
      : [['Closeness', pathMethod(o.closeness)] as Setting, ['Harmonic', pathMethod(o.harmonic)] as Setting]),
    ['Seed', String(o.seed)],
    ...dataRead,
    ['Louvain resolution', String(o.resolution)],
    ...Object.entries(o.roles).map(([name, value]): Setting => [`Role option ${name}`, String(value)]),
    ...Object.entries(o.silos).map(([name, value]): Setting => [`Silo option ${name}`, String(value)]),
    // Each with the comparison its rule makes, as the role lines write it: a threshold that is also the median is strict.
    ['Thresholds computed', `degree ${passes('degree')}, betweenness ${passes('betweenness')}, constraint ${passes('constraint')}, participation ${passes('participation')}, peripheral degree ${passes('peripheralDegree')}, over ${counted(t.population, 'person', 'people')} with ties (rounded towards the side that passes; the JSON has them exactly)`],
    ...privacy,
  ];
}

function measuresTable(): ReportTable {
  return {
    columns: [{ title: 'Measure' }, { title: 'Per' }, { title: 'Definition' }],
    rows: MEASURE_DEFINITIONS.map((m) => [m.measure, m.per, m.definition]),
    empty: '',
  };
}
