/**
 * `npm run build`: the content check, the Astro build and the Pagefind index,
 * all into a temporary folder that replaces `dist/` only when every step
 * succeeded. A failed build never leaves a half-written `dist/` for a deploy
 * to pick up; the previous complete build, if any, stays as it was.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const finalDir = resolve(process.env.OUT_DIR || 'dist');
const tempDir = resolve(`.dist-build-${process.pid}`);
const started = performance.now();

let warmer: ChildProcess | undefined;

/** Prints a failure, removes the temporary output and exits non-zero. */
function fail(message: string): never {
  warmer?.kill();
  rmSync(tempDir, { recursive: true, force: true });
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
  if (result.status !== 0) fail('astro build exited with an error (see above).');
}

/** Builds the Pagefind index into the temporary folder; any indexing error fails the build. */
async function buildSearchIndex(): Promise<{ pages: number; files: number }> {
  // Bundle fragments once there are more pages than this, keeping a large archive under static hosts'
  // file limits (Cloudflare Pages: 20,000) while a result still loads only a few pages' worth of data.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 2500 });
  if (errors.length > 0 || !index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  // Only statement pages carry data-pagefind-body; reading the other pages (some large lists) would
  // only cost time at scale.
  const added = await index.addDirectory({ path: tempDir, glob: 'statements/**/*.html' });
  if (added.errors.length > 0) fail(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  if (added.page_count === 0) fail('Pagefind found no pages to index.');
  const written = await index.writeFiles({ outputPath: resolve(tempDir, 'pagefind') });
  if (written.errors.length > 0) fail(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const files = await index.getFiles();
  await pagefind.close();
  const fragments = files.files.filter((f) => f.path.startsWith('fragment/')).length;
  return { pages: fragments, files: files.files.length };
}

rmSync(tempDir, { recursive: true, force: true });
// Citations (~7 ms a statement) and preview images (~50 ms each) are made by a second process
// from the oldest statement on while Astro renders from the newest, so a build uses two cores.
warmer = spawn(process.execPath, ['scripts/warm-caches.ts'], { stdio: 'inherit' });
buildSite();
warmer.kill();
const astroSeconds = (performance.now() - started) / 1000;
const search = await buildSearchIndex();
rmSync(finalDir, { recursive: true, force: true });
renameSync(tempDir, finalDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nBuilt ${finalDir} in ${seconds} s (Astro ${astroSeconds.toFixed(1)} s, Pagefind ${(Number(seconds) - astroSeconds).toFixed(1)} s); search index: ${search.pages} fragment files, ${search.files} files.`,
);
