/**
 * The one reader of statement files (and of source copies with a metadata
 * block): a YAML front matter between `---` lines, then the body. The content
 * check, the collection loader, the pages, the scripts and the tests all read
 * files through here, so they agree on every field and every byte of a body.
 */
import type { ContentProblem } from './validate.ts';
import { readYaml } from './yaml.ts';

/** The fence line that opens and closes front matter, alone on its line. */
const FENCE = /^---[ \t]*\r?$/u;

/**
 * Splits a file into its front matter text and its body. A file that does not
 * start with a `---` line has no front matter; the body is then the whole
 * file. The body starts after the closing fence's line break. `closed` is
 * false when an opening fence has no closing one.
 */
export function splitFrontMatter(raw: string): { matter: string | undefined; body: string; closed: boolean } {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!FENCE.test(firstLine)) return { matter: undefined, body: text, closed: true };
  if (firstBreak === -1) return { matter: '', body: '', closed: false };
  let start = firstBreak + 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    if (FENCE.test(line)) {
      return { matter: text.slice(firstBreak + 1, start), body: end === -1 ? '' : text.slice(end + 1), closed: true };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { matter: text.slice(firstBreak + 1), body: '', closed: false };
}

/** A statement file as read: its front matter (undefined when unreadable), its body and what is wrong with them. */
export interface StatementFile {
  data: Record<string, unknown> | undefined;
  body: string;
  problems: ContentProblem[];
}

/**
 * Reads a statement file: front matter and body. Problems name the file and
 * the field: a front matter that is not YAML, not a set of fields, or has a
 * value cut short by a `#` comment (see `readYaml`).
 */
export function readStatementFile(raw: string, file = '(statement)'): StatementFile {
  const { matter, body, closed } = splitFrontMatter(raw);
  if (!closed) {
    const message = 'has no closing "---" line: end the front matter with a line holding only ---';
    return { data: undefined, body, problems: [{ file, field: 'front matter', message }] };
  }
  if (matter === undefined) return { data: {}, body, problems: [] };
  // The front matter starts on the file's second line.
  const { value, problems } = readYaml(matter, file, 1);
  for (const problem of problems) if (problem.field === '(file)') problem.field = 'front matter';
  if (value === undefined && problems.length > 0) return { data: undefined, body, problems };
  if (value === null || value === undefined) return { data: {}, body, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    const message = 'must be a set of fields ("name: value" lines), not a list or a single value';
    return { data: undefined, body, problems: [...problems, { file, field: 'front matter', message }] };
  }
  return { data: value as Record<string, unknown>, body, problems };
}

/**
 * Where the content check leaves the front matter it read, by absolute path
 * with the text it was read from, so the collection loader in the same
 * process does not parse ten thousand files a second time.
 */
export const CHECKED_FRONT_MATTER = Symbol.for('statements-archive.checked-front-matter');

/** The front matter the content check read, by absolute path. */
export type CheckedFrontMatter = Map<string, { raw: string; data: Record<string, unknown> }>;
