/**
 * The only module that reads content collections. Pages get plain statement
 * objects from here; all logic on them lives in `src/lib`.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildPlan } from '../lib/config.ts';
import { readPlanStatements } from '../lib/plan-files.ts';
import { previewScope, type PreviewScope } from '../lib/previews.ts';
import { splitFrontMatter } from '../lib/statement-file.ts';
import { lazyStatement, sortNewestFirst, type Statement } from '../lib/statement.ts';

let cache: Promise<Statement[]> | undefined;

/** All statements, newest first; each one's text is read when a page first needs it. */
export function getStatements(): Promise<Statement[]> {
  cache ??= buildPlan
    ? // A build in parts: the statements as the plan's content check read them.
      Promise.resolve(
        sortNewestFirst(readPlanStatements(buildPlan).map(({ data, file }) => lazyStatement(data, file, readBody))),
      )
    : getCollection('statements').then((entries) =>
        sortNewestFirst(entries.map((entry) => lazyStatement(entry.data, entry.filePath!, readBody))),
      );
  return cache;
}

/** A transcription's body, read from its file: the collection keeps only the front matter (see `src/loaders`). */
function readBody(filePath: string): string {
  return splitFrontMatter(readFileSync(filePath, 'utf8')).body;
}

/** Whether this build gives each statement its own preview image (see `src/lib/previews.ts`). */
export async function getPreviewScope(): Promise<PreviewScope> {
  return previewScope((await getStatements()).length, process.env.PREVIEWS);
}
