/** A short, readable rendering of any value for an error message: strings quoted, long ones cut. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function') {
    const text = String(value);
    if (text !== '[object Object]') return text;
  }
  return `an ${typeof value}`;
}
