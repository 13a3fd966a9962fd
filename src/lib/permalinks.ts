/**
 * The permalink registry: every site-relative URL the archive has published
 * for a statement or one of its paragraphs. It only grows.
 */
import { paragraphsOf, type Block } from './blocks.ts';
import { routes } from './urls.ts';

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

/** Adds the URLs not yet registered, keeping every old entry; returns the new file text and what was added. */
export function mergeRegistry(
  existing: readonly string[],
  current: readonly string[],
): { text: string; added: string[] } {
  const known = new Set(existing);
  const added = current.filter((url) => !known.has(url));
  const all = [...new Set([...existing, ...added])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { text: `${HEADER}${all.join('\n')}\n`, added };
}
