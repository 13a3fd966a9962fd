import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DIST, statements } from './site.ts';

const all = statements();
const agn = all.find((s) => s.slug.startsWith('agn-'))!;
const wh = all.find((s) => s.slug.startsWith('white-house-'))!;

/** Opens the search page for a query and waits for the announced result count. */
async function search(page: Page, query: string, extra = ''): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.getByRole('status')).toHaveText(/match/u);
}

/** The result item for a statement on the search page. */
const resultFor = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

const landings: [string, string, (typeof all)[number], number[]][] = [
  ['a dollar figure', '310 million', wh, [1]],
  ['a rare word', 'reintegration', wh, [3]],
  ['a rare word in the other text', 'Yazaki', agn, [12]],
  ['an acronym', 'CAPMiR', agn, [3]],
  ['a named unit', 'Mobile Tactical Interdiction Unit', wh, [2]],
  ['a multi-word name', 'Joint Task Force Alpha', agn, [4]],
  ['a phrase', 'refugee resettlement', wh, [3]],
  ['a number with a noun', '74 criminals', agn, [4]],
  ['a date', 'June 25', agn, [13]],
  ['a place', 'El Salvador', wh, [1]],
  ['a place in parentheses', 'Taiwan', agn, [8]],
  ['part of a hyphenated law', 'Coyotaje', agn, [6]],
  ['a name in both texts (AGN)', 'Giammattei', agn, [10]],
  ['a name in both texts (White House)', 'Giammattei', wh, [1]],
  ['upper case', 'HUMANE', wh, [2]],
  ['a curly apostrophe', 'Guatemala’s', agn, [4]],
  ['a word in several paragraphs', 'Biden', agn, [5, 11]],
];

test.describe('queries land on the right paragraph', () => {
  for (const [kind, query, statement, paragraphs] of landings) {
    test(`${kind}: “${query}” → ${statement.slug.split('-')[0]} ¶ ${paragraphs.join(', ')}`, async ({ page }) => {
      await search(page, query);
      const result = resultFor(page, statement.title);
      await expect(result).toHaveCount(1);
      for (const n of paragraphs) {
        const link = result.getByRole('link', { name: `Paragraph ${n}`, exact: true });
        await expect(link).toHaveAttribute(
          'href',
          new RegExp(`statements/${statement.slug}/\\?pagefind-highlight=.*#p${n}$`, 'u'),
        );
      }
      await expect(result.locator('mark').first()).toBeVisible();
    });
  }

  test('a word in both statements returns both', async ({ page }) => {
    await search(page, 'Giammattei');
    await expect(page.getByRole('status')).toHaveText('2 statements match “Giammattei”.');
  });

  test('a word in neither gives a clean “no results” with help', async ({ page }) => {
    await search(page, 'xylophone');
    await expect(page.getByRole('status')).toHaveText('No statements match “xylophone”.');
    await expect(page.getByText('fewer words, or another spelling')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
  });

  test('page furniture and catalogue labels are not indexed', async ({ page }) => {
    for (const word of ['Catalogue', 'Paragraph', 'transcription']) {
      await search(page, word);
      await expect(page.getByRole('status')).toHaveText(`No statements match “${word}”.`);
    }
  });
});

test('clicking a paragraph result lands on it with the terms highlighted', async ({ page }) => {
  await search(page, '310 million');
  await resultFor(page, wh.title).getByRole('link', { name: 'Paragraph 1', exact: true }).click();
  await expect(page).toHaveURL(/pagefind-highlight=310.*#p1$/u);
  const p1 = page.locator('#p1');
  expect(await p1.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(p1.locator('mark.pagefind-highlight').first()).toBeVisible();
  await expect(p1.locator('mark.pagefind-highlight')).toContainText(['310', 'million']);
  await expect(p1).toBeInViewport();
  await expect(page.locator('.record mark')).toHaveCount(0);
});

test('results appear as you type, and the count is announced', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Words, names, figures or phrases').pressSequentially('extraditions', { delay: 20 });
  await expect(page.getByRole('status')).toHaveText('1 statement matches “extraditions”.');
  await expect(page).toHaveURL(/\?q=extraditions$/u);
  await expect(resultFor(page, agn.title)).toHaveCount(1);
});

test('a filter narrows results, lives in the URL, and survives a reload', async ({ page }) => {
  await search(page, 'migration');
  await expect(page.getByRole('status')).toHaveText('2 statements match “migration”.');
  await page.getByRole('group', { name: 'Issued by' }).getByLabel('The White House').check();
  await expect(page.getByRole('status')).toHaveText('1 statement matches “migration” (filtered by The White House).');
  await expect(page).toHaveURL(/\?q=migration&issuer=The\+White\+House$/u);
  await expect(resultFor(page, agn.title)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('1 statement matches “migration” (filtered by The White House).');
  await expect(page.getByRole('group', { name: 'Issued by' }).getByLabel('The White House')).toBeChecked();
  await expect(page.getByLabel('Words, names, figures or phrases')).toHaveValue('migration');
});

test('filter counts follow the results once the reader turns to the filters', async ({ page }) => {
  await search(page, 'extraditions');
  const issuer = page.getByRole('group', { name: 'Issued by' });
  await expect(issuer.locator('[data-count-for="The White House"]')).toHaveText('(1)');
  await issuer.getByLabel('The White House').focus();
  await expect(issuer.locator('[data-count-for="The White House"]')).toHaveText('(0)');
  await expect(page.getByRole('status')).toHaveText('1 statement matches “extraditions”.');
});

test('a filter alone lists the statements it selects', async ({ page }) => {
  await page.goto('search/?year=2023');
  await expect(page.getByRole('status')).toHaveText('1 statement matches the filters (filtered by 2023).');
  await expect(resultFor(page, agn.title)).toHaveCount(1);
});

test('Back and Forward restore the previous and next searches', async ({ page }) => {
  await search(page, 'Yazaki');
  const box = page.getByLabel('Words, names, figures or phrases');
  await box.fill('Taiwan');
  await expect(page.getByRole('status')).toHaveText('1 statement matches “Taiwan”.');
  await page.goBack();
  await expect(box).toHaveValue('Yazaki');
  await expect(page.getByRole('status')).toHaveText('1 statement matches “Yazaki”.');
  await page.goForward();
  await expect(box).toHaveValue('Taiwan');
});

test('results sort by date either way', async ({ page }) => {
  const firstTitle = () => page.getByRole('list', { name: 'Search results' }).getByRole('heading').first();
  await search(page, 'Vice President', '&sort=newest');
  await expect(firstTitle()).toHaveText(agn.title);
  await page.getByLabel('Order', { exact: true }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/u);
  await expect(firstTitle()).toHaveText(wh.title);
});

test.describe('awkward input never breaks the page', () => {
  const inputs: [string, string][] = [
    ['an empty query', ''],
    ['a 1,000-character query', 'migration '.repeat(100)],
    ['punctuation only', '!!! ??? ...'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['a script tag', '"><script>window.__pwned=1</script>'],
    ['diacritics', 'Giámmattéi'],
    ['lower case', 'giammattei'],
  ];
  for (const [kind, query] of inputs) {
    test(kind, async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await page.waitForLoadState('networkidle');
      if (query.trim()) await expect(page.getByRole('status')).toHaveText(/match/u);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the statements');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('#results img, #results script')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }

  test('an HTML query is shown as text in the box and the announcement', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.getByLabel('Words, names, figures or phrases')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.getByRole('status')).toHaveText(/ match(es)? “<img src=x onerror=alert\(1\)>”\.$/u);
    await expect(page.getByText('Search results need JavaScript')).toBeHidden();
  });
});

test('the header search box is a plain form that reaches the search page', async ({ page }) => {
  await page.goto('');
  const header = page.getByRole('search', { name: 'Site' });
  await header.getByRole('searchbox').fill('Taiwan');
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search\/\?q=Taiwan$/u);
  await expect(page.getByRole('status')).toHaveText('1 statement matches “Taiwan”.');
});

test('without JavaScript the search page says results need it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?q=Taiwan');
  await expect(page.getByText('Search results need JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'list of statements' })).toBeVisible();
  await context.close();
});

test('the search page’s own script stays under 15 KB gzip', () => {
  const html = readFileSync(join(DIST, 'search/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="[^"]*\/(_astro\/[^"]+\.js)"/gu)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  expect(bytes).toBeLessThan(15 * 1024);
  expect(readdirSync(join(DIST, 'pagefind')).length).toBeGreaterThan(0);
});
