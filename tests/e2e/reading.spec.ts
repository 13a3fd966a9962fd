/**
 * Reading, over whatever content the site was built from: every expected
 * value (order, dates, issuers, paragraphs, furniture, neighbours) is read
 * from the content with the site's own functions. Exact quotations of known
 * statements are tested on the fixture archive (tests/e2e/fixture).
 */
import { expect, test } from '@playwright/test';
import { formatStatementDate, formatTimestamp, toDatetimeAttribute } from '../../src/lib/dates.ts';
import { paragraphsOf } from '../../src/lib/blocks.ts';
import { glossFurniture, neighboursOf, typeLabels } from '../../src/lib/statement.ts';
import { HOME_LATEST } from '../../src/lib/pages/home.ts';
import { archive, expectTitleHeading, lacking, opening, statementWith } from './site.ts';
import { displayTitle } from '../../src/lib/statement.ts';

/** How many statements the 404 page suggests (src/pages/404.astro). */
const NOT_FOUND_LATEST = 10;

const { newestFirst } = archive();
const onHome = newestFirst.slice(0, HOME_LATEST);

test.describe('the home page', () => {
  test('says what the archive is and lists the latest statements newest first', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diplomatic Statements Archive');
    await expect(page.getByText('only whitespace is normalised', { exact: false })).toBeVisible();
    const items = page
      .getByRole('list')
      .filter({ has: page.getByRole('article') })
      .getByRole('listitem');
    await expect(items.getByRole('heading')).toHaveText(onHome.map((s) => displayTitle(s.data)));
  });

  test('gives each listed statement its date (supplied ones in brackets), issuer, type and summary', async ({
    page,
  }) => {
    await page.goto('');
    const items = page.getByRole('listitem').filter({ has: page.getByRole('article') });
    for (const [i, { data }] of onHome.entries()) {
      const item = items.nth(i);
      await expect(item.locator('time')).toHaveText(formatStatementDate(data.date));
      await expect(item.locator('time')).toHaveAttribute('datetime', data.date.value);
      await expect(item).toContainText(data.issuer.name);
      await expect(item).toContainText(typeLabels[data.type]);
      if (data.summary) await expect(item).toContainText(`${data.summary} [editors’ summary]`);
    }
  });

  for (const statement of onHome) {
    test(`leads to "${statement.slug}" by its title`, async ({ page }) => {
      await page.goto('');
      await page
        .getByRole('link', { name: displayTitle(statement.data), exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`statements/${statement.slug}/$`, 'u'));
      await expectTitleHeading(page, statement.data);
    });
  }
});

test.describe('a statement page', () => {
  test('opening #pN lands on paragraph N and marks it', async ({ page }) => {
    const statement = statementWith((s) => paragraphsOf(s.blocks).length >= 2);
    if (!statement) return lacking('two paragraphs');
    const paragraphs = paragraphsOf(statement.blocks);
    const target = paragraphs[Math.min(2, paragraphs.length - 1)]!;
    await page.goto(`statements/${statement.slug}/#${target.id}`);
    const marked = page.locator(`#${target.id}`);
    await expect(marked).toBeInViewport();
    await expect(marked).toContainText(opening(target.text));
    // A fragment becomes the target once the page has loaded its stylesheets; wait for that, as a reader does.
    await expect.poll(() => marked.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = (id: string) => page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(`#${target.id}`)).not.toBe(await background('#p1'));
  });

  test('each paragraph number is the link to that paragraph, also from the keyboard', async ({ page }) => {
    const statement = newestFirst[0]!;
    const last = paragraphsOf(statement.blocks).at(-1)!;
    await page.goto(`statements/${statement.slug}/`);
    const link = page.getByRole('link', { name: `Paragraph ${last.n}`, exact: true });
    await expect(link).toHaveAttribute('href', `#${last.id}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`, 'u'));
    // A fragment becomes the target once the page has loaded its stylesheets; wait for that, as a reader does.
    await expect.poll(() => page.locator(`#${last.id}`).evaluate((el) => el.matches(':target'))).toBe(true);
  });

  // One test a statement, so no test grows with the archive.
  for (const statement of newestFirst) {
    test(`numbers every paragraph of "${statement.slug}", and not its subheadings or end mark`, async ({ page }) => {
      await page.goto(`statements/${statement.slug}/`);
      await expect(page.locator('.para')).toHaveCount(paragraphsOf(statement.blocks).length);
    });
  }

  test('sets the end mark apart, neither numbered nor a heading', async ({ page }) => {
    const withEndMark = statementWith((s) => s.blocks.some((b) => b.kind === 'end-mark'));
    if (!withEndMark) return lacking('an end mark');
    const mark = withEndMark.blocks.find((b) => b.kind === 'end-mark')!.text;
    await page.goto(`statements/${withEndMark.slug}/`);
    await expect(page.locator('.end-mark')).toHaveText(mark);
    await expect(page.getByRole('heading', { name: mark })).toHaveCount(0);
  });

  test('shows a supplied date bracketed in the catalogue record, linked to its evidence', async ({ page }) => {
    const statement = statementWith((s) => s.data.date.basis === 'supplied');
    if (!statement || statement.data.date.basis !== 'supplied') return lacking('a supplied date');
    await page.goto(`statements/${statement.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    await expect(record.locator('time').first()).toHaveText(formatStatementDate(statement.data.date));
    await expect(record).toContainText('not given by the source');
    await record.getByRole('link', { name: /evidence/u }).click();
    await expect(page.locator('#date-evidence')).toBeInViewport();
    await expect(page.locator('#date-evidence')).toContainText(opening(statement.data.date.evidence[0]!.note));
  });

  test('shows the bylines as found in the source', async ({ page }) => {
    const statement = statementWith((s) => s.data.bylines.length > 0);
    if (!statement) return lacking('a byline');
    await page.goto(`statements/${statement.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    for (const byline of statement.data.bylines) await expect(record).toContainText(`“${byline.text}”`);
  });

  test('shows the published and modified times as given, with their offset', async ({ page }) => {
    const statement = statementWith((s) => Boolean(s.data.published || s.data.modified));
    if (!statement) return lacking('a publication time');
    await page.goto(`statements/${statement.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    for (const time of [statement.data.published, statement.data.modified].filter((t) => t !== undefined)) {
      await expect(record.locator(`time[datetime="${toDatetimeAttribute(time)}"]`)).toHaveText(formatTimestamp(time));
    }
  });

  test('links the original safely', async ({ page }) => {
    const statement = statementWith((s) => Boolean(s.data.originalUrl));
    if (!statement) return lacking('an original URL');
    await page.goto(`statements/${statement.slug}/`);
    const record = page.getByRole('region', { name: 'Catalogue record' });
    const original = record.locator(`a[href="${statement.data.originalUrl}"]`).first();
    await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('sets the source page furniture apart under its own label', async ({ page }) => {
    const statement = statementWith((s) => s.data.furniture.length > 0);
    if (!statement) return lacking('page furniture');
    await page.goto(`statements/${statement.slug}/`);
    const furniture = page.getByRole('complementary', { name: 'From the source page, not part of the statement' });
    await expect(furniture.getByRole('listitem')).toHaveCount(statement.data.furniture.length);
    for (const [i, line] of statement.data.furniture.entries()) {
      const gloss = glossFurniture(line);
      if (gloss) await expect(furniture.getByRole('listitem').nth(i)).toContainText(gloss);
    }
  });

  test('shows a source note listing every change made in transcription', async ({ page }) => {
    for (const statement of [newestFirst[0]!, newestFirst.at(-1)!]) {
      await page.goto(`statements/${statement.slug}/`);
      const note = page.getByRole('region', { name: 'Source note' });
      const changes = note.getByRole('list').first().getByRole('listitem');
      await expect(changes).toHaveText(statement.data.normalisations);
    }
  });

  test('links to the earlier and later statements', async ({ page }) => {
    const statement = newestFirst[Math.min(1, newestFirst.length - 1)]!;
    const { earlier, later } = neighboursOf(newestFirst, statement.slug);
    if (!earlier && !later) return lacking('a neighbour (the archive has one statement)');
    await page.goto(`statements/${statement.slug}/`);
    const nav = page.getByRole('navigation', { name: 'Earlier and later statements' });
    const other = (earlier ?? later)!;
    await nav.getByRole('link', { name: displayTitle(other.data), exact: true }).click();
    await expectTitleHeading(page, other.data);
    await page
      .getByRole('navigation', { name: 'Earlier and later statements' })
      .getByRole('link', { name: displayTitle(statement.data), exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`statements/${statement.slug}/$`, 'u'));
  });

  test('needs no JavaScript to read', async ({ browser, baseURL }) => {
    const statement = newestFirst.at(-1)!;
    const paragraphs = paragraphsOf(statement.blocks);
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`statements/${statement.slug}/#${paragraphs.at(-1)!.id}`);
    await expect(page.locator(`#${paragraphs.at(-1)!.id}`)).toContainText(opening(paragraphs.at(-1)!.text));
    await expect(page.locator('.para')).toHaveCount(paragraphs.length);
    // The only scripts are deferred modules, one per enhancement.
    const enhancements = ['search-term highlighting', 'copy and share controls'];
    await expect(page.locator('script:not([type="module"]):not([type="application/ld+json"])')).toHaveCount(0);
    await expect(page.locator('script[type="module"]')).toHaveCount(enhancements.length);
    await context.close();
  });
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('statements/no-such-statement/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'search the statements' })).toBeVisible();
  const suggested = newestFirst.slice(0, NOT_FOUND_LATEST);
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(suggested.map((s) => displayTitle(s.data)));
  await page.getByRole('link', { name: displayTitle(suggested[0]!.data), exact: true }).click();
  await expectTitleHeading(page, suggested[0]!.data);
});

test.describe('reading first', () => {
  // One test a statement (both screen sizes from one page load), so no test grows with the archive.
  for (const { slug } of newestFirst) {
    test(`“${slug}”: the first paragraph starts on the first screen at 1280×900 and 375×800`, async ({ page }) => {
      await page.goto(`statements/${slug}/`);
      for (const [width, height] of [
        [1280, 900],
        [375, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        const box = await page.locator('#p1').evaluate((el) => {
          const rect = el.getBoundingClientRect();
          return { top: rect.top, line: parseFloat(getComputedStyle(el.querySelector('p')!).lineHeight) };
        });
        // At least the first line of the first paragraph is visible without scrolling.
        expect(box.top + box.line, `${width}×${height}`).toBeLessThanOrEqual(height);
      }
    });
  }

  test('keeps the catalogue record after the text in the page, beside it on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`statements/${newestFirst[0]!.slug}/`);
    const text = await page.locator('#p1').boundingBox();
    const record = await page.getByRole('region', { name: 'Catalogue record' }).boundingBox();
    expect(record!.x).toBeGreaterThan(text!.x + text!.width - 1);
  });

  test('spaces the footer’s sentence from its link', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('contentinfo')).toContainText('issued. How we transcribe');
  });
});
