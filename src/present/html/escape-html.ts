/**
 * Text made inert for HTML and inline SVG: markup characters become entities, so a name such as
 * `<script>alert(1)</script>` shows as those characters and never runs. Also safe inside quoted
 * attribute values. Control characters (C0, DEL and C1) other than tab and line breaks become U+FFFD.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** `text` escaped for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
