/**
 * Hand-offs to search: a page that lists statements about something shows a
 * fixed number of them and hands the rest to the search page, filtered to
 * them and newest first, so no page grows with the archive.
 */
import { emptyState, toSearchParams, type Facet } from '../search.ts';
import { routes } from '../urls.ts';

/**
 * The rest of a list a page does not show, handed to the search page, which lists them newest first:
 * how many there are, what they are, and the site-relative address of the search that lists them.
 */
export interface HandOff {
  count: number;
  /** "12 earlier statements also name Kamala Harris." */
  text: string;
  /** "Search them" or what the link does. */
  label: string;
  /** `search/?person=Kamala+Harris&sort=newest`. */
  search: string;
}

/** The search page's address for a filter or a query, newest first: what a hand-off links to. */
export function searchFor(search: { filters?: Partial<Record<Facet, string[]>>; q?: string }): string {
  const state = emptyState();
  state.q = search.q ?? '';
  for (const [facet, values] of Object.entries(search.filters ?? {})) state.filters[facet as Facet] = [...values];
  state.sort = 'newest';
  return `${routes.search}?${toSearchParams(state).toString()}`;
}

/** A hand-off for the items past a page's limit, or undefined when there are none. */
export function handOff(
  rest: number,
  text: (n: number) => string,
  label: string,
  search: Parameters<typeof searchFor>[0],
): HandOff | undefined {
  return rest > 0 ? { count: rest, text: text(rest), label, search: searchFor(search) } : undefined;
}
