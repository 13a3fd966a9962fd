/**
 * The incremental build's cache key of each page built from `getStaticPaths`
 * (src/lib/cache-key.ts): the page's model, and whatever else its components
 * read from the archive, such as the titles, dates and issuers of the other
 * statements it links. An edit to a statement changes the key of every page
 * that shows any of it, so no cached page is ever stale; the key of a page
 * that shows nothing of it stays the same, so that page is not rendered again.
 */
import type { Archive } from '../archive.ts';
import { cacheKey } from '../cache-key.ts';
import type { Statement } from '../statement.ts';
import type { EntityPage } from './entity.ts';
import type { SideBySidePage } from './side-by-side.ts';
import type { StatementPage } from './statement.ts';
import type { TimelineYearPage } from './timeline.ts';
import type { TopicPage } from './topic.ts';

/** The site a page is built for: its address and base path, which every link and citation carries. */
export type SiteAddress = string;

/** What a page shows of the statements it names: their front matter (title, date, issuer, language…). */
function shown(archive: Archive, slugs: Iterable<string>): [string, Statement['data'] | null][] {
  return [...new Set(slugs)].sort().map((slug) => [slug, archive.bySlug.get(slug)?.data ?? null]);
}

/**
 * A statement page: its model (the statement, its earlier and later neighbours, its record, co-issuers,
 * translation links and review state), the copy it publishes (given as a digest of its bytes), and the
 * related statements and comparisons its components read from the archive, with the names and front
 * matter they show. Its citations (paragraph by paragraph, with the access date) are made from its
 * record and address, both in the key.
 */
export function statementPageKey(archive: Archive, page: StatementPage, site: SiteAddress, copy: string): string {
  const { slug } = page.statement;
  const related = archive.index.related.get(slug) ?? [];
  const comparisons = archive.comparisonsOf.get(slug) ?? [];
  const names = related.flatMap((r) => r.shared.map((s) => [s.kind, s.id, archive.nameOf(s.kind, s.id)]));
  return cacheKey(
    'statement',
    site,
    page,
    // Its own text: statements are keyed by their records alone (src/lib/cache-key.ts).
    page.statement.blocks,
    copy,
    related,
    names,
    comparisons,
    shown(archive, [...related.map((r) => r.slug), ...comparisons.flatMap((c) => c.statements)]),
  );
}

/** A side-by-side reading: its model holds both texts. */
export function sideBySideKey(page: SideBySidePage, site: SiteAddress): string {
  return cacheKey('side-by-side', site, page);
}

/** A person's, organisation's or place's page, with the statements its lists name. */
export function entityPageKey(archive: Archive, page: EntityPage, site: SiteAddress): string {
  const slugs = [
    ...page.mentions.groups.map((g) => g.statement),
    ...page.turns.groups.map((g) => g.statement),
    ...page.direct.quotations.map((q) => q.statement),
    ...page.reported.quotations.map((q) => q.statement),
  ];
  return cacheKey('entity', site, page, shown(archive, slugs), orderOf(archive, slugs));
}

/** A topic's page: its model holds the statements it quotes and lists. */
export function topicPageKey(page: TopicPage, site: SiteAddress): string {
  const passages = page.quoted.map(({ statement, paragraphs }) =>
    statement.paragraphs.filter((p) => paragraphs.includes(p.n)),
  );
  return cacheKey('topic', site, page, passages);
}

/** A year of the timeline, with the statements its entries name. */
export function timelineYearKey(archive: Archive, page: TimelineYearPage, site: SiteAddress): string {
  const slugs = page.entries.flatMap((e) => (e.kind === 'statement' ? [e.id] : e.mentions.map((m) => m.statement)));
  return cacheKey('timeline-year', site, page, shown(archive, slugs));
}

/** The order a page lists statements in (newest first): their order among themselves, not their places in the archive. */
function orderOf(archive: Archive, slugs: readonly string[]): string[] {
  const rank = (slug: string) => archive.rank.get(slug) ?? -1;
  return [...new Set(slugs)].sort((a, b) => rank(a) - rank(b));
}
