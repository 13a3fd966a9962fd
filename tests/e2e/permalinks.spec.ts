/** Every URL the archive has published must keep resolving, and every URL it now publishes must be registered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseRegistry } from '../../src/lib/permalinks.ts';
import { CONTENT, statements } from './site.ts';

const registry = parseRegistry(readFileSync(join(CONTENT, 'permalinks.txt'), 'utf8'));
const byPage = Map.groupBy(registry, (url) => url.split('#')[0]!);

test('the registry lists every statement and paragraph URL of every reviewed statement', () => {
  const published = statements()
    .filter((s) => s.reviewed)
    .flatMap((s) => [
      `statements/${s.slug}/`,
      ...Array.from({ length: s.paragraphs }, (_, i) => `statements/${s.slug}/#p${i + 1}`),
    ]);
  const missing = published.filter((url) => !registry.includes(url));
  expect(missing, 'Run `npm run review -- <slug>` (or `npm run permalinks`) to record the new URLs').toEqual([]);
});

for (const [pagePath, urls] of byPage) {
  test(`${pagePath} and its ${urls.length - 1} paragraph anchors still resolve`, async ({ page }) => {
    const response = await page.goto(pagePath);
    expect(response?.status(), `${pagePath} no longer loads`).toBe(200);
    await page.waitForLoadState('load');
    for (const url of urls) {
      const fragment = url.split('#')[1];
      if (fragment) await expect(page.locator(`[id="${fragment}"]`), `${url} has no target`).toHaveCount(1);
    }
  });
}
