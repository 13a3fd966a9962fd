/**
 * The search page's behaviour: results as you type, filters and order, all
 * kept in the URL. Logic that can be tested without a browser lives in
 * `src/lib/search.ts`; this file only wires it to the page and to Pagefind.
 */
import {
  FACETS,
  cleanQuery,
  describeResults,
  excerptSegments,
  isActive,
  pagefindOptions,
  parseSearchParams,
  passageHits,
  toSearchParams,
  type ExcerptSegment,
  type PagefindAnchor,
  type SearchState,
  type Sort,
} from '../lib/search';
import { HIGHLIGHT_PARAM, pagefindQuery } from '../lib/search-text';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  anchors: PagefindAnchor[];
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  search: (query: string | null, options: object) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const BASE = import.meta.env.BASE_URL;
/** Results shown at first and per "More results": each costs its fragment file, so a first search stays light. */
const PAGE_SIZE = 5;
/** Keystrokes closer together than this belong to one search and share one history entry. */
const RECORD_DELAY_MS = 500;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const sortSelect = document.getElementById('sort') as HTMLSelectElement;
const status = document.getElementById('search-status') as HTMLParagraphElement;
const notice = document.getElementById('search-notice') as HTMLParagraphElement;
const list = document.getElementById('results') as HTMLOListElement;
const more = document.getElementById('more-results') as HTMLButtonElement;
const noResults = document.getElementById('no-results') as HTMLDivElement;
const refine = document.getElementById('refine') as HTMLDetailsElement;
const activeFilters = document.getElementById('active-filters') as HTMLSpanElement;

/** A filter's checkboxes; they sit beside the results, outside the form element, and belong to it by `form`. */
const boxes = (facet: string) =>
  document.querySelectorAll<HTMLInputElement>(`input[name="${facet}"][form="${form.id}"]`);

let pagefindPromise: Promise<Pagefind | null> | undefined;
let generation = 0;
let pending: PagefindSearch['results'] = [];
let recordTimer: number | undefined;

/** Loads Pagefind once, from this site's own base path. */
function loadPagefind(): Promise<Pagefind | null> {
  pagefindPromise ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)
    .then(async (pagefind: Pagefind) => {
      // On the page's own thread, Pagefind's requests reuse what the page preloaded in its <head> (see
      // src/integrations/search-index.ts); a worker's requests would fetch it all a second time.
      await pagefind.options({ baseUrl: BASE, excerptLength: 28, noWorker: true });
      await pagefind.init();
      // A hook for tests and the benchmark: the index is loaded and a query now runs at once.
      form.dataset.ready = 'true';
      return pagefind;
    })
    .catch(() => {
      notice.textContent = import.meta.env.DEV
        ? 'Search is not available in the development server: the search index is made by “npm run build”. Run “npm start” to try search on the built site.'
        : 'The search index could not be loaded. Please reload the page; if it keeps failing, browse the list of statements instead.';
      notice.hidden = false;
      return null;
    });
  return pagefindPromise;
}

/** Reads the search the form currently describes. */
function readForm(): SearchState {
  const state = parseSearchParams(new URLSearchParams());
  state.q = cleanQuery(input.value);
  for (const facet of FACETS) {
    state.filters[facet] = [...boxes(facet)].filter((i) => i.checked).map((i) => i.value);
  }
  state.sort = sortSelect.value as Sort;
  return state;
}

/** Makes the form show a search (from the URL, on load or Back/Forward). */
function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const facet of FACETS) {
    for (const box of boxes(facet)) {
      box.checked = state.filters[facet].includes(box.value);
    }
  }
  sortSelect.value = state.sort;
}

/** Appends runs of text to an element as text nodes and <mark>s: excerpts never become HTML. */
function appendSegments(parent: HTMLElement, segments: ExcerptSegment[]): void {
  for (const { text, marked } of segments) {
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  }
}

/** Creates an element with a class and optional text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders one result: title, catalogue line, excerpt and the matching paragraphs. */
function renderResult(data: PagefindResultData, q: string): HTMLLIElement {
  const item = el('li', 'result');
  const article = el('article');
  const heading = el('h2');
  const link = el('a', undefined, data.meta.title ?? data.url);
  const page = data.url.split(/[?#]/u)[0] ?? data.url;
  link.href = q ? `${page}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: q }).toString()}` : page;
  heading.append(link);
  const meta = el('p', 'meta ui', [data.meta.date, data.meta.issuer, data.meta.type].filter(Boolean).join(' · '));
  article.append(heading, meta);

  const passages = passageHits(data, q);
  if (passages.length === 0) {
    const excerpt = el('p', 'excerpt');
    appendSegments(excerpt, excerptSegments(data.excerpt));
    article.append(excerpt);
  } else {
    const subs = el('ul', 'subs');
    subs.setAttribute('aria-label', `Matching passages in “${data.meta.title ?? ''}”`);
    for (const passage of passages) {
      const li = el('li');
      const subLink = el('a', 'sub-link', passage.label);
      if (passage.name !== passage.label) subLink.setAttribute('aria-label', passage.name);
      subLink.href = passage.url;
      const text = el('span', 'sub-excerpt');
      appendSegments(text, passage.segments);
      li.append(subLink, text);
      subs.append(li);
    }
    article.append(subs);
  }
  item.append(article);
  return item;
}

/** Says in the filters' summary which are on, so a narrow screen shows them with the disclosure closed. */
function summariseFilters(state: SearchState): void {
  const on = FACETS.flatMap((f) => state.filters[f]);
  const order = state.sort === 'relevance' ? [] : [sortSelect.selectedOptions[0]?.textContent ?? state.sort];
  const all = [...on, ...order];
  activeFilters.textContent = all.length > 0 ? ` (${all.length} on: ${all.join(', ')})` : '';
}

/** Loads and shows the next page of results. */
async function showMore(token: number): Promise<void> {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (token !== generation) return;
  const q = list.dataset.searching ?? '';
  list.append(...data.map((d) => renderResult(d, q)));
  more.hidden = pending.length === 0;
}

/** Updates each filter's count to what the current results would give. */
function updateCounts(filters: PagefindSearch['filters'] | null): void {
  for (const facet of FACETS) {
    for (const span of refine.querySelectorAll<HTMLElement>(`[data-facet="${facet}"] [data-count-for]`)) {
      const value = span.dataset.countFor ?? '';
      const count = filters?.[facet]?.[value];
      if (count !== undefined) span.textContent = `(${count})`;
    }
  }
}

/** Runs a search and renders it, unless a newer search has started meanwhile. */
async function runSearch(state: SearchState): Promise<void> {
  const token = ++generation;
  summariseFilters(state);
  delete list.dataset.query;
  if (!isActive(state)) {
    list.replaceChildren();
    more.hidden = true;
    noResults.hidden = true;
    status.textContent = '';
    return;
  }
  const pagefind = await loadPagefind();
  if (!pagefind || token !== generation) return;
  const query = pagefindQuery(state.q);
  const search = await pagefind.search(query === '' ? null : query, pagefindOptions(state));
  if (!search || token !== generation) return;
  pending = [...search.results];
  list.dataset.searching = state.q;
  list.replaceChildren();
  await showMore(token);
  if (token !== generation) return;
  updateCounts(search.filters);
  status.textContent = describeResults(search.results.length, state);
  noResults.hidden = search.results.length > 0;
  list.dataset.query = state.q;
}

let filtersLoaded = false;

/**
 * Loads Pagefind's filter index, so that searches report how many results each
 * filter value would give, then recounts the current search. It waits until
 * the reader turns to the filters: at ten thousand statements the filter index
 * weighs more than everything else a first search needs.
 */
async function loadFilterCounts(): Promise<void> {
  if (filtersLoaded) return;
  filtersLoaded = true;
  const pagefind = await loadPagefind();
  if (!pagefind) return;
  await pagefind.filters();
  const state = readForm();
  if (isActive(state)) void runSearch(state);
}

/** Puts a search in the URL: a new history entry for a new search, so Back returns to the previous one. */
function recordInUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const params = toSearchParams(state).toString();
  const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Searches for what the form now says and records it in the URL. */
function searchFromForm(): void {
  window.clearTimeout(recordTimer);
  recordTimer = undefined;
  const state = readForm();
  recordInUrl(state, 'push');
  void runSearch(state);
}

input.addEventListener('focus', () => void loadPagefind(), { once: true });
input.addEventListener('input', () => {
  // Search on every keystroke (a stale search's results are dropped when a newer one starts). The first
  // keystroke after a pause adds a history entry and the next ones update it, so the address is always
  // the search on screen and Back returns to the previous search, not to the previous letter.
  const state = readForm();
  void runSearch(state);
  recordInUrl(state, recordTimer === undefined ? 'push' : 'replace');
  window.clearTimeout(recordTimer);
  recordTimer = window.setTimeout(() => {
    recordTimer = undefined;
  }, RECORD_DELAY_MS);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) searchFromForm();
});
refine.addEventListener('change', () => searchFromForm());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchFromForm();
});
more.addEventListener('click', () => void showMore(generation));
window.addEventListener('popstate', () => {
  const state = parseSearchParams(new URLSearchParams(window.location.search));
  writeForm(state);
  void runSearch(state);
});

// Wide screens show the filters beside the results (CSS does, where it can style a closed disclosure);
// narrow ones keep them behind the disclosure, and opening it is turning to the filters.
const wide = window.matchMedia('(min-width: 60rem)').matches;
if (wide) refine.open = true;
for (const type of wide ? ['focusin', 'pointerenter'] : ['focusin', 'pointerenter', 'toggle'])
  refine.addEventListener(type, () => void loadFilterCounts(), { once: true });

// The page says results need JavaScript until this script has started.
(document.getElementById('needs-js') as HTMLElement).hidden = true;

const initial = parseSearchParams(new URLSearchParams(window.location.search));
writeForm(initial);
recordInUrl(initial, 'replace');
if (isActive(initial)) void runSearch(initial);
else void loadPagefind();
