/**
 * The archive's one rule for a stored address: an absolute `http:` or
 * `https:` URL, nothing else. A `javascript:` or `data:` address in a link is
 * a stored script on hosts that send no Content-Security-Policy (GitHub
 * Pages), so the schemas, the importer and every writer use this test.
 */

/** A scheme at the start of a value, e.g. `javascript:` (what browsers would read as one). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;

/** Spaces and control characters, which browsers strip or ignore in an href and which hide a scheme. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;

/** Why a value is not a web address, in words for an editor; undefined when it is one. */
export function webUrlProblem(value: string): string | undefined {
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (INVISIBLE.test(value))
    return `${shown} has spaces or invisible characters: give the address exactly as the browser shows it (https://…)`;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    return scheme === undefined
      ? `${shown} is not an absolute web address: give it in full, starting with https:// (or http://)`
      : `${shown} is a "${scheme}:" address: only http:// and https:// addresses are accepted; give the page's web address`;
  if (!/^https?:\/\//iu.test(value) || !URL.canParse(value))
    return `${shown} is not a valid web address: give it in full, e.g. https://www.example.org/page`;
  const url = new URL(value);
  if (url.hostname === '') return `${shown} names no host: give it in full, e.g. https://www.example.org/page`;
  if (url.username !== '' || url.password !== '')
    return `${shown} carries a user name or password before "@", which can disguise the real host: give the address as the page shows it`;
  return undefined;
}

/** True for an absolute `http:` or `https:` address the archive may store and link to. */
export function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && webUrlProblem(value) === undefined;
}

/** The value when it is a web address, else undefined: for writers, which must never emit anything else. */
export function webUrlOrUndefined(value: string | undefined): string | undefined {
  return isWebUrl(value) ? value : undefined;
}

/** Evidence items with any address that is not a web address left out, for writers. */
export function withWebUrls<T extends { url?: string | undefined }>(items: readonly T[]): T[] {
  return items.map((item) => {
    if (item.url === undefined || isWebUrl(item.url)) return item;
    const { url: _dropped, ...rest } = item;
    return rest as T;
  });
}
