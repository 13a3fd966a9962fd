/**
 * What the search page shows before any search: the filters it offers, built
 * from the archive without astro:content so it can be tested on the fixture
 * archive.
 */
import type { ArchiveIndex } from '../crosslinks.ts';
import { speakersOf } from '../crosslinks.ts';
import { yearOf, type StatementDateValue } from '../dates.ts';
import type { EntityKind } from '../entities.ts';
import {
  FACETS,
  facetLabels,
  facetTotals,
  offeredValues,
  searchFacets,
  type Facet,
  type FacetCount,
} from '../search.ts';

/** One filter group of the search form. */
export interface FacetGroup {
  facet: Facet;
  /** Its legend, e.g. “Issued by”. */
  label: string;
  /** The values offered, with how many statements have each. */
  values: FacetCount[];
  /** How many values exist in all, when the form offers fewer; undefined when it offers them all. */
  total?: number;
}

/** The search page's data. */
export interface SearchPageModel {
  /** Filter groups that have any values, in display order. */
  groups: FacetGroup[];
}

/** What the model needs of a statement. */
interface StatementInput {
  slug: string;
  data: { issuer: { name: string }; coIssuers?: { name: string }[]; date: StatementDateValue; language: string };
}

/** Builds the search page's filter groups: each facet's most frequent values, with their counts. */
export function searchPageModel(input: {
  statements: readonly StatementInput[];
  index: ArchiveIndex;
  nameOf: (kind: EntityKind | 'topics', id: string) => string;
}): SearchPageModel {
  const { statements, index, nameOf } = input;
  const perStatement = statements.map(({ slug, data }) => {
    const subjects = index.subjects.get(slug);
    return searchFacets({
      issuer: [data.issuer.name, ...(data.coIssuers ?? []).map((i) => i.name)],
      year: yearOf(data.date),
      language: data.language,
      topics: subjects?.topics.map((id) => nameOf('topics', id)),
      people: subjects?.people.map((id) => nameOf('people', id)),
      speakers: speakersOf(index, slug).map((id) => nameOf('people', id)),
    });
  });
  const complete = facetTotals(perStatement);
  const offered = offeredValues(complete);
  // A filter whose one value every statement has cannot narrow anything (one language, one issuer).
  const narrows = (facet: Facet) =>
    offered[facet].length > 0 && !(complete[facet].length === 1 && complete[facet][0]!.count === statements.length);
  const groups = FACETS.filter(narrows).map((facet) => ({
    facet,
    label: facetLabels[facet],
    values: offered[facet],
    ...(complete[facet].length > offered[facet].length ? { total: complete[facet].length } : {}),
  }));
  return { groups };
}
