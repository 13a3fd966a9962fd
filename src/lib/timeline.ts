/**
 * The timeline: statements (dated as given or supplied) and the events they
 * mention, in one chronological list, each date at its own precision.
 */
import type { DatePrecision, StatementDateValue } from './dates.ts';
import { compareDates, precisionOf } from './dates.ts';
import type { ArchiveEvent, EventMention } from './entities.ts';

/** One entry on the timeline. */
export interface TimelineEntry {
  /** `statement` for a document in the archive, `event` for something a statement mentions. */
  kind: 'statement' | 'event';
  id: string;
  title: string;
  date: StatementDateValue & { precision: DatePrecision };
  /**
   * For events: the paragraphs that mention it, each with that statement's own
   * words for the date, if any (never another statement's). For statements: none.
   */
  mentions: EventMention[];
}

/**
 * Builds the chronological timeline, ordered by `dateSortKey`; at equal dates
 * statements come before the events they report.
 */
export function buildTimeline(
  statements: readonly { slug: string; title: string; date: StatementDateValue }[],
  events: readonly ArchiveEvent[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...statements.map((s) => ({
      kind: 'statement' as const,
      id: s.slug,
      title: s.title,
      date: { ...s.date, precision: precisionOf(s.date.value) ?? 'day' },
      mentions: [],
    })),
    ...events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      title: e.title,
      date: {
        basis: e.date.basis,
        value: e.date.value,
        precision: precisionOf(e.date.value) ?? 'day',
      },
      mentions: e.mentions,
    })),
  ];
  // An imprecise date sorts after the precise dates of its period: "[June 2023]" after 12 June 2023.
  return entries.sort(
    (a, b) =>
      compareDates(a.date.value, b.date.value) ||
      (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'statement' ? -1 : 1),
  );
}

/** Entries up to which the whole timeline is one page; a longer one is read a year at a time. */
export const TIMELINE_PAGE_LIMIT = 300;

/** One year of the timeline, for the year index. */
export interface TimelineYear {
  year: string;
  statements: number;
  events: number;
}

/** The years of a timeline in chronological order, with how many statements and events each holds. */
export function timelineYears(entries: readonly TimelineEntry[]): TimelineYear[] {
  const years = new Map<string, TimelineYear>();
  for (const entry of entries) {
    const year = entry.date.value.slice(0, 4);
    const counts = years.get(year) ?? { year, statements: 0, events: 0 };
    if (entry.kind === 'statement') counts.statements += 1;
    else counts.events += 1;
    years.set(year, counts);
  }
  return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}
