/**
 * The build's input fingerprint: `npm run build` keeps the `dist/` in place
 * when everything that shapes the output is exactly as it was for that build.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
 * that leaves the lockfile alone still changes the fingerprint; an installed file edited by hand changes it
 * through {@link hashInstalledPackages}.
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

/** The record npm keeps of what it installed, which lists every package folder. */
const INSTALLED = 'node_modules/.package-lock.json';

/** Adds the name, size and modification time of every file below a package folder, leaving out nested packages. */
function hashFileStamps(hash: Hash, root: string, folder: string): void {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return; // listed but not installed (an optional package for another platform)
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = `${folder}/${entry.name}`;
    // Nested node_modules folders are packages of their own, each listed in the record.
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') hashFileStamps(hash, root, path);
    } else {
      const stat = lstatSync(join(root, path));
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
  }
}

/**
 * Adds the installed files of the packages the build runs: every package in npm's record of the install that is
 * not a development-only dependency (tests, checks and formatting never shape the site). Sizes and modification
 * times, not contents: any edit changes them, and reading ~12,000 stamps takes ~0.1 s where hashing the 400 MB
 * would take seconds.
 */
export function hashInstalledPackages(hash: Hash, root: string): void {
  if (!existsSync(join(root, INSTALLED))) return;
  const { packages = {} } = JSON.parse(readFileSync(join(root, INSTALLED), 'utf8')) as {
    packages?: Record<string, { dev?: boolean; link?: boolean }>;
  };
  for (const [folder, info] of Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (folder.startsWith('node_modules/') && !info.dev && !info.link) hashFileStamps(hash, root, folder);
  }
}

/**
 * A hash of the files below `paths` (names and bytes, in a stable order), of the installed packages the build
 * runs (names, sizes and times), the Node version and the settings.
 */
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
  hashInstalledPackages(hash, options.root);
  hash.update(`node=${options.nodeVersion}\0`);
  for (const name of Object.keys(options.settings).sort()) hash.update(`${name}=${options.settings[name] ?? ''}\0`);
  return hash.digest('hex');
}
