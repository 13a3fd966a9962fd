/**
 * Machine-readable descriptions of pages: schema.org JSON-LD for search
 * engines and Highwire `citation_*` tags for reference managers such as
 * Zotero. Dates are given only as the source gives them; a supplied date is
 * never presented as the source's.
 */
import type { StatementData } from './schema.ts';
import { displayTitle } from './statement.ts';
import { webUrlOrUndefined } from './web-url.ts';

/** A linked subject of a statement: a person or a topic with its archive page. */
export interface LinkedSubject {
  name: string;
  url: string;
}

/**
 * The date the source gives, as ISO at its own precision, or undefined when
 * the editors supplied it. A month- or year-precision date stays "2023-06" or
 * "2023": ISO 8601 and schema.org's Date allow reduced precision, and padding
 * it to a day would invent one.
 */
function givenDate(data: StatementData): string | undefined {
  if (data.date.basis !== 'source') return undefined;
  return data.published?.replace(' ', 'T') ?? data.date.value;
}

/** JSON-LD for a statement page: the statement as an article, based on its original. */
export function statementJsonLd(
  data: StatementData,
  urls: { page: string; image: string; site: string },
  subjects: {
    people: LinkedSubject[];
    topics: LinkedSubject[];
  },
  siteName: string,
): Record<string, unknown> {
  const issuer = {
    '@type': 'Organization',
    name: data.issuer.name,
    address: { '@type': 'PostalAddress', addressCountry: data.issuer.countryCode },
  };
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': data.type === 'news-article' ? 'NewsArticle' : 'Article',
    '@id': urls.page,
    url: urls.page,
    mainEntityOfPage: urls.page,
    headline: displayTitle(data),
    name: displayTitle(data),
    ...(data.summary !== undefined && { description: data.summary }),
    inLanguage: data.language,
    image: urls.image,
    author: data.bylines.length > 0 ? data.bylines.map((b) => ({ '@type': 'Person', name: b.name })) : [issuer],
    publisher: issuer,
    about: [
      ...subjects.people.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
      ...subjects.topics.map((t) => ({ '@type': 'Thing', name: t.name, url: t.url })),
    ],
    isPartOf: { '@type': 'WebSite', name: siteName, url: urls.site },
  };
  const published = givenDate(data);
  if (published) ld.datePublished = published;
  if (data.modified) ld.dateModified = data.modified.replace(' ', 'T');
  const original = webUrlOrUndefined(data.originalUrl);
  if (original) ld.isBasedOn = original;
  return ld;
}

/** JSON-LD for the archive itself, with its search. */
export function siteJsonLd(
  siteName: string,
  siteUrl: string,
  searchUrl: string,
  description: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: siteUrl,
    description,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Highwire Press `citation_*` tags, which Zotero and Google Scholar read. */
export function highwireTags(
  data: StatementData,
  pageUrl: string,
  siteName: string,
): { name: string; content: string }[] {
  const tags: { name: string; content: string }[] = [{ name: 'citation_title', content: displayTitle(data) }];
  const authors = data.bylines.length > 0 ? data.bylines.map((b) => b.name) : [data.issuer.name];
  for (const author of authors) tags.push({ name: 'citation_author', content: author });
  if (data.date.basis === 'source')
    // Highwire's YYYY/MM/DD, shortened to YYYY/MM or YYYY at the date's own precision (never a padded day).
    tags.push({ name: 'citation_publication_date', content: data.date.value.replaceAll('-', '/') });
  tags.push({ name: 'citation_publisher', content: data.issuer.name });
  if (data.type === 'news-article' && data.issuer.publication)
    tags.push({ name: 'citation_journal_title', content: data.issuer.publication.split(',')[0]! });
  tags.push(
    { name: 'citation_language', content: data.language },
    { name: 'citation_abstract_html_url', content: pageUrl },
    { name: 'citation_fulltext_html_url', content: pageUrl },
    { name: 'citation_archive', content: siteName },
  );
  return tags;
}
