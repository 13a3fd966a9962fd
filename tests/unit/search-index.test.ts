import { describe, expect, it } from 'vitest';
import {
  bundlePath,
  htmlLanguage,
  manifestElement,
  manifestTag,
  preloadLinks,
  searchBundles,
  startupFiles,
  usedFile,
  type PagefindEntry,
} from '../../src/integrations/search-index.ts';

describe('one search bundle per language', () => {
  it('orders the bundles by how many pages they hold, then by language', () => {
    expect(searchBundles({ es: 1, en: 3, fr: 1, unknown: 0 })).toEqual([
      { path: 'pagefind/en/', language: 'en', pages: 3 },
      { path: 'pagefind/es/', language: 'es', pages: 1 },
      { path: 'pagefind/fr/', language: 'fr', pages: 1 },
    ]);
    expect(bundlePath('es-GT')).toBe('pagefind/es-gt/');
  });

  it.each([
    ['<!DOCTYPE html><html lang="es" class="x"><head>', 'es'],
    ["<!doctype html>\n<html class='x' lang='es-GT'>", 'es-GT'],
    ['<!doctype html><html><head lang="fr">', 'unknown'],
    ['', 'unknown'],
  ])('reads a page’s language from its <html> element: %j → %s', (head, language) => {
    expect(htmlLanguage(head)).toBe(language);
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
  const bundles: { path: string; entry: PagefindEntry }[] = [
    { path: 'pagefind/en/', entry: { languages: { en: { hash: 'en_47fb2f14f8', wasm: 'en', page_count: 3 } } } },
    { path: 'pagefind/es/', entry: { languages: { es: { hash: 'es_1', wasm: null, page_count: 1 } } } },
  ];

  it('names every bundle’s script, entry, metadata and WebAssembly as this build wrote them', () => {
    expect(startupFiles(bundles, 'abc')).toEqual({
      scripts: ['pagefind/en/pagefind.js', 'pagefind/es/pagefind.js'],
      fetched: [
        'pagefind/en/pagefind-entry.json?ts=abc',
        'pagefind/en/pagefind.en_47fb2f14f8.pf_meta',
        'pagefind/en/wasm.en.pagefind',
        'pagefind/es/pagefind-entry.json?ts=abc',
        'pagefind/es/pagefind.es_1.pf_meta',
        'pagefind/es/wasm.unknown.pagefind',
      ],
    });
  });

  it.each([
    ['/', '/pagefind/'],
    ['/archive/', '/archive/pagefind/'],
  ])('under the base path %s, links the files as fetches Pagefind reuses', (base, prefix) => {
    const html = preloadLinks(startupFiles(bundles.slice(0, 1), 't'), base);
    expect(html).toBe(
      `<link rel="modulepreload" href="${prefix}en/pagefind.js">` +
        `<link rel="preload" href="${prefix}en/pagefind-entry.json?ts=t" as="fetch" crossorigin>` +
        `<link rel="preload" href="${prefix}en/pagefind.en_47fb2f14f8.pf_meta" as="fetch" crossorigin>` +
        `<link rel="preload" href="${prefix}en/wasm.en.pagefind" as="fetch" crossorigin>`,
    );
  });

  it('tells the page which bundles to search as data, never markup', () => {
    const manifest = { tag: 'x</script>', indexes: [{ language: 'es', bundles: ['pagefind/es/'] }] };
    const html = manifestElement(manifest);
    expect(html).toMatch(/^<script type="application\/json" id="search-index">[^<]*<\/script>$/u);
    expect(JSON.parse(html.replace(/^<[^>]+>|<\/script>$/gu, ''))).toEqual(manifest);
  });

  it('tags the entries with a hash that changes with any of them', () => {
    expect(manifestTag(['a', 'b'])).toMatch(/^[0-9a-f]{10}$/u);
    expect(manifestTag(['a', 'b'])).not.toBe(manifestTag(['a', 'c']));
  });
});
