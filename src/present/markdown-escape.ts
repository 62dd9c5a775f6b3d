/**
 * Text made inert for Markdown (CommonMark and GitHub Flavored Markdown): a name or reason shows
 * as the characters it holds, never as markup, a link, a table cell break or HTML.
 */
import { oneLine } from './one-line.js';

// Backslash-escapable characters that start inline markup, tables, entities, HTML, headings' closing
// sequences, strikethrough, GitHub's math ($) and e-mail autolinks (@).
const SPECIAL = /[\\`*_[\]<>#|~&$@]/g;
// Control characters (C0, DEL and C1, as escape-html.ts) left once line breaks are spaces (one-line.ts).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` as one line of inert Markdown, usable in a paragraph, a heading or a table cell. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(CONTROL, '\uFFFD')
    .replace(SPECIAL, (character) => `\\${character}`)
    // Break GitHub's bare-URL autolinks (www.… and scheme://…) without touching decimals.
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:\/\//g, '\\://');
}
