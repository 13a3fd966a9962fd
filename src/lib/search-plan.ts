/**
 * What the archive asks Pagefind for a reader's query, and how it puts the
 * answers together, kept free of Pagefind and the DOM so it can be tested.
 *
 * Pagefind (1.6) matches every word of a query as a prefix of the indexed
 * stems, and a query wholly in quotes as adjacent words. Asked once for the
 * whole query, a lone "R" matches "responsible", "us" matches "use", and a
 * quoted phrase next to other words is not a phrase at all. So a query becomes
 * several Pagefind searches over the same index chunks (no further download),
 * in each language's index:
 *
 * - the words of three letters or more, loosely: the candidates, in Pagefind's
 *   order of relevance (or date); each must be held by the index (see
 *   PROBE_SUFFIX), or the index contributes nothing;
 * - each phrase, quoted word, short word ("US", "25") and dotted abbreviation
 *   ("U.S."), exactly: a statement must be in every one of these answers;
 * - every word of the query side by side, as a phrase: the statements that
 *   hold the words together and in the order typed rank before the others,
 *   each group in Pagefind's order. Pagefind answers this for the whole archive
 *   at once, before any result is shown, so paging never reorders results and
 *   a statement on a later page never belongs before one already shown.
 *
 * A one-letter word outside quotes (an initial) is never sent on its own: it
 * is neither a prefix nor a requirement ("Joseph R. Biden" finds "Joseph
 * Biden"), but it counts for words side by side and is marked where it stands
 * as a word. Which paragraphs of a statement match, and what is marked, is
 * decided by the text's own words (src/lib/search-text.ts), never by the
 * positions Pagefind reports: for a phrase those are its first occurrence only.
 */
import { parseQuery, type QueryTerm } from './search-text.ts';

/** The Pagefind searches one query needs. */
export interface SearchPlan {
  /** The words Pagefind matches loosely (prefixes of stems), all required: the candidates. Null when none. */
  loose: string | null;
  /** The same words one by one, each of which an index must hold (see PROBE_SUFFIX). */
  looseWords: string[];
  /** Quoted forms each candidate must also be found by, exactly. */
  exact: string[];
  /** The whole query as one phrase: statements found by it rank first. Null for one word or one phrase. */
  together: string | null;
}

/** A quoted form, which Pagefind searches as adjacent words, exactly. */
const quoted = (terms: readonly QueryTerm[]) => `"${terms.map((t) => t.text).join(' ')}"`;

/** The searches for a reader's query (see the module comment). */
export function searchPlan(raw: string): SearchPlan {
  const query = parseQuery(raw);
  const { terms } = query;
  const looseTerms = terms.filter((t) => !t.optional && t.key.length >= 3);
  const exact = new Set<string>();
  query.phraseTerms.forEach((indices) => exact.add(quoted(indices.map((i) => terms[i]!))));
  for (const term of terms) if (term.exact && !term.inPhrase && !term.optional) exact.add(quoted([term]));
  // A query of initials alone asks for them as words.
  if (looseTerms.length === 0 && exact.size === 0) for (const term of terms) exact.add(quoted([term]));
  const whole = quoted(terms);
  return {
    loose: looseTerms.length > 0 ? looseTerms.map((t) => t.text).join(' ') : null,
    looseWords: [...new Set(looseTerms.map((t) => t.text))],
    exact: [...exact],
    together: terms.length > 1 && !exact.has(whole) ? whole : null,
  };
}

/** True when the plan asks Pagefind anything at all. */
export function hasSearch(plan: SearchPlan): boolean {
  return plan.loose !== null || plan.exact.length > 0;
}

/** The candidates (ids in Pagefind's order) that every exact form also found. */
export function combineResults(candidates: readonly string[], required: readonly ReadonlySet<string>[]): string[] {
  return candidates.filter((id) => required.every((set) => set.has(id)));
}

/**
 * Letters no indexed word continues with. Where an index holds no word beginning with a query word,
 * Pagefind answers with the longest indexed word the query word begins with ("acuerdos" in English finds
 * every "a"). A query for the word followed by these letters always gets that answer, so when the two
 * find the same number of statements, and the word is not itself indexed, the index does not hold it.
 */
export const PROBE_SUFFIX = 'qxjzq';

/** Up to how many statements a word's two answers are compared statement by statement (see `holdsWord`). */
export const COMPARED_AT_MOST = 50;

/**
 * Whether an index (one period of one language) holds a word itself, or words that begin with it. Where it
 * holds neither, Pagefind answers with the longest indexed word the query begins with: "acuerdos" in
 * English finds every "a", "elecciones" in Spanish every "el"; so the word is missing whatever Pagefind
 * returns, and a query for it with PROBE_SUFFIX finds the same statements at the same words. Given how
 * many statements the word finds quoted (`exact`), loosely (`found`) and with the suffix (`probe`), and
 * where in them (`sameWords`, asked only when the counts cannot tell).
 */
export function holdsWord(exact: number, found: number, probe: number, sameWords: () => boolean): boolean {
  if (exact > 0) return true;
  if (found === 0) return false;
  if (found !== probe) return true;
  // As many statements either way: the same ones, at the same words, unless the index holds words
  // beginning with this one (a word being typed) that happen to be as many. Few are cheap to compare.
  if (found > COMPARED_AT_MOST) return false;
  return !sameWords();
}

/** A statement one index found, with Pagefind's score and whether it holds the query's words together. */
export interface Ranked {
  id: string;
  score: number;
  together: boolean;
}

/**
 * Several indexes' results in one order of relevance: those holding the query's words together first,
 * then by Pagefind's score (each index's own order is kept, as it is the same order).
 */
export function rankResults(lists: readonly (readonly Ranked[])[]): string[] {
  return lists
    .flat()
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) => Number(b.item.together) - Number(a.item.together) || b.item.score - a.item.score || a.order - b.order,
    )
    .map(({ item }) => item.id);
}

/**
 * Merges lists each in date order into one, reading the date of only the first item left in each list:
 * what a reader's next page of results needs, without knowing the dates of all the others.
 */
export async function* mergeByDate(
  lists: readonly (readonly string[])[],
  dateOf: (id: string) => Promise<string>,
  direction: 'asc' | 'desc',
): AsyncGenerator<string> {
  const queues = lists.map((list) => [...list]).filter((list) => list.length > 0);
  while (queues.length > 0) {
    const heads = await Promise.all(queues.map((queue) => dateOf(queue[0]!)));
    let best = 0;
    heads.forEach((date, i) => {
      const better = direction === 'desc' ? date > heads[best]! : date < heads[best]!;
      if (better) best = i;
    });
    yield queues[best]!.shift()!;
    if (queues[best]!.length === 0) queues.splice(best, 1);
  }
}
