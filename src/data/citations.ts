/**
 * Citations of each statement, formatted once and cached by content (see
 * `cachedCitations`); `npm run build` fills the cache on every core first.
 */
import { cachedCitations, cslItem, type Citations } from '../lib/citation.ts';
import type { Statement } from '../lib/statement.ts';
import { routes } from '../lib/urls.ts';
import { permalink, siteName } from './site.ts';

const cache = new Map<string, Citations>();

/** The formatted citations of a statement, computed on first use. */
export function citationsOf(statement: Statement): Citations {
  let citations = cache.get(statement.slug);
  if (!citations) {
    citations = cachedCitations(cslItem(statement.data, permalink(routes.statement(statement.slug)), siteName));
    cache.set(statement.slug, citations);
  }
  return citations;
}
