/**
 * Which periods a search covers, and how the page says so. A search starts
 * with the newest periods (the manifest's `initial`); the reader extends it to
 * earlier ones a period at a time or to all years, and the URL keeps how far
 * back (`since=2019`), so a shared link searches what its sender searched. A
 * year filter searches exactly the periods of its years, and nothing else is
 * loaded for it. Pure functions of the search page's manifest.
 */

/** A period as the search page knows it (src/lib/search-bundles.ts), newest first in every list. */
export interface ScopePeriod {
  id: string;
  label: string;
  /** First and last month covered, `YYYY-MM`. */
  from: string;
  to: string;
  statements: number;
}

/** How far back a search goes, as the URL keeps it: a year (`2019`) or a month (`2024-07`). */
export function isSince(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2]))?$/u.test(value);
}

/** The first month a `since` value names. */
function sinceMonth(since: string): string {
  return since.length === 4 ? `${since}-01` : since;
}

/** The periods holding any of these years. */
export function periodsOfYears(periods: readonly ScopePeriod[], years: readonly string[]): ScopePeriod[] {
  return periods.filter((p) => years.some((year) => p.from.slice(0, 4) <= year && year <= p.to.slice(0, 4)));
}

/**
 * The periods a search covers, newest first: those of its year filter if it has one; else every
 * period from the newest back to the one `since` falls in; else the initial ones.
 */
export function searchedPeriods(
  periods: readonly ScopePeriod[],
  initial: readonly string[],
  search: { years: readonly string[]; since: string },
): ScopePeriod[] {
  if (search.years.length > 0) return periodsOfYears(periods, search.years);
  if (search.since !== '') {
    const month = sinceMonth(search.since);
    const reached = periods.filter((p) => p.to >= month);
    return reached.length > 0 ? reached : periods.slice(0, 1);
  }
  const first = periods.filter((p) => initial.includes(p.id));
  return first.length > 0 ? first : periods.slice(0, 1);
}

/** The words for a run of months: `2019–2026`, `2024`, `March–June 2024`, `July 2023 – June 2024`. */
export function spanLabel(from: string, to: string): string {
  const [y1, m1] = [from.slice(0, 4), from.slice(5, 7)];
  const [y2, m2] = [to.slice(0, 4), to.slice(5, 7)];
  if (m1 === '01' && m2 === '12') return y1 === y2 ? y1 : `${y1}–${y2}`;
  const month = (m: string) =>
    new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  if (y1 === y2) return m1 === m2 ? `${month(m1)} ${y1}` : `${month(m1)}–${month(m2)} ${y1}`;
  return `${month(m1)} ${y1} – ${month(m2)} ${y2}`;
}

/** What the page says about a search's periods, and what it offers next. */
export interface ScopeSummary {
  /** True when every period is searched (or the year filter's periods are all it asks for). */
  complete: boolean;
  /** The words for the years searched, e.g. `2019–2026`; for a year filter, its years. */
  searched: string;
  /** The next earlier period not searched, which one action adds. */
  next: ScopePeriod | undefined;
  /** The words for every earlier year not searched, e.g. `2001–2018`. */
  earlier: string | undefined;
  /** The `since` value that searches every period. */
  all: string;
}

/** Summarises a search's periods (see `searchedPeriods`). */
export function scopeSummary(
  periods: readonly ScopePeriod[],
  searched: readonly ScopePeriod[],
  search: { years: readonly string[] },
): ScopeSummary {
  const oldest = periods.at(-1);
  const all = oldest ? oldest.from.slice(0, 4) : '';
  if (search.years.length > 0)
    return { complete: true, searched: [...search.years].sort().join(', '), next: undefined, earlier: undefined, all };
  const ids = new Set(searched.map((p) => p.id));
  const missing = periods.filter((p) => !ids.has(p.id));
  const span = searched.length > 0 ? spanLabel(searched.at(-1)!.from, searched[0]!.to) : '';
  return {
    complete: missing.length === 0,
    searched: span,
    next: missing[0],
    earlier: missing.length > 0 ? spanLabel(missing.at(-1)!.from, missing[0]!.to) : undefined,
    all,
  };
}

/** The `since` value that extends a search to a period: its first year, or its first month when it starts mid-year. */
export function sinceFor(period: ScopePeriod): string {
  return period.from.endsWith('-01') ? period.from.slice(0, 4) : period.from;
}
