/**
 * The README's promise that a failed build never leaves a half-written
 * `dist/`, tested on the real build of the fixture archive: two builds
 * started together, a build killed (SIGKILL) and one stopped (SIGTERM) in the
 * middle of putting its site in place, and one stopped (SIGINT) while Astro
 * renders. The build pauses inside its swap when a test asks
 * (`ARCHIVE_TEST_PAUSE=swap`), so the signal lands exactly there.
 *
 * The tests run in order on one output folder, each starting from the site
 * the one before left.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'archive-build-'));
const dist = join(work, 'dist');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** A build (or the preview server) of the fixture archive into the scratch output, with its output collected. */
function run(script: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: 'tests/fixtures/archive',
      OUT_DIR: dist,
      CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    child,
    output: () => output,
    /** Resolves once the output matches. */
    printed: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => pattern.test(output) && resolve();
        child.stdout.on('data', check);
        child.stderr.on('data', check);
        child.on('exit', () =>
          pattern.test(output) ? resolve() : reject(new Error(`exited without ${pattern}:\n${output}`)),
        );
      }),
    exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
  };
}

/** Every file of a folder with its size and modification time: the same listing is the same site, untouched. */
function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => `${name} ${statSync(join(folder, name)).size} ${statSync(join(folder, name)).mtimeMs}`)
    .sort();
}

/** The file names of a site: the same names is a complete site. */
const names = (folder: string) => listing(folder).map((line) => line.split(' ')[0]!);

/** Whatever a build left beside the output folder: nothing, after any build that ended. */
const beside = () => readdirSync(work).filter((name) => name.startsWith('dist.'));

/** A message that is not one line: a stack trace. */
const STACK = /^\s+at |Error:|ENOTEMPTY/mu;

let complete: string[] = [];

describe('the build, interrupted', () => {
  it('runs two builds of one output started together one after the other: the second waits, saying so, and finds the site up to date', async () => {
    const [first, second] = [run('scripts/build.ts'), run('scripts/build.ts')];
    expect(await first.exited, first.output()).toBe(0);
    expect(await second.exited, second.output()).toBe(0);
    const outputs = [first.output(), second.output()];
    const waited = outputs.filter((o) =>
      /Another build of .* is running \(process \d+\); waiting for it to finish…/u.test(o),
    );
    expect(waited, outputs.join('\n----\n')).toHaveLength(1);
    expect(waited[0]).toMatch(/it is up to date/u);
    expect(outputs.filter((o) => /^Built .* in [\d.]+ s\.$/mu.test(o))).toHaveLength(1);
    for (const output of outputs) expect(output).not.toMatch(STACK);
    complete = names(dist);
    expect(complete).toContain('index.html');
    expect(complete).toContain('_headers');
    expect(complete.length).toBeGreaterThan(50);
    expect(beside()).toEqual([]);
  }, 300_000);

  it('keeps the previous site whole when killed (SIGKILL) in the middle of its swap, and the next preview puts it back', async () => {
    const before = listing(dist);
    const build = run('scripts/build.ts', { FORCE_BUILD: '1', ARCHIVE_TEST_PAUSE: 'swap' });
    await build.printed(/\[test\] paused at swap/u);
    build.child.kill('SIGKILL');
    await build.exited;
    // Between the two renames: the old site is whole beside dist/.
    expect(listing(join(work, 'dist.previous-build'))).toEqual(before);
    const preview = run('scripts/serve.ts', { PORT: '0' });
    await preview.printed(/Serving /u);
    preview.child.kill();
    expect(preview.output()).toMatch(/the previous site is back/u);
    expect(listing(dist)).toEqual(before);
    expect(beside().filter((name) => name !== 'dist.build-lock')).toEqual([]);
  }, 300_000);

  it('finishes the swap when stopped (SIGTERM) during it, then stops: a complete new site, nothing left beside it', async () => {
    const before = listing(dist);
    const resume = join(work, 'resume');
    const build = run('scripts/build.ts', {
      FORCE_BUILD: '1',
      ARCHIVE_TEST_PAUSE: 'swap',
      ARCHIVE_TEST_RESUME: resume,
    });
    await build.printed(/\[test\] paused at swap/u);
    build.child.kill('SIGTERM');
    // The signal is pending while the swap runs; let the swap go on.
    writeFileSync(resume, '');
    expect(await build.exited).toBe(143);
    expect(build.output()).toMatch(/^Build stopped \(SIGTERM\): the new site was already complete in .*\.$/mu);
    expect(build.output()).not.toMatch(STACK);
    expect(names(dist)).toEqual(complete);
    expect(listing(dist)).not.toEqual(before);
    expect(beside()).toEqual([]);
  }, 300_000);

  it('leaves the site untouched and no unfinished output when stopped (SIGINT) while Astro renders', async () => {
    const before = listing(dist);
    const build = run('scripts/build.ts', { FORCE_BUILD: '1' });
    await build.printed(/generating static routes/u);
    build.child.kill('SIGINT');
    expect(await build.exited).toBe(130);
    expect(build.output()).toMatch(/^Build stopped \(SIGINT\): the previous build in .* was left as it was\.$/mu);
    expect(build.output()).not.toMatch(STACK);
    expect(listing(dist)).toEqual(before);
    expect(beside()).toEqual([]);
    // Astro and everything it started were stopped too: nothing comes back to write the unfinished output.
    await new Promise((wait) => setTimeout(wait, 2000));
    expect(beside()).toEqual([]);
  }, 300_000);
});
