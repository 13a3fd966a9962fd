/**
 * Reading a copy into its parts, the archive's document model of a copy:
 * lines above the headline (a site's masthead, a kicker, an office line, a
 * reference number), the headline, standfirst and bylines, lines below them
 * (date line, dateline, lead-in), the text (paragraphs, subheadings, list
 * items with their markers, an end mark), the lines that close it (place and
 * date, "END …", a signature) and the page furniture after it. Each part keeps
 * the lines of the copy it came from. Nothing here changes a visible
 * character: a part's text is its lines trimmed and joined with single spaces
 * (and, for a Markdown copy, its backslash escapes removed, as the content
 * check reads it). What the layout of the copy looked like is kept too, so
 * the normalisation log can say exactly what the draft changed.
 */
import { END_MARKS, listMarker } from '../blocks.ts';
import { findPrintedDate, placeAndDateLine } from '../printed-date.ts';
import type { LineRole } from '../schema.ts';
import { stripMarkdownInline, titleKey, unescapeMarkdown } from '../text.ts';
import { parseLabel } from '../turns.ts';
import { detectFormat, type CopyFormat } from './detect.ts';
import { CLOCK_TIME, closingLineRole, headLineRole } from './line-roles.ts';
import { chunkOf, chunkText, CopyError, type Chunk, type CopyMetadata, type TextLayout } from './chunks.ts';
import { readMarkdownCopy } from './markdown-copy.ts';

export { chunkOf, chunkText, CopyError, type Chunk, type CopyMetadata, type TextLayout };

/** What a part of the copy is. */
export type PartRole = 'title' | 'subtitle' | 'byline' | 'paragraph' | 'heading' | 'end-mark' | 'furniture' | 'line';

/** Where a line outside the text sits: above the headline, below it (before the text), or after the text. */
export type LinePlace = 'above' | 'below' | 'closing';

/** One part of the copy and the chunk of lines it came from. */
export interface Part {
  role: PartRole;
  /** The text as the content check reads it (escapes removed in Markdown copies). */
  text: string;
  chunk: Chunk;
  /** For a line outside the text: where it sits and what it is. */
  line?: { place: LinePlace; role: LineRole };
  /** For a list item: its marker as printed and its depth. */
  list?: { marker: string; depth: number };
}

/** A byline found in the copy, with its name read. */
export interface FoundByline {
  text: string;
  name: string;
  /** `header`: under the headline; `text`: inside the first paragraph; `line`: one of the lines below the headline. */
  placement: 'header' | 'text' | 'line';
  /** For a byline inside the text: the number of the paragraph that holds it. */
  paragraph?: number;
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
  /** Marks of emphasis and quotation removed from a Markdown copy's text (`**`, `*`, `> `). */
  markupRemoved?: number;
  /** The end mark exactly as the copy writes it, e.g. `\###`. */
  endMarkAsWritten?: string;
  /** True when the copy reads as a transcript: several paragraphs open with a speaker's label. */
  transcriptLike: boolean;
}

/** Sentence punctuation, or a closing quote or bracket after it, at the end of a line. */
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]]?$/u;

/** Lines longer than this are rarely hard wraps: with them, a copy usually sets one paragraph per line. */
const UNWRAPPED_LINE = 100;

/**
 * Whether a run of lines reads as hard-wrapped prose at any width: most of its long lines (the last aside,
 * list items and short lines such as headings left out) stop in the middle of a sentence. A copy that sets
 * one paragraph per line ends nearly every long line with a sentence; one wrapped at 110 or 120 columns
 * ends few of them.
 */
export function readsAsWrapped(lines: readonly string[]): boolean {
  const width = Math.max(...lines.map((l) => l.trim().length));
  const inner = lines.slice(0, -1).filter((l) => !listMarker(l) && l.trim().length >= width / 2);
  if (inner.length === 0) return false;
  const midSentence = inner.filter((l) => !ENDS_SENTENCE.test(l.trim())).length;
  // One long line (a headline over a date, say) is wrapped only when the next line carries on in lower case.
  if (inner.length === 1) {
    const next = lines[lines.indexOf(inner[0]!) + 1]?.trim() ?? '';
    return midSentence === 1 && /^\p{Ll}/u.test(next);
  }
  return midSentence * 2 > inner.length;
}

/**
 * Cuts a chunk into the units the copy means: list items (a line opening with
 * a marker starts one) and, where the copy sets one paragraph per line without
 * blank lines between, one unit per line. A line ends a paragraph when the
 * copy's lines are too long to be hard wraps, or when it ends a sentence and
 * is much shorter than the lines around it (a hard wrap fills its line), or
 * when every line of the run ends a sentence.
 */
export function splitChunk(chunk: Chunk): Chunk[] {
  const { lines } = chunk;
  if (lines.length === 1 && !listMarker(lines[0]!)) return [chunk];
  const width = Math.max(...lines.map((l) => l.trim().length));
  const unwrapped = lines.slice(0, -1).some((l) => l.trim().length > UNWRAPPED_LINE) && !readsAsWrapped(lines);
  const prose = lines.filter((l) => !listMarker(l));
  const allSentences = prose.length >= 2 && prose.every((l) => ENDS_SENTENCE.test(l.trim()));
  const units: { lines: string[]; list: boolean }[] = [];
  let inList = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1]?.trim() ?? '';
    const marker = listMarker(line, inList);
    const breaks =
      i > 0 &&
      !marker &&
      (unwrapped ||
        allSentences ||
        ((ENDS_SENTENCE.test(previous) || isFooterLine(previous)) && isFooterLine(line)) ||
        (ENDS_SENTENCE.test(previous) && previous.length < 0.7 * width && /^[\p{Lu}\d“"'¿¡(]/u.test(line.trim())));
    // An indented line after a list item continues it; anything else after a list item ends the list.
    const continuesItem = inList && !marker && /^[ \t\u00a0]/u.test(line) && !unwrapped;
    if (i === 0 || marker || (breaks && !continuesItem) || (inList && !continuesItem)) {
      units.push({ lines: [line], list: marker !== null });
      inList = marker !== null;
    } else {
      units.at(-1)!.lines.push(line);
    }
  });
  if (units.length === 1 && !units[0]!.list) return [chunk];
  return units.map((unit, i) => chunkOf(unit.lines, i === 0 ? chunk.blankBefore : 0, unit.list ? 'list' : 'line'));
}

/** The list depth of each list unit: by indentation, or by the order in which kinds of marker first appear. */
function listDepths(chunks: readonly Chunk[]): Map<Chunk, { marker: string; depth: number }> {
  const result = new Map<Chunk, { marker: string; depth: number }>();
  let run: { chunk: Chunk; marker: string; indent: number }[] = [];
  const flush = () => {
    const indents = [...new Set(run.map((r) => r.indent))].sort((a, b) => a - b);
    const kinds: string[] = [];
    for (const r of run) {
      const kind = /^\d/u.test(r.marker) ? '1' : /^[a-z][.)]$/u.test(r.marker) ? 'a' : r.marker;
      if (!kinds.includes(kind)) kinds.push(kind);
    }
    for (const r of run) {
      const kind = /^\d/u.test(r.marker) ? '1' : /^[a-z][.)]$/u.test(r.marker) ? 'a' : r.marker;
      // Indentation tells depth where the copy kept it; a flattened copy still tells it by its kinds of marker.
      const depth = indents.length > 1 ? indents.indexOf(r.indent) + 1 : kinds.indexOf(kind) + 1;
      result.set(r.chunk, { marker: r.marker, depth: Math.min(depth, 4) });
    }
    run = [];
  };
  for (const chunk of chunks) {
    const marker = listMarker(chunk.lines[0]!, run.length > 0);
    if (marker && (chunk.split === 'list' || chunk.lines.length >= 1)) run.push({ chunk, ...marker });
    else flush();
  }
  flush();
  return result;
}

/** Number of Markdown backslash escapes in a text, as `unescapeMarkdown` removes them. */
function countEscapes(text: string): number {
  return text.match(/\\[!-/:-@[-`{-~]/gu)?.length ?? 0;
}

/** The number of words in a line or a chunk's joined text. */
const wordCount = (text: string) => text.trim().split(/\s+/u).length;

/** A dateline with a byline opening the first paragraph: "Guatemala City, by Brenda Larios -AGN- …". */
const DATELINE_BYLINE = /^[^,]{1,60},\s+(by\s+(\p{Lu}[\p{L}\p{M}.'’\- ]{1,80}?)\s+-[A-Z]{2,6}-)(?=\s|$)/u;

/** Lines that begin the page furniture scraped after an article, in English and Spanish. */
const FURNITURE_MARKS = [
  /^You may also like\b/iu,
  /^(?:Related(?: news| articles| posts| stories| content)?|Read (?:also|more)|More (?:news|stories)|Share(?: this(?: page| article)?)?|Print(?: this page)?|Tags?|Topics|Back to top)\s*:?/iu,
  /^(?:Te puede interesar|Tambi[eé]n te puede interesar|Noticias relacionadas|Art[ií]culos relacionados|Ver m[aá]s|Leer m[aá]s|M[aá]s noticias|Compartir|Imprimir|Etiquetas|Temas)\s*:?/iu,
  /^We are GT News\b/u,
  /\bofficial news agency of the Government\b/u,
  /^(?:Official news published at|Noticia oficial publicada en)\b/iu,
  /^(?:Copyright|Derechos reservados|Todos los derechos reservados)\b/iu,
  /^©/u,
  /\[email\s*protected\]/u,
  /^(?:Subscribe|Suscr[ií]bete|Follow us|S[ií]guenos)\b/iu,
  /^(?:Next|Previous) (?:Post|Article|Story)\s*:/iu,
  /^(?:Stay Connected|Connect with us|Comparte esta p[aá]gina|Comparte esta noticia|Compartir esta p[aá]gina)\s*:?$/iu,
  /^(?:Privacy Policy|Pol[ií]tica de privacidad|Accessibility|Accesibilidad|Terms of (?:Use|Service))$/iu,
  // A republisher's note that the statement was first published elsewhere.
  /^(?:this (?:statement|article|release|story|transcript) was (?:originally |first )?published|(?:este|el presente) (?:comunicado|art[ií]culo|texto) (?:fue )?publicado originalmente)\b/iu,
];

/**
 * A footer's heading on a line of its own ("Related Articles", "Tags", "Tags: Trade, Sylvania",
 * "Etiquetas: …", "Share this:"): it begins the furniture even where no blank line parts it from the text.
 */
const FOOTER_HEADING =
  /^(?:(?:Related(?: news| articles| posts| stories| content)?|Recent posts|See all|Read (?:also|more)|More (?:news|stories)|Share(?: this(?: page| article)?)?|Print(?: this page)?|Tags?|Topics|Back to top|You may also like|Te puede interesar|Tambi[eé]n te puede interesar|Noticias relacionadas|Art[ií]culos relacionados|Ver m[aá]s|Leer m[aá]s|M[aá]s noticias|Compartir(?: en \S+)?|Imprimir|Etiquetas|Temas)\s*:?|(?:Tags?|Topics|Etiquetas|Temas)\s*:\s+\S.{0,200}|©.{0,200}|(?:Copyright|Todos los derechos reservados|Derechos reservados)\b.{0,200})$/iu;

/** True for a line that is a footer's heading, a tags line or a copyright line. */
export const isFooterLine = (line: string) => FOOTER_HEADING.test(line.trim());

/** Furniture lines are short: a label, a related headline, a copyright line. */
const FURNITURE_MAX_WORDS = 25;

/**
 * Where the page furniture begins: the first line from `from` on that carries
 * a furniture mark and is followed only by short lines, so that a paragraph
 * which happens to begin "Copyright …" mid-article is not cut off with the rest.
 * Returns the chunk count when there is none.
 */
function furnitureStart(chunks: readonly Chunk[], from: number): number {
  for (let i = from; i < chunks.length; i += 1) {
    if (startsFurniture(chunks[i]!) && chunks.slice(i).every(isFurnitureLength)) return i;
  }
  return chunks.length;
}

/**
 * True for a chunk that begins the furniture: one that opens with a furniture
 * mark, if short, or a run of short lines with a footer's heading among them
 * ("Secretary of State / Western Hemisphere Affairs / Related Articles / …").
 * A paragraph that merely begins "Related …" or "Copyright …" is not one.
 */
function startsFurniture(c: Chunk): boolean {
  if (c.lines.length === 1 || wordCount(c.joined) <= FURNITURE_MAX_WORDS)
    return FURNITURE_MARKS.some((m) => m.test(c.joined));
  return c.lines.every(isLabelLength) && c.lines.some(isFooterLine);
}

/** A chunk short enough to be furniture: a few words, or lines of a few words each (a footer pasted without blank lines). */
const isFurnitureLength = (c: Chunk) =>
  wordCount(c.joined) <= FURNITURE_MAX_WORDS ||
  (c.lines.length > 1 && c.lines.every((line) => wordCount(line) <= FURNITURE_MAX_WORDS));

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
    chunk.split !== 'list' &&
    text.length <= 80 &&
    wordCount(text) <= 10 &&
    /^[\p{Lu}\d¿¡]/u.test(text) &&
    !ENDS_LIKE_SENTENCE.test(text) &&
    // A time or a date on a line of its own is a transcript's or a release's line, not a subheading.
    !CLOCK_TIME.test(text) &&
    findPrintedDate(text) === null
  );
}

/** Reads the name in a byline: "by Brenda Larios -AGN-" → "Brenda Larios", "Por Ana Gómez" → "Ana Gómez". */
export function bylineName(text: string): string {
  return text
    .replace(/^(?:by|por)\s+/iu, '')
    .replace(/\s+-[A-Z]{2,6}-$/u, '')
    .trim();
}

/** A line that reads as a headline: one or two lines, at most 30 words, not ending like a sentence. */
export function looksLikeTitle(chunk: Chunk): boolean {
  return (
    chunk.lines.length <= 2 &&
    chunk.split !== 'list' &&
    wordCount(chunk.joined) <= 30 &&
    !/[.,;:…]$/u.test(chunk.joined) &&
    /\p{L}{2}/u.test(chunk.joined)
  );
}

/** A unit that reads as the text itself: wrapped over lines, a sentence of some length, long, or (in a transcript) a speaker's turn. */
function looksLikeText(chunk: Chunk, transcriptLike = false): boolean {
  const words = wordCount(chunk.joined);
  return (
    chunk.lines.length >= 3 ||
    words > 30 ||
    (words >= 4 && ENDS_SENTENCE.test(chunk.joined)) ||
    (transcriptLike && parseLabel(chunk.joined) !== null) ||
    chunk.split === 'list'
  );
}

/** How far into a copy its head may reach: masthead, kicker, headline and date lines come first. */
const HEAD_REACH = 16;

/** The copy's lines before its text, read into roles, and where the text starts. */
interface Head {
  parts: Part[];
  textStart: number;
}

/**
 * Reads the head of a copy: everything before its text. The text starts at
 * the first unit after the last line whose words say what it is (a kicker, a
 * date line, a byline…) among the copy's first lines, as long as no stretch of
 * text lies before that line. Of the lines whose words say nothing, the last
 * one that reads as a headline is the headline (unless the copy's metadata
 * gives it); those above it are the site's masthead; the first after it that
 * reads as a sentence is the standfirst.
 */
function readHead(
  units: readonly Chunk[],
  options: { titleFromText: boolean; text: (c: Chunk) => string; transcriptLike: boolean },
): Head {
  const roles = units.map((u, i) => {
    if (i >= HEAD_REACH) return null;
    const text = options.text(u);
    // A breadcrumb whose last step is the headline printed under it ("Home Office of the Spokesperson … <headline>").
    const next = units[i + 1] && options.text(units[i + 1]!).trim();
    if (next && next.length >= 12 && text.trim().length > next.length && text.trim().endsWith(next)) return 'masthead';
    return headLineRole(text);
  });
  const isText = (u: Chunk) => looksLikeText(u, options.transcriptLike);
  const isHeadline = (u: Chunk) => looksLikeTitle(u) && !isText(u);
  let last = -1;
  for (let i = 0; i < Math.min(units.length, HEAD_REACH); i += 1) {
    const unit = units[i]!;
    if ((options.transcriptLike && parseLabel(unit.joined) !== null) || unit.split === 'list') break;
    // A byline under a standfirst that reads as a sentence: the head reaches over it.
    // A standfirst: one sentence under the headline, with a byline or date line after it.
    const standfirst =
      i > 0 &&
      roles[i - 1] === null &&
      isHeadline(units[i - 1]!) &&
      unit.lines.length === 1 &&
      wordCount(unit.joined) <= 45 &&
      (roles[i + 1] === 'byline' || roles[i + 1] === 'date');
    if (roles[i] !== null) last = i;
    else if (isText(unit) && !(i <= 3 && roles[i + 1] === 'byline') && !standfirst) break;
  }
  let textStart = last + 1;
  const words = (u: Chunk) => wordCount(u.joined);
  // A headline printed after the lines that say what they are ("COMUNICADO DE PRENSA", then the headline),
  // unless the head already holds an unnamed line as full ("WireNews" is a site's name, not a headline).
  if (options.titleFromText) {
    const next = units[textStart];
    const after = units[textStart + 1];
    const fullest = Math.max(
      0,
      ...units.slice(0, textStart).map((u, i) => (roles[i] === null && isHeadline(u) ? words(u) : 0)),
    );
    if (next && after && roles[textStart] === null && isHeadline(next) && words(next) > fullest) textStart += 1;
  }
  // Without any telling line, a copy opens with its headline when its first line reads as one.
  if (textStart === 0 && options.titleFromText && units.length > 1 && isHeadline(units[0]!)) textStart = 1;
  const head = units.slice(0, textStart);
  // Of the unnamed lines that read as a headline, the fullest is the headline ("WireNews" is a site's name).
  const titleAt = options.titleFromText
    ? head
        .map((unit, i) => ({ unit, i }))
        .filter(({ unit, i }) => roles[i] === null && isHeadline(unit))
        .reduce<number>((best, { unit, i }) => (best < 0 || words(unit) >= words(head[best]!) ? i : best), -1)
    : -1;
  const parts: Part[] = [];
  let belowStarted = false;
  head.forEach((unit, i) => {
    const text = options.text(unit);
    const role = roles[i];
    if (i === titleAt) {
      parts.push({ role: 'title', text, chunk: unit });
      return;
    }
    const afterTitle = titleAt >= 0 && i > titleAt;
    if (afterTitle && !belowStarted && role === 'byline') {
      parts.push({ role: 'byline', text, chunk: unit });
      return;
    }
    if (
      afterTitle &&
      !belowStarted &&
      role === null &&
      i === titleAt + 1 &&
      !parts.some((p) => p.role === 'subtitle')
    ) {
      parts.push({ role: 'subtitle', text, chunk: unit });
      return;
    }
    const place: LinePlace =
      titleAt >= 0 && i < titleAt ? 'above' : titleAt >= 0 || !options.titleFromText ? 'below' : 'above';
    if (place === 'below') belowStarted = true;
    // A transcript's unnamed lines under its headline are where it was said: "RIVERTON, FREEDONIA".
    const lineRole: LineRole =
      role ??
      (place === 'above' ? 'masthead' : options.transcriptLike ? (CLOCK_TIME.test(text) ? 'time' : 'place') : 'other');
    parts.push({ role: 'line', text, chunk: unit, line: { place, role: lineRole } });
  });
  return { parts, textStart };
}

/**
 * Where the page furniture begins after the text's end mark ("###", "# # #",
 * "END 2:14 P.M. EST"), when only short lines follow it: the first of them
 * that is not a closing line (a place and date, a translator's note). Nothing
 * after an end mark is the text's. The chunk count when there is none.
 */
function afterEndMark(units: readonly Chunk[], from: number, text: (c: Chunk) => string): number {
  // A press contact or a site's disclaimer may run to a few sentences; running text after the mark would not end there.
  const short = (c: Chunk) => c.lines.every((line) => wordCount(line) <= 60);
  for (let i = units.length - 1; i >= from; i -= 1) {
    if (!short(units[i]!)) return units.length;
    if (END_MARKS.has(text(units[i]!)) || closingLineRole(text(units[i]!)) === 'end') {
      let at = i + 1;
      while (at < units.length && closingLineRole(text(units[at]!)) !== null) at += 1;
      return at;
    }
  }
  return units.length;
}

/**
 * Reads the end of a copy: page furniture scraped after it, and before that
 * the lines that close the text (a place and date, "END …", a signature). An
 * end mark directly after the text stays the text's own.
 */
function readEnd(
  units: readonly Chunk[],
  from: number,
  text: (c: Chunk) => string,
): { closingStart: number; furnitureStart: number } {
  const furnitureAt = Math.min(furnitureStart(units, from + 1), afterEndMark(units, from + 1, text));
  let closingStart = furnitureAt;
  while (closingStart - 1 > from && closingLineRole(text(units[closingStart - 1]!)) !== null) closingStart -= 1;
  // A lone end mark after the text is the text's end mark, not a closing line.
  if (closingStart === furnitureAt - 1 && END_MARKS.has(text(units[closingStart]!))) closingStart = furnitureAt;
  return { closingStart, furnitureStart: furnitureAt };
}

/** Sets the text's parts: paragraphs, list items, one-line subheadings between paragraphs (if allowed), a final end mark. */
function textParts(
  units: Chunk[],
  subheadings: boolean,
  text: (c: Chunk) => string,
  headingOf?: (c: Chunk) => string | null,
): Part[] {
  const lists = listDepths(units);
  return units.map((chunk, i) => {
    const t = text(chunk);
    const heading = headingOf?.(chunk);
    if (heading !== undefined && heading !== null) return { role: 'heading', text: heading, chunk };
    if (i === units.length - 1 && END_MARKS.has(t)) return { role: 'end-mark', text: t, chunk };
    const list = lists.get(chunk);
    if (list) return { role: 'paragraph', text: t, chunk, list };
    const between = i > 0 && i < units.length - 1;
    if (subheadings && between && looksLikeSubheading(chunk) && !END_MARKS.has(text(units[i + 1]!)))
      return { role: 'heading', text: t, chunk };
    return { role: 'paragraph', text: t, chunk };
  });
}

/** True when several paragraphs open with a speaker's label: the copy is a transcript. */
function readsAsTranscript(units: readonly Chunk[]): boolean {
  return units.filter((u) => parseLabel(u.joined) !== null).length >= 2;
}

/** Reads any copy's units into its parts: head, text, closing lines and furniture. */
function readParts(
  units: Chunk[],
  options: {
    titleFromText: boolean;
    text: (c: Chunk) => string;
    headingOf?: (c: Chunk) => string | null;
    subheadings: boolean;
  },
): { parts: Part[]; transcriptLike: boolean } {
  const transcriptLike = readsAsTranscript(units);
  const head = readHead(units, { ...options, transcriptLike });
  const { closingStart, furnitureStart: furnitureAt } = readEnd(units, head.textStart, options.text);
  const parts: Part[] = [...head.parts];
  parts.push(
    ...textParts(
      units.slice(head.textStart, closingStart),
      options.subheadings && !transcriptLike,
      options.text,
      options.headingOf,
    ),
  );
  for (const chunk of units.slice(closingStart, furnitureAt)) {
    const text = options.text(chunk);
    parts.push({ role: 'line', text, chunk, line: { place: 'closing', role: closingLineRole(text) ?? 'other' } });
  }
  for (const chunk of units.slice(furnitureAt)) parts.push({ role: 'furniture', text: options.text(chunk), chunk });
  return { parts, transcriptLike };
}

/** Finds the bylines of a copy's parts: under the headline, among the lines below it, and in a dateline opening the text. */
function findBylines(parts: readonly Part[]): FoundByline[] {
  const bylines: FoundByline[] = parts.flatMap((p): FoundByline[] => {
    if (p.role === 'byline') return [{ text: p.text, name: bylineName(p.text), placement: 'header' }];
    if (p.line?.role === 'byline') return [{ text: p.text, name: bylineName(p.text), placement: 'line' }];
    return [];
  });
  const first = parts.find((p) => p.role === 'paragraph');
  const dateline = first && DATELINE_BYLINE.exec(first.text);
  if (dateline) bylines.push({ text: dateline[1]!, name: bylineName(dateline[1]!), placement: 'text', paragraph: 1 });
  return bylines;
}

/** A line that can be a headline on its own: not over 40 words, and not stopping mid-sentence or at a sentence's end. */
const isHeadlineLine = (line: string) =>
  wordCount(line) <= 40 &&
  !/(?:[.,;:!]|\s(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with|al|con|de|del|el|en|la|las|los|para|por|sobre|un|una|y))$/iu.test(
    line.trim(),
  );

/** A line short enough to be a label, a date or a masthead line rather than wrapped text. */
const isLabelLength = (line: string) => wordCount(line) <= 14 && line.trim().length <= 100;

/**
 * Cuts the runs of short lines a page prints without blank lines between
 * them around its text (a masthead over a kicker, "READOUT / OFFICE OF THE
 * SPOKESPERSON / FEBRUARY 18, 2026", a page's sharing links) into one unit a
 * line, when at least half of them are lines whose words say what they are.
 */
function splitLabelRuns(units: readonly Chunk[]): Chunk[] {
  return units.flatMap((unit, i) => {
    const nearHead = i < HEAD_REACH;
    // Above the text, a site's menu lines ("World", "Sign in", "THE CAPITAL LEDGER") count with the told lines.
    const aboveText = nearHead && !units.slice(0, i).some((u) => looksLikeText(u));
    // A page pasted without blank lines runs its head into the text's first paragraph: the head is cut off first.
    const headLines = aboveText ? headPrefix(unit.lines) : unit.lines.every(isLabelLength) ? unit.lines.length : 0;
    const lines = unit.lines.slice(0, headLines);
    const tail = unit.lines.slice(headLines);
    if (lines.length < 2 || (!aboveText && tail.length > 0)) return [unit];
    const told = lines.filter(
      (line) => (nearHead && headLineRole(line) !== null) || closingLineRole(line) !== null || isFooterLine(line),
    ).length;
    const menu = aboveText && told > 0 ? lines.filter((line) => isMenuLine(line) && headLineRole(line) === null) : [];
    // A footer run: its first line is a footer's heading ("TAGS", "Noticias relacionadas"), the rest its entries.
    const footerRun = !nearHead && isFooterLine(lines[0]!);
    if (!footerRun && (told + menu.length) * 2 < lines.length) return [unit];
    const heads = joinWrappedLines(lines).map((group, k) => chunkOf(group, k === 0 ? unit.blankBefore : 0, 'line'));
    return tail.length > 0 ? [...heads, chunkOf(tail, 0)] : heads;
  });
}

/**
 * How many of a run's first lines can be a page's head: labels and lines that
 * say what they are, one headline, a standfirst followed by a telling line
 * (a byline, a date). The head ends at a speaker's first turn, or at the
 * first line of running text.
 */
function headPrefix(lines: readonly string[]): number {
  let headline = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (parseLabel(line.trim()) !== null) return i;
    if (headLineRole(line) !== null || isLabelLength(line)) continue;
    if (!headline && isHeadlineLine(line)) {
      headline = true;
      continue;
    }
    const next = lines[i + 1];
    if (wordCount(line) <= 45 && next !== undefined && headLineRole(next) !== null) continue;
    return i;
  }
  return lines.length;
}

/** A line of a site's menu: a few words, no sentence punctuation. */
const isMenuLine = (line: string) => wordCount(line) <= 4 && !/[.,;:!?]$/u.test(line.trim());

/**
 * Groups a run of label lines into units, one a line, except that a line
 * going on in lower case continues the unnamed line above it: a headline
 * hard-wrapped over two lines ("… anuncia mesa binacional sobre / el café").
 */
function joinWrappedLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const line of lines) {
    const previous = groups.at(-1);
    const last = previous?.at(-1)?.trim() ?? '';
    const continues =
      previous !== undefined &&
      previous.length === 1 &&
      /^\p{Ll}/u.test(line.trim()) &&
      !/[.;:!?]$/u.test(last) &&
      headLineRole(last) === null &&
      headLineRole(line) === null;
    if (continues) previous.push(line);
    else groups.push([line]);
  }
  return groups;
}

/** Cuts page furniture into its lines: each is its own item, as the page printed it. */
function splitFurniture(parts: Part[]): Part[] {
  return parts.flatMap((part) =>
    part.role === 'furniture' && part.chunk.lines.length > 1
      ? part.chunk.lines.map((line, k) => ({
          ...part,
          text: line.trim(),
          chunk: chunkOf([line], k === 0 ? part.chunk.blankBefore : 0, 'line'),
        }))
      : [part],
  );
}

/** Reads a plain-text copy (a GT News page, a scraped page, a pasted text): its layout tells its parts. */
function parsePlain(raw: string, format: CopyFormat): ParsedCopy {
  const layout = chunkText(raw);
  if (layout.chunks.length === 0) throw new CopyError('the copy is empty');
  const units = splitLabelRuns(layout.chunks.flatMap(splitChunk));
  const read = readParts(units, {
    titleFromText: true,
    text: (c) => c.joined,
    subheadings: true,
  });
  const parts = splitFurniture(read.parts);
  const { transcriptLike } = read;
  return {
    format,
    metadata: {},
    metadataKeys: [],
    parts,
    layout,
    bylines: findBylines(parts),
    escapesRemoved: 0,
    transcriptLike,
  };
}

/**
 * A Markdown copy's first heading that repeats its metadata title ("# Statement
 * on …") is its headline, printed once more at the top of the page, not a
 * subheading of the text.
 */
function markRepeatedTitle(parts: Part[], title: string | undefined): void {
  if (title === undefined) return;
  const first = parts.findIndex((p) => p.role !== 'line');
  const part = parts[first];
  if (part?.role === 'heading' && titleKey(part.text) === titleKey(title)) parts[first] = { ...part, role: 'title' };
}

/** Reads a whitehouse.gov copy: its metadata block, then its Markdown, by the Markdown's own structure. */
function parseWhiteHouse(raw: string): ParsedCopy {
  const markdown = readMarkdownCopy(raw);
  const { metadata, metadataKeys, units, headings, layout } = markdown;
  let escapesRemoved = 0;
  let endMarkAsWritten: string | undefined;
  const text = (c: Chunk) => headings.get(c) ?? unescapeMarkdown(stripMarkdownInline(c.joined).text);
  const { parts, transcriptLike } = readParts(units, {
    titleFromText: false,
    text,
    headingOf: (c) => headings.get(c) ?? null,
    subheadings: false,
  });
  markRepeatedTitle(parts, metadata.title);
  let markupRemoved = 0;
  for (const part of parts) {
    if (part.role === 'end-mark') endMarkAsWritten = part.chunk.joined;
    else if (part.role === 'heading') escapesRemoved += countEscapes(part.chunk.joined.replace(/^#{1,6}\s+/u, ''));
    else {
      const stripped = stripMarkdownInline(part.chunk.joined);
      markupRemoved += stripped.removed;
      escapesRemoved += countEscapes(stripped.text);
    }
  }
  return {
    format: 'whitehouse',
    metadata,
    metadataKeys,
    parts,
    layout,
    bylines: findBylines(parts),
    escapesRemoved,
    markupRemoved,
    endMarkAsWritten,
    transcriptLike,
  };
}

/** Reads a copy in the given format, or the one {@link detectFormat} recognises. */
export function parseCopy(raw: string, format: CopyFormat = detectFormat(raw)): ParsedCopy {
  const parsed = format === 'whitehouse' ? parseWhiteHouse(raw) : parsePlain(raw, format);
  if (!parsed.parts.some((p) => p.role === 'paragraph'))
    throw new CopyError('the copy has no paragraph of text after its headline and metadata');
  return parsed;
}

/** The place-and-date line that opens a text: "WASHINGTON, May 21, 2020 —" or "Ciudad de Guatemala, 12 de marzo de 2031.-". */
export function openingDateline(text: string): ReturnType<typeof placeAndDateLine> {
  const match = /^(.{3,80}?(?:\d{4}))\s*(?:[.,:;]\s*[-–—]|[-–—]|[.:])\s/u.exec(text);
  return match ? placeAndDateLine(match[1]!) : null;
}
