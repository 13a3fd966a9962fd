/**
 * `npm run permalinks`: adds every statement and paragraph URL of the
 * reviewed statements to the permalink registry, `<content>/permalinks.txt`
 * (a draft's URLs become permanent only through `npm run review`). Entries
 * are never removed: once a URL is recorded it must keep resolving, and the
 * build checks that every entry still does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentOrExit } from '../src/integrations/content-check.ts';
import { contentDir } from '../src/lib/config.ts';
import { publishedPermalinks, mergeRegistry, parseRegistry } from '../src/lib/permalinks.ts';

// The registry belongs to the archive it lists, so a CONTENT_DIR archive keeps its own.
const registryPath = join(contentDir, 'permalinks.txt');
const { statements } = checkContentOrExit(contentDir, 'no permalinks were recorded');
const drafts = statements.filter((s) => !s.data.reviewed).map((s) => s.data.slug);
const current = publishedPermalinks(statements.filter((s) => s.data.reviewed));
const existing = parseRegistry(existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '');
const { text, added } = mergeRegistry(existing, current);
writeFileSync(registryPath, text);
if (drafts.length > 0)
  console.log(
    `Left out ${drafts.length} draft${drafts.length === 1 ? '' : 's'} not yet reviewed (npm run review -- <slug>): ${drafts.join(', ')}`,
  );
console.log(
  added.length === 0
    ? 'The registry already lists every permalink.'
    : `Recorded ${added.length} new permalinks:\n  ${added.join('\n  ')}`,
);
