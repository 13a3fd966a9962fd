/**
 * The permalink registry: every site-relative URL the archive has published
 * for a statement or one of its paragraphs. It only grows, and the content
 * check holds the archive to it: every recorded URL must still resolve.
 */
import { paragraphsOf, type Block } from './blocks.ts';
import { routes } from './urls.ts';
import type { ContentProblem } from './validate.ts';

const HEADER = `# Permalink registry: every statement and paragraph URL this archive has published,
# relative to the site's base. Entries are never removed; the tests check that each still
# resolves. Add new ones with \`npm run permalinks\`. A renamed slug needs a formerSlugs entry.
`;

/** The statement and paragraph URLs a set of statements publishes. */
export function publishedPermalinks(statements: readonly { data: { slug: string }; blocks: Block[] }[]): string[] {
  return statements.flatMap(({ data, blocks }) => [
    routes.statement(data.slug),
    ...paragraphsOf(blocks).map((p) => routes.paragraph(data.slug, p.n)),
  ]);
}

/** Reads the registry's entries, skipping comments and blank lines. */
export function parseRegistry(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The registry's order: `localeCompare` with numbers compared as numbers, made once (a million addresses sort in seconds). */
const byAddress = new Intl.Collator('en', { numeric: true });

/** Adds the URLs not yet registered, keeping every old entry; returns the new file text and what was added. */
export function mergeRegistry(
  existing: readonly string[],
  current: readonly string[],
): { text: string; added: string[] } {
  const known = new Set(existing);
  const added = current.filter((url) => !known.has(url));
  const all = [...new Set([...existing, ...added])].sort(byAddress.compare);
  return { text: `${HEADER}${all.join('\n')}\n`, added };
}

/** A registry entry: the statement page, or one of its paragraphs (`#p3`). */
const ENTRY = /^statements\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#p([1-9]\d*))?$/u;

/** What the registry check needs of a statement. */
export interface RegisteredStatement {
  file: string;
  data: { slug: string; formerSlugs: readonly string[] };
  blocks: Block[];
}

/**
 * Checks the registry against the statements: every recorded URL must
 * resolve, to a statement by its slug or through a former slug (a redirect),
 * and a paragraph URL to a paragraph that statement still has. A line taken
 * out shows as a gap: the registry records a statement's page and all its
 * paragraphs at once, so a missing line below its highest recorded paragraph
 * was removed. Each problem names the URL and what to do.
 */
export function checkRegistry(
  file: string,
  text: string,
  statements: readonly RegisteredStatement[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  const current = new Map(statements.map((s) => [s.data.slug, s]));
  const former = new Map(statements.flatMap((s) => s.data.formerSlugs.map((old) => [old, s] as const)));
  const paragraphs = new Map<RegisteredStatement, number>();
  const countOf = (s: RegisteredStatement) =>
    paragraphs.get(s) ?? paragraphs.set(s, paragraphsOf(s.blocks).length).get(s)!;
  /** The pages and paragraph numbers recorded for each slug, for finding removed lines. */
  const recorded = new Map<string, { page: boolean; paragraphs: Set<number> }>();

  text.split('\n').forEach((line, i) => {
    const url = line.trim();
    if (url === '' || url.startsWith('#')) return;
    const entry = ENTRY.exec(url);
    if (!entry) {
      report(
        `line ${i + 1}`,
        `"${url.slice(0, 80)}" is not a statement or paragraph URL (statements/<slug>/ or statements/<slug>/#p<n>): restore the line as it was recorded`,
      );
      return;
    }
    const slug = entry[1]!;
    const n = entry[2] === undefined ? undefined : Number(entry[2]);
    const seen = recorded.get(slug) ?? { page: false, paragraphs: new Set<number>() };
    recorded.set(slug, seen);
    if (n === undefined) seen.page = true;
    else seen.paragraphs.add(n);

    const statement = current.get(slug) ?? former.get(slug);
    if (!statement) {
      report(
        url,
        `no statement has the slug "${slug}" any more, so this published URL would stop resolving: if the statement was renamed, add "${slug}" to its formerSlugs; if it was removed, restore it`,
      );
      return;
    }
    if (n === undefined || n <= countOf(statement)) return;
    const via = current.has(slug) ? '' : ` (its former slug "${slug}" now redirects there)`;
    report(
      url,
      `${statement.file} has ${countOf(statement)} paragraphs now${via}, so this published paragraph URL would stop resolving: restore paragraph ${n} (paragraphs are numbered as the source copy divides them)`,
    );
  });

  for (const [slug, seen] of recorded) {
    const highest = Math.max(0, ...seen.paragraphs);
    const missing = [
      ...(seen.page ? [] : [routes.statement(slug)]),
      ...Array.from({ length: highest }, (_, i) => i + 1)
        .filter((n) => !seen.paragraphs.has(n))
        .map((n) => routes.paragraph(slug, n)),
    ];
    for (const url of missing)
      report(
        url,
        `is missing from the registry, which records ${seen.page ? 'this statement' : `paragraphs of "${slug}"`} up to #p${highest}: a recorded URL is never removed; put the line back`,
      );
  }
  return problems;
}
