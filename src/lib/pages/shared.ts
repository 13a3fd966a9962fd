/** Helpers every page model shares: counts in words, latest-N splits, grouping by year, JSON-LD. */
import type { MentionRef } from '../crosslinks.ts';

/** How a page model turns site-relative paths into links: with the base path, and absolute for permalinks. */
export interface SiteUrls {
  /** A site-relative path with the build's base path (`statements/x/` → `/archive/statements/x/`). */
  link: (path: string) => string;
  /** An absolute URL for a site-relative path. */
  permalink: (path: string) => string;
  /** The archive's name. */
  name: string;
}

export { count, plural } from '../plural.ts';

/** The first `limit` items, shown in full, and the rest, listed one line each, so no page grows without bound. */
export function splitLatest<T>(items: readonly T[], limit: number): { latest: T[]; rest: T[] } {
  return { latest: items.slice(0, limit), rest: items.slice(limit) };
}

/** Groups items by the year of an ISO date (`2021-04-26` → `2021`), keeping their order within and between years. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => string): { year: string; items: T[] }[] {
  return [...Map.groupBy(items, (item) => dateOf(item).slice(0, 4))].map(([year, list]) => ({ year, items: list }));
}

/** How often the archive names an entity: mentions, and the statements they are in. */
export function entityCounts(refs: readonly Pick<MentionRef, 'statement'>[]): { mentions: number; statements: number } {
  return { mentions: refs.length, statements: new Set(refs.map((r) => r.statement)).size };
}

/** JSON-LD as the text of a script element: `<` escaped so no value in it can close the element. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}

/** Letter of a column in a comparison (A, B, C…). */
export function columnLetter(i: number): string {
  return String.fromCharCode(65 + i);
}
