/**
 * axe-core on every built page, in both colour schemes and at a phone and a desktop width: one test a page, one
 * page load a test, axe put into the page once and run in each of the two states.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { archive, builtPages, isRedirectPage } from './site.ts';

/**
 * axe-core, the copy @axe-core/playwright depends on, minified (AxeBuilder injects the 1.5 MB unminified build,
 * which a busy machine took seconds to compile in every page). Run in the page with `axe.run`, as AxeBuilder's
 * legacy mode does: AxeBuilder's default opens a new blank page for every analysis to merge the results of
 * frames, which took most of this spec's time, and these pages have no frames (checked below).
 */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Each colour scheme and each width once: contrast depends on the scheme, reflow and target sizes on the width,
 * and neither on the other, so two runs a page cover what four did in half the time.
 */
const VARIANTS = [
  { colorScheme: 'light', width: 375 },
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

// Two axe runs on a long statement page take a while on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

/** Runs axe in each colour scheme and width on the page as loaded; returns every violation, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  expect(page.frames(), 'a page with frames needs AxeBuilder, which checks inside each frame').toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };
  const found: string[] = [];
  for (const { colorScheme, width } of VARIANTS) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    const violations = await page.evaluate(async (runOptions) => {
      const { axe } = window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } };
      const results = await axe.run(document, runOptions);
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    }, options);
    for (const v of violations) found.push(`${colorScheme} ${width}px ${v.id}: ${v.help} (${v.targets.join(', ')})`);
  }
  return found;
}

test('the check itself finds an image without a text alternative and text without contrast', async ({ page }) => {
  await page.goto('');
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('afterbegin', '<img src="favicon.svg"><p>faint</p>');
    // Styled through the DOM: the CSP refuses a style attribute in markup.
    Object.assign(main.querySelector('p')!.style, { color: '#eee', background: '#fff' });
  });
  const found = await axeViolations(page);
  for (const variant of VARIANTS.map((v) => `${v.colorScheme} ${v.width}px`)) {
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${variant} image-alt:`, 'u')));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${variant} color-contrast:`, 'u')));
  }
});

for (const path of pages) {
  test(`/${path} has no axe violations, light at 375 px and dark at 1280 px`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.getByRole('status')).toHaveText(/match/u);
    expect(await axeViolations(page)).toEqual([]);
  });
}
