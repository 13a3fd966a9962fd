/**
 * Drafting a statement file from a parsed copy: the front matter (everything
 * the copy tells, plus what the editor supplied on the command line) and the
 * body, escaped so that the body parser reads back exactly the copy's text.
 * Whatever cannot be drafted without the editor is refused with one line that
 * names the option to give.
 */
import { Document, Scalar, visit } from 'yaml';
import { precisionOf, TIMESTAMP_PATTERN } from '../dates.ts';
import { documentTypes, isTranscript, type StatementData } from '../schema.ts';
import { slugify } from '../text.ts';
import type { CopyFormat } from './detect.ts';
import { computeNormalisations } from './normalisations.ts';
import type { ParsedCopy, Part } from './parse.ts';
import { markTranscriptLines, partLines } from './transcript.ts';

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
  country?: string;
  countryCode?: string;
  publication?: string;
}

/** What the editor gave on the command line. */
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
  /** The issuing organisation (resolved from `--issuer` or the format's default). */
  issuer?: IssuerOrganisation;
  /** The document type, when it cannot be read from the title. */
  type?: DocumentType;
  /** BCP 47 language tag; `en` by default. */
  language?: string;
  /** The slug, when not derived. */
  slug?: string;
  /** The editors' note on where the copy breaks off, for a copy that is incomplete. */
  incomplete?: string;
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

/** Title openings that tell the document type, tried in order. */
const TYPE_FROM_TITLE: [RegExp, DocumentType][] = [
  [/^joint statement\b/iu, 'joint-statement'],
  [/^readout\b/iu, 'readout'],
  [/^remarks (?:by|of)\b/iu, 'remarks'],
  [/^(?:press briefing|press gaggle|background press call|on-the-record press call)\b/iu, 'press-briefing'],
  [/^interview\b/iu, 'interview'],
  [/^statement (?:by|from|on|of)\b/iu, 'statement'],
  [/^fact sheet\b/iu, 'fact-sheet'],
];

/** whitehouse.gov categories that tell the document type of an untitled or unusually titled copy. */
const CATEGORY_TYPES: Record<string, DocumentType> = {
  'speeches-remarks': 'remarks',
  'press-briefings': 'press-briefing',
};

/** Reads the document type from a title's opening words, the copy's category or its format; undefined when none tells. */
export function inferType(title: string | undefined, format: CopyFormat, category?: string): DocumentType | undefined {
  const found = title === undefined ? undefined : TYPE_FROM_TITLE.find(([re]) => re.test(title.trim()));
  if (found) return found[1];
  if (category !== undefined && CATEGORY_TYPES[category]) return CATEGORY_TYPES[category];
  return format === 'gt-news' ? 'news-article' : undefined;
}

/** The issuer id a format implies: whitehouse.gov copies the White House, GT News copies AGN. */
export function defaultIssuerId(parsed: ParsedCopy): string | undefined {
  if (parsed.format === 'gt-news') return 'agn';
  if (parsed.format !== 'whitehouse') return undefined;
  const { permalink } = parsed.metadata;
  if (permalink === undefined) return 'white-house';
  try {
    return /(?:^|\.)whitehouse\.gov$/u.test(new URL(permalink).hostname) ? 'white-house' : undefined;
  } catch {
    return undefined;
  }
}

/** Words left out of a derived slug. */
const SLUG_STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  's',
  'the',
  'to',
  'with',
]);

/** Derives a slug from issuer, date and up to six title words, made unique against the slugs taken. */
export function deriveSlug(issuerId: string, date: string, title: string, taken: ReadonlySet<string>): string {
  const words = slugify(title)
    .split('-')
    .filter((w) => w !== '' && !SLUG_STOPWORDS.has(w))
    .slice(0, 6);
  const base = [slugify(issuerId), date, ...words].filter(Boolean).join('-');
  let slug = base;
  for (let i = 2; taken.has(slug); i += 1) slug = `${base}-${i}`;
  return slug;
}

/**
 * Escapes text for the body so that the body parser gives it back unchanged:
 * every backslash doubled (the parser removes one before punctuation), every
 * `<` escaped (raw HTML is refused), and a leading `#` escaped (it would start
 * a subheading). Whitespace is left as it is: the parser folds nothing inside
 * a line.
 */
export function escapeBodyText(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/</gu, '\\<').replace(/^#/u, '\\#');
}

/** The body line of one part: a paragraph, a `## ` subheading or the end mark. */
function bodyLine(part: Part): string {
  if (part.role === 'heading') return `## ${escapeBodyText(part.text)}`;
  // `\###` is the archive's way of writing the end mark, so no Markdown viewer mistakes it for a heading.
  if (part.role === 'end-mark') return part.text.startsWith('#') ? `\\${part.text}` : part.text;
  // A paragraph that reads like an end mark is never last (the parsers make a last one the end mark),
  // so the body parser keeps it a paragraph.
  return escapeBodyText(part.text);
}

/** The body of a draft: paragraphs, subheadings and end mark, one line each, separated by blank lines. */
export function draftBody(parts: readonly Part[]): string {
  return parts
    .filter((p) => p.role === 'paragraph' || p.role === 'heading' || p.role === 'end-mark')
    .map(bodyLine)
    .join('\n\n');
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

/** Describes the copy for `source.description`, from its format. */
export function describeCopy(parsed: ParsedCopy): string {
  if (parsed.format === 'whitehouse') {
    let host = 'whitehouse.gov';
    try {
      if (parsed.metadata.permalink) host = new URL(parsed.metadata.permalink).hostname.replace(/^www\./u, '');
    } catch {
      // an unreadable permalink leaves the generic description
    }
    return `Plain-text copy of the ${host} page as received by the archive: a metadata block (${parsed.metadataKeys.join(
      ', ',
    )}) followed by the text in Markdown.`;
  }
  const furniture = parsed.parts.some((p) => p.role === 'furniture');
  if (parsed.format === 'gt-news')
    return `Plain-text copy of the article page on the GT News website as received by the archive${
      furniture ? ', scraped together with the page’s closing furniture' : ''
    }. The copy carries no date, web address or other metadata.`;
  return 'Plain-text copy as received by the archive. The copy carries no date, web address or other metadata.';
}

/** The date the copy gives: its metadata `date`, else the day of its published time. */
function copyDate(parsed: ParsedCopy): string | undefined {
  const { date, published } = parsed.metadata;
  if (date !== undefined) {
    if (precisionOf(date) === null)
      throw new DraftRefusal(
        `the copy's metadata date "${date}" is not an ISO date; correct the copy's metadata block`,
      );
    return date;
  }
  const stamp = published === undefined ? null : TIMESTAMP_PATTERN.exec(published);
  return stamp?.[1];
}

/** The title the copy gives: its metadata title, or its headline / first line. */
export function copyTitle(parsed: ParsedCopy): string | undefined {
  return parsed.metadata.title ?? parsed.parts.find((p) => p.role === 'title')?.text;
}

/** A date option's value, checked. */
function checkedDate(value: string): string {
  if (precisionOf(value) === null)
    throw new DraftRefusal(`--date "${value}" is not a real date: give --date YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** Drafts a statement from a parsed copy, the editor's options and the name the copy is stored under. */
export function draftStatement(
  copyParts: ParsedCopy,
  options: DraftOptions,
  copy: { name: string },
  takenSlugs: ReadonlySet<string> = new Set(),
): Draft {
  let parsed = copyParts;
  const sourceTitle = copyTitle(parsed);
  if (sourceTitle !== undefined && options.title !== undefined)
    throw new DraftRefusal(`the copy has its own title ("${sourceTitle.slice(0, 60)}"); leave out --title`);
  const title = sourceTitle ?? options.title;
  if (title === undefined || title.trim() === '')
    throw new DraftRefusal(
      'the copy has no title: give one with --title "…" (it is shown in [square brackets] as supplied)',
    );

  const sourceDate = copyDate(parsed);
  if (sourceDate !== undefined && options.date !== undefined)
    throw new DraftRefusal(`the copy gives its own date (${sourceDate}); leave out --date`);
  if (sourceDate === undefined && options.date === undefined)
    throw new DraftRefusal('the copy gives no date: give --date YYYY-MM-DD with --evidence "why this date"');
  if (options.date === undefined && (options.evidence ?? []).length > 0)
    throw new DraftRefusal('--evidence is the evidence for a supplied date: give --date with it, or leave it out');
  if (options.date !== undefined && (options.evidence ?? []).length === 0)
    throw new DraftRefusal(
      'a supplied date needs its evidence: add --evidence "why this date" (and --evidence-url URL)',
    );
  const date =
    sourceDate !== undefined
      ? { basis: 'source', value: sourceDate }
      : { basis: 'supplied', value: checkedDate(options.date!), evidence: options.evidence };

  if (!options.issuer) throw new DraftRefusal('the issuer is not known from the copy: give --issuer <organisation id>');
  const { issuer } = options;
  if (!issuer.country || !issuer.countryCode)
    throw new DraftRefusal(
      `organisation "${issuer.id}" has no country${issuer.country ? 'Code' : ''} in entities/organizations.yaml; add it there`,
    );

  const type = options.type ?? inferType(title, parsed.format, parsed.metadata.category);
  if (!type)
    throw new DraftRefusal(
      `the document type cannot be read from the title: give --type (${documentTypes.join(', ')})`,
    );

  const { permalink } = parsed.metadata;
  if (permalink !== undefined && options.url !== undefined && options.url !== permalink)
    throw new DraftRefusal(`the copy gives its own permalink (${permalink}); leave out --url`);
  const originalUrl = permalink ?? options.url;

  if (options.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(options.slug))
    throw new DraftRefusal(`--slug "${options.slug}" must be lower-case letters, digits and single hyphens`);
  if (options.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(options.language))
    throw new DraftRefusal(`--language "${options.language}" must be a BCP 47 tag such as en or es`);
  const slug = options.slug ?? deriveSlug(issuer.id, date.value, title, takenSlugs);
  if (takenSlugs.has(slug)) throw new DraftRefusal(`the slug "${slug}" is already used: give another with --slug`);

  // A transcript's place, venue and time lines and its END line are set apart from the numbered speech.
  if (isTranscript(type)) parsed = { ...parsed, parts: markTranscriptLines(parsed.parts) };
  const transcript = {
    header: parsed.parts.filter((p) => p.role === 'transcript-header').flatMap((p) => partLines(p, parsed.format)),
    close: parsed.parts.filter((p) => p.role === 'transcript-close').flatMap((p) => partLines(p, parsed.format)),
  };
  if (options.incomplete !== undefined && options.incomplete.trim() === '')
    throw new DraftRefusal('--incomplete needs the editors’ note on where the copy breaks off');

  const subtitle = parsed.parts.find((p) => p.role === 'subtitle')?.text;
  const furniture = parsed.parts.filter((p) => p.role === 'furniture').map((p) => p.text);
  const data: Record<string, unknown> = {
    slug,
    title,
    ...(sourceTitle === undefined && {
      titleBasis: 'supplied',
      ...(options.titleEvidence?.length ? { titleEvidence: options.titleEvidence } : {}),
    }),
    ...(subtitle !== undefined && { subtitle }),
    issuer: {
      name: issuer.name,
      country: issuer.country,
      countryCode: issuer.countryCode,
      ...(issuer.publication !== undefined && { publication: issuer.publication }),
      entity: issuer.id,
    },
    type,
    date,
    ...(parsed.metadata.published !== undefined && { published: parsed.metadata.published }),
    ...(parsed.metadata.modified !== undefined && { modified: parsed.metadata.modified }),
    ...(parsed.metadata.category !== undefined && { category: parsed.metadata.category }),
    ...(originalUrl !== undefined && { originalUrl }),
    ...(parsed.bylines.length > 0 && {
      bylines: parsed.bylines.map(({ text, name, placement }) => ({ text, name, placement })),
    }),
    language: options.language ?? 'en',
    source: { copy: copy.name, description: describeCopy(parsed), retrieved: options.retrieved },
    normalisations: computeNormalisations(parsed),
    ...(furniture.length > 0 && { furniture }),
    ...((transcript.header.length > 0 || transcript.close.length > 0) && { transcript }),
    ...(options.incomplete !== undefined && { incomplete: { note: options.incomplete } }),
  } satisfies Partial<Record<keyof StatementData, unknown>>;
  const body = draftBody(parsed.parts);
  return { data, body, slug, text: `---\n${stringifyFrontMatter(data)}---\n\n${body}\n` };
}
