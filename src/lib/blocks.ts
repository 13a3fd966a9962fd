/**
 * The statement body format. A transcription is plain text in a Markdown file:
 * blank lines separate paragraphs, line breaks inside a paragraph are joined
 * (hard wraps), `## ` starts a subheading the source itself has, and a backslash
 * marks the next punctuation character as literal. Nothing else is interpreted,
 * so no Markdown processor can turn quotes, dashes or asterisks into anything
 * the source did not have.
 */
import { slugify, unescapeMarkdown } from './text.ts';
import { assignTurns } from './turns.ts';

/** A numbered paragraph of the source, the unit readers cite. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** One-based paragraph number, stable as long as the transcription is. */
  n: number;
  /** The fragment id, `p<N>`. */
  id: string;
  /** The paragraph text with hard wraps joined and escapes removed. */
  text: string;
  /** In a transcript: the speaker label the paragraph opens with, as printed ("VICE PRESIDENT HARRIS:"). */
  label?: string;
  /** In a transcript: the name in the label of the turn it belongs to ("Q"), or null before the first label. */
  speaker?: string | null;
  /** For an item of a list the source prints: its marker exactly as printed ("-", "•", "1.") and its depth (1 for the outer list). */
  list?: ListItem;
}

/** Where a paragraph sits in a list the source prints. */
export interface ListItem {
  /** The item's marker, exactly as printed; it is part of the text too. */
  marker: string;
  /** 1 for an item of the outer list, 2 for an item of a list inside it, and so on. */
  depth: number;
}

/** A subheading that the source itself prints between paragraphs. */
export interface HeadingBlock {
  kind: 'heading';
  /** The fragment id, derived from the heading text. */
  id: string;
  text: string;
}

/** A press-release end mark such as `###`, kept as the source has it. */
export interface EndMarkBlock {
  kind: 'end-mark';
  text: string;
}

export type Block = ParagraphBlock | HeadingBlock | EndMarkBlock;

/** End marks that close a press release; shown as such, never as a heading. */
export const END_MARKS: ReadonlySet<string> = new Set(['###', '# # #', '-30-', '- 30 -']);

/** Splits a body into chunks of raw lines separated by whitespace-only lines. */
function splitChunks(body: string): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of body.replace(/\r\n?/gu, '\n').split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) chunks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * A list marker at the start of a line: a bullet ("-", "*", "•", "·", "–", "▪",
 * "◦"), a number or letter with a full stop or bracket ("1.", "2)", "a)",
 * "(iii)"), then a space. A lower-case "o" is a bullet only inside a list, as
 * word processors print a second-level bullet; elsewhere it is the word "o".
 */
const LIST_MARKER =
  /^([ \t\u00a0]*)([-*•·‣▪◦–]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])[ \t\u00a0]+(?=\S)/u;
const SECOND_LEVEL_MARKER = /^([ \t\u00a0]*)(o)[ \t\u00a0]+(?=\S)/u;

/** The list marker a line opens with, its indentation in columns (a tab counts 4), or null. */
export function listMarker(line: string, inList = false): { marker: string; indent: number } | null {
  const match = LIST_MARKER.exec(line) ?? (inList ? SECOND_LEVEL_MARKER.exec(line) : null);
  if (!match) return null;
  const indent = [...match[1]!].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
  return { marker: match[2]!, indent };
}

/** The depth of a list item written with this indentation: two spaces a level. */
export const depthOfIndent = (indent: number) => 1 + Math.floor(indent / 2);

/** Splits a chunk of a list into its items: each line with a marker opens one; other lines continue it. */
function listItems(lines: readonly string[]): { lines: string[]; marker: string; depth: number }[] {
  const items: { lines: string[]; marker: string; depth: number }[] = [];
  for (const line of lines) {
    const marker = listMarker(line, true);
    if (marker) items.push({ lines: [line.trim()], marker: marker.marker, depth: depthOfIndent(marker.indent) });
    else items.at(-1)!.lines.push(line.trim());
  }
  return items;
}

/** A heading line: one to six `#` and a space. */
const HEADING_LINE = /^\s*#{1,6}\s+(.*)$/u;

/** Text on the line directly under a heading, where the body grammar wants a blank line. */
export interface TextUnderHeading {
  /** The line of the text under the heading, counted in the whole file when given its first body line. */
  line: number;
  /** The heading's text, as the reader sees it. */
  heading: string;
}

/**
 * Finds text written directly under a heading. A heading is one line; were
 * the next line allowed, it would be joined into the heading, unnumbered, and
 * the word-for-word check would still pass, since no word is lost. Line
 * numbers count from `firstLine`, the body's first line in its file.
 */
export function findTextUnderHeadings(body: string, firstLine = 1): TextUnderHeading[] {
  const lines = body.replace(/\r\n?/gu, '\n').split('\n');
  const found: TextUnderHeading[] = [];
  lines.forEach((line, i) => {
    // Only a line that starts a block is read as a heading (parseBody looks at a block's start).
    const startsBlock = i === 0 || lines[i - 1]!.trim() === '';
    const heading = startsBlock ? HEADING_LINE.exec(line) : null;
    const next = lines[i + 1];
    if (heading && next !== undefined && next.trim() !== '')
      found.push({ line: firstLine + i + 1, heading: unescapeMarkdown(heading[1]!.trim()) });
  });
  return found;
}

/** The line of a file on which its body starts, for messages that cite a body line (front matter lines counted). */
export function bodyStartLine(raw: string, body: string): number {
  const normalised = raw.replace(/\r\n?/gu, '\n');
  const text = body.replace(/\r\n?/gu, '\n');
  const before = normalised.endsWith(text) ? normalised.slice(0, normalised.length - text.length) : '';
  return before.split('\n').length;
}

/** How to read a body. */
export interface ParseOptions {
  /** The body is a transcript (remarks, briefing, interview): mark its speakers' turns. */
  transcript?: boolean;
}

/** Parses a transcription body into numbered paragraphs (list items among them), subheadings and an end mark. */
export function parseBody(body: string, options: ParseOptions = {}): Block[] {
  const chunks = splitChunks(body);
  const blocks: Block[] = [];
  const usedIds = new Set<string>();
  let n = 0;
  chunks.forEach((raw, index) => {
    const lines = raw.map((line) => line.trim());
    const joined = lines.join(' ');
    const heading = /^#{1,6}\s+(.*)$/su.exec(joined);
    if (heading) {
      const text = unescapeMarkdown(heading[1] ?? '');
      let id = `s-${slugify(text) || 'section'}`;
      while (usedIds.has(id)) id += '-x';
      usedIds.add(id);
      blocks.push({ kind: 'heading', id, text });
      return;
    }
    const previous = blocks.at(-1);
    const inList = previous?.kind === 'paragraph' && previous.list !== undefined;
    if (listMarker(raw[0]!, inList)) {
      for (const item of listItems(raw)) {
        n += 1;
        const text = unescapeMarkdown(item.lines.join(' '));
        blocks.push({ kind: 'paragraph', n, id: `p${n}`, text, list: { marker: item.marker, depth: item.depth } });
      }
      return;
    }
    const text = unescapeMarkdown(joined);
    if (index === chunks.length - 1 && END_MARKS.has(text)) {
      blocks.push({ kind: 'end-mark', text });
      return;
    }
    n += 1;
    blocks.push({ kind: 'paragraph', n, id: `p${n}`, text });
  });
  return options.transcript ? assignTurns(blocks) : blocks;
}

/** The numbered paragraphs of a parsed body. */
export function paragraphsOf(blocks: readonly Block[]): ParagraphBlock[] {
  return blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
}

/**
 * Finds raw HTML in a body. Bodies are shown as text, so a tag would appear
 * literally; it is rejected instead because it almost always means markup was
 * pasted in by mistake. A literal `<` in a source is written `\<`.
 */
export function findRawHtml(body: string): string | null {
  const match = /(?<!\\)<\/?[A-Za-z!?][^>]*>?/u.exec(body);
  return match ? match[0].slice(0, 60) : null;
}
