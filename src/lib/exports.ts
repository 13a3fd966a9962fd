/**
 * Machine-readable and downloadable forms of the archive: the JSON export
 * (a documented, versioned shape), and each statement as plain text. Pure
 * functions over the statement model and the cross-link index.
 */
import type { ArchiveData, ArchiveIndex } from './crosslinks.ts';
import { formatStatementDate } from './dates.ts';
import type { Statement } from './statement.ts';
import { typeLabels } from './statement.ts';
import { routes } from './urls.ts';

/** Version of the JSON export's shape; raised on any incompatible change (see README, "Data exports"). */
export const EXPORT_VERSION = 1;

/** Turns a site-relative path into an absolute URL. */
export type Absolute = (path: string) => string;

/** Download paths of a statement's sources. */
export const downloads = {
  markdown: (slug: string) => `statements/${slug}.md`,
  text: (slug: string) => `statements/${slug}.txt`,
};

/** One statement in the JSON export: metadata as given and as supplied, the text by paragraph, and its annotations. */
export function statementRecord(statement: Statement, index: ArchiveIndex, absolute: Absolute) {
  const { data } = statement;
  const topics = index.paragraphTopics.get(statement.slug) ?? new Map<number, string[]>();
  const subjects = index.subjects.get(statement.slug);
  return {
    slug: statement.slug,
    url: absolute(routes.statement(statement.slug)),
    title: data.title,
    subtitle: data.subtitle ?? null,
    issuer: {
      name: data.issuer.name,
      country: data.issuer.country,
      countryCode: data.issuer.countryCode,
      entity: data.issuer.entity ?? null,
    },
    type: data.type,
    typeLabel: typeLabels[data.type],
    date: {
      basis: data.date.basis,
      value: data.date.value,
      display: formatStatementDate(data.date),
      evidence: data.date.basis === 'supplied' ? data.date.evidence : [],
    },
    published: data.published ?? null,
    modified: data.modified ?? null,
    originalUrl: data.originalUrl ?? null,
    bylines: data.bylines,
    language: data.language,
    editorsSummary: data.summary,
    source: data.source,
    normalisations: data.normalisations,
    notes: data.notes,
    paragraphs: statement.paragraphs.map((p) => ({
      n: p.n,
      url: absolute(routes.paragraph(statement.slug, p.n)),
      text: p.text,
      topics: topics.get(p.n) ?? [],
    })),
    headings: statement.blocks.flatMap((b) => (b.kind === 'heading' ? [{ id: b.id, text: b.text }] : [])),
    endMark: statement.blocks.find((b) => b.kind === 'end-mark')?.text ?? null,
    furniture: data.furniture,
    subjects: subjects ?? { people: [], organizations: [], places: [], topics: [] },
    downloads: {
      markdown: absolute(downloads.markdown(statement.slug)),
      text: absolute(downloads.text(statement.slug)),
    },
  };
}

/** The whole statements export. */
export function statementsExport(
  statements: readonly Statement[],
  index: ArchiveIndex,
  absolute: Absolute,
  siteName: string,
) {
  return {
    version: EXPORT_VERSION,
    archive: siteName,
    url: absolute(''),
    count: statements.length,
    statements: statements.map((s) => statementRecord(s, index, absolute)),
  };
}

/** The entities export: people, organisations, places and topics, each with its mentions and page URL. */
export function entitiesExport(data: ArchiveData, index: ArchiveIndex, absolute: Absolute, siteName: string) {
  const mentions = (key: `${'people' | 'organizations' | 'places'}/${string}`) =>
    (index.mentions.get(key) ?? []).map((m) => ({
      statement: m.statement,
      paragraph: m.paragraph,
      text: m.text,
      url: absolute(m.paragraph === null ? routes.statement(m.statement) : routes.paragraph(m.statement, m.paragraph)),
    }));
  return {
    version: EXPORT_VERSION,
    archive: siteName,
    people: data.people.map((p) => ({
      ...p,
      url: absolute(routes.entity('people', p.id)),
      mentions: mentions(`people/${p.id}`),
      quotations: index.quotations.get(p.id) ?? [],
    })),
    organizations: data.organizations.map((o) => ({
      ...o,
      url: absolute(routes.entity('organizations', o.id)),
      mentions: mentions(`organizations/${o.id}`),
      issued: index.issued.get(o.id) ?? [],
    })),
    places: data.places.map((p) => ({
      ...p,
      url: absolute(routes.entity('places', p.id)),
      mentions: mentions(`places/${p.id}`),
    })),
    topics: data.topics.map((t) => ({
      ...t,
      url: absolute(routes.entity('topics', t.id)),
      paragraphs: [...(index.topicPassages.get(t.id) ?? new Map<string, number[]>())].flatMap(([slug, ns]) =>
        ns.map((n) => ({ statement: slug, paragraph: n, url: absolute(routes.paragraph(slug, n)) })),
      ),
    })),
    events: data.events,
  };
}

/** A statement as plain text: headline, the numbered paragraphs, the labelled furniture, and where it came from. */
export function plainText(statement: Statement, archiveUrl: string): string {
  const { data } = statement;
  const lines: string[] = [data.title];
  if (data.subtitle) lines.push('', data.subtitle);
  for (const b of data.bylines.filter((b) => b.placement === 'header')) lines.push('', b.text);
  lines.push('');
  for (const block of statement.blocks) {
    if (block.kind === 'paragraph') lines.push(`[¶ ${block.n}] ${block.text}`, '');
    else lines.push(block.text, '');
  }
  if (data.furniture.length > 0) {
    lines.push('--- From the source page, not part of the statement ---', '', ...data.furniture, '');
  }
  lines.push(
    '---',
    `${typeLabels[data.type]}, ${data.issuer.name} (${data.issuer.country}), ${formatStatementDate(data.date)}${data.date.basis === 'supplied' ? ' (date supplied by the editors)' : ''}.`,
    ...(data.originalUrl ? [`Original: ${data.originalUrl}`] : []),
    `Archive copy: ${archiveUrl}`,
    'Transcribed exactly as issued; only whitespace was normalised. Paragraph numbers [¶ N] are the archive’s.',
  );
  return `${lines.join('\n')}\n`;
}
