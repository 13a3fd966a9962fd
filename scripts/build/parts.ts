/**
 * The build in parts (src/lib/build-parts.ts): for an archive too large for
 * one build process, or to build on several machines at once.
 *
 *   npm run build:parts                 # every step below, one after another, each in its own process
 *   node scripts/build/parts.ts plan    # check the content once; cut the periods and the parts
 *   node scripts/build/parts.ts list    # the parts, as JSON: [{ name, folder }] (a CI matrix)
 *   node scripts/build/parts.ts part years:2001-2005   # build one part (any order, any machine)
 *   node scripts/build/parts.ts merge   # merge the parts' outputs into OUT_DIR (dist/)
 *
 * `plan` runs the content check of the whole archive and writes what it found
 * (src/lib/plan-files.ts) to PARTS_DIR (`.parts`); each `part` is an `astro
 * build` of some years' statement pages (or, for `shared`, of every other
 * page) that reads the plan instead of checking the content again, with its
 * own incremental-build cache (CACHE_DIR/parts/<part>), and then indexes its
 * own periods' search bundles; `merge` copies the parts' outputs into one site,
 * lists their sitemaps in one index and tells the search page about every
 * bundle, in a temporary folder that replaces OUT_DIR only when it is complete.
 * `npm run build` stays the one-machine build of everything at once.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContentOrExit } from '../../src/integrations/content-check.ts';
import { BUILD_INPUTS, BUILD_SETTINGS, buildFingerprint } from '../../src/lib/build-fingerprint.ts';
import { DEFAULT_PART_SIZE, partInputs, planParts, readPart, type BuildPart } from '../../src/lib/build-parts.ts';
import { basePath, cacheDir, CONTENT_CHECK_EXIT_CODE, contentDir } from '../../src/lib/config.ts';
import { dateSortKey } from '../../src/lib/dates.ts';
import { cutPeriods, periodSize } from '../../src/lib/periods.ts';
import { readPlan, readPlanStatements, writePlan } from '../../src/lib/plan-files.ts';
import { linkTree } from '../lib/link-tree.ts';
import { acquireLock } from '../lib/lock.ts';
import { buildingPath, lockPath, recoverFolder, replaceFolder } from '../lib/site-swap.ts';
import { describeSearchIndex, writeSearchIndex } from './search-index.ts';

const partsDir = resolve(process.env.PARTS_DIR || '.parts');
const planDir = join(partsDir, 'plan');
const finalDir = resolve(process.env.OUT_DIR || 'dist');

/** A part's name as a folder name: `years:2001-2005` → `years-2001-2005`. */
const folderOf = (name: string) => name.replace(/[^a-z0-9-]/giu, '-');
/** Where a part's build goes, and its own caches. */
const outOf = (name: string) => join(partsDir, 'out', folderOf(name));
const cacheOf = (name: string) => resolve(cacheDir, 'parts', folderOf(name));

/** A path as the fingerprint takes it: relative to the project. */
const fromRoot = (path: string) => relative(process.cwd(), resolve(path));

/** The settings a step's output depends on, besides the part's name. */
const stepSettings = () =>
  Object.fromEntries([...BUILD_SETTINGS, 'PART_SIZE'].map((name) => [name, process.env[name]]));

/** A fingerprint of some files (relative to the project), the code and dependencies, Node and the settings. */
const fingerprintOf = (paths: string[]) =>
  buildFingerprint({
    root: process.cwd(),
    paths: [...paths, ...BUILD_INPUTS],
    nodeVersion: process.version,
    settings: stepSettings(),
  });

/**
 * True when a step's output is still what its inputs make: the fingerprint recorded in `stamp` when it was
 * made equals `fingerprint` and its output is there. FORCE_BUILD=1 makes every step run.
 */
function upToDate(stamp: string, fingerprint: string, output: string): boolean {
  return (
    !process.env.FORCE_BUILD && existsSync(output) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint
  );
}

/** Records the fingerprint of the inputs a step's output was made of. */
function stampWith(stamp: string, fingerprint: string): void {
  mkdirSync(join(stamp, '..'), { recursive: true });
  writeFileSync(stamp, fingerprint);
}

/** The fingerprint of what a part is built from (src/lib/build-parts.ts: partInputs). */
function partFingerprint(part: BuildPart): string {
  const contentShared = readdirSync(contentDir).filter((name) => name !== 'statements' && name !== 'sources');
  const inputs = partInputs(part, readPlanStatements(planDir), {
    plan: fromRoot(planDir),
    content: fromRoot(contentDir),
    contentShared,
  });
  return fingerprintOf(inputs.map(fromRoot));
}

/**
 * The fingerprint of a part, worked out by a process of its own: it reads every statement's record (half a
 * gigabyte at 100,000), which this process would otherwise hold while Astro builds beside it.
 */
function partFingerprintApart(name: string): string {
  const child = spawnSync(process.execPath, ['scripts/build/parts.ts', 'fingerprint', name], { encoding: 'utf8' });
  if (child.status !== 0) fail(`the inputs of the part ${name} could not be read: ${child.stderr.trim()}`);
  return child.stdout.trim();
}

/** Prints a failure and exits non-zero. */
function fail(message: string): never {
  console.error(`\nBuild in parts failed: ${message}`);
  process.exit(1);
}

/** How many statements a part builds at most (`PART_SIZE`, src/lib/build-parts.ts). */
function partSize(): number {
  const setting = process.env.PART_SIZE;
  if (!setting) return DEFAULT_PART_SIZE;
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1) fail(`PART_SIZE must be a whole number of statements, not "${setting}".`);
  return n;
}

/** Checks the content once and writes the plan, unless the content, code and settings are as they were. */
function plan(): void {
  const started = performance.now();
  const fingerprint = fingerprintOf([fromRoot(contentDir)]);
  const stamp = join(partsDir, 'plan.inputs');
  if (upToDate(stamp, fingerprint, join(planDir, 'plan.json'))) {
    console.log(
      `The plan is up to date: the content, code and settings are as they were when it was made (${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    return;
  }
  rmSync(stamp, { force: true });
  const checked = checkContentOrExit(contentDir, 'nothing was planned');
  const size = periodSize(process.env.SEARCH_PERIOD_SIZE);
  const periods = cutPeriods(
    checked.statements.map((s) => dateSortKey(s.data.date.value)),
    size,
  );
  const parts = planParts(periods, partSize());
  rmSync(planDir, { recursive: true, force: true });
  writePlan(
    planDir,
    { version: 1, periodSize: size, partSize: partSize(), periods, parts, statements: checked.statements.length },
    checked.statements.map(({ file, data }) => ({ file, data })),
    checked.index!,
  );
  stampWith(stamp, fingerprint);
  console.log(
    `Planned ${checked.statements.length} statements in ${periods.length} periods and ${parts.length} parts (${((performance.now() - started) / 1000).toFixed(1)} s):`,
  );
  for (const part of parts)
    console.log(
      `  ${part.name}${part.statements ? `: ${part.statements} statements, ${part.periods.length} periods` : ''}`,
    );
}

/** Builds one part: its pages, then its periods' search bundles. */
async function part(name: string): Promise<void> {
  if (!existsSync(join(planDir, 'plan.json'))) fail(`there is no plan in ${planDir}: run the plan step first.`);
  const planned = readPlan(planDir).parts.find((p) => p.name === name);
  if (!planned)
    fail(
      `the plan has no part "${name}"; its parts are: ${readPlan(planDir)
        .parts.map((p) => p.name)
        .join(', ')}.`,
    );
  const started = performance.now();
  const out = outOf(name);
  const fingerprint = partFingerprintApart(name);
  const stamp = join(partsDir, 'stamps', `${folderOf(name)}.inputs`);
  if (upToDate(stamp, fingerprint, join(out, 'index.html'))) {
    console.log(
      `The part ${name} is up to date: what it is built from is as it was (${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    return;
  }
  rmSync(stamp, { force: true });
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, BUILD_PART: name, BUILD_PLAN: planDir, OUT_DIR: out, CACHE_DIR: cacheOf(name) };
  // As in the one-machine build, citations and preview images are made by a second process alongside.
  const warmer: ChildProcess = spawn(process.execPath, ['scripts/warm-caches.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  warmer.kill();
  if (astro.status === CONTENT_CHECK_EXIT_CODE) process.exit(1);
  if (astro.status !== 0) fail(`astro build of the part ${name} exited with an error (see above).`);
  if (readPart(name).kind === 'years') {
    const report = await writeSearchIndex({
      outDir: out,
      base: basePath,
      cacheDir: cacheOf(name),
      pagesDir: 'statements',
      searchPage: 'search/index.html',
      periodSize: readPlan(planDir).periodSize,
      periods: readPlan(planDir).periods,
      describe: false,
      pagesPerFragmentFile: 3,
    });
    console.log(
      `Search index of ${name}: ${report.indexed.length} bundles indexed, ${report.kept.length} kept as they were.`,
    );
  }
  stampWith(stamp, fingerprint);
  console.log(`Built the part ${name} into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/** The `<loc>` of each sitemap a sitemap index lists. */
function sitemapsListed(file: string): string[] {
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
}

/**
 * Merges the parts' outputs into one site beside OUT_DIR, which then replaces it in one rename, under
 * the same lock as `npm run build` (scripts/lib/site-swap.ts): a second build or merge of the same output waits.
 */
async function merge(): Promise<void> {
  const started = performance.now();
  mkdirSync(resolve(finalDir, '..'), { recursive: true });
  const lock = await acquireLock(lockPath(finalDir), 'npm run build:parts', {
    onWait: (owner) => console.log(`Another build of ${finalDir} is running (process ${owner.pid}); waiting for it…`),
  });
  recoverFolder(finalDir);
  const { parts, periods, periodSize: size } = readPlan(planDir);
  for (const p of parts)
    if (!existsSync(join(outOf(p.name), 'index.html')))
      fail(`the part ${p.name} has not been built (no ${outOf(p.name)}); build every part before merging.`);
  const temp = buildingPath(finalDir);
  rmSync(temp, { recursive: true, force: true });
  cpSync(outOf('shared'), temp, { recursive: true });
  const sitemaps = sitemapsListed(join(temp, 'sitemap-index.xml'));
  for (const p of parts.filter((x) => x.part.kind === 'years')) {
    const out = outOf(p.name);
    // Its statements (and their side-by-side readings), year exports, images and search bundles, as hard
    // links: at 100,000 statements a copy would write gigabytes again. The merge never writes into these.
    linkTree(join(out, 'statements'), join(temp, 'statements'));
    for (const dir of ['data/statements', 'previews', 'pagefind', '_astro'])
      linkTree(join(out, dir), join(temp, dir), 'keep');
    // Its sitemaps, listed in the site's one index (the part's own index file is not published).
    for (const name of readdirSync(out).filter((n) => n.startsWith('sitemap-years-'))) {
      if (name.endsWith('-index.xml')) sitemaps.push(...sitemapsListed(join(out, name)));
      else linkTree(join(out, name), join(temp, name));
    }
  }
  writeFileSync(
    join(temp, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps
      .map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`)
      .join('')}</sitemapindex>`,
  );
  describeSearchIndex({ outDir: temp, base: basePath, searchPage: 'search/index.html', periodSize: size }, periods);
  replaceFolder(temp, finalDir);
  lock.release();
  console.log(
    `Merged ${parts.length} parts into ${finalDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** Runs this script's steps one after another, each in its own process, as a CI matrix would on several machines. */
function all(): void {
  const step = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['scripts/build/parts.ts', ...args], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  };
  step('plan');
  for (const p of readPlan(planDir).parts) step('part', p.name);
  step('merge');
}

const [command, name] = process.argv.slice(2);
if (command === 'plan') plan();
else if (command === 'list')
  console.log(JSON.stringify(readPlan(planDir).parts.map((p) => ({ name: p.name, folder: folderOf(p.name) }))));
else if (command === 'part' && name) await part(name);
else if (command === 'fingerprint' && name) console.log(partFingerprint(readPart(name)));
else if (command === 'merge') await merge();
else if (command === undefined) all();
else
  fail(
    `unknown step "${[command, name].filter(Boolean).join(' ')}": give plan, list, part NAME or merge, or nothing for all.`,
  );
