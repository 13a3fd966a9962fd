/**
 * The archive as the pages see it: statements, entity and annotation data,
 * and the cross-link index, read once per build. The index itself is built by
 * pure code in `src/lib/crosslinks.ts`.
 */
import { getCollection } from 'astro:content';
import { CHECKED_INDEX, type ArchiveData, type ArchiveIndex, type CheckedIndex } from '../lib/crosslinks.ts';
import { assembleArchive, type Archive } from '../lib/archive.ts';
import { buildPart, buildPlan } from '../lib/config.ts';
import { readPlanIndex } from '../lib/plan-files.ts';
import type { Statement } from '../lib/statement.ts';
import { getStatements } from './statements.ts';

export type { Archive };

let cache: Promise<Archive> | undefined;

/** The index the content check built in this `astro build`, if it covers exactly these statements. */
function checkedIndex(statements: readonly Statement[]): ArchiveIndex | undefined {
  const checked = (globalThis as Record<symbol, CheckedIndex | undefined>)[CHECKED_INDEX];
  if (!checked || checked.slugs.length !== statements.length) return undefined;
  const slugs = new Set(checked.slugs);
  return statements.every((s) => slugs.has(s.slug)) ? checked.index : undefined;
}

/** Reads every collection and builds the cross-link index, once per build. */
export function getArchive(): Promise<Archive> {
  cache ??= (async () => {
    const statements = await getStatements();
    const data = (await Promise.all(
      (['people', 'organizations', 'places', 'topics', 'annotations', 'events', 'comparisons'] as const).map(
        // A build in parts has no annotations collection: only the index reads them, from its plan.
        async (name) => (buildPlan && name === 'annotations' ? [] : (await getCollection(name)).map((e) => e.data)),
      ),
    )) as unknown as [
      ArchiveData['people'],
      ArchiveData['organizations'],
      ArchiveData['places'],
      ArchiveData['topics'],
      ArchiveData['annotations'],
      ArchiveData['events'],
      ArchiveData['comparisons'],
    ];
    const [people, organizations, places, topics, annotations, events, comparisons] = data;
    const archive: ArchiveData = { people, organizations, places, topics, annotations, events, comparisons };
    // A build in parts reads the index its plan's content check built, as much of it as the part needs.
    const index = buildPlan ? readPlanIndex(buildPlan, buildPart) : checkedIndex(statements);
    return assembleArchive(statements, archive, index);
  })();
  return cache;
}
