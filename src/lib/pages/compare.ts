/** What the comparison page shows: for each comparison, its columns, the coverage chart and the passages by topic. */
import type { Archive } from '../archive.ts';
import type { ComparisonView } from '../comparisons.ts';
import type { ArchiveEvent, Topic } from '../entities.ts';
import type { Statement } from '../statement.ts';
import { columnLetter, count } from './shared.ts';

/** One statement of a comparison, as a lettered column. */
export interface CompareColumn {
  letter: string;
  statement: Statement;
  /** The event this statement records, in an event comparison. */
  records: ArchiveEvent | undefined;
  /** How many of the comparison's topics this statement addresses. */
  covered: number;
}

/**
 * A paragraph under a topic: quoted in full the first time the comparison reaches it (`quotedUnder`
 * undefined), named with a link to that quotation under every later topic the editors tagged it with.
 */
export interface ComparePassage {
  n: number;
  /** The earlier topic it is quoted under, when it is not quoted here. */
  quotedUnder: Topic | undefined;
  /** Every topic the editors tagged the paragraph with, in the comparison's order: what links it to each row. */
  topics: Topic[];
}

/** One topic row: the paragraphs of each column's statement about it. */
export interface CompareRow {
  topic: Topic;
  cells: { paragraphs: number[]; label: string; passages: ComparePassage[] }[];
}

/** The anchor of a paragraph's one quotation in a comparison: `harris-giammattei-a-p2`. */
export function passageAnchor(comparisonId: string, letter: string, n: number): string {
  return `${comparisonId}-${letter.toLowerCase()}-p${n}`;
}

/** The anchor of a topic's row in a comparison, which topic pages link to: `harris-giammattei-migration`. */
export function rowAnchor(comparisonId: string, topicId: string): string {
  return `${comparisonId}-${topicId}`;
}

/** One comparison, ready to render. */
export interface ComparisonSection {
  comparison: ComparisonView;
  columns: CompareColumn[];
  rows: CompareRow[];
  /** The event an automatic comparison is built on. */
  shared: ArchiveEvent | undefined;
  /** The coverage chart's caption: what each column addresses. */
  caption: string;
  /** For an event comparison: where each statement mentions the event, and in what words. */
  mentions: { slug: string; paragraph: number; issuer: string; wording: string | undefined }[];
}

/** The comparison page: every comparison, with only the topics some statement in it addresses. */
export function comparePage(archive: Archive): { comparisons: ComparisonSection[] } {
  const { data, index, bySlug } = archive;
  const events = new Map(data.events.map((e) => [e.id, e]));
  const comparisons = archive.comparisons.map((comparison) => {
    const statements = comparison.statements.flatMap((slug) => bySlug.get(slug) ?? []);
    const topicRows = data.topics
      .map((topic) => ({
        topic,
        paragraphs: statements.map((s) => index.topicPassages.get(topic.id)?.get(s.slug) ?? []),
      }))
      .filter((row) => row.paragraphs.some((list) => list.length > 0));
    // Each statement's paragraphs, once each: the first row that reaches a paragraph quotes it.
    const rows = topicRows.map((row, r) => ({
      topic: row.topic,
      cells: row.paragraphs.map((paragraphs, i) => ({
        paragraphs,
        label: count(paragraphs.length, 'paragraph'),
        passages: paragraphs.map((n) => ({
          n,
          quotedUnder: topicRows.slice(0, r).find((earlier) => earlier.paragraphs[i]!.includes(n))?.topic,
          topics: topicRows.filter((other) => other.paragraphs[i]!.includes(n)).map((other) => other.topic),
        })),
      })),
    }));
    const columns = statements.map((statement, i) => ({
      letter: columnLetter(i),
      statement,
      records: events.get(comparison.records[statement.slug] ?? ''),
      covered: rows.filter((row) => row.cells[i]!.paragraphs.length > 0).length,
    }));
    // The event an automatic comparison is built on: every statement in it records the same one.
    const shared = comparison.source === 'event' ? events.get(Object.values(comparison.records)[0] ?? '') : undefined;
    const caption = columns
      .map(
        (c) => `${c.letter} (${c.statement.data.issuer.name}) addresses ${c.covered} of ${count(rows.length, 'topic')}`,
      )
      .join('; ');
    const mentions = comparison.mentions.map((m) => ({
      slug: m.statement,
      paragraph: m.paragraph,
      issuer: bySlug.get(m.statement)?.data.issuer.name ?? m.statement,
      wording: m.wording,
    }));
    return { comparison, columns, rows, shared, caption, mentions };
  });
  return { comparisons };
}
