// The build's stamp: a hash of everything dist/ is built from (src/, package.json, tsup.config.ts, tsconfig.json),
// written to dist/.stamp.json after `npm run build`. Tests that run dist/ (the integration project) compare it with
// the working tree and stop with a message when dist/ is stale or missing, rather than test yesterday's build.
//
//   node scripts/dist-stamp.mjs write          after the build (package.json's build script)
//   node scripts/dist-stamp.mjs check          exit 1 with the reason when dist/ is missing or stale
//   node scripts/dist-stamp.mjs build-if-stale  runs `npm run build` only when the check fails
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'];
const STAMP = join('dist', '.stamp.json');

function files(path) {
  if (!existsSync(path)) return [];
  const entries = readdirSync(path, { withFileTypes: true });
  return entries.flatMap((e) => (e.isDirectory() ? files(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : []));
}

/** SHA-256 over the sorted relative paths and contents of the build's inputs under `root`. */
export function sourceHash(root = ROOT) {
  const hash = createHash('sha256');
  const all = INPUTS.flatMap((input) => {
    const path = join(root, input);
    if (!existsSync(path)) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
  for (const file of all.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Why dist/ under `root` cannot be tested, or undefined when its stamp matches the working tree. */
export function staleReason(root = ROOT) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return `dist/ is not built, or was built without its stamp (${STAMP}): run npm run build`;
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(stamp, 'utf8')).sourceHash;
  } catch (error) {
    return `${STAMP} is unreadable (${error.message}): run npm run build`;
  }
  const now = sourceHash(root);
  if (recorded !== now) return `dist/ is stale: src/, package.json, tsup.config.ts or tsconfig.json changed since the last build (stamp ${String(recorded).slice(0, 12)}, sources now ${now.slice(0, 12)}): run npm run build`;
  return undefined;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const command = process.argv[2];
  if (command === 'write') {
    writeFileSync(join(ROOT, STAMP), `${JSON.stringify({ sourceHash: sourceHash(), inputs: INPUTS }, null, 2)}\n`);
  } else if (command === 'check') {
    const reason = staleReason();
    if (reason !== undefined) {
      console.error(reason);
      process.exit(1);
    }
  } else if (command === 'build-if-stale') {
    const reason = staleReason();
    if (reason !== undefined) {
      console.error(`${reason.replace(/: run npm run build$/, '')}: building`);
      execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
    }
  } else {
    console.error('usage: node scripts/dist-stamp.mjs write|check|build-if-stale');
    process.exit(2);
  }
}
