/**
 * What makes `npm run add` all or nothing, and one at a time: a lock on the
 * content folder, so two imports never see (or blame) each other's files, and
 * a {@link FileTransaction} over every file the import writes, journalled in
 * the content folder, so a run that is stopped undoes its writes and one that
 * was killed outright is undone by the next `npm run add` or `npm run build`.
 *
 *   <content>/.import.lock      held while an import runs
 *   <content>/.import-journal/  the journal of the import under way
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileTransaction, recoverTransaction } from './file-transaction.ts';
import { acquireLock, type Lock, type LockOwner } from './lock.ts';

/** The lock an import holds on a content folder. */
const lockFile = (contentDir: string) => join(contentDir, '.import.lock');

/** Where an import under way keeps its journal. */
const journalDir = (contentDir: string) => join(contentDir, '.import-journal');

/** Says what an interrupted import had written and was undone, or undefined when there was none. */
function undoInterrupted(contentDir: string): string | undefined {
  const undone = recoverTransaction(contentDir, journalDir(contentDir));
  if (!undone) return undefined;
  const files = undone.paths.map((path) => join(relative(process.cwd(), contentDir) || '.', path));
  return `An earlier npm run add was interrupted before it finished: ${
    files.length > 0 ? `undid what it had written (${files.join(', ')})` : 'it had written nothing'
  }.`;
}

/** An import holding the content folder: its transaction, and the lock to give up when done. */
export interface ImportSession {
  transaction: FileTransaction;
  lock: Lock;
  /** What an interrupted earlier import had left and was undone, to tell the editor; undefined if nothing. */
  recovered: string | undefined;
}

/**
 * Takes the content folder for an import (waiting while another holds it), undoes what a killed earlier
 * import left, and starts the transaction its writes go into.
 */
export async function beginImport(contentDir: string, onWait: (owner: LockOwner) => void): Promise<ImportSession> {
  const lock = await acquireLock(lockFile(contentDir), 'npm run add', { onWait });
  const recovered = undoInterrupted(contentDir);
  return { lock, recovered, transaction: new FileTransaction(contentDir, journalDir(contentDir)) };
}

/**
 * For the build: waits for an import under way to finish, and undoes one that was killed, so a draft is never
 * built without the files that go with it. Returns what it undid, to say so, or undefined.
 */
export async function recoverInterruptedImport(
  contentDir: string,
  options: { onWait?: (owner: LockOwner) => void } = {},
): Promise<string | undefined> {
  // The usual case: no import running or left behind. Then the build writes nothing in the content folder.
  if (!existsSync(lockFile(contentDir)) && !existsSync(journalDir(contentDir))) return undefined;
  const lock = await acquireLock(lockFile(contentDir), 'npm run build', options);
  try {
    return undoInterrupted(contentDir);
  } finally {
    lock.release();
  }
}
