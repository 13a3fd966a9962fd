/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose `getStaticPaths` entry returns the same `cacheKey` as in the
 * last build, and whose code is unchanged, is copied from the build cache
 * instead of rendered. So a key must change whenever anything the page shows
 * does: it is a hash of the page's whole model and of everything else its
 * components read (other statements' titles and dates, names, the site's
 * address), never of a chosen few fields.
 */
import { createHash } from 'node:crypto';

/**
 * Writes a value as JSON in a stable form: Maps and Sets as arrays of their entries, object keys in
 * sorted order, functions and undefined left out.
 */
export function stableJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const normal = (v: unknown): unknown => {
    if (v instanceof Map) return { '(map)': [...v].map(([k, x]) => [normal(k), normal(x)]) };
    if (v instanceof Set) return { '(set)': [...v].map(normal) };
    if (Array.isArray(v)) return v.map(normal);
    // A statement named on a page (a neighbour, a related statement) shows its record, not its text;
    // a page that shows text puts it in its key itself. Reading every named statement's text would
    // make a build read the whole archive's.
    if (isStatement(v)) return { slug: v.slug, data: normal(v.data) };
    if (v && typeof v === 'object') {
      if (seen.has(v)) throw new Error('A cache key cannot be made of a value that contains itself.');
      seen.add(v);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[key];
        if (x !== undefined && typeof x !== 'function') out[key] = normal(x);
      }
      seen.delete(v);
      return out;
    }
    return v;
  };
  return JSON.stringify(normal(value));
}

/** True for a statement of the archive (src/lib/statement.ts): its slug, record, file and text. */
function isStatement(v: unknown): v is { slug: string; data: unknown } {
  return !!v && typeof v === 'object' && 'slug' in v && 'data' in v && 'file' in v && 'blocks' in v;
}

/** The cache key of a page: a hash of everything it shows, given as any number of values. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(stableJson(part)).update('\0');
  return hash.digest('base64url');
}
