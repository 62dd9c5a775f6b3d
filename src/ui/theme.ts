/**
 * Colours with a meaning, in one place so every screen uses the same ones. Colour only ever
 * repeats what the text already says (a role's name, "SILO", "cold"), so nothing is lost with
 * NO_COLOR.
 */
import type { Role } from '../findings/roles.js';

/** The Ink/chalk colour names the dashboard uses. */
export type Colour = 'green' | 'cyan' | 'magenta' | 'yellow' | 'red' | 'blue' | 'gray';

/** One colour per role: the valued roles cool, the risks warm, the quiet ones grey. */
export const ROLE_COLOURS: Readonly<Record<Role, Colour>> = {
  connector: 'green',
  broker: 'cyan',
  'boundary-spanner': 'blue',
  bottleneck: 'red',
  peripheral: 'gray',
  isolate: 'yellow',
};

/** A team that talks almost only to itself. */
export const SILO_COLOUR: Colour = 'yellow';
/** Something that would break if one person left. */
export const RISK_COLOUR: Colour = 'red';
/** A team below the minimum group size: shown here, withheld from exports. */
export const PRIVACY_COLOUR: Colour = 'magenta';
/** An introduction no one can make warmly. */
export const COLD_COLOUR: Colour = 'yellow';
/** A change for the worse in a comparison: a lost tie, role or contact. */
export const LOSS_COLOUR: Colour = 'red';
/** A change for the better in a comparison: a new link, a team opening up. */
export const GAIN_COLOUR: Colour = 'green';
/** A change within normal variation: shown, but quietly. */
export const QUIET_COLOUR: Colour = 'gray';
/** Data left out or doubted when the files were read: rows skipped, load warnings. */
export const WARNING_COLOUR: Colour = 'yellow';
/** The active tab and headings. */
export const ACCENT_COLOUR: Colour = 'cyan';

/** The colour of the most telling role in a list, or undefined for none. */
export function roleColour(roles: readonly Role[]): Colour | undefined {
  for (const role of ['bottleneck', 'broker', 'connector', 'boundary-spanner', 'isolate', 'peripheral'] as const) {
    if (roles.includes(role)) return ROLE_COLOURS[role];
  }
  return undefined;
}
