/** JSON with object keys sorted: jsonb stores keys in its own order, which is not a change. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/**
 * Field by field, what a pending change would change: the same comparison the offer review uses,
 * for a venue's or an organisation's details. Lists with no order (access features) compare sorted.
 */
export function fieldDiff<T extends Record<string, unknown>>(
  live: T,
  pending: Partial<T>,
  fields: readonly (keyof T & string)[],
  unordered: readonly (keyof T & string)[] = [],
): { field: keyof T & string; before: unknown; after: unknown }[] {
  const norm = (key: keyof T & string, value: unknown) =>
    unordered.includes(key) && Array.isArray(value) ? stable([...value].sort()) : stable(value);
  return fields
    .filter((key) => key in pending && norm(key, live[key]) !== norm(key, pending[key]))
    .map((field) => ({ field, before: live[field] ?? null, after: pending[field] ?? null }));
}
