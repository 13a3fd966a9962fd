/** What the topic pages show: the topic index with counts, and each topic's passages across the archive. */
import type { Archive } from '../archive.ts';
import { IN_CONTEXT_LIMIT } from '../crosslinks.ts';
import type { Topic } from '../entities.ts';
import type { Statement } from '../statement.ts';
import { handOff, type HandOff } from './hand-off.ts';
import { rowAnchor } from './compare.ts';
import { count, plural, splitLatest } from './shared.ts';

/** A statement with the paragraphs of it that a list points to. */
export interface StatementParagraphs {
  statement: Statement;
  paragraphs: number[];
}

/** One topic's page. */
export interface TopicPage {
  topic: Topic;
  description: string;
  /** The latest statements about the topic, quoted in full. */
  quoted: StatementParagraphs[];
  /** The earlier statements about it, handed to a search. */
  more: HandOff | undefined;
  /** Statements that do not mention it: listed when few, else counted in `silentNote`. */
  silent: Statement[];
  silentNote: string | undefined;
  /** The comparisons that set statements about this topic side by side, each with its row for the topic. */
  comparisons: { title: string; anchor: string }[];
  /** How many more comparisons address it than are listed, for a page that stays small. */
  moreComparisons: number;
}

/**
 * The page of one topic, or undefined for an id the archive does not hold: the latest `limit` statements
 * about it quoted, the rest handed to a search, so the page stays the same size at any size of archive.
 */
export function topicPage(archive: Archive, id: string, limit = IN_CONTEXT_LIMIT): TopicPage | undefined {
  const topic = archive.data.topics.find((t) => t.id === id);
  if (!topic) return undefined;
  const byStatement = archive.index.topicPassages.get(id) ?? new Map<string, number[]>();
  const covering = archive.statements
    .filter((s) => byStatement.has(s.slug))
    .map((statement) => ({ statement, paragraphs: byStatement.get(statement.slug) ?? [] }));
  const { latest, rest } = splitLatest(covering, limit);
  const silentAll = archive.statements.filter((s) => !byStatement.has(s.slug));
  const fewSilent = silentAll.length <= limit;
  const comparing = archive.comparisons.filter((c) => c.statements.some((slug) => byStatement.has(slug)));
  return {
    topic,
    comparisons: comparing.slice(0, limit).map((c) => ({ title: c.title, anchor: rowAnchor(c.id, topic.id) })),
    moreComparisons: Math.max(0, comparing.length - limit),
    description: `${topic.name}: every paragraph of the archive's statements about it, quoted and linked.`,
    quoted: latest,
    more: handOff(
      rest.length,
      (n) => `${count(n, 'earlier statement')} ${plural(n, 'addresses', 'address')} ${topic.name}.`,
      'Search them',
      { filters: { topic: [topic.name] } },
    ),
    silent: fewSilent ? silentAll : [],
    silentNote: fewSilent
      ? undefined
      : `${count(silentAll.length, 'other statement')} ${plural(silentAll.length, 'is')} not tagged with this topic.`,
  };
}

/** One line of the topic index. */
export interface TopicIndexEntry {
  topic: Topic;
  paragraphs: number;
  statements: number;
  /** "3 paragraphs in 2 statements". */
  note: string;
}

/** The topic index, alphabetical, each topic with how much of the archive addresses it. */
export function topicIndex(archive: Archive): TopicIndexEntry[] {
  return [...archive.data.topics]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((topic) => {
      const byStatement = archive.index.topicPassages.get(topic.id) ?? new Map<string, number[]>();
      const paragraphs = [...byStatement.values()].reduce((n, list) => n + list.length, 0);
      const statements = byStatement.size;
      return {
        topic,
        paragraphs,
        statements,
        note: `${count(paragraphs, 'paragraph')} in ${count(statements, 'statement')}`,
      };
    });
}
