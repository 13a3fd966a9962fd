/**
 * Puts a folder's files into another by hard links: the merge of a build in
 * parts (scripts/build/parts.ts) assembles a site of gigabytes from the parts'
 * outputs, and a link costs no copy and no disk. A file system that cannot
 * link across (another device, no hard links) gets a copy instead. The merge
 * never writes into a linked file afterwards: it only adds files, and writes
 * the files it changes (the sitemap index, the search page) from a copy.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What `linkTree` does with a file that the target already has. */
export type OnExisting = 'replace' | 'keep';

/** Links (or, where it cannot, copies) a file, replacing or keeping one already at the target. */
function linkFile(from: string, to: string, onExisting: OnExisting): void {
  if (existsSync(to)) {
    if (onExisting === 'keep') return;
    unlinkSync(to);
  }
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
    copyFileSync(from, to);
  }
}

/**
 * Puts every file below `from` at the same place below `to`, creating folders (or, when `from` is a file,
 * that file at `to`); returns how many files it placed.
 */
export function linkTree(from: string, to: string, onExisting: OnExisting = 'replace'): number {
  if (!existsSync(from)) return 0;
  if (statSync(from).isFile()) {
    mkdirSync(dirname(to), { recursive: true });
    linkFile(from, to, onExisting);
    return 1;
  }
  mkdirSync(to, { recursive: true });
  let placed = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) placed += linkTree(source, target, onExisting);
    else if (entry.isFile()) {
      linkFile(source, target, onExisting);
      placed++;
    }
  }
  return placed;
}
