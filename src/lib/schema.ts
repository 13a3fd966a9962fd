/**
 * The shape of a statement's front matter. Astro's content collection and the
 * build's own content check both validate against this one schema, so a field
 * is documented once, here. What the source gives and what the editors supply
 * are kept in separate fields, never mixed.
 */
import { z } from 'astro/zod';
import { precisionOf, TIMESTAMP_PATTERN } from './dates.ts';

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

/** A timestamp with its UTC offset, as a source page gives it. */
const timestamp = z
  .string({ error: 'must be a quoted timestamp such as "2021-04-26 20:01:00-04:00"' })
  .regex(TIMESTAMP_PATTERN, 'must be a timestamp with offset such as "2021-04-26 20:01:00-04:00"');

/** One piece of evidence for something the editors supplied. */
export const evidenceSchema = z.object({
  /** What the evidence is and what it shows, in the editors' words. */
  note: z.string().min(1),
  /** Where the evidence can be checked, if it is online. */
  url: z.url().optional(),
});

/** A date the source itself gives. */
const givenDate = z.object({
  /** `source`: the date is stated by the source. */
  basis: z.literal('source'),
  /** The date as the source gives it, at the source's precision. */
  value: isoDate,
});

/** A date the editors established because the source gives none. */
const suppliedDate = z.object({
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
export const bylineSchema = z.object({
  /** The byline exactly as the source prints it, e.g. "by Brenda Larios -AGN-". */
  text: z.string().min(1),
  /** The person's name as the editors read it, e.g. "Brenda Larios". */
  name: z.string().min(1),
  /** Where the source prints it: under the headline (`header`), or inside the text (`text`). */
  placement: z.enum(['header', 'text']),
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

/** Document types that are transcripts of speech: their paragraphs fall into speakers' turns. */
export const transcriptTypes: readonly (typeof documentTypes)[number][] = ['remarks', 'press-briefing', 'interview'];

/** True for a transcript's document type (remarks, press briefing, interview). */
export function isTranscript(type: string): boolean {
  return (transcriptTypes as readonly string[]).includes(type);
}

/** The lines a transcript sets apart from its text, each exactly as the source sets it. */
export const transcriptSchema = z.object({
  /** Place, venue and time lines above the text, one string per source line, in source order. */
  header: z.array(z.string().min(1)).default([]),
  /** Closing lines after the text, one string per source line, e.g. "END 5:48 P.M. CDT". */
  close: z.array(z.string().min(1)).default([]),
});

/** The front matter of one statement transcription. */
export const statementSchema = z.object({
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
  /** The body that issued the document. */
  issuer: z.object({
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
  }),
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
  originalUrl: z.url({ error: 'must be an absolute URL' }).optional(),
  /** Bylines exactly as found, in the order the source prints them. */
  bylines: z.array(bylineSchema).default([]),
  /** BCP 47 language tag of the text, e.g. "en". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, 'must be a BCP 47 tag such as "en"'),
  /** One-line summary written by the editors (shown as theirs, never as the source's); until written, pages say so. */
  summary: z.string().min(1).max(300).optional(),
  /** The verbatim copy this transcription was made from. */
  source: z.object({
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
  /** A transcript's header and closing lines, kept as the source sets them (not numbered, no one's words). */
  transcript: transcriptSchema.optional(),
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
