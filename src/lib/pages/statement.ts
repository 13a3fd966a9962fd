/** What a statement's page shows: the record line, the text with its annotations, the record and the links around it. */
import type { Archive } from '../archive.ts';
import { speakersOf } from '../crosslinks.ts';
import { dateSortKey, formatStatementDate, yearOf } from '../dates.ts';
import { isInstrument } from '../entities.ts';
import type { PreviewScope } from '../previews.ts';
import { previewName } from '../previews.ts';
import { FACETS, resultDateMeta, resultSortMeta, searchFacets } from '../search.ts';
import { displayTitle, neighboursOf, typeLabels, type Statement } from '../statement.ts';
import { highwireTags, statementJsonLd } from '../structured-data.ts';
import { routes } from '../urls.ts';
import { count, type SiteUrls } from './shared.ts';
import { languageName } from '../languages.ts';

type SubjectKind = 'people' | 'organizations' | 'places' | 'topics';

/** A linked name, such as a topic of a paragraph or a person a statement names. */
export interface NamedLink {
  name: string;
  href: string;
}

/** Everything the statement page renders. */
export interface StatementPage {
  statement: Statement;
  earlier: Statement | undefined;
  later: Statement | undefined;
  /** Site-relative path and permanent URL of the page. */
  path: string;
  archiveUrl: string;
  /** The page title: the source's, or the editors' in brackets. */
  title: string;
  description: string;
  /** The one line under the title: issuer (and a joint statement's co-issuers), type, date and length, before the text. */
  recordLine: {
    issuer: string;
    issuerHref: string | undefined;
    coIssuers: { name: string; href: string | undefined }[];
    type: string;
    paragraphs: string;
  };
  /** For a translation: the original it translates, who translated it, and the side-by-side reading. */
  translation?: { original: NamedLink; lang: string; from: string; by: string; sideBySide: string };
  /** The translations of this statement in the archive, each with its side-by-side reading. */
  translations: { link: NamedLink; lang: string; language: string; by: string; sideBySide: string }[];
  /** True until the editors have reviewed the transcription: its paragraph numbers may still change. */
  draft: boolean;
  /** Bylines the source prints under the headline. */
  headerBylines: string[];
  /** Speakers, people, organisations, places and topics of the record, each linked. */
  subjects: { label: string; items: NamedLink[] }[];
  /** Topic links of each paragraph, by paragraph number. */
  tags: Map<number, NamedLink[]>;
  /** Links of the speaker labels naming a listed person, by label. */
  speakerLinks: Map<string, string>;
  /** Pagefind sort key, metadata and filters. */
  search: { sort: string; meta: [string, string][]; filters: string[] };
  image: string;
  imageAlt: string;
  jsonLd: Record<string, unknown>;
  meta: { name: string; content: string }[];
}

const instruments = new WeakMap<object, Set<string>>();

/** True for a law or programme of the organisations collection, which the record lists apart from organisations. */
function instrument(archive: Archive, id: string): boolean {
  let ids = instruments.get(archive.data.organizations);
  if (!ids) {
    ids = new Set(archive.data.organizations.filter((o) => isInstrument(o.kind)).map((o) => o.id));
    instruments.set(archive.data.organizations, ids);
  }
  return ids.has(id);
}

/** The page of one statement, or undefined for a slug the archive does not hold. */
export function statementPage(
  archive: Archive,
  slug: string,
  site: SiteUrls,
  previewScope: PreviewScope,
): StatementPage | undefined {
  const statement = archive.bySlug.get(slug);
  if (!statement) return undefined;
  const { data } = statement;
  const { index, nameOf } = archive;
  const path = routes.statement(slug);
  const archiveUrl = site.permalink(path);
  const subjects = index.subjects.get(slug) ?? { people: [], organizations: [], places: [], topics: [] };
  const linksTo = (kind: SubjectKind, ids: readonly string[]) =>
    ids.map((id) => ({ name: nameOf(kind, id), href: site.link(routes.entity(kind, id)) }));
  const namesOf = (kind: SubjectKind, ids: readonly string[]) => ids.map((id) => nameOf(kind, id));
  const speakerIds = speakersOf(index, slug);
  const image = `previews/${previewName(slug, data, previewScope)}.png`;
  const title = displayTitle(data);
  const type = typeLabels[data.type];
  const issuer = `${data.issuer.name} (${data.issuer.country})`;
  const facets = searchFacets({
    issuer: [data.issuer.name, ...data.coIssuers.map((i) => i.name)],
    year: yearOf(data.date),
    language: data.language,
    topics: namesOf('topics', subjects.topics),
    people: namesOf('people', subjects.people),
    speakers: namesOf('people', speakerIds),
  });
  // By the statement's place in the list, not a search of it: a page per statement would make that quadratic.
  const at = archive.rank.get(slug)!;
  const neighbours = neighboursOf(archive.statements.slice(Math.max(0, at - 1), at + 2), slug);
  const original = data.translation ? archive.bySlug.get(data.translation.of) : undefined;
  const absolute = (kind: SubjectKind, ids: readonly string[]) =>
    ids.map((id) => ({ name: nameOf(kind, id), url: site.permalink(routes.entity(kind, id)) }));
  return {
    statement,
    earlier: neighbours.earlier,
    later: neighbours.later,
    path,
    archiveUrl,
    title,
    description: `${type}, ${issuer}, ${formatStatementDate(data.date)}.${data.summary ? ` ${data.summary}` : ''}`,
    recordLine: {
      issuer: data.issuer.name,
      issuerHref: data.issuer.entity ? site.link(routes.entity('organizations', data.issuer.entity)) : undefined,
      coIssuers: data.coIssuers.map((i) => ({
        name: i.name,
        href: i.entity ? site.link(routes.entity('organizations', i.entity)) : undefined,
      })),
      type,
      paragraphs: count(statement.paragraphs.length, 'paragraph'),
    },
    ...(original &&
      data.translation && {
        translation: {
          original: { name: displayTitle(original.data), href: site.link(routes.statement(original.slug)) },
          lang: original.data.language,
          from: languageName(data.translation.from),
          by: data.translation.by,
          sideBySide: site.link(routes.sideBySide(slug)),
        },
      }),
    translations: (archive.translationsOf.get(slug) ?? []).map((t) => ({
      link: { name: displayTitle(t.data), href: site.link(routes.statement(t.slug)) },
      lang: t.data.language,
      language: languageName(t.data.language),
      by: t.data.translation!.by,
      sideBySide: site.link(routes.sideBySide(t.slug)),
    })),
    draft: !data.reviewed,
    headerBylines: data.bylines.filter((b) => b.placement === 'header').map((b) => b.text),
    subjects: [
      { label: 'Speakers', items: linksTo('people', speakerIds) },
      { label: 'People', items: linksTo('people', subjects.people) },
      {
        label: 'Organisations',
        items: linksTo(
          'organizations',
          subjects.organizations.filter((id) => !instrument(archive, id)),
        ),
      },
      {
        label: 'Laws and programmes',
        items: linksTo(
          'organizations',
          subjects.organizations.filter((id) => instrument(archive, id)),
        ),
      },
      { label: 'Places', items: linksTo('places', subjects.places) },
      { label: 'Topics', items: linksTo('topics', subjects.topics) },
    ],
    tags: new Map([...(index.paragraphTopics.get(slug) ?? new Map())].map(([n, ids]) => [n, linksTo('topics', ids)])),
    speakerLinks: new Map(
      [...(index.speakers.get(slug) ?? [])].flatMap(([name, id]) =>
        id ? [[name, site.link(routes.entity('people', id))] as const] : [],
      ),
    ),
    search: {
      sort: `date:${dateSortKey(data.date.value)}`,
      meta: [
        // The h1 of a supplied title carries its evidence link; the result title is the bracketed title alone.
        ...(data.titleBasis === 'supplied' ? [['title', title] as [string, string]] : []),
        // Pagefind searches metadata too: the card's date is one word no reader types (see resultDateMeta).
        ['date', resultDateMeta(data.date)],
        // Sortable, for merging date-ordered results of several bundles (languages) into one order.
        ['sortKey', resultSortMeta(data.date.value)],
      ],
      // Filters are never searched: the card's issuers and type come with each result from them.
      filters: [...FACETS.flatMap((facet) => facets[facet].map((value) => `${facet}:${value}`)), `type:${type}`],
    },
    image,
    imageAlt:
      previewScope === 'statement'
        ? `${title} — ${data.issuer.name}, ${formatStatementDate(data.date)}`
        : `${type}, ${data.issuer.name} (${data.issuer.country}) — ${site.name}`,
    jsonLd: statementJsonLd(
      data,
      { page: archiveUrl, image: site.permalink(image), site: site.permalink(routes.home) },
      { people: absolute('people', subjects.people), topics: absolute('topics', subjects.topics) },
      site.name,
    ),
    meta: [
      ...highwireTags(data, archiveUrl, site.name),
      // A draft's paragraph numbers may still change: search engines wait for the reviewed page.
      ...(data.reviewed ? [] : [{ name: 'robots', content: 'noindex' }]),
    ],
  };
}
