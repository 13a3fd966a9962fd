/**
 * Date display for the catalogue record. Dates are shown in the day-month-year
 * form (26 April 2021) that reads unambiguously on both sides of the Atlantic.
 * Supplied dates are bracketed, as in documentary editions.
 */

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A statement's date and whether the source gave it or the editors supplied it. */
export interface StatementDateValue {
  /** `source` when the text or its page states the date; `supplied` when the editors established it. */
  basis: 'source' | 'supplied';
  /** ISO 8601 calendar date at its precision: `2023`, `2023-05` or `2023-05-26`. */
  value: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reads the precision of an ISO date from its shape, or null if it is not one. */
export function precisionOf(value: string): DatePrecision | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return null;
    if (d !== undefined) {
      const day = Number(d);
      const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return null;
      return 'day';
    }
    return 'month';
  }
  return 'year';
}

/** Formats an ISO date at its own precision: `26 May 2023`, `May 2023` or `2023`. */
export function formatIsoDate(value: string): string {
  const precision = precisionOf(value);
  if (!precision) throw new Error(`Not an ISO calendar date: "${value}"`);
  const [y, mo, d] = value.split('-');
  const month = mo === undefined ? '' : MONTHS[Number(mo) - 1];
  if (precision === 'year') return `${y}`;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Formats a statement date, in square brackets when the editors supplied it. */
export function formatStatementDate(date: StatementDateValue): string {
  const text = formatIsoDate(date.value);
  return date.basis === 'supplied' ? `[${text}]` : text;
}

/** The calendar year of a statement date. */
export function yearOf(date: StatementDateValue): number {
  return Number(date.value.slice(0, 4));
}

/**
 * The key that orders ISO dates of mixed precision, compared as strings. A
 * date known only to the month sorts after every day of that month, and one
 * known only to the year after every month of it: "[June 2023]" reports what
 * happened in June, so it comes after 12 June 2023, and no imprecise date is
 * ever placed on an invented first day.
 */
export function dateSortKey(value: string): string {
  const [year, month = '99', day = '99'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** Compares two ISO dates of any precision by `dateSortKey`, earliest first. */
export function compareDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Compares statement dates for newest-first lists, by `dateSortKey`; ties
 * fall back to the slug so that the order never depends on file-system order.
 */
export function compareNewestFirst(
  a: { date: StatementDateValue; slug: string },
  b: { date: StatementDateValue; slug: string },
): number {
  return compareDates(b.date.value, a.date.value) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * The instant an RSS item gives as its `pubDate`, or undefined. RSS requires a
 * full date and time, so only a date known to the day gets one (at noon UTC,
 * which names the same calendar day in every time zone a reader is likely to
 * be in); a date known only to the month or year gets none, since any day we
 * chose would be invented. `pubDate` is optional in RSS 2.0: readers then
 * keep the feed's own order, which is newest first by `dateSortKey`.
 */
export function feedPubDate(value: string): Date | undefined {
  return precisionOf(value) === 'day' ? new Date(`${value}T12:00:00Z`) : undefined;
}

/** A timestamp as a source gives it: local date and time with its UTC offset. */
export const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/u;

/** Formats a timestamp in the source's own local time and offset: `26 April 2021, 20:01 (UTC−04:00)`. */
export function formatTimestamp(value: string): string {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) throw new Error(`Not an ISO timestamp with offset: "${value}"`);
  const [, date = '', hh, mm, , offset = ''] = m;
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '\u2212')}`;
  return `${formatIsoDate(date)}, ${hh}:${mm} (${zone})`;
}

/** Rewrites a timestamp into the strict ISO form `<time datetime>` requires. */
export function toDatetimeAttribute(value: string): string {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) throw new Error(`Not an ISO timestamp with offset: "${value}"`);
  const [, date, hh, mm, ss = '00', offset] = m;
  return `${date}T${hh}:${mm}:${ss}${offset}`;
}

/** The instant a timestamp denotes, for comparing two spellings of the same time. */
export function instantOf(value: string): number {
  return Date.parse(toDatetimeAttribute(value));
}
