/**
 * Re-identification, for the holder of the key only: finds the pseudonyms an output names and
 * maps each back to the person in the staff file whose id hashes to it under the same key.
 */
import type { Organisation } from '../organisation/organisation.js';
import { pseudonym, PSEUDONYM_PATTERN } from './pseudonymise.js';

const PSEUDONYM = new RegExp(PSEUDONYM_PATTERN, 'g');

/** One pseudonym and who it stands for; id and name are null when no one in the staff file has it. */
export interface Reidentified {
  readonly pseudonym: string;
  readonly id: string | null;
  readonly name: string | null;
}

/** The distinct pseudonyms in `text`, in order of first appearance. */
export function findPseudonyms(text: string): string[] {
  return [...new Set(text.match(PSEUDONYM) ?? [])];
}

/** Maps each pseudonym back to a person of `organisation` (loaded without pseudonymising). */
export function reidentify(organisation: Organisation, key: Buffer, pseudonyms: readonly string[]): Reidentified[] {
  const wanted = new Set(pseudonyms);
  const found = new Map<string, { id: string; name: string }>();
  for (const person of organisation.people) {
    const p = pseudonym(key, person.id);
    if (wanted.has(p)) found.set(p, { id: person.id, name: person.name });
  }
  return pseudonyms.map((p) => ({ pseudonym: p, id: found.get(p)?.id ?? null, name: found.get(p)?.name ?? null }));
}
