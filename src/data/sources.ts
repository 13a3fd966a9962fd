/** The verbatim source copies, read from the content folder's `sources/` as the statement pages publish them. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/config.ts';
import { publishedCopy, type PublishedCopy } from '../lib/source-copy.ts';
import type { Statement } from '../lib/statement.ts';

/** The copy a statement was transcribed from, byte for byte (the content check has made sure it exists). */
export function copyOf(statement: Statement): PublishedCopy {
  const name = statement.data.source.copy;
  return publishedCopy(name, readFileSync(join(contentDir, 'sources', name)));
}

/**
 * A digest of the copy a statement's page publishes, for its cache key: an edit to the copy alone must
 * render the page again (its name says nothing of its bytes).
 */
export function copyDigest(statement: Statement): string {
  const bytes = readFileSync(join(contentDir, 'sources', statement.data.source.copy));
  return createHash('sha256').update(bytes).digest('base64url');
}
