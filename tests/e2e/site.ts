/**
 * What the browser tests need to know about the built site and its content,
 * read from disk: the content folder the site was built from (`CONTENT_DIR`,
 * as for the build), so every expectation follows whatever statements exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../../src/integrations/content-check.ts';
import { parseBody, paragraphsOf } from '../../src/lib/blocks.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import type { ArchiveData, ArchiveIndex } from '../../src/lib/crosslinks.ts';
import { displayTitle, sortNewestFirst } from '../../src/lib/statement.ts';
import { statementSchema, type StatementData } from '../../src/lib/schema.ts';
import type { CheckedStatement } from '../../src/lib/validate.ts';

/** The project folder; content file names are relative to it. */
export const ROOT = join(import.meta.dirname, '../..');
const root = ROOT;
export const DIST = resolve(root, process.env.OUT_DIR || 'dist');
export const CONTENT = resolve(root, process.env.CONTENT_DIR || 'content');

/** A statement as the tests see it: its slug, title, source copy and paragraph count. */
export interface StatementFixture {
  /** File name in content/statements. */
  file: string;
  slug: string;
  title: string;
  sourceCopy: string;
  dateText: string;
  paragraphs: number;
  /** True once the editors have reviewed it (`npm run review`): its URLs are then permanent. */
  reviewed: boolean;
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
        // As readers see it: a title the editors supplied is in square brackets.
        title: displayTitle(statementSchema.parse(data)),
        sourceCopy: data.source.copy,
        dateText: data.date.value,
        paragraphs: paragraphsOf(parseBody(file.body)).length,
        reviewed: typeof data.reviewed === 'string',
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

/** A checked statement with its slug at the top, as the site's own lists take it. */
export type ContentStatement = CheckedStatement & { slug: string };

/** The content as the build sees it, read and checked with the site's own content check. */
export interface CheckedArchive {
  /** Every statement, newest first, as the site lists them. */
  newestFirst: ContentStatement[];
  data: ArchiveData;
  index: ArchiveIndex;
}

let checked: CheckedArchive | undefined;

/** Reads and checks the content folder once per test worker. */
export function archive(): CheckedArchive {
  if (!checked) {
    const { statements, archive: data, index } = checkContent(CONTENT, root);
    checked = {
      newestFirst: sortNewestFirst(statements.map((s) => ({ ...s, slug: s.data.slug }))),
      data,
      index: index!,
    };
  }
  return checked;
}

/** The first statement (newest first) with a property, or undefined; tests report the lack instead of failing. */
export function statementWith(test: (s: ContentStatement) => boolean): ContentStatement | undefined {
  return archive().newestFirst.find(test);
}

/** The first words of a text, enough to find it on a page. */
export function opening(text: string, words = 6): string {
  return text.split(/\s+/u).filter(Boolean).slice(0, words).join(' ');
}

/**
 * Records in the report that an assertion did not run because no statement has what it needs
 * (the fixture archive has all of it, so there it always runs).
 */
export function lacking(what: string): void {
  test.info().annotations.push({ type: 'not applicable', description: `no statement has ${what}` });
}

/**
 * Expects a statement page's h1 to be its title as readers see it: the source's title exactly, or a supplied
 * title in square brackets, which its heading follows with the link to why it is bracketed.
 */
export async function expectTitleHeading(page: Page, data: StatementData): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  if (data.titleBasis === 'supplied') await expect(h1).toContainText(displayTitle(data));
  else await expect(h1).toHaveText(data.title);
}
