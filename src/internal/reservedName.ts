/**
 * Names that a plain object already has from `Object.prototype` (`__proto__`, `constructor`, `valueOf`,
 * `toString`, `hasOwnProperty`, …). Results are records keyed by ids and parameter names, so such a name would be
 * lost (`__proto__`) or read back as a function; every entry point refuses them with a message saying so.
 */
export function isReservedName(name: string): boolean {
  return name in Object.prototype;
}

/** The end of a message refusing a reserved name. */
export const RESERVED_NAME_RULE = 'is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another';
