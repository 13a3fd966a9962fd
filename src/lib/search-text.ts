/**
 * How the search reads diplomatic text: the query a reader types and the words
 * of a statement are reduced to the same keys, so a figure with its currency
 * sign, a hyphenated compound, a dotted abbreviation or a name typed with a
 * straight apostrophe find, and mark, the words the source prints. This is the
 * one matching rule: the search page lists and marks the paragraphs it finds,
 * and the statement page marks them on arrival (src/scripts/highlight.ts).
 *
 * Pagefind 1.6 (checked on a built index) indexes a word with its punctuation
 * removed ("anti-corruption" → anticorruption, "$44.5" → 445, "40,000" →
 * 40000, "U.S." → us, "4:02" → 402) and, for hyphenated words, also each part
 * (anti, corruption); it folds case and accents in the index and in queries
 * ("migración" and "migracion" find each other), and stems words by the
 * page's language. Its query parser does the same except that it keeps a
 * currency sign ("$44.5" → $445, which nothing matches), and a word joined to a
 * currency sign ("US$4.2" → us42) cannot be found by its figure. Every word of
 * a query is matched as a prefix of the indexed stems, so a lone "R" matches
 * "responsible"; only a query wholly in quotes is matched exactly, as adjacent
 * words, and then Pagefind reports only the first place it occurs in a page.
 * What the archive asks Pagefind, and why, is in src/lib/search-plan.ts.
 */

/** Currency signs readers type before figures; Pagefind's query parser keeps them, its indexer drops them. */
const CURRENCY = /[$€£¥₡₹¢]/gu;

/** Characters that join the parts of one written word: hyphens and dashes inside compounds, slashes. */
const JOINERS = /[-‐‑‒–/]/u;

/** Lower case, accents removed, typographic apostrophes and quotes made straight. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ′`´]/gu, "'")
    .replace(/[“”„″]/gu, '"')
    .toLowerCase();
}

/** The key of a written word: folded, every character that is not a letter or digit removed ("U.S." → us). */
export function wordKey(word: string): string {
  return foldText(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Every key a written word can be found by: the whole word, and its parts
 * where hyphens, slashes or a currency sign join them ("US$4.2" → us42, us,
 * 42; "anti-corruption" → anticorruption, anti, corruption).
 */
export function wordKeys(word: string): string[] {
  const keys = new Set<string>();
  const whole = wordKey(word);
  if (whole) keys.add(whole);
  for (const part of word.replace(CURRENCY, ' ').split(new RegExp(`${JOINERS.source}|\\s`, 'u'))) {
    const key = wordKey(part);
    if (key) keys.add(key);
  }
  return [...keys];
}

/** One word of a query, as the reader typed it and as a key. */
export interface QueryTerm {
  /** The reader's own spelling, kept for the URL and the announcement. */
  text: string;
  /** Its key, compared with the keys of the statement's words. */
  key: string;
  /** True inside quotes, for a short word and for a dotted abbreviation: it matches exactly, never as a prefix. */
  exact: boolean;
  /** True for a word of a quoted phrase of several words, which matches only with its neighbours. */
  inPhrase: boolean;
  /**
   * True for a one-letter word outside quotes (an initial: the "R." of "Joseph R. Biden"): it is marked
   * where it stands as a word and counts for words side by side, but a statement need not have it.
   */
  optional: boolean;
}

/** A query read into words and quoted phrases. */
export interface ParsedQuery {
  terms: QueryTerm[];
  /** Quoted phrases, each as the keys of its words in order. */
  phrases: string[][];
  /** The same phrases as the indices of their words in `terms`. */
  phraseTerms: number[][];
}

/** Keys shorter than this match only whole words: "us" is not "use", "el" is not "elections". */
export const MIN_PREFIX = 3;

/** Splits a query into words and quoted phrases (straight or typographic double quotes). */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/[“”„″]/gu, '"');
  const terms: QueryTerm[] = [];
  const phrases: string[][] = [];
  const phraseTerms: number[][] = [];
  const parts = text.split('"');
  parts.forEach((part, index) => {
    // Odd-numbered parts lie between a pair of quotes; an unpaired last quote quotes nothing.
    const quoted = index % 2 === 1 && index < parts.length - 1;
    const words = part
      .replace(CURRENCY, ' ')
      .split(/\s+/u)
      .filter((w) => wordKey(w) !== '');
    const inPhrase = quoted && words.length > 1;
    const added = words.map((w) => {
      const key = wordKey(w);
      const dotted = isDottedAbbreviation(w.replace(/[,;:]$/u, ''));
      return {
        text: w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
        key,
        exact: quoted || dotted || key.length < MIN_PREFIX,
        inPhrase,
        optional: !quoted && !dotted && [...key].length === 1,
      };
    });
    if (inPhrase) {
      phrases.push(added.map((t) => t.key));
      phraseTerms.push(added.map((_, n) => terms.length + n));
    }
    terms.push(...added);
  });
  return { terms, phrases, phraseTerms };
}

/** True for a dotted abbreviation such as "U.S." or "U.N.", which a reader means as that abbreviation only. */
export function isDottedAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Brackets index-only forms in the indexed text, so that excerpts built from
 * it can leave them out: a punctuation mark that no source word is.
 */
export const INDEX_ONLY_MARK = '⁂';

/**
 * Index-only forms of a paragraph's words that Pagefind's own tokens would not
 * let a reader find: a figure joined to letters by a currency sign ("US$4.2")
 * is indexed only as us42, so "4.2" and "$4.2" need the figure on its own.
 * Returns them space-separated, or '' when the paragraph needs none.
 */
export function indexAlternates(text: string): string {
  const forms = new Set<string>();
  for (const raw of text.split(/\s+/u)) {
    const word = raw.replace(/^[^\p{L}\p{N}$€£¥₡₹¢]+|[^\p{L}\p{N}]+$/gu, '');
    if (/\p{L}[$€£¥₡₹¢]+\p{N}/u.test(word)) {
      for (const part of word.split(CURRENCY)) if (wordKey(part)) forms.add(part);
    }
  }
  return [...forms].join(' ');
}

/** A part of some text, marked when it is a word the query matched. */
export interface MarkedRun {
  text: string;
  marked: boolean;
}

/**
 * The keys a loose query term finds words by: itself and, for an English or Spanish plural, its singular
 * ("elections" → election, "naciones" → nacion, "policies" → policy), as Pagefind's stemmer finds the
 * singular for a plural.
 */
export function termStems(key: string): string[] {
  const stems = new Set([key]);
  if (key.length >= 5 && key.endsWith('ies')) stems.add(`${key.slice(0, -3)}y`);
  if (key.length >= 5 && key.endsWith('es')) stems.add(key.slice(0, -2));
  if (key.length >= 4 && key.endsWith('s') && !key.endsWith('ss')) stems.add(key.slice(0, -1));
  return [...stems].filter((stem) => stem.length >= MIN_PREFIX);
}

/** True when one key of a written word is found by a term: equal to it, or (for a loose term) extending a stem. */
function keyMatches(k: string, term: QueryTerm): boolean {
  if (k === term.key) return true;
  if (term.exact) return false;
  return termStems(term.key).some((stem) => k === stem || (k.startsWith(stem) && k.length - stem.length <= 3));
}

/**
 * True when a written word is one the query found: a key of the word equals
 * a term's key, or (outside quotes, for terms of three letters or more)
 * extends it or its singular by a few letters, as Pagefind matches prefixes
 * and stems ("million" finds "millions", "elections" finds "election"). A
 * possessive typed either way ("Guatemala's") matches the word with either
 * apostrophe.
 */
export function matchesWord(word: string, terms: readonly QueryTerm[]): boolean {
  const keys = wordKeys(word);
  return terms.some((term) => keys.some((k) => keyMatches(k, term)));
}

/**
 * For each of a list of written words, the indices (in `query.terms`) of the
 * terms it matches: a word matching a term outside a phrase, or a run of
 * adjacent words matching a quoted phrase in order.
 */
export function matchedTerms(words: readonly string[], query: ParsedQuery): Set<number>[] {
  const matched = words.map(() => new Set<number>());
  const keysOf = words.map((word) => wordKeys(word));
  query.terms.forEach((term, t) => {
    if (term.inPhrase) return;
    keysOf.forEach((keys, i) => {
      if (keys.some((k) => keyMatches(k, term))) matched[i]!.add(t);
    });
  });
  query.phrases.forEach((phrase, p) => {
    const indices = query.phraseTerms[p]!;
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      if (phrase.every((key, n) => keysOf[start + n]!.includes(key)))
        indices.forEach((t, n) => matched[start + n]!.add(t));
    }
  });
  return matched;
}

/**
 * The positions, in a list of written words, of those the query matched: a
 * word matching a term outside quotes, or a run of adjacent words matching a
 * quoted phrase in order.
 */
export function markedWordIndices(words: readonly string[], query: ParsedQuery): number[] {
  return matchedTerms(words, query).flatMap((terms, i) => (terms.size > 0 ? [i] : []));
}

/**
 * True when the words hold every term of the query side by side, in the order typed (a phrase's words
 * among them): what ranks a statement, and a paragraph, first.
 */
export function holdsTogether(words: readonly string[], query: ParsedQuery): boolean {
  const n = query.terms.length;
  if (n < 2) return false;
  const matched = matchedTerms(words, query);
  for (let start = 0; start + n <= words.length; start += 1) {
    if (query.terms.every((_, t) => matched[start + t]!.has(t))) return true;
  }
  return false;
}

/**
 * Splits text into runs, marking each written word the query matched (see
 * markedWordIndices). The punctuation around a word stays unmarked, so
 * "(CAPMiR)" marks CAPMiR and "$44.5" marks all of it.
 */
export function markRuns(text: string, query: ParsedQuery): MarkedRun[] {
  const tokens = text.split(/(\s+)/u);
  const wordAt = tokens.flatMap((token, index) => (token === '' || /^\s+$/u.test(token) ? [] : [index]));
  const marked = new Set(
    markedWordIndices(
      wordAt.map((i) => tokens[i]!),
      query,
    ).map((n) => wordAt[n]!),
  );
  const runs: MarkedRun[] = [];
  const push = (part: string, isMarked: boolean) => {
    if (part === '') return;
    const last = runs.at(-1);
    if (last && last.marked === isMarked) last.text += part;
    else runs.push({ text: part, marked: isMarked });
  };
  tokens.forEach((token, index) => {
    // Space between two marked words is marked too, so that a phrase or an amount reads as one mark.
    const joins = /^\s+$/u.test(token) && marked.has(index - 1) && marked.has(index + 1) && runs.at(-1)?.marked;
    if (joins) return push(token, true);
    for (const run of marked.has(index) ? markedWord(token) : [{ text: token, marked: false }])
      push(run.text, run.marked);
  });
  return runs;
}

/** A matched written word as runs: the word marked, the punctuation around it ("(", "),”") not. */
export function markedWord(token: string): MarkedRun[] {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}$€£¥₡₹¢]*)(.*?)([^\p{L}\p{N}%]*)$/su.exec(token) ?? [];
  // A dotted abbreviation keeps its last full stop: "U.S." is marked whole.
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(core) && after.startsWith('.');
  const word = dotted ? `${core}.` : core;
  return [
    { text: before, marked: false },
    { text: word, marked: true },
    { text: dotted ? after.slice(1) : after, marked: false },
  ].filter((run) => run.text !== '');
}

/** The statement page's parameter for the words to mark on arrival, in the reader's own spelling. */
export const HIGHLIGHT_PARAM = 'highlight';
