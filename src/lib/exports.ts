/**
 * Machine-readable and downloadable forms of the archive: the JSON export
 * (a documented, versioned shape), and each statement as plain text. Pure
 * functions over the statement model and the cross-link index.
 */
import { hasStatements, type ArchiveData, type ArchiveIndex } from './crosslinks.ts';
import { compareDates, formatStatementDate } from './dates.ts';
import type { Statement } from './statement.ts';
import { sortNewestFirst, transcriptLines, typeLabels } from './statement.ts';
import { isTranscript } from './schema.ts';
import { routes } from './urls.ts';
import type { EntityKind } from './entities.ts';
import { transcriptTimes } from './turns.ts';
import { groupByYear } from './pages/shared.ts';
import { webUrlOrUndefined, withWebUrls } from './web-url.ts';

/**
 * Version of the JSON export's shape; raised on any incompatible change (see README, "Data exports").
 * 3: an event's date wording moved from `date.wording` to each of its `mentions` (each statement's own words).
 * 5: a statement's lines outside its text are `head` (`above`, `below`) and `closing`, each `{ role, text }`;
 *    `transcript` keeps only the `start` and `end` times; `coIssuers`, `translation`, `reviewed` added.
 */
export const EXPORT_VERSION = 5;

/** Turns a site-relative path into an absolute URL. */
export type Absolute = (path: string) => string;

/** Characters a URL cannot carry as they are (outside the WHATWG "URL code points"), and `%` and `#`. */
const URL_UNSAFE = /[^A-Za-z0-9!$&'()*+,\-./:;=?@_~\u00a0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd]/gu;

/**
 * A `data:` URL holding a text file, for a download link that needs no file
 * on the server and no JavaScript: at ten thousand statements, five files
 * per statement would break static hosts' file limits. Only what a valid URL
 * cannot hold is percent-encoded; letters outside ASCII stay as they are,
 * which keeps the page small and compressible.
 */
export function dataUrl(text: string, mediaType: string): string {
  return `data:${mediaType};charset=utf-8,${text.replace(URL_UNSAFE, encodeURIComponent)}`;
}

/**
 * Who or what a statement names in the same words, and where: one entry per wording rather than
 * per occurrence, which kept a statement's record a third smaller (a synthetic statement named
 * its places some sixty times).
 */
export interface StatementMention {
  kind: EntityKind;
  entity: string;
  /** The words as written. */
  text: string;
  /** Paragraph numbers in order, with null for the headline, standfirst or byline, once each. */
  paragraphs: (number | null)[];
}

/** One attributed passage in a statement record. */
export interface StatementQuotation {
  speaker: string;
  paragraph: number;
  kind: 'direct' | 'reported';
  text: string;
  /** `speaker-label`: a paragraph of the speaker's turn in a transcript; `editors`: an entry in the annotations. */
  attribution: 'speaker-label' | 'editors';
}

/** The cross-link index regrouped by statement, computed once for all statement records. */
export interface RecordLookups {
  mentions: Map<string, StatementMention[]>;
  quotations: Map<string, StatementQuotation[]>;
}

/** Regroups mentions and quotations by statement. */
export function recordLookups(index: ArchiveIndex): RecordLookups {
  const quotations = new Map<string, StatementQuotation[]>();
  for (const [speaker, list] of index.quotations) {
    for (const { statement, paragraph, kind, text, label } of list) {
      const attribution = label === undefined ? 'editors' : 'speaker-label';
      const entry: StatementQuotation = { speaker, paragraph, kind, text, attribution };
      const own = quotations.get(statement);
      if (own) own.push(entry);
      else quotations.set(statement, [entry]);
    }
  }
  for (const list of quotations.values()) list.sort((a, b) => a.paragraph - b.paragraph);
  return { mentions: mentionsByStatement(index), quotations };
}

/** Every mention of every entity, regrouped by statement and by wording, in order of first appearance. */
export function mentionsByStatement(index: ArchiveIndex): Map<string, StatementMention[]> {
  const byWording = new Map<string, Map<string, StatementMention>>();
  for (const [key, refs] of index.mentions) {
    const [kind, entity] = key.split('/') as [EntityKind, string];
    for (const ref of refs) {
      const own = byWording.get(ref.statement) ?? new Map<string, StatementMention>();
      byWording.set(ref.statement, own);
      const wording = `${key}\0${ref.text}`;
      const entry = own.get(wording) ?? { kind, entity, text: ref.text, paragraphs: [] };
      own.set(wording, entry);
      if (!entry.paragraphs.includes(ref.paragraph)) entry.paragraphs.push(ref.paragraph);
    }
  }
  const order = (p: number | null) => p ?? 0;
  const result = new Map<string, StatementMention[]>();
  for (const [statement, own] of byWording) {
    const list = [...own.values()];
    for (const entry of list) entry.paragraphs.sort((a, b) => order(a) - order(b));
    list.sort((a, b) => order(a.paragraphs[0]!) - order(b.paragraphs[0]!) || a.entity.localeCompare(b.entity));
    result.set(statement, list);
  }
  return result;
}

/** Path of the statements export of one year. */
export const yearExportPath = (year: string) => `data/statements/${year}.json`;

/** One statement in the JSON export: metadata as given and as supplied, the text by paragraph, and its annotations. */
export function statementRecord(
  statement: Statement,
  index: ArchiveIndex,
  absolute: Absolute,
  lookups: RecordLookups = recordLookups(index),
) {
  const { data } = statement;
  const topics = index.paragraphTopics.get(statement.slug) ?? new Map<number, string[]>();
  const subjects = index.subjects.get(statement.slug);
  const speakers = index.speakers.get(statement.slug);
  return {
    slug: statement.slug,
    url: absolute(routes.statement(statement.slug)),
    title: data.title,
    titleBasis: data.titleBasis,
    ...(data.titleBasis === 'supplied' && { titleEvidence: withWebUrls(data.titleEvidence ?? []) }),
    subtitle: data.subtitle ?? null,
    issuer: {
      name: data.issuer.name,
      country: data.issuer.country,
      countryCode: data.issuer.countryCode,
      entity: data.issuer.entity ?? null,
    },
    coIssuers: data.coIssuers.map((i) => ({
      name: i.name,
      country: i.country,
      countryCode: i.countryCode,
      entity: i.entity ?? null,
    })),
    type: data.type,
    typeLabel: typeLabels[data.type],
    date: {
      basis: data.date.basis,
      value: data.date.value,
      display: formatStatementDate(data.date),
      evidence: data.date.basis === 'supplied' ? withWebUrls(data.date.evidence) : [],
      printed: data.date.basis === 'source' ? (data.date.printed ?? null) : null,
    },
    published: data.published ?? null,
    modified: data.modified ?? null,
    originalUrl: webUrlOrUndefined(data.originalUrl) ?? null,
    bylines: data.bylines,
    translation: data.translation
      ? { ...data.translation, url: absolute(routes.statement(data.translation.of)) }
      : null,
    reviewed: data.reviewed ?? null,
    language: data.language,
    editorsSummary: data.summary ?? null,
    source: data.source,
    normalisations: data.normalisations,
    notes: data.notes,
    // A paragraph's address is the statement's `url` followed by `#p` and its number.
    paragraphs: statement.paragraphs.map((p) => ({
      n: p.n,
      text: p.text,
      topics: topics.get(p.n) ?? [],
      speaker: p.speaker ? { label: p.speaker, entity: speakers?.get(p.speaker) ?? null } : null,
    })),
    headings: statement.blocks.flatMap((b) => (b.kind === 'heading' ? [{ id: b.id, text: b.text }] : [])),
    endMark: statement.blocks.find((b) => b.kind === 'end-mark')?.text ?? null,
    head: data.head,
    closing: data.closing,
    transcript: isTranscript(data.type) ? transcriptTimes(transcriptLines(data)) : null,
    incomplete: data.incomplete ?? null,
    furniture: data.furniture,
    subjects: subjects ?? { people: [], organizations: [], places: [], topics: [] },
    mentions: lookups.mentions.get(statement.slug) ?? [],
    quotations: lookups.quotations.get(statement.slug) ?? [],
  };
}

/** The statements grouped by the year of their date, newest year first. */
export function statementsByYear<T extends Statement>(statements: readonly T[]): [string, T[]][] {
  return groupByYear(statements, (s) => s.data.date.value)
    .map(({ year, items }): [string, T[]] => [year, items])
    .sort((a, b) => b[0].localeCompare(a[0]));
}

/** The statements export's index: how many statements there are and where each year's records are. */
export function statementsExportIndex(statements: readonly Statement[], absolute: Absolute, siteName: string) {
  return {
    version: EXPORT_VERSION,
    archive: siteName,
    url: absolute(''),
    count: statements.length,
    years: statementsByYear(statements).map(([year, list]) => ({
      year,
      count: list.length,
      url: absolute(yearExportPath(year)),
    })),
  };
}

/** The full records of one year's statements, newest first. */
export function statementsYearExport(
  year: string,
  statements: readonly Statement[],
  index: ArchiveIndex,
  absolute: Absolute,
  lookups: RecordLookups,
) {
  return {
    version: EXPORT_VERSION,
    year,
    count: statements.length,
    statements: sortNewestFirst(statements).map((s) => statementRecord(s, index, absolute, lookups)),
  };
}

/**
 * The entities export: people, organisations, places and topics with their
 * page URL and how many statements name each. Where each is named is in the
 * statement records (`mentions`, paragraph `topics`), so this file grows with
 * the number of entities, not with the number of mentions.
 */
export function entitiesExport(data: ArchiveData, index: ArchiveIndex, absolute: Absolute, siteName: string) {
  const statementCount = (key: string) =>
    new Set((index.mentions.get(key as `people/${string}`) ?? []).map((m) => m.statement)).size;
  return {
    version: EXPORT_VERSION,
    archive: siteName,
    // Only entities with a page: an issuer listed before its first statement has none yet.
    people: data.people
      .filter((p) => hasStatements(index, 'people', p.id))
      .map((p) => ({
        ...p,
        url: absolute(routes.entity('people', p.id)),
        statements: statementCount(`people/${p.id}`),
      })),
    organizations: data.organizations
      .filter((o) => hasStatements(index, 'organizations', o.id))
      .map((o) => ({
        ...o,
        url: absolute(routes.entity('organizations', o.id)),
        statements: statementCount(`organizations/${o.id}`),
        issued: (index.issued.get(o.id) ?? []).length,
      })),
    places: data.places
      .filter((p) => hasStatements(index, 'places', p.id))
      .map((p) => ({
        ...p,
        url: absolute(routes.entity('places', p.id)),
        statements: statementCount(`places/${p.id}`),
      })),
    topics: data.topics.map((t) => ({
      ...t,
      url: absolute(routes.entity('topics', t.id)),
      statements: index.topicPassages.get(t.id)?.size ?? 0,
    })),
    // Chronological, an imprecise date after the precise dates of its period; each mention carries its own wording.
    events: [...data.events]
      .sort((a, b) => compareDates(a.date.value, b.date.value) || a.id.localeCompare(b.id))
      .map((e) => ({ ...e, date: { ...e.date, evidence: withWebUrls(e.date.evidence) } })),
  };
}
