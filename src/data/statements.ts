/**
 * The only module that reads content collections. Pages get plain statement
 * objects from here; all logic on them lives in `src/lib`.
 */
import { getCollection } from 'astro:content';
import { sortNewestFirst, toStatement, type Statement } from '../lib/statement.ts';

let cache: Promise<Statement[]> | undefined;

/** All statements, newest first, parsed once per build. */
export function getStatements(): Promise<Statement[]> {
  cache ??= getCollection('statements').then((entries) =>
    sortNewestFirst(entries.map((entry) => toStatement(entry.data, entry.body ?? '', entry.filePath ?? ''))),
  );
  return cache;
}
