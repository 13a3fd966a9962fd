/**
 * The lock builds and imports take (scripts/lib/lock.ts): one holder at a
 * time, a waiter told who it waits for, and a lock left by a dead process
 * (or a process id since reused) taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, isRunning, processStart, tryLock, type LockOwner } from '../../scripts/lib/lock.ts';

const LOCK_MODULE = join(import.meta.dirname, '../../scripts/lib/lock.ts');
let work: string;
let path: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lock-'));
  path = join(work, 'dist.build-lock');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The id of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Writes a lock file as another process would have. */
function lockOf(owner: Partial<LockOwner>): void {
  writeFileSync(
    path,
    JSON.stringify({ pid: 1, start: null, task: 'npm run build', since: '', token: 'theirs', ...owner }),
  );
}

/** Runs a Node script (ESM, TypeScript allowed) in a child process; resolves with its output when it exits. */
function runScript(code: string): Promise<string> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((done) => child.on('exit', () => done(out)));
}

describe('the lock', () => {
  it('is taken when free, refused to a second taker while held, and free again once released', () => {
    const first = tryLock(path, 'npm run build');
    expect('lock' in first).toBe(true);
    const second = tryLock(path, 'npm run build');
    expect(second).toMatchObject({ owner: { pid: process.pid, task: 'npm run build' } });
    if ('lock' in first) first.lock.release();
    expect(existsSync(path)).toBe(false);
    const third = tryLock(path, 'npm run build');
    expect('lock' in third).toBe(true);
    if ('lock' in third) third.lock.release();
  });

  it.each([
    ['a process that has exited', () => lockOf({ pid: deadPid() })],
    ['a process id now used by another process (another start time)', () => lockOf({ pid: process.pid, start: '1' })],
    ['an empty file', () => writeFileSync(path, '')],
    ['a file that is not a lock', () => writeFileSync(path, 'not json')],
  ])('is taken over from %s', (_what, leave) => {
    leave();
    const attempt = tryLock(path, 'npm run add');
    expect('lock' in attempt).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, task: 'npm run add' });
    if ('lock' in attempt) attempt.lock.release();
  });

  it('is not taken from a running process', () => {
    lockOf({ pid: process.pid, start: processStart(process.pid) });
    expect(tryLock(path, 'npm run add')).toMatchObject({ owner: { pid: process.pid, token: 'theirs' } });
    expect(isRunning({ pid: process.pid, start: processStart(process.pid) })).toBe(true);
  });

  it('is not released by a process that no longer holds it', () => {
    const attempt = tryLock(path, 'npm run build');
    if (!('lock' in attempt)) throw new Error('not taken');
    lockOf({ pid: process.pid, start: processStart(process.pid), token: 'a later holder' });
    attempt.lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8')).token).toBe('a later holder');
  });

  it('makes a waiter wait, saying once whom for, until the holder releases it', async () => {
    const holder = runScript(`
      import { tryLock } from ${JSON.stringify(LOCK_MODULE)};
      const { lock } = tryLock(${JSON.stringify(path)}, 'npm run build');
      console.log('held');
      setTimeout(() => { lock.release(); console.log('released'); }, 1000);
    `);
    while (!existsSync(path)) await new Promise((wake) => setTimeout(wake, 20));
    const told: LockOwner[] = [];
    const lock = await acquireLock(path, 'npm run build', { onWait: (owner) => told.push(owner), pollMs: 50 });
    expect(await holder).toBe('held\nreleased\n');
    expect(told).toHaveLength(1);
    expect(told[0]!.task).toBe('npm run build');
    lock.release();
  });

  it('lets one of many processes hold it at a time, the others taking turns', async () => {
    const log = join(work, 'log');
    writeFileSync(log, '');
    const worker = (name: string) =>
      runScript(`
        import { appendFileSync } from 'node:fs';
        import { acquireLock } from ${JSON.stringify(LOCK_MODULE)};
        const lock = await acquireLock(${JSON.stringify(path)}, 'test', { pollMs: 10 });
        appendFileSync(${JSON.stringify(log)}, 'in ${name}\\n');
        await new Promise((wake) => setTimeout(wake, 100));
        appendFileSync(${JSON.stringify(log)}, 'out ${name}\\n');
        lock.release();
      `);
    await Promise.all(['a', 'b', 'c', 'd'].map(worker));
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    for (let i = 0; i < lines.length; i += 2) expect(lines[i + 1]).toBe(lines[i]!.replace('in', 'out'));
  });
});
