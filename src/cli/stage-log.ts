/**
 * `--verbose`: one line on stderr per stage with the seconds since the command started, so a
 * user can see where the time goes on a large organisation.
 */
export function stageLog(verbose: boolean, stream: NodeJS.WritableStream = process.stderr): ((stage: string) => void) | undefined {
  if (!verbose) return undefined;
  const started = process.hrtime.bigint();
  return (stage) => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    stream.write(`[${seconds.toFixed(2)} s] ${stage}\n`);
  };
}
