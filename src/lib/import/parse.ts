/**
 * Reading a copy into its parts: headline, standfirst, bylines, paragraphs,
 * subheadings, end mark and page furniture, each with the lines of the copy it
 * came from. Nothing here changes a visible character: a part's text is its
 * lines trimmed and joined with single spaces (and, for a Markdown copy, its
 * backslash escapes removed, as the content check reads it). What the layout
 * of the copy looked like is kept too, so the normalisation log can say
 * exactly what the draft changed.
 */
import { parse as parseYaml } from 'yaml';
import { END_MARKS } from '../blocks.ts';
import { unescapeMarkdown } from '../text.ts';
import { detectFormat, splitMetadataBlock, type CopyFormat } from './detect.ts';

/** A run of non-blank lines of the copy, separated from the next by blank lines. */
export interface Chunk {
  /** The lines as the copy has them, without line ends. */
  lines: string[];
  /** How many blank (empty or whitespace-only) lines come before it, from the previous chunk or the start. */
  blankBefore: number;
  /** The lines trimmed and joined with single spaces. */
  joined: string;
}

/** The line layout of a copy's text (after any metadata block). */
export interface TextLayout {
  chunks: Chunk[];
  /** Blank lines after the last chunk. */
  blankAfter: number;
  /** Lines holding only spaces, tabs or no-break spaces (not empty). */
  whitespaceOnlyLines: number;
  /** True when the copy ends its lines with CR LF. */
  crlf: boolean;
}

/** What a part of the copy is. */
export type PartRole =
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'paragraph'
  | 'heading'
  | 'end-mark'
  | 'furniture'
  | 'transcript-header'
  | 'transcript-close';

/** One part of the copy and the chunk of lines it came from. */
export interface Part {
  role: PartRole;
  /** The text as the content check reads it (escapes removed in Markdown copies). */
  text: string;
  chunk: Chunk;
}

/** A byline found in the copy, with its name read. */
export interface FoundByline {
  text: string;
  name: string;
  placement: 'header' | 'text';
  /** For a byline inside the text: the number of the paragraph that holds it. */
  paragraph?: number;
}

/** What a metadata block says, each value as the block gives it. */
export interface CopyMetadata {
  title?: string;
  date?: string;
  published?: string;
  modified?: string;
  permalink?: string;
  category?: string;
}

/** A copy read into its parts. */
export interface ParsedCopy {
  format: CopyFormat;
  /** Values from the copy's metadata block, if it has one. */
  metadata: CopyMetadata;
  /** Which keys the metadata block holds, in its order. */
  metadataKeys: string[];
  /** The text's parts in copy order. */
  parts: Part[];
  layout: TextLayout;
  bylines: FoundByline[];
  /** Backslash escapes removed from a Markdown copy's text (the end mark's excepted). */
  escapesRemoved: number;
  /** The end mark exactly as the copy writes it, e.g. `\###`. */
  endMarkAsWritten?: string;
}

/** A problem with the copy itself, reported to the editor in one line. */
export class CopyError extends Error {}

/** True for a line that holds nothing but whitespace (no-break spaces included). */
const isBlank = (line: string) => line.trim() === '';

/** Splits text into chunks of non-blank lines, recording the blank lines between them. */
export function chunkText(text: string): TextLayout {
  const crlf = /\r\n/u.test(text);
  const lines = text.split(/\r\n|\r|\n/u);
  const chunks: Chunk[] = [];
  let blank = 0;
  let whitespaceOnlyLines = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    chunks.push({ lines: current, blankBefore: blank, joined: current.map((l) => l.trim()).join(' ') });
    current = [];
    blank = 0;
  };
  for (const line of lines) {
    if (isBlank(line)) {
      if (line !== '') whitespaceOnlyLines += 1;
      flush();
      blank += 1;
    } else {
      current.push(line);
    }
  }
  flush();
  // A final line end is not a blank line of its own.
  const blankAfter = lines.at(-1) === '' ? Math.max(0, blank - 1) : blank;
  return { chunks, blankAfter, whitespaceOnlyLines, crlf };
}

/** Number of Markdown backslash escapes in a text, as `unescapeMarkdown` removes them. */
function countEscapes(text: string): number {
  return text.match(/\\[!-/:-@[-`{-~]/gu)?.length ?? 0;
}

/** Reads a metadata value as text: YAML may give a number (`date: 2021`) or a string. */
function metaText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A Markdown heading line: `## Text` (the content check reads the `#` marks as markup). */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(\S.*)$/u;

/** Reads a whitehouse.gov copy: metadata block, then Markdown paragraphs and headings, and a final end mark. */
function parseWhiteHouse(raw: string): ParsedCopy {
  const block = splitMetadataBlock(raw);
  if (!block) throw new CopyError('the copy has no metadata block (--- … ---) at its start; use --format plain');
  let meta: unknown;
  try {
    meta = parseYaml(block.yaml);
  } catch (error) {
    throw new CopyError(`the copy's metadata block is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const record = (meta && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
  const metadata: CopyMetadata = {
    title: metaText(record.title),
    date: metaText(record.date),
    published: metaText(record.published_time),
    modified: metaText(record.modified_time),
    permalink: metaText(record.permalink),
    category: metaText(record.category),
  };
  const layout = chunkText(block.rest);
  const parts: Part[] = [];
  let escapesRemoved = 0;
  let endMarkAsWritten: string | undefined;
  layout.chunks.forEach((chunk, i) => {
    const text = unescapeMarkdown(chunk.joined);
    if (i === layout.chunks.length - 1 && END_MARKS.has(text)) {
      endMarkAsWritten = chunk.joined;
      parts.push({ role: 'end-mark', text, chunk });
      return;
    }
    const heading = MARKDOWN_HEADING.exec(chunk.lines[0]!.trim());
    if (heading) {
      // A Markdown heading is one line; any lines under it are a paragraph of their own.
      const [line, ...rest] = chunk.lines;
      const headingText = heading[1]!;
      escapesRemoved += countEscapes(headingText);
      parts.push({
        role: 'heading',
        text: unescapeMarkdown(headingText),
        chunk: { ...chunk, lines: [line!], joined: line!.trim() },
      });
      if (rest.length === 0) return;
      const joined = rest.map((l) => l.trim()).join(' ');
      escapesRemoved += countEscapes(joined);
      parts.push({ role: 'paragraph', text: unescapeMarkdown(joined), chunk: { lines: rest, blankBefore: 0, joined } });
      return;
    }
    escapesRemoved += countEscapes(chunk.joined);
    parts.push({ role: 'paragraph', text, chunk });
  });
  return {
    format: 'whitehouse',
    metadata,
    metadataKeys: Object.keys(record),
    parts,
    layout,
    bylines: [],
    escapesRemoved,
    endMarkAsWritten,
  };
}

/** A byline on a line of its own under the headline: "by Pamela Contreras". */
const BYLINE_LINE = /^by\s+(\p{Lu}[\p{L}\p{M}.'’\- ]{1,80}?)(?:\s+-[A-Z]{2,6}-)?$/u;

/** A dateline with a byline opening the first paragraph: "Guatemala City, by Brenda Larios -AGN- …". */
const DATELINE_BYLINE = /^[^,]{1,60},\s+(by\s+(\p{Lu}[\p{L}\p{M}.'’\- ]{1,80}?)\s+-[A-Z]{2,6}-)(?=\s|$)/u;

/** Lines that begin the page furniture scraped after an article. */
const FURNITURE_MARKS = [
  /^You may also like\b/iu,
  /^(?:Related(?: news| articles| posts)?|Read (?:also|more)|More news|Share(?: this)?)\s*:?$/iu,
  /^We are GT News\b/u,
  /\bofficial news agency of the Government\b/u,
  /^Copyright\b/iu,
  /^©/u,
  /\[email\s*protected\]/u,
];

/** Furniture lines are short: a label, a related headline, a copyright line. */
const FURNITURE_MAX_WORDS = 25;

/**
 * Where the page furniture begins: the first line from `from` on that carries
 * a furniture mark and is followed only by short lines, so that a paragraph
 * which happens to begin "Copyright …" mid-article is not cut off with the rest.
 * Returns the chunk count when there is none.
 */
function furnitureStart(chunks: readonly Chunk[], from: number): number {
  const short = (c: Chunk) => c.joined.split(/\s+/u).length <= FURNITURE_MAX_WORDS;
  for (let i = from; i < chunks.length; i += 1) {
    if (FURNITURE_MARKS.some((m) => m.test(chunks[i]!.joined)) && chunks.slice(i).every(short)) return i;
  }
  return chunks.length;
}

/** Sentence or clause punctuation, or a closing quote or bracket, at the end of a line. */
const ENDS_LIKE_SENTENCE = /[.,;:!?…"'”’)\]]$/u;

/**
 * A one-line subheading between paragraphs: at most ten words and 80
 * characters, beginning with a capital letter or a digit, not ending like a
 * sentence or a quotation. ("“When women are doing well, …” stated U.S. Vice
 * President", a paragraph that breaks off, begins with a quote mark and is too
 * long, so it stays a paragraph.)
 */
export function looksLikeSubheading(chunk: Chunk): boolean {
  const text = chunk.joined;
  return (
    chunk.lines.length === 1 &&
    text.length <= 80 &&
    text.split(/\s+/u).length <= 10 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !ENDS_LIKE_SENTENCE.test(text)
  );
}

/** Reads the name in a byline: "by Brenda Larios -AGN-" → "Brenda Larios". */
export function bylineName(text: string): string {
  return text
    .replace(/^by\s+/iu, '')
    .replace(/\s+-[A-Z]{2,6}-$/u, '')
    .trim();
}

/** Sets the body's parts: one-line subheadings between paragraphs (if allowed), a final end mark. */
function bodyParts(chunks: Chunk[], subheadings: boolean): Part[] {
  return chunks.map((chunk, i) => {
    const text = chunk.joined;
    if (i === chunks.length - 1 && END_MARKS.has(text)) return { role: 'end-mark', text, chunk };
    const between = i > 0 && i < chunks.length - 1;
    if (subheadings && between && looksLikeSubheading(chunk) && !END_MARKS.has(chunks[i + 1]!.joined))
      return { role: 'heading', text, chunk };
    return { role: 'paragraph', text, chunk };
  });
}

/** Reads a GT News / AGN page copy: headline, standfirst, byline, text with subheadings, furniture. */
function parseGtNews(raw: string): ParsedCopy {
  const layout = chunkText(raw);
  const { chunks } = layout;
  if (chunks.length === 0) throw new CopyError('the copy is empty');
  const bylineAt = chunks.findIndex((c, i) => i >= 1 && i <= 3 && c.lines.length === 1 && BYLINE_LINE.test(c.joined));
  const datelineAt = chunks.findIndex((c, i) => i >= 1 && i <= 4 && DATELINE_BYLINE.test(c.joined));
  const anchor = bylineAt >= 0 ? bylineAt : datelineAt;
  const parts: Part[] = [{ role: 'title', text: chunks[0]!.joined, chunk: chunks[0]! }];
  // A standfirst sits between the headline and the byline (or the dateline); without either, nothing marks it.
  const headEnd = anchor > 0 ? anchor : 1;
  for (let i = 1; i < headEnd; i += 1) {
    parts.push({ role: i === 1 ? 'subtitle' : 'paragraph', text: chunks[i]!.joined, chunk: chunks[i]! });
  }
  const bylines: FoundByline[] = [];
  let bodyStart = headEnd;
  if (bylineAt >= 0) {
    const chunk = chunks[bylineAt]!;
    parts.push({ role: 'byline', text: chunk.joined, chunk });
    bylines.push({ text: chunk.joined, name: bylineName(chunk.joined), placement: 'header' });
    bodyStart = bylineAt + 1;
  }
  const furnitureAt = furnitureStart(chunks, bodyStart + 1);
  parts.push(...bodyParts(chunks.slice(bodyStart, furnitureAt), true));
  for (const chunk of chunks.slice(furnitureAt)) parts.push({ role: 'furniture', text: chunk.joined, chunk });

  const first = parts.find((p) => p.role === 'paragraph');
  const dateline = first && DATELINE_BYLINE.exec(first.text);
  if (dateline) {
    const text = dateline[1]!;
    bylines.push({ text, name: bylineName(text), placement: 'text', paragraph: 1 });
  }
  return { format: 'gt-news', metadata: {}, metadataKeys: [], parts, layout, bylines, escapesRemoved: 0 };
}

/** A first line that reads as a title: one line, at most 25 words, not ending like a sentence. */
function looksLikeTitle(chunk: Chunk): boolean {
  return chunk.lines.length === 1 && chunk.joined.split(/\s+/u).length <= 25 && !/[.,;:!?…]$/u.test(chunk.joined);
}

/** Reads a plain-text copy: an optional title line, then paragraphs and an optional end mark. */
function parsePlain(raw: string): ParsedCopy {
  const layout = chunkText(raw);
  const { chunks } = layout;
  if (chunks.length === 0) throw new CopyError('the copy is empty');
  const titled = chunks.length > 1 && looksLikeTitle(chunks[0]!);
  const parts: Part[] = titled ? [{ role: 'title', text: chunks[0]!.joined, chunk: chunks[0]! }] : [];
  parts.push(...bodyParts(titled ? chunks.slice(1) : chunks, false));
  return { format: 'plain', metadata: {}, metadataKeys: [], parts, layout, bylines: [], escapesRemoved: 0 };
}

/** Reads a copy in the given format, or the one {@link detectFormat} recognises. */
export function parseCopy(raw: string, format: CopyFormat = detectFormat(raw)): ParsedCopy {
  const parsed =
    format === 'whitehouse' ? parseWhiteHouse(raw) : format === 'gt-news' ? parseGtNews(raw) : parsePlain(raw);
  if (!parsed.parts.some((p) => p.role === 'paragraph'))
    throw new CopyError('the copy has no paragraph of text after its headline and metadata');
  return parsed;
}
