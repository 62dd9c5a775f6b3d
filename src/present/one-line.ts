/**
 * Text kept on one line. A quoted CSV value may hold line breaks: written as they are into a
 * line-based output (text, a Markdown table, a report line), a name would end the line and start
 * one of its own, which could pass for a line of the report ("Silos (1)" and a forged finding).
 */

/** Line breaks, the Unicode line and paragraph separators, and tabs. */
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;

/** `text` with each line break (and tab) read as a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
