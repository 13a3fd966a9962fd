/**
 * The shape of a statement's front matter. Astro's content collection and the
 * build's own content check both validate against this one schema, so a field
 * is documented once, here. What the source gives and what the editors supply
 * are kept in separate fields, never mixed. Every object is strict: a field
 * the schema does not know (a misspelt `sumary:`) is refused, never dropped.
 */
import { z } from 'astro/zod';
import { precisionOf, TIMESTAMP_PATTERN } from './dates.ts';
import { webUrlProblem } from './web-url.ts';

/** A permanent URL segment: lower-case letters, digits and single hyphens. */
export const slugField = z
  .string({ error: 'is required: a permanent lower-case slug such as "agn-giammattei-harris-call"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lower-case letters, digits and single hyphens');

/**
 * An ISO 8601 calendar date at day, month or year precision. The archive's
 * YAML reader (`src/lib/yaml.ts`) reads an unquoted 2023-05-26 as this string,
 * and an unquoted year as a number, which is read as the year it was written as.
 */
export const isoDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string({ error: 'is required: an ISO date such as 2023-05-26, 2023-05 or 2023' })
    .refine((v) => precisionOf(v) !== null, {
      error: (issue) => `"${String(issue.input)}" is not a real ISO date (use 2023-05-26, 2023-05 or 2023)`,
    }),
);

/**
 * An absolute `http://` or `https://` address. Every stored address uses this
 * one type: any other scheme (`javascript:`, `data:`, `file:`) is refused, since
 * a link to it could run a script on hosts that send no security headers.
 */
export const webUrl = z
  .string({ error: 'must be a web address such as "https://www.example.org/page"' })
  .refine((value) => webUrlProblem(value) === undefined, {
    error: (issue) => webUrlProblem(String(issue.input)) ?? 'is not a web address',
  });

/** A timestamp with its UTC offset, as a source page gives it. */
const timestamp = z
  .string({ error: 'must be a quoted timestamp such as "2021-04-26 20:01:00-04:00"' })
  .regex(TIMESTAMP_PATTERN, 'must be a timestamp with offset such as "2021-04-26 20:01:00-04:00"');

/** One piece of evidence for something the editors supplied. */
export const evidenceSchema = z.strictObject({
  /** What the evidence is and what it shows, in the editors' words. */
  note: z.string().min(1),
  /** Where the evidence can be checked, if it is online. */
  url: webUrl.optional(),
});

/** A date the source itself gives. */
const givenDate = z.strictObject({
  /** `source`: the date is stated by the source. */
  basis: z.literal('source'),
  /** The date as the source gives it, at the source's precision. */
  value: isoDate,
  /** The words the copy prints the date in, exactly ("FEBRUARY 18, 2021", "12 de marzo de 2031"), when it was read from the text rather than a metadata block. */
  printed: z.string().min(1).optional(),
});

/** A date the editors established because the source gives none. */
const suppliedDate = z.strictObject({
  /** `supplied`: the editors established the date; it is shown in square brackets. */
  basis: z.literal('supplied'),
  /** The supplied date, only as precise as the evidence allows. */
  value: isoDate,
  /** Why the editors believe this date; at least one item. */
  evidence: z
    .array(evidenceSchema, { error: 'is required: a supplied date needs the evidence for it' })
    .min(1, 'needs at least one item: a supplied date needs the evidence for it'),
});

/** A byline exactly as found, with the editors' reading of it. */
export const bylineSchema = z.strictObject({
  /** The byline exactly as the source prints it, e.g. "by Brenda Larios -AGN-". */
  text: z.string().min(1),
  /** The person's name as the editors read it, e.g. "Brenda Larios". */
  name: z.string().min(1),
  /** Where the source prints it: under the headline (`header`), inside the text (`text`), or as one of the lines between the headline and the text (`line`, listed in `head.below` too). */
  placement: z.enum(['header', 'text', 'line']),
});

/** Kinds of document the archive holds. */
export const documentTypes = [
  'statement',
  'readout',
  'news-article',
  'press-release',
  'joint-statement',
  'remarks',
  'press-briefing',
  'interview',
  'communique',
  'fact-sheet',
] as const;

/** A kind of document the archive holds. */
export type DocumentType = (typeof documentTypes)[number];

/** Document types that are transcripts of speech: their paragraphs fall into speakers' turns. */
export const transcriptTypes: readonly (typeof documentTypes)[number][] = ['remarks', 'press-briefing', 'interview'];

/** True for a transcript's document type (remarks, press briefing, interview). */
export function isTranscript(type: string): boolean {
  return (transcriptTypes as readonly string[]).includes(type);
}

/**
 * What a line printed outside the statement's text is. The copy's words stay
 * exactly as printed; the role only says how the page sets the line apart, and
 * an editor may change it without touching the words.
 */
export const lineRoles = [
  'masthead',
  'kicker',
  'office',
  'reference',
  'date',
  'dateline',
  'lead-in',
  'byline',
  'person',
  'place',
  'time',
  'end',
  'signature',
  'other',
] as const;

/** A line role. */
export type LineRole = (typeof lineRoles)[number];

/** Reader-facing names of line roles, as the source note and the page's labels print them. */
export const lineRoleLabels: Record<LineRole, string> = {
  masthead: 'the source site’s masthead',
  kicker: 'kicker',
  office: 'office line',
  reference: 'reference number',
  date: 'date line',
  dateline: 'place and date',
  'lead-in': 'lead-in',
  byline: 'byline',
  person: 'speaker line',
  place: 'place line',
  time: 'time line',
  end: 'closing line',
  signature: 'signature',
  other: 'line',
};

/** One line the source prints outside its text, exactly as printed, and what it is. */
export const sourceLineSchema = z.strictObject({
  /** What the line is: `masthead` (the web site's banner, never the document's), `kicker` ("READOUT", "COMUNICADO DE PRENSA"), `office` ("OFFICE OF THE SPOKESPERSON"), `reference` ("REF# 2020 – 15"), `date` (a date line), `dateline` (place and date), `lead-in` ("Begin text:"), `byline`, `person` (a speaker named above a transcript), `place` and `time` (a transcript's setting), `end` ("END 4:20 P.M. EDT", "Fin del comunicado"), `signature`, or `other`. */
  role: z.enum(lineRoles),
  /** The line exactly as the source prints it. */
  text: z.string().min(1),
});

/** A source line as read. */
export type SourceLine = z.output<typeof sourceLineSchema>;

/** The lines a source prints around its headline, in source order, each exactly as printed. */
export const headSchema = z.strictObject({
  /** Lines above the headline: a site's masthead, a kicker, an office line, a reference number. */
  above: z.array(sourceLineSchema).default([]),
  /** Lines between the headline (with its standfirst and bylines) and the text: office, date, place and time lines, a lead-in. */
  below: z.array(sourceLineSchema).default([]),
});

/** The issuing body of a statement, as its catalogue record names it. */
export const issuerSchema = z.strictObject({
  /** The issuing body's name, e.g. "The White House". */
  name: z.string().min(1),
  /** The government the body speaks for, e.g. "United States". */
  country: z.string().min(1),
  /** ISO 3166-1 alpha-2 code of that country, e.g. "US". */
  countryCode: z.string().regex(/^[A-Z]{2}$/u, 'must be an ISO 3166-1 alpha-2 code such as "GT"'),
  /** The outlet or section the document appeared in, e.g. "Statements & Releases". */
  publication: z.string().min(1).optional(),
  /** The issuer's id in the organisations list, linking the statement to its page. */
  entity: slugField.optional(),
});

/** A BCP 47 language tag such as `en` or `es`. */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, 'must be a BCP 47 tag such as "en"');

/** The front matter of one statement transcription. */
export const statementSchema = z.strictObject({
  /** Permanent URL slug, set once by the editors and never derived from the title or the date. */
  slug: slugField,
  /** Slugs this statement was published under before; each keeps resolving as a redirect. */
  formerSlugs: z.array(slugField).default([]),
  /** The title exactly as the source has it, typographic characters and no-break spaces included; or, for a copy without one, the editors' title. */
  title: z.string({ error: 'is required: the title exactly as the source has it' }).min(1, 'must not be empty'),
  /** `source`: the copy gives the title; `supplied`: the editors wrote it, and it is shown in [square brackets]. */
  titleBasis: z.enum(['source', 'supplied']).default('source'),
  /** Why the editors chose a supplied title (optional; a supplied title is bracketed either way). */
  titleEvidence: z.array(evidenceSchema).optional(),
  /** A standfirst printed under the title by the source, exactly as given. */
  subtitle: z.string().min(1).optional(),
  /** The body that issued the document; for a joint statement, the one whose copy this is. */
  issuer: issuerSchema,
  /** The other bodies that issued a joint statement, in the order the source names them. */
  coIssuers: z.array(issuerSchema).default([]),
  /** What kind of document it is. */
  type: z.enum(documentTypes),
  /** The document's date: given by the source, or supplied by the editors with evidence. */
  date: z.discriminatedUnion('basis', [givenDate, suppliedDate], {
    error: 'is required, with basis "source" or "supplied" and a value such as 2023-05-26',
  }),
  /** Publication time given by the source page, with its UTC offset. */
  published: timestamp.optional(),
  /** Last-modified time given by the source page, with its UTC offset. */
  modified: timestamp.optional(),
  /** The source page's own category label, as given. */
  category: z.string().min(1).optional(),
  /** The address the document was published at by its issuer. */
  originalUrl: webUrl.optional(),
  /** Bylines exactly as found, in the order the source prints them. */
  bylines: z.array(bylineSchema).default([]),
  /** BCP 47 language tag of the text, e.g. "en" or "es": the page's language. */
  language: languageTag,
  /** Set when this statement is a translation of another in the archive. */
  translation: z
    .strictObject({
      /** The slug of the statement translated. */
      of: slugField,
      /** The language translated from (the original's language tag). */
      from: languageTag,
      /** Who made the translation, as the source says or the editors know, e.g. "U.S. Embassy in Guatemala". */
      by: z.string().min(1),
    })
    .optional(),
  /** One-line summary written by the editors (shown as theirs, never as the source's); until written, pages say so. */
  summary: z.string().min(1).max(300).optional(),
  /** The verbatim copy this transcription was made from. */
  source: z.strictObject({
    /** File name of the verbatim copy in the sources folder. */
    copy: z.string().regex(/^[\w.-]+\.txt$/u, 'must be a .txt file name in the sources folder'),
    /** What the copy is and how it was obtained, in the editors' words. */
    description: z.string().min(1),
    /**
     * The day the archive retrieved or received the copy (YYYY-MM-DD), set by `npm run add`. Citations give it
     * as the access date: the text shown is the original as it stood that day, whatever its address says later.
     */
    retrieved: z
      .string({ error: 'is required: the day the archive retrieved or received the copy, such as 2024-03-04' })
      .refine((v) => precisionOf(v) === 'day', {
        error: (issue) => `"${String(issue.input)}" is not a real day (use YYYY-MM-DD, such as 2024-03-04)`,
      }),
  }),
  /** Every change made between the copy and this transcription, for the reader to see. */
  normalisations: z.array(z.string().min(1)).min(1, 'must list at least one entry (say "None" if none)'),
  /** Text scraped with the source page that is not part of the document, in source order. */
  furniture: z.array(z.string().min(1)).default([]),
  /** Editorial notes shown with the catalogue record. */
  notes: z.array(z.string().min(1)).default([]),
  /** Lines the source prints around its headline, set apart from the text and never numbered. */
  head: headSchema.default({ above: [], below: [] }),
  /** Lines the source prints after its text (place and date, "END …", a signature), before any page furniture. */
  closing: z.array(sourceLineSchema).default([]),
  /** The day the editors reviewed the transcription and recorded its permanent URLs; until then it is a draft. */
  reviewed: isoDate.optional(),
  /** Set when the copy breaks off before the document's end. */
  incomplete: z
    .object({
      /** Where and why the copy breaks off, in the editors' words; shown where the text stops. */
      note: z.string().min(1),
    })
    .optional(),
});

/** Validated statement front matter. */
export type StatementData = z.output<typeof statementSchema>;
