/**
 * `npm run build`: the content check, the Astro build and the Pagefind index
 * (`scripts/build/search-index.ts`: one bundle per period and language, each
 * indexed after Astro in a process of its own), all into a
 * folder beside `dist/` that takes its place only when every step succeeded
 * (`scripts/lib/site-swap.ts`). A failed, stopped or killed build never
 * leaves less than the previous complete site in `dist/`. Builds of the same
 * output take turns: a second one waits for the first, then finds the site
 * up to date.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILD_INPUTS, BUILD_SETTINGS, buildFingerprint } from '../src/lib/build-fingerprint.ts';
import { basePath, cacheDir, CONTENT_CHECK_EXIT_CODE, contentDir } from '../src/lib/config.ts';
import { periodSize } from '../src/lib/periods.ts';
import { writeSearchIndex } from './build/search-index.ts';
import { recoverInterruptedImport } from './lib/import-transaction.ts';
import { onStop, yieldToSignals } from './lib/interrupt.ts';
import { acquireLock, type Lock } from './lib/lock.ts';
import { buildingPath, lockPath, recoverFolder, replaceFolder } from './lib/site-swap.ts';

const finalDir = resolve(process.env.OUT_DIR || 'dist');
const tempDir = buildingPath(finalDir);
const started = performance.now();
/** The output folder as the reader of the messages best knows it. */
const shown = relative(process.cwd(), finalDir).startsWith('..') ? finalDir : relative(process.cwd(), finalDir);

let lock: Lock | undefined;
let astro: ChildProcess | undefined;
let warmer: ChildProcess | undefined;
let warmerReport = '';
/** True once the new site is in place. */
let swapped = false;

/** Stops the child processes and removes the unfinished output. */
function cleanUp(): void {
  warmer?.kill();
  // Astro runs in its own process group, so this reaches Pagefind and any worker it started too.
  if (astro?.pid && astro.exitCode === null && astro.signalCode === null) {
    try {
      process.kill(-astro.pid, 'SIGKILL');
    } catch {
      // It had already exited.
    }
  }
  rmSync(tempDir, { recursive: true, force: true, maxRetries: 10 });
  lock?.release();
}

/** What the previous site became: said after every failure, so a deploy knows what it would publish. */
const previousState = () =>
  existsSync(join(finalDir, 'index.html'))
    ? `the previous build in ${shown} was left as it was.`
    : `nothing was written to ${shown}.`;

/** Prints a failure in one line (no stack trace), removes the unfinished output and exits non-zero. */
function fail(message: string): never {
  cleanUp();
  console.error(`\nBuild failed: ${message}\nThe site was not replaced: ${previousState()}`);
  process.exit(1);
}

// Ctrl-C, SIGTERM or SIGHUP: stop Astro, remove the unfinished output, keep the site in place. The swap itself
// is synchronous, so a signal during it is handled after it: then the new site is in place, complete.
onStop((signal) => {
  cleanUp();
  console.error(
    `\nBuild stopped (${signal}): ${swapped ? `the new site was already complete in ${shown}.` : previousState()}`,
  );
});

/** Runs `astro build` on this same Node into the temporary folder; resolves with its exit code. */
function buildSite(): Promise<number | null> {
  const bin = resolve('node_modules/astro/bin/astro.mjs');
  // Telemetry would try the network on every build; the archive builds offline.
  astro = spawn(process.execPath, [bin, 'build'], {
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, OUT_DIR: tempDir },
    // Its own process group: a stopped build stops everything Astro started, and Ctrl-C in a terminal reaches
    // Astro only through this script, which then cleans up.
    detached: true,
  });
  return new Promise((done, reject) => {
    astro!.on('error', reject);
    astro!.on('exit', (code, signal) => done(signal ? 1 : code));
  });
}

/** Writes the search index into the unfinished site: one bundle per period and language, each in its own process. */
async function indexSearch(): Promise<void> {
  const started = performance.now();
  let report;
  try {
    report = await writeSearchIndex({
      outDir: tempDir,
      base: basePath,
      cacheDir,
      pagesDir: 'statements',
      searchPage: 'search/index.html',
      periodSize: periodSize(process.env.SEARCH_PERIOD_SIZE),
      pagesPerFragmentFile: 3,
    });
  } catch (error) {
    fail(`the search index could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(
    `Search index: ${report.pages} statement pages in ${report.periods} periods, ${report.indexed.length} bundles indexed and ${report.kept.length} kept as they were, ${report.files} files (${(report.bytes / 1024 ** 2).toFixed(1)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** The fingerprint of this build's inputs: content, code, dependencies, Node and settings. */
function inputFingerprint(): string {
  return buildFingerprint({
    root: process.cwd(),
    paths: [contentDir, ...BUILD_INPUTS],
    nodeVersion: process.version,
    settings: Object.fromEntries(BUILD_SETTINGS.map((name) => [name, process.env[name]])),
  });
}

/** The whole build, from taking the lock to putting the site in place. */
async function main(): Promise<void> {
  mkdirSync(resolve(finalDir, '..'), { recursive: true });
  lock = await acquireLock(lockPath(finalDir), 'npm run build', {
    onWait: (owner) =>
      console.log(`Another build of ${shown} is running (process ${owner.pid}); waiting for it to finish…`),
  });
  if (recoverFolder(finalDir) === 'restored')
    console.log(`A build of ${shown} was killed while putting its site in place: the previous site is back.`);
  // An `npm run add` killed halfway left a draft without what goes with it: take it out before it is built.
  const undone = await recoverInterruptedImport(contentDir, {
    onWait: (owner) =>
      console.log(`npm run add is adding a statement (process ${owner.pid}); waiting for it to finish…`),
  });
  if (undone) console.log(undone);

  // A build whose inputs are exactly those of the build already in place would write the same
  // site again: keep it. FORCE_BUILD=1 rebuilds anyway.
  const fingerprint = inputFingerprint();
  const fingerprintFile = join(
    cacheDir,
    'builds',
    `${createHash('sha256').update(finalDir).digest('hex').slice(0, 16)}.txt`,
  );
  if (
    !process.env.FORCE_BUILD &&
    existsSync(join(finalDir, 'index.html')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8') === fingerprint
  ) {
    console.log(`Nothing has changed since ${shown} was built; it is up to date. (FORCE_BUILD=1 rebuilds anyway.)`);
    lock.release();
    return;
  }
  rmSync(fingerprintFile, { force: true });

  // Citations (~7 ms a statement) and preview images (~50 ms each) are made by a second process
  // from the oldest statement on while Astro renders from the newest, so a build uses two cores.
  // Its report is held back, so a failed content check's problems are all a failed build prints.
  warmer = spawn(process.execPath, ['scripts/warm-caches.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  warmer.stdout?.on('data', (chunk: Buffer) => (warmerReport += chunk.toString()));
  const status = await buildSite();
  warmer.kill();
  if (status === CONTENT_CHECK_EXIT_CODE) {
    // The content check has printed every problem and that nothing was built; anything more is noise.
    cleanUp();
    process.exit(1);
  }
  if (status !== 0) fail('astro build exited with an error (see above).');
  if (!existsSync(join(tempDir, 'index.html'))) fail(`astro build wrote no index.html into ${tempDir}.`);
  await indexSearch();

  replaceFolder(tempDir, finalDir);
  swapped = true;
  mkdirSync(join(cacheDir, 'builds'), { recursive: true });
  writeFileSync(fingerprintFile, fingerprint);
  // A stop signal that came during the swap is handled now, before the build reports success.
  await yieldToSignals();
  lock.release();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (warmerReport) process.stdout.write(warmerReport);
  // The search index's own size is in its line above.
  console.log(`\nBuilt ${shown} in ${seconds} s.`);
}

try {
  await main();
} catch (error) {
  fail((error as Error).message);
}
