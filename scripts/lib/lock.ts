/**
 * An exclusive lock held as a file: the build takes one per output folder and
 * `npm run add` one per content folder, so two runs never write the same files
 * at once. The file names its owner (process id and start time); a lock whose
 * owner is no longer running (killed, or the machine restarted) is taken over.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';

/** Who holds a lock, as written in its file. */
export interface LockOwner {
  /** The owner's process id. */
  pid: number;
  /** The owner's start time as the kernel counts it (Linux), so a reused process id is not taken for the owner. */
  start: string | null;
  /** What the owner is doing, for the waiting message ("npm run build"). */
  task: string;
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** Tells this taking of the lock from any other, so only the taker releases it. */
  token: string;
}

/** A lock this process holds. */
export interface Lock {
  /** The lock file. */
  path: string;
  /** Gives the lock up; harmless when called twice, or once the lock was taken over. */
  release(): void;
}

/** The start time of a process as the kernel counts it, or null where there is no /proc (not Linux) or no such process. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name in field 2 may hold spaces and parentheses, so count from its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** True when the process that wrote a lock is still running. */
export function isRunning(owner: Pick<LockOwner, 'pid' | 'start'>): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

/** Reads a lock file's owner; null when there is no lock, undefined when the file is not a lock this code wrote. */
function readOwner(path: string): LockOwner | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.token === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the lock file with its content in one step (a link of a finished file), failing if it exists. */
function create(path: string, owner: LockOwner): boolean {
  const temp = `${path}.${process.pid}.${owner.token.slice(0, 8)}`;
  writeFileSync(temp, `${JSON.stringify(owner)}\n`);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Removes a lock whose owner is gone. The file is first moved aside under a name of this process's own and
 * checked: if another waiter took it over in between, the moved file is theirs and goes back.
 */
function removeStale(path: string, stale: LockOwner | undefined): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && moved.token !== stale?.token) {
    try {
      linkSync(aside, path);
    } catch {
      // A third process took the lock in this instant: nothing left to give back to.
    }
  }
  rmSync(aside, { force: true });
}

/** Takes the lock if it is free or its owner is gone; otherwise says who holds it. */
export function tryLock(path: string, task: string): { lock: Lock } | { owner: LockOwner } {
  const owner: LockOwner = {
    pid: process.pid,
    start: processStart(process.pid),
    task,
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (create(path, owner)) {
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        if (readOwner(path)?.token === owner.token) unlinkSync(path);
      };
      process.on('exit', release);
      return { lock: { path, release } };
    }
    const current = readOwner(path);
    if (current === null) continue; // released in between: try again
    if (current && isRunning(current)) return { owner: current };
    // A file that is not a lock at all (empty, or cut short by a full disk) blocks no one either.
    removeStale(path, current);
  }
  throw new Error(`${path}: could not take the lock; remove the file if no other run is going on`);
}

/**
 * Takes the lock, waiting while another running process holds it. `onWait` is told once, with the holder,
 * when there is something to wait for.
 */
export async function acquireLock(
  path: string,
  task: string,
  options: { onWait?: (owner: LockOwner) => void; pollMs?: number } = {},
): Promise<Lock> {
  let told = false;
  for (;;) {
    const attempt = tryLock(path, task);
    if ('lock' in attempt) return attempt.lock;
    if (!told) options.onWait?.(attempt.owner);
    told = true;
    await new Promise((wake) => setTimeout(wake, options.pollMs ?? 200));
  }
}
