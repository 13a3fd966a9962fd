/** What the browser tests need to know about the built site and its content, read from disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseBody, paragraphsOf } from '../../src/lib/blocks.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';

const root = join(import.meta.dirname, '../..');
export const DIST = join(root, process.env.OUT_DIR || 'dist');
export const CONTENT = join(root, 'content');

/** A statement as the tests see it: its slug, title, source copy and paragraph count. */
export interface StatementFixture {
  /** File name in content/statements. */
  file: string;
  slug: string;
  title: string;
  sourceCopy: string;
  dateText: string;
  paragraphs: number;
}

/** The statements in the content folder. */
export function statements(): StatementFixture[] {
  const dir = join(CONTENT, 'statements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = readStatementFile(readFileSync(join(dir, f), 'utf8'), f);
      const data = file.data as Record<string, any>;
      return {
        file: f,
        slug: data.slug,
        title: data.title,
        sourceCopy: data.source.copy,
        dateText: data.date.value,
        paragraphs: paragraphsOf(parseBody(file.body)).length,
      };
    });
}

/** Reads a verbatim source copy. */
export function sourceCopy(name: string): string {
  return readFileSync(join(CONTENT, 'sources', name), 'utf8');
}

/** Every HTML page in the build as a URL relative to the site base, excluding Pagefind's files. */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => relative('.', f).split(sep).join('/'))
    .map((f) => (f === 'index.html' ? '' : f.replace(/(^|\/)index\.html$/u, '$1')))
    .sort();
}

/** True when a built page is only a redirect left behind by a renamed slug. */
export function isRedirectPage(page: string): boolean {
  const file = join(DIST, page.endsWith('.html') ? page : `${page}index.html`);
  return /<meta http-equiv="refresh"/u.test(readFileSync(file, 'utf8'));
}
