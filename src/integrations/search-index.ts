/**
 * Builds the Pagefind search index when Astro has written the site, as
 * Starlight does, through Pagefind's Node API instead of its command line:
 * one process, no second walk of the output folder by a shell command, and an
 * indexing error fails `astro build` itself. `scripts/build.ts` still owns the
 * atomic swap: it points Astro at a temporary folder, so a failed index never
 * reaches `dist/`.
 *
 * Each language gets a bundle of its own (`pagefind/en/`, `pagefind/es/`),
 * indexed by that language's rules: a statement page's `<html lang>` is its
 * statement's language. The search page loads each bundle's own Pagefind and
 * WebAssembly, so each language's queries are stemmed by the rules its pages
 * were indexed by, and merges their answers into one list
 * (src/scripts/pagefind-search.ts). Pagefind's `mergeIndex(path, { language })`
 * searches a merged bundle with the first bundle's WebAssembly: checked on a
 * built index, an English instance merging the Spanish bundle finds neither
 * "acuerdo" nor "personas migrantes" in quotes, though the text has both. It
 * is the way to add more bundles of one language: period shards (issue 22).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, globSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
   * Fragments are bundled into shared files once a language has more pages than this, keeping a large
   * archive under static hosts' file limits (Cloudflare Pages: 20,000). A result then loads its
   * bundle, so the bundle must stay small: see the README's scaling model.
   */
  maxFragments: number;
}

/** One Pagefind bundle the search page searches: the statements in one language. */
export interface SearchBundle {
  /** Its folder, relative to the site's base, ending in a slash: `pagefind/es/`. */
  path: string;
  /** The language of its pages as their `<html lang>` gives it, e.g. `es`. */
  language: string;
  /** How many pages it holds. */
  pages: number;
}

/** What the search page is told about the index: which bundles to search, and a tag naming this build of them. */
export interface SearchManifest {
  /** A hash of every bundle's entry file: Pagefind asks for `pagefind-entry.json?ts=<tag>`, so it can be preloaded. */
  tag: string;
  /**
   * One Pagefind instance per language, loaded from its first bundle (its script and WebAssembly); further
   * bundles of the language (period shards) are merged into it.
   */
  indexes: { language: string; bundles: string[] }[];
}

/** What the index holds, for the build's closing line. */
export interface SearchIndexSummary {
  pages: number;
  files: number;
  bytes: number;
  bundles: SearchBundle[];
}

/** The folder of a language's bundle. */
export function bundlePath(language: string): string {
  return `pagefind/${language.toLowerCase()}/`;
}

/** The bundles for pages in these languages, largest first (then by tag), so the main language loads first. */
export function searchBundles(pagesByLanguage: Record<string, number>): SearchBundle[] {
  return Object.entries(pagesByLanguage)
    .filter(([, pages]) => pages > 0)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([language, pages]) => ({ path: bundlePath(language), language, pages }));
}

/** The language a page declares on its `<html>` element, read from its first bytes; `unknown` without one. */
export function htmlLanguage(head: string): string {
  const html = /<html\b[^>]*>/iu.exec(head)?.[0] ?? '';
  return /\slang\s*=\s*["']?([^"'\s>]+)/iu.exec(html)?.[1] ?? 'unknown';
}

/** Reads the first bytes of a file: enough for its doctype and `<html>` element. */
function headOf(file: string, bytes = 1024): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** How many of the pages to index are in each language. */
function pagesByLanguage(outDir: string, glob: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of globSync(glob, { cwd: outDir })) {
    const language = htmlLanguage(headOf(join(outDir, file)));
    counts[language] = (counts[language] ?? 0) + 1;
  }
  return counts;
}

/**
 * The files of a written bundle the search page uses: its script, its language's WebAssembly, its entry
 * and metadata, and its index, filter and fragment files. Pagefind also writes its own search interfaces,
 * a worker (this site runs Pagefind on the page, and its CSP allows no worker) and the WebAssembly of a
 * language without stemming.
 */
export function usedFile(name: string, wasm: string): boolean {
  if (/^(index|filter|fragment)\//u.test(name)) return true;
  if (name === 'pagefind-entry.json' || /^pagefind\.[^/]+\.pf_meta$/u.test(name)) return true;
  return name === 'pagefind.js' || name === `wasm.${wasm}.pagefind`;
}

/** A bundle's entry file, as Pagefind writes it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** Reads a written bundle's entry file. */
function readEntry(outDir: string, bundle: SearchBundle): PagefindEntry {
  return JSON.parse(readFileSync(join(outDir, bundle.path, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/** Writes one bundle: the pages in its language (all pages when there is one language). */
async function writeBundle(outDir: string, options: SearchIndexOptions, bundle: SearchBundle, only: boolean) {
  const { index, errors } = await pagefind.createIndex({
    maxFragments: options.maxFragments,
    // A page whose root element does not match contributes nothing, so each bundle holds one language.
    ...(only ? {} : { rootSelector: `html[lang="${bundle.language}"]` }),
  });
  if (errors.length > 0 || !index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: options.glob });
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, bundle.path) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** Indexes the statement pages of a built site into one bundle per language; throws with Pagefind's own errors. */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const planned = searchBundles(pagesByLanguage(outDir, options.glob));
  if (planned.length === 0) throw new Error(`Pagefind found no pages matching ${options.glob} to index.`);
  try {
    for (const bundle of planned) await writeBundle(outDir, options, bundle, planned.length === 1);
  } finally {
    await pagefind.close();
  }
  const bundles: SearchBundle[] = [];
  for (const bundle of planned) {
    const languages = Object.values(readEntry(outDir, bundle).languages);
    const pages = languages.reduce((sum, l) => sum + l.page_count, 0);
    // Pages of a language that have no `data-pagefind-body` (redirects) leave an empty bundle.
    if (pages === 0) rmSync(join(outDir, bundle.path), { recursive: true, force: true });
    else bundles.push({ ...bundle, pages });
  }
  if (bundles.length === 0) throw new Error(`Pagefind found no pages matching ${options.glob} to index.`);
  for (const bundle of bundles) {
    const wasm = Object.values(readEntry(outDir, bundle).languages)[0]?.wasm ?? 'unknown';
    for (const file of filesBelow(join(outDir, bundle.path))) {
      const name = relative(join(outDir, bundle.path), file.path).split(sep).join('/');
      if (!usedFile(name, wasm)) rmSync(file.path);
    }
  }
  const files = filesBelow(join(outDir, 'pagefind'));
  return {
    pages: bundles.reduce((sum, b) => sum + b.pages, 0),
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    bundles,
  };
}

/** The files a first search needs before it can run a query, named as this build wrote them. */
export function startupFiles(
  bundles: { path: string; entry: PagefindEntry }[],
  tag: string,
): { scripts: string[]; fetched: string[] } {
  const fetched = bundles.flatMap(({ path, entry }) => [
    `${path}pagefind-entry.json?ts=${tag}`,
    ...Object.values(entry.languages).flatMap((language) => [
      `${path}pagefind.${language.hash}.pf_meta`,
      `${path}wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ]),
  ]);
  return { scripts: bundles.map(({ path }) => `${path}pagefind.js`), fetched };
}

/** The `<link>` elements that let a page fetch Pagefind's startup files at once, in parallel with its own script. */
export function preloadLinks(files: ReturnType<typeof startupFiles>, base: string): string {
  return [
    ...files.scripts.map((script) => `<link rel="modulepreload" href="${base}${script}">`),
    // `crossorigin` makes these the same kind of request as Pagefind's own fetch(), so it reuses them.
    ...files.fetched.map((file) => `<link rel="preload" href="${base}${file}" as="fetch" crossorigin>`),
  ].join('');
}

/** The manifest as a JSON data block for the search page (data, not script: a strict CSP allows it). */
export function manifestElement(manifest: SearchManifest): string {
  const json = JSON.stringify(manifest).replace(/</gu, '\\u003c');
  return `<script type="application/json" id="search-index">${json}</script>`;
}

/** A tag that changes whenever any bundle's entry file does. */
export function manifestTag(entries: readonly string[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(entry);
  return hash.digest('hex').slice(0, 10);
}

/**
 * Tells the search page which bundles to search, and adds preloads of their startup files. Their
 * names carry hashes known only once the index is written, and without them a shared search link
 * waits for four requests in a row (page, script, Pagefind, index) before the index starts to
 * download: ~0.6 s on a slow phone network.
 */
function describeOnSearchPage(outDir: string, base: string, page: string, bundles: SearchBundle[]): void {
  const file = join(outDir, page);
  if (!existsSync(file)) return;
  const texts = bundles.map((b) => readFileSync(join(outDir, b.path, 'pagefind-entry.json'), 'utf8'));
  const tag = manifestTag(texts);
  const entries = bundles.map((b, i) => ({ path: b.path, entry: JSON.parse(texts[i]!) as PagefindEntry }));
  const manifest: SearchManifest = {
    tag,
    indexes: bundles.map(({ path, language }) => ({ language: language.toLowerCase(), bundles: [path] })),
  };
  const head = `${manifestElement(manifest)}${preloadLinks(startupFiles(entries, tag), base)}`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', `${head}</head>`));
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
        describeOnSearchPage(outDir, base, options.searchPage, summary.bundles);
        const languages = summary.bundles.map((b) => `${b.language} ${b.pages}`).join(', ');
        logger.info(
          `${summary.pages} statement pages (${languages}) indexed into ${summary.files} files (${(summary.bytes / 1024 ** 2).toFixed(1)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
