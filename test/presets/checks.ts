/** Checks on preset documents, written once so that tests can show each one catches what it is for. */

interface DriverLike {
  readonly id: string;
  readonly label?: string;
  readonly source?: string;
  readonly assumption?: string;
}
interface DocLike {
  readonly drivers: readonly unknown[];
}

/** `key.drivers[i] (id)` for every driver with neither a non-blank `source` nor a non-blank `assumption`. */
export function unsourcedDrivers(docs: Readonly<Record<string, DocLike>>): string[] {
  const out: string[] = [];
  for (const [key, doc] of Object.entries(docs)) {
    (doc.drivers as readonly DriverLike[]).forEach((d, i) => {
      const has = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';
      if (!has(d.source) && !has(d.assumption)) out.push(`${key}.drivers[${i}] (${d.id})`);
    });
  }
  return out;
}

/** The transport projects of the facts, by the words their drivers' labels use. */
const PROJECTS: readonly (readonly [string, RegExp])[] = [
  ['Rasht–Astara', /Rasht/],
  ['Astarachay', /Astarachay/],
  ['Araz/Nakhchivan corridor', /Araz corridor|Nakhchivan/],
  ['Agband–Kalala', /Agband/],
];

/** `key: project in idA and idB` for every project that more than one driver of a document names in its label. */
export function repeatedProjects(docs: Readonly<Record<string, DocLike>>): string[] {
  const out: string[] = [];
  for (const [key, doc] of Object.entries(docs)) {
    for (const [project, pattern] of PROJECTS) {
      const ids = (doc.drivers as readonly DriverLike[]).filter((d) => pattern.test(d.label ?? '')).map((d) => d.id);
      if (ids.length > 1) out.push(`${key}: ${project} in ${ids.join(' and ')}`);
    }
  }
  return out;
}
