import { describe, expect, it } from 'vitest';
import { extractIndexed, htmlLanguage, indexedPage } from '../../src/lib/search-extract.ts';

/** A statement page as the site builds it, cut down to the parts that matter here. */
const page = (related: string, text = 'The text.') =>
  `<!DOCTYPE html><html lang="es" class="x"><head><title>T</title><script type="application/ld+json">{"a":"<article data-pagefind-body>"}</script></head>` +
  `<body><header>Site</header><article class="statement" lang="en" data-pagefind-body>` +
  `<div hidden data-pagefind-sort="date:2024-06-12"><span data-pagefind-filter="year:2024"></span></div>` +
  `<h1 lang="es">Título</h1><div class="record-line ui" data-pagefind-ignore>Issued by <b>X</b> <br> 3 paragraphs</div>` +
  `<div id="p1"><a class="pnum" data-pagefind-ignore="all" href="#p1">¶ 1</a><p>${text}</p><img src="a.png" alt=""></div>` +
  `<section data-pagefind-ignore><h2>Related</h2><ol><li><a href="/s/">${related}</a></li></ol><section><p>x</p></section></section>` +
  `<!-- <section data-pagefind-ignore> --><p>After.</p></article><footer>Footer</footer></body></html>`;

describe('what Pagefind indexes of a page', () => {
  it('keeps the body’s words, filters and anchors, and drops what it ignores', () => {
    const extract = extractIndexed(page('An earlier statement'));
    expect(extract.language).toBe('es');
    expect(extract.date).toBe('2024-06-12');
    expect(extract.body).toBe(
      `<article class="statement" lang="en" data-pagefind-body>` +
        `<div hidden data-pagefind-sort="date:2024-06-12"><span data-pagefind-filter="year:2024"></span></div>` +
        `<h1 lang="es">Título</h1>` +
        `<div id="p1"><p>The text.</p><img src="a.png" alt=""></div>` +
        `<!-- <section data-pagefind-ignore> --><p>After.</p></article>`,
    );
  });

  it('is the same when only ignored parts change, and differs when the text does', () => {
    expect(extractIndexed(page('A retitled statement'))).toEqual(extractIndexed(page('An earlier statement')));
    expect(extractIndexed(page('x', 'Other text.')).body).not.toBe(extractIndexed(page('x')).body);
  });

  it('has no body for a page without one (a redirect)', () => {
    expect(extractIndexed('<html lang="en"><head><meta http-equiv="refresh"></head><body></body></html>')).toEqual({
      language: 'en',
      date: undefined,
      body: undefined,
    });
  });

  it('makes a page of the extract alone, in the page’s language', () => {
    const html = indexedPage(extractIndexed(page('x')));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es"><head><\/head><body><article /u);
    expect(extractIndexed(html)).toEqual(extractIndexed(page('x')));
  });

  it.each([
    ['<!DOCTYPE html><html lang="es" class="x"><head>', 'es'],
    ["<!doctype html>\n<html class='x' lang='es-GT'>", 'es-GT'],
    ['<!doctype html><html><head lang="fr">', 'unknown'],
    ['', 'unknown'],
  ])('reads a page’s language from its <html> element: %j → %s', (head, language) => {
    expect(htmlLanguage(head)).toBe(language);
  });
});
