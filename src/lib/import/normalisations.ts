/**
 * The normalisation log of a draft, computed from what the draft changes
 * relative to the copy, never typed by hand: which lines were joined, which
 * spaces dropped, which blank lines reduced, which lines set apart as headline,
 * subheading, end mark or furniture, and which facts came from the metadata
 * block. Each entry is a sentence a reader can check against the copy.
 */
import { count, plural } from '../pages/shared.ts';
import { lineRoleLabels } from '../schema.ts';
import type { Chunk, ParsedCopy, Part, PartRole } from './parse.ts';

/** The log entry of a draft that changed nothing. */
export const NO_CHANGES = 'None: the text is shown exactly as the copy has it.';

/** Numbers the paragraphs among the parts, as the body parser will. */
export function paragraphNumbers(parts: readonly Part[]): Map<Part, number> {
  const numbers = new Map<Part, number>();
  let n = 0;
  for (const part of parts) if (part.role === 'paragraph') numbers.set(part, (n += 1));
  return numbers;
}

/** Quotes a text for a log entry, shortened at a word boundary when long. */
function quote(text: string): string {
  if (text.length <= 60) return `“${text}”`;
  const cut = text.slice(0, 58);
  const space = cut.search(/\s\S*$/u);
  return `“${(space > 20 ? cut.slice(0, space) : cut).trimEnd()} …”`;
}

/** Joins names in prose: "a", "a and b", "a, b and c". */
export function prose(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a part is called in a log entry. */
function partName(part: Part, numbers: Map<Part, number>, format: ParsedCopy['format']): string {
  const names: Record<PartRole, string> = {
    title: format === 'gt-news' ? 'the headline' : 'the title',
    subtitle: 'the standfirst',
    byline: `the byline ${quote(part.text)}`,
    paragraph: `paragraph ${numbers.get(part)}`,
    heading: `the subheading ${quote(part.text)}`,
    'end-mark': 'the end mark',
    furniture: 'the page furniture',
    line: part.line ? `the ${lineRoleLabels[part.line.role]} ${quote(part.text)}` : 'a line',
  };
  return names[part.role];
}

/** Fields taken from a metadata block, in reader's words. */
function metadataEntry(parsed: ParsedCopy): string | null {
  const { metadata } = parsed;
  const used = [
    metadata.title !== undefined && 'title',
    metadata.date !== undefined ? 'date' : metadata.published !== undefined && 'date (from the published time)',
    metadata.category !== undefined && 'category',
    metadata.permalink !== undefined && 'permalink',
    metadata.published !== undefined && 'published time',
    metadata.modified !== undefined && 'modified time',
  ].filter((x): x is string => typeof x === 'string');
  if (used.length === 0) return null;
  return `The ${prose(used)} are taken from the copy’s metadata block and shown in the catalogue record${
    metadata.title !== undefined ? '; the title is kept exactly as the block gives it' : ''
  }.`;
}

/** The headline, standfirst and header bylines the text printed at its top, now shown above it. */
function headerEntry(parsed: ParsedCopy): string | null {
  const head = parsed.parts.filter((p) => p.role === 'title' || p.role === 'subtitle' || p.role === 'byline');
  if (head.length === 0) return null;
  if (parsed.format === 'plain' && head.length === 1 && parsed.parts[0] === head[0])
    return `The first line, ${quote(head[0]!.text)}, is shown as the title.`;
  if (head.length === 1 && head[0]!.role === 'title')
    return `The headline, ${quote(head[0]!.text)}, is shown as the title.`;
  const numbers = new Map<Part, number>();
  const names = head.map((p) => partName(p, numbers, parsed.format));
  return `${prose(names).replace(/^t/u, 'T')} are shown above the text, in the order the copy prints them.`;
}

/** Where each subheading sat between paragraphs. */
function headingEntries(parsed: ParsedCopy, numbers: Map<Part, number>): string[] {
  const { parts } = parsed;
  return parts.flatMap((part, i) => {
    if (part.role !== 'heading') return [];
    const before = parts
      .slice(0, i)
      .reverse()
      .find((p) => p.role === 'paragraph');
    const after = parts.slice(i + 1).find((p) => p.role === 'paragraph');
    const where =
      before && after
        ? `between paragraphs ${numbers.get(before)} and ${numbers.get(after)}`
        : after
          ? `before paragraph ${numbers.get(after)}`
          : 'after the last paragraph';
    return [`${quote(part.text)} is shown as a subheading: the copy sets it on a line of its own ${where}.`];
  });
}

/** Line breaks joined inside parts. */
function joinEntries(parsed: ParsedCopy, numbers: Map<Part, number>): string[] {
  const wrapped = parsed.parts.filter((p) => p.chunk.lines.length > 1);
  const paragraphs = wrapped.filter((p) => p.role === 'paragraph');
  const entries: string[] = [];
  if (paragraphs.length > 0) {
    const total = numbers.size;
    const which =
      paragraphs.length === total
        ? total === 1
          ? 'the paragraph'
          : `all ${total} paragraphs`
        : count(paragraphs.length, 'paragraph', 'paragraphs');
    entries.push(`Hard line breaks inside ${which} are joined with single spaces.`);
  }
  const others = wrapped.filter((p) => p.role !== 'paragraph').map((p) => partName(p, numbers, parsed.format));
  if (others.length > 0)
    entries.push(`Line breaks inside ${prose([...new Set(others)])} are joined with single spaces.`);
  return entries;
}

/** Spaces dropped at line ends and starts, and lines of only spaces. */
function spaceEntries(parsed: ParsedCopy): string[] {
  const lines = parsed.parts.flatMap((p) => p.chunk.lines);
  const entries: string[] = [];
  const trailing = lines.filter((l) => l !== l.trimEnd());
  if (trailing.length > 0) {
    const nbsp = trailing.some((l) => /\u00a0/u.test(l.slice(l.trimEnd().length)));
    const inner = lines.some((l) => /\u00a0/u.test(l.trim()));
    entries.push(
      `${nbsp ? 'Spaces and no-break spaces' : 'Spaces'} at the ends of ${count(trailing.length, 'line', 'lines')} are dropped${
        inner ? '; no-break spaces inside lines are kept' : ''
      }.`,
    );
  }
  const leading = lines.filter((l) => l !== l.trimStart()).length;
  if (leading > 0) entries.push(`Spaces at the starts of ${count(leading, 'line', 'lines')} are dropped.`);
  const { whitespaceOnlyLines } = parsed.layout;
  if (whitespaceOnlyLines > 0)
    entries.push(
      `${count(whitespaceOnlyLines, 'line', 'lines')} holding only spaces ${plural(whitespaceOnlyLines, 'is')} read as blank.`,
    );
  return entries;
}

/** Runs of blank lines reduced to one, and blank lines dropped at the start and end. */
function blankLineEntries(parsed: ParsedCopy, numbers: Map<Part, number>): string[] {
  const entries: string[] = [];
  const { parts, layout } = parsed;
  const firstChunk: Chunk | undefined = layout.chunks[0];
  if (firstChunk && firstChunk.blankBefore > 0) {
    const where = parsed.format === 'whitehouse' ? 'between the metadata block and the text' : 'before the text';
    entries.push(
      `${count(firstChunk.blankBefore, 'blank line', 'blank lines')} ${where} ${plural(firstChunk.blankBefore, 'is')} dropped.`,
    );
  }
  let furnitureSeen = false;
  for (const part of parts) {
    if (part.role === 'furniture') {
      if (furnitureSeen) continue;
      furnitureSeen = true;
    }
    const blanks = part.chunk.blankBefore;
    if (part.chunk === firstChunk || blanks <= 1) continue;
    const run = blanks === 2 ? 'The doubled blank line' : `The run of ${blanks} blank lines`;
    entries.push(`${run} before ${partName(part, numbers, parsed.format)} is reduced to one.`);
  }
  if (layout.blankAfter > 0)
    entries.push(
      `${count(layout.blankAfter, 'blank line', 'blank lines')} at the end of the copy ${plural(layout.blankAfter, 'is')} dropped.`,
    );
  return entries;
}

/** The end mark, shown as such rather than as a paragraph or heading. */
function endMarkEntry(parsed: ParsedCopy): string | null {
  const mark = parsed.parts.find((p) => p.role === 'end-mark');
  if (!mark) return null;
  const written = parsed.endMarkAsWritten ?? mark.text;
  return written !== mark.text
    ? `The end mark, escaped in the Markdown copy as ${written}, is shown as ${mark.text} and marked as the end of the release, not as a heading.`
    : `The last line, ${quote(mark.text)}, is shown as the end mark of the release.`;
}

/** Where lines outside the text are, in a log entry. */
const PLACES = {
  above: 'above the headline',
  below: 'between the headline and the text',
  closing: 'after the text',
} as const;

/** Lines printed outside the text (masthead, kicker, office, date, place and time, closing lines), set apart rather than numbered. */
function lineEntries(parsed: ParsedCopy): string[] {
  return (['above', 'below', 'closing'] as const).flatMap((place) => {
    const lines = parsed.parts.filter((p) => p.role === 'line' && p.line!.place === place);
    if (lines.length === 0) return [];
    const named = lines.map((p) => `${quote(p.text)} (${lineRoleLabels[p.line!.role]})`);
    const where =
      place === 'above' && !parsed.parts.some((p) => p.role === 'title') ? 'before the text' : PLACES[place];
    return [
      `${lines.length === 1 ? 'The line' : `The ${lines.length} lines`} ${where}, ${prose(named)}, ${plural(lines.length, 'is')} kept as printed and set apart from the text, not numbered${
        lines.some((p) => p.line!.role === 'masthead')
          ? '; the site’s masthead is labelled as the source page’s, not the statement’s'
          : ''
      }.`,
    ];
  });
}

/** List items, shown as a list with their markers. */
function listEntry(parsed: ParsedCopy, numbers: Map<Part, number>): string | null {
  const items = parsed.parts.filter((p) => p.role === 'paragraph' && p.list);
  if (items.length === 0) return null;
  const markers = [...new Set(items.map((p) => p.list!.marker))].map((m) => `“${m}”`);
  const nested = items.some((p) => p.list!.depth > 1);
  const ns = items.map((p) => numbers.get(p)!);
  return `${count(items.length, 'line', 'lines')} opening with a list marker (${prose(markers)}) ${plural(items.length, 'is')} shown as ${
    nested ? 'a list with a list inside it' : 'a list'
  }, each item numbered as a paragraph (${ns.length === 1 ? 'paragraph' : 'paragraphs'} ${numberRanges(ns)}); the markers are kept as printed.`;
}

/** Paragraph numbers as runs: [1, 2, 3, 7] → "1–3 and 7". */
export function numberRanges(ns: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of [...ns].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return prose(runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)));
}

/** Lines the copy prints one paragraph to a line, without blank lines between them. */
function lineSplitEntry(parsed: ParsedCopy, numbers: Map<Part, number>): string | null {
  const split = parsed.parts.filter((p) => p.chunk.split === 'line' && p.role === 'paragraph');
  if (split.length === 0) return null;
  const ns = split.map((p) => numbers.get(p)!).filter((n) => n !== undefined);
  return `The copy sets ${ns.length === 1 ? 'paragraph' : 'paragraphs'} ${numberRanges(ns)} one to a line, without blank lines between them: each line is a paragraph of its own, separated here by a blank line.`;
}

/** Page furniture set apart. */
function furnitureEntry(parsed: ParsedCopy): string | null {
  const lines = parsed.parts.filter((p) => p.role === 'furniture').map((p) => p.text);
  if (lines.length === 0) return null;
  return `The last ${lines.length === 1 ? 'line' : `${lines.length} lines`} of the copy (${prose(lines.map(quote))}) ${plural(lines.length, 'was')} scraped with the page: kept, set apart and labelled as source page furniture, not as part of the text.`;
}

/** Computes the normalisation log of a draft made from a parsed copy. */
export function computeNormalisations(parsed: ParsedCopy): string[] {
  const numbers = paragraphNumbers(parsed.parts);
  const textBylines = parsed.bylines
    .filter((b) => b.placement === 'text')
    .map(
      (b) =>
        `The byline ${quote(b.text)} stays where the copy has it, in the dateline that opens paragraph ${b.paragraph}; the catalogue record lists it too.`,
    );
  const entries = [
    metadataEntry(parsed),
    headerEntry(parsed),
    ...textBylines,
    ...headingEntries(parsed, numbers),
    ...lineEntries(parsed),
    listEntry(parsed, numbers),
    lineSplitEntry(parsed, numbers),
    ...joinEntries(parsed, numbers),
    ...spaceEntries(parsed),
    ...blankLineEntries(parsed, numbers),
    parsed.layout.crlf ? 'Line ends written as CR LF are read as plain line breaks.' : null,
    parsed.escapesRemoved > 0
      ? `Markdown backslash escapes are removed in ${count(parsed.escapesRemoved, 'place', 'places')}; the characters they escape are kept.`
      : null,
    (parsed.markupRemoved ?? 0) > 0
      ? `Markdown’s marks of emphasis and quotation (\`**\`, \`*\`, \`> \`) are removed in ${count(parsed.markupRemoved!, 'place', 'places')}; the words they mark are kept, in plain type.`
      : null,
    endMarkEntry(parsed),
    furnitureEntry(parsed),
  ].filter((e): e is string => e !== null);
  return entries.length > 0 ? entries : [NO_CHANGES];
}
