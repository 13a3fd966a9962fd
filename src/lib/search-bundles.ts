/**
 * The search index in bundles: one Pagefind bundle per period and language
 * (`pagefind/en/2019-2021/`), and what the search page is told about them.
 * Pure functions: `scripts/build/search-index.ts` writes the bundles, the
 * search page reads the manifest (src/scripts/pagefind-search.ts).
 *
 * Languages are never merged into one Pagefind instance: a merged bundle is
 * searched with the first bundle's WebAssembly, whose stemmer misses the other
 * language's words. The periods of one language are merged (`mergeIndex`), each
 * marked with a `period` filter, so the page can search any set of them with
 * one Pagefind script and WebAssembly per language.
 */
import { createHash } from 'node:crypto';
import { cutPeriods, periodOf, type Period } from './periods.ts';

/** A statement page to index, as its extract gives it. */
export interface IndexedPage {
  /** Its file, relative to the output folder: `statements/x/index.html`. */
  file: string;
  /** The page's language, from `<html lang>`. */
  language: string;
  /** Its sort date: an ISO date of any precision or its sort key. */
  date: string;
}

/** One bundle: the pages of one language in one period. */
export interface ShardPlan {
  language: string;
  period: Period;
  /** Its folder, relative to the site's base, ending in a slash: `pagefind/en/2019-2021/`. */
  path: string;
  /** The pages it indexes, by file, sorted. */
  files: string[];
}

/** The folder of a language's bundle for a period. */
export function bundlePath(language: string, period: string): string {
  return `pagefind/${language.toLowerCase()}/${period}/`;
}

/**
 * Plans the bundles for the pages to index: the periods cut from all their dates (every language
 * shares them, so "2019–2021" means the same years in each), newest first, then one bundle per
 * language that has pages in each period, languages with the most pages first.
 */
export function planShards(
  pages: readonly IndexedPage[],
  maxPerPeriod: number,
  /** The periods already cut for the whole archive (a build part indexes some of them), oldest first. */
  cut?: readonly Period[],
): { periods: Period[]; shards: ShardPlan[] } {
  const oldestFirst =
    cut ??
    cutPeriods(
      pages.map((p) => p.date),
      maxPerPeriod,
    );
  const byLanguage = new Map<string, number>();
  for (const page of pages) byLanguage.set(page.language, (byLanguage.get(page.language) ?? 0) + 1);
  const languages = [...byLanguage].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([l]) => l);
  const files = new Map<string, string[]>();
  for (const page of pages) {
    const period = periodOf(oldestFirst, page.date);
    if (!period) throw new Error(`${page.file} is dated ${page.date}, outside every period of the plan.`);
    const key = `${page.language}\0${period.id}`;
    const list = files.get(key) ?? [];
    list.push(page.file);
    files.set(key, list);
  }
  const periods = [...oldestFirst].reverse();
  const shards = languages.flatMap((language) =>
    periods.flatMap((period) => {
      const list = files.get(`${language}\0${period.id}`);
      return list ? [{ language, period, path: bundlePath(language, period.id), files: list.sort() }] : [];
    }),
  );
  return { periods, shards };
}

/**
 * The periods a search starts with: the newest, and the next ones while together they hold fewer than
 * half a period's worth of statements, so a first search never covers only a handful of statements
 * because a new period has just begun.
 */
export function initialPeriods(newestFirst: readonly Period[], maxPerPeriod: number): Period[] {
  const chosen: Period[] = [];
  let held = 0;
  for (const period of newestFirst) {
    if (chosen.length > 0 && held >= maxPerPeriod / 2) break;
    chosen.push(period);
    held += period.statements;
  }
  return chosen;
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

/** What the search page is told about the index: its periods, which bundles to search, and a tag naming this build of them. */
export interface SearchManifest {
  /** A hash of every bundle's entry file: Pagefind asks for `pagefind-entry.json?ts=<tag>`, so it can be preloaded. */
  tag: string;
  /** The periods, newest first. */
  periods: Pick<Period, 'id' | 'label' | 'from' | 'to' | 'statements'>[];
  /** The periods a search starts with (see `initialPeriods`). */
  initial: string[];
  /**
   * One Pagefind instance per language, loaded from the first of its bundles a search needs (its script
   * and WebAssembly); the others that search needs are merged into it. Bundles newest first.
   */
  indexes: { language: string; bundles: { period: string; path: string }[] }[];
}

/** The manifest of a written index. */
export function searchManifest(
  periods: readonly Period[],
  initial: readonly Period[],
  shards: readonly Pick<ShardPlan, 'language' | 'period' | 'path'>[],
  entries: readonly string[],
): SearchManifest {
  const languages = [...new Set(shards.map((s) => s.language))];
  return {
    tag: manifestTag(entries),
    periods: periods.map(({ id, label, from, to, statements }) => ({ id, label, from, to, statements })),
    initial: initial.map((p) => p.id),
    indexes: languages.map((language) => ({
      language: language.toLowerCase(),
      bundles: shards.filter((s) => s.language === language).map((s) => ({ period: s.period.id, path: s.path })),
    })),
  };
}

/**
 * The files a first search needs before it can run a query, named as this build wrote them: for each
 * language, the script and WebAssembly of its newest bundle among the initial periods, and the entry and
 * metadata of each of its bundles in them.
 */
export function startupFiles(
  manifest: SearchManifest,
  entries: ReadonlyMap<string, PagefindEntry>,
): { scripts: string[]; fetched: string[] } {
  const scripts: string[] = [];
  const fetched: string[] = [];
  for (const { bundles } of manifest.indexes) {
    const startWith = bundles.filter((b) => manifest.initial.includes(b.period));
    startWith.forEach(({ path }, i) => {
      const languages = Object.values(entries.get(path)?.languages ?? {});
      if (i === 0) scripts.push(`${path}pagefind.js`);
      fetched.push(`${path}pagefind-entry.json?ts=${manifest.tag}`);
      for (const language of languages) {
        fetched.push(`${path}pagefind.${language.hash}.pf_meta`);
        if (i === 0) fetched.push(`${path}wasm.${language.wasm ?? 'unknown'}.pagefind`);
      }
    });
  }
  return { scripts, fetched };
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
