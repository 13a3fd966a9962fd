/**
 * The units a copy is read in: runs of lines separated by blank lines, with
 * the blank lines between them counted, so the normalisation log can say
 * exactly what a draft changed in the copy's layout.
 */

/** A run of lines of the copy read as one unit: a paragraph, a heading, a line, a list item. */
export interface Chunk {
  /** The lines as the copy has them, without line ends. */
  lines: string[];
  /** How many blank (empty or whitespace-only) lines come before it, from the previous chunk or the start. */
  blankBefore: number;
  /** The lines trimmed and joined with single spaces. */
  joined: string;
  /**
   * How the unit was cut from a run of lines the copy prints without a blank
   * line between them: `line`, one line that is a paragraph of its own (the
   * copy sets one paragraph per line); `list`, a list item.
   */
  split?: 'line' | 'list';
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

/** What a metadata block says, each value as the block gives it. */
export interface CopyMetadata {
  title?: string;
  date?: string;
  published?: string;
  modified?: string;
  permalink?: string;
  category?: string;
}

/** A problem with the copy itself, reported to the editor in one line. */
export class CopyError extends Error {}

/** True for a line that holds nothing but whitespace (no-break spaces included). */
const isBlank = (line: string) => line.trim() === '';

/** Makes a chunk from lines. */
export function chunkOf(lines: string[], blankBefore: number, split?: Chunk['split']): Chunk {
  return { lines, blankBefore, joined: lines.map((l) => l.trim()).join(' '), ...(split && { split }) };
}

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
    chunks.push(chunkOf(current, blank));
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
