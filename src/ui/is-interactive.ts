/**
 * Whether `nodefinder analyse` should open the interactive dashboard: only for a person at a
 * terminal, never in CI, in a pipe, or when an output format or file was asked for (DESIGN §4:
 * never prompt when not interactive).
 */

/** The flags that ask for a non-interactive result. */
export interface OutputFlags {
  readonly format?: string;
  readonly output?: string;
}

/**
 * True when the dashboard may open: no `--format` or `--output`, standard output (and, when
 * given, standard input) is a terminal, the terminal is not "dumb", and this is not CI.
 *
 * CI is judged as Ink judges it (`CI` or `CONTINUOUS_INTEGRATION` set to anything but `0` or
 * `false`), because Ink draws only the final frame in CI, so a dashboard there would never show.
 */
export function isInteractive(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  flags: OutputFlags,
  input?: { readonly isTTY?: boolean },
): boolean {
  if (flags.format !== undefined || flags.output !== undefined) return false;
  if (!stream.isTTY) return false;
  if (input !== undefined && !input.isTTY) return false;
  if (env.TERM === 'dumb') return false;
  return !inCi(env);
}

function inCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const set = (name: string) => env[name] !== undefined && env[name] !== '0' && env[name] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}
