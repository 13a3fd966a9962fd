// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { basePath, contentDir, siteUrl } from './src/lib/config.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir: process.env.OUT_DIR || './dist',
  // The benchmark gives each run its own cache folder, so a cold build is really cold.
  ...(process.env.CACHE_DIR ? { cacheDir: `${process.env.CACHE_DIR}/astro` } : {}),
  build: {
    format: 'directory',
    // External stylesheets: cacheable across pages, and allowed by a strict CSP.
    inlineStylesheets: 'never',
  },
  // A class per scoped element instead of a `data-astro-cid-…="true"` attribute: the attribute form
  // cost ~10 KB of every statement page, a sixth of the archive's output at 10,000 statements.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts into pages: external files are cacheable and allowed by a CSP without 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [contentCheck({ contentDir }), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
});
