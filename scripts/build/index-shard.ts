/**
 * Indexes one search bundle (one period of one language) in a process of its
 * own: `node scripts/build/index-shard.ts <job.json>`. The build runs one per
 * bundle, outside Astro's process and one or two at a time, so no process ever
 * holds the site's pages and the search index of all of them at once.
 *
 * Pagefind reads each page's extract (src/lib/search-extract.ts): exactly what
 * it would index of the page, and what decides whether the bundle is rebuilt.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { filesBelow } from '../../src/lib/folders.ts';
import { usedFile, type PagefindEntry } from '../../src/lib/search-bundles.ts';
import { extractIndexed, indexedPage } from '../../src/lib/search-extract.ts';

/** What to index and where. */
export interface ShardJob {
  /** The built site. */
  outDir: string;
  /** The pages, relative to `outDir`. */
  files: string[];
  /** Where to write the bundle (emptied first). */
  output: string;
  /** Fragments are bundled into shared files above this many pages (static hosts' file limits). */
  maxFragments: number;
}

/** The URL Pagefind gives a page, as it would when indexing the folder: `statements/x/index.html` → `/statements/x/`. */
export function pageUrl(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** Writes one bundle; returns how many pages it holds. */
export async function indexShard(job: ShardJob): Promise<number> {
  rmSync(job.output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ maxFragments: job.maxFragments });
  if (errors.length > 0 || !index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const file of job.files) {
      const extract = extractIndexed(readFileSync(join(job.outDir, file), 'utf8'));
      if (extract.body === undefined) continue;
      const added = await index.addHTMLFile({ url: pageUrl(file), content: indexedPage(extract) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: job.output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(job.output, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.values(entry.languages);
  const wasm = languages[0]?.wasm ?? 'unknown';
  for (const file of filesBelow(job.output)) {
    const name = relative(job.output, file.path).split(sep).join('/');
    if (!usedFile(name, wasm)) rmSync(file.path);
  }
  return languages.reduce((sum, l) => sum + l.page_count, 0);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ShardJob;
  try {
    const pages = await indexShard(job);
    process.stdout.write(JSON.stringify({ pages }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
