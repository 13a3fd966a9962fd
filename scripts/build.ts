/**
 * `npm run build`: the content check, the Astro build and the Pagefind index
 * (`scripts/build/search-index.ts`, after Astro and outside its process), all into a temporary folder that replaces `dist/` only when every step
 * succeeded. A failed build never leaves a half-written `dist/` for a deploy
 * to pick up; the previous complete build, if any, stays as it was.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_INPUTS, BUILD_SETTINGS, buildFingerprint } from '../src/lib/build-fingerprint.ts';
import { basePath, cacheDir, CONTENT_CHECK_EXIT_CODE, contentDir } from '../src/lib/config.ts';
import { periodSize } from '../src/lib/periods.ts';
import { writeSearchIndex } from './build/search-index.ts';

const finalDir = resolve(process.env.OUT_DIR || 'dist');
const tempDir = resolve(`.dist-build-${process.pid}`);
const started = performance.now();

let warmer: ChildProcess | undefined;
let warmerReport = '';

/** Stops the cache warmer and removes the temporary output. */
function cleanUp(): void {
  warmer?.kill();
  rmSync(tempDir, { recursive: true, force: true });
}

/** Prints a failure, removes the temporary output and exits non-zero. */
function fail(message: string): never {
  cleanUp();
  console.error(
    `\nBuild failed: ${message}\n${existsSync(finalDir) ? `The previous build in ${finalDir} was left untouched.` : 'Nothing was written to dist/.'}`,
  );
  process.exit(1);
}

/** Runs `astro build` on this same Node into the temporary folder. */
function buildSite(): void {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  // Telemetry would try the network on every build; the archive builds offline.
  const result = spawnSync(process.execPath, [astro, 'build'], {
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, OUT_DIR: tempDir },
  });
  if (result.status === CONTENT_CHECK_EXIT_CODE) {
    // The content check has printed every problem and that nothing was built; anything more is noise.
    cleanUp();
    process.exit(1);
  }
  if (result.status !== 0) fail('astro build exited with an error (see above).');
}

/** Writes the search index into the temporary folder: one bundle per period and language, each in its own process. */
async function indexSearch(): Promise<void> {
  const started = performance.now();
  try {
    const report = await writeSearchIndex({
      outDir: tempDir,
      base: basePath,
      cacheDir,
      pagesDir: 'statements',
      searchPage: 'search/index.html',
      periodSize: periodSize(process.env.SEARCH_PERIOD_SIZE),
      pagesPerFragmentFile: 3,
    });
    console.log(
      `Search index: ${report.pages} statement pages in ${report.periods} periods, ${report.indexed.length} bundles indexed and ${report.kept.length} kept as they were, ${report.files} files (${(report.bytes / 1024 ** 2).toFixed(1)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  } catch (error) {
    fail(`the search index could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  console.log(`Nothing has changed since ${finalDir} was built; it is up to date. (FORCE_BUILD=1 rebuilds anyway.)`);
  process.exit(0);
}
rmSync(fingerprintFile, { force: true });

/** True when a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A build that was killed cannot clean up after itself: remove its temporary folder now.
for (const name of readdirSync('.')) {
  const pid = /^\.dist-build-(\d+)$/u.exec(name)?.[1];
  if (pid && !isRunning(Number(pid))) rmSync(name, { recursive: true, force: true });
}
rmSync(tempDir, { recursive: true, force: true });
// Citations (~7 ms a statement) and preview images (~50 ms each) are made by a second process
// from the oldest statement on while Astro renders from the newest, so a build uses two cores.
// Its report is held back, so a failed content check's problems are all a failed build prints.
warmer = spawn(process.execPath, ['scripts/warm-caches.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
warmer.stdout?.on('data', (chunk: Buffer) => (warmerReport += chunk.toString()));
buildSite();
warmer.kill();
await indexSearch();
rmSync(finalDir, { recursive: true, force: true });
renameSync(tempDir, finalDir);
mkdirSync(join(cacheDir, 'builds'), { recursive: true });
writeFileSync(fingerprintFile, fingerprint);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (warmerReport) process.stdout.write(warmerReport);
// The search index's own size is in the integration's line above.
console.log(`\nBuilt ${finalDir} in ${seconds} s.`);
