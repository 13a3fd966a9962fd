/**
 * Finding where statements name people, organisations and places, from the
 * aliases the editors list. Matching is on whole words ("Guatemala" is not
 * found in "Guatemalan"), tolerant of the source's no-break and double
 * spaces, and counts possessives ("Harris’s"). It ignores case, except for
 * short abbreviations and ordinary words, which match only as written or in
 * capitals ("US", "China"; see `alias-rules.ts`).
 */
import { aliasRule } from './alias-rules.ts';
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

/**
 * A regular expression matching an alias's words, any whitespace between
 * them, ignoring case unless the alias's rule says otherwise. Whole-word boundaries are checked by `aliasMatches`:
 * written into each pattern as Unicode lookarounds, they made every one of
 * thousands of patterns slow to compile.
 */
export function aliasPattern(alias: string): RegExp {
  let pattern = cache.get(alias);
  if (!pattern) {
    const words = (text: string) =>
      text
        .trim()
        .split(/\s+/u)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\-]/gu, '\\$&'))
        .join('\\s+');
    pattern =
      aliasRule(alias).match === 'any-case'
        ? new RegExp(words(alias), 'gi')
        : new RegExp(`${words(alias)}|${words(alias.toUpperCase())}`, 'g');
    cache.set(alias, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character ending just before `index` is a letter or digit. */
function wordBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** True when the character starting at `index` is a letter or digit. */
function wordAt(text: string, index: number): boolean {
  return index < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Every whole-word match of an alias in a text: not inside a longer word ("Guatemala" in "Guatemalan"). */
export function* aliasMatches(text: string, alias: string): Generator<{ index: number; text: string }> {
  const pattern = aliasPattern(alias);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (wordBefore(text, match.index) || wordAt(text, end)) {
      // A match that fails the boundary test may overlap one that passes: look again one step on.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    yield { index: match.index, text: match[0] };
  }
}

/**
 * Aliases indexed by their most distinctive pair of neighbouring words (or,
 * for a one-word alias, word), so a text is only tried against the aliases
 * whose words it holds side by side: with thousands of entities, trying every
 * alias on every paragraph would dominate the build, and at 100,000
 * statements even the aliases sharing one first name or surname would.
 */
export interface AliasMatcher {
  /** One-word aliases, by their word. */
  byWord: Map<string, AliasEntry[]>;
  /** Longer aliases, by the pair of neighbouring words (`"keiko z"`) that fewest aliases share. */
  byPair: Map<string, AliasEntry[]>;
  /** Each alias's place in the list it came from: ties between matches go to the earlier alias. */
  order: Map<AliasEntry, number>;
  /** Each alias's words, lower-cased: an alias is only tried on a text that has all of them. */
  words: Map<AliasEntry, string[]>;
  /** Aliases without a letter or digit, tried on every text. */
  always: AliasEntry[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text, lower-cased, and each pair of neighbouring words. A match of an alias is bounded by
 * non-word characters (aliasMatches), so its words are the alias's, side by side, in the text too.
 */
function wordsAndPairs(text: string): { words: string[]; pairs: string[] } {
  const words = text.toLowerCase().match(WORD) ?? [];
  return { words, pairs: words.slice(1).map((word, i) => `${words[i]} ${word}`) };
}

/** Adds a value to a list in a map, creating the list. */
function file<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes a list of aliases for repeated matching, each under its pair of words (or word) that fewest aliases share. */
export function createMatcher(aliases: readonly AliasEntry[]): AliasMatcher {
  const matcher: AliasMatcher = {
    byWord: new Map(),
    byPair: new Map(),
    order: new Map(),
    words: new Map(),
    always: [],
  };
  const shared = new Map<string, number>();
  const keys = new Map<AliasEntry, string[]>();
  for (const entry of aliases) {
    const { words, pairs } = wordsAndPairs(entry.alias);
    matcher.order.set(entry, matcher.order.size);
    matcher.words.set(entry, [...new Set(words)]);
    const own = [...new Set(pairs.length > 0 ? pairs : words)];
    keys.set(entry, own);
    for (const key of own) shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  for (const entry of aliases) {
    const own = keys.get(entry)!;
    if (own.length === 0) {
      matcher.always.push(entry);
      continue;
    }
    const key = own.reduce((best, k) => (shared.get(k)! < shared.get(best)! ? k : best));
    file(key.includes(' ') ? matcher.byPair : matcher.byWord, key, entry);
  }
  return matcher;
}

/** Every match of every alias in a text, overlapping ones included. */
export function candidateMentions(text: string, matchers: readonly AliasMatcher[]): Mention[] {
  const found = wordsAndPairs(text);
  const words = new Set(found.words);
  const pairs = new Set(found.pairs);
  const candidates: Mention[] = [];
  for (const matcher of matchers) {
    const entries = [...matcher.always];
    for (const [keys, index] of [
      [words, matcher.byWord],
      [pairs, matcher.byPair],
    ] as const) {
      for (const key of keys) {
        for (const entry of index.get(key) ?? [])
          if (matcher.words.get(entry)!.every((w) => words.has(w))) entries.push(entry);
      }
    }
    entries.sort((a, b) => matcher.order.get(a)! - matcher.order.get(b)!);
    for (const entry of entries) {
      for (const match of aliasMatches(text, entry.alias)) {
        const start = match.index;
        candidates.push({ ...entry, text: match.text, start, end: start + match.text.length });
      }
    }
  }
  return candidates;
}

/**
 * Finds every mention in a text. Where matches overlap, of any kind, only the
 * longest counts: "U.S. President Joe Biden" names a person, not also the
 * United States; "Central America Forward" a programme, not also a region. A
 * shorter alias still counts wherever it occurs on its own.
 */
export function findMentions(text: string, aliases: readonly AliasEntry[]): Mention[] {
  return resolveOverlaps(candidateMentions(text, [createMatcher(aliases)]));
}

/**
 * Keeps, of overlapping matches, the longest (then the first). The same words
 * listed as aliases of entities of two kinds both count: neither is shorter.
 */
export function resolveOverlaps(candidates: Mention[]): Mention[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Mention[] = [];
  for (const candidate of candidates) {
    const clash = accepted.some(
      (m) =>
        m.start < candidate.end &&
        candidate.start < m.end &&
        !(m.kind !== candidate.kind && m.start === candidate.start && m.end === candidate.end),
    );
    if (!clash) accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** True when a text contains an alias at least once. */
export function containsAlias(text: string, alias: string): boolean {
  return !aliasMatches(text, alias).next().done;
}

/**
 * The sentence around a span of text, for showing a mention in context.
 * Sentences end at ., ! or ? (with any closing quote) before whitespace and a
 * capital or opening quote, except after initialisms such as "U.S.".
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundaries = sentenceBoundaries(text);
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

let lastText: string | undefined;
let lastBoundaries: number[] = [];

/** Where the sentences of a text start, and its end; remembered for the text last asked about. */
function sentenceBoundaries(text: string): number[] {
  // A paragraph with several mentions asks for the same boundaries several times in a row.
  if (text === lastText) return lastBoundaries;
  const boundaries = [0];
  const pattern = /[.!?][”’"')]*\s+(?=[“‘"'(\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    // Only the few characters before the full stop can make an initialism such as "U.S.".
    const from = Math.max(0, match.index - 16);
    const before = text.slice(from, match.index + 1);
    const initialism = from === 0 ? /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u : /[\s(](?:\p{Lu}\.){2,}$/u;
    if (initialism.test(before)) continue;
    boundaries.push(match.index + match[0].length);
  }
  boundaries.push(text.length);
  lastText = text;
  lastBoundaries = boundaries;
  return boundaries;
}
