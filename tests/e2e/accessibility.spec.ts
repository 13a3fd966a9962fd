/** axe-core on every built page, in both colour schemes, at a phone and a desktop width. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { archive, builtPages, isRedirectPage } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VARIANTS = [
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 375 },
  { colorScheme: 'dark', width: 1280 },
] as const;

const newest = archive().newestFirst[0]!;
/** A search state that only exists after a script ran: results for a word of the newest statement, filtered by its issuer. */
const filtered = `search/?${new URLSearchParams({ q: newest.data.title.split(/\s+/u)[0]!, issuer: newest.data.issuer.name })}`;

/** Every built page, plus that search. */
const pages = [...builtPages().filter((p) => !isRedirectPage(p)), filtered];

test('the build has pages to check', () => {
  expect(pages).toContain('');
  expect(pages.filter((p) => /^statements\/[^/]+\/$/u.test(p)).length).toBeGreaterThanOrEqual(
    archive().newestFirst.length,
  );
});

// Four axe runs on a long statement page take a while on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const path of pages) {
  test(`/${path} has no axe violations in light and dark, at 375 and 1280 px`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.getByRole('status')).toHaveText(/match/u);
    const found: string[] = [];
    for (const { colorScheme, width } of VARIANTS) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page })
        .withTags(TAGS)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const v of results.violations) {
        found.push(
          `${colorScheme} ${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      }
    }
    expect(found).toEqual([]);
  });
}
