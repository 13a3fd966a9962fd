/** What the pages of people, organisations and places show, and their indexes. */
import type { Archive } from '../archive.ts';
import { hasStatements, IN_CONTEXT_LIMIT, type MentionRef, type QuotationRef } from '../crosslinks.ts';
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
import { sortNewestFirst, type Statement } from '../statement.ts';
import { count, entityCounts, splitLatest } from './shared.ts';

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
  /** Statements an organisation issued: the latest in full, the rest one line each. */
  issued: { latest: Statement[]; rest: Statement[]; restNote: string };
  /** A person's words in transcripts, by speaker label. */
  turns: QuotationRef[];
  /** Quotations the editors attribute to a person. */
  direct: QuotationRef[];
  reported: QuotationRef[];
  mentions: MentionRef[];
  /** "(3 in 2 statements)". */
  mentionsNote: string;
}

/** The page of one entity, or undefined for an id the archive does not hold. */
export function entityPage(archive: Archive, kind: EntityKind, id: string): EntityPage | undefined {
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
    IN_CONTEXT_LIMIT,
  );
  const quotations = person ? (index.quotations.get(id) ?? []) : [];
  // Paragraphs of a person's turns in transcripts have their own section; the rest are the editors' entries.
  const editors = quotations.filter((q) => q.label === undefined);
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
    issued: { ...issued, restNote: `${count(issued.rest.length, 'earlier statement')}:` },
    turns: quotations.filter((q) => q.label !== undefined),
    direct: editors.filter((q) => q.kind === 'direct'),
    reported: editors.filter((q) => q.kind === 'reported'),
    mentions,
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
