/**
 * Reading a Markdown copy (a whitehouse.gov page saved with its YAML metadata
 * block) with remark: `remark-parse` gives the Markdown's own structure
 * (paragraphs, headings, lists and their items) and `remark-frontmatter` the
 * metadata block. Each node keeps its exact offsets in the copy, and the
 * importer takes a node's lines from the copy itself, never from remark's
 * rendering of them, so no character is lost or changed; whatever lies
 * between nodes must be whitespace, and is checked to be.
 */
import type { Root, RootContent, List, ListItem } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TIMESTAMP_PATTERN } from '../dates.ts';
import { unescapeMarkdown } from '../text.ts';
import { parseYaml } from '../yaml.ts';
import { chunkOf, chunkText, CopyError, type Chunk, type CopyMetadata, type TextLayout } from './chunks.ts';

/** A Markdown copy as read: its metadata, its units in copy order and which of them are headings. */
export interface MarkdownCopy {
  metadata: CopyMetadata;
  metadataKeys: string[];
  /** Paragraphs, headings, list items and other blocks, each with its own lines of the copy. */
  units: Chunk[];
  /** The text of each heading unit, its `#` marks and escapes removed. */
  headings: Map<Chunk, string>;
  /** The line layout of the text after the metadata block, for the normalisation log. */
  layout: TextLayout;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Reads a metadata value as text: YAML may give a number (`date: 2021`) or a string. */
function metaText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The offset of the start of the line holding an offset, so a unit keeps its indentation. */
function lineStart(text: string, offset: number): number {
  const before = text.lastIndexOf('\n', offset - 1);
  return before === -1 ? 0 : before + 1;
}

/** The lines of a stretch of the copy, without line ends and without blank lines at its ends. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u);
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines;
}

/** A Markdown heading line: `## Text` (the content check reads the `#` marks as markup). */
const ATX_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(\S.*)$/u;

/** Reads a Markdown copy with its metadata block; throws {@link CopyError} when either cannot be read. */
export function readMarkdownCopy(raw: string): MarkdownCopy {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const tree = processor.parse(text) as Root;
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) throw new CopyError('the copy has no metadata block (--- … ---) at its start; use --format plain');
  let meta: unknown;
  try {
    meta = parseYaml(yamlNode.value);
  } catch (error) {
    throw new CopyError(`the copy's metadata block is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const record = (meta && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
  const metadata: CopyMetadata = {
    title: metaText(record.title),
    date: metaText(record.date),
    // A `date` given as a date-time is the time of publication as well as the day.
    published:
      metaText(record.published_time) ??
      (TIMESTAMP_PATTERN.test(metaText(record.date) ?? '') ? metaText(record.date) : undefined),
    modified: metaText(record.modified_time),
    // Exports name the page's address `permalink`, `url`, `source_url` or `canonical`.
    permalink: [record.permalink, record.url, record.source_url, record.canonical].map(metaText).find(Boolean),
    category: metaText(record.category),
  };
  const textStart = yamlNode.position!.end.offset!;
  // The metadata block's closing fence ends its line; the text starts on the next.
  const rest = text.slice(textStart).replace(/^[^\n]*\n?/u, '');
  const restStart = text.length - rest.length;

  const units: Chunk[] = [];
  const headings = new Map<Chunk, string>();
  let cursor = restStart;

  /** Blank lines between the cursor and an offset; anything but whitespace there would be lost, so it is a unit too. */
  const gapTo = (offset: number): number => {
    const gap = text.slice(cursor, offset);
    if (gap.trim() !== '') {
      const lines = linesOf(gap);
      units.push(chunkOf(lines, 0));
      return 0;
    }
    const newlines = gap.match(/\r\n|\r|\n/gu)?.length ?? 0;
    return Math.max(0, newlines - (cursor === restStart ? 0 : 1));
  };

  const addUnit = (start: number, end: number, split?: Chunk['split']): Chunk | undefined => {
    const from = lineStart(text, start);
    const blankBefore = gapTo(from);
    const lines = linesOf(text.slice(from, end));
    cursor = end;
    if (lines.length === 0) return undefined;
    const chunk = chunkOf(lines, blankBefore, split);
    units.push(chunk);
    return chunk;
  };

  const addList = (list: List) => {
    for (const item of list.children as ListItem[]) {
      const nested = item.children.filter((c): c is List => c.type === 'list');
      const ownEnd = nested[0]?.position?.start.offset ?? item.position!.end.offset!;
      addUnit(item.position!.start.offset!, ownEnd, 'list');
      for (const sub of nested) addList(sub);
      cursor = Math.max(cursor, item.position!.end.offset!);
    }
  };

  for (const node of tree.children.slice(1) as RootContent[]) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    if (node.type === 'list') {
      addList(node);
      continue;
    }
    const chunk = addUnit(start, end);
    if (!chunk) continue;
    const atx = node.type === 'heading' && chunk.lines.length === 1 ? ATX_HEADING.exec(chunk.lines[0]!) : null;
    if (atx) headings.set(chunk, unescapeMarkdown(atx[1]!.trim()));
  }
  if (text.slice(cursor).trim() !== '') units.push(chunkOf(linesOf(text.slice(cursor)), 1));

  return { metadata, metadataKeys: Object.keys(record), units, headings, layout: chunkText(rest) };
}
