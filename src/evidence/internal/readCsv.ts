import type { ScenarioIssue } from '../../scenario/ScenarioError';

/** One record of a CSV file: its fields, and the line of the file it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * The records of CSV text, one at a time (a large file is never held as records all at once), read as RFC 4180
 * describes them: fields separated by commas, records by CRLF (LF or a lone CR too); a field in double quotes may
 * hold commas, quotes written twice (`""`) and line breaks. A byte-order mark at the start is skipped; lines with
 * nothing on them are skipped (they hold no field). Problems (an unclosed quote, text after a closing quote, a quote
 * inside an unquoted field) are reported through `report` with the line, and that record is skipped.
 */
export function* csvRecords(text: string, report: (issue: ScenarioIssue) => void): Generator<CsvRecord, void, undefined> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let bad = false;
    let endOfRecord = false;
    let quoted = false;
    while (!endOfRecord) {
      let field = '';
      if (text[i] === '"') {
        quoted = true;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
        if (!closed) {
          report({ path: `line ${start}`, message: 'a quoted field opened on this line is never closed' });
          return;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          const rest = text.slice(i, i + 20).split(/[\r\n]/)[0]!;
          report({ path: `line ${line}`, message: `unexpected text after a closing quote: ${JSON.stringify(rest)}` });
          bad = true;
        }
      }
      // An unquoted field, or what follows a bad closing quote, runs to the next comma or line break.
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      if (!bad) {
        const raw = text.slice(i, j);
        if (raw.includes('"')) {
          report({ path: `line ${line}`, message: `a quote inside an unquoted field: ${JSON.stringify(raw)} (quote the whole field and write a quote as "")` });
          bad = true;
        }
        field += raw;
      }
      i = j;
      fields.push(field);
      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === ',') {
        i++;
      } else {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }
    if (bad) continue;
    // One empty unquoted field is an empty line; `""` alone is a value.
    if (fields.length === 1 && fields[0] === '' && !quoted) continue;
    yield { line: start, fields };
  }
}
