/**
 * A translation read beside its original, paragraph against paragraph: row N
 * holds paragraph N of each, each linked to its place on its own page. Where
 * the two texts number their paragraphs differently the rows still pair
 * numbers, and the page says the counts differ.
 */
import type { Archive } from '../archive.ts';
import type { ParagraphBlock } from '../blocks.ts';
import { formatStatementDate } from '../dates.ts';
import { languageName } from '../languages.ts';
import { displayTitle, type Statement } from '../statement.ts';
import { routes } from '../urls.ts';
import type { SiteUrls } from './shared.ts';

/** One side of the reading: a statement, its language and its link. */
export interface Side {
  title: string;
  href: string;
  lang: string;
  language: string;
  issuer: string;
  date: string;
}

/** A row: the paragraphs numbered N in each text (either may be missing) and their links. */
export interface SideBySideRow {
  n: number;
  original?: { block: ParagraphBlock; href: string };
  translation?: { block: ParagraphBlock; href: string };
}

/** Everything the side-by-side page renders. */
export interface SideBySidePage {
  path: string;
  title: string;
  description: string;
  original: Side;
  translation: Side & { by: string };
  rows: SideBySideRow[];
  /** Set when the two texts have different numbers of paragraphs. */
  counts?: { original: number; translation: number };
}

/** One side of the reading. */
function sideOf(statement: Statement, site: SiteUrls): Side {
  return {
    title: displayTitle(statement.data),
    href: site.link(routes.statement(statement.slug)),
    lang: statement.data.language,
    language: languageName(statement.data.language),
    issuer: statement.data.issuer.name,
    date: formatStatementDate(statement.data.date),
  };
}

/** Pairs two texts' paragraphs by number. */
export function pairParagraphs(
  original: readonly ParagraphBlock[],
  translation: readonly ParagraphBlock[],
): { n: number; original?: ParagraphBlock; translation?: ParagraphBlock }[] {
  const rows = Math.max(original.length, translation.length);
  return Array.from({ length: rows }, (_, i) => ({
    n: i + 1,
    ...(original[i] && { original: original[i] }),
    ...(translation[i] && { translation: translation[i] }),
  }));
}

/** The side-by-side page of a translation, or undefined when the statement is not one (or its original is missing). */
export function sideBySidePage(archive: Archive, slug: string, site: SiteUrls): SideBySidePage | undefined {
  const translation = archive.bySlug.get(slug);
  const of = translation?.data.translation;
  const original = of ? archive.bySlug.get(of.of) : undefined;
  if (!translation || !of || !original) return undefined;
  const link = (s: Statement, n: number) => site.link(routes.paragraph(s.slug, n));
  const rows = pairParagraphs(original.paragraphs, translation.paragraphs).map((row) => ({
    n: row.n,
    ...(row.original && { original: { block: row.original, href: link(original, row.n) } }),
    ...(row.translation && { translation: { block: row.translation, href: link(translation, row.n) } }),
  }));
  const counts =
    original.paragraphs.length === translation.paragraphs.length
      ? undefined
      : { original: original.paragraphs.length, translation: translation.paragraphs.length };
  const title = `${displayTitle(original.data)}: ${languageName(original.data.language)} and ${languageName(translation.data.language)} side by side`;
  return {
    path: routes.sideBySide(slug),
    title,
    description: `The ${languageName(translation.data.language)} translation by ${of.by} beside the ${languageName(original.data.language)} original, paragraph against paragraph.`,
    original: sideOf(original, site),
    translation: { ...sideOf(translation, site), by: of.by },
    rows,
    ...(counts && { counts }),
  };
}
