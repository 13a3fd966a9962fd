/**
 * Drafting a statement file from a parsed copy: the front matter (everything
 * the copy tells, plus what the editor supplied on the command line) and the
 * body, escaped so that the body parser reads back exactly the copy's text.
 * What cannot be drafted without the editor is refused in one line that names
 * everything missing at once, with the option that gives each.
 */
import { Document, Scalar, visit } from 'yaml';
import { precisionOf, TIMESTAMP_PATTERN } from '../dates.ts';
import { detectLanguage } from '../languages.ts';
import { placeAndDateLine, dateLine, type PrintedDate } from '../printed-date.ts';
import { documentTypes, isTranscript, type SourceLine, type StatementData } from '../schema.ts';
import { slugify } from '../text.ts';
import { webUrlProblem } from '../web-url.ts';
import type { CopyFormat } from './detect.ts';
import { isNewsSection, isUpdateStamp, typeFromLabel, typeFromSection, typeFromTitle } from './line-roles.ts';
import { computeNormalisations, prose } from './normalisations.ts';
import { openingDateline, type ParsedCopy, type Part } from './parse.ts';
import { markTranscriptLines } from './transcript.ts';

/** A document type the archive knows. */
export type DocumentType = (typeof documentTypes)[number];

/** One piece of evidence for a supplied fact. */
export interface Evidence {
  note: string;
  url?: string;
}

/** An organisation as the entities file gives it, as far as an issuer block needs. */
export interface IssuerOrganisation {
  id: string;
  name: string;
  kind?: string;
  country?: string;
  countryCode?: string;
  publication?: string;
  aliases?: string[];
  sites?: string[];
  marks?: string[];
}

/** What the editor gave on the command line, resolved against the archive. */
export interface DraftOptions {
  /** A title the copy lacks. */
  title?: string;
  /** Evidence for a supplied title. */
  titleEvidence?: Evidence[];
  /** A date the copy does not give: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Evidence for a supplied date. */
  evidence?: Evidence[];
  /** The original URL, when the copy does not give it. */
  url?: string;
  /** The issuing organisation (from `--issuer`, the copy's address, its marks or its format). */
  issuer?: IssuerOrganisation;
  /** The other issuers of a joint statement. */
  coIssuers?: IssuerOrganisation[];
  /** The document type, when it cannot be read from the copy. */
  type?: DocumentType;
  /** BCP 47 language tag, when the copy's words do not tell it. */
  language?: string;
  /** The slug, when not derived. */
  slug?: string;
  /** The editors' note on where the copy breaks off, for a copy that is incomplete. */
  incomplete?: string;
  /** The statement this one translates, its language and who translated it. */
  translation?: { of: string; from: string; by: string };
  /** The day the copy was retrieved or received (YYYY-MM-DD): its citations' access date. */
  retrieved: string;
}

/** A refusal to draft, in one line that says what to give. */
export class DraftRefusal extends Error {}

/** A draft statement: its front matter, its body and the whole file. */
export interface Draft {
  data: Record<string, unknown>;
  body: string;
  /** The statement file: `---`, front matter, `---`, a blank line, the body. */
  text: string;
  slug: string;
}

/** whitehouse.gov categories that tell the document type of an untitled or unusually titled copy. */
const CATEGORY_TYPES: Record<string, DocumentType> = {
  'speeches-remarks': 'remarks',
  'press-briefings': 'press-briefing',
};

/**
 * Reads the document type: from the copy's kicker lines ("READOUT",
 * "COMUNICADO DE PRENSA"), its title's words in English or Spanish, its
 * whitehouse.gov category, or its format; undefined when none tells.
 */
export function inferType(
  title: string | undefined,
  format: CopyFormat,
  category?: string,
  kickers: readonly string[] = [],
  byline = false,
): DocumentType | undefined {
  const found = title === undefined ? undefined : typeFromTitle(title.trim());
  // A title that says it is joint outranks a kicker that files it ("MEDIA NOTE" over "Joint Statement of …").
  if (found === 'joint-statement') return found;
  for (const kicker of kickers) {
    const type = typeFromLabel(kicker);
    if (type) return type;
  }
  if (found) return found;
  if (category !== undefined && CATEGORY_TYPES[category]) return CATEGORY_TYPES[category];
  for (const kicker of kickers) {
    const type = typeFromSection(kicker);
    if (type) return type;
  }
  // A story filed under a news section ("Noticias", "News") with its reporter's byline is a news article.
  if (byline && kickers.some(isNewsSection)) return 'news-article';
  return format === 'gt-news' ? 'news-article' : undefined;
}

/** True when the copy names its writer in a byline under its headline or among the lines around it. */
export const hasReporterByline = (parsed: ParsedCopy) =>
  parsed.bylines.some((b) => b.placement === 'header' || b.placement === 'line');

/** Words left out of a derived slug, English and Spanish. */
const SLUG_STOPWORDS = new Set(
  'a an and at by for from in of on the to with s al con de del el en la las los para por un una y'.split(' '),
);

/** Longest run of title words in a derived slug, in characters. */
const SLUG_WORDS_LENGTH = 64;

/**
 * Derives a slug from issuer, date and the title's words, made unique against
 * the slugs taken. Abbreviations keep their letters together ("U.S." → "us"),
 * a hyphenated name stays whole ("jean-pierre"), and words are added while
 * they fit, never cut.
 */
export function deriveSlug(issuerId: string, date: string, title: string, taken: ReadonlySet<string>): string {
  const words: string[] = [];
  let length = 0;
  const tokens = title
    .replace(/\b((?:\p{L}\.){2,})/gu, (abbr) => abbr.replaceAll('.', ''))
    .replace(/['’]s\b/gu, '')
    .split(/[\s/—–]+/u)
    .map(slugify)
    .filter((w) => w !== '' && !SLUG_STOPWORDS.has(w));
  for (const token of tokens) {
    if (length + token.length + 1 > SLUG_WORDS_LENGTH && words.length > 0) break;
    words.push(token);
    length += token.length + 1;
  }
  const base = [slugify(issuerId), date, ...words].filter(Boolean).join('-');
  let slug = base;
  for (let i = 2; taken.has(slug); i += 1) slug = `${base}-${i}`;
  return slug;
}

/**
 * Escapes text for the body so that the body parser gives it back unchanged:
 * every backslash doubled (the parser removes one before punctuation), every
 * `<` escaped (raw HTML is refused), and a leading `#` escaped (it would start
 * a subheading), as is a leading list marker of a paragraph that is not a list
 * item. Whitespace is left as it is: the parser folds nothing inside a line.
 */
export function escapeBodyText(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/</gu, '\\<')
    .replace(/^#/u, '\\#')
    .replace(/^([-*]|\d{1,3}(?=[.)]))(?=[.)]?\s)/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`));
}

/** The body line of one part: a paragraph, a list item, a `## ` subheading or the end mark. */
function bodyLine(part: Part): string {
  if (part.role === 'heading') return `## ${escapeBodyText(part.text)}`;
  // `\###` is the archive's way of writing the end mark, so no Markdown viewer mistakes it for a heading.
  if (part.role === 'end-mark') return part.text.startsWith('#') ? `\\${part.text}` : part.text;
  // A list item keeps its marker, unescaped, indented two spaces a level.
  if (part.list) {
    const text = part.text.replace(/\\/gu, '\\\\').replace(/</gu, '\\<');
    return `${'  '.repeat(part.list.depth - 1)}${text}`;
  }
  // A paragraph that reads like an end mark is never last (the parsers make a last one the end mark),
  // so the body parser keeps it a paragraph.
  return escapeBodyText(part.text);
}

/** The body of a draft: one line a paragraph, subheading or end mark, blank lines between; a list's items on lines of their own. */
export function draftBody(parts: readonly Part[]): string {
  const text = parts.filter((p) => p.role === 'paragraph' || p.role === 'heading' || p.role === 'end-mark');
  return text
    .map((part, i) => {
      const previous = text[i - 1];
      const separator = i === 0 ? '' : part.list && previous?.list ? '\n' : '\n\n';
      return `${separator}${bodyLine(part)}`;
    })
    .join('');
}

/** Invisible characters written as YAML escapes, so an editor sees them in the file. */
const INVISIBLE = /[\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/gu;

/**
 * Writes front matter with every string value double-quoted, so an editor's
 * text holding ` #` or `: ` is never cut, and invisible spaces escaped
 * (`\_` for a no-break space) as the existing transcriptions write them.
 */
export function stringifyFrontMatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc
    .toString({ lineWidth: 0 })
    .replace(INVISIBLE, (c) => (c === '\u00a0' ? '\\_' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** "1 line", "3 lines". */
const lines = (n: number) => (n === 1 ? 'a line' : `${n} lines`);

/** What the copy carries, in the order it prints it, for `source.description`. */
function carries(parsed: ParsedCopy, printed: PrintedDate | undefined): string[] {
  const { parts } = parsed;
  const of = (place: string, role?: string) =>
    parts.filter((p) => p.role === 'line' && p.line!.place === place && (role === undefined || p.line!.role === role));
  // Each item at the place in the copy of the first part it describes.
  const items: { at: number; text: string }[] = [];
  const add = (found: readonly Part[], text: string) => {
    if (found.length > 0) items.push({ at: parts.indexOf(found[0]!), text });
  };
  const masthead = parts.filter((p) => p.line?.role === 'masthead');
  add(masthead, `the site’s masthead (${lines(masthead.length)})`);
  const kickers = parts.filter((p) => p.line?.role === 'kicker');
  add(kickers, `${kickers.length === 1 ? 'a kicker' : 'kickers'} (${prose(kickers.map((k) => `“${k.text}”`))})`);
  add(
    parts.filter((p) => p.role === 'title'),
    'the headline',
  );
  add(
    parts.filter((p) => p.role === 'subtitle'),
    'a standfirst',
  );
  const bylines = parsed.bylines.length;
  const bylineParts = parts.filter((p) => p.role === 'byline' || p.line?.role === 'byline');
  if (bylines > 0)
    items.push({
      at: bylineParts.length > 0 ? parts.indexOf(bylineParts[0]!) : parts.findIndex((p) => p.role === 'paragraph'),
      text: bylines === 1 ? 'a byline' : `${bylines} bylines`,
    });
  const office = parts.filter((p) => p.line?.role === 'office');
  add(office, office.length === 1 ? 'an office line' : `${office.length} office lines`);
  add(
    parts.filter((p) => p.line?.role === 'reference'),
    'a reference number',
  );
  if (printed) {
    const where = parts.findIndex((p) => p.text.includes(printed.text));
    items.push({ at: where, text: `the date, printed as “${printed.text}”` });
  }
  const setting = [...of('below', 'place'), ...of('below', 'time')].sort((a, b) => parts.indexOf(a) - parts.indexOf(b));
  add(
    setting,
    setting.length === 1 && setting[0]!.line!.role === 'place'
      ? 'a place line'
      : `the place and time (${lines(setting.length)})`,
  );
  const paragraphs = parts.filter((p) => p.role === 'paragraph');
  const listItems = paragraphs.filter((p) => p.list).length;
  add(
    paragraphs,
    `the text (${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}${
      listItems > 0 ? `, ${listItems} of them list items` : ''
    })`,
  );
  const closing = of('closing');
  add(closing, `closing ${closing.length === 1 ? 'line' : 'lines'} (${prose(closing.map((c) => `“${c.text}”`))})`);
  const furniture = parts.filter((p) => p.role === 'furniture');
  add(furniture, `page furniture scraped with it (${lines(furniture.length)})`);
  // A stable sort: items of one part (a date on the office line) keep the order above.
  return items.sort((a, b) => a.at - b.at).map((i) => i.text);
}

/** Describes the copy for `source.description`: what it is, and what it actually carries. */
export function describeCopy(parsed: ParsedCopy, printed?: PrintedDate, urlGiven = false): string {
  const items = carries(parsed, printed);
  if (parsed.format === 'whitehouse') {
    let host = 'whitehouse.gov';
    try {
      if (parsed.metadata.permalink) host = new URL(parsed.metadata.permalink).hostname.replace(/^www\./u, '');
    } catch {
      // an unreadable permalink leaves the generic description
    }
    return `Plain-text copy of the ${host} page as received by the archive: a metadata block (${parsed.metadataKeys.join(
      ', ',
    )}) followed by ${prose(items.filter((i) => i !== 'the headline'))} in Markdown.`;
  }
  const what =
    parsed.format === 'gt-news'
      ? 'Plain-text copy of the article page on the GT News website as received by the archive'
      : 'Plain-text copy as received by the archive';
  const stamp = updateStamp(parsed);
  const noDate = stamp ? `no date of issue (only the site’s stamp “${stamp}”)` : 'no date';
  const missing = [printed ? null : noDate, urlGiven ? null : 'no web address'].filter((x): x is string => x !== null);
  return `${what}: ${prose(items)}.${missing.length > 0 ? ` It carries ${prose(missing).replace(' and no ', ' and no ')}.` : ''}`;
}

/** The date the copy gives: its metadata `date`, the day of its published time, or a date it prints. */
function copyDate(parsed: ParsedCopy): { value: string; printed?: PrintedDate } | undefined {
  const { date, published } = parsed.metadata;
  if (date !== undefined) {
    // A date-time with its offset ("2026-11-28T17:42:00-05:00") gives the day as printed where it was issued.
    const dateTime = TIMESTAMP_PATTERN.exec(date);
    if (dateTime?.[1]) return { value: dateTime[1] };
    if (precisionOf(date) === null)
      throw new DraftRefusal(
        `the copy's metadata date "${date}" is not an ISO date; correct the copy's metadata block`,
      );
    return { value: date };
  }
  const stamp = published === undefined ? null : TIMESTAMP_PATTERN.exec(published);
  if (stamp?.[1]) return { value: stamp[1] };
  const printed = printedDate(parsed);
  return printed ? { value: printed.value, printed } : undefined;
}

/**
 * The date a copy prints for itself: a date line or dateline around its
 * headline, the place and date that close it, or a dateline opening its text
 * ("Ciudad de Guatemala, 12 de marzo de 2031.- …"). Dates inside the text are
 * the dates of what it reports, never its own.
 */
export function printedDate(parsed: ParsedCopy): PrintedDate | undefined {
  const lineParts = parsed.parts.filter((p) => p.role === 'line');
  for (const place of ['above', 'below', 'closing'] as const) {
    for (const part of lineParts.filter((p) => p.line!.place === place)) {
      const found =
        part.line!.role === 'date'
          ? dateLine(part.text)
          : part.line!.role === 'dateline'
            ? placeAndDateLine(part.text)
            : null;
      if (found) return found;
    }
  }
  const first = parsed.parts.find((p) => p.role === 'paragraph');
  return (first && openingDateline(first.text)) ?? undefined;
}

/** The first line above the text that stamps when the site last changed its page, if any. */
function updateStamp(parsed: ParsedCopy): string | undefined {
  return parsed.parts.find((p) => p.role === 'line' && p.line!.place === 'above' && isUpdateStamp(p.text))?.text;
}

/** The title the copy gives: its metadata title, or its headline. */
export function copyTitle(parsed: ParsedCopy): string | undefined {
  return parsed.metadata.title ?? parsed.parts.find((p) => p.role === 'title')?.text;
}

/** A date option's value, checked. */
function checkedDate(value: string): string {
  if (precisionOf(value) === null)
    throw new DraftRefusal(`--date "${value}" is not a real date: give --date YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** The issuer block of a statement, from an organisation in the entities file. */
function issuerBlock(issuer: IssuerOrganisation): Record<string, unknown> {
  if (!issuer.country || !issuer.countryCode)
    throw new DraftRefusal(
      `organisation "${issuer.id}" has no country${issuer.country ? 'Code' : ''} in entities/organizations.yaml; add it there`,
    );
  return {
    name: issuer.name,
    country: issuer.country,
    countryCode: issuer.countryCode,
    ...(issuer.publication !== undefined && { publication: issuer.publication }),
    entity: issuer.id,
  };
}

/** The lines of a place, as front matter lists them. */
function sourceLines(parts: readonly Part[], place: 'above' | 'below' | 'closing'): SourceLine[] {
  return parts
    .filter((p) => p.role === 'line' && p.line!.place === place)
    .map((p) => ({ role: p.line!.role, text: p.text }));
}

/** The text a copy's language is read from: its headline and paragraphs. */
function languageSample(parsed: ParsedCopy): string {
  return parsed.parts
    .filter((p) => p.role === 'paragraph' || p.role === 'title' || p.role === 'subtitle' || p.role === 'heading')
    .map((p) => p.text)
    .join('\n');
}

/** Drafts a statement from a parsed copy, the editor's options and the name the copy is stored under. */
export function draftStatement(
  copyParts: ParsedCopy,
  options: DraftOptions,
  copy: { name: string },
  takenSlugs: ReadonlySet<string> = new Set(),
): Draft {
  let parsed = copyParts;
  const missing: string[] = [];

  const sourceTitle = copyTitle(parsed);
  if (sourceTitle !== undefined && options.title !== undefined)
    throw new DraftRefusal(`the copy has its own title ("${sourceTitle.slice(0, 60)}"); leave out --title`);
  const title = sourceTitle ?? options.title;
  if (title === undefined || title.trim() === '')
    missing.push('the title (give --title "…"; it is shown in [square brackets] as supplied)');

  const sourceDate = copyDate(parsed);
  if (sourceDate !== undefined && options.date !== undefined)
    throw new DraftRefusal(
      `the copy gives its own date (${sourceDate.printed ? `“${sourceDate.printed.text}”` : sourceDate.value}); leave out --date`,
    );
  if (options.date === undefined && (options.evidence ?? []).length > 0)
    throw new DraftRefusal('--evidence is the evidence for a supplied date: give --date with it, or leave it out');
  if (options.date !== undefined && (options.evidence ?? []).length === 0)
    throw new DraftRefusal(
      'a supplied date needs its evidence: add --evidence "why this date" (and --evidence-url URL)',
    );
  if (sourceDate === undefined && options.date === undefined) {
    const stamp = updateStamp(parsed);
    missing.push(
      `the date${stamp ? ` of issue (“${stamp}” is when the site last changed its page)` : ''} (give --date YYYY-MM-DD with --evidence "why this date")`,
    );
  }

  if (!options.issuer) missing.push('the issuer (give --issuer <organisation id from entities/organizations.yaml>)');

  const kickers = parsed.parts.filter((p) => p.line?.role === 'kicker').map((p) => p.text);
  const type =
    options.type ?? inferType(title, parsed.format, parsed.metadata.category, kickers, hasReporterByline(parsed));
  if (!type) missing.push(`the document type (give --type: ${documentTypes.join(', ')})`);

  const language = options.language ?? detectLanguage(languageSample(parsed)) ?? undefined;
  if (!language) missing.push('the language (give --language en, es, …)');

  if (missing.length > 0) throw new DraftRefusal(`the copy does not tell ${prose(missing)}`);

  const date =
    sourceDate !== undefined
      ? { basis: 'source', value: sourceDate.value, ...(sourceDate.printed && { printed: sourceDate.printed.text }) }
      : { basis: 'supplied', value: checkedDate(options.date!), evidence: options.evidence };
  const issuer = issuerBlock(options.issuer!);
  const coIssuers = (options.coIssuers ?? []).filter((o) => o.id !== options.issuer!.id).map(issuerBlock);

  const { permalink } = parsed.metadata;
  const permalinkProblem = permalink === undefined ? undefined : webUrlProblem(permalink);
  if (permalinkProblem)
    throw new DraftRefusal(`the copy's metadata permalink: ${permalinkProblem}; this copy cannot be added as it is`);
  if (permalink !== undefined && options.url !== undefined && options.url !== permalink)
    throw new DraftRefusal(`the copy gives its own permalink (${permalink}); leave out --url`);
  const originalUrl = permalink ?? options.url;

  if (options.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(options.slug))
    throw new DraftRefusal(`--slug "${options.slug}" must be lower-case letters, digits and single hyphens`);
  if (options.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(options.language))
    throw new DraftRefusal(`--language "${options.language}" must be a BCP 47 tag such as en or es`);
  const slug = options.slug ?? deriveSlug(options.issuer!.id, date.value, title!, takenSlugs);
  if (takenSlugs.has(slug)) throw new DraftRefusal(`the slug "${slug}" is already used: give another with --slug`);

  // A transcript's place, venue and time lines and its END line are set apart from the numbered speech.
  if (isTranscript(type!)) {
    // A plain copy's subheadings are guessed from short lines; a transcript has none, only short speech.
    const parts = parsed.parts.map((p): Part =>
      p.role === 'heading' && parsed.format !== 'whitehouse' ? { ...p, role: 'paragraph' } : p,
    );
    parsed = { ...parsed, parts: markTranscriptLines(parts, parsed.format) };
  }
  if (options.incomplete !== undefined && options.incomplete.trim() === '')
    throw new DraftRefusal('--incomplete needs the editors’ note on where the copy breaks off');

  const subtitle = parsed.parts.find((p) => p.role === 'subtitle')?.text;
  const furniture = parsed.parts.filter((p) => p.role === 'furniture').map((p) => p.text);
  const above = sourceLines(parsed.parts, 'above');
  const below = sourceLines(parsed.parts, 'below');
  const head = { ...(above.length > 0 && { above }), ...(below.length > 0 && { below }) };
  const closing = sourceLines(parsed.parts, 'closing');
  const data: Record<string, unknown> = {
    slug,
    title,
    ...(sourceTitle === undefined && {
      titleBasis: 'supplied',
      ...(options.titleEvidence?.length ? { titleEvidence: options.titleEvidence } : {}),
    }),
    ...(subtitle !== undefined && { subtitle }),
    issuer,
    ...(coIssuers.length > 0 && { coIssuers }),
    type,
    date,
    ...(parsed.metadata.published !== undefined && { published: parsed.metadata.published }),
    ...(parsed.metadata.modified !== undefined && { modified: parsed.metadata.modified }),
    ...(parsed.metadata.category !== undefined && { category: parsed.metadata.category }),
    ...(originalUrl !== undefined && { originalUrl }),
    ...(parsed.bylines.length > 0 && {
      bylines: parsed.bylines.map(({ text, name, placement }) => ({ text, name, placement })),
    }),
    language,
    ...(options.translation && { translation: options.translation }),
    source: {
      copy: copy.name,
      description: describeCopy(parsed, sourceDate?.printed, originalUrl !== undefined),
      retrieved: options.retrieved,
    },
    normalisations: computeNormalisations(parsed),
    ...(Object.keys(head).length > 0 && { head }),
    ...(closing.length > 0 && { closing }),
    ...(furniture.length > 0 && { furniture }),
    ...(options.incomplete !== undefined && { incomplete: { note: options.incomplete } }),
  } satisfies Partial<Record<keyof StatementData, unknown>>;
  const body = draftBody(parsed.parts);
  return { data, body, slug, text: `---\n${stringifyFrontMatter(data)}---\n\n${body}\n` };
}
