/** Links to a selection of text (text fragments, `#:~:text=`), built without a browser so they can be tested. */

/** Percent-encodes a text-fragment term: everything encodeURIComponent does, plus the `-`, `,` and `&` the syntax reserves. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
}

/** Words kept at each end of a long selection, for a `textStart,textEnd` fragment. */
const EDGE_WORDS = 4;

/**
 * A URL that opens a page with the selected text highlighted. Short
 * selections are quoted whole; long ones by their first and last words.
 * Returns null for a selection with no words.
 */
export function textFragmentUrl(pageUrl: string, selection: string): string | null {
  const words = selection.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const base = pageUrl.split('#')[0];
  if (words.length <= EDGE_WORDS * 2 + 2) return `${base}#:~:text=${encodeFragmentTerm(words.join(' '))}`;
  const start = encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '));
  const end = encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' '));
  return `${base}#:~:text=${start},${end}`;
}
