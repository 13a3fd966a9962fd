/**
 * The set lines of a transcript copy: the place, venue and time lines printed
 * above the first speaker ("Via Teleconference", "Vice President's Ceremonial
 * Office", "4:02 P.M. EDT") and the closing "END 4:20 P.M. EDT". They are not
 * speech, so they become lines below the headline (`head.below`, roles
 * `place` and `time`) and closing lines (`closing`, role `end`), one string per
 * line as the copy sets them, instead of numbered paragraphs.
 */
import { stripMarkdownInline, unescapeMarkdown } from '../text.ts';
import { parseLabel } from '../turns.ts';
import type { ParsedCopy, Part } from './parse.ts';
import { CLOCK_TIME } from './line-roles.ts';

/** The closing line of a transcript: "END", "END 4:20 P.M. EDT". */
const END_LINE = /^END(?:\s+\d{1,2}:\d{2}\b.*)?$/u;

/** Header lines are short: a place, a venue, a time. */
const HEADER_LINE_MAX_WORDS = 12;

/** The lines of a part as the content check reads them: trimmed, and unescaped in a Markdown copy. */
export function partLines(part: Part, format: ParsedCopy['format']): string[] {
  return part.chunk.lines.map((line) =>
    format === 'whitehouse' ? unescapeMarkdown(stripMarkdownInline(line.trim()).text) : line.trim(),
  );
}

/** True for a chunk whose every line could be a place, venue or time line. */
function looksLikeHeader(part: Part): boolean {
  return (
    part.role === 'paragraph' &&
    part.list === undefined &&
    parseLabel(part.text) === null &&
    part.chunk.lines.every((line) => line.trim().split(/\s+/u).length <= HEADER_LINE_MAX_WORDS)
  );
}

/**
 * Marks a transcript's setting and close among the parts of a copy. The
 * setting is the run of short, unlabelled paragraphs that opens the text when
 * a speaker label follows it, or else that run up to its last time line (so
 * that a transcript opening with a short sentence keeps it as speech); each of
 * its lines becomes a line of its own, `time` when it gives a clock time and
 * `place` otherwise. The close is a final "END …" line. Returns new parts; the
 * copy's own are left untouched.
 */
export function markTranscriptLines(parts: readonly Part[], format: ParsedCopy['format']): Part[] {
  const body = parts.filter((p) => p.role === 'paragraph');
  let headerEnd = 0;
  // The run of short, unlabelled paragraphs that opens the text.
  while (headerEnd < body.length && looksLikeHeader(body[headerEnd]!)) headerEnd += 1;
  const next = body[headerEnd];
  // Without a label after the run, the header ends with its last time line: what follows may be short speech.
  if (next === undefined || parseLabel(next.text) === null)
    headerEnd = body.slice(0, headerEnd).findLastIndex((p) => CLOCK_TIME.test(p.text)) + 1;
  const header = new Set(headerEnd < body.length ? body.slice(0, headerEnd) : []);
  const last = body.at(-1);
  const close = last && body.length > 1 && END_LINE.test(last.text) ? last : undefined;
  return parts.flatMap((part): Part[] => {
    if (part === close) return [{ ...part, role: 'line', line: { place: 'closing', role: 'end' } }];
    if (!header.has(part)) return [{ ...part }];
    // Each line of the copy is a line of the setting, as the copy sets it.
    return partLines(part, format).map((text, i) => ({
      role: 'line',
      text,
      chunk: { lines: [part.chunk.lines[i]!], blankBefore: i === 0 ? part.chunk.blankBefore : 0, joined: text },
      line: { place: 'below', role: CLOCK_TIME.test(text) ? 'time' : 'place' },
    }));
  });
}
