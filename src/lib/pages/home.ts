/** What the home page shows: the latest statements and every year of the archive. */
import type { Archive } from '../archive.ts';
import type { Statement } from '../statement.ts';
import { count, groupByYear, plural, splitLatest } from './shared.ts';

/** How many statements the home page lists before pointing to the years. */
export const HOME_LATEST = 20;

/** The home page. */
export interface HomePage {
  latest: Statement[];
  /** "(2 from 2 governments, newest first)" or "(…; the latest 20)". */
  countNote: string;
  /** Each year with how many statements it holds, newest first. */
  years: { year: string; note: string }[];
}

/** The home page: the latest statements in full and the rest by year, so it stays small at any size. */
export function homePage(archive: Archive, limit = HOME_LATEST): HomePage {
  const { statements } = archive;
  // A joint statement speaks for each of its issuers' governments.
  const governments = new Set(statements.flatMap((s) => [s.data.issuer, ...s.data.coIssuers].map((i) => i.country)))
    .size;
  const { latest, rest } = splitLatest(statements, limit);
  return {
    latest,
    countNote: `(${statements.length} from ${governments} ${plural(governments, 'government')}${
      rest.length > 0 ? `; the latest ${latest.length}` : ', newest first'
    })`,
    years: groupByYear(statements, (s) => s.data.date.value).map(({ year, items }) => ({
      year,
      note: count(items.length, 'statement'),
    })),
  };
}
