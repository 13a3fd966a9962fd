/**
 * `npm run add -- <copy> [options]`: brings a verbatim copy into the archive.
 * It stores the copy byte for byte under a name derived from its content,
 * drafts the statement file with everything the copy tells (and what the
 * options supply), runs the content check, and records the new permalinks.
 * If anything is missing it refuses in one line naming the option to give;
 * if the check fails it removes what it wrote. Nothing is asked
 * interactively, so it can run from scripts too. See `--help`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrations/content-check.ts';
import { DraftRefusal } from '../src/lib/import/draft.ts';
import { isTranscript } from '../src/lib/schema.ts';
import { planImport, type ArchiveSnapshot, type ImportPlan } from '../src/lib/import/plan.ts';
import { mergeRegistry, parseRegistry, publishedPermalinks } from '../src/lib/permalinks.ts';

const HELP = `Usage: npm run add -- <copy> [options]

Adds a verbatim copy of a statement to the archive: stores the copy in <content>/sources/
as <sha256 first 16 hex>.txt, drafts <content>/statements/<slug>.md, runs the content check
and records the new permalinks. Formats recognised: whitehouse (metadata block + Markdown),
gt-news (GT News / AGN page), plain (optional title line, paragraphs).

Options:
  --title TEXT          a title the copy lacks (shown in [square brackets] as supplied)
  --title-evidence TEXT why that title (repeatable)
  --date YYYY[-MM[-DD]] a date the copy does not give (shown as supplied); needs --evidence
  --evidence TEXT       evidence for the supplied date (repeatable)
  --evidence-url URL    where that evidence can be checked (pairs with the --evidence before it)
  --url URL             the original URL, when the copy does not give it
  --issuer ID           the issuing organisation's id in entities/organizations.yaml
  --type TYPE           statement, readout, news-article, press-release, joint-statement,
                        remarks, communique, fact-sheet, press-briefing or interview
                        (read from the title or the whitehouse.gov category where it can be)
  --incomplete NOTE     the copy breaks off: the editors' note on where and why (shown to readers)
  --retrieved YYYY-MM-DD the day the copy was retrieved or received (default: today); citations give
                        it as the access date
  --slug SLUG           the permanent slug (default: issuer, date and title words)
  --language TAG        BCP 47 language tag of the text (default: en)
  --format FORMAT       whitehouse, gt-news or plain (default: detected)
  --content DIR         the content folder (default: $CONTENT_DIR or content)
  --dry-run             print what would be written, write nothing`;

/** Prints a one-line refusal and exits non-zero. */
function refuse(message: string): never {
  console.error(`Not added: ${message}`);
  process.exit(1);
}

/** Reads the command line, refusing unknown options in one line. */
function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        'title-evidence': { type: 'string', multiple: true },
        date: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        'evidence-url': { type: 'string', multiple: true },
        url: { type: 'string' },
        issuer: { type: 'string' },
        type: { type: 'string' },
        slug: { type: 'string' },
        language: { type: 'string' },
        incomplete: { type: 'string' },
        retrieved: { type: 'string' },
        format: { type: 'string' },
        content: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return refuse(`${(error as Error).message.split('\n')[0]} (see npm run add -- --help)`);
  }
}

/** Reads what the importer needs of the content folder. */
function snapshot(contentDir: string): ArchiveSnapshot {
  const sourcesDir = join(contentDir, 'sources');
  const statementsDir = join(contentDir, 'statements');
  const sources = existsSync(sourcesDir)
    ? readdirSync(sourcesDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ name, size: statSync(join(sourcesDir, name)).size }))
    : [];
  const statements = existsSync(statementsDir)
    ? readdirSync(statementsDir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => ({ file: join('statements', name), raw: readFileSync(join(statementsDir, name), 'utf8') }))
    : [];
  const organizationsPath = join(contentDir, 'entities/organizations.yaml');
  return {
    sources,
    readSource: (name) => readFileSync(join(sourcesDir, name)),
    statements,
    organizations: existsSync(organizationsPath) ? readFileSync(organizationsPath, 'utf8') : undefined,
  };
}

const { values, positionals } = readArguments();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1) refuse('give exactly one copy to add: npm run add -- <copy> [options]');
// npm runs scripts in the project folder; paths on the command line are the editor's, from where they typed it.
const here = process.env.INIT_CWD ?? process.cwd();
const copyPath = resolve(here, positionals[0]!);
if (!existsSync(copyPath) || !statSync(copyPath).isFile()) refuse(`no file at ${copyPath}`);
const contentDir = values.content ? resolve(here, values.content) : process.env.CONTENT_DIR || 'content';
if (!existsSync(join(contentDir, 'statements')))
  refuse(`${contentDir} is not a content folder (no statements/ in it): give --content DIR`);

const bytes = readFileSync(copyPath);

/** Plans the import, refusing in one line what cannot be drafted. */
function planFor(): ImportPlan {
  try {
    return planImport(bytes, snapshot(contentDir), {
      format: values.format,
      title: values.title,
      titleEvidence: values['title-evidence'],
      date: values.date,
      evidence: values.evidence,
      evidenceUrl: values['evidence-url'],
      url: values.url,
      issuer: values.issuer,
      type: values.type,
      slug: values.slug,
      language: values.language,
      incomplete: values.incomplete,
      retrieved: values.retrieved,
    });
  } catch (error) {
    if (error instanceof DraftRefusal) refuse(error.message);
    throw error;
  }
}
const plan = planFor();

const copyTarget = join(contentDir, 'sources', plan.copyName);
const statementTarget = join(contentDir, plan.statementFile);
if (existsSync(statementTarget)) refuse(`${statementTarget} already exists: give another --slug`);
/** A path as the editor best reads it: relative to the project when inside it, else absolute. */
const show = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
};

if (values['dry-run']) {
  console.log(`Dry run (${plan.format} copy): nothing written. Would write:`);
  console.log(
    `  ${show(copyTarget)}${plan.writeCopy ? ` (${bytes.length} bytes, the copy as given)` : ' (already there; kept)'}`,
  );
  console.log(`  ${show(statementTarget)}:\n`);
  console.log(plan.draft.text);
  process.exit(0);
}

const written: string[] = [];
mkdirSync(join(contentDir, 'sources'), { recursive: true });
if (plan.writeCopy) {
  writeFileSync(copyTarget, bytes, { flag: 'wx' });
  written.push(copyTarget);
}
writeFileSync(statementTarget, plan.draft.text, { flag: 'wx' });
written.push(statementTarget);

/** Runs the content check on the archive with the draft in it; on failure removes what was written. */
function check(): ReturnType<typeof checkContent> {
  try {
    return checkContent(contentDir);
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    console.error((error as Error).message);
    console.error(`Not added: the draft did not pass the content check; removed ${written.map(show).join(' and ')}.`);
    process.exit(1);
  }
}
const checked = check();

const registryPath = join(contentDir, 'permalinks.txt');
const added = checked.statements.filter((s) => s.data.slug === plan.draft.slug);
const { text, added: urls } = mergeRegistry(
  existsSync(registryPath) ? parseRegistry(readFileSync(registryPath, 'utf8')) : [],
  publishedPermalinks(added),
);
writeFileSync(registryPath, text);

console.log(`Added a ${plan.format} copy as statement "${plan.draft.slug}".
Written:
  ${written.map(show).join('\n  ')}
  ${show(registryPath)} (${urls.length} new permalinks: ${urls[0] ?? ''} and its paragraphs)

The content check passed. What is left for the editors:
  1. Read the draft against the copy; check the bylines, subheadings, furniture and normalisation log.
  2. Write the one-line summary (summary: "…"); until then pages say "Summary not yet written".
  3. Add annotations/${plan.draft.slug}.yaml: paragraph topics, statement-scoped aliases${
    isTranscript(String(plan.draft.data.type))
      ? ' (a speaker label links to a person through their aliases; turns need no quotations)'
      : ', quotations'
  }.
  4. Add any new people, organisations, places or topics to entities/*.yaml, dated events to events.yaml,
     and the statement to comparisons.yaml where it belongs.
  5. Run npm run build, then commit the copy, the statement and permalinks.txt.`);
const lastBlock = added[0]?.blocks.filter((b) => b.kind === 'paragraph').at(-1);
if (lastBlock && !values.incomplete && !/[.!?…"'”’)\]]$/u.test(lastBlock.text.trim()))
  console.log(`
Note: the text's last paragraph ends without final punctuation ("…${lastBlock.text.trim().slice(-40)}").
If the copy breaks off there, say so: add  incomplete: { note: "…" }  to the statement (or re-add with --incomplete "…").`);
