/**
 * Control characters in a value (ESC, BEL, the C1 codes) would reach the terminal that shows it:
 * a name from a mail export could retitle the window, clear the screen or colour what follows.
 * Each is read as a visible stand-in instead: its Unicode control picture (ESC as ␛, U+241B) or,
 * for a C1 code, U+FFFD. One character for one, so a row's text keeps its length. Tabs and line
 * breaks, which a quoted value may hold, are kept.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** `text` with its control characters made visible. */
export function printable(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, standIn) : text;
}

function standIn(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}
