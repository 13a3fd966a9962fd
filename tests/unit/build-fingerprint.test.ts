import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  write('node_modules/.package-lock.json', '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}');
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
