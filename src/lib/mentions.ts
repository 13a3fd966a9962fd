/**
 * Finding where statements name people, organisations and places, from the
 * aliases the editors list. Matching is case-insensitive, on whole words
 * ("Guatemala" is not found in "Guatemalan"), tolerant of the source's
 * no-break and double spaces, and counts possessives ("Harris’s").
 */
import type { EntityKind } from './entities.ts';

/** One alias: the words a text may use, and what they refer to. */
export interface AliasEntry {
  alias: string;
  entity: string;
  kind: EntityKind;
}

/** One place where a text names an entity. */
export interface Mention {
  entity: string;
  kind: EntityKind;
  /** The alias that matched. */
  alias: string;
  /** The text exactly as it appears in the source. */
  text: string;
  start: number;
  end: number;
}

const cache = new Map<string, RegExp>();

/** A regular expression matching an alias as whole words, any whitespace between its words. */
export function aliasPattern(alias: string): RegExp {
  let pattern = cache.get(alias);
  if (!pattern) {
    const body = alias
      .trim()
      .split(/\s+/u)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(alias, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Finds every mention in a text. Where matches of the same kind overlap, the
 * longest wins ("Guatemala City" over "Guatemala"); matches of different
 * kinds may nest ("Government of Guatemala" names an organisation and a
 * place).
 */
export function findMentions(text: string, aliases: readonly AliasEntry[]): Mention[] {
  const candidates: Mention[] = [];
  for (const entry of aliases) {
    for (const match of text.matchAll(aliasPattern(entry.alias))) {
      const start = match.index;
      candidates.push({ ...entry, text: match[0], start, end: start + match[0].length });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Mention[] = [];
  for (const candidate of candidates) {
    const clash = accepted.some((m) => m.kind === candidate.kind && m.start < candidate.end && candidate.start < m.end);
    if (!clash) accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** True when a text contains an alias at least once. */
export function containsAlias(text: string, alias: string): boolean {
  return aliasPattern(alias).test(text);
}

/**
 * The sentence around a span of text, for showing a mention in context.
 * Sentences end at ., ! or ? (with any closing quote) before whitespace and a
 * capital or opening quote, except after initialisms such as "U.S.".
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundaries = [0];
  const pattern = /[.!?][”’"')]*\s+(?=[“‘"'(\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index + 1);
    if (/(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(before)) continue;
    boundaries.push(match.index + match[0].length);
  }
  boundaries.push(text.length);
  let from = 0;
  let to = text.length;
  for (const b of boundaries) {
    if (b <= start) from = b;
    if (b >= end) {
      to = b;
      break;
    }
  }
  return text.slice(from, to).trim();
}
