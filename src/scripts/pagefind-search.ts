/**
 * The archive's search over its Pagefind bundles: one bundle per period and
 * language (src/lib/search-bundles.ts). Each language gets one Pagefind
 * instance, loaded from the first of its bundles a search needs, with its own
 * script and WebAssembly, so that a query is stemmed by the rules its pages
 * were indexed by (a bundle merged with `mergeIndex` is searched with the
 * first bundle's WebAssembly, and English stems miss Spanish words). The
 * language's other periods are merged into that instance when a search first
 * reaches them, each marked with a `period` filter, so a search asks for the
 * periods it covers and no other.
 *
 * Pagefind answers a word a period lacks with the longest indexed word it
 * begins with ("achieved" finds every "a"), so which periods hold each word is
 * decided period by period (src/lib/search-plan.ts: holdsWord), and only those
 * are asked for the statements. What is asked, and how answers are put
 * together, is src/lib/search-plan.ts; this file talks to Pagefind.
 */
import { FACETS, facetCounts, facetValuesById, pagefindOptions, type Facet, type SearchState } from '../lib/search';
import type { PagefindAnchor } from '../lib/search';
import type { SearchManifest } from '../lib/search-bundles';
import {
  combineResults,
  hasSearch,
  holdsWord,
  mergeByDate,
  PROBE_SUFFIX,
  rankResults,
  searchPlan,
} from '../lib/search-plan';

export type { SearchManifest };

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
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's search options as the archive builds them. */
interface FindOptions {
  filters: Record<string, unknown>;
  sort?: { date: 'asc' | 'desc' };
}

/** The results of one search, loaded a page at a time. */
export interface ResultList {
  /** How many statements match. */
  total: number;
  /** The result ids in the order shown. */
  ids: string[];
  /** Loads the next results, at most `n`; fewer (or none) at the end. */
  next: (n: number) => Promise<ResultData[]>;
}

/** Reads the search page's description of the index; undefined where there is none (the development server). */
export function readManifest(): SearchManifest | undefined {
  const text = document.getElementById('search-index')?.textContent;
  return text ? (JSON.parse(text) as SearchManifest) : undefined;
}

/** A found statement: its id, score and loader, in the instance that found it. */
interface Found {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData>;
  /** True when it holds the query's words side by side, in the order typed. */
  together: boolean;
}

/** A bundle of the manifest: one period of one language. */
type Bundle = SearchManifest['indexes'][number]['bundles'][number];

/** One language's Pagefind instance, holding the periods merged into it so far. */
class LanguageIndex {
  readonly language: string;
  private readonly pagefind: Pagefind;
  private readonly base: string;
  private readonly tag: string;
  /** Each period's bundle. */
  private readonly bundles: Map<string, string>;
  /** Each period's position, newest first: the order of date-sorted results. */
  private readonly order: ReadonlyMap<string, number>;
  /** The periods merged or being merged. */
  private readonly merged = new Map<string, Promise<void>>();
  /** The period of every statement in a merged period, by result id. */
  private readonly periodOfId = new Map<string, string>();

  private constructor(
    language: string,
    pagefind: Pagefind,
    where: { base: string; tag: string; bundles: readonly Bundle[]; order: ReadonlyMap<string, number> },
  ) {
    this.language = language;
    this.pagefind = pagefind;
    this.base = where.base;
    this.tag = where.tag;
    this.bundles = new Map(where.bundles.map((b) => [b.period, b.path]));
    this.order = where.order;
  }

  /** Loads the language's Pagefind from the bundle of one period. */
  static async load(
    where: { base: string; tag: string; bundles: readonly Bundle[]; order: ReadonlyMap<string, number> },
    language: string,
    first: Bundle,
  ): Promise<LanguageIndex> {
    const pagefind = (await import(/* @vite-ignore */ `${where.base}${first.path}pagefind.js`)) as Pagefind;
    // On the page's own thread, Pagefind's requests reuse what the page preloaded in its <head> (see
    // scripts/build/search-index.ts); a worker's requests would fetch it all a second time. The
    // tag names this build's entry files, so their requests are the preloaded ones too.
    await pagefind.options({
      baseUrl: where.base,
      excerptLength: 28,
      noWorker: true,
      metaCacheTag: where.tag,
      mergeFilter: { period: first.period },
    });
    await pagefind.init();
    const index = new LanguageIndex(language, pagefind, where);
    index.merged.set(first.period, index.mapPeriod(first.period));
    await index.merged.get(first.period);
    return index;
  }

  /** True when the language has statements in any of these periods. */
  covers(periods: readonly string[]): boolean {
    return periods.some((p) => this.bundles.has(p));
  }

  /** Merges the bundles of these periods not merged yet; returns the periods of them this language has. */
  async ensure(periods: readonly string[]): Promise<string[]> {
    const own = periods.filter((p) => this.bundles.has(p));
    for (const period of own) {
      if (this.merged.has(period)) continue;
      const path = `${this.base}${this.bundles.get(period)}`;
      const options = { language: this.language, baseUrl: this.base, metaCacheTag: this.tag };
      this.merged.set(
        period,
        this.pagefind.mergeIndex(path, { ...options, mergeFilter: { period } }).then(() => this.mapPeriod(period)),
      );
    }
    await Promise.all(own.map((p) => this.merged.get(p)));
    return own;
  }

  /** Notes which statements a merged period holds. */
  private async mapPeriod(period: string): Promise<void> {
    const search = await this.pagefind.search(null, { filters: { period: { any: [period] } } });
    for (const { id } of search?.results ?? []) this.periodOfId.set(id, period);
  }

  /** The statements a Pagefind query finds in some periods, in Pagefind's order (by date, when sorted). */
  async find(query: string | null, options: FindOptions, periods: readonly string[]): Promise<Found[]> {
    if (periods.length === 0) return [];
    const search = await this.pagefind.search(query, {
      ...options,
      filters: { ...options.filters, period: { any: periods } },
    });
    const found = (search?.results ?? []).map(({ id, score, words, data }) => ({
      id,
      score,
      words,
      data,
      together: false,
    }));
    if (!options.sort) return found;
    // Pagefind orders the answers of merged bundles by each one's own rank: put the periods in date
    // order, each period's statements in its own (date) order.
    const position = (f: Found) => this.order.get(this.periodOfId.get(f.id) ?? '') ?? 0;
    const sign = options.sort.date === 'desc' ? 1 : -1;
    return found
      .map((f, i) => ({ f, i }))
      .sort((a, b) => sign * (position(a.f) - position(b.f)) || a.i - b.i)
      .map(({ f }) => f);
  }

  /** The periods, among these, that hold every one of the words (see src/lib/search-plan.ts: holdsWord). */
  async holding(words: readonly string[], periods: readonly string[]): Promise<string[]> {
    let held = [...periods];
    for (const word of words) {
      if (held.length === 0) break;
      const [exact, found, probe] = await Promise.all(
        [`"${word}"`, word, `${word}${PROBE_SUFFIX}`].map((q) => this.find(q, { filters: {} }, held)),
      );
      const inPeriod = (list: Found[], period: string) => list!.filter((f) => this.periodOfId.get(f.id) === period);
      const where = (list: Found[]) => JSON.stringify(list.map((f) => [f.id, f.words]).sort());
      held = held.filter((period) => {
        const [e, f, p] = [inPeriod(exact!, period), inPeriod(found!, period), inPeriod(probe!, period)];
        return holdsWord(e.length, f.length, p.length, () => where(f) === where(p));
      });
    }
    return held;
  }

  /** Loads Pagefind's filter indexes of the merged periods, so that filters can be counted. */
  async loadFilters(): Promise<void> {
    await this.pagefind.filters();
  }
}

export class ArchiveSearch {
  private readonly base: string;
  private readonly manifest: SearchManifest;
  private readonly order: ReadonlyMap<string, number>;
  /** Each language's instance, once a search has needed it. */
  private readonly indexes = new Map<string, Promise<LanguageIndex>>();
  /** The statements each filter value selects, by `facet:value` and periods, once asked for. */
  private readonly valueIds = new Map<string, Promise<string[]>>();

  private constructor(base: string, manifest: SearchManifest) {
    this.base = base;
    this.manifest = manifest;
    this.order = new Map(manifest.periods.map((p, i) => [p.id, i]));
  }

  /** Prepares the search and loads the instances of the languages these periods hold, in parallel. */
  static async load(base: string, manifest: SearchManifest, periods: readonly string[]): Promise<ArchiveSearch> {
    if (manifest.indexes.length === 0) throw new Error('The search index is empty.');
    const search = new ArchiveSearch(base, manifest);
    await search.reach(periods);
    return search;
  }

  /** The instances of the languages that have statements in these periods, with those periods merged. */
  private async reach(periods: readonly string[]): Promise<{ index: LanguageIndex; periods: string[] }[]> {
    const wanted = this.manifest.indexes.filter(({ bundles }) => bundles.some((b) => periods.includes(b.period)));
    return Promise.all(
      wanted.map(async ({ language, bundles }) => {
        let loading = this.indexes.get(language);
        if (!loading) {
          const first = bundles.find((b) => periods.includes(b.period))!;
          const where = { base: this.base, tag: this.manifest.tag, bundles, order: this.order };
          loading = LanguageIndex.load(where, language, first);
          // A failed load is tried again by the next search.
          loading.catch(() => this.indexes.delete(language));
          this.indexes.set(language, loading);
        }
        const index = await loading;
        return { index, periods: await index.ensure(periods) };
      }),
    );
  }

  /** What one language's index finds for a search in some periods, in its order (see src/lib/search-plan.ts). */
  private async findIn(
    index: LanguageIndex,
    periods: string[],
    state: SearchState,
    options: FindOptions,
    ranked: boolean,
  ): Promise<Found[]> {
    const filtersOnly = { filters: options.filters };
    if (state.q === '') return index.find(null, options, periods);
    const plan = searchPlan(state.q);
    if (!hasSearch(plan)) return [];
    const held = plan.loose === null ? periods : await index.holding(plan.looseWords, periods);
    if (held.length === 0) return [];
    const candidate = plan.loose ?? plan.exact[0]!;
    const required = plan.loose === null ? plan.exact.slice(1) : plan.exact;
    const together = ranked ? plan.together : null;
    const [found, first, ...sets] = await Promise.all([
      index.find(candidate, options, held),
      together ? index.find(together, filtersOnly, held) : Promise.resolve([]),
      ...required.map((q) => index.find(q, filtersOnly, held)),
    ]);
    const byId = new Map(found!.map((f) => [f.id, f]));
    const side = new Set(first!.map((f) => f.id));
    const ids = combineResults(
      found!.map((f) => f.id),
      sets.map((list) => new Set(list.map((f) => f.id))),
    );
    return ids.map((id) => ({ ...byId.get(id)!, together: side.has(id) }));
  }

  /**
   * Searches every language in some periods, and gives the results a page at a time in the order the
   * reader asked for. Results already on screen (`keep`, when a search is extended to earlier periods)
   * keep their places at the top, so extending never moves what the reader has seen.
   */
  async search(state: SearchState, periods: readonly string[], keep: readonly string[] = []): Promise<ResultList> {
    const options = pagefindOptions(state);
    const ranked = options.sort === undefined;
    const reached = await this.reach(periods);
    const lists = await Promise.all(
      reached.map(({ index, periods: own }) => this.findIn(index, own, state, options, ranked)),
    );
    const loaded = new Map<string, Promise<ResultData>>();
    const byId = new Map(lists.flat().map((f) => [f.id, f]));
    const data = (id: string) => {
      let d = loaded.get(id);
      if (!d) loaded.set(id, (d = byId.get(id)!.data()));
      return d;
    };
    const kept = keep.filter((id) => byId.has(id));
    const shown = new Set(kept);
    const order = ranked
      ? listOf(rankResults(lists).filter((id) => !shown.has(id)))
      : mergeByDate(
          lists.map((list) => list.map((f) => f.id).filter((id) => !shown.has(id))),
          async (id) => (await data(id)).meta.sortKey ?? '',
          options.sort!.date,
        );
    const ids = [...kept];
    const queue = [...kept];
    return {
      total: byId.size,
      ids,
      next: async (n) => {
        const batch: Promise<ResultData>[] = [];
        while (batch.length < n) {
          let id = queue.shift();
          if (id === undefined) {
            const step = await order.next();
            if (step.done) break;
            id = step.value;
            ids.push(id);
          }
          batch.push(data(id));
        }
        return Promise.all(batch);
      },
    };
  }

  /** The statements one filter value selects in some periods, in every language. */
  private selecting(facet: Facet, value: string, periods: readonly string[]): Promise<string[]> {
    const key = `${facet}:${value}:${periods.join(',')}`;
    let ids = this.valueIds.get(key);
    if (!ids) {
      const options = { filters: { [facet]: { any: [value] } } };
      ids = this.reach(periods)
        .then((reached) => Promise.all(reached.map(({ index, periods: own }) => index.find(null, options, own))))
        .then((lists) => lists.flat().map((f) => f.id));
      this.valueIds.set(key, ids);
    }
    return ids;
  }

  /**
   * How many of a search's results each offered filter value would give (src/lib/search.ts:
   * facetCounts). The first call loads Pagefind's filter indexes and asks which statements each value
   * selects; later calls only count.
   */
  async counts(state: SearchState, periods: readonly string[], offered: { facet: Facet; value: string }[]) {
    const reached = await this.reach(periods);
    await Promise.all(reached.map(({ index }) => index.loadFilters()));
    const wanted = [...offered, ...FACETS.flatMap((facet) => state.filters[facet].map((value) => ({ facet, value })))];
    const selections = await Promise.all(
      wanted.map(async ({ facet, value }) => ({ facet, value, ids: await this.selecting(facet, value, periods) })),
    );
    const unfiltered: SearchState = { ...state, filters: { ...state.filters } };
    for (const facet of FACETS) unfiltered.filters[facet] = [];
    const options = pagefindOptions(unfiltered);
    const lists = await Promise.all(
      reached.map(({ index, periods: own }) => this.findIn(index, own, unfiltered, options, false)),
    );
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
