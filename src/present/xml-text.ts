/**
 * Text made safe for XML 1.0 attribute values and element content (GEXF, GraphML). Markup
 * characters become entities; tab, line feed and carriage return become character references so
 * that a reader's attribute-value normalisation does not turn them into spaces; and characters
 * XML 1.0 forbids (most control characters, lone surrogates, U+FFFE, U+FFFF), which would make
 * the whole file unreadable, become U+FFFD.
 */

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `text` escaped for use inside a double-quoted attribute or as element content. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character]);
}
