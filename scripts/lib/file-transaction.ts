/**
 * A set of file writes that happen all together or not at all, even when the
 * process is stopped or killed halfway: a rollback journal, as databases keep.
 * Before a file is created or replaced, the journal records it (and keeps the
 * old file, hard-linked, so keeping it costs nothing); each file is written
 * whole under a temporary name and renamed in. Deleting the journal commits.
 * Until then, `rollback()`, or `recoverTransaction()` in the next run after a
 * kill, puts every file back as it was.
 *
 *   <journal>/journal.json   the files written so far: [{ path, backup, temp }]
 *   <journal>/<n>            the old content of a replaced file
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** One file the transaction writes, as the journal records it (paths relative to the transaction's root). */
interface JournalEntry {
  /** The file written. */
  path: string;
  /** The copy of the file it replaced, or null when it created the file. */
  backup: string | null;
  /** The temporary name it is written under before being renamed in. */
  temp: string;
}

const JOURNAL = 'journal.json';

/** Writes a file whole under a temporary name, then renames it in, so no reader ever sees half of it. */
function writeWhole(path: string, temp: string, data: string | Uint8Array): void {
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Writes the journal in one step. */
function saveJournal(dir: string, entries: JournalEntry[]): void {
  writeWhole(join(dir, JOURNAL), join(dir, `${JOURNAL}.new`), `${JSON.stringify(entries, null, 1)}\n`);
}

/** Puts back every file a journal lists, last first; returns the paths it put back or removed. */
function undo(root: string, dir: string, entries: readonly JournalEntry[]): string[] {
  const undone: string[] = [];
  for (const entry of [...entries].reverse()) {
    const path = resolve(root, entry.path);
    rmSync(resolve(root, entry.temp), { force: true });
    if (entry.backup === null) {
      if (existsSync(path)) undone.push(entry.path);
      rmSync(path, { force: true });
    } else if (existsSync(join(dir, entry.backup))) {
      renameSync(join(dir, entry.backup), path);
      undone.push(entry.path);
    }
    // A backup that is not there was never made: the file was not touched yet.
  }
  return undone;
}

/** The files a transaction has written, undone. */
export interface Undone {
  /** Files it created, now removed, or replaced, now restored (relative to the transaction's root). */
  paths: string[];
}

/**
 * Rolls back what a killed run left in a journal folder; returns what it undid, or undefined when there was no
 * unfinished transaction. Call it holding whatever lock the writers take.
 */
export function recoverTransaction(root: string, journalDir: string): Undone | undefined {
  if (!existsSync(journalDir)) return undefined;
  const journal = join(journalDir, JOURNAL);
  let undone: Undone | undefined;
  if (existsSync(journal)) {
    const entries = JSON.parse(readFileSync(journal, 'utf8')) as JournalEntry[];
    undone = { paths: undo(root, journalDir, entries) };
  }
  // Without a journal the run had committed (or had not begun): what is left is only its old copies.
  rmSync(journalDir, { recursive: true, force: true });
  return undone;
}

/** A set of file writes that all happen or none; see the module's comment. */
export class FileTransaction {
  readonly #root: string;
  readonly #dir: string;
  readonly #entries: JournalEntry[] = [];
  #open = true;

  /**
   * Starts a transaction over files below `root`, journalled in `journalDir`, which must not exist: the journal
   * is made at the first write.
   */
  constructor(root: string, journalDir: string) {
    this.#root = resolve(root);
    this.#dir = resolve(journalDir);
    if (existsSync(this.#dir)) throw new Error(`${journalDir} exists: recover that transaction first`);
  }

  /** The files written so far, relative to the root. */
  get written(): string[] {
    return this.#entries.map((entry) => entry.path);
  }

  /** Creates a file that must not exist yet, recording first how to undo it. */
  create(path: string, data: string | Uint8Array): void {
    if (existsSync(resolve(this.#root, path))) throw new Error(`${path} already exists`);
    this.write(path, data);
  }

  /** Creates or replaces a file, recording first how to undo it. */
  write(path: string, data: string | Uint8Array): void {
    if (!this.#open) throw new Error('the transaction is over');
    const full = resolve(this.#root, path);
    const rel = relative(this.#root, full);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${path} is outside ${this.#root}`);
    if (this.#entries.some((entry) => entry.path === rel)) throw new Error(`${rel} is written twice`);
    if (this.#entries.length === 0) mkdirSync(this.#dir, { recursive: true });
    let backup: string | null = null;
    if (existsSync(full)) {
      backup = String(this.#entries.length);
      try {
        linkSync(full, join(this.#dir, backup));
      } catch {
        copyFileSync(full, join(this.#dir, backup));
      }
    }
    const temp = join(dirname(rel), `.${basename(rel)}.${process.pid}.partial`);
    this.#entries.push({ path: rel, backup, temp });
    saveJournal(this.#dir, this.#entries);
    mkdirSync(dirname(full), { recursive: true });
    // The new file replaces the old name; the journal's hard link keeps the old content for a rollback.
    writeWhole(full, resolve(this.#root, temp), data);
  }

  /** Makes every write final: deleting the journal is the one step that commits. */
  commit(): void {
    if (!this.#open) throw new Error('the transaction is over');
    this.#open = false;
    rmSync(join(this.#dir, JOURNAL), { force: true });
    rmSync(this.#dir, { recursive: true, force: true });
  }

  /** Undoes every write; returns the files put back or removed. Harmless once committed or rolled back. */
  rollback(): string[] {
    if (!this.#open) return [];
    this.#open = false;
    const undone = undo(this.#root, this.#dir, this.#entries);
    rmSync(this.#dir, { recursive: true, force: true });
    return undone;
  }
}
