/** What the timeline pages show: the statements and the dated events they mention, whole or a year at a time. */
import type { Archive } from '../archive.ts';
import { formatIsoDate } from '../dates.ts';
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

/** One page of a year's timeline, with its neighbouring years and, in a long year, its neighbouring parts. */
export interface TimelineYearPage {
  year: string;
  /** Which part of the year this is, from 1, and how many there are. */
  part: number;
  parts: number;
  /** "Part 2 of 3: 14 March 2024 to 2 July 2024", when the year has several parts. */
  partLabel: string | undefined;
  entries: TimelineEntry[];
  earlier: string | undefined;
  later: string | undefined;
}

/** Entries on one page of a year's timeline: a long year is read in parts of this many, so no page grows with the archive. */
export const TIMELINE_PART_SIZE = TIMELINE_PAGE_LIMIT;

/** Every page of every year's timeline, oldest first. */
export function timelineYearPages(archive: Archive, partSize = TIMELINE_PART_SIZE): TimelineYearPage[] {
  const entries = timelineOf(archive);
  const years = timelineYears(entries);
  return years.flatMap((y, i) => {
    const own = entries.filter((e) => e.date.value.startsWith(y.year));
    const parts = Math.max(1, Math.ceil(own.length / partSize));
    return Array.from({ length: parts }, (_, p) => {
      const slice = own.slice(p * partSize, (p + 1) * partSize);
      return {
        year: y.year,
        part: p + 1,
        parts,
        partLabel:
          parts > 1
            ? `Part ${p + 1} of ${parts}: ${formatIsoDate(slice[0]!.date.value)} to ${formatIsoDate(slice.at(-1)!.date.value)}`
            : undefined,
        entries: slice,
        earlier: years[i - 1]?.year,
        later: years[i + 1]?.year,
      };
    });
  });
}
