import { describe, expect, it } from 'vitest';
import { compareDates, compareNewestFirst, dateSortKey, feedPubDate } from '../../src/lib/dates.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { sortNewestFirst } from '../../src/lib/statement.ts';
import { highwireTags, statementJsonLd } from '../../src/lib/structured-data.ts';
import type { StatementData } from '../../src/lib/schema.ts';

describe('an imprecise date sorts after the precise dates of its period', () => {
  it.each([
    ['2023-06-12', '2023-06', 'a day before its month'],
    ['2023-06-30', '2023-06', 'the last day of a month before the month'],
    ['2023-06', '2023-07-01', 'a month before the first day of the next'],
    ['2023-12', '2023', 'the last month of a year before the year'],
    ['2023-12-31', '2023', 'the last day of a year before the year'],
    ['2023', '2024-01-01', 'a year before the first day of the next'],
    ['2022-02', '2023-01', 'months in calendar order'],
  ])('%s sorts before %s (%s)', (earlier, later) => {
    expect(compareDates(earlier, later)).toBeLessThan(0);
    expect(compareDates(later, earlier)).toBeGreaterThan(0);
    expect(dateSortKey(earlier) < dateSortKey(later)).toBe(true);
  });

  it('gives equal dates equal keys', () => {
    expect(compareDates('2023-06', '2023-06')).toBe(0);
    expect(dateSortKey('2023-06-12')).toBe('2023-06-12');
  });

  it('puts "[June 2023]" above the 12 June statement it reports in a newest-first list', () => {
    const list = [
      { slug: 'a-june-12', date: { basis: 'source' as const, value: '2023-06-12' } },
      { slug: 'b-june', date: { basis: 'supplied' as const, value: '2023-06' } },
      { slug: 'c-may', date: { basis: 'source' as const, value: '2023-05-31' } },
    ];
    expect([...list].sort(compareNewestFirst).map((s) => s.slug)).toEqual(['b-june', 'a-june-12', 'c-may']);
    expect(sortNewestFirst(list.map((s) => ({ slug: s.slug, data: { date: s.date } }))).map((s) => s.slug)).toEqual([
      'b-june',
      'a-june-12',
      'c-may',
    ]);
  });

  it('places a month-precision statement after the event of that month it reports, on the timeline', () => {
    const timeline = buildTimeline(
      [{ slug: 'report', title: 'Report', date: { basis: 'supplied', value: '2023-06' } }],
      [
        {
          id: 'meeting',
          title: 'Meeting',
          date: { value: '2023-06-12', basis: 'source', evidence: [] },
          mentions: [{ statement: 'report', paragraph: 1 }],
        },
        {
          id: 'year-event',
          title: 'Something in 2023',
          date: { value: '2023', basis: 'source', evidence: [] },
          mentions: [{ statement: 'report', paragraph: 1 }],
        },
      ],
    );
    expect(timeline.map((e) => e.id)).toEqual(['meeting', 'report', 'year-event']);
  });
});

describe('no full date is invented for a month- or year-precision value', () => {
  it('gives an RSS pubDate only to a date known to the day', () => {
    expect(feedPubDate('2023-06-12')?.toISOString()).toBe('2023-06-12T12:00:00.000Z');
    expect(feedPubDate('2023-06')).toBeUndefined();
    expect(feedPubDate('2023')).toBeUndefined();
  });

  const data = (value: string) =>
    ({
      slug: 'x',
      title: 'A title',
      summary: 'A summary.',
      language: 'en',
      type: 'statement',
      issuer: { name: 'Issuer', country: 'Country', countryCode: 'XY' },
      bylines: [],
      date: { basis: 'source', value },
    }) as unknown as StatementData;

  it('gives JSON-LD and Highwire dates at their own precision', () => {
    const urls = { page: 'https://a/x/', image: 'https://a/x.png', site: 'https://a/' };
    const ld = statementJsonLd(data('2023-06'), urls, { people: [], topics: [] }, 'Archive');
    expect(ld.datePublished).toBe('2023-06');
    const tags = highwireTags(data('2023-06'), 'https://a/x/', 'Archive');
    expect(tags.find((t) => t.name === 'citation_publication_date')?.content).toBe('2023/06');
  });
});
