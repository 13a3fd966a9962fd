/**
 * Runs the content check before Astro builds or serves anything, so bad
 * content stops the build with every problem listed by file and field, and
 * never reaches `dist/`. Astro's own schema errors and broken references are
 * not enough on their own: it reports one file at a time, and only logs some.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkArchive, parseArchive, type ArchiveSources } from '../lib/archive-check.ts';
import {
  buildArchiveIndex,
  CHECKED_INDEX,
  type ArchiveData,
  type ArchiveIndex,
  type CheckedIndex,
} from '../lib/crosslinks.ts';
import { buildPlan, CONTENT_CHECK_EXIT_CODE } from '../lib/config.ts';
import { readPlanStatements } from '../lib/plan-files.ts';
import {
  eventDateWarnings,
  formatWarnings,
  largeCopyWarning,
  statementDateWarnings,
  type ContentWarning,
} from '../lib/content-warnings.ts';
import { checkRegistry } from '../lib/permalinks.ts';
import { CHECKED_FRONT_MATTER, type CheckedFrontMatter } from '../lib/statement-file.ts';
import { indexedStatement } from '../lib/statement.ts';
import { routes, withBase } from '../lib/urls.ts';
import {
  checkStatements,
  formatProblems,
  guarded,
  type CheckedStatement,
  type ContentFile,
  type ContentProblem,
} from '../lib/validate.ts';

/** The content check's verdict on bad content: every problem, and a message that is the whole report. */
export class ContentCheckFailed extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentCheckFailed';
    this.stack = this.message; // where the check was called from says nothing to an editor
  }
}

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

/** Reads and checks everything under a content folder; throws {@link ContentCheckFailed} with every problem found. */
export function checkContent(
  contentDir: string,
  cwd = process.cwd(),
  /** The time dates are checked against: a date after it gets a warning. */
  now = new Date(),
): {
  statements: CheckedStatement[];
  archive: ArchiveData;
  index?: ArchiveIndex;
  frontMatter: CheckedFrontMatter;
  /** What editors should look at, which does not stop the build. */
  warnings: ContentWarning[];
} {
  const problems: ContentProblem[] = [];
  const warnings: ContentWarning[] = [];
  const folder = relative(cwd, join(contentDir, 'statements'));
  const paths = guarded(folder, problems, () => listMarkdown(join(contentDir, 'statements'))) ?? [];
  // Each file is read on its own, so one unreadable file is named among the others' problems.
  const files: ContentFile[] = paths.flatMap(
    (path) =>
      guarded(relative(cwd, path), problems, () => [{ file: relative(cwd, path), raw: readFileSync(path, 'utf8') }]) ??
      [],
  );
  if (files.length === 0 && problems.length === 0) {
    throw new ContentCheckFailed([
      {
        file: folder,
        field: '(folder)',
        message: 'holds no statements (.md files); is CONTENT_DIR the content folder?',
      },
    ]);
  }
  const sources = join(contentDir, 'sources');
  const checked = checkStatements(files, (name) => {
    const path = join(sources, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  problems.push(...checked.problems);
  const { statements } = checked;
  const archive = guarded(relative(cwd, contentDir), problems, () =>
    parseArchive(readArchiveSources(contentDir, cwd)),
  ) ?? { data: emptyArchive(), origins: undefined, problems: [] };
  problems.push(...archive.problems);
  let index: ArchiveIndex | undefined;
  if (problems.length === 0 && archive.origins) {
    const { origins } = archive;
    problems.push(...checkPermalinkRegistry(contentDir, cwd, statements));
    guarded(relative(cwd, contentDir), problems, () => {
      const indexed = statements.map(({ data, blocks, file }) => indexedStatement(data, blocks, file));
      // The cross-link index the pages need also tells which aliases match something.
      index = buildArchiveIndex(indexed, archive.data);
      problems.push(...checkArchive(indexed, archive.data, origins, index.aliasesSeen));
    });
    warnings.push(...eventDateWarnings(origins.events, archive.data.events, now));
  }
  if (problems.length > 0) throw new ContentCheckFailed(problems);
  for (const { file, data } of statements) {
    warnings.push(...statementDateWarnings(file, data, now));
    const size = statSync(join(sources, data.source.copy)).size;
    const large = largeCopyWarning(file, 'source.copy', data.source.copy, size);
    if (large) warnings.push(large);
  }
  const raws = new Map(files.map(({ file, raw }) => [file, raw]));
  const frontMatter: CheckedFrontMatter = new Map(
    statements.map(({ file, frontMatter }) => [resolve(cwd, file), { raw: raws.get(file)!, data: frontMatter }]),
  );
  return { statements, archive: archive.data, index, frontMatter, warnings };
}

/** Archive data with nothing in it, for when the data files could not be read at all. */
function emptyArchive(): ArchiveData {
  return { people: [], organizations: [], places: [], topics: [], annotations: [], events: [], comparisons: [] };
}

/** Checks that every URL in the content folder's permalink registry still resolves (no registry, nothing to check). */
function checkPermalinkRegistry(contentDir: string, cwd: string, statements: CheckedStatement[]): ContentProblem[] {
  const path = join(contentDir, 'permalinks.txt');
  if (!existsSync(path)) return [];
  const file = relative(cwd, path);
  const problems: ContentProblem[] = [];
  guarded(file, problems, () => problems.push(...checkRegistry(file, readFileSync(path, 'utf8'), statements)));
  return problems;
}

/**
 * Redirects from every former slug to the current one, so a renamed
 * statement's old permalinks keep working. Astro wants the destination with
 * the base path and the source without it.
 */
export function formerSlugRedirects(
  statements: readonly Pick<CheckedStatement, 'data'>[],
  base: string,
): Record<string, string> {
  return Object.fromEntries(
    statements.flatMap(({ data }) =>
      data.formerSlugs.map((old) => [`/${routes.statement(old)}`, withBase(routes.statement(data.slug), base)]),
    ),
  );
}

/**
 * Runs the content check for a command-line tool: on bad content, prints the
 * problems alone and exits, rather than throwing into a caller (Astro's hook
 * runner) that would wrap them in its own error report and an empty stack.
 * `outcome` says what the failure stopped. Warnings are printed and the run goes on.
 */
export function checkContentOrExit(contentDir: string, outcome?: string): ReturnType<typeof checkContent> {
  try {
    const checked = checkContent(contentDir);
    if (checked.warnings.length > 0) console.warn(`\n${formatWarnings(checked.warnings)}\n`);
    return checked;
  } catch (error) {
    if (!(error instanceof ContentCheckFailed)) throw error;
    console.error(`\n${formatProblems(error.problems, outcome)}\n`);
    process.exit(CONTENT_CHECK_EXIT_CODE);
  }
}

/** The dev server Astro hands to `astro:server:setup`. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Re-runs the check when content changes under `astro dev`, logging problems; the server keeps running. */
function recheckOnChange(contentDir: string, server: DevServer, logger: AstroIntegrationLogger): void {
  const root = resolve(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  server.watcher.add(root);
  server.watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(root)) return;
    clearTimeout(timer);
    // An editor's save often touches several files; check once they are all written.
    timer = setTimeout(() => {
      try {
        const { warnings } = checkContent(contentDir);
        if (warnings.length > 0) logger.warn(`\n${formatWarnings(warnings)}`);
        if (failing) logger.info('The content check passes again.');
        failing = false;
      } catch (error) {
        if (!(error instanceof ContentCheckFailed)) throw error;
        logger.error(`\n${formatProblems(error.problems, 'pages may show the old content until it passes')}`);
        failing = true;
      }
    }, 300);
  });
}

/** The Astro integration wrapping {@link checkContent}. */
export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig, command }) => {
        if (buildPlan && command === 'build') {
          // A part of a build in parts: the plan's content check passed for the whole archive.
          const planned = readPlanStatements(buildPlan);
          logger.info(`${planned.length} statements checked by the plan in ${buildPlan}`);
          updateConfig({ redirects: formerSlugRedirects(planned, config.base) });
          return;
        }
        const started = performance.now();
        const outcome = command === 'dev' ? 'the dev server did not start' : undefined;
        const { statements, index, frontMatter } = checkContentOrExit(options.contentDir, outcome);
        // The collection loader takes what the check read instead of parsing every file again.
        (globalThis as Record<symbol, CheckedFrontMatter>)[CHECKED_FRONT_MATTER] = frontMatter;
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
      'astro:server:setup': ({ server, logger }) => recheckOnChange(options.contentDir, server, logger),
    },
  };
}
