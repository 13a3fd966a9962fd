/**
 * Writes that happen all together or not at all (scripts/lib/file-transaction.ts):
 * committed, rolled back, and undone by the next run after a process was
 * killed at any point between two of them.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTransaction, recoverTransaction } from '../../scripts/lib/file-transaction.ts';

const MODULE = join(import.meta.dirname, '../../scripts/lib/file-transaction.ts');
const INTERRUPT = join(import.meta.dirname, '../../scripts/lib/interrupt.ts');
let root: string;
let journal: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'transaction-'));
  journal = join(root, '.journal');
  mkdirSync(join(root, 'statements'));
  writeFileSync(join(root, 'permalinks.txt'), 'old registry\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file below the root with its content: what "as it was" compares. */
function state(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => `${name}: ${readFileSync(join(root, name), 'utf8')}`)
    .sort();
}

describe('a file transaction', () => {
  it('writes every file and leaves no journal when committed', () => {
    const tx = new FileTransaction(root, journal);
    tx.create('statements/a.md', 'draft');
    tx.create('sources/new/copy.txt', 'copy');
    tx.write('permalinks.txt', 'new registry\n');
    tx.commit();
    expect(state()).toEqual(['permalinks.txt: new registry\n', 'sources/new/copy.txt: copy', 'statements/a.md: draft']);
    expect(tx.written).toEqual(['statements/a.md', 'sources/new/copy.txt', 'permalinks.txt']);
  });

  it('puts everything back as it was when rolled back, and says what it undid', () => {
    const before = state();
    const tx = new FileTransaction(root, journal);
    tx.create('statements/a.md', 'draft');
    tx.write('permalinks.txt', 'new registry\n');
    expect(tx.rollback()).toEqual(['permalinks.txt', 'statements/a.md']);
    expect(state()).toEqual(before);
    expect(tx.rollback()).toEqual([]);
  });

  it.each([
    ['create a file that exists', (tx: FileTransaction) => tx.create('permalinks.txt', 'x'), 'already exists'],
    ['write outside its folder', (tx: FileTransaction) => tx.write('../elsewhere.txt', 'x'), 'outside'],
    ['write one file twice', (tx: FileTransaction) => (tx.write('a', '1'), tx.write('a', '2')), 'twice'],
  ])('refuses to %s', (_what, act, message) => {
    const tx = new FileTransaction(root, journal);
    expect(() => act(tx)).toThrow(message);
    tx.rollback();
    expect(existsSync(join(root, '..', 'elsewhere.txt'))).toBe(false);
    expect(state()).toEqual(['permalinks.txt: old registry\n']);
  });

  it('refuses to start while an unfinished one is journalled in the same place', () => {
    new FileTransaction(root, journal).write('statements/a.md', 'draft');
    expect(() => new FileTransaction(root, journal)).toThrow('recover that transaction first');
  });

  it('finds nothing to recover after a commit or when none ran', () => {
    expect(recoverTransaction(root, journal)).toBeUndefined();
    const tx = new FileTransaction(root, journal);
    tx.write('permalinks.txt', 'new registry\n');
    tx.commit();
    expect(recoverTransaction(root, journal)).toBeUndefined();
  });

  // A process that writes three files with a pause after each, killed (SIGKILL: no handler runs) at one of them.
  it.each([1, 2, 3])(
    'is undone by the next run after its process is killed after %i of its three writes',
    async (writes) => {
      const point = `after-${writes}`;
      const before = state();
      const child = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { FileTransaction } from ${JSON.stringify(MODULE)};
           import { checkpoint } from ${JSON.stringify(INTERRUPT)};
           const tx = new FileTransaction(${JSON.stringify(root)}, ${JSON.stringify(journal)});
           tx.create('sources/copy.txt', 'copy');
           await checkpoint('after-1');
           tx.create('statements/a.md', 'draft');
           await checkpoint('after-2');
           tx.write('permalinks.txt', 'new registry\\n');
           await checkpoint('after-3');
           tx.commit();`,
        ],
        { env: { ...process.env, ARCHIVE_TEST_PAUSE: point }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      await new Promise<void>((paused) =>
        child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes(`paused at ${point}`) && paused()),
      );
      child.kill('SIGKILL');
      await new Promise((exited) => child.on('exit', exited));
      expect(state()).not.toEqual(before);
      const undone = recoverTransaction(root, journal);
      expect(undone?.paths.length).toBe(writes);
      expect(state()).toEqual(before);
      expect(existsSync(journal)).toBe(false);
    },
  );

  it('removes a file left half-written under its temporary name', () => {
    const tx = new FileTransaction(root, journal);
    tx.write('statements/a.md', 'draft');
    const entries = JSON.parse(readFileSync(join(journal, 'journal.json'), 'utf8')) as { temp: string }[];
    writeFileSync(join(root, entries[0]!.temp), 'half of a');
    recoverTransaction(root, journal);
    expect(state()).toEqual(['permalinks.txt: old registry\n']);
  });
});
