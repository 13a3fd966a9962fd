/**
 * The archive's one way of reading YAML: statement front matter, source
 * copies' metadata blocks, and the entity, annotation, event and comparison
 * files all go through the `yaml` package with the same options, so a value
 * reads the same in the content check, in Astro's collections and in the
 * scripts. (With its YAML 1.2 core schema an unquoted 2023-05-26 is the
 * string it looks like, never a Date.)
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type ToJSOptions,
} from 'yaml';
import type { ContentProblem } from './validate.ts';

/** The options of every parse: YAML 1.2, core schema, duplicate keys are errors. */
const OPTIONS: ParseOptions & DocumentOptions = { version: '1.2', uniqueKeys: true, keepSourceTokens: true };

/**
 * How many values `*alias` references may repeat in one file. Content has no
 * need of aliases; a few are harmless, but nested ones multiply ("billion
 * laughs"): nine aliases of nine aliases of … would expand into millions of values.
 */
export const MAX_ALIAS_COUNT = 50;

/** The options of every conversion to plain values: the resource limits. */
const TO_JS: ToJSOptions = { maxAliasCount: MAX_ALIAS_COUNT };

/** A problem for an error thrown while reading YAML: resource limits, unresolved aliases, nesting too deep. */
function readProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  let what: string;
  if (/Excessive alias count/u.test(message))
    what = `repeats values through YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times, as an "alias bomb" does to exhaust memory: write the values out, without &anchors and *aliases`;
  else if (/Unresolved alias/u.test(message))
    what = `uses a YAML alias (*name) whose &anchor is not set before it: write the value out instead`;
  else if (error instanceof RangeError) what = 'is nested too deeply to read: write it as a flat list of fields';
  else what = `could not be read as YAML (${message}): correct or remove it`;
  return { file, field: '(file)', message: what };
}

/** About the longest excerpt of a dropped comment quoted in a message. */
const EXCERPT = 40;

/** A YAML syntax error, with its line counted in the whole file. */
function syntaxProblem(file: string, error: Document.Parsed['errors'][number], lineOffset: number): ContentProblem {
  const what = error.message.split(/ at line \d+/u)[0];
  const line = error.linePos?.[0].line;
  const where = line === undefined ? '' : ` (line ${line + lineOffset})`;
  if (/Maximum call stack/u.test(what ?? ''))
    return {
      file,
      field: '(file)',
      message: `is nested too deeply to read${where}: write it as a flat list of fields`,
    };
  return { file, field: '(file)', message: `is not valid YAML${where}: ${what}` };
}

/** The comment that follows a plain scalar on its own line, if any: the part of the value YAML dropped. */
function trailingComment(node: unknown): string | undefined {
  if (!isScalar(node) || node.type !== 'PLAIN') return undefined;
  const token = node.srcToken;
  if (!token || !('end' in token) || !token.end) return undefined;
  for (const part of token.end) {
    if (part.type === 'newline') return undefined;
    if (part.type === 'comment') return part.source;
  }
  return undefined;
}

/** The name of a top-level list entry in messages: its `id`, as the schema checks name it, else its index. */
function entryLabel(entry: unknown, index: number): string {
  const id = isMap(entry) ? entry.get('id') : undefined;
  return typeof id === 'string' ? id : `[${index}]`;
}

/** Finds every plain value followed on its line by a comment, with the dotted path of its field. */
export function findTrailingComments(doc: Document): { field: string; comment: string }[] {
  const found: { field: string; comment: string }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, path.length === 0 ? entryLabel(item, i) : String(i)]));
    } else {
      const comment = trailingComment(node);
      if (comment !== undefined) found.push({ field: path.join('.') || '(file)', comment });
    }
  };
  walk(doc.contents, []);
  return found;
}

/** The message for a value cut short by a comment on its line. */
function droppedCommentMessage(comment: string): string {
  // Cut a long excerpt at a word boundary, so it reads as the words that were lost.
  const cut = comment.slice(0, EXCERPT + 1).lastIndexOf(' ');
  const excerpt = comment.length > EXCERPT ? `${comment.slice(0, cut > 0 ? cut : EXCERPT).trimEnd()}…` : comment;
  return `text after " #" was read as a YAML comment and dropped ("${excerpt}"); put the value in quotes`;
}

/**
 * Reads a YAML text as an editor wrote it: the value, or undefined when it
 * does not parse, and every problem found. Besides syntax errors, a comment
 * trailing a plain value on its line is a problem, because in free text it is
 * almost always words YAML silently cut off ("The end mark ### is shown…").
 * Whole-line comments are fine. `lineOffset` counts lines above the text in
 * its file (front matter starts below its `---`).
 */
export function readYaml(text: string, file: string, lineOffset = 0): { value: unknown; problems: ContentProblem[] } {
  try {
    const doc = parseDocument(text, OPTIONS);
    if (doc.errors.length > 0) {
      const problems = doc.errors.map((error) => syntaxProblem(file, error, lineOffset));
      // Nesting too deep overflows the parser once per level it unwinds: say it once.
      const tooDeep = problems.find((p) => p.message.startsWith('is nested too deeply'));
      return { value: undefined, problems: tooDeep ? [tooDeep] : problems };
    }
    const problems = findTrailingComments(doc).map(({ field, comment }) => ({
      file,
      field,
      message: droppedCommentMessage(comment),
    }));
    return { value: doc.toJS(TO_JS), problems };
  } catch (error) {
    // Whatever the reader throws (a resource limit, an alias without its anchor, a stack overflow) is this file's problem.
    return { value: undefined, problems: [readProblem(file, error)] };
  }
}

/** Parses YAML with the archive's options, throwing on a syntax error; for Astro's `file()` loaders. */
export function parseYaml(text: string): unknown {
  const doc = parseDocument(text, OPTIONS);
  if (doc.errors.length > 0) throw doc.errors[0];
  return doc.toJS(TO_JS);
}
