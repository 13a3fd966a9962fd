/**
 * The cross-link index: which statement paragraphs name which people,
 * organisations and places, which topics each paragraph addresses, who is
 * quoted where, and how statements relate. Built once per build from plain
 * data, so it is the same for two statements or ten thousand.
 */
import { paragraphsOf, type Block } from './blocks.ts';
import { compareDates, type StatementDateValue } from './dates.ts';
import type {
  Annotation,
  ArchiveEvent,
  Comparison,
  EntityKind,
  Organization,
  Person,
  Place,
  Topic,
} from './entities.ts';
import { candidateMentions, createMatcher, resolveOverlaps, sentenceAround, type AliasEntry } from './mentions.ts';
import { resolveSpeakers, spokenText } from './turns.ts';

/** What the index needs to know about a statement. */
export interface IndexedStatement {
  slug: string;
  /** The transcription file, for messages. */
  file?: string;
  title: string;
  date: StatementDateValue;
  /** Organisation id of the issuer, if listed. */
  issuerEntity?: string | undefined;
  /** Organisation ids of a joint statement's other issuers, where listed. */
  coIssuerEntities?: string[];
  /** Headline, standfirst and header bylines: searched for mentions, linked as the statement itself. */
  header: string[];
  blocks: Block[];
}

/** The entity and annotation data of the archive. */
export interface ArchiveData {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  topics: Topic[];
  annotations: Annotation[];
  events: ArchiveEvent[];
  comparisons: Comparison[];
}

/** One place a statement names an entity. */
export interface MentionRef {
  statement: string;
  /** Paragraph number, or null for the headline and bylines. */
  paragraph: number | null;
  /** The words the text uses. */
  text: string;
  /**
   * The sentence around the mention; empty where the index was read back without sentences (a build in
   * parts), to be found again from `at` (see `withSentences`).
   */
  sentence: string;
  /** Where the words are: which of the statement's searchable texts (header lines, then paragraphs), start and end. */
  at: [text: number, start: number, end: number];
}

/** A passage attributed to a speaker. */
export interface QuotationRef {
  statement: string;
  paragraph: number;
  kind: 'direct' | 'reported';
  text: string;
  /** The transcript's speaker label when the passage is a paragraph of the speaker's turn, not an editor's entry. */
  label?: string;
}

/** Entity key as used in maps: `people/kamala-harris`. */
export type EntityKey = `${EntityKind}/${string}`;

/** What a statement is about, entity ids by kind plus topic ids, each in first-mention order. */
export interface StatementSubjects {
  people: string[];
  organizations: string[];
  places: string[];
  topics: string[];
}

/** A related statement and what it shares with this one. */
export interface Relation {
  slug: string;
  score: number;
  shared: { kind: EntityKind | 'topics'; id: string }[];
}

/** What a related statement's shared names are called, by kind (laws and programmes are kept with organisations). */
export const SHARED_KIND_LABELS: Record<Relation['shared'][number]['kind'], string> = {
  people: 'People',
  organizations: 'Organisations, laws and programmes',
  places: 'Places',
  topics: 'Topics',
};

export interface ArchiveIndex {
  mentions: Map<EntityKey, MentionRef[]>;
  subjects: Map<string, StatementSubjects>;
  paragraphTopics: Map<string, Map<number, string[]>>;
  /** For each topic, for each statement, the paragraphs tagged with it. */
  topicPassages: Map<string, Map<string, number[]>>;
  quotations: Map<string, QuotationRef[]>;
  related: Map<string, Relation[]>;
  /** Statements issued by each organisation. */
  issued: Map<string, string[]>;
  /** Every alias found at least once, overlapped or not: the content check reports the others. */
  aliasesSeen: Set<string>;
  /** For each transcript, the person each speaker label names (null for "Q" and other unlisted speakers). */
  speakers: Map<string, Map<string, string | null>>;
}

/** The global aliases of every person, organisation and place. */
export function globalAliases(data: ArchiveData): AliasEntry[] {
  const entries: AliasEntry[] = [];
  const add = (kind: EntityKind, list: { id: string; aliases: string[] }[]) => {
    for (const e of list) for (const alias of e.aliases) entries.push({ alias, entity: e.id, kind });
  };
  add('people', data.people);
  add('organizations', data.organizations);
  add('places', data.places);
  return entries;
}

const kinds = new WeakMap<ArchiveData, Map<string, EntityKind>>();

/** The kind of an entity id, looked up across people, organisations and places. */
export function kindOf(data: ArchiveData, id: string): EntityKind | undefined {
  let map = kinds.get(data);
  if (!map) {
    map = new Map();
    // Reverse order so that, as before, an id used by two kinds resolves to the first kind.
    for (const place of data.places) map.set(place.id, 'places');
    for (const organization of data.organizations) map.set(organization.id, 'organizations');
    for (const person of data.people) map.set(person.id, 'people');
    kinds.set(data, map);
  }
  return map.get(id);
}

/** The aliases in force in one statement: the global ones plus its annotation's scoped ones. */
export function aliasesFor(
  data: ArchiveData,
  annotation: Annotation | undefined,
  global = globalAliases(data),
): AliasEntry[] {
  const scoped = (annotation?.aliases ?? []).flatMap((a) => {
    const kind = kindOf(data, a.entity);
    return kind ? [{ alias: a.text, entity: a.entity, kind }] : [];
  });
  return [...global, ...scoped];
}

/**
 * The texts of a statement that mentions are looked for in: its header
 * (paragraph null) and paragraphs. A speaker label attributes the paragraph
 * rather than naming someone in it, so it is blanked out (with spaces, so
 * positions in the text stay the same).
 */
function searchableTexts(statement: IndexedStatement): { paragraph: number | null; text: string }[] {
  return [
    ...statement.header.map((text) => ({ paragraph: null, text })),
    ...paragraphsOf(statement.blocks).map((p) => ({
      paragraph: p.n,
      text: p.label ? ' '.repeat(p.label.length) + p.text.slice(p.label.length) : p.text,
    })),
  ];
}

/**
 * Mentions with their sentences: those read back without them (a build in parts keeps the index small
 * by leaving them out) get them again from their statement's text, which is read only for these.
 */
export function withSentences(
  refs: readonly MentionRef[],
  statementOf: (slug: string) => IndexedStatement | undefined,
): MentionRef[] {
  const texts = new Map<string, { text: string }[]>();
  return refs.map((ref) => {
    if (ref.sentence !== '') return ref;
    let list = texts.get(ref.statement);
    if (!list) {
      const statement = statementOf(ref.statement);
      list = statement ? searchableTexts(statement) : [];
      texts.set(ref.statement, list);
    }
    const [n, start, end] = ref.at;
    const text = list[n]?.text;
    return text === undefined ? ref : { ...ref, sentence: sentenceAround(text, start, end) };
  });
}

/**
 * Resolves a transcript's speaker labels to people and derives its
 * quotations: every paragraph of a named speaker's turn is their direct
 * speech, without the label and the stage directions.
 */
function indexTurns(
  statement: IndexedStatement,
  aliases: { global: AliasEntry[]; scoped: AliasEntry[] },
  index: ArchiveIndex,
): void {
  const paragraphs = paragraphsOf(statement.blocks);
  const names = new Set(paragraphs.flatMap((p) => (p.speaker ? [p.speaker] : [])));
  if (names.size === 0) return;
  const resolved = resolveSpeakers(names, aliases.global, aliases.scoped);
  const speakers = new Map<string, string | null>();
  for (const [name, match] of resolved) {
    speakers.set(name, match?.entity ?? null);
    if (match) index.aliasesSeen.add(match.alias);
  }
  index.speakers.set(statement.slug, speakers);
  for (const p of paragraphs) {
    const entity = p.speaker ? speakers.get(p.speaker) : null;
    const text = entity ? spokenText(p) : '';
    if (entity && text !== '')
      push(index.quotations, entity, {
        statement: statement.slug,
        paragraph: p.n,
        kind: 'direct',
        text,
        label: p.speaker!,
      });
  }
}

/** Adds a value to a list in a map, creating the list. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the whole cross-link index. */
export function buildArchiveIndex(statements: readonly IndexedStatement[], data: ArchiveData): ArchiveIndex {
  const globalList = globalAliases(data);
  const global = createMatcher(globalList);
  const annotations = new Map(data.annotations.map((a) => [a.statement, a]));
  const index: ArchiveIndex = {
    mentions: new Map(),
    subjects: new Map(),
    paragraphTopics: new Map(),
    topicPassages: new Map(),
    quotations: new Map(),
    related: new Map(),
    issued: new Map(),
    aliasesSeen: new Set(),
    speakers: new Map(),
  };

  for (const statement of statements) {
    const annotation = annotations.get(statement.slug);
    const scoped = aliasesFor(data, annotation, []);
    const aliases = [global, createMatcher(scoped)];
    const subjects: StatementSubjects = { people: [], organizations: [], places: [], topics: [] };
    const note = (list: string[], id: string) => {
      if (!list.includes(id)) list.push(id);
    };
    if (statement.issuerEntity) push(index.issued, statement.issuerEntity, statement.slug);
    for (const id of statement.coIssuerEntities ?? []) push(index.issued, id, statement.slug);

    for (const [at, { paragraph, text }] of searchableTexts(statement).entries()) {
      const candidates = candidateMentions(text, aliases);
      for (const c of candidates) index.aliasesSeen.add(c.alias);
      for (const m of resolveOverlaps(candidates)) {
        push(index.mentions, `${m.kind}/${m.entity}` as EntityKey, {
          statement: statement.slug,
          paragraph,
          text: m.text,
          sentence: sentenceAround(text, m.start, m.end),
          at: [at, m.start, m.end],
        });
        note(subjects[m.kind], m.entity);
      }
    }

    const topics = new Map<number, string[]>();
    for (const [key, value] of Object.entries(annotation?.paragraphs ?? {})) {
      const n = Number(key);
      topics.set(n, value.topics);
      for (const topic of value.topics) {
        note(subjects.topics, topic);
        const byStatement = index.topicPassages.get(topic) ?? new Map<string, number[]>();
        push(byStatement, statement.slug, n);
        index.topicPassages.set(topic, byStatement);
      }
    }
    for (const list of index.topicPassages.values()) list.get(statement.slug)?.sort((a, b) => a - b);
    index.paragraphTopics.set(statement.slug, topics);

    for (const q of annotation?.quotations ?? []) {
      push(index.quotations, q.speaker, {
        statement: statement.slug,
        paragraph: q.paragraph,
        kind: q.kind,
        text: q.text,
      });
    }
    indexTurns(statement, { global: globalList, scoped }, index);
    index.subjects.set(statement.slug, subjects);
  }

  const dates = new Map(statements.map((s) => [s.slug, s.date]));
  for (const [speaker, list] of index.quotations) index.quotations.set(speaker, orderQuotations(list, dates));
  index.related = allRelatedStatements(index.subjects);
  return index;
}

/**
 * Orders a speaker's quotations newest statement first, as every list of
 * statements is (by `dateSortKey`, ties by slug), then by paragraph: never by
 * the order the annotation files happen to be read in.
 */
export function orderQuotations(
  quotations: readonly QuotationRef[],
  dateOf: ReadonlyMap<string, StatementDateValue>,
): QuotationRef[] {
  const value = (slug: string) => dateOf.get(slug)?.value ?? '0000';
  return [...quotations].sort(
    (a, b) =>
      compareDates(value(b.statement), value(a.statement)) ||
      (a.statement < b.statement ? -1 : a.statement > b.statement ? 1 : 0) ||
      a.paragraph - b.paragraph,
  );
}

/** The people who speak in a transcript, by id, in the order they first speak. */
export function speakersOf(index: ArchiveIndex, slug: string): string[] {
  return [...new Set([...(index.speakers.get(slug)?.values() ?? [])].filter((id): id is string => id !== null))];
}

/** What two statements have in common: shared people, organisations, places and topics. */
export function sharedSubjects(a: StatementSubjects, b: StatementSubjects): Relation['shared'] {
  const kinds = ['people', 'organizations', 'places', 'topics'] as const;
  return kinds.flatMap((kind) => a[kind].filter((id) => b[kind].includes(id)).map((id) => ({ kind, id })));
}

/** How many related statements a statement page lists: enough to follow a thread, few enough to keep the page light. */
export const RELATED_LIMIT = 4;

/** Weight of a shared subject: a shared person or organisation says more than a shared place or topic. */
const weightOf = (kind: Relation['shared'][number]['kind']) => (kind === 'people' || kind === 'organizations' ? 2 : 1);

/**
 * The related statements of every statement at once: others ranked by what
 * they share with it (weighted), most first, ties by slug. Built from an
 * inverted index of subjects: comparing every pair would take minutes at ten
 * thousand statements.
 */
export function allRelatedStatements(
  subjects: ReadonlyMap<string, StatementSubjects>,
  limit = RELATED_LIMIT,
): Map<string, Relation[]> {
  const slugs = [...subjects.keys()];
  const postings = new Map<string, number[]>();
  slugs.forEach((slug, i) => {
    const own = subjects.get(slug)!;
    for (const kind of ['people', 'organizations', 'places', 'topics'] as const)
      for (const id of own[kind]) push(postings, `${kind}/${id}`, i);
  });
  const scores = new Float64Array(slugs.length);
  const result = new Map<string, Relation[]>();
  slugs.forEach((slug, i) => {
    const own = subjects.get(slug)!;
    const touched: number[] = [];
    for (const kind of ['people', 'organizations', 'places', 'topics'] as const) {
      for (const id of own[kind]) {
        for (const j of postings.get(`${kind}/${id}`)!) {
          if (j === i) continue;
          if (scores[j] === 0) touched.push(j);
          scores[j]! += weightOf(kind);
        }
      }
    }
    // Keep the best few while scanning: sorting every candidate would be quadratic in effect. Candidates are
    // compared by index, without an object each: at 100,000 statements a statement touches ~15,000 others.
    const best: number[] = [];
    const better = (j: number, k: number) =>
      scores[j]! > scores[k]! || (scores[j] === scores[k] && slugs[j]! < slugs[k]!);
    for (const j of touched) {
      if (best.length === limit && !better(j, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(j, best[at - 1]!)) at--;
      best.splice(at, 0, j);
      if (best.length > limit) best.pop();
    }
    const ranked = best.map((j) => ({
      slug: slugs[j]!,
      score: scores[j]!,
      shared: sharedSubjects(own, subjects.get(slugs[j]!)!),
    }));
    for (const j of touched) scores[j] = 0;
    result.set(slug, ranked);
  });
  return result;
}

/** Mentions of one entity in one statement, one entry per sentence, with the words to mark. */
export interface MentionGroup {
  statement: string;
  items: { paragraph: number | null; sentence: string; words: string[] }[];
}

/** Groups an entity's mentions by statement (in the given order) and by sentence, so each sentence shows once. */
export function groupMentions(
  refs: readonly MentionRef[],
  statementOrder: readonly string[] | ReadonlyMap<string, number>,
): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const ref of refs) {
    const group = groups.get(ref.statement) ?? { statement: ref.statement, items: [] };
    groups.set(ref.statement, group);
    const same = group.items.find((i) => i.paragraph === ref.paragraph && i.sentence === ref.sentence);
    if (same) {
      if (!same.words.includes(ref.text)) same.words.push(ref.text);
    } else {
      group.items.push({ paragraph: ref.paragraph, sentence: ref.sentence, words: [ref.text] });
    }
  }
  const rank = Array.isArray(statementOrder)
    ? new Map(statementOrder.map((slug, i) => [slug, i]))
    : (statementOrder as ReadonlyMap<string, number>);
  return [...groups.values()].sort((a, b) => (rank.get(a.statement) ?? 0) - (rank.get(b.statement) ?? 0));
}

/** What a person said in one transcript: the labels they speak under and their turns' paragraphs, in order. */
export interface TurnGroup {
  statement: string;
  labels: string[];
  items: { paragraph: number; text: string }[];
}

/**
 * Groups a person's turn paragraphs by statement, statements in the given
 * order (newest first, as everywhere on the site) and paragraphs in text
 * order. Quotations the editors entered by hand are left out.
 */
export function groupTurns(quotations: readonly QuotationRef[], rank: ReadonlyMap<string, number>): TurnGroup[] {
  const groups = new Map<string, TurnGroup>();
  for (const q of quotations) {
    if (q.label === undefined) continue;
    const group = groups.get(q.statement) ?? { statement: q.statement, labels: [], items: [] };
    groups.set(q.statement, group);
    if (!group.labels.includes(q.label)) group.labels.push(q.label);
    group.items.push({ paragraph: q.paragraph, text: q.text });
  }
  for (const group of groups.values()) group.items.sort((a, b) => a.paragraph - b.paragraph);
  return [...groups.values()].sort((a, b) => (rank.get(a.statement) ?? 0) - (rank.get(b.statement) ?? 0));
}

/** Splits a sentence into runs, marking every occurrence of the given words. */
export function markWords(sentence: string, words: readonly string[]): { text: string; marked: boolean }[] {
  const spans: [number, number][] = [];
  for (const word of words) {
    let from = 0;
    for (let at = sentence.indexOf(word, from); at >= 0; at = sentence.indexOf(word, from)) {
      spans.push([at, at + word.length]);
      from = at + word.length;
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const runs: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    if (start > cursor) runs.push({ text: sentence.slice(cursor, start), marked: false });
    runs.push({ text: sentence.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < sentence.length) runs.push({ text: sentence.slice(cursor), marked: false });
  return runs;
}

/**
 * Statements an entity or topic page quotes in context; further ones are listed one line each. Quoting
 * costs ~1.5 KB a statement on every page that names it, which at 10,000 statements made entity
 * pages a fifth of the archive's output; ten shows the latest wording and keeps pages light.
 */
export const IN_CONTEXT_LIMIT = 10;

/**
 * Where `astro build` leaves the cross-link index it built while checking, for
 * `src/data/archive.ts` to use instead of building it again (the pages render
 * in the same process). Not used by `astro dev`, where content may change
 * after the check.
 */
export const CHECKED_INDEX = Symbol.for('statements-archive.checked-index');

/** The index the content check left for this build, with the statements it covers. */
export interface CheckedIndex {
  slugs: string[];
  index: ArchiveIndex;
}

/**
 * True when the archive has a page for an entity: some statement names it or
 * (an organisation) issued it. An issuer listed ahead of its first statement
 * (the State Department before any of its readouts is added) has none yet, so
 * no empty page is published and no index lists it.
 */
export function hasStatements(index: ArchiveIndex, kind: EntityKind, id: string): boolean {
  return (
    (index.mentions.get(`${kind}/${id}`)?.length ?? 0) > 0 ||
    (kind === 'organizations' && (index.issued.get(id)?.length ?? 0) > 0)
  );
}
