/**
 * What Pagefind indexes of a page, cut out of it: the page's language, its
 * sort date, and the element marked `data-pagefind-body` with every element
 * marked `data-pagefind-ignore` taken out. The search index of a period is
 * built from these extracts and its reuse decided by them, so a change to a
 * part of a page that search never reads (the related statements, the
 * earlier and later links, the citations) neither re-indexes its period nor
 * changes a byte of its index.
 */

/** The indexed part of a page. */
export interface PageExtract {
  /** The page's language, from `<html lang>`; `unknown` without one. */
  language: string;
  /** The date Pagefind sorts by (`data-pagefind-sort="date:…"`), or undefined. */
  date: string | undefined;
  /** The `data-pagefind-body` element without its ignored elements, or undefined when the page has none. */
  body: string | undefined;
}

/** Elements that never have content or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text, never tags. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/** A tag, a comment, or a doctype; attribute values may hold `>` inside quotes. */
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gu;

/** True when a tag's attributes include the named one. */
const hasAttribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}(?=[\\s=/>]|$)`, 'u').test(attributes);

/** The language a page declares on its `<html>` element; `unknown` without one. */
export function htmlLanguage(html: string): string {
  const element = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*>/iu.exec(html)?.[0] ?? '';
  return /\slang\s*=\s*["']?([^"'\s>]+)/iu.exec(element)?.[1] ?? 'unknown';
}

/**
 * Cuts the indexed part out of a page's HTML (see the module comment). Tags are matched by name and
 * nesting, comments and the text of scripts and styles skipped, so an ignored element ends where
 * its own end tag is.
 */
export function extractIndexed(html: string): PageExtract {
  const language = htmlLanguage(html);
  const date = /\sdata-pagefind-sort="date:([^"]*)"/u.exec(html)?.[1];
  const parts: string[] = [];
  /** Names of the open elements inside the body, innermost last; `ignoring` is the depth an ignored one opened at. */
  const open: string[] = [];
  let inBody = false;
  let ignoring = -1;
  let copiedTo = 0;
  let bodyDone = false;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match && !bodyDone; match = TAG.exec(html)) {
    const [whole, slash, rawName, attributes = ''] = match;
    if (!rawName) continue; // comment or doctype
    const name = rawName.toLowerCase();
    const start = match.index;
    const end = start + whole.length;
    if (!slash && RAW.has(name)) {
      // Skip to the element's end tag: its text may hold anything.
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      TAG.lastIndex = close < 0 ? html.length : close;
      if (inBody && ignoring < 0) {
        parts.push(html.slice(copiedTo, TAG.lastIndex));
        copiedTo = TAG.lastIndex;
      }
      continue;
    }
    if (!inBody) {
      if (!slash && hasAttribute(attributes, 'data-pagefind-body')) {
        inBody = true;
        copiedTo = start;
        if (!VOID.has(name) && !whole.endsWith('/>')) open.push(name);
      }
      continue;
    }
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at < 0) continue; // a stray end tag
      open.length = at;
      if (ignoring >= 0 && open.length <= ignoring) {
        // The ignored element ends here: resume copying after its end tag.
        ignoring = -1;
        copiedTo = end;
      }
      if (open.length === 0) {
        parts.push(html.slice(copiedTo, end));
        bodyDone = true;
      }
      continue;
    }
    const opens = !VOID.has(name) && !whole.endsWith('/>');
    if (ignoring < 0 && hasAttribute(attributes, 'data-pagefind-ignore')) {
      parts.push(html.slice(copiedTo, start));
      copiedTo = end;
      if (opens) ignoring = open.length;
    }
    if (opens) open.push(name);
  }
  if (inBody && !bodyDone && ignoring < 0) parts.push(html.slice(copiedTo));
  return { language, date, body: inBody ? parts.join('') : undefined };
}

/** A page for Pagefind made of its extract alone: what Pagefind reads of it, nothing else. */
export function indexedPage(extract: PageExtract): string {
  return `<!DOCTYPE html><html lang="${extract.language}"><head></head><body>${extract.body ?? ''}</body></html>`;
}
