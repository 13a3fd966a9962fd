/**
 * Loads the statement transcriptions into their content collection: the
 * front matter as the entry's data and the file's path; `src/data/statements.ts`
 * reads the body from the file. Unlike `glob()`, it neither renders the
 * Markdown (statement bodies are never shown through a Markdown renderer, see
 * `src/lib/blocks.ts`) nor copies bodies into the data store, which Astro
 * bundles as one JavaScript module: at ten thousand statements, rendering and
 * compiling them cost the build about twenty seconds and a gigabyte of memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CHECKED_FRONT_MATTER, readStatementFile, type CheckedFrontMatter } from '../lib/statement-file.ts';

/**
 * A file's front matter: as the content check read it in this process when the
 * text is unchanged (each is taken once, then freed), else read now.
 */
function frontMatterOf(path: string, raw: string, name: string): Record<string, unknown> {
  const checked = (globalThis as Record<symbol, CheckedFrontMatter | undefined>)[CHECKED_FRONT_MATTER];
  const known = checked?.get(path);
  checked?.delete(path);
  if (known && known.raw === raw) return known.data;
  // Unreadable front matter reaches the schema as no fields; the content check has named the problem.
  return readStatementFile(raw, name).data ?? {};
}

/** A loader for every `.md` file below `base`, keyed by the `slug` in its front matter. */
export function statementFiles(options: { base: string }): Loader {
  return {
    name: 'statement-files',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const loadAll = async () => {
        store.clear();
        const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));
        for (const name of names.sort()) {
          const path = join(base, name);
          const raw = readFileSync(path, 'utf8');
          const data = frontMatterOf(path, raw, name);
          const id = typeof data.slug === 'string' ? data.slug : name.replace(/\.md$/u, '');
          const filePath = relative(root, path);
          store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest: generateDigest(raw) });
        }
      };
      await loadAll();
      // In `astro dev`, reload when a transcription changes, as glob() would.
      watcher?.add(base);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith('.md')) void loadAll();
      });
    },
  };
}
