import { describe, expect, it } from 'vitest';
import { INDEX_ONLY_MARK } from '../../src/lib/search-text.ts';
import {
  arrangePassages,
  cleanQuery,
  decodeEntities,
  describeResults,
  emptyState,
  excerptSegments,
  facetCounts,
  facetTotals,
  facetValuesById,
  isActive,
  MAX_QUERY_LENGTH,
  morePassagesLabel,
  pagefindOptions,
  parseSearchParams,
  readResultDate,
  resultDateMeta,
  resultSortMeta,
  passageHits,
  searchFacets,
  toSearchParams,
  valueLabel,
  type PassageHit,
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
    const state = parseSearchParams(new URLSearchParams('q=Velo&year=2021&year=2023'));
    expect(pagefindOptions(state)).toEqual({ filters: { year: { any: ['2021', '2023'] } } });
  });

  it('lists a filter’s statements newest first when there are no words to rank them by', () => {
    expect(pagefindOptions(parseSearchParams(new URLSearchParams('year=2021'))).sort).toEqual({ date: 'desc' });
    expect(pagefindOptions(parseSearchParams(new URLSearchParams('q=Velo&year=2021'))).sort).toBeUndefined();
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

  it('lists the paragraph the query’s words are in and links to it with the reader’s query', () => {
    const hits = passageHits({ url: '/s/x/?pagefind-highlight=five', content, anchors }, 'five seven');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      id: 'p2',
      label: '¶ 2',
      name: 'Paragraph 2',
      url: '/s/x/?highlight=five+seven#p2',
      hits: 2,
      terms: 2,
      together: false,
    });
    expect(hits[0]!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['five', 'seven']);
  });

  it('lists every paragraph a phrase is in, not only the first Pagefind reports', () => {
    const text =
      'Title. Vice President Harris met the President. ' +
      'Then the Vice President spoke. ' +
      'Later Vice President Harris left, and Vice President Harris returned.';
    const list = text.split(' ');
    const hits = passageHits(
      {
        url: '/s/y/',
        content: text,
        anchors: [
          { element: 'div', id: 'p1', location: 1 },
          { element: 'div', id: 'p2', location: list.indexOf('Then') },
          { element: 'div', id: 'p3', location: list.indexOf('Later') },
        ],
      },
      '"Vice President Harris"',
    );
    expect(hits.map((h) => h.label)).toEqual(['¶ 1', '¶ 3']);
    expect(hits[1]!.segments.filter((s) => s.marked).map((s) => s.text)).toEqual([
      'Vice President Harris',
      'Vice President Harris',
    ]);
  });

  it('never lists a paragraph with nothing to mark: an initial is not the start of a word', () => {
    const text = 'Title. Those responsible were named. President Joseph R. Biden spoke.';
    const list = text.split(' ');
    const hits = passageHits(
      {
        url: '/s/z/',
        content: text,
        anchors: [
          { element: 'div', id: 'p1', location: 1 },
          { element: 'div', id: 'p2', location: list.indexOf('President') },
        ],
      },
      'Joseph R. Biden',
    );
    expect(hits.map((h) => [h.label, h.together])).toEqual([['¶ 2', true]]);
    for (const hit of hits) expect(hit.segments.some((s) => s.marked)).toBe(true);
  });

  it('never shows index-only forms, and marks the printed word they stand for', () => {
    const text = `Title. ${'x '.repeat(3)}partners announced US$4.2 billion. ${INDEX_ONLY_MARK} US 4.2 ${INDEX_ONLY_MARK} Next.`;
    const list = text.split(' ');
    const [hit] = passageHits(
      {
        url: '/s/y/',
        content: text,
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
    const [hit] = passageHits({ url: '/s/x/', content, anchors }, 'two');
    const text = hit!.segments.map((s) => s.text).join('');
    expect(text).toBe('One two three.');
  });

  it('lists passages in document order and leaves out words before the first anchor', () => {
    const hits = passageHits({ url: '/s/x/', content, anchors }, 'nine words one');
    expect(hits.map((h) => h.label)).toEqual(['¶ 1', 'Heading']);
  });

  it('lists nothing for a query of no words', () => {
    expect(passageHits({ url: '/s/x/', content, anchors }, '!!!')).toEqual([]);
  });
});

describe('a result’s passages, the strongest few shown', () => {
  const hit = (n: number, terms = 1, together = false): PassageHit => ({
    id: `p${n}`,
    label: `¶ ${n}`,
    name: `Paragraph ${n}`,
    url: `/s/#p${n}`,
    segments: [],
    hits: terms,
    terms,
    together,
  });

  it('shows up to one more than the limit rather than hiding one alone', () => {
    const hits = [1, 2, 3, 4].map((n) => hit(n));
    expect(arrangePassages(hits, 3)).toEqual({ shown: hits, more: [] });
  });

  it('shows the strongest in document order and keeps the rest, in order, behind a count', () => {
    const hits = [hit(1), hit(2, 2), hit(5), hit(6, 1, true), hit(8), hit(9, 2)];
    const { shown, more } = arrangePassages(hits, 3);
    expect(shown.map((h) => h.label)).toEqual(['¶ 2', '¶ 6', '¶ 9']);
    expect(more.map((h) => h.label)).toEqual(['¶ 1', '¶ 5', '¶ 8']);
    expect(morePassagesLabel(more)).toBe('and 3 more paragraphs');
    expect(morePassagesLabel(more.slice(0, 1))).toBe('and 1 more paragraph');
    expect(morePassagesLabel([{ ...hit(1), id: 'furniture' }, hit(2)])).toBe('and 2 more passages');
  });
});

describe('facets and counts', () => {
  it('indexes a statement under its issuer, year and language, with topics and people when known', () => {
    expect(searchFacets({ issuer: 'The White House', year: 2021, language: 'es' })).toEqual({
      issuer: ['The White House'],
      year: ['2021'],
      language: ['es'],
      topic: [],
      person: [],
      speaker: [],
    });
  });

  it('counts values across statements, years newest first', () => {
    const totals = facetTotals([
      searchFacets({ issuer: 'B', year: 2021, language: 'en' }),
      searchFacets({ issuer: 'A', year: 2023, language: 'es' }),
      searchFacets({ issuer: 'B', year: 2023, language: 'en' }),
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

  it.each([
    ['"Vice President Harris"', '2 statements match "Vice President Harris".'],
    ['“Vice President Harris”', '2 statements match “Vice President Harris”.'],
    ['"Harris" Giammattei', '2 statements match “"Harris" Giammattei”.'],
  ])('quotes the query %s once', (q, sentence) => {
    expect(describeResults(2, { ...emptyState(), q })).toBe(sentence);
  });

  it('announces filters, a language by its name', () => {
    const state = parseSearchParams(new URLSearchParams('year=2021&language=es'));
    expect(describeResults(1, state)).toBe('1 statement matches the filters (filtered by 2021, Spanish).');
    expect(valueLabel('language', 'en')).toBe('English');
    expect(valueLabel('issuer', 'es')).toBe('es');
  });

  describe('counts that describe the current results', () => {
    // Four statements; the query found a, b and c.
    const valuesOf = facetValuesById([
      { facet: 'issuer', value: 'WH', ids: ['a', 'b', 'd'] },
      { facet: 'issuer', value: 'AGN', ids: ['c'] },
      { facet: 'year', value: '2021', ids: ['a', 'c'] },
      { facet: 'year', value: '2023', ids: ['b', 'd'] },
    ]);
    const selected = (filters: string) => parseSearchParams(new URLSearchParams(filters)).filters;
    const counts = (filters: string) => {
      const all = facetCounts(['a', 'b', 'c'], selected(filters), valuesOf);
      return { issuer: Object.fromEntries(all.issuer), year: Object.fromEntries(all.year) };
    };

    it('counts the results, not the archive', () => {
      expect(counts('')).toEqual({ issuer: { WH: 2, AGN: 1 }, year: { '2021': 2, '2023': 1 } });
    });

    it('counts a group’s values as if none of them were ticked, and the other groups as they are', () => {
      expect(counts('issuer=AGN')).toEqual({ issuer: { WH: 2, AGN: 1 }, year: { '2021': 1 } });
      expect(counts('year=2023')).toEqual({ issuer: { WH: 1 }, year: { '2021': 2, '2023': 1 } });
    });
  });
});

describe('result card metadata, which Pagefind searches too', () => {
  it.each([
    [{ basis: 'source', value: '2021-04-26' }, '20210426g'],
    [{ basis: 'supplied', value: '2023-05-26' }, '20230526s'],
    [{ basis: 'supplied', value: '2023-05' }, '202305s'],
    [{ basis: 'source', value: '2024' }, '2024g'],
  ] as const)('writes the date %o as the one word %s, and reads it back', (date, word) => {
    expect(resultDateMeta(date)).toBe(word);
    expect(word).toMatch(/^\w+$/u);
    expect(readResultDate(word)).toEqual(date);
  });

  it('writes a sort key a query for the year never matches, ordered as the dates are', () => {
    expect(resultSortMeta('2023-05-26')).toBe('20230526');
    expect(resultSortMeta('2023')).toBe('20239999');
    expect(resultSortMeta('2023-05') > resultSortMeta('2023-05-26')).toBe(true);
    expect(readResultDate('Remarks')).toBeUndefined();
  });
});
