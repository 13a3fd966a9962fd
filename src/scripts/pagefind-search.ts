/**
 * The archive's search over its Pagefind bundles: one Pagefind instance per
 * language, each loaded from its own bundle with its own WebAssembly, so that
 * a query is stemmed by the rules its pages were indexed by (a bundle merged
 * with `mergeIndex` is searched with the first bundle's WebAssembly, and
 * English stems miss Spanish words in quotes). Further bundles of a language
 * (period shards) are merged into its instance. Every query runs on every
 * instance, and their answers are merged into one list. What is asked, and how
 * answers are put together, is src/lib/search-plan.ts; this file talks to
 * Pagefind.
 */
import { FACETS, facetCounts, facetValuesById, pagefindOptions, type Facet, type SearchState } from '../lib/search';
import type { PagefindAnchor } from '../lib/search';
import { combineResults, hasSearch, mergeByDate, PROBE_SUFFIX, rankResults, searchPlan } from '../lib/search-plan';

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  anchors: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Partial<Record<Facet | 'type', string[]>>;
}

/** The parts of Pagefind's browser API used here. */
interface PagefindResult {
  id: string;
  score: number;
  /** Where in the statement's words the query matched. */
  words: number[];
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What the build tells the search page about its index (src/integrations/search-index.ts). */
export interface SearchManifest {
  tag: string;
  indexes: { language: string; bundles: string[] }[];
}

/** The results of one search, loaded a page at a time. */
export interface ResultList {
  /** How many statements match. */
  total: number;
  /** Loads the next results, at most `n`; fewer (or none) at the end. */
  next: (n: number) => Promise<ResultData[]>;
}

/** Reads the search page's description of the index; undefined where there is none (the development server). */
export function readManifest(): SearchManifest | undefined {
  const text = document.getElementById('search-index')?.textContent;
  return text ? (JSON.parse(text) as SearchManifest) : undefined;
}

/** A filter no statement has: Pagefind then returns no results, only how many the query found. */
const COUNT_ONLY = { filters: { 'count-only': 'none' } };

/** Up to how many statements two answers are compared statement by statement (see `holds`). */
const COMPARED_AT_MOST = 50;

/** A found statement: its id, score and loader, in the instance that found it. */
interface Found {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
  /** True when it holds the query's words side by side, in the order typed. */
  together: boolean;
}

/** One language's Pagefind instance. */
class LanguageIndex {
  readonly language: string;
  private readonly pagefind: Pagefind;

  constructor(language: string, pagefind: Pagefind) {
    this.language = language;
    this.pagefind = pagefind;
  }

  /** Loads the language's Pagefind from its first bundle and merges its other bundles. */
  static async load(base: string, tag: string, language: string, bundles: string[]): Promise<LanguageIndex> {
    const [first, ...others] = bundles;
    const pagefind = (await import(/* @vite-ignore */ `${base}${first}pagefind.js`)) as Pagefind;
    // On the page's own thread, Pagefind's requests reuse what the page preloaded in its <head> (see
    // src/integrations/search-index.ts); a worker's requests would fetch it all a second time. The
    // tag names this build's entry files, so their requests are the preloaded ones too.
    await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true, metaCacheTag: tag });
    await pagefind.init();
    for (const path of others)
      await pagefind.mergeIndex(`${base}${path}`, { language, baseUrl: base, metaCacheTag: tag });
    return new LanguageIndex(language, pagefind);
  }

  /** The statements a Pagefind query finds, in Pagefind's order. */
  async find(query: string | null, options: object): Promise<Found[]> {
    const search = await this.pagefind.search(query, options);
    return (search?.results ?? []).map(({ id, score, data }) => ({ id, score, data, together: false }));
  }

  /** How many statements a Pagefind query finds, without a result list. */
  private async count(query: string): Promise<number> {
    return (await this.pagefind.search(query, COUNT_ONLY))?.unfilteredResultCount ?? 0;
  }

  /**
   * True when this language's index has the word itself, or words that begin with it. Where it has
   * neither, Pagefind answers with the longest indexed word the query begins with: "acuerdos" in English
   * finds every "a", "elecciones" in Spanish every "el". The word is then missing, whatever Pagefind
   * returns: a query for it with letters no word continues with finds the same statements.
   */
  async holds(word: string): Promise<boolean> {
    if ((await this.count(`"${word}"`)) > 0) return true;
    const [found, probe] = await Promise.all([this.count(word), this.count(`${word}${PROBE_SUFFIX}`)]);
    if (found === 0) return false;
    if (found !== probe) return true;
    // As many statements either way: the same ones, at the same words, unless the index holds words
    // beginning with this one (a word being typed) that happen to be as many. Few are cheap to compare.
    if (found > COMPARED_AT_MOST) return false;
    const [a, b] = await Promise.all([this.where(word), this.where(`${word}${PROBE_SUFFIX}`)]);
    return a !== b;
  }

  /** Where a query's words are in each statement it finds, as one comparable string. */
  private async where(query: string): Promise<string> {
    const search = await this.pagefind.search(query, {});
    return JSON.stringify((search?.results ?? []).map((r) => [r.id, r.words]).sort());
  }

  /** Loads Pagefind's filter index, so that filters can be counted. */
  async loadFilters(): Promise<void> {
    await this.pagefind.filters();
  }
}

export class ArchiveSearch {
  private readonly indexes: LanguageIndex[];
  /** The statements each filter value selects, by `facet:value`, once asked for. */
  private readonly valueIds = new Map<string, Promise<string[]>>();

  private constructor(indexes: LanguageIndex[]) {
    this.indexes = indexes;
  }

  /** Loads every language's Pagefind, in parallel. */
  static async load(base: string, manifest: SearchManifest): Promise<ArchiveSearch> {
    if (manifest.indexes.length === 0) throw new Error('The search index is empty.');
    const indexes = await Promise.all(
      manifest.indexes.map(({ language, bundles }) => LanguageIndex.load(base, manifest.tag, language, bundles)),
    );
    return new ArchiveSearch(indexes);
  }

  /** What one language's index finds for a search, in its order (see src/lib/search-plan.ts). */
  private async findIn(index: LanguageIndex, state: SearchState, options: object, ranked: boolean): Promise<Found[]> {
    const filtersOnly = { filters: (options as { filters: object }).filters };
    if (state.q === '') return index.find(null, options);
    const plan = searchPlan(state.q);
    if (!hasSearch(plan)) return [];
    if (plan.loose !== null) {
      const held = await Promise.all(plan.looseWords.map((word) => index.holds(word)));
      if (held.includes(false)) return [];
    }
    const candidate = plan.loose ?? plan.exact[0]!;
    const required = plan.loose === null ? plan.exact.slice(1) : plan.exact;
    const together = ranked ? plan.together : null;
    const [found, first, ...sets] = await Promise.all([
      index.find(candidate, options),
      together ? index.find(together, filtersOnly) : Promise.resolve([]),
      ...required.map((q) => index.find(q, filtersOnly)),
    ]);
    const byId = new Map(found!.map((f) => [f.id, f]));
    const side = new Set(first!.map((f) => f.id));
    const ids = combineResults(
      found!.map((f) => f.id),
      sets.map((list) => new Set(list.map((f) => f.id))),
    );
    return ids.map((id) => ({ ...byId.get(id)!, together: side.has(id) }));
  }

  /** Searches every language, and gives the results a page at a time in the order the reader asked for. */
  async search(state: SearchState): Promise<ResultList> {
    const options = pagefindOptions(state);
    const ranked = options.sort === undefined;
    const lists = await Promise.all(this.indexes.map((index) => this.findIn(index, state, options, ranked)));
    const loaded = new Map<string, Promise<ResultData>>();
    const byId = new Map(lists.flat().map((f) => [f.id, f]));
    const data = (id: string) => {
      let d = loaded.get(id);
      if (!d) loaded.set(id, (d = byId.get(id)!.data()));
      return d;
    };
    const total = byId.size;
    const order = ranked
      ? listOf(rankResults(lists))
      : mergeByDate(
          lists.map((list) => list.map((f) => f.id)),
          async (id) => (await data(id)).meta.sortKey ?? '',
          options.sort!.date,
        );
    return {
      total,
      next: async (n) => {
        const batch: Promise<ResultData>[] = [];
        while (batch.length < n) {
          const step = await order.next();
          if (step.done) break;
          batch.push(data(step.value));
        }
        return Promise.all(batch);
      },
    };
  }

  /** The statements one filter value selects, in every language. */
  private selecting(facet: Facet, value: string): Promise<string[]> {
    const key = `${facet}:${value}`;
    let ids = this.valueIds.get(key);
    if (!ids) {
      const options = { filters: { [facet]: { any: [value] } } };
      ids = Promise.all(this.indexes.map((index) => index.find(null, options))).then((lists) =>
        lists.flat().map((f) => f.id),
      );
      this.valueIds.set(key, ids);
    }
    return ids;
  }

  /**
   * How many of a search's results each offered filter value would give (src/lib/search.ts:
   * facetCounts). The first call loads Pagefind's filter indexes and asks which statements each value
   * selects; later calls only count.
   */
  async counts(state: SearchState, offered: { facet: Facet; value: string }[]) {
    await Promise.all(this.indexes.map((index) => index.loadFilters()));
    const wanted = [...offered, ...FACETS.flatMap((facet) => state.filters[facet].map((value) => ({ facet, value })))];
    const selections = await Promise.all(
      wanted.map(async ({ facet, value }) => ({ facet, value, ids: await this.selecting(facet, value) })),
    );
    const unfiltered: SearchState = { ...state, filters: { ...state.filters } };
    for (const facet of FACETS) unfiltered.filters[facet] = [];
    const options = pagefindOptions(unfiltered);
    const lists = await Promise.all(this.indexes.map((index) => this.findIn(index, unfiltered, options, false)));
    return facetCounts(
      lists.flat().map((f) => f.id),
      state.filters,
      facetValuesById(selections),
    );
  }
}

/** An async iterator over a list. */
async function* listOf(ids: readonly string[]): AsyncGenerator<string> {
  yield* ids;
}
