import { expect, test } from '@playwright/test';
import { statements } from './site.ts';

const all = statements();
const agn = all.find((s) => s.slug.startsWith('agn-'))!;
const wh = all.find((s) => s.slug.startsWith('white-house-'))!;

test.describe('the home page', () => {
  test('says what the archive is and lists the statements newest first', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diplomatic Statements Archive');
    await expect(page.getByText('only whitespace is normalised', { exact: false })).toBeVisible();
    const items = page
      .getByRole('list')
      .filter({ has: page.getByRole('article') })
      .getByRole('listitem');
    await expect(items).toHaveCount(all.length);
    await expect(items.nth(0).getByRole('heading')).toHaveText(agn.title);
    await expect(items.nth(1).getByRole('heading')).toHaveText(wh.title);
  });

  test('shows the supplied date in square brackets and the given date without', async ({ page }) => {
    await page.goto('');
    const items = page.getByRole('listitem').filter({ has: page.getByRole('article') });
    await expect(items.nth(0).locator('time')).toHaveText('[26 May 2023]');
    await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', '2023-05-26');
    await expect(items.nth(1).locator('time')).toHaveText('26 April 2021');
    await expect(items.nth(0)).toContainText('Agencia Guatemalteca de Noticias (AGN)');
    await expect(items.nth(0)).toContainText('News article');
    await expect(items.nth(1)).toContainText('The White House');
    await expect(items.nth(0)).toContainText('[editors’ summary]');
  });

  for (const statement of all) {
    test(`leads to "${statement.slug}" by its title`, async ({ page }) => {
      await page.goto('');
      await page.getByRole('link', { name: statement.title }).click();
      await expect(page).toHaveURL(new RegExp(`statements/${statement.slug}/$`, 'u'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.title);
    });
  }
});

test.describe('a statement page', () => {
  test('opening #p3 lands on paragraph 3 and marks it', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/#p3`);
    const p3 = page.locator('#p3');
    await expect(p3).toBeInViewport();
    await expect(p3).toContainText('Additionally, the two governments agreed');
    expect(await p3.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#p3')).not.toBe(await background('#p2'));
  });

  test('each paragraph number is the link to that paragraph, also from the keyboard', async ({ page }) => {
    await page.goto(`statements/${agn.slug}/`);
    const link = page.getByRole('link', { name: 'Paragraph 5', exact: true });
    await expect(link).toHaveAttribute('href', '#p5');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p5$/u);
    expect(await page.locator('#p5').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('numbers every paragraph of each statement, and not its subheadings or end mark', async ({ page }) => {
    for (const statement of all) {
      await page.goto(`statements/${statement.slug}/`);
      await expect(page.locator('.para')).toHaveCount(statement.paragraphs);
    }
    await page.goto(`statements/${wh.slug}/`);
    await expect(page.locator('.end-mark')).toHaveText('###');
    await expect(page.getByRole('heading', { name: '###' })).toHaveCount(0);
  });

  test('shows the catalogue record with the supplied date bracketed and linked to its evidence', async ({ page }) => {
    await page.goto(`statements/${agn.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    await expect(record.locator('time').first()).toHaveText('[26 May 2023]');
    await expect(record).toContainText('not given by the source');
    await expect(record).toContainText('“by Pamela Contreras”');
    await expect(record).toContainText('“by Brenda Larios -AGN-”');
    await record.getByRole('link', { name: /evidence/u }).click();
    await expect(page.locator('#date-evidence')).toBeInViewport();
    await expect(page.locator('#date-evidence')).toContainText('Readout of Vice President Harris’s Call');
  });

  test('shows the White House times as given, with their offset', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    await expect(record.locator('time[datetime="2021-04-26T20:01:00-04:00"]')).toHaveText(
      '26 April 2021, 20:01 (UTC−04:00)',
    );
    await expect(record.locator('time[datetime="2022-01-04T15:59:12-04:00"]')).toBeVisible();
    await expect(record.getByRole('link', { name: /whitehouse\.gov/u })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('sets the source page furniture apart under its own label', async ({ page }) => {
    await page.goto(`statements/${agn.slug}/`);
    const furniture = page.getByRole('complementary', { name: 'From the source page, not part of the statement' });
    await expect(furniture).toContainText('You may also like');
    await expect(furniture).toContainText('Copyright');
    await expect(furniture).toContainText('e-mail address hidden');
    await expect(page.getByRole('region', { name: 'Text of the statement' })).not.toContainText('You may also like');
  });

  test('shows a source note listing every change made in transcription', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    const note = page.getByRole('region', { name: 'Source note' });
    await expect(note.getByRole('listitem')).toHaveCount(4);
    await expect(note).toContainText('Hard line breaks');
  });

  test('links to the earlier and later statements', async ({ page }) => {
    await page.goto(`statements/${agn.slug}/`);
    const nav = page.getByRole('navigation', { name: 'Earlier and later statements' });
    await nav.getByRole('link', { name: wh.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wh.title);
    await page
      .getByRole('navigation', { name: 'Earlier and later statements' })
      .getByRole('link', { name: agn.title })
      .click();
    await expect(page).toHaveURL(new RegExp(`statements/${agn.slug}/$`, 'u'));
  });

  test('needs no JavaScript to read', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`statements/${wh.slug}/#p4`);
    await expect(page.locator('#p4')).toContainText('Finally, the two governments agreed');
    await expect(page.locator('.para')).toHaveCount(wh.paragraphs);
    // The only scripts are deferred modules: search-term highlighting, and the copy and share controls.
    await expect(page.locator('script:not([type="module"]):not([type="application/ld+json"])')).toHaveCount(0);
    await expect(page.locator('script[type="module"]')).toHaveCount(2);
    await context.close();
  });
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('statements/no-such-statement/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'search the statements' })).toBeVisible();
  await page.getByRole('link', { name: agn.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(agn.title);
});
