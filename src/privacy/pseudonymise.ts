/**
 * Pseudonymisation: each person's id becomes "p-" and the first 16 hex digits of
 * HMAC-SHA-256(key, id), the same for the same key on every run, and unlinkable to the person
 * without the key. Names, e-mails, managers, roles, locations and other staff columns are dropped
 * unless named to keep, and so are channel names that point at a person (personal-channels.ts).
 * Teams are organisational units, not people, and keep their names.
 * People are renumbered in the order of their pseudonyms: in the staff file's order (often by
 * employee number), row k of any output would be the staff file's row k to anyone who has it.
 */
import { createHmac } from 'node:crypto';
import { UsageError } from '../errors.js';
import { organisationFromLoadedParts, type Organisation } from '../organisation/organisation.js';
import { renumberTies } from '../organisation/renumber-ties.js';
import { checkKeptColumns } from './keepable-columns.js';
import { namesAPerson } from './personal-channels.js';
import { MINIMUM_KEY_BYTES } from './pseudonym-key.js';

/** A person's pseudonym under `key`. */
/** What pseudonym() writes, as a pattern to find pseudonyms in text (reidentify.ts) or check an id is one (release.ts). */
export const PSEUDONYM_PATTERN = 'p-[0-9a-f]{16}';

export function pseudonym(key: Buffer, id: string): string {
  return `p-${createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, 16)}`;
}

/**
 * The same organisation with every person under their pseudonym, people in pseudonym order.
 * `keep` names staff columns (role, location, or any other column) that stay; identifying columns
 * cannot be kept.
 */
export function pseudonymiseOrganisation(organisation: Organisation, key: Buffer, keep: readonly string[] = []): Organisation {
  // A short key can be guessed, and with it every pseudonym reversed: the library holds the CLI's line.
  if (key.length < MINIMUM_KEY_BYTES) throw new UsageError(`the pseudonym key holds ${key.length} bytes; it needs at least ${MINIMUM_KEY_BYTES}`, 'make one with: openssl rand -hex 32 > nodefinder.key');
  // Checked here, against the staff file's columns: after this only the kept ones are left to name in a hint.
  checkKeptColumns(organisation, keep, true);
  const seen = new Map<string, string>();
  const people = organisation.people.map((person) => {
    const id = pseudonym(key, person.id);
    const clash = seen.get(id);
    // 64 bits make a clash vanishingly unlikely (about 1 in 3.7 million at 10 million people); refuse rather than merge two people.
    if (clash !== undefined) throw new UsageError(`people "${clash}" and "${person.id}" have the same pseudonym`, 'use another key');
    seen.set(id, person.id);
    const attributes: Record<string, string> = {};
    for (const column of keep) if (column in person.attributes) attributes[column] = person.attributes[column];
    return {
      id,
      name: '',
      team: person.team,
      role: keep.includes('role') ? person.role : '',
      manager: '',
      location: keep.includes('location') ? person.location : '',
      email: '',
      attributes,
    };
  });
  // Pseudonyms are "p-" and lower-case hex of one length: compared as strings, they sort as their numbers.
  const order = Int32Array.from(people.keys()).sort((a, b) => (people[a].id < people[b].id ? -1 : 1));
  const newIndexOf = new Int32Array(order.length);
  order.forEach((v, index) => (newIndexOf[v] = index));
  return organisationFromLoadedParts({
    people: Array.from(order, (v) => people[v]),
    teams: organisation.teams,
    ties: renumberTies(organisation.ties, newIndexOf, true),
    arcs: renumberTies(organisation.arcs, newIndexOf, false),
    // A channel named after a person keeps its place, by which ties hold their channels, with no name.
    channels: organisation.channels.map((channel) => (namesAPerson(channel, (word) => organisation.personIndex.has(word)) ? '' : channel)),
    weighted: organisation.weighted,
    undirected: organisation.undirected,
    pseudonymised: true,
  });
}
