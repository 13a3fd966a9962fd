/**
 * `npm run reference`: writes `docs/editors-reference.md`, the editors'
 * reference to every content file, generated from the zod schemas in
 * src/lib/schema.ts and src/lib/entities.ts and their doc comments. The
 * introductions and fixed sections below are written by hand; the field tables
 * are not. A unit test fails when the committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { isoDate, slugField, statementSchema, webUrl } from '../src/lib/schema.ts';
import {
  annotationSchema,
  comparisonSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  topicSchema,
} from '../src/lib/entities.ts';
import {
  docCommentsOf,
  fieldsOf,
  renderReference,
  undocumentedFields,
  type DocMap,
  type FileKind,
  type FixedSection,
  type NamedType,
  type ReferenceParts,
} from '../src/lib/reference.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The generated file, relative to the project root. */
export const REFERENCE_FILE = 'docs/editors-reference.md';

/** The schema sources whose doc comments describe the fields. */
export const SCHEMA_FILES = ['src/lib/schema.ts', 'src/lib/entities.ts'];

/** Value types named in the tables, recognised by their schema or preprocessing function. */
export const NAMED_TYPES: NamedType[] = [
  { name: 'slug', is: slugField },
  { name: 'ISO date', is: isoDate },
  { name: 'URL', is: webUrl },
];

/** Every kind of content file, with a minimal valid example of each. */
export const FILE_KINDS: (FileKind & { records: 'front matter' | 'list' | 'one' })[] = [
  {
    title: 'Statements',
    location: '`content/statements/<anything>.md`, one file per statement.',
    intro: `YAML front matter between \`---\` lines, then the text of the statement (see [Body grammar](#body-grammar)).
The file name is free; the permanent URL comes from \`slug\`. The verbatim copy the text was transcribed from goes in
\`content/sources/\` (see [Source copies](#source-copies)) and is named in \`source.copy\`.`,
    example: {
      language: 'markdown',
      text: `---
slug: example-ministry-statement-on-migration
title: "Statement by the Ministry of Foreign Affairs on Migration"
issuer:
  name: Ministry of Foreign Affairs
  country: Guatemala
  countryCode: GT
type: statement
date:
  basis: source
  value: "2024-03-01"
language: en
summary: The ministry announces new legal pathways for migrants.
source:
  copy: 3f2a9c0d4e5b6a71.txt
  description: Plain-text copy of the ministry's web page as received by the archive.
  retrieved: 2024-03-02
normalisations:
  - None
---

Guatemala City, 1 March 2024. The Ministry of Foreign Affairs announced today …

A second paragraph, exactly as the source has it.`,
    },
    records: 'front matter',
    schemaName: 'statementSchema',
    schema: statementSchema,
  },
  {
    title: 'People',
    location: '`content/entities/people.yaml`, one list item per person.',
    intro: `Aliases listed here are looked for in every statement; a phrase that means different people in different
texts ("the President") belongs in a statement's [annotation file](#annotations) instead.`,
    example: {
      language: 'yaml',
      text: `- id: kamala-harris
  name: Kamala Harris
  aliases: [Kamala Harris, Vice President Harris]`,
    },
    records: 'list',
    schemaName: 'personSchema',
    schema: personSchema,
  },
  {
    title: 'Organisations',
    location: '`content/entities/organizations.yaml`, one list item per organisation, programme or law.',
    intro: 'Issuers are organisations too: a statement links to its issuer through `issuer.entity`.',
    example: {
      language: 'yaml',
      text: `- id: agn
  name: Agencia Guatemalteca de Noticias (AGN)
  kind: media
  aliases: [AGN]`,
    },
    records: 'list',
    schemaName: 'organizationSchema',
    schema: organizationSchema,
  },
  {
    title: 'Places',
    location: '`content/entities/places.yaml`, one list item per place.',
    intro: 'Ids of people, organisations and places share one namespace: an id may be used only once across the three.',
    example: {
      language: 'yaml',
      text: `- id: guatemala
  name: Guatemala
  kind: country
  aliases: [Guatemala]`,
    },
    records: 'list',
    schemaName: 'placeSchema',
    schema: placeSchema,
  },
  {
    title: 'Topics',
    location: '`content/entities/topics.yaml`, one list item per topic.',
    intro: 'Topics are not found in the text: the editors assign them to paragraphs in the annotation files.',
    example: {
      language: 'yaml',
      text: `- id: migration
  name: Migration and legal pathways
  description: Managing migration, its causes, legal channels, protection, asylum, visas and reintegration.`,
    },
    records: 'list',
    schemaName: 'topicSchema',
    schema: topicSchema,
  },
  {
    title: 'Annotations',
    location: '`content/annotations/<slug>.yaml`, one file per statement, named after its slug.',
    intro: `The editors' stand-off annotations of one statement: the topics of each paragraph, what ambiguous phrases
mean in this text, and the passages it attributes to speakers. The transcription itself is never edited to carry
them. Paragraph numbers are those shown on the statement's page (¶ 1, 2, …).`,
    example: {
      language: 'yaml',
      text: `statement: agn-giammattei-harris-telephone-call
paragraphs:
  1: { topics: [bilateral-relations] }
aliases:
  - text: the President
    entity: alejandro-giammattei
quotations:
  - paragraph: 9
    speaker: kamala-harris
    kind: direct
    text: When women are doing well, it makes communities better,`,
    },
    records: 'one',
    schemaName: 'annotationSchema',
    schema: annotationSchema,
  },
  {
    title: 'Events',
    location: '`content/events.yaml`, one list item per event.',
    intro: `Dated events the statements record or mention, shown on the timeline. Each mention may carry \`wording\`: that
statement's own words for the date, exactly as in its paragraph, so the timeline quotes each source and no other; a
date the editors completed is \`supplied\` and needs evidence.`,
    example: {
      language: 'yaml',
      text: `- id: anti-coyotaje-law-approved
  title: Guatemala’s Congress approves the Anti-Coyotaje Law
  date:
    value: "2022-02"
    basis: source
  mentions:
    - statement: agn-giammattei-harris-telephone-call
      paragraph: 6
      wording: in February 2022`,
    },
    records: 'list',
    schemaName: 'eventSchema',
    schema: eventSchema,
  },
  {
    title: 'Comparisons',
    location: '`content/comparisons.yaml`, one list item per comparison.',
    intro: `Which statements the comparison view (\`/compare/\`) sets side by side, one column each, and the editors'
framing. The note must say what each text records, so that readers do not take different events for one.`,
    example: {
      language: 'yaml',
      text: `- id: harris-giammattei
  title: Vice President Harris and President Giammattei, 2021 and 2023
  statements:
    - white-house-harris-giammattei-virtual-bilateral-meeting
    - agn-giammattei-harris-telephone-call
  note: These two texts record different events, two years apart.`,
    },
    records: 'list',
    schemaName: 'comparisonSchema',
    schema: comparisonSchema,
  },
];

/** The short fixed sections every editor needs. */
const SECTIONS: FixedSection[] = [
  {
    title: 'Source copies',
    body: `Every statement is transcribed from a verbatim copy kept, byte for byte, in \`content/sources/\`, and named in
the statement's \`source.copy\`. The content check compares the transcription word for word with it.

- A new copy is named \`<first 16 hex digits of the SHA-256 of the file's bytes>.txt\`, e.g. \`3f2a9c0d4e5b6a71.txt\`
  (\`sha256sum copy.txt | cut -c1-16\`), so a name never collides and never changes.
- The two oldest copies keep their names \`000_0af2a9ff45b6a59c.txt\` and \`001_ccf752448703af61.txt\`; other files
  refer to them by those names.
- A copy is never edited: every change made in transcription is listed in the statement's \`normalisations\`.`,
  },
  {
    title: 'Aliases and mentions',
    body: `Mentions of people, organisations and places are found from aliases; nothing is marked up in the text.

- An alias matches case-insensitively, on word boundaries ("Guatemala" is not found in "Guatemalan"), across any
  spaces, no-break spaces or line breaks between its words, and with a possessive ("Harris’s").
- An alias of fewer than three letters must be an abbreviation in capitals ("US", "U.S.", "UN"), and matches only in
  capitals: "US" never links "us".
- A one-word alias that is an ordinary English or Spanish word (one of the 10,000 commonest of either language)
  matches only as written or in capitals: "China" links "China" and "CHINA", never "china"; "WHO" never links "who".
  Such a word written in lower case ("in", "china"), a capitalised word that begins sentences ("In", "The", "El") and
  the name of a month or a day ("May", "March") are refused, since they would link everyday words everywhere: use a
  longer name ("Theresa May") or the abbreviation in capitals.
- Each alias is listed once, on one entity: the same alias twice, on two entities, twice in one annotation file, or
  both as a global alias and as a statement's scoped alias stops the build, naming both places.
- \`aliases\` in \`content/entities/*.yaml\` are looked for in every statement. A phrase that means different entities
  in different texts, like "the President" or "the Vice President", must not go there: put it in the statement's
  annotation file as a scoped alias (\`aliases: [{ text: the President, entity: alejandro-giammattei }]\`), which
  applies to that statement only.
- Every alias must match somewhere: one that matches nothing stops the build, naming the file and the entity.`,
  },
  {
    title: 'Quotations',
    body: `A quotation's \`text\` must appear in its paragraph exactly as written there: same spelling, punctuation,
typographic quotes and apostrophes (’ is not '), and the same spaces, no-break spaces included. Copy it from the
transcription, not from memory. For a direct quotation, give the words inside the quotation marks, without the
marks. A quotation that is not found stops the build, naming the file and \`quotations.<n>.text\`.`,
  },
  {
    title: 'Permalinks',
    body: `\`content/permalinks.txt\` lists every statement and paragraph URL the archive has published. Lines are never
removed or edited: a published URL must keep resolving. After adding a statement run \`npm run permalinks\`, which
appends the new URLs. To rename a slug, set the new \`slug\` and add the old one to \`formerSlugs\`; the old URL becomes
a redirect. The build checks every entry: a URL whose slug is neither a statement's \`slug\` nor one of its
\`formerSlugs\`, a paragraph URL (\`#p14\`) of a statement that now has fewer paragraphs, and a line missing below a
statement's highest recorded paragraph each stop the build, naming the URL and what to do.`,
  },
  {
    title: 'Body grammar',
    body: `The text after the front matter of a statement file:

- Blank lines separate paragraphs (they are numbered ¶ 1, 2, …); line breaks inside a paragraph are joined.
- \`## \` marks a subheading the source has.
- A final \`\\###\` is the press-release end mark.
- A backslash makes a punctuation character literal.
- Nothing else is interpreted, so quotes and dashes stay as typed. Raw HTML is rejected (write a literal \`<\` as
  \`\\<\`).
- Page furniture scraped with the source (related links, copyright lines) goes in \`furniture\`, not the body.`,
  },
];

/** Reads the doc comments of the schema sources. */
export function readDocs(): DocMap {
  return docCommentsOf(SCHEMA_FILES.map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') })));
}

/** The reference's parts: the hand-written text around the generated tables. */
export function referenceParts(docs: DocMap): ReferenceParts {
  const slugPattern = slugField._zod.def.checks?.map((c) => c._zod.def).find((c) => 'pattern' in c) as
    { pattern: RegExp } | undefined;
  return {
    title: "Editors' reference",
    lead: `<!-- Generated by \`npm run reference\` from ${SCHEMA_FILES.map((f) => `\`${f}\``).join(' and ')}: do not edit by hand. -->

What each content file holds, field by field. The tables are generated from the schemas the build checks content
against, and the descriptions are the schemas' own doc comments, so this page says exactly what the build accepts.
When a file breaks a rule, the build stops and names the file and field, e.g.
\`content/statements/x.md › date.evidence: is required: a supplied date needs the evidence for it\`. A field that is not
in these tables is refused with the nearest one that is (\`sumary: unknown field "sumary": did you mean "summary"?\`),
so a misspelt field never silently drops its value. Some things are only warnings, printed in the same form without
stopping the build: a date after today, and a source copy over 1 MB.

Reading the tables: a dotted path names a field inside another (\`issuer.countryCode\`); \`[]\` is each item of a list
(\`date.evidence[].url\`); \`<slug>\` or \`<number>\` stands for a key of a map; "when \`date.basis\` is \`supplied\`"
marks a field of one form of a field that takes several. An optional field may be left out; where it has a default,
leaving it out means the default.`,
    valueTypes: [
      {
        name: 'slug',
        meaning: `${docs.get('slugField')?.schema ?? ''} Pattern \`${slugPattern?.pattern.source ?? ''}\`, e.g. \`agn-giammattei-harris-telephone-call\`.`,
      },
      {
        name: 'ISO date',
        meaning:
          'A real calendar date at the precision known: `"2023-05-26"` (day), `"2023-05"` (month) or `"2023"` (year). Quote it in YAML.',
      },
      {
        name: 'URL',
        meaning:
          'A web address in full, starting with `https://` or `http://`, e.g. `https://www.whitehouse.gov/briefing-room/`. Any other kind of address (`javascript:`, `data:`, `file:`, `mailto:`) is refused, and so are spaces, invisible characters and a user name or password before `@`.',
      },
      { name: 'number', meaning: 'Digits only, e.g. a paragraph number as a map key: `3:`.' },
    ],
    kinds: FILE_KINDS,
    sections: SECTIONS,
  };
}

/** Every field of every file kind that has no doc comment of its own, as "schema path". */
export function undocumented(docs: DocMap): string[] {
  return FILE_KINDS.flatMap((kind) => undocumentedFields(fieldsOf(kind.schema, kind.schemaName, NAMED_TYPES), docs));
}

/** Generates the reference and formats it with the project's Prettier settings. */
export async function generateReference(): Promise<string> {
  const docs = readDocs();
  const missing = undocumented(docs);
  if (missing.length)
    throw new Error(
      `${SCHEMA_FILES.join(', ')}: these schema fields have no doc comment; add a one-line /** … */ above each:\n  ${missing.join('\n  ')}`,
    );
  const markdown = renderReference(referenceParts(docs), docs, NAMED_TYPES);
  const options = (await prettier.resolveConfig(join(root, REFERENCE_FILE))) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

if (import.meta.main) {
  const text = await generateReference();
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, REFERENCE_FILE), text);
  console.log(`Wrote ${REFERENCE_FILE}.`);
}
