import { describe, expect, it } from 'vitest';
import {
  bundlePath,
  initialPeriods,
  manifestElement,
  manifestTag,
  planShards,
  preloadLinks,
  searchManifest,
  startupFiles,
  usedFile,
  type PagefindEntry,
} from '../../src/lib/search-bundles.ts';

const pages = [
  { file: 'statements/a/index.html', language: 'en', date: '2021-04-26' },
  { file: 'statements/b/index.html', language: 'en', date: '2021-09-99' },
  { file: 'statements/c/index.html', language: 'en', date: '2023-05-26' },
  { file: 'statements/d/index.html', language: 'es', date: '2024-06-12' },
  { file: 'statements/e/index.html', language: 'es', date: '2021-01-02' },
];

describe('one search bundle per period and language', () => {
  it('cuts the periods from every language’s dates, newest first, and gives each language a bundle where it has pages', () => {
    const { periods, shards } = planShards(pages, 3);
    expect(periods.map((p) => p.id)).toEqual(['2023-2024', '2021']);
    expect(shards.map((s) => [s.path, s.files])).toEqual([
      ['pagefind/en/2023-2024/', ['statements/c/index.html']],
      ['pagefind/en/2021/', ['statements/a/index.html', 'statements/b/index.html']],
      ['pagefind/es/2023-2024/', ['statements/d/index.html']],
      ['pagefind/es/2021/', ['statements/e/index.html']],
    ]);
    expect(bundlePath('es-GT', '2024')).toBe('pagefind/es-gt/2024/');
  });

  it('starts a search with the newest period, and the next ones while they hold fewer than half a period', () => {
    const { periods } = planShards(
      [
        ...Array.from({ length: 10 }, (_, i) => ({ file: `o${i}`, language: 'en', date: '2020-01-01' })),
        ...Array.from({ length: 10 }, (_, i) => ({ file: `m${i}`, language: 'en', date: '2021-01-01' })),
        { file: 'n', language: 'en', date: '2022-01-01' },
      ],
      10,
    );
    expect(initialPeriods(periods, 10).map((p) => p.id)).toEqual(['2022', '2021']);
    expect(initialPeriods(periods.slice(1), 10).map((p) => p.id)).toEqual(['2021']);
  });

  it.each([
    ['pagefind.js', true],
    ['wasm.es.pagefind', true],
    ['wasm.unknown.pagefind', false],
    ['pagefind-entry.json', true],
    ['pagefind.es_871efccaf1.pf_meta', true],
    ['index/es_5d7933c.pf_index', true],
    ['fragment/es_d7f6ab9.pf_fragment', true],
    ['filter/es_4f63519.pf_filter', true],
    ['pagefind-ui.js', false],
    ['pagefind-component-ui.css', false],
    ['pagefind-highlight.js', false],
    ['pagefind-worker.js', false],
  ])('keeps only the files the search page uses: %s → %s', (name, kept) => {
    expect(usedFile(name, 'es')).toBe(kept);
  });
});

describe('the search page’s description of the index and its preloads', () => {
  const { periods, shards } = planShards(pages, 3);
  const entries = new Map<string, PagefindEntry>([
    ['pagefind/en/2023-2024/', { languages: { en: { hash: 'en_new', wasm: 'en', page_count: 1 } } }],
    ['pagefind/en/2021/', { languages: { en: { hash: 'en_old', wasm: 'en', page_count: 2 } } }],
    ['pagefind/es/2023-2024/', { languages: { es: { hash: 'es_new', wasm: null, page_count: 1 } } }],
    ['pagefind/es/2021/', { languages: { es: { hash: 'es_old', wasm: null, page_count: 1 } } }],
  ]);
  const manifest = searchManifest(periods, periods.slice(0, 1), shards, ['a', 'b']);

  it('lists the periods, the initial ones and each language’s bundles', () => {
    expect(manifest.periods.map((p) => [p.id, p.label])).toEqual([
      ['2023-2024', '2023–2024'],
      ['2021', '2021'],
    ]);
    expect(manifest.initial).toEqual(['2023-2024']);
    expect(manifest.indexes).toEqual([
      {
        language: 'en',
        bundles: [
          { period: '2023-2024', path: 'pagefind/en/2023-2024/' },
          { period: '2021', path: 'pagefind/en/2021/' },
        ],
      },
      {
        language: 'es',
        bundles: [
          { period: '2023-2024', path: 'pagefind/es/2023-2024/' },
          { period: '2021', path: 'pagefind/es/2021/' },
        ],
      },
    ]);
  });

  it('preloads the script, WebAssembly, entry and metadata of each language’s initial bundles only', () => {
    expect(startupFiles(manifest, entries)).toEqual({
      scripts: ['pagefind/en/2023-2024/pagefind.js', 'pagefind/es/2023-2024/pagefind.js'],
      fetched: [
        `pagefind/en/2023-2024/pagefind-entry.json?ts=${manifest.tag}`,
        'pagefind/en/2023-2024/pagefind.en_new.pf_meta',
        'pagefind/en/2023-2024/wasm.en.pagefind',
        `pagefind/es/2023-2024/pagefind-entry.json?ts=${manifest.tag}`,
        'pagefind/es/2023-2024/pagefind.es_new.pf_meta',
        'pagefind/es/2023-2024/wasm.unknown.pagefind',
      ],
    });
    const both = { ...manifest, initial: ['2023-2024', '2021'] };
    expect(startupFiles(both, entries).scripts).toHaveLength(2);
    expect(startupFiles(both, entries).fetched).toContain('pagefind/en/2021/pagefind.en_old.pf_meta');
    expect(startupFiles(both, entries).fetched).not.toContain('pagefind/en/2021/wasm.en.pagefind');
  });

  it.each([
    ['/', '/pagefind/'],
    ['/archive/', '/archive/pagefind/'],
  ])('under the base path %s, links the files as fetches Pagefind reuses', (base, prefix) => {
    const html = preloadLinks(
      { scripts: ['pagefind/en/2021/pagefind.js'], fetched: ['pagefind/en/2021/x.pf_meta'] },
      base,
    );
    expect(html).toBe(
      `<link rel="modulepreload" href="${prefix}en/2021/pagefind.js">` +
        `<link rel="preload" href="${prefix}en/2021/x.pf_meta" as="fetch" crossorigin>`,
    );
  });

  it('tells the page which bundles to search as data, never markup', () => {
    const hostile = { ...manifest, tag: 'x</script>' };
    const html = manifestElement(hostile);
    expect(html).toMatch(/^<script type="application\/json" id="search-index">[^<]*<\/script>$/u);
    expect(JSON.parse(html.replace(/^<[^>]+>|<\/script>$/gu, ''))).toEqual(hostile);
  });

  it('tags the entries with a hash that changes with any of them', () => {
    expect(manifestTag(['a', 'b'])).toMatch(/^[0-9a-f]{10}$/u);
    expect(manifestTag(['a', 'b'])).not.toBe(manifestTag(['a', 'c']));
  });
});
