/**
 * Every internal URL goes through here so that the same build works at a
 * domain root and under a sub-path such as `/archive/`.
 */

/** Normalises a base path to start and end with exactly one slash: `archive` → `/archive/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Prefixes a site-relative path (`statements/x/`) with the base path. */
export function withBase(path: string, base: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/u, '')}`;
}

/** Makes an absolute URL for a site-relative path, from the site origin and base path. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** Site-relative paths of the archive's pages, so no page spells a route by hand. */
export const routes = {
  home: '',
  about: 'about/',
  search: 'search/',
  compare: 'compare/',
  timeline: 'timeline/',
  /** A year of the timeline; a long year is read in parts, the first at the year's own address. */
  timelineYear: (year: string, part = 1) => (part > 1 ? `timeline/${year}/${part}/` : `timeline/${year}/`),
  statement: (slug: string) => `statements/${slug}/`,
  /** A translation read side by side with its original, paragraph against paragraph. */
  sideBySide: (slug: string) => `statements/${slug}/side-by-side/`,
  /** The index of laws and programmes, whose pages stay in `organizations/`, the folder of their collection. */
  lawsAndProgrammes: 'laws-and-programmes/',
  /** An entity index (`people/`) or an entity page (`people/kamala-harris/`). */
  entity: (kind: 'people' | 'organizations' | 'places' | 'topics', id?: string) => (id ? `${kind}/${id}/` : `${kind}/`),
  paragraph: (slug: string, n: number) => `statements/${slug}/#p${n}`,
} as const;
