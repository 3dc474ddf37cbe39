/**
 * A small XML well-formedness check for the charts (no DOMParser in Node): every tag closes in order, attributes
 * are quoted and unique, text and attribute values hold no raw `<` or bare `&`, ids are unique, and every
 * `url(#…)` and `aria-labelledby` points at an id of the document.
 */
export interface XmlReport {
  readonly elements: { name: string; attrs: Record<string, string> }[];
  readonly texts: string[];
}

const NAME = /[A-Za-z_][\w:.-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

export function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function checkText(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`raw < in ${where}: ${text}`);
  if (text.replace(ENTITY, '').includes('&')) throw new Error(`bare & in ${where}: ${text}`);
}

export function checkXml(xml: string): XmlReport {
  const stack: string[] = [];
  const elements: XmlReport['elements'] = [];
  const texts: string[] = [];
  const textStack: string[][] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt === -1 ? xml.length : lt);
    if (chunk !== '') {
      if (stack.length === 0) throw new Error(`text outside the root: ${chunk}`);
      checkText(chunk, 'text');
      textStack[textStack.length - 1]?.push(chunk);
    }
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      const content = textStack.pop()!.join('');
      if (name === 'text' || name === 'title' || name === 'desc') texts.push(unescape(content));
    } else {
      if (stack.length === 0 && elements.length > 0) throw new Error('a second root element');
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = NAME.exec(body)?.[0];
      if (name === undefined || !body.startsWith(name)) throw new Error(`bad tag <${tag}>`);
      const rest = body.slice(name.length);
      const attrs: Record<string, string> = {};
      const attr = /\s+([A-Za-z_][\w:.-]*)="([^"]*)"/y;
      let k = 0;
      while (k < rest.length) {
        attr.lastIndex = k;
        const m = attr.exec(rest);
        if (!m) {
          if (rest.slice(k).trim() === '') break;
          throw new Error(`bad attributes in <${tag}>`);
        }
        if (m[1]! in attrs) throw new Error(`duplicate attribute ${m[1]} in <${name}>`);
        checkText(m[2]!, `attribute ${m[1]}`);
        attrs[m[1]!] = unescape(m[2]!);
        k = attr.lastIndex;
      }
      elements.push({ name, attrs });
      if (!selfClosing) {
        stack.push(name);
        textStack.push([]);
      }
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  const ids = elements.map((e) => e.attrs.id).filter((id): id is string => id !== undefined);
  const unique = new Set(ids);
  if (unique.size !== ids.length) throw new Error('duplicate ids');
  for (const e of elements) {
    for (const value of Object.values(e.attrs)) {
      for (const ref of value.matchAll(/url\(#([^)]+)\)/g)) if (!unique.has(ref[1]!)) throw new Error(`url(#${ref[1]}) has no target`);
    }
    for (const ref of (e.attrs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean)) {
      if (!unique.has(ref)) throw new Error(`aria-labelledby ${ref} has no target`);
    }
  }
  return { elements, texts };
}

/** The checks every chart must pass; returns the parsed report for further assertions. */
export function checkChart(svg: string): XmlReport & { title: string; desc: string; id: string } {
  for (const bad of ['NaN', 'Infinity', 'undefined', '[object Object]', '<?xml']) {
    if (svg.includes(bad)) throw new Error(`chart contains ${bad}`);
  }
  const report = checkXml(svg);
  const root = report.elements[0]!;
  if (root.name !== 'svg' || root.attrs.role !== 'img' || !/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/.test(root.attrs.viewBox ?? '')) {
    throw new Error('root must be <svg role="img" viewBox="0 0 w h">');
  }
  const id = root.attrs.id!;
  if (root.attrs['aria-labelledby'] !== `${id}-title ${id}-desc`) throw new Error('aria-labelledby must name the title and desc');
  for (const e of report.elements) {
    if (e.attrs.id !== undefined && e.attrs.id !== id && !e.attrs.id.startsWith(`${id}-`)) throw new Error(`id ${e.attrs.id} lacks the chart prefix`);
  }
  const title = report.elements.findIndex((e) => e.name === 'title');
  if (report.elements[title]?.attrs.id !== `${id}-title` || report.elements[title + 1]?.name !== 'desc') {
    throw new Error('<title> then <desc> must open the chart');
  }
  return { ...report, title: report.texts[0]!, desc: report.texts[1]!, id };
}

/** How many times `class="name"` occurs. */
export const countClass = (svg: string, name: string): number => svg.split(`class="${name}"`).length - 1;
