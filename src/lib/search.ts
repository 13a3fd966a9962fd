/**
 * Search state and result formatting for the search page, kept free of the
 * DOM so it can be tested: what the URL says, what Pagefind is asked, and how
 * its answers are shown.
 */

import { HIGHLIGHT_PARAM, INDEX_ONLY_MARK, markedWordIndices, markedWord, parseQuery } from './search-text';
import { count, plural } from './pages/shared';

/** The filters a reader can narrow results by, in display order. */
export const FACETS = ['issuer', 'year', 'topic', 'person', 'speaker'] as const;
export type Facet = (typeof FACETS)[number];

/** Reader-facing names of the filters. */
export const facetLabels: Record<Facet, string> = {
  issuer: 'Issued by',
  year: 'Year',
  topic: 'Topic',
  person: 'Person',
  speaker: 'Speaker',
};

/** Result orders; relevance is the default and is left out of URLs. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Longest query searched; longer input is cut here so a pasted page cannot stall the index. */
export const MAX_QUERY_LENGTH = 200;

/** Everything that defines a search, as kept in the URL. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  sort: Sort;
}

/** A search with no query, filters or order. */
export function emptyState(): SearchState {
  return { q: '', filters: { issuer: [], year: [], topic: [], person: [], speaker: [] }, sort: 'relevance' };
}

/** Cleans a query: whitespace folded, length capped. Everything else is kept for Pagefind to interpret. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** Reads a search from URL parameters (`?q=…&issuer=…&sort=newest`), ignoring anything unknown. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = cleanQuery(params.get('q') ?? '');
  for (const facet of FACETS) {
    state.filters[facet] = [
      ...new Set(
        params
          .getAll(facet)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as Sort;
  return state;
}

/** Writes a search as URL parameters, leaving out empty values and the default order. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** True when the state asks for anything at all. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || FACETS.some((f) => state.filters[f].length > 0);
}

/** The options object for `pagefind.search`: active filters (any of the values within a facet) and the order. */
export function pagefindOptions(state: SearchState): {
  filters: Partial<Record<Facet, { any: string[] }>>;
  sort?: { date: 'asc' | 'desc' };
} {
  const filters: Partial<Record<Facet, { any: string[] }>> = {};
  for (const facet of FACETS) if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain and marked runs. The page builds text
 * nodes from these, never HTML, so nothing in an excerpt can become markup.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}

/** The sentence announced after a search: how many statements matched what. */
export function describeResults(n: number, state: SearchState): string {
  const what = n === 0 ? 'No statements' : count(n, 'statement');
  const parts: string[] = [];
  if (state.q) parts.push(`“${state.q}”`);
  const filtered = FACETS.flatMap((f) => state.filters[f]);
  const filterText = filtered.length > 0 ? ` (filtered by ${filtered.join(', ')})` : '';
  return `${what} ${plural(n, 'matches', 'match')} ${parts.length > 0 ? parts.join(' ') : 'the filters'}${filterText}.`;
}

/**
 * The filter values a statement is indexed under; topics and people come from
 * its annotations, speakers from a transcript's speaker labels that name a
 * listed person (people named in the text and people speaking are different
 * filters).
 */
export function searchFacets(input: {
  issuer: string;
  year: number;
  topics?: readonly string[];
  people?: readonly string[];
  speakers?: readonly string[];
}): Record<Facet, string[]> {
  return {
    issuer: [input.issuer],
    year: [String(input.year)],
    topic: [...(input.topics ?? [])],
    person: [...(input.people ?? [])],
    speaker: [...new Set(input.speakers ?? [])],
  };
}

/** One filter value and how many statements have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** The order values are listed in: years newest first, everything else alphabetically. */
function listOrder(facet: Facet): (a: FacetCount, b: FacetCount) => number {
  return facet === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => a.value.localeCompare(b.value, 'en');
}

/** Counts each facet's values across statements, values in a stable order (years newest first). */
export function facetTotals(all: readonly Record<Facet, string[]>[]): Record<Facet, FacetCount[]> {
  const totals = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const facets of all) for (const value of facets[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
    totals[facet] = [...counts].map(([value, count]) => ({ value, count })).sort(listOrder(facet));
  }
  return totals;
}

/**
 * The values the search form offers for each facet: those that cover the most
 * statements, so the form stays usable with thousands of people, in list order.
 */
export function offeredValues(totals: Record<Facet, FacetCount[]>, limit = FACET_LIMIT): Record<Facet, FacetCount[]> {
  const offered = {} as Record<Facet, FacetCount[]>;
  for (const facet of FACETS) {
    offered[facet] = [...totals[facet]]
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
      .slice(0, limit)
      .sort(listOrder(facet));
  }
  return offered;
}

/** How many values of a filter the search form offers: those that cover the most statements. */
export const FACET_LIMIT = 40;

/** An element with an id that Pagefind recorded, at a word position in the page's content. */
export interface PagefindAnchor {
  id: string;
  element: string;
  text?: string;
  title?: string;
  location: number;
}

/** The matching passages of one result: which anchored section, its link and an excerpt. */
export interface PassageHit {
  /** The anchor's id, e.g. `p3`. */
  id: string;
  /** Reader-facing label, e.g. `¶ 3` or a subheading's text. */
  label: string;
  /** Accessible name of the link, e.g. `Paragraph 3`. */
  name: string;
  /** The result's URL with this anchor as fragment. */
  url: string;
  /** Excerpt around the first hit in this passage. */
  segments: ExcerptSegment[];
  /** How many matching words the passage has, for ordering. */
  hits: number;
}

/** Indices of the words that are index-only forms (between a pair of INDEX_ONLY_MARKs, marks included). */
function indexOnlyWords(words: readonly string[]): Set<number> {
  const hidden = new Set<number>();
  let inside = false;
  words.forEach((word, i) => {
    if (word === INDEX_ONLY_MARK) {
      hidden.add(i);
      inside = !inside;
    } else if (inside) hidden.add(i);
  });
  return hidden;
}

/**
 * Groups a result's matching word positions by the anchored passage they fall
 * in (numbered paragraphs, subheadings, the furniture box) and builds an
 * excerpt for each from the indexed text, marking the words the reader's
 * query matches (src/lib/search-text.ts), the same rule the statement page
 * marks by on arrival. Index-only forms are never shown. Pagefind 1.6
 * computes sub-results only from headings in the browser, so the archive does
 * it here; its documented data (`anchors`, `locations`, `content`) is all
 * this needs.
 */
export function passageHits(
  data: { url: string; content: string; locations: readonly number[]; anchors: readonly PagefindAnchor[] },
  q = '',
  excerptWords = 24,
): PassageHit[] {
  const query = parseQuery(q);
  const words = data.content.split(/\s+/u).filter((w) => w !== '');
  const hidden = indexOnlyWords(words);
  const anchors = data.anchors
    .filter((a) => /^p\d+$/u.test(a.id) || a.id === 'furniture' || /^h\d$/u.test(a.element))
    .slice()
    .sort((a, b) => a.location - b.location);
  const baseUrl = data.url.split(/[?#]/u)[0] ?? data.url;
  const groups = new Map<number, number[]>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    let owner = -1;
    anchors.forEach((anchor, index) => {
      if (anchor.location <= location) owner = index;
    });
    if (owner < 0) continue;
    groups.set(owner, [...(groups.get(owner) ?? []), location]);
  }
  const highlight = query.terms.length > 0 ? `?${new URLSearchParams({ [HIGHLIGHT_PARAM]: q }).toString()}` : '';
  return [...groups].map(([index, locations]) => {
    const anchor = anchors[index]!;
    const end = anchors[index + 1]?.location ?? words.length;
    const visible: number[] = [];
    for (let i = anchor.location; i < end; i += 1) if (!hidden.has(i)) visible.push(i);
    const matched = new Set(
      markedWordIndices(
        visible.map((i) => words[i]!),
        query,
      ),
    );
    const firstShown = visible.findIndex((i) => locations.includes(i));
    const firstMatched = [...matched].sort((a, b) => a - b)[0];
    const first = firstMatched ?? Math.max(0, firstShown);
    const start = Math.max(0, Math.min(first - Math.floor(excerptWords / 3), visible.length - excerptWords));
    const stop = Math.min(visible.length, start + excerptWords);
    const segments: ExcerptSegment[] = [];
    const push = (text: string, marked: boolean) => {
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    };
    if (start > 0) push('… ', false);
    for (let n = start; n < stop; n += 1) {
      // Space between two marked words is marked too, so that a phrase or an amount reads as one mark.
      if (n > start) push(' ', matched.has(n - 1) && matched.has(n) && segments.at(-1)?.marked === true);
      const word = words[visible[n]!] ?? '';
      if (!matched.has(n)) push(word, false);
      else for (const run of markedWord(word)) push(run.text, run.marked);
    }
    if (stop < visible.length) push(' …', false);
    const n = /^p(\d+)$/u.exec(anchor.id)?.[1];
    const label = n ? `¶ ${n}` : anchor.id === 'furniture' ? 'From the source page' : (anchor.text ?? anchor.id);
    return {
      id: anchor.id,
      label,
      name: n ? `Paragraph ${n}` : label,
      url: `${baseUrl}${highlight}#${anchor.id}`,
      segments,
      hits: Math.max(matched.size, locations.length),
    };
  });
}
