/**
 * Putting a new site in place of the old (scripts/lib/site-swap.ts): at every
 * moment, even in a process killed during the swap, the output folder is a
 * complete site or is put back complete by the next run. The real build is
 * killed during its swap in tests/build/build-interrupted.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildingPath, recoverFolder, replaceFolder } from '../../scripts/lib/site-swap.ts';

const ROOT = join(import.meta.dirname, '../..');
let work: string;
let dist: string;

/** Writes a site of `files` pages whose text says which build made them. */
function site(folder: string, build: string, files = 108): void {
  for (let i = 0; i < files; i += 1) {
    const path = join(folder, `section-${i % 9}`, `page-${i}`, 'index.html');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `<p>${build} ${i}</p>`);
  }
  writeFileSync(join(folder, 'index.html'), `<p>${build}</p>`);
}

/** Every file of a folder with its size and modification time: the same listing means the same site, untouched. */
function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => `${name} ${statSync(join(folder, name)).size} ${statSync(join(folder, name)).mtimeMs}`)
    .sort();
}

/** The names next to the output folder, other than the output itself. */
const beside = () => readdirSync(work).filter((name) => name !== 'dist');

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'swap-'));
  dist = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('replacing the site', () => {
  it('puts the new site in place of the old and leaves nothing beside it', () => {
    site(dist, 'old');
    const next = buildingPath(dist);
    site(next, 'new');
    const expected = listing(next);
    replaceFolder(next, dist);
    expect(listing(dist)).toEqual(expected);
    expect(beside()).toEqual([]);
  });

  it('puts the first site in place when there was none', () => {
    const next = buildingPath(dist);
    site(next, 'new');
    replaceFolder(next, dist);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(beside()).toEqual([]);
  });

  it('keeps the old site when the new one cannot be renamed in', () => {
    site(dist, 'old');
    const before = listing(dist);
    expect(() => replaceFolder(join(work, 'no-such-build'), dist)).toThrow();
    expect(listing(dist)).toEqual(before);
    expect(beside()).toEqual([]);
  });
});

describe('recovering what a killed build left', () => {
  it('puts the old site back when the swap stopped between its two renames', () => {
    site(join(work, 'dist.previous-build'), 'old');
    const before = listing(join(work, 'dist.previous-build'));
    expect(recoverFolder(dist)).toBe('restored');
    expect(listing(dist)).toEqual(before);
    expect(beside()).toEqual([]);
  });

  it('keeps the new site and removes the old when the swap was done but the old not yet deleted', () => {
    site(dist, 'new');
    site(join(work, 'dist.previous-build'), 'old');
    site(join(work, 'dist.discarded-123'), 'older', 5);
    const before = listing(dist);
    expect(recoverFolder(dist)).toBe('cleaned');
    expect(listing(dist)).toEqual(before);
    expect(beside()).toEqual([]);
  });

  it('removes the folders of builds that were killed, and only those of this output', () => {
    site(dist, 'site');
    site(join(work, 'dist.building-99999'), 'unfinished', 3);
    site(join(work, 'dist-other.building-99999'), 'another output', 3);
    expect(recoverFolder(dist)).toBe('cleaned');
    expect(beside()).toEqual(['dist-other.building-99999']);
  });

  it('finds nothing to do after a clean build', () => {
    site(dist, 'site');
    expect(recoverFolder(dist)).toBe('nothing');
  });

  it('gets the complete old site back after a process is killed (SIGKILL) in the middle of the swap', async () => {
    site(dist, 'old');
    const before = listing(dist);
    const next = join(work, 'next');
    site(next, 'new');
    // A process that swaps, pausing between the two renames as a test asks, and is killed there.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { replaceFolder } from ${JSON.stringify(join(ROOT, 'scripts/lib/site-swap.ts'))};
         replaceFolder(${JSON.stringify(next)}, ${JSON.stringify(dist)});`,
      ],
      { env: { ...process.env, ARCHIVE_TEST_PAUSE: 'swap' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await new Promise<void>((paused) =>
      child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('paused at swap') && paused()),
    );
    child.kill('SIGKILL');
    await new Promise((exited) => child.on('exit', exited));
    // Killed between the renames: no dist/ for the moment, the old site whole beside it.
    expect(existsSync(dist)).toBe(false);
    expect(listing(join(work, 'dist.previous-build'))).toEqual(before);
    expect(recoverFolder(dist)).toBe('restored');
    expect(listing(dist)).toEqual(before);
  });
});
