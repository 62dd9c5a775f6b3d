/**
 * The text of a detail view as lines of styled segments, already wrapped to the width, so the
 * view can scroll by lines and tests can read it without rendering.
 */
import { displayWidth } from '../../present/display-width.js';
import { wrapText } from '../layout/wrap-text.js';
import { packItems } from '../layout/pack-items.js';
import type { Colour } from '../theme.js';

/** A run of text in one style. */
export interface Segment {
  readonly text: string;
  readonly colour?: Colour;
  readonly bold?: boolean;
  readonly dim?: boolean;
}

/** One screen line. */
export type DetailLine = readonly Segment[];

/** A detail view: a title that stays put and lines that scroll. */
export interface DetailContent {
  readonly title: DetailLine;
  readonly lines: readonly DetailLine[];
}

/** The plain text of a line. */
export const lineText = (line: DetailLine): string => line.map((segment) => segment.text).join('');

/** A section heading with a blank line above it. */
export function heading(text: string): DetailLine[] {
  return [[], [{ text, bold: true }]];
}

/** A paragraph wrapped to `width`, starting `indent` cells in, continuing `hang` cells further in. */
export function paragraph(text: string, width: number, indent = 2, style: Omit<Segment, 'text'> = {}, hang = 2): DetailLine[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, Math.max(width - indent, 10), hang).map((line) => [{ text: pad + line, ...style }]);
}

/**
 * Styled text wrapped to `width` at spaces, keeping each word's style: the first line starts
 * `indent` cells in, the rest `indent + hang`. A word longer than a line gets a line of its own
 * (Ink truncates it).
 */
export function wrapSegments(segments: readonly Segment[], width: number, indent = 2, hang = 2): DetailLine[] {
  // Words are runs of non-space text; a word may span segments ("(Housing)" + ",").
  const words: Segment[][] = [];
  let current: Segment[] = [];
  for (const segment of segments) {
    for (const token of segment.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        if (current.length) words.push(current);
        current = [];
      } else current.push({ ...segment, text: token });
    }
  }
  if (current.length) words.push(current);
  const wordLength = (word: Segment[]) => word.reduce((sum, piece) => sum + displayWidth(piece.text), 0);
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let length = 0;
  const start = () => {
    const pad = indent + (lines.length > 0 ? hang : 0);
    line = [{ text: ' '.repeat(pad) }];
    length = pad;
  };
  start();
  let empty = true;
  for (const word of words) {
    const n = wordLength(word);
    if (!empty && length + 1 + n > width) {
      lines.push(line);
      start();
      empty = true;
    }
    if (!empty) {
      line.push({ text: ' ' });
      length++;
    }
    line.push(...word);
    length += n;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A name–value pair for a grid of figures. */
export interface Figure {
  readonly label: string;
  readonly value: string;
  readonly colour?: Colour;
}

/** Figures in aligned cells, as many per line as fit. */
export function figureGrid(figures: readonly Figure[], width: number, indent = 2): DetailLine[] {
  const labelWidth = Math.max(...figures.map((f) => f.label.length), 0);
  const valueWidth = Math.max(...figures.map((f) => f.value.length), 0);
  const cell = (f: Figure) => `${f.label.padEnd(labelWidth)} ${f.value.padStart(valueWidth)}`;
  const separator = '    ';
  return packItems(figures, Math.max(width - indent, 1), cell, separator).map((row) => {
    const line: Segment[] = [{ text: ' '.repeat(indent) }];
    row.forEach((f, i) => {
      if (i > 0) line.push({ text: separator });
      line.push({ text: `${f.label.padEnd(labelWidth)} ` }, { text: f.value.padStart(valueWidth), colour: f.colour });
    });
    return line;
  });
}
