import { describe, expect, it } from 'vitest';
import { preloadLinks, startupFiles } from '../../src/integrations/search-index.ts';

describe('the search page’s preloads', () => {
  const entry = { languages: { en: { hash: 'en_47fb2f14f8', wasm: 'en' } } };

  it('names the metadata and WebAssembly this build wrote', () => {
    expect(startupFiles(entry)).toEqual({
      script: 'pagefind/pagefind.js',
      fetched: ['pagefind/pagefind.en_47fb2f14f8.pf_meta', 'pagefind/wasm.en.pagefind'],
    });
  });

  it('falls back to the language-neutral WebAssembly when the index names none', () => {
    expect(startupFiles({ languages: { en: { hash: 'en_1', wasm: null } } }).fetched).toContain(
      'pagefind/wasm.unknown.pagefind',
    );
  });

  it.each([
    ['/', '/pagefind/'],
    ['/archive/', '/archive/pagefind/'],
  ])('under the base path %s, links the files as fetches Pagefind reuses', (base, prefix) => {
    const html = preloadLinks(startupFiles(entry), base);
    expect(html).toBe(
      `<link rel="modulepreload" href="${prefix}pagefind.js">` +
        `<link rel="preload" href="${prefix}pagefind.en_47fb2f14f8.pf_meta" as="fetch" crossorigin>` +
        `<link rel="preload" href="${prefix}wasm.en.pagefind" as="fetch" crossorigin>`,
    );
  });
});
