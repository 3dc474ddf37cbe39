// Characters XML 1.0 does not allow at all (§2.2): C0 controls other than tab, LF and CR, lone surrogates, U+FFFE/F.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uE000/g;

/** Private-use U+E000 marks the chart id in a draft (see frame.ts), so user text gives it up like a forbidden character. */
export const PLACEHOLDER = '\uE000';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an SVG element or a quoted attribute: a scenario name cannot add markup. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
