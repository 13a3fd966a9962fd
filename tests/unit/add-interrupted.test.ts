/**
 * `npm run add` is all or nothing, one at a time: spawned on a scratch copy
 * of the fixture archive and stopped (Ctrl-C) or killed at each step, it must
 * leave the content folder exactly as it was (or, killed outright, have the
 * next run undo what it wrote), and a second import must wait for the first.
 * The command pauses where a test asks (`ARCHIVE_TEST_PAUSE=add:<step>`), so
 * the signal lands exactly there.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoverInterruptedImport } from '../../scripts/lib/import-transaction.ts';
import { CONTENT } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const COPIES = join(ROOT, 'tests/fixtures/copies');
const READOUT = join(COPIES, 'whitehouse-readout.txt');
const READOUT_SLUG = 'white-house-2031-03-14-readout-vice-president-example-call-prime-minister-sample';
/** A second copy, with what it lacks given. */
const ARTICLE = [join(COPIES, 'gt-news-article.txt'), '--date', '2031-05', '--evidence', 'The May harvest.'];
const STEPS = ['add:copy-written', 'add:statement-written', 'add:checked'];

let content: string;
/** The file whose creation ends a test pause. */
const resumeFile = () => join(content, '..', 'resume');
beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'add-stop-')), 'content');
  cpSync(CONTENT, content, { recursive: true });
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

/** Starts the command on the scratch content folder; `pause` names the step to wait at. */
function start(args: string[], pause?: string) {
  const child = spawn(process.execPath, ['scripts/add.ts', ...args, '--content', content], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: '', ARCHIVE_TEST_PAUSE: pause ?? '', ARCHIVE_TEST_RESUME: resumeFile() },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves when the command waits at its pause. */
    paused: () =>
      new Promise<void>((resolve, reject) => {
        child.stderr.on('data', () => stderr.includes('[test] paused at') && resolve());
        void exited.then(() => reject(new Error(`exited without pausing:\n${stdout}\n${stderr}`)));
      }),
  };
}

/** Runs the command to its end. */
async function add(...args: string[]) {
  const run = start(args);
  const status = await run.exited;
  return { status, ...run.output() };
}

/** Every file under the content folder with its size and content length: what "as it was" compares. */
function listing(): string[] {
  return readdirSync(content, { recursive: true, encoding: 'utf8' })
    .map((name) => join(content, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => `${relative(content, path)} ${statSync(path).size} ${readFileSync(path, 'utf8').length}`)
    .sort();
}

/** The statement files of the content folder: what a completed import adds to. */
const statementFiles = () => readdirSync(join(content, 'statements'));

describe('npm run add, interrupted', () => {
  it.each(STEPS)('leaves the content folder as it was when stopped with Ctrl-C at %s, and runs again', async (step) => {
    const before = listing();
    const run = start([READOUT], step);
    await run.paused();
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    const { stderr } = run.output();
    expect(stderr).toMatch(
      /^Not added: stopped \(SIGINT\) before it finished; removed what it had written \(.+\)\.$/mu,
    );
    expect(stderr).not.toMatch(/^\s+at /mu);
    expect(listing()).toEqual(before);
    const again = await add(READOUT);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(statementFiles()).toContain(`${READOUT_SLUG}.md`);
  });

  it('is undone by the next run when killed outright (SIGKILL) before it finished, and that run then adds', async () => {
    const before = listing();
    const run = start([READOUT], 'add:checked');
    await run.paused();
    run.child.kill('SIGKILL');
    await run.exited;
    expect(listing()).not.toEqual(before);
    const again = await add(READOUT);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      /^An earlier npm run add was interrupted before it finished: undid what it had written \(.*statements.*\)\.$/mu,
    );
    expect(listing().filter((line) => line.startsWith('sources/'))).toHaveLength(
      before.filter((line) => line.startsWith('sources/')).length + 1,
    );
    expect(statementFiles()).toContain(`${READOUT_SLUG}.md`);
    expect(readdirSync(content).filter((name) => name.startsWith('.import'))).toEqual([]);
  });

  it('is undone by the build when killed outright, so a half-made import is never built', async () => {
    const before = listing();
    const run = start([READOUT], 'add:statement-written');
    await run.paused();
    run.child.kill('SIGKILL');
    await run.exited;
    expect(await recoverInterruptedImport(content)).toMatch(/An earlier npm run add was interrupted/u);
    expect(listing()).toEqual(before);
  });

  it('is all or nothing when stopped with Ctrl-C the moment its draft appears', async () => {
    const before = listing();
    const draft = join(content, 'statements', `${READOUT_SLUG}.md`);
    const run = start([READOUT]);
    while (!existsSync(draft) && run.child.exitCode === null) await new Promise((wake) => setTimeout(wake, 1));
    run.child.kill('SIGINT');
    await run.exited;
    const complete =
      existsSync(draft) &&
      readdirSync(join(content, 'sources')).length > before.filter((l) => l.startsWith('sources/')).length;
    if (!complete) expect(listing()).toEqual(before);
    // Either way the copy can be added now, or is already in.
    const again = await add(READOUT);
    expect(again.status === 0 || (complete && /already in the archive/u.test(again.stderr)), again.stderr).toBe(true);
    expect(statementFiles()).toContain(`${READOUT_SLUG}.md`);
  });

  it('makes a second import wait for the first, saying so, and both are added', async () => {
    const first = start([READOUT], 'add:statement-written');
    await first.paused();
    const second = start(ARTICLE);
    while (!second.output().stdout.includes('waiting') && second.child.exitCode === null)
      await new Promise((wake) => setTimeout(wake, 20));
    writeFileSync(resumeFile(), '');
    expect(await first.exited).toBe(0);
    expect(await second.exited, second.output().stderr).toBe(0);
    expect(second.output().stdout).toMatch(
      /^Another npm run add is running on .* \(process \d+\); waiting for it to finish…$/mu,
    );
    const statements = readdirSync(join(content, 'statements'));
    expect(statements).toContain(`${READOUT_SLUG}.md`);
    expect(statements.filter((name) => name.startsWith('agn-2031-05'))).toHaveLength(1);
  });
});
