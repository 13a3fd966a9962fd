/**
 * The archive in periods: runs of dates whose statements are indexed for
 * search together (one Pagefind bundle per period and language) and built
 * together (one build part per group of periods). A period is a year, a run of
 * quiet years, or, in a year with more statements than a period may hold, a
 * run of its months. Periods are cut from the oldest statement on, so a new
 * statement, which is nearly always the newest, changes only the newest
 * period, and every older period's index stays exactly as it was.
 *
 * Pure functions of the statements' dates, so the build, the search page and
 * the tests cut the archive the same way.
 */

/** A run of dates, its statements searched together. */
export interface Period {
  /** Folder-safe and stable while its dates are: `2019-2021`, `2024`, `2024-m01-m06`, `2024-m07`. */
  id: string;
  /** The first month it covers, `YYYY-MM`. */
  from: string;
  /** The last month it covers, `YYYY-MM`. */
  to: string;
  /** How readers read it: `2019–2021`, `2024`, `January–June 2024`. */
  label: string;
  /** How many statements it holds. */
  statements: number;
}

/**
 * How many statements a period holds at most, unless one month alone holds more. A first search
 * downloads its period's Pagefind metadata (~12.5 bytes a statement) and, for each word, the index
 * chunk of that word in that period: 2,000 statements keep it well under the 200 KB budget.
 */
export const DEFAULT_PERIOD_SIZE = 2000;

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

/**
 * The month a date falls in, `YYYY-MM`, from an ISO date of any precision or its sort key
 * (`2021-99-99`): a date given as a year alone counts as its December, where it sorts.
 */
export function monthOf(date: string): string {
  const month = date.slice(5, 7);
  return /^(0[1-9]|1[0-2])$/u.test(month) ? date.slice(0, 7) : `${date.slice(0, 4)}-12`;
}

/** A month's name with its year, `July 2024`. */
function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A whole-years period. */
function yearsPeriod(first: string, last: string, statements: number): Period {
  return {
    id: first === last ? first : `${first}-${last}`,
    from: `${first}-01`,
    to: `${last}-12`,
    label: first === last ? first : `${first}–${last}`,
    statements,
  };
}

/** A period of some months of one year. */
function monthsPeriod(first: string, last: string, statements: number): Period {
  const year = first.slice(0, 4);
  const [m1, m2] = [first.slice(5, 7), last.slice(5, 7)];
  return {
    id: first === last ? `${year}-m${m1}` : `${year}-m${m1}-m${m2}`,
    from: first,
    to: last,
    label: first === last ? monthLabel(first) : `${MONTHS[Number(m1) - 1]}–${MONTHS[Number(m2) - 1]} ${year}`,
    statements,
  };
}

/** Counts items by a key, keys in ascending order. */
function countBy(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Groups consecutive counted keys into runs of at most `max` (a key over `max` stands alone). */
function runs(counted: readonly [string, number][], max: number): { first: string; last: string; n: number }[] {
  const out: { first: string; last: string; n: number }[] = [];
  for (const [key, n] of counted) {
    const open = out.at(-1);
    if (open && open.n + n <= max) {
      open.last = key;
      open.n += n;
    } else out.push({ first: key, last: key, n });
  }
  return out;
}

/**
 * Cuts an archive into periods, oldest first, from its statements' dates (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`): consecutive years together while they hold at most `max` statements, and a year
 * that holds more cut into runs of its months. Each period starts where the one before it ended.
 */
export function cutPeriods(dates: readonly string[], max = DEFAULT_PERIOD_SIZE): Period[] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`A period holds at least one statement, not ${max}.`);
  const periods: Period[] = [];
  let quiet: [string, number][] = [];
  const closeQuiet = () => {
    for (const run of runs(quiet, max)) periods.push(yearsPeriod(run.first, run.last, run.n));
    quiet = [];
  };
  for (const [year, n] of countBy(dates.map((date) => date.slice(0, 4)))) {
    if (n <= max) {
      quiet.push([year, n]);
      continue;
    }
    closeQuiet();
    const months = countBy(dates.filter((date) => date.startsWith(year)).map(monthOf));
    for (const run of runs(months, max)) periods.push(monthsPeriod(run.first, run.last, run.n));
  }
  closeQuiet();
  return periods;
}

/** The period a date falls in, or undefined when it is outside them all. */
export function periodOf(periods: readonly Period[], date: string): Period | undefined {
  const month = monthOf(date);
  return periods.find((p) => p.from <= month && month <= p.to);
}

/**
 * Reads the largest period size from a setting (`SEARCH_PERIOD_SIZE`), the default when unset. A test
 * build cuts its few statements into periods of one or two to search them across several bundles.
 */
export function periodSize(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_PERIOD_SIZE;
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SEARCH_PERIOD_SIZE must be a whole number of statements, at least 1, not "${setting}".`);
  return n;
}
