/**
 * Schemas of the archive's stand-off annotation data: the people,
 * organisations, places and topics the statements name, the editors'
 * annotations of each statement, and the dated events they mention. None of
 * this lives in a transcription: the texts stay clean copies of the sources.
 * As in `schema.ts`, every object is strict: an unknown field is refused.
 */
import { z } from 'astro/zod';
import { evidenceSchema, isoDate, slugField } from './schema.ts';

/** An entity id: lower-case letters, digits and single hyphens, used in its URL. */
const entityId = slugField;

/** Ways a text names an entity, matched case-insensitively on word boundaries. */
const aliases = z.array(z.string().min(2)).default([]);

/**
 * The editors' judgement that names the texts use differently (or a name and a title) are one
 * entity, such as one text's "Migrant Resource Centers" and another's "CAPMiR". Shown on the
 * entity's page as the editors', with its evidence, since a reader cannot see it in any one text.
 */
export const identificationSchema = z.strictObject({
  /** What the editors took to be one entity, and why, in their words. */
  note: z.string().min(1),
  /** What supports the identification: passages of the texts, or sources outside them. At least one. */
  evidence: z.array(evidenceSchema).min(1, 'needs at least one item: say what supports the identification'),
});

/** A person named in the statements. */
export const personSchema = z.strictObject({
  /** Permanent id, used in the URL `people/<id>/`. */
  id: entityId,
  /** The name the archive lists the person under. */
  name: z.string().min(1),
  /** Names and titles the texts use for this person anywhere, e.g. "Vice President Harris". */
  aliases,
  /** The person's role at the time of each statement, keyed by statement slug. */
  roles: z.record(slugField, z.string().min(1)).default({}),
  /** One line of context written by the editors. */
  description: z.string().min(1).optional(),
  /** The editors' identification of the names and titles above as one person, with its evidence. */
  identification: identificationSchema.optional(),
});

/** Kinds of organisation-like entities. */
export const organizationKinds = [
  'government',
  'agency',
  'legislature',
  'unit',
  'programme',
  'company',
  'law',
  'media',
] as const;

/** Kinds of the organisations collection that are not bodies: what a law or programme is, not who. */
export const instrumentKinds: readonly (typeof organizationKinds)[number][] = ['law', 'programme'];

/** True for a law or programme, which the site lists apart from organisations. */
export function isInstrument(kind: (typeof organizationKinds)[number]): boolean {
  return instrumentKinds.includes(kind);
}

/** Reader-facing names of each kind, one and many, as the index headings and entity pages print them. */
export const organizationKindLabels: Record<(typeof organizationKinds)[number], { one: string; many: string }> = {
  government: { one: 'Government', many: 'Governments' },
  agency: { one: 'Agency', many: 'Agencies' },
  legislature: { one: 'Legislature', many: 'Legislatures' },
  unit: { one: 'Unit or task force', many: 'Units and task forces' },
  company: { one: 'Company', many: 'Companies' },
  media: { one: 'News agency or outlet', many: 'News agencies and outlets' },
  law: { one: 'Law', many: 'Laws' },
  programme: { one: 'Programme', many: 'Programmes' },
};

/** An organisation, programme or law named in the statements. */
export const organizationSchema = z.strictObject({
  /** Permanent id, used in the URL `organizations/<id>/`. */
  id: entityId,
  /** The name the archive lists it under. */
  name: z.string().min(1),
  /** What it is: a body (government … media), or a `law` or `programme`, which pages list apart from organisations. */
  kind: z.enum(organizationKinds),
  /** Names the texts use for it, e.g. "CAPMiR". */
  aliases,
  /** The country it belongs to, if any. */
  country: z.string().min(1).optional(),
  /** ISO 3166-1 alpha-2 code of that country, for an issuer's catalogue record, e.g. "US". */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/u, 'must be an ISO 3166-1 alpha-2 code such as "GT"')
    .optional(),
  /** Where an issuer publishes, copied into the statements it issues, e.g. "whitehouse.gov Briefing Room". */
  publication: z.string().min(1).optional(),
  /** Web sites an issuer publishes on, by host name ("state.gov" also covers "www.state.gov"): `npm run add` reads the issuer of a copy from its address. */
  sites: z
    .array(
      z
        .string()
        .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/u, 'must be a host name such as "state.gov", without https:// or a path'),
    )
    .default([]),
  /** Lines only this issuer prints above its documents ("OFFICE OF THE SPOKESPERSON"), matched whole and case-insensitively: `npm run add` reads the issuer of a copy from them. */
  marks: z.array(z.string().min(3)).default([]),
  /** One line of context written by the editors. */
  description: z.string().min(1).optional(),
  /** The editors' identification of names the texts use differently as this one, with its evidence. */
  identification: identificationSchema.optional(),
});

/** Kinds of place, from the largest to the smallest. */
export const placeKinds = ['country', 'region', 'city', 'venue'] as const;

/** Reader-facing names of the kinds of place, as the place pages print them. */
export const placeKindLabels: Record<(typeof placeKinds)[number], string> = {
  country: 'country',
  region: 'region',
  city: 'city',
  venue: 'venue (a building or room)',
};

/** A place named in the statements. */
export const placeSchema = z.strictObject({
  /** Permanent id, used in the URL `places/<id>/`. */
  id: entityId,
  /** The name the archive lists it under. */
  name: z.string().min(1),
  /** Names the texts use for it. */
  aliases,
  /** Country, region, city, or venue (a building or room, e.g. "Vice President's Ceremonial Office"). */
  kind: z.enum(placeKinds),
  /** The editors' identification of names the texts use differently as this one place, with its evidence. */
  identification: identificationSchema.optional(),
});

/** A subject the statements address, assigned to paragraphs by the editors. */
export const topicSchema = z.strictObject({
  /** Permanent id, used in the URL `topics/<id>/`. */
  id: entityId,
  /** The topic's name, e.g. "Migration and legal pathways". */
  name: z.string().min(1),
  /** What the topic covers, in the editors' words. */
  description: z.string().min(1),
});

/** What an ambiguous phrase means within one statement, e.g. "the President". */
const scopedAliasSchema = z.strictObject({
  /** The phrase as the text has it; matched case-insensitively on word boundaries. */
  text: z.string().min(2),
  /** The person, organisation or place it refers to in this statement. */
  entity: entityId,
});

/** A passage of a statement attributed to a speaker. */
const quotationSchema = z.strictObject({
  /** The paragraph the passage is in. */
  paragraph: z.number().int().positive(),
  /** Who the text attributes it to (a person id). */
  speaker: entityId,
  /** `direct`: in quotation marks in the source; `reported`: the text reports what they said. */
  kind: z.enum(['direct', 'reported']),
  /** The passage, exactly as it appears in the paragraph. */
  text: z.string().min(2),
});

/** The editors' annotations of one statement, kept beside its transcription. */
export const annotationSchema = z.strictObject({
  /** The slug of the statement annotated. */
  statement: slugField,
  /** Topic ids of each numbered paragraph, keyed by paragraph number. */
  paragraphs: z.record(
    z.string().regex(/^\d+$/u, 'keys must be paragraph numbers'),
    z.strictObject({
      /** The topic ids of the paragraph, at least one. */
      topics: z.array(entityId).min(1),
    }),
  ),
  /** What ambiguous phrases refer to in this statement. */
  aliases: z.array(scopedAliasSchema).default([]),
  /** Passages attributed to speakers. */
  quotations: z.array(quotationSchema).default([]),
});

/** A date on the timeline: as precise as the source allows, and given or supplied. */
const eventDateSchema = z.strictObject({
  /** ISO date at its precision: 2022-02 for "February 2022". */
  value: isoDate,
  /** `source` when the text states it in full; `supplied` when the editors completed it. */
  basis: z.enum(['source', 'supplied']),
  /** Not used here: each statement words the date its own way, so the wording is given per mention. */
  wording: z
    .never({ error: 'is no longer read here: give each statement its own words for the date as mentions[].wording' })
    .optional(),
  /** Why the editors completed the date as they did (required when supplied). */
  evidence: z.array(evidenceSchema).default([]),
});

/** One paragraph that mentions an event, and the words it uses for the date. */
const eventMentionSchema = z.strictObject({
  /** The slug of the statement that mentions the event. */
  statement: slugField,
  /** The paragraph that mentions it. */
  paragraph: z.number().int().positive(),
  /** That statement's own words for the date, exactly as in the paragraph ("this afternoon"); absent if it has none. */
  wording: z.string().min(1).optional(),
});

/** An event the statements record or mention, for the timeline. */
export const eventSchema = z
  .object({
    /** Permanent id, used as the event's anchor on the timeline. */
    id: entityId,
    /** What happened, in the editors' words. */
    title: z.string().min(1),
    /** When it happened. */
    date: eventDateSchema,
    /** The paragraphs that mention it, each with its statement's own words for the date. */
    mentions: z.array(eventMentionSchema).min(1),
  })
  .refine((e) => e.date.basis === 'source' || e.date.evidence.length > 0, {
    path: ['date', 'evidence'],
    message: 'is required: a supplied date needs the evidence for it',
  });

/** A set of statements the comparison view sets side by side. */
export const comparisonSchema = z.strictObject({
  /** Permanent id, used as the comparison's anchor on the page. */
  id: entityId,
  /** Heading of the comparison. */
  title: z.string().min(1),
  /** The statements compared, one column each, in this order. */
  statements: z.array(slugField).min(2),
  /** The event each statement records, by statement slug (event ids from the timeline). */
  records: z.record(slugField, entityId).default({}),
  /** The editors' framing: what each text records and who issued it (optional: the columns speak for themselves). */
  note: z.string().min(1).optional(),
});

export type Comparison = z.output<typeof comparisonSchema>;
export type Person = z.output<typeof personSchema>;
export type Organization = z.output<typeof organizationSchema>;
export type Place = z.output<typeof placeSchema>;
export type Topic = z.output<typeof topicSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type ArchiveEvent = z.output<typeof eventSchema>;
export type EventMention = ArchiveEvent['mentions'][number];

/** The three kinds of named entity and their URL folders. */
export const entityKinds = ['people', 'organizations', 'places'] as const;
export type EntityKind = (typeof entityKinds)[number];
