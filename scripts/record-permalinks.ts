/**
 * `npm run permalinks`: adds every statement and paragraph URL the archive now
 * publishes to the permalink registry, `<content>/permalinks.txt`. Entries are
 * never removed: once a URL is published it must keep resolving, and the
 * browser tests check that every entry still does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentOrExit } from '../src/integrations/content-check.ts';
import { contentDir } from '../src/lib/config.ts';
import { publishedPermalinks, mergeRegistry, parseRegistry } from '../src/lib/permalinks.ts';

// The registry belongs to the archive it lists, so a CONTENT_DIR archive keeps its own.
const registryPath = join(contentDir, 'permalinks.txt');
const current = publishedPermalinks(checkContentOrExit(contentDir, 'no permalinks were recorded').statements);
const existing = parseRegistry(existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '');
const { text, added } = mergeRegistry(existing, current);
writeFileSync(registryPath, text);
console.log(
  added.length === 0
    ? 'The registry already lists every permalink.'
    : `Recorded ${added.length} new permalinks:\n  ${added.join('\n  ')}`,
);
