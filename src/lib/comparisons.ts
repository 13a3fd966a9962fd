/**
 * Which statements the comparison view sets side by side: the editors'
 * curated comparisons, and, so that comparison grows with the archive without
 * a curated entry for each, every set of statements that report the same
 * event (their paragraphs are mentions of one event in content/events.yaml).
 */
import { compareDates, type StatementDateValue } from './dates.ts';
import type { ArchiveEvent, Comparison, EventMention } from './entities.ts';

/** One comparison as the page shows it, curated or found from a shared event. */
export interface ComparisonView {
  /** Anchor on the comparison page. */
  id: string;
  title: string;
  /** The statements compared, one column each, in this order. */
  statements: string[];
  /** The event each statement records, by statement slug. */
  records: Record<string, string>;
  /** The editors' framing, when they wrote one. */
  note?: string | undefined;
  /** `curated` from content/comparisons.yaml; `event` when found from an event the statements share. */
  source: 'curated' | 'event';
  /** For an event comparison: the paragraphs of the compared statements that mention the event, in column order. */
  mentions: EventMention[];
}

/** The key of an unordered pair of statements. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** Every unordered pair of a list's items. */
function pairsOf(list: readonly string[]): [string, string][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [string, string]));
}

/** The statements of a list in date order, oldest first (by `dateSortKey`), ties by slug. */
function oldestFirst(slugs: Iterable<string>, dateOf: ReadonlyMap<string, StatementDateValue>): string[] {
  return [...slugs].sort(
    (a, b) => compareDates(dateOf.get(a)!.value, dateOf.get(b)!.value) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/**
 * The comparisons of the archive: the curated ones first, as the editors
 * listed them; then, per event that two or more statements mention, those
 * statements side by side (oldest first), in the events' date order, unless
 * curated comparisons already set every pair of them side by side. Events
 * and comparisons naming statements not in `dateOf` are read without them.
 */
export function comparisonViews(
  curated: readonly Comparison[],
  events: readonly ArchiveEvent[],
  dateOf: ReadonlyMap<string, StatementDateValue>,
): ComparisonView[] {
  const covered = new Set(curated.flatMap((c) => pairsOf(c.statements).map(([a, b]) => pairKey(a, b))));
  const ids = new Set(curated.map((c) => c.id));
  const views: ComparisonView[] = curated.map((c) => ({
    id: c.id,
    title: c.title,
    statements: c.statements.filter((slug) => dateOf.has(slug)),
    records: c.records,
    note: c.note,
    source: 'curated',
    mentions: [],
  }));
  const byDate = [...events].sort((a, b) => compareDates(a.date.value, b.date.value) || a.id.localeCompare(b.id));
  for (const event of byDate) {
    const statements = oldestFirst(
      new Set(event.mentions.map((m) => m.statement).filter((s) => dateOf.has(s))),
      dateOf,
    );
    if (statements.length < 2) continue;
    if (pairsOf(statements).every(([a, b]) => covered.has(pairKey(a, b)))) continue;
    let id = `event-${event.id}`;
    while (ids.has(id)) id += '-x';
    ids.add(id);
    views.push({
      id,
      title: event.title,
      statements,
      records: Object.fromEntries(statements.map((s) => [s, event.id])),
      source: 'event',
      // In column order, so the page names them as it sets them out.
      mentions: event.mentions
        .filter((m) => statements.includes(m.statement))
        .sort((a, b) => statements.indexOf(a.statement) - statements.indexOf(b.statement) || a.paragraph - b.paragraph),
    });
  }
  return views;
}

/** For each statement, the comparisons it is in, for its "Compare with …" links. */
export function comparisonsByStatement(views: readonly ComparisonView[]): Map<string, ComparisonView[]> {
  const result = new Map<string, ComparisonView[]>();
  for (const view of views) {
    for (const slug of view.statements) {
      const list = result.get(slug);
      if (list) list.push(view);
      else result.set(slug, [view]);
    }
  }
  return result;
}
