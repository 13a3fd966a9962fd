/**
 * Picks search queries from the content itself, so the search tests work on
 * any archive: a word only one paragraph of one statement has, and a word
 * several statements share. Pagefind stems words and matches the last one as
 * a prefix, so "only" is judged by a word's first letters, across the whole
 * statement file (front matter included), lower-cased.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsOf } from '../../src/lib/blocks.ts';
import { ROOT, type ContentStatement } from './site.ts';

/** Letters that identify a word for Pagefind's stemming and prefix matching: generous, as "working" stems to "work". */
const stemOf = (word: string) => word.toLowerCase().slice(0, Math.max(4, Math.min(6, word.length - 4)));

/** Plain ASCII words long enough to be distinctive; diacritics and digits are left to the fixture tests. */
const wordsIn = (text: string) => text.match(/\b[A-Za-z]{7,}\b/gu) ?? [];

const rawCache = new Map<string, string>();

/** The whole statement file, lower-cased. */
function rawOf(statement: ContentStatement): string {
  let raw = rawCache.get(statement.file);
  if (raw === undefined) {
    raw = readFileSync(join(ROOT, statement.file), 'utf8').toLowerCase();
    rawCache.set(statement.file, raw);
  }
  return raw;
}

/** How many times a piece of text occurs in another. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** A word of one paragraph of a statement that nothing else in the archive has, with that paragraph's number. */
export function rareWord(
  statement: ContentStatement,
  all: readonly ContentStatement[],
): { word: string; paragraph: number } | undefined {
  const others = all.filter((s) => s.slug !== statement.slug).map(rawOf);
  const own = rawOf(statement);
  for (const p of paragraphsOf(statement.blocks)) {
    for (const word of wordsIn(p.text)) {
      const stem = stemOf(word);
      if (occurrences(own, stem) !== 1 || occurrences(p.text.toLowerCase(), stem) !== 1) continue;
      if (others.some((raw) => raw.includes(stem))) continue;
      return { word, paragraph: p.n };
    }
  }
  return undefined;
}

/** A word in the paragraphs of at least two statements, and exactly the statements whose files have it. */
export function sharedWord(
  all: readonly ContentStatement[],
): { word: string; statements: ContentStatement[] } | undefined {
  const seen = new Set<string>();
  for (const statement of all) {
    for (const p of paragraphsOf(statement.blocks)) {
      for (const word of wordsIn(p.text)) {
        const stem = stemOf(word);
        if (seen.has(stem)) continue;
        seen.add(stem);
        const inFiles = all.filter((s) => rawOf(s).includes(stem));
        const inText = all.filter((s) =>
          paragraphsOf(s.blocks).some((q) => new RegExp(`\\b${word}\\b`, 'iu').test(q.text)),
        );
        if (inText.length >= 2 && inFiles.length === inText.length) return { word, statements: inText };
      }
    }
  }
  return undefined;
}
