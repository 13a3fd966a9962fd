import { describe, expect, it } from 'vitest';
import { cutPeriods, DEFAULT_PERIOD_SIZE, monthOf, periodOf, periodSize } from '../../src/lib/periods.ts';

/** `n` dates in a year, spread over its months. */
const datesIn = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`);

describe('cutting the archive into periods', () => {
  it('keeps quiet years together while they hold at most a period’s worth', () => {
    const dates = [...datesIn(2001, 3), ...datesIn(2002, 3), ...datesIn(2003, 3), ...datesIn(2005, 2)];
    expect(cutPeriods(dates, 6).map((p) => [p.id, p.label, p.from, p.to, p.statements])).toEqual([
      ['2001-2002', '2001–2002', '2001-01', '2002-12', 6],
      ['2003-2005', '2003–2005', '2003-01', '2005-12', 5],
    ]);
  });

  it('gives a busy year a period of its own, and a year busier than a period runs of its months', () => {
    const dates = [...datesIn(2010, 2), ...datesIn(2011, 24), ...datesIn(2012, 5)];
    expect(cutPeriods(dates, 6).map((p) => [p.id, p.label, p.statements])).toEqual([
      ['2010', '2010', 2],
      ['2011-m01-m03', 'January–March 2011', 6],
      ['2011-m04-m06', 'April–June 2011', 6],
      ['2011-m07-m09', 'July–September 2011', 6],
      ['2011-m10-m12', 'October–December 2011', 6],
      ['2012', '2012', 5],
    ]);
  });

  it('lets one month busier than a period stand alone rather than split a day', () => {
    const dates = Array.from({ length: 5 }, () => '2020-03-02');
    expect(cutPeriods([...dates, '2020-04-01'], 2).map((p) => [p.id, p.label, p.statements])).toEqual([
      ['2020-m03', 'March 2020', 5],
      ['2020-m04', 'April 2020', 1],
    ]);
  });

  it('changes only the newest periods when newer statements are added', () => {
    const old = [...datesIn(2001, 40), ...datesIn(2002, 30), ...datesIn(2003, 50)];
    const before = cutPeriods(old, 80);
    const after = cutPeriods([...old, ...datesIn(2003, 10), ...datesIn(2004, 70)], 80);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
  });

  it.each([
    ['2021-04-26', '2021-04'],
    ['2021-04', '2021-04'],
    ['2021', '2021-12'],
    ['2021-99-99', '2021-12'],
    ['2021-04-99', '2021-04'],
  ])('puts %s in the month %s (a year alone sorts last in its year)', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });

  it('finds the period of any date it was cut from, whatever its precision', () => {
    const dates = [...datesIn(2011, 24), '2011', '2011-06', '2012-99-99'];
    const periods = cutPeriods(dates, 6);
    for (const date of dates) expect(periodOf(periods, date)?.statements).toBeGreaterThan(0);
    expect(periodOf(periods, '2011')!.to).toBe('2011-12');
    expect(periodOf(periods, '1999-01-01')).toBeUndefined();
  });

  it('reads the period size setting, refusing anything but a whole number', () => {
    expect(periodSize(undefined)).toBe(DEFAULT_PERIOD_SIZE);
    expect(periodSize('1')).toBe(1);
    expect(() => periodSize('0')).toThrow(/SEARCH_PERIOD_SIZE/u);
    expect(() => periodSize('two')).toThrow(/whole number/u);
  });
});
