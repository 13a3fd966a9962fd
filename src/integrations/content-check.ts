/**
 * Runs the content check before Astro builds or serves anything, so bad
 * content stops the build with every problem listed by file and field, and
 * never reaches `dist/`. Astro's own schema errors and broken references are
 * not enough on their own: it reports one file at a time, and only logs some.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkArchive, parseArchive, type ArchiveSources } from '../lib/archive-check.ts';
import {
  buildArchiveIndex,
  CHECKED_INDEX,
  type ArchiveData,
  type ArchiveIndex,
  type CheckedIndex,
} from '../lib/crosslinks.ts';
import { indexedStatement } from '../lib/statement.ts';
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

/** Reads a file as `{ file, text }` with a project-relative name, or undefined when it does not exist. */
function readSource(path: string, cwd: string): { file: string; text: string } | undefined {
  return existsSync(path) ? { file: relative(cwd, path), text: readFileSync(path, 'utf8') } : undefined;
}

/** Reads the entity, annotation and event files of a content folder. */
export function readArchiveSources(contentDir: string, cwd = process.cwd()): ArchiveSources {
  const annotationsDir = join(contentDir, 'annotations');
  const annotations = existsSync(annotationsDir)
    ? readdirSync(annotationsDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .flatMap((name) => readSource(join(annotationsDir, name), cwd) ?? [])
    : [];
  return {
    people: readSource(join(contentDir, 'entities/people.yaml'), cwd),
    organizations: readSource(join(contentDir, 'entities/organizations.yaml'), cwd),
    places: readSource(join(contentDir, 'entities/places.yaml'), cwd),
    topics: readSource(join(contentDir, 'entities/topics.yaml'), cwd),
    events: readSource(join(contentDir, 'events.yaml'), cwd),
    comparisons: readSource(join(contentDir, 'comparisons.yaml'), cwd),
    annotations,
  };
}

/** Reads and checks the statements and their annotations; throws with every problem found. */
export function assertContentIsValid(contentDir: string, cwd = process.cwd()): CheckedStatement[] {
  return checkContent(contentDir, cwd).statements;
}

/** Reads and checks everything under a content folder; throws with every problem found. */
export function checkContent(
  contentDir: string,
  cwd = process.cwd(),
): { statements: CheckedStatement[]; archive: ArchiveData; index?: ArchiveIndex } {
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
  const archive = parseArchive(readArchiveSources(contentDir, cwd));
  problems.push(...archive.problems);
  let index: ArchiveIndex | undefined;
  if (problems.length === 0) {
    const indexed = statements.map(({ data, blocks, file }) => indexedStatement(data, blocks, file));
    // The cross-link index the pages need also tells which aliases match something.
    index = buildArchiveIndex(indexed, archive.data);
    problems.push(...checkArchive(indexed, archive.data, archive.origins, index.aliasesSeen));
  }
  if (problems.length > 0) {
    const error = new Error(formatProblems(problems));
    error.stack = error.message; // the stack of this hook says nothing useful to an editor
    throw error;
  }
  return { statements, archive: archive.data, index };
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
      'astro:config:setup': ({ config, logger, updateConfig, command }) => {
        const started = performance.now();
        const { statements, index } = checkContent(options.contentDir);
        logger.info(
          `${statements.length} statements passed the content check (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
        if (command === 'build' && index) {
          (globalThis as Record<symbol, CheckedIndex>)[CHECKED_INDEX] = {
            slugs: statements.map((s) => s.data.slug),
            index,
          };
        }
        updateConfig({ redirects: formerSlugRedirects(statements, config.base) });
      },
    },
  };
}
