/**
 * The absolute URL of schema.json that scenario files name in `$schema`: the raw file in the repository that
 * package.json's `repository` names, on its main branch. One place to change when the repository moves.
 */
import { readFileSync } from 'node:fs';

export function schemaUrl(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { repository?: { url?: string } };
  const match = /github\.com[/:]([^/]+)\/([^/.]+?)(?:\.git)?$/.exec(manifest.repository?.url ?? '');
  if (match === null) throw new Error(`schemaUrl: package.json's repository.url must be a GitHub repository, got ${JSON.stringify(manifest.repository?.url)}`);
  return `https://raw.githubusercontent.com/${match[1]}/${match[2]}/main/schema.json`;
}
