/**
 * The archive as the pages see it: statements, entity and annotation data,
 * and the cross-link index, read once per build. The index itself is built by
 * pure code in `src/lib/crosslinks.ts`.
 */
import { getCollection } from 'astro:content';
import {
  buildArchiveIndex,
  CHECKED_INDEX,
  type ArchiveData,
  type ArchiveIndex,
  type CheckedIndex,
} from '../lib/crosslinks.ts';
import { comparisonsByStatement, comparisonViews, type ComparisonView } from '../lib/comparisons.ts';
import type { EntityKind } from '../lib/entities.ts';
import { indexedStatement, type Statement } from '../lib/statement.ts';
import { getStatements } from './statements.ts';

export interface Archive {
  /** Statements newest first. */
  statements: Statement[];
  bySlug: Map<string, Statement>;
  /** Each statement's position, newest first, for sorting lists of them without a search. */
  rank: Map<string, number>;
  data: ArchiveData;
  index: ArchiveIndex;
  /** What the comparison page sets side by side: curated comparisons, then statements sharing an event. */
  comparisons: ComparisonView[];
  /** The comparisons each statement is in, by slug, for its "Compare with …" links. */
  comparisonsOf: Map<string, ComparisonView[]>;
  /** Display name of any person, organisation, place or topic. */
  nameOf: (kind: EntityKind | 'topics', id: string) => string;
}

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
        async (name) => (await getCollection(name)).map((entry) => entry.data),
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
    const index =
      checkedIndex(statements) ??
      buildArchiveIndex(
        statements.map((s) => indexedStatement(s.data, s.blocks)),
        archive,
      );
    const names = new Map<string, string>();
    for (const kind of ['people', 'organizations', 'places', 'topics'] as const) {
      for (const entry of archive[kind]) names.set(`${kind}/${entry.id}`, entry.name);
    }
    const views = comparisonViews(
      archive.comparisons,
      archive.events,
      new Map(statements.map((s) => [s.slug, s.data.date])),
    );
    return {
      statements,
      bySlug: new Map(statements.map((s) => [s.slug, s])),
      comparisons: views,
      comparisonsOf: comparisonsByStatement(views),
      rank: new Map(statements.map((s, i) => [s.slug, i])),
      data: archive,
      index,
      nameOf: (kind, id) => names.get(`${kind}/${id}`) ?? id,
    };
  })();
  return cache;
}
