/**
 * Recognising what kind of copy an editor brought. Three formats are known:
 *
 * 1. `whitehouse`: a whitehouse.gov page saved as Markdown with a YAML
 *    metadata block. The copy begins with a line `---`, a YAML mapping that
 *    holds at least one of the keys whitehouse.gov exports (`title`, `date`,
 *    `permalink`, `published_time`, `modified_time`, `category`), and a closing
 *    `---`. Any copy with such a block is read this way, wherever it comes from:
 *    the block is what matters, and the issuer is decided separately (from the
 *    permalink's host, or `--issuer`).
 * 2. `gt-news`: a GT News (AGN) article page scraped as text. No metadata block,
 *    and at least one of the agency's marks: a dateline byline ending in
 *    `-AGN-` (`Guatemala City, by Brenda Larios -AGN-`), the agency's
 *    self-description (`We are GT News …`) or its copyright line
 *    (`Copyright © SCSP …`). Generic page furniture alone ("You may also like")
 *    is not enough, since many sites print it.
 * 3. `plain`: anything else: an optional title line, then paragraphs separated
 *    by blank lines.
 *
 * The rules look only at unambiguous marks, so a copy is never read in a
 * format whose structure it lacks; `--format` overrides the guess.
 */

/** The copy formats the importer reads. */
export const copyFormats = ['whitehouse', 'gt-news', 'plain'] as const;

/** One of the copy formats. */
export type CopyFormat = (typeof copyFormats)[number];

/** Keys a whitehouse.gov metadata block carries. */
export const METADATA_KEYS = ['title', 'date', 'permalink', 'published_time', 'modified_time', 'category'] as const;

/** A metadata block at the very start of a copy: `---`, YAML, `---`. */
const METADATA_BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

/** Marks only GT News / AGN pages carry. */
const AGN_MARKS = [/\s-AGN-(?:\s|$)/u, /^We are GT News\b/mu, /^Copyright\b.*\bSCSP\b/mu];

/** Splits a copy into its metadata block (raw YAML text) and the rest, or returns null when it has none. */
export function splitMetadataBlock(raw: string): { yaml: string; rest: string } | null {
  const match = METADATA_BLOCK.exec(raw);
  if (!match) return null;
  return { yaml: match[1] ?? '', rest: raw.slice(match[0].length) };
}

/** True when a metadata block names at least one key whitehouse.gov exports. */
function hasMetadataKeys(yaml: string): boolean {
  return METADATA_KEYS.some((key) => new RegExp(`^${key}\\s*:`, 'mu').test(yaml));
}

/** Guesses the format of a copy by the rules in this module's comment. */
export function detectFormat(raw: string): CopyFormat {
  const block = splitMetadataBlock(raw);
  if (block && hasMetadataKeys(block.yaml)) return 'whitehouse';
  if (AGN_MARKS.some((mark) => mark.test(raw))) return 'gt-news';
  return 'plain';
}
