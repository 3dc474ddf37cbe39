/**
 * Turns the bundled data strings back into bytes: base64, then gzip, undone with the platform's own
 * `DecompressionStream` (Node ≥ 18 and every current browser), so the history entry needs no `node:` module,
 * no file system and no network.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Decodes standard base64 (with `=` padding) into bytes; throws on any other character. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  const bad = (i: number): never => {
    throw new RangeError(`decodeBase64: not a base64 character at ${i}: ${JSON.stringify(text[i])}`);
  };
  const value = (i: number) => {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : 255;
    return v === 255 ? bad(i) : v;
  };
  // Four characters make three bytes; the tail (2 or 3 characters) makes one or two.
  const whole = end - (end % 4);
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  if (end - whole === 1) bad(whole);
  if (end - whole >= 2) {
    const n = (value(whole) << 18) | (value(whole + 1) << 12) | (end - whole === 3 ? value(whole + 2) << 6 : 0);
    out[o++] = n >> 16;
    if (end - whole === 3) out[o++] = (n >> 8) & 0xff;
  }
  return out;
}

/** Gunzips bytes with the platform's `DecompressionStream`. */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>, fn: string): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') {
    throw new TypeError(`${fn}: this platform has no DecompressionStream (Node ≥ 18 or a current browser is needed)`);
  }
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
  } catch (error) {
    throw new RangeError(`${fn}: the bundled data do not gunzip (corrupt bundle): ${(error as Error).message}`, { cause: error });
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Node's global `Buffer`, read off globalThis so that no bundler sees a free `Buffer` and polyfills it. */
interface BufferLike {
  from(text: string, encoding: 'base64'): Uint8Array;
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/**
 * base64 → gzip → bytes. In Node, base64 is decoded natively by `Buffer` (about 30 ms less on a first load; it
 * skips, rather than rejects, characters outside the alphabet, which for the bundled strings cannot occur and
 * would fail the gunzip or the blob's checks anyway); elsewhere by {@link decodeBase64}.
 */
export async function inflateBase64(text: string, fn: string): Promise<Uint8Array> {
  const bytes = NodeBuffer === undefined ? decodeBase64(text) : new Uint8Array(NodeBuffer.from(text, 'base64'));
  return gunzip(bytes, fn);
}
