/**
 * Content warnings: what an editor should look at that does not stop a
 * build, next to the content check's problems and in the same
 * `file › field: message` form. A date after today is almost always a typing
 * slip (2099, or 2032 for 2023); a copy over 1 MB is usually a whole web page
 * saved with its scripts, and makes a heavy statement page.
 */
import { instantOf } from './dates.ts';
import type { ArchiveEvent } from './entities.ts';
import type { StatementData } from './schema.ts';
import type { ContentProblem } from './validate.ts';

/** A warning about one field of one file: the shape of a problem, but the build goes on. */
export type ContentWarning = ContentProblem;

/** Above this size a source copy gets a warning (1 MB). */
export const LARGE_COPY_BYTES = 1024 * 1024;

/** How far ahead of UTC the earliest time zone is: a date that is today there is not in the future. */
const EARLIEST_ZONE_MS = 14 * 60 * 60 * 1000;

/** Today's date where the day is furthest on (UTC+14), as `YYYY-MM-DD`. */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + EARLIEST_ZONE_MS).toISOString().slice(0, 10);
}

/** True when an ISO date at any precision (2099, 2099-01, 2099-01-31) can only mean a day after `today`. */
export function isAfterToday(value: string, today: string): boolean {
  // The earliest day the value can mean: "2027" is 2027-01-01, "2027-03" is 2027-03-01.
  const earliest = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  return earliest > today;
}

/** The message for a date after today. */
function futureDate(value: string, today: string): string {
  return `"${value}" is after today (${today}): check the year and the date; the build goes on`;
}

/** Warnings for a statement's dates and times that lie after `now`. */
export function statementDateWarnings(file: string, data: StatementData, now: Date): ContentWarning[] {
  const today = latestToday(now);
  const warnings: ContentWarning[] = [];
  if (isAfterToday(data.date.value, today))
    warnings.push({ file, field: 'date.value', message: futureDate(data.date.value, today) });
  for (const field of ['published', 'modified'] as const) {
    const value = data[field];
    if (value !== undefined && instantOf(value) > now.getTime())
      warnings.push({
        file,
        field,
        message: `"${value}" is after the time the content was checked: check the year and the date; the build goes on`,
      });
  }
  return warnings;
}

/** Warnings for events dated after `now`, named by event id as the content check names their fields. */
export function eventDateWarnings(file: string, events: readonly ArchiveEvent[], now: Date): ContentWarning[] {
  const today = latestToday(now);
  return events
    .filter((event) => isAfterToday(event.date.value, today))
    .map((event) => ({ file, field: `${event.id}.date.value`, message: futureDate(event.date.value, today) }));
}

/** Megabytes, to one decimal place. */
const megabytes = (bytes: number) => `${(bytes / LARGE_COPY_BYTES).toFixed(1)} MB`;

/** A warning for a source copy over 1 MB, or undefined. */
export function largeCopyWarning(file: string, field: string, name: string, bytes: number): ContentWarning | undefined {
  if (bytes <= LARGE_COPY_BYTES) return undefined;
  return {
    file,
    field,
    message: `the copy ${name} is ${megabytes(bytes)} (over 1 MB): a copy is usually the statement's text, not a whole saved web page; check that it holds only what the page showed; the build goes on`,
  };
}

/** Formats warnings as one block for the terminal. */
export function formatWarnings(warnings: readonly ContentWarning[]): string {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return `Content check: ${count} (not errors; nothing was stopped):\n${warnings
    .map((w) => `  ${w.file} › ${w.field}: ${w.message}`)
    .join('\n')}`;
}
