/**
 * loadOrganisation's options, checked as the CLI checks its flags: an unknown name or a value
 * out of range is a UsageError naming it.
 */
import { UsageError } from '../errors.js';
import { refuseUnknownOptions } from '../option-names.js';
import type { LoadOptions } from './load-organisation.js';
import { DATE_ORDERS, YEAR_10000_SECONDS } from './values.js';

/** Every option loadOrganisation takes. */
const LOAD_OPTIONS = ['dir', 'staff', 'teams', 'interactions', 'recipients', 'columns', 'headerless', 'delimiter', 'interactionsFormat', 'since', 'until',
  'channels', 'minInteractions', 'strict', 'dateOrder', 'examples', 'threads', 'onProgress'];

/** The options the CLI's flags would refuse, refused the same way for a library caller. */
export function checkLoadOptions(options: LoadOptions): void {
  refuseUnknownOptions('loadOrganisation', options, LOAD_OPTIONS);
  const { since, until, minInteractions, examples, threads, dateOrder, channels, interactionsFormat } = options;
  if (threads !== undefined && threads !== 'auto' && !(Number.isSafeInteger(threads) && threads >= 1)) {
    throw new UsageError(`loadOrganisation: threads must be 'auto' or a whole number of at least 1, not ${String(threads)}`);
  }
  if (dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(`loadOrganisation: dateOrder must be ${DATE_ORDERS.join(' or ')}, not ${String(dateOrder)}`);
  }
  if (channels !== undefined && !(Array.isArray(channels) && channels.every((channel) => typeof channel === 'string'))) {
    throw new UsageError(`loadOrganisation: channels must be a list of channel names, not ${JSON.stringify(channels)}`, 'e.g. channels: ["email"]');
  }
  if (interactionsFormat !== undefined && interactionsFormat !== 'edges' && interactionsFormat !== 'matrix') {
    throw new UsageError(`loadOrganisation: interactionsFormat must be edges or matrix, not ${String(interactionsFormat)}`);
  }
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !Number.isFinite(value)) throw new UsageError(`loadOrganisation: ${name} must be seconds since 1970, not ${value}`);
    // Date.parse and Date.now give milliseconds: read as seconds, 2026 would be the year 58,000.
    if (value !== undefined && value >= YEAR_10000_SECONDS) {
      throw new UsageError(`loadOrganisation: ${name} ${value} is after the year 9999 as seconds since 1970: it looks like milliseconds`, `divide it by 1000, e.g. ${name}: Date.parse('2026-01-01') / 1000`);
    }
  }
  if (since !== undefined && until !== undefined && since > until) {
    throw new UsageError(`loadOrganisation: since (${since}) is after until (${until}): no interaction could be in the window`, 'swap the two');
  }
  if (minInteractions !== undefined && !(Number.isFinite(minInteractions) && minInteractions >= 0)) {
    throw new UsageError(`loadOrganisation: minInteractions must be a number of 0 or more, not ${minInteractions}`);
  }
  if (examples !== undefined && !(Number.isSafeInteger(examples) && examples >= 1)) {
    throw new UsageError(`loadOrganisation: examples must be a whole number of at least 1, not ${examples}`);
  }
}
