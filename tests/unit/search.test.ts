import { describe, expect, it } from 'vitest';
import { INDEX_ONLY_MARK } from '../../src/lib/search-text.ts';
import {
  cleanQuery,
  decodeEntities,
  describeResults,
  emptyState,
  excerptSegments,
  facetTotals,
  isActive,
  MAX_QUERY_LENGTH,
  pagefindOptions,
  parseSearchParams,
  passageHits,
  searchFacets,
  toSearchParams,
} from '../../src/lib/search.ts';

describe('search state in the URL', () => {
  it('reads a query, repeated filters and an order', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=border+security&issuer=The+White+House&year=2021&year=2023&sort=newest'),
    );
    expect(state.q).toBe('border security');
    expect(state.filters.issuer).toEqual(['The White House']);
    expect(state.filters.year).toEqual(['2021', '2023']);
    expect(state.sort).toBe('newest');
  });

  it('ignores unknown parameters and orders', () => {
    const state = parseSearchParams(new URLSearchParams('q=x&colour=red&sort=random'));
    expect(state).toEqual({ ...emptyState(), q: 'x' });
  });

  it('round-trips through URL parameters, leaving out defaults', () => {
    const state = parseSearchParams(new URLSearchParams('q=Giammattei&topic=Elections&sort=oldest'));
    expect(toSearchParams(state).toString()).toBe('q=Giammattei&topic=Elections&sort=oldest');
    expect(toSearchParams(emptyState()).toString()).toBe('');
  });

  it.each([
    ['  spaced \n out  ', 'spaced out'],
    ['x'.repeat(1000), 'x'.repeat(MAX_QUERY_LENGTH)],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['Guatemala’s', 'Guatemala’s'],
  ])('cleans the query %j without altering its characters', (raw, clean) => {
    expect(cleanQuery(raw)).toBe(clean);
  });

  it('knows when there is anything to search for', () => {
    expect(isActive(emptyState())).toBe(false);
    expect(isActive({ ...emptyState(), q: 'x' })).toBe(true);
    expect(isActive(parseSearchParams(new URLSearchParams('year=2021')))).toBe(true);
  });
});

describe('pagefindOptions', () => {
  it('passes only active filters, any value within a facet', () => {
    const state = parseSearchParams(new URLSearchParams('year=2021&year=2023'));
    expect(pagefindOptions(state)).toEqual({ filters: { year: { any: ['2021', '2023'] } } });
  });

  it.each([
    ['newest', 'desc'],
    ['oldest', 'asc'],
  ])('sorts %s first by date %s', (sort, direction) => {
    expect(pagefindOptions(parseSearchParams(new URLSearchParams(`sort=${sort}`))).sort).toEqual({ date: direction });
  });
});

describe('excerpts', () => {
  it('splits Pagefind’s excerpt into plain and marked runs, decoding entities', () => {
    expect(excerptSegments('an additional $<mark>310</mark> <mark>million</mark> &amp; more')).toEqual([
      { text: 'an additional $', marked: false },
      { text: '310', marked: true },
      { text: ' ', marked: false },
      { text: 'million', marked: true },
      { text: ' & more', marked: false },
    ]);
  });

  it('turns escaped markup into text, never into tags', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt;');
    expect(segments).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
  });

  it.each([
    ['&#8217;', '’'],
    ['&#x201C;', '“'],
    ['&quot;&apos;&nbsp;', '"\'\u00a0'],
    ['&unknown;', '&unknown;'],
  ])('decodes %s', (encoded, decoded) => {
    expect(decodeEntities(encoded)).toBe(decoded);
  });
});

describe('passageHits', () => {
  const content = 'Title words here. One two three. Four five six seven. Eight nine.';
  const words = content.split(' ');
  const at = (w: string) => words.findIndex((word) => word.replace(/\W/gu, '') === w);
  const anchors = [
    { element: 'div', id: 'p1', text: 'Paragraph 1', location: at('One') },
    { element: 'div', id: 'p2', text: 'Paragraph 2', location: at('Four') },
    { element: 'h3', id: 's-heading', text: 'Heading', location: at('Eight') },
  ];

  it('groups hits by the paragraph they fall in and links to it with the reader’s query', () => {
    const hits = passageHits(
      { url: '/s/x/?pagefind-highlight=five', content, locations: [at('five'), at('seven')], anchors },
      'five seven',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      id: 'p2',
      label: '¶ 2',
      name: 'Paragraph 2',
      url: '/s/x/?highlight=five+seven#p2',
      hits: 2,
    });
    expect(hits[0]!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['five', 'seven']);
  });

  it('never shows index-only forms, and marks the printed word they stand for', () => {
    const text = `Title. ${'x '.repeat(3)}partners announced US$4.2 billion. ${INDEX_ONLY_MARK} US 4.2 ${INDEX_ONLY_MARK} Next.`;
    const list = text.split(' ');
    const [hit] = passageHits(
      {
        url: '/s/y/',
        content: text,
        locations: [list.indexOf('4.2'), list.indexOf('billion.')],
        anchors: [
          { element: 'div', id: 'p1', location: 1 },
          { element: 'div', id: 'p2', location: list.indexOf('Next.') },
        ],
      },
      '$4.2 billion',
    );
    expect(hit!.segments.map((s) => s.text).join('')).toBe('x x x partners announced US$4.2 billion.');
    expect(hit!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['US$4.2 billion']);
    expect(hit!.url).toBe('/s/y/?highlight=%244.2+billion#p1');
  });

  it('keeps each excerpt inside its own paragraph', () => {
    const [hit] = passageHits({ url: '/s/x/', content, locations: [at('two')], anchors });
    const text = hit!.segments.map((s) => s.text).join('');
    expect(text).toBe('One two three.');
  });

  it('lists several paragraphs in document order and skips hits before the first anchor', () => {
    const hits = passageHits({ url: '/s/x/', content, locations: [at('nine'), at('words'), at('One')], anchors });
    expect(hits.map((h) => h.label)).toEqual(['¶ 1', 'Heading']);
  });
});

describe('facets and counts', () => {
  it('indexes a statement under its issuer and year, with topics and people when known', () => {
    expect(searchFacets({ issuer: 'The White House', year: 2021 })).toEqual({
      issuer: ['The White House'],
      year: ['2021'],
      topic: [],
      person: [],
      speaker: [],
    });
  });

  it('counts values across statements, years newest first', () => {
    const totals = facetTotals([
      searchFacets({ issuer: 'B', year: 2021 }),
      searchFacets({ issuer: 'A', year: 2023 }),
      searchFacets({ issuer: 'B', year: 2023 }),
    ]);
    expect(totals.issuer).toEqual([
      { value: 'A', count: 1 },
      { value: 'B', count: 2 },
    ]);
    expect(totals.year.map((y) => y.value)).toEqual(['2023', '2021']);
  });

  it.each([
    [0, 'No statements match “x”.'],
    [1, '1 statement matches “x”.'],
    [2, '2 statements match “x”.'],
  ])('announces %i results', (count, sentence) => {
    expect(describeResults(count, { ...emptyState(), q: 'x' })).toBe(sentence);
  });

  it('announces filters', () => {
    const state = parseSearchParams(new URLSearchParams('year=2021'));
    expect(describeResults(1, state)).toBe('1 statement matches the filters (filtered by 2021).');
  });
});
