import { describe, expect, it } from 'vitest';
import {
  isSince,
  periodsOfYears,
  scopeSummary,
  searchedPeriods,
  sinceFor,
  spanLabel,
  type ScopePeriod,
} from '../../src/lib/search-scope.ts';

const period = (id: string, from: string, to: string, label = id): ScopePeriod => ({
  id,
  label,
  from,
  to,
  statements: 10,
});
/** Newest first, as the manifest lists them. */
const periods = [
  period('2024-m07-m12', '2024-07', '2024-12', 'July–December 2024'),
  period('2024-m01-m06', '2024-01', '2024-06', 'January–June 2024'),
  period('2021-2023', '2021-01', '2023-12', '2021–2023'),
  period('2015-2020', '2015-01', '2020-12', '2015–2020'),
];
const initial = ['2024-m07-m12', '2024-m01-m06'];

describe('which periods a search covers', () => {
  it('starts with the initial periods', () => {
    expect(searchedPeriods(periods, initial, { years: [], since: '' }).map((p) => p.id)).toEqual(initial);
  });

  it('goes back as far as the URL says', () => {
    expect(searchedPeriods(periods, initial, { years: [], since: '2022' }).map((p) => p.id)).toEqual([
      '2024-m07-m12',
      '2024-m01-m06',
      '2021-2023',
    ]);
    expect(searchedPeriods(periods, initial, { years: [], since: '2024-07' }).map((p) => p.id)).toEqual([
      '2024-m07-m12',
    ]);
    expect(searchedPeriods(periods, initial, { years: [], since: '1990' })).toHaveLength(4);
  });

  it('searches only the periods of the years a year filter names', () => {
    expect(searchedPeriods(periods, initial, { years: ['2016'], since: '2022' }).map((p) => p.id)).toEqual([
      '2015-2020',
    ]);
    expect(periodsOfYears(periods, ['2024', '2022']).map((p) => p.id)).toEqual([
      '2024-m07-m12',
      '2024-m01-m06',
      '2021-2023',
    ]);
  });

  it.each([
    ['2019', true],
    ['2024-07', true],
    ['2024-13', false],
    ['19', false],
    ['2019-1', false],
  ])('accepts %s as how far back: %s', (value, ok) => {
    expect(isSince(value)).toBe(ok);
  });
});

describe('what the page says about them', () => {
  it.each([
    ['2019-01', '2026-12', '2019–2026'],
    ['2024-01', '2024-12', '2024'],
    ['2024-03', '2024-06', 'March–June 2024'],
    ['2024-07', '2024-07', 'July 2024'],
    ['2023-07', '2024-12', 'July 2023 – December 2024'],
  ])('names the months %s to %s “%s”', (from, to, label) => {
    expect(spanLabel(from, to)).toBe(label);
  });

  it('says which years were searched, which were not, and offers the next period and all years', () => {
    const summary = scopeSummary(periods, periods.slice(0, 2), { years: [] });
    expect(summary).toMatchObject({ complete: false, searched: '2024', earlier: '2015–2023', all: '2015' });
    expect(summary.next?.id).toBe('2021-2023');
    expect(sinceFor(summary.next!)).toBe('2021');
    expect(sinceFor(periods[0]!)).toBe('2024-07');
  });

  it('is complete when every period, or every period of the chosen years, is searched', () => {
    expect(scopeSummary(periods, periods, { years: [] })).toMatchObject({ complete: true, searched: '2015–2024' });
    expect(scopeSummary(periods, periods.slice(2, 3), { years: ['2022'] })).toMatchObject({
      complete: true,
      searched: '2022',
    });
  });
});
