/**
 * Builds the Pagefind search index when Astro has written the site, as
 * Starlight does, through Pagefind's Node API instead of its command line:
 * one process, no second walk of the output folder by a shell command, and an
 * indexing error fails `astro build` itself. `scripts/build.ts` still owns the
 * atomic swap: it points Astro at a temporary folder, so a failed index never
 * reaches `dist/`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { filesBelow } from '../lib/folders.ts';

/** How the index is built; every value here shapes what readers download. */
export interface SearchIndexOptions {
  /** The pages to index, relative to the output folder; only statement pages carry `data-pagefind-body`. */
  glob: string;
  /** The search page, relative to the output folder, which gets preloads of the index's startup files. */
  searchPage: string;
  /**
   * Fragments are bundled into shared files once there are more pages than this, keeping a large
   * archive under static hosts' file limits (Cloudflare Pages: 20,000). A result then loads its
   * bundle, so the bundle must stay small: see the README's scaling model.
   */
  maxFragments: number;
}

/** What the index holds, for the build's closing line. */
export interface SearchIndexSummary {
  pages: number;
  files: number;
  bytes: number;
}

/** Indexes the statement pages of a built site into `<outDir>/pagefind/`; throws with Pagefind's own errors. */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: options.maxFragments });
  if (errors.length > 0 || !index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: options.glob });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages matching ${options.glob} to index.`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const files = filesBelow(join(outDir, 'pagefind'));
    return { pages: added.page_count, files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  } finally {
    await pagefind.close();
  }
}

/** The files a first search needs before it can run a query, named as this build wrote them. */
export function startupFiles(entry: { languages: Record<string, { hash: string; wasm?: string | null }> }): {
  script: string;
  fetched: string[];
} {
  const fetched = Object.values(entry.languages).flatMap((language) => [
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
  ]);
  return { script: 'pagefind/pagefind.js', fetched };
}

/** The `<link>` elements that let a page fetch Pagefind's startup files at once, in parallel with its own script. */
export function preloadLinks(files: ReturnType<typeof startupFiles>, base: string): string {
  return [
    `<link rel="modulepreload" href="${base}${files.script}">`,
    // `crossorigin` makes these the same kind of request as Pagefind's own fetch(), so it reuses them.
    ...files.fetched.map((file) => `<link rel="preload" href="${base}${file}" as="fetch" crossorigin>`),
  ].join('');
}

/**
 * Adds preloads of Pagefind's startup files to the search page. Their names carry hashes known only
 * once the index is written, and without them a shared search link waits for four requests in a row
 * (page, script, Pagefind, index) before the index starts to download: ~0.6 s on a slow phone network.
 */
function preloadOnSearchPage(outDir: string, base: string, page: string): void {
  const file = join(outDir, page);
  const entryFile = join(outDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(file) || !existsSync(entryFile)) return;
  const html = readFileSync(file, 'utf8');
  const links = preloadLinks(startupFiles(JSON.parse(readFileSync(entryFile, 'utf8'))), base);
  writeFileSync(file, html.replace('</head>', `${links}</head>`));
}

/** The Astro integration: the search index is part of every `astro build`. */
export default function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'statements-archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const summary = await writeSearchIndex(outDir, options);
        preloadOnSearchPage(outDir, base, options.searchPage);
        logger.info(
          `${summary.pages} statement pages indexed into ${summary.files} files (${(summary.bytes / 1024 ** 2).toFixed(1)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
