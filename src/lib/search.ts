/**
 * Search state and result formatting for the search page, kept free of the
 * DOM so it can be tested: what the URL says, what Pagefind is asked, and how
 * its answers are shown.
 */

import { languageName } from './languages';
import { HIGHLIGHT_PARAM, INDEX_ONLY_MARK, holdsTogether, markedWord, matchedTerms, parseQuery } from './search-text';
import { count, plural } from './plural';
import { isSince } from './search-scope';

/** The filters a reader can narrow results by, in display order. */
export const FACETS = ['issuer', 'year', 'language', 'topic', 'person', 'speaker'] as const;
export type Facet = (typeof FACETS)[number];

/** Reader-facing names of the filters. */
export const facetLabels: Record<Facet, string> = {
  issuer: 'Issued by',
  year: 'Year',
  language: 'Language',
  topic: 'Topic',
  person: 'Person',
  speaker: 'Speaker',
};

/** How a filter value is named to readers: a language by its name ("es" → Spanish), the rest as they are. */
export function valueLabel(facet: Facet, value: string): string {
  return facet === 'language' ? languageName(value) : value;
}

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
  /** How far back the search goes (`2019`, `2024-07`), once the reader has asked for earlier years; empty before. */
  since: string;
}

/** A search with no query, filters or order. */
export function emptyState(): SearchState {
  return {
    q: '',
    filters: { issuer: [], year: [], language: [], topic: [], person: [], speaker: [] },
    sort: 'relevance',
    since: '',
  };
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
  const since = params.get('since')?.trim() ?? '';
  if (isSince(since)) state.since = since;
  return state;
}

/** Writes a search as URL parameters, leaving out empty values and the default order. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  // A year filter says which years are searched; `since` only when no year is chosen.
  if (state.since && state.filters.year.length === 0) params.set('since', state.since);
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
  // Without words there is nothing to rank by: a filter's statements are listed newest first.
  if (state.sort === 'relevance' && state.q.trim() === '') return { filters, sort: { date: 'desc' } };
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

/**
 * The sentence announced after a search: how many statements matched what, and, while earlier years are
 * not searched yet, which years were (`in 2019–2026`).
 */
export function describeResults(n: number, state: SearchState, partial?: string): string {
  const what = n === 0 ? 'No statements' : count(n, 'statement');
  const parts: string[] = [];
  // A phrase query already carries its quotation marks; another pair would read as part of it.
  if (state.q) parts.push(/^["“].*["”]$/u.test(state.q) ? state.q : `“${state.q}”`);
  const years = partial ? ` in ${partial}` : '';
  const filtered = FACETS.flatMap((f) => state.filters[f].map((value) => valueLabel(f, value)));
  const filterText = filtered.length > 0 ? ` (filtered by ${filtered.join(', ')})` : '';
  return `${what} ${plural(n, 'matches', 'match')} ${parts.length > 0 ? parts.join(' ') : 'the filters'}${years}${filterText}.`;
}

/**
 * The filter values a statement is indexed under; topics and people come from
 * its annotations, speakers from a transcript's speaker labels that name a
 * listed person (people named in the text and people speaking are different
 * filters).
 */
export function searchFacets(input: {
  /** The issuer, and a joint statement's other issuers: the statement is found under each. */
  issuer: string | readonly string[];
  year: number;
  language?: string;
  topics?: readonly string[];
  people?: readonly string[];
  speakers?: readonly string[];
}): Record<Facet, string[]> {
  return {
    issuer: typeof input.issuer === 'string' ? [input.issuer] : [...new Set(input.issuer)],
    year: [String(input.year)],
    language: input.language ? [input.language] : [],
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

/** The order values are listed in: years newest first, everything else alphabetically by name. */
function listOrder(facet: Facet): (a: FacetCount, b: FacetCount) => number {
  if (facet === 'year') return (a, b) => b.value.localeCompare(a.value);
  return (a, b) => valueLabel(facet, a.value).localeCompare(valueLabel(facet, b.value), 'en');
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
  /** Excerpt around the first word the query matched in this passage. */
  segments: ExcerptSegment[];
  /** How many words of the passage the query matched. */
  hits: number;
  /** How many of the query's words the passage holds. */
  terms: number;
  /** True when the passage holds the query's words side by side, in the order typed. */
  together: boolean;
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

/** The anchors that begin a passage a result can link to: numbered paragraphs, subheadings, the furniture box. */
function passageAnchors(anchors: readonly PagefindAnchor[]): PagefindAnchor[] {
  return anchors
    .filter((a) => /^p\d+$/u.test(a.id) || a.id === 'furniture' || /^h\d$/u.test(a.element))
    .slice()
    .sort((a, b) => a.location - b.location);
}

/** An excerpt of a passage's words around its first marked word, marked words as marked runs. */
function excerptOf(words: readonly string[], matched: ReadonlySet<number>, size: number): ExcerptSegment[] {
  const first = Math.min(...matched);
  const start = Math.max(0, Math.min(first - Math.floor(size / 3), words.length - size));
  const stop = Math.min(words.length, start + size);
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
    const word = words[n] ?? '';
    if (!matched.has(n)) push(word, false);
    else for (const run of markedWord(word)) push(run.text, run.marked);
  }
  if (stop < words.length) push(' …', false);
  return segments;
}

/**
 * Every anchored passage of a result (numbered paragraphs, subheadings, the
 * furniture box) that holds a word the reader's query matches, in document
 * order, each with an excerpt marking those words and a link that marks them
 * again on arrival: the one rule of src/lib/search-text.ts, applied to the
 * text Pagefind returns (`content`, `anchors`). Pagefind's own positions are
 * not used: for a phrase it reports only the first occurrence, and its
 * prefix matching would list paragraphs with nothing to mark. Index-only forms
 * are never shown.
 */
export function passageHits(
  data: { url: string; content: string; anchors: readonly PagefindAnchor[] },
  q = '',
  excerptWords = 24,
): PassageHit[] {
  const query = parseQuery(q);
  if (query.terms.length === 0) return [];
  const words = data.content.split(/\s+/u).filter((w) => w !== '');
  const hidden = indexOnlyWords(words);
  const anchors = passageAnchors(data.anchors);
  const baseUrl = data.url.split(/[?#]/u)[0] ?? data.url;
  const highlight = `?${new URLSearchParams({ [HIGHLIGHT_PARAM]: q }).toString()}`;
  return anchors.flatMap((anchor, index) => {
    const end = anchors[index + 1]?.location ?? words.length;
    const visible: string[] = [];
    for (let i = anchor.location; i < end; i += 1) if (!hidden.has(i)) visible.push(words[i]!);
    const terms = matchedTerms(visible, query);
    const matched = new Set(terms.flatMap((t, i) => (t.size > 0 ? [i] : [])));
    if (matched.size === 0) return [];
    const n = /^p(\d+)$/u.exec(anchor.id)?.[1];
    const label = n ? `¶ ${n}` : anchor.id === 'furniture' ? 'From the source page' : (anchor.text ?? anchor.id);
    return [
      {
        id: anchor.id,
        label,
        name: n ? `Paragraph ${n}` : label,
        url: `${baseUrl}${highlight}#${anchor.id}`,
        segments: excerptOf(visible, matched, excerptWords),
        hits: matched.size,
        terms: new Set(terms.flatMap((t) => [...t])).size,
        together: holdsTogether(visible, query),
      },
    ];
  });
}

/** How many matching passages a result shows before “and N more”. */
export const VISIBLE_PASSAGES = 3;

/**
 * Splits a result's passages into those shown and those behind “and N more”:
 * the strongest shown (the query's words side by side, then most of its words,
 * then most marks), in document order; the rest in document order. One more
 * than the limit is shown rather than hidden alone.
 */
export function arrangePassages(
  hits: readonly PassageHit[],
  visible = VISIBLE_PASSAGES,
): { shown: PassageHit[]; more: PassageHit[] } {
  if (hits.length <= visible + 1) return { shown: [...hits], more: [] };
  const strength = (h: PassageHit) => [Number(h.together), h.terms, h.hits];
  const ranked = hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => {
      const [x, y] = [strength(a.hit), strength(b.hit)];
      return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]! || a.order - b.order;
    });
  const keep = new Set(ranked.slice(0, visible).map((r) => r.order));
  return { shown: hits.filter((_, i) => keep.has(i)), more: hits.filter((_, i) => !keep.has(i)) };
}

/** The words under a result's collapsed passages, e.g. “and 4 more paragraphs”. */
export function morePassagesLabel(more: readonly PassageHit[]): string {
  const paragraphs = more.every((h) => /^p\d+$/u.test(h.id));
  return `and ${count(more.length, paragraphs ? 'more paragraph' : 'more passage')}`;
}

/** The filter values of each statement, by its result id. */
export type FacetValuesById = ReadonlyMap<string, Partial<Record<Facet, readonly string[]>>>;

/** Builds the filter values of each statement from the statements each value selects. */
export function facetValuesById(selections: readonly { facet: Facet; value: string; ids: readonly string[] }[]) {
  const byId = new Map<string, Partial<Record<Facet, string[]>>>();
  for (const { facet, value, ids } of selections) {
    for (const id of ids) {
      const values = byId.get(id) ?? {};
      values[facet] = [...new Set([...(values[facet] ?? []), value])];
      byId.set(id, values);
    }
  }
  return byId as FacetValuesById;
}

/**
 * How many results each filter value would give: for each facet, the results
 * of the query that pass the other facets' filters, counted by their values of
 * this facet. A value's count is what ticking it alone in its group would
 * show, however many values of that group are ticked (any of them matches).
 */
export function facetCounts(
  ids: readonly string[],
  selected: Record<Facet, readonly string[]>,
  valuesOf: FacetValuesById,
): Record<Facet, Map<string, number>> {
  const passes = (id: string, facet: Facet) =>
    selected[facet].length === 0 || selected[facet].some((v) => valuesOf.get(id)?.[facet]?.includes(v));
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const map = new Map<string, number>();
    for (const id of ids) {
      if (!FACETS.every((other) => other === facet || passes(id, other))) continue;
      for (const value of valuesOf.get(id)?.[facet] ?? []) map.set(value, (map.get(value) ?? 0) + 1);
    }
    counts[facet] = map;
  }
  return counts;
}

/*
 * What a result card shows comes with each result from Pagefind, but Pagefind
 * also searches every metadata field: a field holding "Remarks" or "U.S.
 * Embassy in Guatemala" made a statement match those words with nothing in
 * its text to mark. So the card's date travels as one word no reader types
 * ("20230526s") and its issuer and type as filters, which are never searched.
 */

/** The date of a statement as the one-word metadata a result card is drawn from: its digits and basis. */
export function resultDateMeta(date: { basis: 'source' | 'supplied'; value: string }): string {
  return `${date.value.replaceAll('-', '')}${date.basis === 'supplied' ? 's' : 'g'}`;
}

/** Reads the date of a result card back, for display; undefined for anything else. */
export function readResultDate(meta: string | undefined): { basis: 'source' | 'supplied'; value: string } | undefined {
  const m = /^(\d{4})(\d{2})?(\d{2})?([gs])$/u.exec(meta ?? '');
  if (!m) return undefined;
  const value = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return { basis: m[4] === 's' ? 'supplied' : 'source', value };
}

/** A date's sort key as one word (no separators Pagefind would split it at): "20230526", "20239999". */
export function resultSortMeta(value: string): string {
  const [year, month = '99', day = '99'] = value.split('-');
  return `${year}${month}${day}`;
}
