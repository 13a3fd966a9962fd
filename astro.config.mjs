// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { basePath, buildPart, cacheDir, contentDir, siteUrl } from './src/lib/config.ts';
import { sitemapOf } from './src/lib/build-parts.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's own caches, the incremental build's pages among them, live with the archive's build caches
  // (CACHE_DIR, `.cache` by default), which the deploy workflow keeps between runs; the benchmark gives
  // each run its own, so a cold build is really cold.
  cacheDir: `${cacheDir}/astro`,
  experimental: {
    // Pages whose getStaticPaths entry returns a cacheKey (src/lib/pages/cache-keys.ts) are copied from
    // the cache when the key and their code are unchanged, instead of rendered again.
    incrementalBuild: true,
  },
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
  integrations: [
    contentCheck({ contentDir }),
    mdx(),
    // Each part of a build in parts lists its own pages under its own name; the merge indexes them all.
    sitemap(sitemapOf(buildPart)),
  ],
});
