/**
 * Text normalisation shared by the transcription checks. The editorial policy
 * allows only whitespace to change between a source and its transcription, so
 * everything here either folds whitespace or reports a difference; nothing
 * here may ever rewrite a visible character.
 */

/** Folds every run of whitespace (ASCII, no-break, thin and ideographic spaces) into one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Splits text into its whitespace-separated words, after folding. */
export function toWords(text: string): string[] {
  const folded = foldWhitespace(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Emphasis around words (`**nineteen**`, `*entry*`, `__x__`, `_x_`), its marks not escaped, and a quotation's `> ` at a line's start. */
const MARKDOWN_INLINE: readonly RegExp[] = [
  /(?<![\\*\w])(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1(?![*\w])/gu,
  /(?<![\\*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s\\*_])\1(?![*\w])/gu,
];
const QUOTE_MARK = /^[ \t]{0,3}>[ \t]?/gmu;

/**
 * The marks of Markdown's emphasis and quotations in a Markdown copy's text,
 * removed, with how many were: the words they mark are kept, in order.
 * Escaped characters (`\*`) are the text's own and stay for {@link unescapeMarkdown}.
 */
export function stripMarkdownInline(text: string): { text: string; removed: number } {
  let removed = 0;
  let out = text.replace(QUOTE_MARK, () => {
    removed += 1;
    return '';
  });
  for (const re of MARKDOWN_INLINE)
    out = out.replace(re, (_, _mark: string, inner: string) => {
      removed += 1;
      return inner;
    });
  return { text: out, removed };
}

/**
 * Removes CommonMark backslash escapes (`\#`, `\*`, …), which mark a literal
 * character in Markdown and are not part of the text itself.
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/** How a transcription departs from its source, word by word. */
export interface TextDifference {
  /** The kind of departure at the first point where the texts diverge. */
  kind: 'missing' | 'added' | 'changed';
  /** One-based index of the first differing word in the source. */
  wordIndex: number;
  /** The source's words around the difference. */
  expected: string;
  /** The transcription's words around the difference. */
  actual: string;
}

const CONTEXT_WORDS = 6;

/** Quotes a window of words around an index, marking the word at the index. */
function excerpt(words: string[], index: number): string {
  const start = Math.max(0, index - CONTEXT_WORDS);
  const before = words.slice(start, index).join(' ');
  const at = words[index] ?? '(end of text)';
  const after = words.slice(index + 1, index + 1 + CONTEXT_WORDS).join(' ');
  return `${start > 0 ? '… ' : ''}${before} »${at}« ${after}`.trim();
}

const RESYNC_WORDS = 3;

/**
 * True when the two word lists agree for the next few words from the given
 * offsets (or to both ends), i.e. the texts line up again there. A local
 * window, not the whole tail, so a second edit further on does not hide
 * what kind the first one was.
 */
function realigns(a: string[], ai: number, b: string[], bi: number): boolean {
  for (let k = 0; k < RESYNC_WORDS; k += 1) {
    const x = a[ai + k];
    const y = b[bi + k];
    if (x === undefined && y === undefined) return true;
    if (x !== y) return false;
  }
  return true;
}

/**
 * Compares a transcription with its source after folding whitespace only.
 * Returns `null` when every word is present, in order, with every character
 * unchanged; otherwise describes the first departure.
 */
export function compareTexts(source: string, transcription: string): TextDifference | null {
  const expected = toWords(source);
  const actual = toWords(transcription);
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i += 1;
  if (i === expected.length && i === actual.length) return null;

  let kind: TextDifference['kind'] = 'changed';
  if (i === actual.length || realigns(expected, i + 1, actual, i)) kind = 'missing';
  else if (i === expected.length || realigns(expected, i, actual, i + 1)) kind = 'added';

  return {
    kind,
    wordIndex: i + 1,
    expected: excerpt(expected, i),
    actual: excerpt(actual, i),
  };
}

/** Describes a difference in one sentence for a build error or a test failure. */
export function describeDifference(diff: TextDifference): string {
  const what = {
    missing: 'a word of the source is missing',
    added: 'a word not in the source was added',
    changed: 'a word differs from the source',
  }[diff.kind];
  return `${what} at word ${diff.wordIndex}: source has "${diff.expected}", transcription has "${diff.actual}"`;
}

/** Turns a heading into a URL fragment made of lower-case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Folds a title for comparing two printings of it: case, spacing, quote shapes and a final full stop ignored. */
export function titleKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/\.$/u, '')
    .trim()
    .toLowerCase();
}
