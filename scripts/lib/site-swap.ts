/**
 * Putting a newly built site in place of the old one so that `dist/` is never
 * less than a complete site. The old folder is renamed aside, the new one
 * renamed in, and only then is the old one deleted: two renames, between which
 * no signal handler runs. A process killed outright (SIGKILL, power loss)
 * between the two leaves the old site complete beside the output, and the next
 * build or preview puts it back before doing anything else.
 *
 * The folders sit next to the output, so every rename stays on one file system:
 *   dist.build-lock         the lock of the builds of dist/
 *   dist.building-<pid>     a build being written
 *   dist.previous-build     the old site during the swap
 *   dist.discarded-<pid>    the old site being deleted after the swap
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pauseForTest } from './interrupt.ts';
import { tryLock } from './lock.ts';

/** The lock file of the builds of an output folder. */
export const lockPath = (target: string) => `${target}.build-lock`;

/** The folder a build of `target` writes into. */
export const buildingPath = (target: string, pid = process.pid) => `${target}.building-${pid}`;

/** Where the old site waits while the new one is renamed in. */
const previousPath = (target: string) => `${target}.previous-build`;

/** Removes a folder: first renamed out of the way in one step, so a kill halfway leaves nothing that looks like a site. */
function discard(folder: string): void {
  const doomed = `${dirname(folder)}/${basename(folder).replace(/\.previous-build$/u, '')}.discarded-${process.pid}`;
  renameSync(folder, doomed);
  rmSync(doomed, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * Puts the folder `next` in place of `target` (which may not exist yet). Throws, with `target` as it was, when
 * the new folder cannot be renamed in.
 */
export function replaceFolder(next: string, target: string): void {
  const previous = previousPath(target);
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, previous);
  pauseForTest('swap');
  try {
    renameSync(next, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    throw error;
  }
  if (hadSite) discard(previous);
}

/** What {@link recoverFolder} found and did. */
export type Recovery = 'restored' | 'cleaned' | 'nothing';

/**
 * Repairs what a killed build left around `target`: puts the old site back if the swap stopped between its two
 * renames, and removes half-deleted old sites and abandoned build folders. Call it holding the build lock.
 */
export function recoverFolder(target: string): Recovery {
  const previous = previousPath(target);
  let found: Recovery = 'nothing';
  if (existsSync(previous)) {
    if (existsSync(target)) {
      // The new site was renamed in: the swap was done, only the deleting of the old one was not.
      discard(previous);
      found = 'cleaned';
    } else {
      renameSync(previous, target);
      found = 'restored';
    }
  }
  const parent = dirname(target);
  const name = basename(target);
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const rest = entry.startsWith(`${name}.`) ? entry.slice(name.length + 1) : '';
    if (/^(?:discarded|building)-\d+$/u.test(rest) && rest !== `building-${process.pid}`) {
      rmSync(join(parent, entry), { recursive: true, force: true, maxRetries: 5 });
      if (found === 'nothing') found = 'cleaned';
    }
  }
  return found;
}

/**
 * Repairs `target` before it is served, when no build of it is running (one that is will do it itself).
 * Returns what was done, for the server to say.
 */
export function recoverBeforeServing(target: string): Recovery {
  let attempt: ReturnType<typeof tryLock>;
  try {
    attempt = tryLock(lockPath(target), 'npm run preview');
  } catch {
    return 'nothing'; // a folder this user may not write to: nothing a build of it could have left either
  }
  if (!('lock' in attempt)) return 'nothing';
  try {
    return recoverFolder(target);
  } finally {
    attempt.lock.release();
  }
}
