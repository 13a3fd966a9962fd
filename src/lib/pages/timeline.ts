/** What the timeline pages show: the statements and the dated events they mention, whole or a year at a time. */
import type { Archive } from '../archive.ts';
import { displayTitle } from '../statement.ts';
import { buildTimeline, TIMELINE_PAGE_LIMIT, timelineYears, type TimelineEntry } from '../timeline.ts';
import { count } from './shared.ts';

/** The whole timeline of an archive. */
function timelineOf(archive: Archive): TimelineEntry[] {
  return buildTimeline(
    archive.statements.map((s) => ({ slug: s.slug, title: displayTitle(s.data), date: s.data.date })),
    archive.data.events,
  );
}

/** The timeline page: the year links, and every entry when the timeline fits on one page. */
export function timelinePage(archive: Archive): {
  years: { year: string; note: string }[];
  /** Every entry, or none when the timeline is read a year at a time. */
  entries: TimelineEntry[];
  onePage: boolean;
} {
  const entries = timelineOf(archive);
  // A long timeline is read a year at a time, so no page grows with the archive.
  const onePage = entries.length <= TIMELINE_PAGE_LIMIT;
  return {
    years: timelineYears(entries).map((y) => ({
      year: y.year,
      note: `${count(y.statements, 'statement')}, ${count(y.events, 'event')}`,
    })),
    entries: onePage ? entries : [],
    onePage,
  };
}

/** One year's timeline page, with its neighbouring years. */
export interface TimelineYearPage {
  year: string;
  entries: TimelineEntry[];
  earlier: string | undefined;
  later: string | undefined;
}

/** Every year's timeline page, oldest first. */
export function timelineYearPages(archive: Archive): TimelineYearPage[] {
  const entries = timelineOf(archive);
  const years = timelineYears(entries);
  return years.map((y, i) => ({
    year: y.year,
    entries: entries.filter((e) => e.date.value.startsWith(y.year)),
    earlier: years[i - 1]?.year,
    later: years[i + 1]?.year,
  }));
}
