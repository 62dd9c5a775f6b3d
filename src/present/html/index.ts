/** The HTML report. */
export { formatHtml } from './format-html.js';
export { escapeHtml } from './escape-html.js';
