import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  formatIsoDate,
  formatStatementDate,
  formatTimestamp,
  precisionOf,
  toDatetimeAttribute,
} from '../../src/lib/dates.ts';

describe.each([
  ['2021-04-26', 'day', '26 April 2021'],
  ['2023-05-01', 'day', '1 May 2023'],
  ['2022-02', 'month', 'February 2022'],
  ['2023', 'year', '2023'],
  ['2024-02-29', 'day', '29 February 2024'],
])('the ISO date %s', (value, precision, text) => {
  it(`has ${precision} precision`, () => expect(precisionOf(value)).toBe(precision));
  it(`reads "${text}"`, () => expect(formatIsoDate(value)).toBe(text));
});

describe('precisionOf', () => {
  it.each(['2023-02-30', '2023-13', '2023-00-10', '23-05-26', '26/05/2023', '2023-5-26', ''])('rejects %j', (value) => {
    expect(precisionOf(value)).toBeNull();
  });
});

describe('formatStatementDate', () => {
  it.each([
    [{ basis: 'source', value: '2021-04-26' }, '26 April 2021'],
    [{ basis: 'supplied', value: '2023-05-26' }, '[26 May 2023]'],
    [{ basis: 'supplied', value: '2023-05' }, '[May 2023]'],
    [{ basis: 'supplied', value: '2023' }, '[2023]'],
  ] as const)('shows %j as %s', (date, text) => {
    expect(formatStatementDate(date)).toBe(text);
  });
});

describe('timestamps', () => {
  it.each([
    ['2021-04-26 20:01:00-04:00', '26 April 2021, 20:01 (UTC−04:00)', '2021-04-26T20:01:00-04:00'],
    ['2022-01-04T15:59:12-04:00', '4 January 2022, 15:59 (UTC−04:00)', '2022-01-04T15:59:12-04:00'],
    ['2023-05-26T18:30Z', '26 May 2023, 18:30 (UTC)', '2023-05-26T18:30:00Z'],
    ['2023-05-26 09:15:00+05:30', '26 May 2023, 09:15 (UTC+05:30)', '2023-05-26T09:15:00+05:30'],
  ])('%s reads "%s" in the source’s own local time', (value, text, attribute) => {
    expect(formatTimestamp(value)).toBe(text);
    expect(toDatetimeAttribute(value)).toBe(attribute);
  });

  it('refuses a timestamp without an offset', () => {
    expect(() => formatTimestamp('2021-04-26 20:01:00')).toThrow(/offset/u);
  });
});

describe('compareNewestFirst', () => {
  const s = (slug: string, value: string) => ({ slug, date: { basis: 'source' as const, value } });

  it('puts later dates first, whatever their basis or precision', () => {
    const list = [s('a', '2021-04-26'), s('b', '2023'), s('c', '2023-05-26'), s('d', '2022-02')];
    // A year-precision date sorts after every day of its year, so newest first puts it first.
    expect(list.sort(compareNewestFirst).map((x) => x.slug)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('breaks ties by slug so the order is stable', () => {
    expect([s('b', '2023-01-01'), s('a', '2023-01-01')].sort(compareNewestFirst).map((x) => x.slug)).toEqual([
      'a',
      'b',
    ]);
  });
});
