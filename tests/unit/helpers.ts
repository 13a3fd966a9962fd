/** Reads the real statements and source copies, for tests that mutate them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import type { ContentFile } from '../../src/lib/validate.ts';

export const CONTENT = join(import.meta.dirname, '../../content');

/** The committed statement files. */
export function realStatements(): ContentFile[] {
  const dir = join(CONTENT, 'statements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: `content/statements/${f}`, raw: readFileSync(join(dir, f), 'utf8') }));
}

/** Reads a source copy by file name, or undefined when it does not exist. */
export function readSource(name: string): string | undefined {
  try {
    return readFileSync(join(CONTENT, 'sources', name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The real statement whose slug starts with the given prefix. */
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
