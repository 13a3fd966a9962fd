/**
 * A static pass over the built site for addresses that are not web addresses:
 * every link and resource in the HTML, the JSON-LD, the citation downloads
 * inside `data:` links, the JSON exports, the feed and the sitemaps. Only
 * relative addresses, `http:` and `https:` are allowed, plus the site's own
 * `data:` downloads (an `<a download>`), whose contents are checked in turn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** One address found in a built file that is not allowed there. */
export interface BadAddress {
  file: string;
  where: string;
  address: string;
}

/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'ping', 'xlink:href']);

/** JSON keys that hold an address: `url`, `originalUrl`, `URL`, JSON-LD's `@id`, `isBasedOn`, `image`, … */
const URL_KEY = /(?:url|^@id|^isBasedOn|^mainEntityOfPage|^image|^target|^sameAs|^logo)$/iu;

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/iu;

/** Decodes the character references an attribute value may hold. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/giu, (_, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[ref.toLowerCase()]!;
  });
}

/** True for a relative address or an `http:`/`https:` one. */
export function isAllowedAddress(address: string): boolean {
  // Browsers strip leading spaces and control characters and ignore tabs and newlines inside a scheme.
  const cleaned = address.replace(/^[\s\p{Cc}]+/u, '').replace(/[\t\n\r]/gu, '');
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/** Every string under an address-holding key of a JSON value, with its key path. */
function jsonAddresses(value: unknown, path = ''): { where: string; address: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => jsonAddresses(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const where = path ? `${path}.${key}` : key;
    if (typeof item === 'string') return URL_KEY.test(key) ? [{ where, address: item }] : [];
    return jsonAddresses(item, where);
  });
}

/** The addresses a citation download gives: BibTeX `url`, RIS `UR`, CSL-JSON `URL`. */
function citationAddresses(text: string): string[] {
  return [
    ...[...text.matchAll(/^\s*url\s*=\s*[{"](.*?)[}"],?\s*$/gimu)].map((m) => m[1]!),
    ...[...text.matchAll(/^(?:UR|L1|L2|LK)\s{2}-\s(.*)$/gmu)].map((m) => m[1]!),
    ...(text.trimStart().startsWith('[') || text.trimStart().startsWith('{')
      ? jsonAddresses(JSON.parse(text)).map((a) => a.address)
      : []),
  ];
}

/** The text a `data:` address holds. */
function dataText(address: string): string {
  const comma = address.indexOf(',');
  const meta = address.slice(0, comma);
  const body = address.slice(comma + 1);
  return meta.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
}

/** The addresses of one built HTML page that are not allowed. */
export function badAddressesInHtml(file: string, html: string): BadAddress[] {
  const bad: BadAddress[] = [];
  for (const tag of html.matchAll(
    /<([a-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/giu,
  )) {
    const name = tag[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    for (const a of tag[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu))
      attributes.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    for (const [attribute, value] of attributes) {
      const isAddress =
        URL_ATTRIBUTES.has(attribute) ||
        (attribute === 'srcset' && value !== '') ||
        (name === 'meta' && attribute === 'content' && /^\s*[a-z][a-z0-9+.-]*:\/?\//iu.test(value));
      if (!isAddress) continue;
      const addresses =
        attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/u)[0]!) : [value];
      for (const address of addresses) {
        const where = `<${name} ${attribute}>`;
        if (isAllowedAddress(address)) continue;
        if (name === 'a' && attribute === 'href' && attributes.has('download') && /^data:/iu.test(address)) {
          for (const inner of citationAddresses(dataText(address)))
            if (!isAllowedAddress(inner))
              bad.push({ file, where: `${where} download ${attributes.get('download')}`, address: inner });
          continue;
        }
        bad.push({ file, where, address });
      }
    }
  }
  for (const script of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gu))
    for (const { where, address } of jsonAddresses(JSON.parse(script[1]!)))
      if (!isAllowedAddress(address)) bad.push({ file, where: `JSON-LD ${where}`, address });
  return bad;
}

/** The addresses of a built JSON, XML or text file that are not allowed. */
export function badAddressesInFile(file: string, text: string): BadAddress[] {
  if (file.endsWith('.html')) return badAddressesInHtml(file, text);
  if (file.endsWith('.json'))
    return jsonAddresses(JSON.parse(text))
      .filter(({ address }) => !isAllowedAddress(address))
      .map(({ where, address }) => ({ file, where, address }));
  if (file.endsWith('.xml'))
    return [
      ...[...text.matchAll(/<(loc|link|id|uri)>([^<]*)<\/\1>/gu)].map((m) => ({ where: `<${m[1]}>`, address: m[2]! })),
      ...[...text.matchAll(/\s(href|src)="([^"]*)"/gu)].map((m) => ({ where: m[1]!, address: m[2]! })),
    ]
      .map(({ where, address }) => ({ file, where, address: decodeEntities(address) }))
      .filter(({ address }) => !isAllowedAddress(address));
  return [];
}

/** Every address in the built site that is not a web address, checked file by file (Pagefind's own files left out). */
export function badAddressesIn(dist: string): { files: number; bad: BadAddress[] } {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(?:html|json|xml)$/u.test(f) && !f.startsWith(`pagefind${sep}`),
  );
  return {
    files: files.length,
    bad: files.flatMap((f) => badAddressesInFile(f.split(sep).join('/'), readFileSync(join(dist, f), 'utf8'))),
  };
}
