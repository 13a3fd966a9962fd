/**
 * Reads the fixture archive (tests/fixtures/archive): a frozen copy of the
 * first two statements and their data, so tests that expect exact quotations,
 * paragraphs and counts keep passing whatever editors add to `content/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import type { ContentFile } from '../../src/lib/validate.ts';

/** The fixture archive: same layout as `content/`, never edited with the live content. */
export const CONTENT = join(import.meta.dirname, '../fixtures/archive');

/** The live content folder, for tests that derive their expectations from whatever it holds. */
export const LIVE_CONTENT = join(import.meta.dirname, '../../content');

/** The statement files of a content folder (the fixture archive unless told), named as in messages. */
export function realStatements(dir = CONTENT): ContentFile[] {
  const statements = join(dir, 'statements');
  const label = dir === CONTENT ? 'tests/fixtures/archive/statements' : 'content/statements';
  return readdirSync(statements)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: `${label}/${f}`, raw: readFileSync(join(statements, f), 'utf8') }));
}

/** Reads a source copy of the fixture archive (or another content folder) by file name, or undefined when it does not exist. */
export function readSource(name: string, dir = CONTENT): string | undefined {
  try {
    return readFileSync(join(dir, 'sources', name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The fixture statement whose slug starts with the given prefix. */
export function statementFile(prefix: string): ContentFile {
  const found = realStatements().find((f) => String(readStatementFile(f.raw).data?.slug).startsWith(prefix));
  if (!found) throw new Error(`no statement with a slug starting ${prefix}`);
  return found;
}

/** Returns a copy of a file with one exact piece of text replaced, failing loudly if it is absent. */
export function edit(file: ContentFile, find: string | RegExp, replace: string): ContentFile {
  const raw = file.raw.replace(find, replace);
  if (raw === file.raw) throw new Error(`edit did not apply: ${String(find)}`);
  return { ...file, raw };
}
