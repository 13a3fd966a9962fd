/**
 * `npm run permalinks`: adds every statement and paragraph URL the archive now
 * publishes to the permalink registry, `content/permalinks.txt`. Entries are
 * never removed: once a URL is published it must keep resolving, and the
 * browser tests check that every entry still does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContentOrExit } from '../src/integrations/content-check.ts';
import { publishedPermalinks, mergeRegistry, parseRegistry } from '../src/lib/permalinks.ts';

const registryPath = 'content/permalinks.txt';
const contentDir = process.env.CONTENT_DIR || 'content';
const current = publishedPermalinks(checkContentOrExit(contentDir, 'no permalinks were recorded').statements);
const existing = parseRegistry(readFileSync(registryPath, 'utf8'));
const { text, added } = mergeRegistry(existing, current);
writeFileSync(registryPath, text);
console.log(
  added.length === 0
    ? 'The registry already lists every permalink.'
    : `Recorded ${added.length} new permalinks:\n  ${added.join('\n  ')}`,
);
