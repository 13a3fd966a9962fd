/**
 * The archive as the pages see it: statements, entity and annotation data, the
 * cross-link index and the comparisons, assembled from plain data. `src/data/archive.ts`
 * reads the collections and calls `assembleArchive`; unit tests call it on the fixture archive.
 */
import { buildArchiveIndex, type ArchiveData, type ArchiveIndex } from './crosslinks.ts';
import { comparisonsByStatement, comparisonViews, type ComparisonView } from './comparisons.ts';
import type { EntityKind } from './entities.ts';
import { indexedStatement, type Statement } from './statement.ts';

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
  /** The statements that translate each statement, by the original's slug, in the order of the list. */
  translationsOf: Map<string, Statement[]>;
  /** Display name of any person, organisation, place or topic. */
  nameOf: (kind: EntityKind | 'topics', id: string) => string;
}

/** Builds the archive from statements (newest first) and entity data, reusing an index already built for them. */
export function assembleArchive(statements: Statement[], data: ArchiveData, index?: ArchiveIndex): Archive {
  const built =
    index ??
    buildArchiveIndex(
      statements.map((s) => indexedStatement(s.data, s.blocks)),
      data,
    );
  const names = new Map<string, string>();
  for (const kind of ['people', 'organizations', 'places', 'topics'] as const) {
    for (const entry of data[kind]) names.set(`${kind}/${entry.id}`, entry.name);
  }
  const views = comparisonViews(data.comparisons, data.events, new Map(statements.map((s) => [s.slug, s.data.date])));
  return {
    statements,
    bySlug: new Map(statements.map((s) => [s.slug, s])),
    comparisons: views,
    comparisonsOf: comparisonsByStatement(views),
    rank: new Map(statements.map((s, i) => [s.slug, i])),
    translationsOf: Map.groupBy(
      statements.filter((s) => s.data.translation),
      (s) => s.data.translation!.of,
    ),
    data,
    index: built,
    nameOf: (kind, id) => names.get(`${kind}/${id}`) ?? id,
  };
}
