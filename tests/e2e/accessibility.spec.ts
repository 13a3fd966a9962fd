/** axe-core on every built page, in both colour schemes, at a phone and a desktop width. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, isRedirectPage } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Every built page, plus states that only exist after a script ran: search results with a filter. */
const pages = [...builtPages().filter((p) => !isRedirectPage(p)), 'search/?q=migration&issuer=The+White+House'];

test('the build has pages to check', () => {
  expect(pages).toContain('');
  expect(pages.filter((p) => p.startsWith('statements/')).length).toBeGreaterThanOrEqual(2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const path of pages) {
        test(`/${path} has no axe violations`, async ({ page }) => {
          await page.goto(path);
          if (path.includes('?q=')) await expect(page.getByRole('status')).toHaveText(/match/u);
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
          expect(summary).toEqual([]);
        });
      }
    });
  }
}
