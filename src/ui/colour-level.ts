/**
 * How much colour to use. chalk honours FORCE_COLOR but not NO_COLOR (https://no-color.org), so
 * nodefinder applies NO_COLOR itself. As in Node.js, an explicit FORCE_COLOR wins over NO_COLOR.
 */

/** chalk's colour levels: 0 none, 1 basic, 2 256 colours, 3 true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

/** The level to use, given the environment and the level chalk detected for the stream. */
export function colourLevel(env: Readonly<Record<string, string | undefined>>, detected: ColourLevel): ColourLevel {
  if (env.FORCE_COLOR !== undefined) return detected;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return detected;
}
