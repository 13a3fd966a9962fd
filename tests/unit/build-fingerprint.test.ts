import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, buildFingerprint } from '../../src/lib/build-fingerprint.ts';

let root: string;

/** Writes a file below the scratch project, creating its folders. */
function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The fingerprint of the scratch project with the given Node version and settings. */
function fingerprint(nodeVersion = 'v24.9.0', settings: Record<string, string | undefined> = { SITE_URL: 'a' }) {
  return buildFingerprint({ root, paths: ['content', ...BUILD_INPUTS], nodeVersion, settings });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  write('content/statements/a.md', 'text');
  write('src/pages/index.astro', 'page');
  write('package-lock.json', '{"lockfileVersion":3}');
  write(
    'node_modules/.package-lock.json',
    JSON.stringify({
      packages: {
        'node_modules/astro': { version: '7.3.5' },
        'node_modules/astro/node_modules/vite': { version: '8.0.0' },
        'node_modules/vitest': { version: '5.1.1', dev: true },
      },
    }),
  );
  write('node_modules/astro/dist/core/build.js', 'export function build() {}');
  write('node_modules/astro/node_modules/vite/dist/index.js', 'export const vite = 1;');
  write('node_modules/vitest/dist/index.js', 'export const test = 1;');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build fingerprint', () => {
  it('is the same for the same inputs', () => {
    expect(fingerprint()).toBe(fingerprint());
  });

  it.each([
    ['a statement', 'content/statements/a.md', 'text, corrected'],
    ['a page', 'src/pages/index.astro', 'page, redesigned'],
    ['the lockfile', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    [
      'the installed dependencies',
      'node_modules/.package-lock.json',
      '{"packages":{"node_modules/astro":{"version":"7.4.0"}}}',
    ],
    ['a new public file', 'public/robots.txt', 'User-agent: *'],
  ])('changes when %s changes', (_what, path, text) => {
    const before = fingerprint();
    write(path, text);
    expect(fingerprint()).not.toBe(before);
  });

  it.each([
    ['a file of a package the build runs', 'node_modules/astro/dist/core/build.js'],
    ['a file of a package nested in another', 'node_modules/astro/node_modules/vite/dist/index.js'],
  ])('changes when %s is edited in node_modules, the record of the install unchanged', (_what, path) => {
    const before = fingerprint();
    write(path, 'export function build() { /* patched */ }');
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when an installed file is edited to the same size (its modification time changes)', () => {
    const path = join(root, 'node_modules/astro/dist/core/build.js');
    utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));
    const before = fingerprint();
    writeFileSync(path, 'export function bUild() {}');
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when a file is added to an installed package', () => {
    const before = fingerprint();
    write('node_modules/astro/dist/core/extra.js', '');
    expect(fingerprint()).not.toBe(before);
  });

  it.each([
    ['a development-only package (tests, checks)', 'node_modules/vitest/dist/index.js'],
    ['a cache the build writes into node_modules', 'node_modules/.astro/data-store.json'],
  ])('stays the same when %s changes', (_what, path) => {
    const before = fingerprint();
    write(path, 'changed');
    expect(fingerprint()).toBe(before);
  });

  it('changes with the Node version', () => {
    expect(fingerprint('v24.10.0')).not.toBe(fingerprint('v24.9.0'));
  });

  it('changes with a setting, or one more setting', () => {
    expect(fingerprint(undefined, { SITE_URL: 'b' })).not.toBe(fingerprint(undefined, { SITE_URL: 'a' }));
    expect(fingerprint(undefined, { SITE_URL: 'a', BASE_PATH: '/x/' })).not.toBe(fingerprint());
  });

  it('tells a file moved to another folder from the same file in place', () => {
    const before = fingerprint();
    rmSync(join(root, 'src/pages/index.astro'));
    write('src/index.astro', 'page');
    expect(fingerprint()).not.toBe(before);
  });
});
