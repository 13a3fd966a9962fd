/**
 * The timeline: statements (dated as given or supplied) and the events they
 * mention, in one chronological list, each date at its own precision.
 */
import type { DatePrecision, StatementDateValue } from './dates.ts';
import { precisionOf } from './dates.ts';
import type { ArchiveEvent } from './entities.ts';

/** One entry on the timeline. */
export interface TimelineEntry {
  /** `statement` for a document in the archive, `event` for something a statement mentions. */
  kind: 'statement' | 'event';
  id: string;
  title: string;
  date: StatementDateValue & { precision: DatePrecision; wording?: string };
  /** For events: the paragraphs that mention it. For statements: none. */
  mentions: { statement: string; paragraph: number }[];
}

/** Builds the chronological timeline; at equal dates statements come before the events they report. */
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
        wording: e.date.wording,
      },
      mentions: e.mentions,
    })),
  ];
  const key = (e: TimelineEntry) => e.date.value.padEnd(10, '-00');
  return entries.sort(
    (a, b) =>
      key(a).localeCompare(key(b)) || (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'statement' ? -1 : 1),
  );
}
