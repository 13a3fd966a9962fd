/**
 * The content check: everything that must be true of the statements before a
 * site may be built from them. It returns problems instead of throwing so
 * that one run reports every bad file and field at once.
 */
import { bodyStartLine, findRawHtml, findTextUnderHeadings, parseBody, type Block } from './blocks.ts';
import { instantOf, TIMESTAMP_PATTERN } from './dates.ts';
import { dateLine, findPrintedDates } from './printed-date.ts';
import { isTranscript, statementSchema, type StatementData } from './schema.ts';
import { checkRecord, fieldPath } from './schema-check.ts';
import { readStatementFile, splitFrontMatter } from './statement-file.ts';
import { compareTexts, describeDifference, stripMarkdownInline, titleKey, toWords, unescapeMarkdown } from './text.ts';
import { readYaml } from './yaml.ts';

/** A statement file as read from disk. */
export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The whole file, front matter included. */
  raw: string;
}

/** One thing wrong with one field of one file. */
export interface ContentProblem {
  file: string;
  /** Dotted path of the front-matter field, or `body`. */
  field: string;
  message: string;
}

/**
 * Runs the checks of one file, turning anything they throw into a problem
 * naming the file: one unreadable file never hides the others' problems
 * behind a stack trace. Returns undefined when the work threw.
 */
export function guarded<T>(file: string, problems: ContentProblem[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push({
      file,
      field: '(file)',
      message: `could not be checked (${message}): correct the file or remove it`,
    });
    return undefined;
  }
}

/** A statement that passed the schema, ready for the cross-file checks. */
export interface CheckedStatement {
  file: string;
  data: StatementData;
  blocks: Block[];
  /** The front matter as read, before the schema, for the collection loader to reuse (YAML parsing is slow). */
  frontMatter: Record<string, unknown>;
}

/**
 * The words of a transcription in source order: the lines above the
 * headline, the headline, standfirst and header bylines, the lines below them,
 * the text, its closing lines, page furniture. A supplied title is the
 * editors', not the copy's, so it is left out.
 */
export function transcriptionText(data: StatementData, blocks: readonly Block[]): string {
  return [
    ...data.head.above.map((l) => l.text),
    data.titleBasis === 'supplied' ? '' : data.title,
    data.subtitle ?? '',
    ...data.bylines.filter((b) => b.placement === 'header').map((b) => b.text),
    ...data.head.below.map((l) => l.text),
    ...blocks.map((b) => b.text),
    ...data.closing.map((l) => l.text),
    ...data.furniture,
  ].join('\n');
}

/** The `## ` that opens a Markdown heading line. */
const MARKDOWN_HEADING_MARK = /^#{1,6}[ \t]+(?=\S)/gmu;

/**
 * What a verbatim source copy says: its metadata block, if any, and its text
 * with the title first. `problem` says why a metadata block could not be read.
 */
export function readSourceCopy(raw: string): { meta: Record<string, unknown>; text: string; problem?: string } {
  const { matter, body } = splitFrontMatter(raw);
  const { value, problems } = matter === undefined ? { value: {}, problems: [] } : readYaml(matter, '', 1);
  // A copy is kept byte for byte as received: a comment in its metadata is the source's, not a mistake.
  const syntax = value === undefined ? problems[0]?.message : undefined;
  const meta =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const title = typeof meta.title === 'string' ? meta.title : '';
  return {
    meta,
    // Only a copy with a metadata block is Markdown (whitehouse.gov): its backslash escapes and heading
    // marks are markup. Any other copy is plain text, whose backslashes and `#` are the source's own.
    text:
      matter === undefined
        ? body
        : unescapeMarkdown(
            stripMarkdownInline(`${title}\n${withoutRepeatedTitle(body, title).replace(MARKDOWN_HEADING_MARK, '')}`)
              .text,
          ),
    ...(syntax ? { problem: `its metadata block ${syntax}` } : {}),
  };
}

/** A Markdown body without a first heading that prints the metadata title again: the page's headline, shown once as the title. */
function withoutRepeatedTitle(body: string, title: string): string {
  const first = /^\s*#{1,6}[ \t]+(\S[^\n]*?)[ \t]*(?:\n|$)/u.exec(body);
  if (!first || title === '' || titleKey(unescapeMarkdown(first[1]!)) !== titleKey(title)) return body;
  return body.slice(first[0].length);
}

/** Compares what the source's own front matter says with the transcription's metadata. */
function checkSourceMetadata(file: string, data: StatementData, meta: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, given: unknown, found: unknown) =>
    problems.push({
      file,
      field,
      message: `does not match the source copy (source gives ${JSON.stringify(given)}, transcription has ${JSON.stringify(found)})`,
    });
  if (typeof meta.title === 'string' && meta.title !== data.title) report('title', meta.title, data.title);
  if (meta.date !== undefined) {
    const given = String(meta.date);
    // A date-time gives its day as printed in its own offset.
    const day = TIMESTAMP_PATTERN.exec(given)?.[1] ?? given;
    if (data.date.basis !== 'source' || data.date.value !== day) report('date', given, data.date);
  }
  // Exports name the page's address `permalink`, `url`, `source_url` or `canonical`.
  const address = [meta.permalink, meta.url, meta.source_url, meta.canonical].find((v) => typeof v === 'string');
  if (typeof address === 'string' && address !== data.originalUrl) report('originalUrl', address, data.originalUrl);
  if (typeof meta.category === 'string' && meta.category !== data.category)
    report('category', meta.category, data.category);
  for (const [key, field] of [
    ['published_time', 'published'],
    ['modified_time', 'modified'],
  ] as const) {
    const given = meta[key];
    if (given === undefined) continue;
    const givenInstant = instantOf(String(given));
    const ours = data[field];
    if (ours === undefined || instantOf(ours) !== givenInstant) report(field, given, ours);
  }
  return problems;
}

/** A date said to be read from the copy's words must be printed there, and be the date the statement gives. */
function checkPrintedDate(file: string, data: StatementData, copyText: string, copyName: string): ContentProblem[] {
  if (data.date.basis !== 'source' || data.date.printed === undefined) return [];
  const { printed, value } = data.date;
  // Dates in words anywhere, and dates in figures on a date line of their own ("Publicado: 20/11/2026").
  const lines = copyText.split(/\r?\n/u).map((line) => dateLine(line));
  const found = [...findPrintedDates(copyText), ...lines.filter((d) => d !== null)].filter((d) => d.text === printed);
  if (found.length === 0)
    return [
      {
        file,
        field: 'date.printed',
        message: `"${printed}" is not a date printed in ${copyName}: copy the date's words exactly as the copy prints them, or leave printed out`,
      },
    ];
  if (!found.some((d) => d.value === value))
    return [
      {
        file,
        field: 'date.value',
        message: `is ${value}, but the copy prints "${printed}", which is ${found[0]!.value}`,
      },
    ];
  return [];
}

/** A translation names a statement of the archive, in the language it says it is translated from. */
function checkTranslations(statements: readonly CheckedStatement[]): ContentProblem[] {
  const bySlug = new Map(statements.map((s) => [s.data.slug, s]));
  return statements.flatMap(({ file, data }): ContentProblem[] => {
    const translation = data.translation;
    if (!translation) return [];
    const original = bySlug.get(translation.of);
    if (translation.of === data.slug)
      return [{ file, field: 'translation.of', message: 'names this statement itself: give the slug of the original' }];
    if (!original)
      return [{ file, field: 'translation.of', message: `"${translation.of}" is not the slug of any statement` }];
    if (original.data.translation)
      return [
        {
          file,
          field: 'translation.of',
          message: `"${translation.of}" is itself a translation: name the original it translates`,
        },
      ];
    if (original.data.language !== translation.from)
      return [
        {
          file,
          field: 'translation.from',
          message: `is "${translation.from}", but ${translation.of} is in "${original.data.language}"`,
        },
      ];
    return [];
  });
}

/**
 * Checks every statement file: the schema, a non-empty body without raw HTML,
 * the transcription against its verbatim source copy, and unique slugs.
 * `readSource` returns a source copy's contents, or undefined if it is missing.
 */
export function checkStatements(
  files: readonly ContentFile[],
  readSource: (name: string) => string | undefined,
): { problems: ContentProblem[]; statements: CheckedStatement[] } {
  const problems: ContentProblem[] = [];
  const statements: CheckedStatement[] = [];

  for (const { file, raw } of files) {
    guarded(file, problems, () => {
      const parsed = readStatementFile(raw, file);
      problems.push(...parsed.problems);
      if (parsed.data === undefined) return;
      const result = checkRecord(statementSchema, parsed.data);
      if (result.data === undefined) {
        for (const issue of result.issues) {
          problems.push({ file, field: fieldPath(issue.path) || 'front matter', message: issue.message });
        }
        return;
      }
      const data = result.data;
      const body = parsed.body;
      const html = findRawHtml(body);
      if (html) {
        problems.push({ file, field: 'body', message: `contains raw HTML "${html}"; write a literal "<" as "\\<"` });
        return;
      }
      for (const { line, heading } of findTextUnderHeadings(body, bodyStartLine(raw, body)))
        problems.push({
          file,
          field: `body (line ${line})`,
          message: `text directly under the heading "${heading}"; leave a blank line after a heading`,
        });
      const blocks = parseBody(body, { transcript: isTranscript(data.type) });
      if (!blocks.some((b) => b.kind === 'paragraph')) {
        problems.push({ file, field: 'body', message: 'is empty: a statement needs at least one paragraph' });
        return;
      }
      const source = readSource(data.source.copy);
      if (source === undefined) {
        problems.push({
          file,
          field: 'source.copy',
          message: `names "${data.source.copy}", which is not in the sources folder`,
        });
      } else {
        const copy = readSourceCopy(source);
        if (copy.problem)
          problems.push({ file, field: 'source.copy', message: `names "${data.source.copy}": ${copy.problem}` });
        const diff = compareTexts(copy.text, transcriptionText(data, blocks));
        const inTitle = diff && data.titleBasis === 'source' && diff.wordIndex <= toWords(data.title).length;
        if (diff && inTitle)
          problems.push({
            file,
            field: 'title',
            message: `the copy ${data.source.copy} does not begin with this title (${describeDifference(diff)}); if the copy has no title, set titleBasis: supplied (npm run add -- <copy> --title "…")`,
          });
        else if (diff)
          problems.push({
            file,
            field: 'body',
            message: `does not match ${data.source.copy}: ${describeDifference(diff)}`,
          });
        problems.push(...checkSourceMetadata(file, data, copy.meta));
        problems.push(...checkPrintedDate(file, data, copy.text, data.source.copy));
      }
      statements.push({ file, data, blocks, frontMatter: parsed.data });
    });
  }

  problems.push(...checkTranslations(statements));
  const owner = new Map<string, string>();
  for (const { file, data } of statements) {
    for (const [field, slug] of [
      ['slug', data.slug] as const,
      ...data.formerSlugs.map((s) => ['formerSlugs', s] as const),
    ]) {
      const first = owner.get(slug);
      if (first) problems.push({ file, field, message: `"${slug}" is already used by ${first}` });
      else owner.set(slug, file);
    }
  }
  return { problems, statements };
}

/** Formats problems as one readable block for the terminal; `outcome` says what the failure stopped. */
export function formatProblems(problems: readonly ContentProblem[], outcome = 'nothing was built'): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check failed (${count}); ${outcome}:\n${lines.join('\n')}`;
}
