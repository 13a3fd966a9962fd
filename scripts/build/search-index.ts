/**
 * The search index of a built site, written after `astro build` and outside
 * its process: one Pagefind bundle per period and language
 * (src/lib/search-bundles.ts), each indexed by a process of its own
 * (./index-shard.ts), one or two at a time, so Astro's memory and Pagefind's
 * never add up and no indexer holds more than one period.
 *
 * A bundle whose pages' extracts (what Pagefind reads of them, see
 * src/lib/search-extract.ts) are exactly those it was last built from is
 * copied from the build cache as it was, byte for byte: after an edit, only
 * the edited statement's period is indexed again.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { filesBelow } from '../../src/lib/folders.ts';
import {
  initialPeriods,
  manifestElement,
  planShards,
  preloadLinks,
  searchManifest,
  startupFiles,
  type IndexedPage,
  type PagefindEntry,
  type ShardPlan,
} from '../../src/lib/search-bundles.ts';
import type { Period } from '../../src/lib/periods.ts';
import { extractIndexed } from '../../src/lib/search-extract.ts';
import type { ShardJob } from './index-shard.ts';

/** How the index is built; every value here shapes what readers download. */
export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** The site's base path, ending in a slash. */
  base: string;
  /** Where reusable bundles are kept between builds. */
  cacheDir: string;
  /** The folder of the pages to index, relative to the output folder: only statement pages carry `data-pagefind-body`. */
  pagesDir: string;
  /** The search page, relative to the output folder, which is told about the bundles and preloads the first. */
  searchPage: string;
  /** The most statements a period holds (src/lib/periods.ts). */
  periodSize: number;
  /** The periods cut for the whole archive, oldest first, when this build indexes only some of them (a build part). */
  periods?: Period[];
  /** Whether to tell the search page about the bundles now; a build part leaves it to the merge. */
  describe?: boolean;
  /**
   * How many pages' result fragments share one file: a result loads its whole file, so few, but one
   * file per page would pass static hosts' file limits (Cloudflare Pages: 20,000) at ten thousand
   * statements. A bundle's own size decides its files, so no other bundle changes when one does.
   */
  pagesPerFragmentFile: number;
}

/** What was indexed, for the build's report and its tests. */
export interface SearchIndexReport {
  pages: number;
  files: number;
  bytes: number;
  periods: number;
  /** Bundles indexed again, and bundles kept from the last build, by path. */
  indexed: string[];
  kept: string[];
}

/** The Pagefind version and settings: a bundle built under others is never reused. */
function indexerVersion(options: SearchIndexOptions): string {
  const pagefind = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
  const code = ['src/lib/search-extract.ts', 'scripts/build/index-shard.ts', 'src/lib/search-bundles.ts']
    .map((file) => readFileSync(file, 'utf8'))
    .join('\0');
  return `pagefind ${pagefind.version}; pagesPerFragmentFile ${options.pagesPerFragmentFile}; ${createHash('sha256').update(code).digest('hex')}`;
}

/** Reads every statement page's extract once: its language, date and a hash of what Pagefind indexes. */
function readPages(outDir: string, pagesDir: string): (IndexedPage & { hash: string })[] {
  const dir = join(outDir, pagesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .flatMap((name) => {
      const file = join(pagesDir, name);
      const extract = extractIndexed(readFileSync(join(outDir, file), 'utf8'));
      if (extract.body === undefined || extract.date === undefined) return [];
      const hash = createHash('sha256').update(extract.language).update('\0').update(extract.body).digest('hex');
      return [{ file, language: extract.language, date: extract.date, hash }];
    });
}

/** A hash of everything a bundle is built from. */
function shardInputs(shard: ShardPlan, hashes: ReadonlyMap<string, string>, version: string): string {
  const hash = createHash('sha256').update(version).update('\0').update(shard.path);
  for (const file of shard.files) hash.update(`\0${file}\0${hashes.get(file)}`);
  return hash.digest('hex');
}

/** Runs the indexer for one bundle in its own process. */
function runIndexer(job: ShardJob, jobFile: string): Promise<void> {
  writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build/index-shard.ts', jobFile], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (code) => {
      rmSync(jobFile, { force: true });
      if (code === 0) done();
      else fail(new Error(`indexing ${job.output} failed: ${errors.trim() || `exit code ${code}`}`));
    });
  });
}

/** Runs tasks, at most `limit` at a time. */
async function inTurn(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * Tells the search page about the bundles written below `pagefind/` (one folder per language and
 * period) and adds preloads of the first ones' startup files. A build in parts does this once, when
 * the parts' bundles are merged.
 */
export function describeSearchIndex(
  options: Pick<SearchIndexOptions, 'outDir' | 'base' | 'searchPage' | 'periodSize'>,
  oldestFirst: readonly Period[],
): void {
  const periods = [...oldestFirst].reverse();
  const root = join(options.outDir, 'pagefind');
  const languages = existsSync(root) ? readdirSync(root).sort() : [];
  const shards = languages.flatMap((language) =>
    periods.flatMap((period) => {
      const path = `pagefind/${language}/${period.id}/`;
      return existsSync(join(options.outDir, path, 'pagefind-entry.json')) ? [{ language, period, path }] : [];
    }),
  );
  const entries = new Map(
    shards.map((s) => [
      s.path,
      JSON.parse(readFileSync(join(options.outDir, s.path, 'pagefind-entry.json'), 'utf8')) as PagefindEntry,
    ]),
  );
  // The language with the most pages first, as its instance loads first.
  const held = (path: string) => Object.values(entries.get(path)!.languages).reduce((n, l) => n + l.page_count, 0);
  const pages = (language: string) =>
    shards.filter((s) => s.language === language).reduce((n, s) => n + held(s.path), 0);
  shards.sort((a, b) => pages(b.language) - pages(a.language) || a.language.localeCompare(b.language));
  const manifest = searchManifest(
    periods,
    initialPeriods(periods, options.periodSize),
    shards,
    shards.map((s) => JSON.stringify(entries.get(s.path))),
  );
  const file = join(options.outDir, options.searchPage);
  if (!existsSync(file)) return;
  const head = `${manifestElement(manifest)}${preloadLinks(startupFiles(manifest, entries), options.base)}`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', `${head}</head>`));
}

/** Indexes a built site's statement pages into one bundle per period and language; throws naming what failed. */
export async function writeSearchIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const pages = readPages(options.outDir, options.pagesDir);
  if (pages.length === 0) throw new Error(`Pagefind found no pages to index below ${options.pagesDir}.`);
  const hashes = new Map(pages.map((p) => [p.file, p.hash]));
  const { periods, shards } = planShards(pages, options.periodSize, options.periods);
  const version = indexerVersion(options);
  const cache = resolve(options.cacheDir, 'search');
  mkdirSync(cache, { recursive: true });
  const indexed: string[] = [];
  const kept: string[] = [];
  const tasks = shards.map((shard) => async () => {
    const inputs = shardInputs(shard, hashes, version);
    const cached = join(cache, shard.path.replace(/\/$/u, ''));
    const target = join(options.outDir, shard.path);
    if (existsSync(join(cached, 'inputs.txt')) && readFileSync(join(cached, 'inputs.txt'), 'utf8') === inputs) {
      cpSync(join(cached, 'bundle'), target, { recursive: true });
      kept.push(shard.path);
      return;
    }
    await runIndexer(
      {
        outDir: resolve(options.outDir),
        files: shard.files,
        output: resolve(target),
        maxFragments: Math.max(1, Math.ceil(shard.files.length / options.pagesPerFragmentFile)),
      },
      join(cache, `job-${process.pid}-${shard.language}-${shard.period.id}.json`),
    );
    // Replace the cached copy only once the new one is complete.
    const fresh = `${cached}.new-${process.pid}`;
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(fresh, { recursive: true });
    cpSync(target, join(fresh, 'bundle'), { recursive: true });
    writeFileSync(join(fresh, 'inputs.txt'), inputs);
    rmSync(cached, { recursive: true, force: true });
    mkdirSync(join(cached, '..'), { recursive: true });
    renameSync(fresh, cached);
    indexed.push(shard.path);
  });
  // Each indexer takes a core and its period's memory; two at a time keep both in bounds.
  await inTurn(tasks, Math.max(1, Math.min(2, availableParallelism())));
  if (options.describe !== false) describeSearchIndex(options, [...periods].reverse());
  const files = filesBelow(join(options.outDir, 'pagefind'));
  const report: SearchIndexReport = {
    pages: pages.length,
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    periods: periods.length,
    indexed: indexed.sort(),
    kept: kept.sort(),
  };
  // What this build indexed again and what it kept, for anyone checking (the build's tests do).
  writeFileSync(join(cache, 'last-build.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
