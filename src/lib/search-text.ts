/**
 * How the search reads diplomatic text: the query a reader types and the words
 * of a statement are reduced to the same keys, so a figure with its currency
 * sign, a hyphenated compound, a dotted abbreviation or a name typed with a
 * straight apostrophe find, and mark, the words the source prints.
 *
 * Pagefind 1.6 (checked on a built index) indexes a word with its punctuation
 * removed ("anti-corruption" → anticorruption, "$44.5" → 445, "40,000" →
 * 40000, "U.S." → us, "4:02" → 402) and, for hyphenated words, also each part
 * (anti, corruption); it folds case and accents and stems English words. Its
 * query parser does the same except that it keeps a currency sign ("$44.5" →
 * $445, which nothing matches), and a word joined to a currency sign
 * ("US$4.2" → us42) cannot be found by its figure. Quoted phrases match only
 * adjacent words, exactly (no prefix matching).
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
  /** True inside quotes: the word must match exactly, not as a prefix. */
  exact: boolean;
  /** True for a word of a quoted phrase of several words, which matches only with its neighbours. */
  inPhrase: boolean;
}

/** A query read into words and quoted phrases. */
export interface ParsedQuery {
  terms: QueryTerm[];
  /** Quoted phrases, each as the keys of its words in order. */
  phrases: string[][];
}

/** Splits a query into words and quoted phrases (straight or typographic double quotes). */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/[“”„″]/gu, '"');
  const terms: QueryTerm[] = [];
  const phrases: string[][] = [];
  const parts = text.split('"');
  parts.forEach((part, index) => {
    // Odd-numbered parts lie between a pair of quotes; an unpaired last quote quotes nothing.
    const quoted = index % 2 === 1 && index < parts.length - 1;
    const words = part
      .replace(CURRENCY, ' ')
      .split(/\s+/u)
      .filter((w) => wordKey(w) !== '');
    const inPhrase = quoted && words.length > 1;
    const added = words.map((w) => ({
      text: w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      key: wordKey(w),
      exact: quoted,
      inPhrase,
    }));
    terms.push(...added);
    if (inPhrase) phrases.push(added.map((t) => t.key));
  });
  return { terms, phrases };
}

/** True for a dotted abbreviation such as "U.S." or "U.N.", which a reader means as that abbreviation only. */
function isDottedAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * The query sent to Pagefind: currency signs dropped (the index has the
 * figure), typographic quotes made straight (Pagefind's phrase syntax), and a
 * dotted abbreviation quoted so that "U.N." does not match every word
 * beginning with "un".
 */
export function pagefindQuery(raw: string): string {
  const text = raw.replace(/[“”„″]/gu, '"');
  const parts = text.split('"');
  return parts
    .map((part, index) => {
      if (index % 2 === 1 && index < parts.length - 1) return `"${part.replace(CURRENCY, ' ').trim()}"`;
      return part
        .replace(CURRENCY, ' ')
        .split(/\s+/u)
        .filter(Boolean)
        .map((w) => (isDottedAbbreviation(w.replace(/[,;:]$/u, '')) ? `"${w}"` : w))
        .join(' ');
    })
    .filter((p) => p.trim() !== '' && p !== '""')
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
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
 * True when a written word is one the query found: a key of the word equals
 * a term's key, or (outside quotes) begins with it, as Pagefind matches
 * prefixes and stems ("million" finds "millions"). A possessive typed either
 * way ("Guatemala's") matches the word with either apostrophe.
 */
export function matchesWord(word: string, terms: readonly QueryTerm[]): boolean {
  const keys = wordKeys(word);
  return terms.some(({ key, exact }) =>
    keys.some((k) => k === key || (!exact && key.length >= 3 && k.startsWith(key) && k.length - key.length <= 3)),
  );
}

/**
 * The positions, in a list of written words, of those the query matched: a
 * word matching a term outside quotes, or a run of adjacent words matching a
 * quoted phrase in order.
 */
export function markedWordIndices(words: readonly string[], query: ParsedQuery): number[] {
  const loose = query.terms.filter((t) => !t.inPhrase);
  const marked = new Set(words.flatMap((word, i) => (matchesWord(word, loose) ? [i] : [])));
  for (const phrase of query.phrases) {
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      const run = words.slice(start, start + phrase.length);
      if (run.every((word, n) => wordKeys(word).includes(phrase[n]!))) run.forEach((_, n) => marked.add(start + n));
    }
  }
  return [...marked].sort((a, b) => a - b);
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
