/** The statement model the pages render: validated front matter plus the parsed text. */
import { paragraphsOf, parseBody, type Block, type ParagraphBlock } from './blocks.ts';
import { compareNewestFirst, type StatementDateValue } from './dates.ts';
import type { IndexedStatement } from './crosslinks.ts';
import { isTranscript, type StatementData } from './schema.ts';

export interface Statement {
  /** The permanent slug. */
  slug: string;
  /** Validated front matter. */
  data: StatementData;
  /** The transcription's blocks in source order. */
  blocks: Block[];
  /** The numbered paragraphs among the blocks. */
  paragraphs: ParagraphBlock[];
  /** Path of the transcription file, for the Markdown download. */
  file: string;
}

/** Builds a statement from its front matter, body and file path. */
export function toStatement(data: StatementData, body: string, file = ''): Statement {
  const blocks = parseBody(body, { transcript: isTranscript(data.type) });
  return { slug: data.slug, data, blocks, paragraphs: paragraphsOf(blocks), file };
}

/**
 * A statement whose text is read and parsed only when a page first needs it (then kept): a build
 * holds every statement's record, but only the text of the statements it renders, which in a build
 * in parts (src/lib/build-parts.ts) is its own years'.
 */
export function lazyStatement(data: StatementData, file: string, readBody: (file: string) => string): Statement {
  let blocks: Block[] | undefined;
  let paragraphs: ParagraphBlock[] | undefined;
  const parsed = () => (blocks ??= parseBody(readBody(file), { transcript: isTranscript(data.type) }));
  const statement = { slug: data.slug, data, file } as Statement;
  Object.defineProperty(statement, 'blocks', { enumerable: true, get: parsed });
  Object.defineProperty(statement, 'paragraphs', {
    enumerable: true,
    get: () => (paragraphs ??= paragraphsOf(parsed())),
  });
  return statement;
}

/** What the cross-link index needs of a statement: headline, standfirst and header bylines, and the text. */
export function indexedStatement(data: StatementData, blocks: Block[], file?: string): IndexedStatement {
  return {
    slug: data.slug,
    file,
    title: displayTitle(data),
    date: data.date,
    issuerEntity: data.issuer.entity,
    coIssuerEntities: data.coIssuers.flatMap((i) => (i.entity ? [i.entity] : [])),
    // A supplied title is the editors' words, not the source's: nothing in it is a mention.
    header: [
      data.titleBasis === 'supplied' ? '' : data.title,
      data.subtitle ?? '',
      ...data.bylines.filter((b) => b.placement === 'header').map((b) => b.text),
    ].filter(Boolean),
    blocks,
  };
}

/** Sorts statements newest first, ties broken by slug. */
export function sortNewestFirst<T extends { slug: string; data: { date: StatementDateValue } }>(
  list: readonly T[],
): T[] {
  return [...list].sort((a, b) =>
    compareNewestFirst({ slug: a.slug, date: a.data.date }, { slug: b.slug, date: b.data.date }),
  );
}

/** The chronologically earlier and later neighbours of a statement in a newest-first list. */
export function neighboursOf<T extends { slug: string }>(
  newestFirst: readonly T[],
  slug: string,
): { earlier?: T; later?: T } {
  const i = newestFirst.findIndex((s) => s.slug === slug);
  if (i < 0) return {};
  return { later: newestFirst[i - 1], earlier: newestFirst[i + 1] };
}

/** The lines a transcript's times are read from: those below its headline (place and time) and its closing lines. */
export function transcriptLines(data: Pick<StatementData, 'head' | 'closing'>): { header: string[]; close: string[] } {
  return { header: data.head.below.map((l) => l.text), close: data.closing.map((l) => l.text) };
}

/** The title as readers see it: a title the editors supplied in square brackets, as a supplied date is. */
export function displayTitle(data: { title: string; titleBasis?: 'source' | 'supplied' }): string {
  return data.titleBasis === 'supplied' ? `[${data.title}]` : data.title;
}

/** What pages show where the editors' one-line summary is not yet written. */
export const SUMMARY_PENDING = 'Summary not yet written by the editors.';

/** Reader-facing names of document types. */
export const typeLabels: Record<StatementData['type'], string> = {
  statement: 'Statement',
  readout: 'Readout',
  'news-article': 'News article',
  'press-release': 'Press release',
  'joint-statement': 'Joint statement',
  remarks: 'Remarks',
  'press-briefing': 'Press briefing',
  interview: 'Interview',
  communique: 'Communiqué',
  'fact-sheet': 'Fact sheet',
};

/** Explains a line of source page furniture that a reader might otherwise misread, or returns null. */
export function glossFurniture(line: string): string | null {
  if (/\[email\s+protected\]/u.test(line)) {
    return 'an e-mail address hidden by the source site’s e-mail protection when the page was copied';
  }
  return null;
}
