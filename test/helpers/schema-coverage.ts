/** Checks that a JSON Schema describes every object a real output writes, key by key. */

export type Schema = Record<string, unknown>;

/** The node of `root` a `$ref` (within that file) points to, or `node` itself. */
export function resolveRef(root: Schema, node: Schema): Schema {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  return ref.slice(2).split('/').reduce((at: Schema, key) => at[key] as Schema, root);
}

/**
 * Paths of the objects in `value` whose schema (`node` of `root`) says nothing of their keys:
 * neither `properties` nor a schema for additional ones, so that a bare `{ "type": "object" }`
 * would accept anything. A null branch of `oneOf` is passed over for the other.
 */
export function undescribed(root: Schema, value: unknown, node: Schema, path: string): string[] {
  node = resolveRef(root, node);
  if (node.oneOf) node = resolveRef(root, (node.oneOf as Schema[]).find((branch) => resolveRef(root, branch).type !== 'null')!);
  if (Array.isArray(value)) return value.flatMap((item, i) => undescribed(root, item, node.items as Schema, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const properties = (node.properties ?? {}) as Record<string, Schema>;
  const additional = node.additionalProperties;
  if (!node.properties && typeof additional !== 'object') return [path];
  return Object.entries(value).flatMap(([key, inner]) => {
    const described = properties[key] ?? (typeof additional === 'object' ? (additional as Schema) : null);
    return described ? undescribed(root, inner, described, `${path}.${key}`) : [];
  });
}
