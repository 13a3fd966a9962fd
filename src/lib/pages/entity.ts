/** What the pages of people, organisations and places show, and their indexes. */
import type { Archive } from '../archive.ts';
import {
  groupMentions,
  groupTurns,
  hasStatements,
  IN_CONTEXT_LIMIT,
  withSentences,
  type MentionGroup,
  type QuotationRef,
  type TurnGroup,
} from '../crosslinks.ts';
import {
  instrumentKinds,
  isInstrument,
  organizationKindLabels,
  organizationKinds,
  placeKindLabels,
  type EntityKind,
  type Organization,
  type Person,
  type Place,
} from '../entities.ts';
import { routes } from '../urls.ts';
import { indexedStatement, sortNewestFirst, type Statement } from '../statement.ts';
import { handOff, type HandOff } from './hand-off.ts';
import { count, entityCounts, plural, splitLatest } from './shared.ts';

/** What a page calls each kind of entity, one and the index of them. */
export const ENTITY_LABELS: Record<EntityKind, { one: string; index: string }> = {
  people: { one: 'Person', index: 'People' },
  organizations: { one: 'Organisation', index: 'Organisations' },
  places: { one: 'Place', index: 'Places' },
};

/** The index laws and programmes are listed in, apart from organisations: they are what bodies make, not bodies. */
export const INSTRUMENTS_INDEX = { label: 'Laws and programmes', path: routes.lawsAndProgrammes } as const;

/** The index an entity is listed in: its label and site-relative path. */
export function indexOf(kind: EntityKind, entity: Person | Organization | Place): { label: string; path: string } {
  if (kind === 'organizations' && isInstrument((entity as Organization).kind)) return INSTRUMENTS_INDEX;
  return { label: ENTITY_LABELS[kind].index, path: routes.entity(kind) };
}

/** One person's, organisation's or place's page. */
export interface EntityPage {
  kind: EntityKind;
  entity: Person | Organization | Place;
  /** "Person", "Agency · United States", "Law · Guatemala", "Place · country". */
  kindLine: string;
  /** The index it is listed in. */
  indexLabel: string;
  indexPath: string;
  description: string;
  /** A person's role at the time of each statement. */
  roles: { role: string; statement: Statement }[];
  /** Statements an organisation issued: the latest, and the rest handed to a search. */
  issued: { latest: Statement[]; more: HandOff | undefined };
  /** A person's words in the latest transcripts they speak in, statement by statement; the rest handed to a search. */
  turns: { groups: TurnGroup[]; more: HandOff | undefined };
  /** The latest quotations the editors attribute to a person, directly and reported; the rest handed to a search. */
  direct: { quotations: QuotationRef[]; more: HandOff | undefined };
  reported: { quotations: QuotationRef[]; more: HandOff | undefined };
  /** The latest statements that name it, the sentences in context; the rest handed to a search. */
  mentions: { groups: MentionGroup[]; more: HandOff | undefined };
  /** "(3 in 2 statements)". */
  mentionsNote: string;
}

/**
 * The search that lists the statements naming an entity: a person's filter (the people each statement
 * names), else its name as a phrase (organisations and places have no filter of their own).
 */
function namingSearch(kind: EntityKind, name: string) {
  return kind === 'people' ? { filters: { person: [name] } } : { q: `"${name}"` };
}

/**
 * The page of one entity, or undefined for an id the archive does not hold. Each list shows the latest
 * `limit` statements and hands the rest to a search, so the page stays the same size however often the
 * archive names it.
 */
export function entityPage(
  archive: Archive,
  kind: EntityKind,
  id: string,
  limit = IN_CONTEXT_LIMIT,
): EntityPage | undefined {
  const entity = (archive.data[kind] as (Person | Organization | Place)[]).find((e) => e.id === id);
  if (!hasStatements(archive.index, kind, id)) return undefined;
  if (!entity) return undefined;
  const { index, bySlug } = archive;
  const mentions = index.mentions.get(`${kind}/${id}`) ?? [];
  const counts = entityCounts(mentions);
  const person = kind === 'people' ? (entity as Person) : undefined;
  const org = kind === 'organizations' ? (entity as Organization) : undefined;
  const place = kind === 'places' ? (entity as Place) : undefined;
  const issued = splitLatest(
    // The index lists them in the order the files were read; the page shows the latest first.
    sortNewestFirst(org ? (index.issued.get(id) ?? []).flatMap((slug) => bySlug.get(slug) ?? []) : []),
    limit,
  );
  const issuerName = issued.latest[0]?.data.issuer.name ?? entity.name;
  const quotations = person ? (index.quotations.get(id) ?? []) : [];
  // Paragraphs of a person's turns in transcripts have their own section; the rest are the editors' entries.
  const editors = quotations.filter((q) => q.label === undefined);
  const turns = splitLatest(groupTurns(quotations, archive.rank), limit);
  // The latest statements naming it, quoted in context; only theirs are grouped and given sentences.
  const rankOf = (slug: string) => archive.rank.get(slug) ?? Number.MAX_SAFE_INTEGER;
  const naming = [...new Set(mentions.map((m) => m.statement))].sort((a, b) => rankOf(a) - rankOf(b));
  const quotedHere = new Set(naming.slice(0, limit));
  const shown = withSentences(
    mentions.filter((m) => quotedHere.has(m.statement)),
    (slug) => {
      const s = bySlug.get(slug);
      return s && indexedStatement(s.data, s.blocks);
    },
  );
  const named = { latest: groupMentions(shown, archive.rank), rest: naming.slice(limit) };
  const quoted = (kind: 'direct' | 'reported', how: (n: number) => string) => {
    const { latest, rest } = splitLatest(
      editors.filter((q) => q.kind === kind),
      limit,
    );
    const more = handOff(
      rest.length,
      (n) => `${count(n, 'earlier passage')} ${how(n)}.`,
      `Search the statements that name ${entity.name}`,
      namingSearch('people', entity.name),
    );
    return { quotations: latest, more };
  };
  return {
    kind,
    entity,
    kindLine: [
      org ? organizationKindLabels[org.kind].one : ENTITY_LABELS[kind].one,
      org?.country,
      place && placeKindLabels[place.kind],
    ]
      .filter(Boolean)
      .join(' · '),
    indexLabel: indexOf(kind, entity).label,
    indexPath: indexOf(kind, entity).path,
    description: `${entity.name} in the Diplomatic Statements Archive: ${count(counts.mentions, 'mention')} in ${count(counts.statements, 'statement')}, each linked to its paragraph.`,
    roles: Object.entries(person?.roles ?? {}).flatMap(([slug, role]) => {
      const statement = bySlug.get(slug);
      return statement ? [{ role, statement }] : [];
    }),
    issued: {
      latest: issued.latest,
      more: handOff(
        issued.rest.length,
        (n) => `${count(n, 'earlier statement')} issued by ${entity.name}.`,
        'Search them',
        { filters: { issuer: [issuerName] } },
      ),
    },
    turns: {
      groups: turns.latest,
      more: handOff(
        turns.rest.length,
        (n) => `${entity.name} also speaks in ${count(n, 'earlier transcript')}.`,
        'Search them',
        { filters: { speaker: [entity.name] } },
      ),
    },
    direct: quoted('direct', (n) => `${plural(n, 'quotes', 'quote')} ${entity.name}`),
    reported: quoted('reported', (n) => `${plural(n, 'reports', 'report')} what ${entity.name} said`),
    mentions: {
      groups: named.latest,
      more: handOff(
        named.rest.length,
        (n) => `${count(n, 'earlier statement')} also ${plural(n, 'names', 'name')} ${entity.name}.`,
        'Search them',
        namingSearch(kind, entity.name),
      ),
    },
    mentionsNote: `(${counts.mentions} in ${count(counts.statements, 'statement')})`,
  };
}

/** One line of an entity index. */
export interface EntityIndexEntry {
  entity: Person | Organization | Place;
  /** "named 3 times in 2 statements — issued 1 statement", or empty. */
  note: string;
}

/** An index of people, organisations or places, alphabetical, each with how often the archive names it. */
export function entityIndex(archive: Archive, kind: EntityKind): EntityIndexEntry[] {
  return [...(archive.data[kind] as (Person | Organization | Place)[])]
    .filter((entity) => hasStatements(archive.index, kind, entity.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((entity) => {
      const { mentions, statements } = entityCounts(archive.index.mentions.get(`${kind}/${entity.id}`) ?? []);
      const issued = kind === 'organizations' ? (archive.index.issued.get(entity.id)?.length ?? 0) : 0;
      const parts = [
        mentions > 0 ? `named ${count(mentions, 'time')} in ${count(statements, 'statement')}` : '',
        issued > 0 ? `issued ${count(issued, 'statement')}` : '',
      ].filter(Boolean);
      return { entity, note: parts.join(' — ') };
    });
}

/** One heading of an index and the entries under it; `heading` is absent for an index of one kind. */
export interface EntityIndexGroup {
  heading: string | undefined;
  entries: EntityIndexEntry[];
}

/**
 * The organisations collection as two indexes, each under headings by kind: the bodies (governments,
 * agencies, legislatures, units, companies, media) and the laws and programmes; people and places as one list.
 */
export function entityIndexGroups(
  archive: Archive,
  kind: EntityKind,
  part: 'organisations' | 'laws-and-programmes' = 'organisations',
): EntityIndexGroup[] {
  const entries = entityIndex(archive, kind);
  if (kind !== 'organizations') return [{ heading: undefined, entries }];
  const kinds = part === 'laws-and-programmes' ? instrumentKinds : organizationKinds.filter((k) => !isInstrument(k));
  return kinds
    .map((k) => ({
      heading: organizationKindLabels[k].many,
      entries: entries.filter((e) => (e.entity as Organization).kind === k),
    }))
    .filter((group) => group.entries.length > 0);
}
