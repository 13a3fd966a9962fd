/**
 * `npm run review -- <slug> [--content DIR]`: the editors have read a draft
 * against its copy and it is right. Marks the statement reviewed (`reviewed:`
 * today's date in its front matter) and records its statement and paragraph
 * URLs in the permalink registry, `<content>/permalinks.txt`, from where they
 * must keep resolving for good. Until then a statement is a draft: its page
 * says so, and its paragraph numbers may still change (a kicker read as a
 * paragraph, say, moved out of the text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentOrExit } from '../src/integrations/content-check.ts';
import { mergeRegistry, parseRegistry, publishedPermalinks } from '../src/lib/permalinks.ts';
import { setFrontMatterField } from '../src/lib/statement-file.ts';
import { beginImport } from './lib/import-transaction.ts';
import { onStop } from './lib/interrupt.ts';

/** Prints a one-line refusal and exits non-zero. */
function refuse(message: string): never {
  console.error(`Not reviewed: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
} catch (error) {
  refuse(`${(error as Error).message.split('\n')[0]} (usage: npm run review -- <slug> [--content DIR])`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) refuse('give the slug of one statement: npm run review -- <slug>');
const slug = positionals[0]!;
const here = process.env.INIT_CWD ?? process.cwd();
const contentDir = values.content ? resolve(here, values.content) : process.env.CONTENT_DIR || 'content';

// One at a time with imports, and after undoing one that was killed: the check must see a whole archive.
const session = await beginImport(contentDir, (owner) =>
  console.log(`An npm run add is running on ${contentDir} (process ${owner.pid}); waiting for it to finish…`),
);
if (session.recovered) console.log(session.recovered);
const keepSignals = onStop((signal) => {
  session.transaction.rollback();
  session.lock.release();
  console.error(`\nNot reviewed: stopped (${signal}) before it finished; nothing was changed.`);
});

/** Gives up the content folder and refuses. */
function give(message: string): never {
  session.transaction.rollback();
  session.lock.release();
  refuse(message);
}

// On bad content this prints the problems and exits; the lock is given up as the process exits.
const checked = checkContentOrExit(contentDir, 'nothing was reviewed');
const statement = checked.statements.find((s) => s.data.slug === slug);
if (!statement) give(`no statement has the slug "${slug}" (the slug is in its front matter, not its file name)`);

const today = new Date().toISOString().slice(0, 10);
const file = resolve(statement.file);
const already = statement.data.reviewed;
const registryPath = join(contentDir, 'permalinks.txt');
const existing = parseRegistry(existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '');
const { text, added } = mergeRegistry(existing, publishedPermalinks([statement]));
try {
  if (!already) {
    const edited = setFrontMatterField(readFileSync(file, 'utf8'), 'reviewed', today);
    if (edited === null) give(`${statement.file} has no front matter to mark`);
    session.transaction.write(relative(resolve(contentDir), file), edited);
  }
  session.transaction.write('permalinks.txt', text);
  session.transaction.commit();
} catch (error) {
  give(`${(error as Error).message}; nothing was changed`);
}
session.lock.release();
keepSignals();
console.log(
  `${already ? `"${slug}" was reviewed on ${already}` : `Marked "${slug}" reviewed (${today})`}; ${
    added.length === 0
      ? 'its permanent URLs were already recorded.'
      : `recorded ${added.length} permanent URLs in ${relative(process.cwd(), registryPath)}: ${added[0]} and its paragraphs.`
  }\nCommit ${relative(process.cwd(), file)} and permalinks.txt.`,
);
