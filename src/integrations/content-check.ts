/**
 * Runs the content check before Astro builds or serves anything, so bad
 * content stops the build with every problem listed by file and field, and
 * never reaches `dist/`. Astro's own schema errors and broken references are
 * not enough on their own: it reports one file at a time, and only logs some.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { routes, withBase } from '../lib/urls.ts';
import { checkStatements, formatProblems, type CheckedStatement, type ContentFile } from '../lib/validate.ts';

/** Lists the `.md` files below a folder, sorted so messages come out in a stable order. */
function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and checks the statements under a content folder; throws with every problem found. */
export function assertContentIsValid(contentDir: string, cwd = process.cwd()): CheckedStatement[] {
  const files: ContentFile[] = listMarkdown(join(contentDir, 'statements')).map((path) => ({
    file: relative(cwd, path),
    raw: readFileSync(path, 'utf8'),
  }));
  if (files.length === 0) throw new Error(`Content check failed: no statements in ${join(contentDir, 'statements')}`);
  const sources = join(contentDir, 'sources');
  const { problems, statements } = checkStatements(files, (name) => {
    const path = join(sources, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  if (problems.length > 0) {
    const error = new Error(formatProblems(problems));
    error.stack = error.message; // the stack of this hook says nothing useful to an editor
    throw error;
  }
  return statements;
}

/**
 * Redirects from every former slug to the current one, so a renamed
 * statement's old permalinks keep working. Astro wants the destination with
 * the base path and the source without it.
 */
export function formerSlugRedirects(statements: readonly CheckedStatement[], base: string): Record<string, string> {
  return Object.fromEntries(
    statements.flatMap(({ data }) =>
      data.formerSlugs.map((old) => [`/${routes.statement(old)}`, withBase(routes.statement(data.slug), base)]),
    ),
  );
}

/** The Astro integration wrapping {@link assertContentIsValid}. */
export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const statements = assertContentIsValid(options.contentDir);
        logger.info(`${statements.length} statements passed the content check`);
        updateConfig({ redirects: formerSlugRedirects(statements, config.base) });
      },
    },
  };
}
