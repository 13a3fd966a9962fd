import { describe, expect, it } from 'vitest';
import { statementPage } from '../../../src/lib/pages/statement.ts';
import { AGN, fixtureArchive, FS, site, WH } from './fixture-archive.ts';

const archive = fixtureArchive();
const wh = statementPage(archive, WH, site, 'statement')!;
const agn = statementPage(archive, AGN, site, 'issuer')!;

describe('the statement page model', () => {
  it.each([
    [WH, wh, 'The White House', '/archive/organizations/white-house/', 'Statement', '4 paragraphs'],
    [
      AGN,
      agn,
      'Agencia Guatemalteca de Noticias (AGN)',
      '/archive/organizations/agn/',
      'News article',
      '13 paragraphs',
    ],
  ])(
    'gives %s one line of record: issuer, its link, type and length',
    (_slug, page, issuer, href, type, paragraphs) => {
      expect(page.recordLine).toEqual({ issuer, issuerHref: href, coIssuers: [], type, paragraphs });
    },
  );

  it('gives the permanent URL under the site’s base path', () => {
    expect(wh.archiveUrl).toBe(`https://example.org/archive/statements/${WH}/`);
    expect(wh.path).toBe(`statements/${WH}/`);
  });

  it('links the earlier and later statements by date', () => {
    expect([wh.earlier?.slug, wh.later?.slug]).toEqual([undefined, AGN]);
    expect([agn.earlier?.slug, agn.later?.slug]).toEqual([WH, FS]);
  });

  it('keeps the byline printed under the headline, and only that one', () => {
    expect(agn.headerBylines).toEqual(['by Pamela Contreras']);
    expect(wh.headerBylines).toEqual([]);
  });

  it('links each subject of the record to its page, in the order of the record', () => {
    expect(wh.subjects.map((row) => row.label)).toEqual([
      'Speakers',
      'People',
      'Organisations',
      'Laws and programmes',
      'Places',
      'Topics',
    ]);
    expect(wh.subjects[1]!.items[1]).toEqual({ name: 'Kamala Harris', href: '/archive/people/kamala-harris/' });
  });

  it('lists laws and programmes apart from organisations, at their permanent addresses', () => {
    const names = (label: string) => agn.subjects.find((row) => row.label === label)!.items.map((i) => i.name);
    expect(names('Laws and programmes')).toEqual(
      expect.arrayContaining(['Anti-Coyotaje Law', 'Migration Law (Guatemala)', 'Migrant Resource Centers (CAPMiR)']),
    );
    expect(names('Organisations')).not.toContain('Anti-Coyotaje Law');
    expect(names('Organisations')).toContain('Joint Task Force Alpha');
    expect(agn.subjects.find((row) => row.label === 'Laws and programmes')!.items).toContainEqual({
      name: 'Anti-Coyotaje Law',
      href: '/archive/organizations/anti-coyotaje-law/',
    });
  });

  it('links the topics of each paragraph beside the text', () => {
    expect(agn.tags.get(2)?.map((t) => t.href)).toContain('/archive/topics/migration/');
    expect(wh.tags.get(1)?.map((t) => t.name)).toContain('Migration and legal pathways');
  });

  it('gives search a supplied date as one unsearchable word, issuer and type as filters, and sorts by the date', () => {
    expect(agn.search.meta).toContainEqual(['date', '20230526s']);
    expect(agn.search.meta.map(([key]) => key)).not.toContain('issuer');
    expect(agn.search.sort).toBe('date:2023-05-26');
    expect(agn.search.filters).toEqual(
      expect.arrayContaining([
        'year:2023',
        'topic:Migration and legal pathways',
        'issuer:Agencia Guatemalteca de Noticias (AGN)',
        'type:News article',
      ]),
    );
  });

  it('names the preview image per statement, or per issuer and type above the threshold', () => {
    expect(wh.image).toBe(`previews/${WH}.png`);
    expect(agn.image).toBe('previews/agn--news-article.png');
    expect(agn.imageAlt).toBe('News article, Agencia Guatemalteca de Noticias (AGN) (Guatemala) — Test Archive');
  });

  it('describes the statement with its type, issuer, date and the editors’ summary', () => {
    expect(wh.description).toMatch(/^Statement, The White House \(United States\), 26 April 2021\. Vice President/u);
  });

  it('gives JSON-LD and citation tags with the permanent URL', () => {
    expect(JSON.stringify(wh.jsonLd)).toContain(wh.archiveUrl);
    expect(wh.meta).toContainEqual({ name: 'citation_abstract_html_url', content: wh.archiveUrl });
  });

  it('has no page for a slug the archive does not hold', () => {
    expect(statementPage(archive, 'no-such-statement', site, 'statement')).toBeUndefined();
  });
});
