/**
 * Draws the preview images and formats the citations of every statement
 * whose are not cached yet. `npm run build` starts this in a separate process
 * alongside `astro build`: Astro makes them as it renders, newest statement
 * first, while this process fills the caches from the oldest statement on,
 * so the work is shared between two cores and each is normally made once.
 * Content that does not parse is skipped here; the content check reports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedCitations, CITATION_CACHE, citationKey, cslItem, type CslItem } from '../src/lib/citation.ts';
import { buildsYear } from '../src/lib/build-parts.ts';
import { basePath, buildPart, contentDir, siteName, siteUrl } from '../src/lib/config.ts';
import { compareDates } from '../src/lib/dates.ts';
import { renderPreview } from '../src/lib/preview-image.ts';
import { previewInput, previewName, previewScope } from '../src/lib/previews.ts';
import type { StatementData } from '../src/lib/schema.ts';
import { statementSchema } from '../src/lib/schema.ts';
import { readStatementFile } from '../src/lib/statement-file.ts';
import { absoluteUrl, routes } from '../src/lib/urls.ts';

/**
 * Every statement that parses, oldest first, with its CSL record as the pages will build it; in a build
 * part, only the statements whose pages it builds (src/lib/build-parts.ts).
 */
function readItems(dir: string): { data: StatementData; item: CslItem }[] {
  const folder = join(dir, 'statements');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      try {
        const parsed = statementSchema.safeParse(readStatementFile(readFileSync(join(folder, name), 'utf8')).data);
        if (!parsed.success || !buildsYear(buildPart, parsed.data.date.value.slice(0, 4))) return [];
        const item = cslItem(parsed.data, absoluteUrl(routes.statement(parsed.data.slug), siteUrl, basePath), siteName);
        return [{ data: parsed.data, item }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => compareDates(a.data.date.value, b.data.date.value));
}

const statements = readItems(contentDir);
// The scope is the whole archive's, as the pages decide it, even when a build part warms only its own.
const total = existsSync(join(contentDir, 'statements'))
  ? readdirSync(join(contentDir, 'statements'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'))
      .length
  : 0;
const scope = previewScope(total, process.env.PREVIEWS);
const drawn = new Set<string>();
let formatted = 0;
for (const { data, item } of statements) {
  const name = previewName(data.slug, data, scope);
  if (!drawn.has(name)) {
    drawn.add(name);
    await renderPreview(previewInput(data, scope, siteName));
  }
  if (existsSync(join(CITATION_CACHE, `${citationKey(item)}.json`))) continue;
  cachedCitations(item);
  formatted += 1;
}
console.log(`Cache warmer: ${drawn.size} preview images and ${formatted} citation sets ready alongside the build.`);
