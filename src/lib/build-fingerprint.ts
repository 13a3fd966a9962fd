/**
 * The build's input fingerprint: `npm run build` keeps the `dist/` in place
 * when everything that shapes the output is exactly as it was for that build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Settings (environment variables) that change what a build writes. */
export const BUILD_SETTINGS = [
  'SITE_URL',
  'BASE_PATH',
  'CONTENT_DIR',
  'PREVIEWS',
  'CACHE_DIR',
  'SEARCH_PERIOD_SIZE',
] as const;

/**
 * Files and folders that shape the output besides the content: code, public files, and the declared and
 * installed dependencies. npm rewrites `node_modules/.package-lock.json` on every install, so an upgrade
 * that leaves the lockfile alone still changes the fingerprint.
 */
export const BUILD_INPUTS = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
] as const;

/** A hash of the files below `paths` (names and bytes, in a stable order), the Node version and the settings. */
export function buildFingerprint(options: {
  root: string;
  paths: readonly string[];
  nodeVersion: string;
  settings: Readonly<Record<string, string | undefined>>;
}): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(options.root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else {
      hash.update(`${path}\0`).update(readFileSync(full));
    }
  };
  for (const path of options.paths) add(path);
  hash.update(`node=${options.nodeVersion}\0`);
  for (const name of Object.keys(options.settings).sort()) hash.update(`${name}=${options.settings[name] ?? ''}\0`);
  return hash.digest('hex');
}
