/**
 * Loads and analyses an organisation for a command, with the progress display and --verbose
 * timings, so every command that needs an analysis gets it the same way.
 */
import type { Command } from 'commander';
import { analyse, type Analysis, type AnalyseOptions } from '../analyse.js';
import { loadOrganisation } from '../load/load-organisation.js';
import type { Organisation } from '../organisation/organisation.js';
import { toAnalyseOptions, type AnalyseFlags } from './analyse-flags.js';
import { toLoadOptions, type LoadFlags } from './load-flags.js';
import type { GlobalFlags } from './program.js';
import { terminalProgress } from './progress.js';
import { stageLog } from './stage-log.js';

export async function runAnalysis(
  dir: string,
  flags: LoadFlags & AnalyseFlags,
  cmd: Command,
  extra: Partial<AnalyseOptions> = {},
): Promise<{ organisation: Organisation; analysis: Analysis }> {
  const global = cmd.optsWithGlobals<GlobalFlags>();
  const options = { ...toAnalyseOptions(flags), ...extra };
  const progress = terminalProgress(global.quiet ?? false);
  const log = stageLog(global.verbose ?? false);
  log?.('loading');
  try {
    const { organisation, report } = await loadOrganisation({ ...toLoadOptions(dir, flags), onProgress: progress.onProgress });
    const analysis = analyse(organisation, options, report, (stage) => {
      log?.(stage);
      progress.onStage?.(stage);
    });
    log?.('done');
    return { organisation, analysis };
  } finally {
    progress.done();
  }
}
