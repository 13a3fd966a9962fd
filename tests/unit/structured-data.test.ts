import { describe, expect, it } from 'vitest';
import { statementSchema } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { highwireTags, siteJsonLd, statementJsonLd } from '../../src/lib/structured-data.ts';
import { textFragmentUrl, encodeFragmentTerm } from '../../src/lib/share.ts';
import { statementFile } from './helpers.ts';

const dataOf = (prefix: string) => statementSchema.parse(readStatementFile(statementFile(prefix).raw).data);
const urls = {
  page: 'https://a.example/statements/x/',
  image: 'https://a.example/previews/x.png',
  site: 'https://a.example/',
};
const subjects = {
  people: [{ name: 'Kamala Harris', url: 'https://a.example/people/kamala-harris/' }],
  topics: [{ name: 'Migration and legal pathways', url: 'https://a.example/topics/migration/' }],
};

describe('statement JSON-LD', () => {
  it('describes the White House statement as an article based on its original, with dates as given', () => {
    const ld = statementJsonLd(dataOf('white-house'), urls, subjects, 'Archive');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: urls.page,
      headline: expect.stringMatching(/^Statement by Senior Advisor/u),
      datePublished: '2021-04-26T20:01:00-04:00',
      dateModified: '2022-01-04T15:59:12-04:00',
      isBasedOn: expect.stringMatching(/^https:\/\/www\.whitehouse\.gov\//u),
      publisher: { '@type': 'Organization', name: 'The White House' },
      author: [{ '@type': 'Organization', name: 'The White House' }],
      image: urls.image,
      isPartOf: { '@type': 'WebSite', url: urls.site },
    });
    expect(ld.about).toEqual([
      { '@type': 'Person', name: 'Kamala Harris', url: subjects.people[0]!.url },
      { '@type': 'Thing', name: 'Migration and legal pathways', url: subjects.topics[0]!.url },
    ]);
  });

  it('never presents the AGN article’s supplied date as published, and credits its bylines', () => {
    const ld = statementJsonLd(dataOf('agn'), urls, subjects, 'Archive');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Pamela Contreras' },
      { '@type': 'Person', name: 'Brenda Larios' },
    ]);
  });

  it('describes the site with its search', () => {
    expect(siteJsonLd('Archive', 'https://a.example/', 'https://a.example/search/', 'd')).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: 'https://a.example/search/?q={search_term_string}' },
    });
  });
});

describe('Highwire citation tags', () => {
  const tags = (prefix: string) =>
    Object.fromEntries(highwireTags(dataOf(prefix), urls.page, 'Archive').map((t) => [t.name, t.content]));

  it('give Zotero the title, author, date, publisher and page', () => {
    expect(tags('white-house')).toMatchObject({
      citation_author: 'The White House',
      citation_publication_date: '2021/04/26',
      citation_publisher: 'The White House',
      citation_abstract_html_url: urls.page,
    });
  });

  it('leave out a supplied date', () => {
    expect(tags('agn')).not.toHaveProperty('citation_publication_date');
    expect(
      highwireTags(dataOf('agn'), urls.page, 'Archive')
        .filter((t) => t.name === 'citation_author')
        .map((t) => t.content),
    ).toEqual(['Pamela Contreras', 'Brenda Larios']);
  });
});

describe('links to selected text', () => {
  it.each([
    ['migrant smugglers', 'https://a.example/s/#:~:text=migrant%20smugglers'],
    ['  law-enforcement,\n cooperation ', 'https://a.example/s/#:~:text=law%2Denforcement%2C%20cooperation'],
    [
      'Together, the United States and Guatemala will deepen bilateral law-enforcement cooperation to combat migrant smugglers',
      'https://a.example/s/#:~:text=Together%2C%20the%20United%20States,to%20combat%20migrant%20smugglers',
    ],
  ])('quote %j', (selection, url) => {
    expect(textFragmentUrl('https://a.example/s/#p2', selection)).toBe(url);
  });

  it('returns nothing for an empty selection', () => {
    expect(textFragmentUrl('https://a.example/s/', ' \n ')).toBeNull();
    expect(encodeFragmentTerm('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
});
