/**
 * The set lines of a transcript copy: the place, venue and time lines printed
 * above the first speaker ("Via Teleconference", "Vice President's Ceremonial
 * Office", "4:02 P.M. EDT") and the closing "END 4:20 P.M. EDT". They are not
 * speech, so they become the statement's `transcript.header` and
 * `transcript.close`, one string per line as the copy sets them, instead of
 * numbered paragraphs.
 */
import { unescapeMarkdown } from '../text.ts';
import { parseLabel } from '../turns.ts';
import type { ParsedCopy, Part } from './parse.ts';

/** A clock time as transcripts print it: "4:02 P.M. EDT", "10:15 a.m.", "12:30 PM". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)/u;

/** The closing line of a transcript: "END", "END 4:20 P.M. EDT". */
const END_LINE = /^END(?:\s+\d{1,2}:\d{2}\b.*)?$/u;

/** Header lines are short: a place, a venue, a time. */
const HEADER_LINE_MAX_WORDS = 12;

/** The lines of a part as the content check reads them: trimmed, and unescaped in a Markdown copy. */
export function partLines(part: Part, format: ParsedCopy['format']): string[] {
  return part.chunk.lines.map((line) => (format === 'whitehouse' ? unescapeMarkdown(line.trim()) : line.trim()));
}

/** True for a chunk whose every line could be a place, venue or time line. */
function looksLikeHeader(part: Part): boolean {
  return (
    part.role === 'paragraph' &&
    parseLabel(part.text) === null &&
    part.chunk.lines.every((line) => line.trim().split(/\s+/u).length <= HEADER_LINE_MAX_WORDS)
  );
}

/**
 * Marks a transcript's header and close among the parts of a copy. The header
 * is the run of short, unlabelled paragraphs that opens the text when a speaker
 * label follows it, or else that run up to its last time line (so that a
 * transcript opening with a short sentence keeps it as speech); the close is a
 * final "END …" line. Returns new parts; the copy's own are left untouched.
 */
export function markTranscriptLines(parts: readonly Part[]): Part[] {
  const marked = parts.map((part) => ({ ...part }));
  const body = marked.filter((p) => p.role === 'paragraph');
  let headerEnd = 0;
  // The run of short, unlabelled paragraphs that opens the text.
  while (headerEnd < body.length && looksLikeHeader(body[headerEnd]!)) headerEnd += 1;
  const next = body[headerEnd];
  // Without a label after the run, the header ends with its last time line: what follows may be short speech.
  if (next === undefined || parseLabel(next.text) === null)
    headerEnd = body.slice(0, headerEnd).findLastIndex((p) => CLOCK_TIME.test(p.text)) + 1;
  if (headerEnd < body.length) for (const part of body.slice(0, headerEnd)) part.role = 'transcript-header';
  const last = body.at(-1);
  if (last && last.role === 'paragraph' && body.length > 1 && END_LINE.test(last.text)) last.role = 'transcript-close';
  return marked;
}
