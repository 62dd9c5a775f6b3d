/**
 * Names that more than one person has ("John Smith" twice): on their own they would not say who,
 * so outputs that name people add the id to these.
 */
export function sharedNames(people: readonly { readonly name: string }[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { name } of people) {
    if (name === '') continue;
    if (seen.has(name)) shared.add(name);
    seen.add(name);
  }
  return shared;
}

/** A person as outputs name them: the name, with the id when the name is shared; the id when there is no name. */
export function nameOf(person: { readonly name: string; readonly id: string }, shared: ReadonlySet<string>): string {
  return nameWith(person, shared, []);
}

/**
 * A person named as by {@link nameOf}, with details (their team, say) in the same parentheses as
 * a shared name's id: "Eren Şahin (P000170, Waste)", not "Eren Şahin (P000170) (Waste)".
 */
export function nameWith(person: { readonly name: string; readonly id: string }, shared: ReadonlySet<string>, details: readonly string[]): string {
  const name = person.name === '' ? person.id : person.name;
  const inside = person.name !== '' && shared.has(person.name) ? [person.id, ...details] : details;
  return inside.length === 0 ? name : `${name} (${inside.join(', ')})`;
}

/**
 * The id a shared name carries, as nameOf adds it, split from the name so that a name too long
 * for its space can be cut and the id kept: "David Harrison (P000027)" is ["David Harrison",
 * " (P000027)"]; a text without such an id is [text, ""]. The id is one word in parentheses at
 * the end, so details after it ("(P000027, Housing)") are not taken for one.
 */
export function splitIdSuffix(text: string): readonly [name: string, suffix: string] {
  const suffix = / \([^\s()]+\)$/.exec(text);
  return suffix && suffix.index > 0 ? [text.slice(0, suffix.index), suffix[0]] : [text, ''];
}
