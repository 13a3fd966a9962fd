/**
 * A rebuild after one edit: the real build of a copy of the fixture archive,
 * cut into periods of one statement, then one statement's title corrected (in
 * its transcription and its source copy alike, as an editor does) and the site
 * built again with the caches of the first build. Astro's incremental build
 * copies the pages whose cache key is unchanged; the edit must reach every
 * page that showed the old title all the same, and only the edited
 * statement's search bundle may be indexed again, every other one kept byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
const content = join(work, 'content');
const cache = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OLD = 'Port Modernization Commitments';
const NEW = 'Port Renewal Commitments';
const EDITED = 'statements/white-house-regional-health-recovery-fact-sheet.md';
const COPY_ONLY = 'statements/agn-2023-05-26-giammattei-harris-telephone-call.md';

/** Runs the real build into an output folder with the shared caches; returns its output. */
function build(out: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(work, out),
      CACHE_DIR: cache,
      SEARCH_PERIOD_SIZE: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the build into ${out} failed:\n${output}`);
  return output;
}

/** Replaces text in a file of the content copy; the edit must apply. */
function edit(file: string): void {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(OLD)) throw new Error(`${file} does not hold “${OLD}”`);
  writeFileSync(path, before.replaceAll(OLD, NEW));
}

/** Every file of a built site, by path relative to it. */
function files(out: string): Map<string, Buffer> {
  const dir = join(work, out);
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
      try {
        return [[name, readFileSync(join(dir, name))] as const];
      } catch {
        return []; // a folder
      }
    }),
  );
}

let first: Map<string, Buffer>;
let second: Map<string, Buffer>;
let rebuild: string;

beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  build('first');
  first = files('first');
  const copy = /copy: "([^"]+)"/u.exec(readFileSync(join(content, EDITED), 'utf8'))![1]!;
  edit(EDITED);
  edit(`sources/${copy}`);
  // Another statement's copy alone gains blank lines at its end (whitespace, so its transcription still holds
  // every word): the page that publishes the copy byte for byte must show the new bytes.
  const other = /copy: "?([^"\s]+)"?/u.exec(readFileSync(join(content, COPY_ONLY), 'utf8'))![1]!;
  writeFileSync(join(content, 'sources', other), `${readFileSync(join(content, 'sources', other), 'utf8')}\n\n`);
  rebuild = build('second');
  second = files('second');
}, 600_000);

describe('a rebuild after one edit', () => {
  it('copies the pages the edit did not touch from the cache instead of rendering them', () => {
    expect(rebuild.match(/\(restored\)/gu)?.length ?? 0).toBeGreaterThan(10);
  });

  it('shows the corrected title on every page that showed the old one, and the old one nowhere', () => {
    const showed = [...first].filter(([, bytes]) => bytes.includes(OLD)).map(([name]) => name);
    // Its own page, its neighbours' earlier/later links, related statements, lists, timeline, exports, feed.
    expect(showed.length).toBeGreaterThan(5);
    for (const name of showed) expect(second.get(name)?.includes(NEW), name).toBe(true);
    expect([...second].filter(([, bytes]) => bytes.includes(OLD)).map(([name]) => name)).toEqual([]);
  });

  it('renders again the page of a statement whose published copy alone changed', () => {
    const page = 'statements/agn-giammattei-harris-telephone-call/index.html';
    expect(first.get(page)).toBeDefined();
    expect(second.get(page)?.equals(first.get(page)!)).toBe(false);
  });

  it('indexes again only the edited statement’s search bundle and keeps the others byte for byte', () => {
    const report = JSON.parse(readFileSync(join(cache, 'search/last-build.json'), 'utf8')) as {
      indexed: string[];
      kept: string[];
    };
    expect(report.indexed).toEqual(['pagefind/en/2024-m03/']);
    expect(report.kept.length).toBeGreaterThan(1);
    for (const bundle of report.kept) {
      const names = [...first.keys()].filter((name) => name.startsWith(bundle));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(second.get(name)?.equals(first.get(name)!), name).toBe(true);
    }
  });
});
