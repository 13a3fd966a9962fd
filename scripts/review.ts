/**
 * `npm run review -- <slug> [--content DIR]`: the editors have read a draft
 * against its copy and it is right. Marks the statement reviewed (`reviewed:`
 * today's date in its front matter) and records its statement and paragraph
 * URLs in the permalink registry, `<content>/permalinks.txt`, from where they
 * must keep resolving for good. Until then a statement is a draft: its page
 * says so, and its paragraph numbers may still change (a kicker read as a
 * paragraph, say, moved out of the text).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentOrExit } from '../src/integrations/content-check.ts';
import { mergeRegistry, parseRegistry, publishedPermalinks } from '../src/lib/permalinks.ts';
import { setFrontMatterField } from '../src/lib/statement-file.ts';

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

const { statements } = checkContentOrExit(contentDir, 'nothing was reviewed');
const statement = statements.find((s) => s.data.slug === slug);
if (!statement) refuse(`no statement has the slug "${slug}" (the slug is in its front matter, not its file name)`);

const today = new Date().toISOString().slice(0, 10);
const file = resolve(statement.file);
const raw = readFileSync(file, 'utf8');
const already = statement.data.reviewed;
if (!already) {
  const edited = setFrontMatterField(raw, 'reviewed', today);
  if (edited === null) refuse(`${statement.file} has no front matter to mark`);
  writeFileSync(file, edited);
}

const registryPath = join(contentDir, 'permalinks.txt');
const existing = parseRegistry(existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '');
const { text, added } = mergeRegistry(existing, publishedPermalinks([statement]));
writeFileSync(registryPath, text);
console.log(
  `${already ? `"${slug}" was reviewed on ${already}` : `Marked "${slug}" reviewed (${today})`}; ${
    added.length === 0
      ? 'its permanent URLs were already recorded.'
      : `recorded ${added.length} permanent URLs in ${relative(process.cwd(), registryPath)}: ${added[0]} and its paragraphs.`
  }\nCommit ${relative(process.cwd(), file)} and permalinks.txt.`,
);
