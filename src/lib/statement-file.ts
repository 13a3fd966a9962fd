/**
 * The one reader of statement files (and of source copies with a metadata
 * block): a YAML front matter between `---` lines, then the body. The content
 * check, the collection loader, the pages, the scripts and the tests all read
 * files through here, so they agree on every field and every byte of a body.
 */
import type { ContentProblem } from './validate.ts';
import matter from 'gray-matter';
import { readYaml } from './yaml.ts';

/** The fence line that opens front matter, alone on its line. */
const FENCE = /^---[ \t]*\r?$/u;

/** gray-matter's options: YAML only, read by the archive's one YAML engine (never gray-matter's own). */
const grayMatterOptions = (parse: (text: string) => object) => ({ language: 'yaml', engines: { yaml: parse } });

/**
 * Splits a file into its front matter text and its body, with gray-matter. A
 * file that does not start with a `---` line has no front matter; the body is
 * then the whole file. The body starts after the closing fence's line break.
 * `closed` is false when an opening fence has no closing one.
 */
export function splitFrontMatter(raw: string): { matter: string | undefined; body: string; closed: boolean } {
  return readWithGrayMatter(raw, () => ({}));
}

/** Splits a file with gray-matter, handing its front matter to `parse`. */
function readWithGrayMatter(
  raw: string,
  parse: (text: string) => object,
): { matter: string | undefined; body: string; closed: boolean; strayFence?: boolean } {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const firstBreak = text.indexOf('\n');
  if (!FENCE.test(firstBreak === -1 ? text : text.slice(0, firstBreak)))
    return { matter: undefined, body: text, closed: true };
  const file = matter(text, grayMatterOptions(parse));
  // gray-matter keeps the line break after the opening fence in `matter`; the YAML starts on the next line.
  const block = file.matter.replace(/^[ \t]*\r?\n/u, '');
  const closed = text.length > 3 + file.matter.length;
  if (!closed) return { matter: block, body: '', closed };
  // gray-matter ends front matter at the first line that begins with ---; the archive's fence is --- alone.
  const fenceEnd = text.slice(3 + file.matter.length + 4);
  const fence = /^[ \t]*(?:\r?\n|$)/u.test(fenceEnd);
  return {
    matter: block === '' ? '' : `${block}\n`,
    body: file.content.replace(/^[ \t]+\r?\n/u, ''),
    closed,
    ...(!fence && { strayFence: true }),
  };
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
  let read: ReturnType<typeof readYaml> | undefined;
  // The archive's YAML engine reads the front matter gray-matter splits off, and keeps its problems.
  const {
    matter: matterText,
    body,
    closed,
    strayFence,
  } = readWithGrayMatter(raw, (text) => {
    read = readYaml(text.replace(/^[ \t]*\r?\n/u, ''), file, 1);
    return {};
  });
  const matter = matterText;
  if (strayFence) {
    const message =
      'has a line that begins with "---" but holds more: end the front matter with a line holding only ---, and quote a value that starts with ---';
    return { data: undefined, body, problems: [{ file, field: 'front matter', message }] };
  }
  if (!closed) {
    const message = 'has no closing "---" line: end the front matter with a line holding only ---';
    return { data: undefined, body, problems: [{ file, field: 'front matter', message }] };
  }
  if (matter === undefined) return { data: {}, body, problems: [] };
  // The front matter starts on the file's second line. (gray-matter hands over no block of only comments.)
  const { value, problems } = read ?? readYaml(matter, file, 1);
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

/**
 * Sets a top-level front-matter field to a quoted value, editing the text in
 * place: the field's line is replaced if there is one, else a line is added
 * before the closing `---`. Everything else in the file (comments, quoting,
 * order) stays as the editors wrote it. Returns null when the file has no
 * closed front matter.
 */
export function setFrontMatterField(raw: string, field: string, value: string): string | null {
  const { matter, closed } = splitFrontMatter(raw);
  if (matter === undefined || !closed) return null;
  const start = raw.indexOf(matter);
  const line = `${field}: ${JSON.stringify(value)}`;
  const lines = matter.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^${field}\\s*:`, 'u').test(l));
  if (at >= 0) lines[at] = line;
  else lines.splice(lines.at(-1) === '' ? -1 : lines.length, 0, line);
  return `${raw.slice(0, start)}${lines.join('\n')}${raw.slice(start + matter.length)}`;
}
