/**
 * The keys every driver has or may have whatever its type — `type`, and the common fields of the schema
 * (`commonDriverFields`) — so a type's own fields may not reuse them, and they hold no parameters.
 */
export const COMMON_DRIVER_KEYS: ReadonlySet<string> = new Set(['id', 'type', 'label', 'note', 'source', 'assumption', 'scope', 'active']);
