/**
 * The search page's behaviour: results as you type, filters and order, all
 * kept in the URL. Logic that can be tested without a browser lives in
 * `src/lib/search.ts` and `src/lib/search-plan.ts`; the Pagefind bundles are
 * searched in `./pagefind-search.ts`; this file wires them to the page.
 */
import { sourceLang } from '../lib/languages';
import { formatStatementDate } from '../lib/dates';
import {
  FACETS,
  arrangePassages,
  cleanQuery,
  describeResults,
  excerptSegments,
  isActive,
  morePassagesLabel,
  parseSearchParams,
  passageHits,
  readResultDate,
  toSearchParams,
  type ExcerptSegment,
  type Facet,
  type PassageHit,
  type SearchState,
  type Sort,
  valueLabel,
} from '../lib/search';
import { scopeSummary, searchedPeriods, sinceFor, type ScopePeriod, type ScopeSummary } from '../lib/search-scope';
import { HIGHLIGHT_PARAM, markRuns, parseQuery } from '../lib/search-text';
import { ArchiveSearch, readManifest, type ResultData, type ResultList } from './pagefind-search';

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
const countNote = document.getElementById('count-note') as HTMLParagraphElement;
const scope = document.getElementById('search-scope') as HTMLDivElement;
const scopeText = document.getElementById('scope-text') as HTMLParagraphElement;
const searchNext = document.getElementById('search-next') as HTMLButtonElement;
const searchAll = document.getElementById('search-all') as HTMLButtonElement;

/** A filter's checkboxes; they sit beside the results, outside the form element, and belong to it by `form`. */
const boxes = (facet: string) =>
  document.querySelectorAll<HTMLInputElement>(`input[name="${facet}"][form="${form.id}"]`);

let searchPromise: Promise<ArchiveSearch | null> | undefined;
let generation = 0;
let current: ResultList | undefined;
let recordTimer: number | undefined;
/** How far back the search goes, as the URL says (`since`); empty for the newest periods only. */
let since = '';

const manifest = readManifest();

/** The periods a search covers (src/lib/search-scope.ts), newest first. */
function periodsOf(state: SearchState): ScopePeriod[] {
  if (!manifest) return [];
  return searchedPeriods(manifest.periods, manifest.initial, { years: state.filters.year, since: state.since });
}

/** What the page says about a search's periods. */
function summaryOf(state: SearchState): ScopeSummary | undefined {
  return manifest && scopeSummary(manifest.periods, periodsOf(state), { years: state.filters.year });
}

/** Loads Pagefind and the bundles of the periods a first search covers, once, from this site's own base path. */
function loadSearch(state: SearchState = readForm()): Promise<ArchiveSearch | null> {
  searchPromise ??= (async () => {
    if (!manifest) throw new Error('This page has no search index.');
    return ArchiveSearch.load(
      BASE,
      manifest,
      periodsOf(state).map((p) => p.id),
    );
  })()
    .then((search) => {
      // A hook for tests and the benchmark: the index is loaded and a query now runs at once.
      form.dataset.ready = 'true';
      return search;
    })
    .catch(() => {
      notice.textContent = import.meta.env.DEV
        ? 'Search is not available in the development server: the search index is made by “npm run build”. Run “npm start” to try search on the built site.'
        : 'The search index could not be loaded. Please reload the page; if it keeps failing, browse the list of statements instead.';
      notice.hidden = false;
      return null;
    });
  return searchPromise;
}

/** Reads the search the form currently describes. */
function readForm(): SearchState {
  const state = parseSearchParams(new URLSearchParams());
  state.q = cleanQuery(input.value);
  for (const facet of FACETS) {
    state.filters[facet] = [...boxes(facet)].filter((i) => i.checked).map((i) => i.value);
  }
  state.sort = sortSelect.value as Sort;
  state.since = since;
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
  since = state.since;
}

/** Appends runs of text to an element as text nodes and <mark>s: excerpts never become HTML. */
function appendSegments(parent: HTMLElement, segments: readonly ExcerptSegment[]): void {
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

/** A list of passage links with their excerpts, the source words in their own language. */
function passageList(passages: readonly PassageHit[], label: string, lang: string | undefined): HTMLUListElement {
  const subs = el('ul', 'subs');
  subs.setAttribute('aria-label', label);
  for (const passage of passages) {
    const li = el('li');
    const subLink = el('a', 'sub-link', passage.label);
    if (passage.name !== passage.label) subLink.setAttribute('aria-label', passage.name);
    subLink.href = passage.url;
    const text = el('span', 'sub-excerpt');
    if (lang) text.lang = lang;
    appendSegments(text, passage.segments);
    li.append(subLink, text);
    subs.append(li);
  }
  return subs;
}

/**
 * Renders one result: title (its matched words marked), catalogue line, and every matching passage,
 * the strongest few shown and the rest behind “and N more paragraphs”.
 */
function renderResult(data: ResultData, q: string): HTMLLIElement {
  const item = el('li', 'result');
  const article = el('article');
  const lang = sourceLang(data.filters.language?.[0] ?? 'en');
  const title = data.meta.title ?? data.url;
  const heading = el('h2');
  const link = el('a');
  if (lang) link.lang = lang;
  appendSegments(link, markRuns(title, parseQuery(q)));
  const page = data.url.split(/[?#]/u)[0] ?? data.url;
  link.href = q ? `${page}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: q }).toString()}` : page;
  heading.append(link);
  const date = readResultDate(data.meta.date);
  const meta = el(
    'p',
    'meta ui',
    [date && formatStatementDate(date), (data.filters.issuer ?? []).join(' and '), data.filters.type?.[0]]
      .filter(Boolean)
      .join(' · '),
  );
  article.append(heading, meta);

  const passages = passageHits(data, q);
  const excerpt = excerptSegments(data.excerpt);
  if (passages.length === 0 && q && excerpt.some((s) => s.marked)) {
    // Pagefind found the statement by a form of a word the archive's rule does not mark (a stem).
    const p = el('p', 'excerpt');
    if (lang) p.lang = lang;
    appendSegments(p, excerpt);
    article.append(p);
  }
  if (passages.length > 0) {
    const { shown, more: rest } = arrangePassages(passages);
    article.append(passageList(shown, `Matching passages in “${title}”`, lang));
    if (rest.length > 0) {
      const details = el('details', 'more-passages');
      details.append(el('summary', undefined, morePassagesLabel(rest)));
      details.append(passageList(rest, `More matching passages in “${title}”`, lang));
      article.append(details);
    }
  }
  item.append(article);
  return item;
}

/** Says in the filters' summary which are on, so a narrow screen shows them with the disclosure closed. */
function summariseFilters(state: SearchState): void {
  const on = FACETS.flatMap((f) => state.filters[f].map((value) => valueLabel(f, value)));
  const order = state.sort === 'relevance' ? [] : [sortSelect.selectedOptions[0]?.textContent ?? state.sort];
  const all = [...on, ...order];
  activeFilters.textContent = all.length > 0 ? ` (${all.length} on: ${all.join(', ')})` : '';
}

/** Loads and shows the next page of results. */
async function showMore(token: number): Promise<void> {
  if (!current) return;
  const results = current;
  const data = await results.next(PAGE_SIZE);
  if (token !== generation) return;
  const q = list.dataset.searching ?? '';
  list.append(...data.map((d) => renderResult(d, q)));
  more.hidden = list.children.length >= results.total;
}

/**
 * Says which years the search covered and, while earlier ones are not searched yet, offers them: the next
 * earlier period, or every year.
 */
function showScope(state: SearchState, summary: ScopeSummary | undefined): void {
  if (!summary || summary.complete || !summary.next) {
    scope.hidden = true;
    return;
  }
  scopeText.textContent = `Searched ${summary.searched}. Earlier years (${summary.earlier}) are not searched yet.`;
  searchNext.textContent = `Search ${summary.next.label} too`;
  searchNext.dataset.since = sinceFor(summary.next);
  searchAll.dataset.since = summary.all;
  searchAll.hidden = summary.next === manifest?.periods.at(-1);
  scope.hidden = !isActive(state);
}

/** Every filter value's count element, with its facet. */
const countSpans = () =>
  FACETS.flatMap((facet) =>
    [...refine.querySelectorAll<HTMLElement>(`[data-facet="${facet}"] [data-count-for]`)].map((span) => ({
      facet,
      span,
    })),
  );
// The counts the page was built with are the whole archive's: right while nothing is searched.
for (const { span } of countSpans()) span.dataset.total = span.textContent?.trim() ?? '';

/**
 * Shows each filter's count for the current results: the archive's own with no search, none where the
 * current results have not been counted yet.
 */
function showCounts(counts: Record<Facet, Map<string, number>> | 'archive' | null, periods: ScopePeriod[] = []): void {
  // A year outside the periods searched has no count for these results: it was not searched.
  const searched = (year: string) => periods.some((p) => p.from.slice(0, 4) <= year && year <= p.to.slice(0, 4));
  for (const { facet, span } of countSpans()) {
    const value = span.dataset.countFor ?? '';
    if (counts === 'archive') span.textContent = span.dataset.total ?? '';
    else if (counts && facet === 'year' && !searched(value)) span.textContent = '(not searched)';
    else span.textContent = counts ? `(${counts[facet].get(value) ?? 0})` : '';
  }
  countNote.hidden = counts !== null;
}

let countsWanted = false;

/** The filter values the page offers. */
function offeredValues(): { facet: Facet; value: string }[] {
  return FACETS.flatMap((facet) => [...boxes(facet)].map((box) => ({ facet, value: box.value })));
}

/** Recounts the filters for a search, once the reader has turned to them. */
async function recount(search: ArchiveSearch, state: SearchState, token: number): Promise<void> {
  if (!countsWanted) return showCounts(null);
  const periods = periodsOf(state);
  const counts = await search.counts(
    state,
    periods.map((p) => p.id),
    offeredValues(),
  );
  if (token === generation) showCounts(counts, periods);
}

/**
 * Runs a search and renders it, unless a newer search has started meanwhile. Results already shown that
 * the search still finds (`keep`: when it is extended to earlier years) stay at the top, in their order.
 */
async function runSearch(state: SearchState, keep: readonly string[] = []): Promise<void> {
  const token = ++generation;
  summariseFilters(state);
  delete list.dataset.query;
  if (!isActive(state)) {
    current = undefined;
    showCounts('archive');
    list.replaceChildren();
    more.hidden = true;
    noResults.hidden = true;
    scope.hidden = true;
    status.textContent = '';
    return;
  }
  const search = await loadSearch(state);
  if (!search || token !== generation) return;
  const periods = periodsOf(state).map((p) => p.id);
  const results = await search.search(state, periods, keep);
  if (token !== generation) return;
  current = results;
  list.dataset.searching = state.q;
  list.replaceChildren();
  await showMore(token);
  if (token !== generation) return;
  const summary = summaryOf(state);
  status.textContent = describeResults(results.total, state, summary?.complete ? undefined : summary?.searched);
  noResults.hidden = results.total > 0;
  showScope(state, summary);
  list.dataset.query = state.q;
  await recount(search, state, token);
}

/** Extends the search to earlier periods, as far back as a button says, keeping the results shown in place. */
async function searchEarlier(button: HTMLButtonElement): Promise<void> {
  since = button.dataset.since ?? '';
  const state = readForm();
  const shown = list.children.length;
  recordInUrl(state, 'push');
  await runSearch(state, current?.ids.slice(0, shown) ?? []);
  // The reader's next result is the first new one; without one, the count says what changed.
  const first = list.children[shown]?.querySelector<HTMLAnchorElement>('h2 a');
  (first ?? status).focus({ preventScroll: !first });
}

/**
 * Counts the filters from now on. Counting waits until the reader turns to the filters: at ten
 * thousand statements Pagefind's filter index weighs more than everything else a first search needs.
 * Until then a search shows no counts rather than the whole archive's.
 */
async function wantCounts(): Promise<void> {
  if (countsWanted) return;
  countsWanted = true;
  const search = await loadSearch();
  const state = readForm();
  if (search && isActive(state)) await recount(search, state, generation);
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

input.addEventListener('focus', () => void loadSearch(), { once: true });
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
searchNext.addEventListener('click', () => void searchEarlier(searchNext));
searchAll.addEventListener('click', () => void searchEarlier(searchAll));
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
  refine.addEventListener(type, () => void wantCounts(), { once: true });

// The page says results need JavaScript until this script has started.
(document.getElementById('needs-js') as HTMLElement).hidden = true;

const initial = parseSearchParams(new URLSearchParams(window.location.search));
writeForm(initial);
recordInUrl(initial, 'replace');
if (isActive(initial)) void runSearch(initial);
else void loadSearch(initial);
