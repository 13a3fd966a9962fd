/**
 * `npm run add -- <copy> [options]`: brings a verbatim copy into the archive.
 * It stores the copy byte for byte under a name derived from its content,
 * drafts the statement file with everything the copy tells (and what the
 * options supply) and runs the content check. The draft's URLs are not yet
 * permanent: `npm run review -- <slug>` records them once the editors have
 * read the draft against the copy, so a draft's numbering never becomes
 * permanent by accident.
 * If anything is missing it refuses in one line naming everything to give;
 * if the check fails it removes what it wrote. Every file it writes is part of
 * one transaction (`scripts/lib/import-transaction.ts`): stopped (Ctrl-C) or
 * failing at any point, it leaves the content folder as it was; killed
 * outright, the next run undoes what it had written. Imports into one content
 * folder take turns. Nothing is asked interactively, so it can run from
 * scripts too. See `--help`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrations/content-check.ts';
import { formatWarnings, largeCopyWarning } from '../src/lib/content-warnings.ts';
import { DraftRefusal } from '../src/lib/import/draft.ts';
import { isTranscript } from '../src/lib/schema.ts';
import { planImport, type ArchiveSnapshot, type ImportPlan } from '../src/lib/import/plan.ts';
import { beginImport, type ImportSession } from './lib/import-transaction.ts';
import { checkpoint, onStop } from './lib/interrupt.ts';

const HELP = `Usage: npm run add -- <copy> [options]

Adds a verbatim copy of a statement to the archive: stores the copy in <content>/sources/
as <sha256 first 16 hex>.txt, drafts <content>/statements/<slug>.md and runs the content check.
Formats recognised: whitehouse (metadata block + Markdown), gt-news (GT News / AGN page), plain
(any page or text: masthead, kicker, office and date lines, headline, standfirst, bylines, text
with subheadings and lists, closing lines and page furniture are read from its layout, in
English and Spanish). Once the editors have reviewed the draft, npm run review -- <slug>
records its permanent URLs.

Options:
  --title TEXT          a title the copy lacks (shown in [square brackets] as supplied)
  --title-evidence TEXT why that title (repeatable)
  --date YYYY[-MM[-DD]] a date the copy does not give (shown as supplied); needs --evidence
  --evidence TEXT       evidence for the supplied date (repeatable)
  --evidence-url URL    where that evidence can be checked (pairs with the --evidence before it)
  --url URL             the original URL, when the copy does not give it
  --issuer ID           the issuing organisation's id in entities/organizations.yaml (read from the
                        copy's address, an office line the organisation lists as its mark, or a
                        joint statement's title where it can be)
  --co-issuer ID        another issuer of a joint statement (repeatable; default: the governments
                        the title names)
  --translation-of SLUG the copy is a translation of this statement in the archive
  --translated-by TEXT  who translated it (default: the issuer)
  --type TYPE           statement, readout, news-article, press-release, joint-statement,
                        remarks, communique, fact-sheet, press-briefing or interview
                        (read from the title or the whitehouse.gov category where it can be)
  --incomplete NOTE     the copy breaks off: the editors' note on where and why (shown to readers)
  --retrieved YYYY-MM-DD the day the copy was retrieved or received (default: today); citations give
                        it as the access date
  --slug SLUG           the permanent slug (default: issuer, date and title words)
  --language TAG        BCP 47 language tag of the text (default: read from its words, en or es)
  --format FORMAT       whitehouse, gt-news or plain (default: detected)
  --content DIR         the content folder (default: $CONTENT_DIR or content)
  --dry-run             print what would be written, write nothing`;

/** The import under way, once it holds the content folder; undefined before, and after it committed. */
let session: ImportSession | undefined;

/** A path as the editor best reads it: relative to the project when inside it, else absolute. */
const show = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
};

/** Prints a one-line refusal and exits non-zero. */
function refuse(message: string): never {
  session?.transaction.rollback();
  session?.lock.release();
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
        'co-issuer': { type: 'string', multiple: true },
        'translation-of': { type: 'string' },
        'translated-by': { type: 'string' },
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

// Ctrl-C (or SIGTERM, SIGHUP) before the import is committed: undo every write and say so.
const keepSignals = onStop((signal) => {
  const undone = session?.transaction.rollback() ?? [];
  session?.lock.release();
  console.error(
    `\nNot added: stopped (${signal}) before it finished; ${
      undone.length > 0
        ? `removed what it had written (${undone.map((p) => show(join(contentDir, p))).join(', ')})`
        : 'nothing was written'
    }.`,
  );
});
if (!values['dry-run']) {
  // Before planning: the duplicate check and the slug must see every import that finished before this one.
  session = await beginImport(contentDir, (owner) =>
    console.log(`Another npm run add is running on ${contentDir} (process ${owner.pid}); waiting for it to finish…`),
  );
  if (session.recovered) console.log(session.recovered);
}

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
      coIssuer: values['co-issuer'],
      translationOf: values['translation-of'],
      translatedBy: values['translated-by'],
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

if (values['dry-run']) {
  console.log(`Dry run (${plan.format} copy): nothing written. Would write:`);
  console.log(
    `  ${show(copyTarget)}${plan.writeCopy ? ` (${bytes.length} bytes, the copy as given)` : ' (already there; kept)'}`,
  );
  const large = largeCopyWarning(show(statementTarget), 'source.copy', plan.copyName, bytes.length);
  if (large) console.log(formatWarnings([large]));
  console.log(`  ${show(statementTarget)}:\n`);
  // Written synchronously: process.exit would cut a long draft short on a pipe.
  writeSync(1, `${plan.draft.text}\n`);
  process.exit(0);
}

const transaction = session!.transaction;
/** Undoes every write, prints why and exits non-zero. */
function abandon(message: string): never {
  const undone = transaction.rollback();
  session!.lock.release();
  console.error(message);
  console.error(
    `Not added: the draft did not pass the content check; removed ${undone.map((p) => show(join(contentDir, p))).join(' and ')}.`,
  );
  process.exit(1);
}

/** Runs the content check on the archive with the draft in it; on failure undoes what was written. */
function check(): ReturnType<typeof checkContent> {
  try {
    return checkContent(contentDir);
  } catch (error) {
    return abandon((error as Error).message);
  }
}

let added: ReturnType<typeof checkContent>['statements'] = [];
let warnings: ReturnType<typeof checkContent>['warnings'] = [];
try {
  if (plan.writeCopy) transaction.create(join('sources', plan.copyName), bytes);
  await checkpoint('add:copy-written');
  transaction.create(plan.statementFile, plan.draft.text);
  await checkpoint('add:statement-written');
  const checked = check();
  await checkpoint('add:checked');
  added = checked.statements.filter((s) => s.data.slug === plan.draft.slug);
  // What the check warns about the new statement (a date after today, a copy over 1 MB) is printed, not refused.
  warnings = checked.warnings.filter((w) => resolve(w.file) === resolve(statementTarget));
  transaction.commit();
} catch (error) {
  transaction.rollback();
  session!.lock.release();
  console.error(`Not added: ${(error as Error).message}; nothing was kept.`);
  process.exit(1);
}
session!.lock.release();
session = undefined;
keepSignals();
const written = transaction.written.map((p) => join(contentDir, p));

console.log(`Added a ${plan.format} copy as statement "${plan.draft.slug}".
Written:
  ${written.map(show).join('\n  ')}

The content check passed. What is left for the editors:
  1. Read the draft against the copy; check the lines above and below the headline, bylines,
     subheadings, lists, closing lines, furniture and the normalisation log. A line's role
     (head.above, head.below, closing) can be changed in the front matter; its words cannot.
  2. Write the one-line summary (summary: "…"); until then pages say "Summary not yet written".
  3. Add annotations/${plan.draft.slug}.yaml: paragraph topics, statement-scoped aliases${
    isTranscript(String(plan.draft.data.type))
      ? ' (a speaker label links to a person through their aliases; turns need no quotations)'
      : ', quotations'
  }.
  4. Add any new people, organisations, places or topics to entities/*.yaml, dated events to events.yaml,
     and the statement to comparisons.yaml where it belongs.
  5. When the draft is right: npm run review -- ${plan.draft.slug}
     It marks the statement reviewed and records its permanent URLs in permalinks.txt; until then
     its page says it is a draft whose paragraph numbers may still change.
  6. Run npm run build, then commit the copy, the statement, the annotations and permalinks.txt.`);
const lastBlock = added[0]?.blocks.filter((b) => b.kind === 'paragraph').at(-1);
if (lastBlock && !values.incomplete && !/[.!?…"'”’)\]]$/u.test(lastBlock.text.trim()))
  console.log(`
Note: the text's last paragraph ends without final punctuation ("…${lastBlock.text.trim().slice(-40)}").
If the copy breaks off there, say so: add  incomplete: { note: "…" }  to the statement (or re-add with --incomplete "…").`);
if (warnings.length > 0) console.log(`\n${formatWarnings(warnings)}`);
