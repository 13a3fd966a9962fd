/** Reads the built site from disk to check every link in it, without a browser. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';

/** The base path and origin the site under test was built with. */
export const BASE = (process.env.BASE_PATH || '/').replace(/^\/*/u, '/').replace(/\/*$/u, '/');
export const SITE = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;

/** One link found in a built file. */
export interface FoundLink {
  from: string;
  url: string;
}

/** The href/src values of a built HTML file, plus absolute URLs in meta content. */
export function linksIn(page: string, html: string): FoundLink[] {
  const urls = [
    ...html.matchAll(/\s(?:href|src|action)="([^"]*)"/gu),
    ...html.matchAll(/<meta[^>]+content="(https?:[^"]*)"/gu),
  ].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return urls.map((url) => ({ from: page, url }));
}

/** Maps a site path (below the base) to the file a static host would serve, or null. */
export function fileFor(sitePath: string): string | null {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** What a link points at: an internal file and fragment, an external URL, or a problem. */
export function resolveLink(
  link: FoundLink,
):
  | { kind: 'internal'; file: string; fragment: string }
  | { kind: 'external'; url: string }
  | { kind: 'broken'; reason: string }
  | { kind: 'skip' } {
  if (/^(mailto|tel|data|javascript):/u.test(link.url))
    return link.url.startsWith('javascript:') ? { kind: 'broken', reason: 'javascript: URL' } : { kind: 'skip' };
  const pageUrl = new URL(link.from, `${SITE}${BASE}`);
  const target = new URL(link.url, pageUrl);
  if (target.origin !== SITE) return { kind: 'external', url: target.href };
  if (!target.pathname.startsWith(BASE)) return { kind: 'broken', reason: `outside the base path ${BASE}` };
  const file = fileFor(target.pathname.slice(BASE.length - 1));
  if (!file) return { kind: 'broken', reason: 'no such file in the build' };
  return { kind: 'internal', file, fragment: decodeURIComponent(target.hash.slice(1)) };
}

const idCache = new Map<string, Set<string>>();

/** The ids defined in a built HTML file. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}
