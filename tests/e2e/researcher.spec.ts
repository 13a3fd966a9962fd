/**
 * What a researcher relies on, over whatever content the site was built from: every expectation is derived
 * from the content (paragraph numbers, retrieval days, source copies, entity kinds, comparisons). The exact
 * citations and pages of known statements are tested on the fixture archive (tests/e2e/fixture).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { paragraphsOf } from '../../src/lib/blocks.ts';
import { siteName } from '../../src/lib/config.ts';
import { isInstrument } from '../../src/lib/entities.ts';
import { hasStatements } from '../../src/lib/crosslinks.ts';
import { archive, CONTENT, lacking } from './site.ts';

const { newestFirst, data, index } = archive();

/** A retrieval day as Chicago writes an access date: "November 23, 2026". */
const chicagoDay = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The computed font family of an element. */
const face = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).fontFamily);

test.describe('citing', () => {
  for (const statement of newestFirst) {
    test(`“${statement.slug}”: its last paragraph has ready citations without JavaScript, and its Chicago citation names the archive, its address and the access date`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const address = new URL(`statements/${statement.slug}/`, baseURL).href;
      const last = paragraphsOf(statement.blocks).at(-1)!.n;
      await page.goto(`statements/${statement.slug}/`);
      await page.locator(`#p${last}`).hover();
      await page
        .getByRole('link', { name: `Cite paragraph ${last}`, exact: true })
        .first()
        .click();
      const cite = page.locator(`#cite-p${last}`);
      await expect(cite).toBeVisible();
      const [chicago, apa, mla] = await cite.locator('.citation').allTextContents();
      expect(chicago).toContain(`para. ${last}, ${siteName}, accessed ${chicagoDay(statement.data.source.retrieved)}`);
      expect(chicago).toMatch(new RegExp(`${address.replace(/[.?*+^$()[\]{}|\\]/gu, '\\$&')}#p${last}\\.$`, 'u'));
      expect(apa).toMatch(new RegExp(`para\\. ${last}\\)$`, 'u'));
      expect(mla).toMatch(new RegExp(`par\\. ${last}\\)$`, 'u'));
      await expect(page.locator('#cite-chicago')).toContainText(
        `${siteName}. Accessed ${chicagoDay(statement.data.source.retrieved)}. ${address}.`,
      );
      await context.close();
    });
  }
});

test.describe('the source copy', () => {
  for (const statement of newestFirst) {
    test(`“${statement.slug}”: the record links its copy, which downloads byte for byte and reads as the file`, async ({
      browser,
    }) => {
      const name = statement.data.source.copy;
      const bytes = readFileSync(join(CONTENT, 'sources', name));
      const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`statements/${statement.slug}/`);
      await page.getByRole('region', { name: 'Catalogue record' }).getByRole('link', { name, exact: true }).click();
      const copy = page.getByRole('region', { name: 'The copy as received' });
      await expect(copy.locator('pre')).toBeVisible();
      expect(await copy.locator('pre').textContent()).toBe(bytes.toString('utf8').replace(/^\uFEFF/u, ''));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        copy.getByRole('link', { name: `Download ${name}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      expect(readFileSync((await download.path())!)).toEqual(bytes);
      await context.close();
    });
  }
});

test.describe('the two faces', () => {
  for (const statement of newestFirst) {
    test(`“${statement.slug}”: the source’s words are set in the text face and the editors’ in theirs`, async ({
      page,
    }) => {
      await page.goto(`statements/${statement.slug}/`);
      const source = await face(page.locator('#p1 p'));
      const editors = await face(page.getByRole('navigation', { name: 'Site' }).getByRole('link').first());
      expect(source).not.toBe(editors);
      // One evaluation for every transcribed element: a long transcript has hundreds.
      const transcribed = await page
        .locator('[data-transcription]')
        .evaluateAll((elements) => [...new Set(elements.map((el) => getComputedStyle(el).fontFamily))]);
      expect(transcribed).toEqual([source]);
      const record = page.getByRole('region', { name: 'Catalogue record' });
      expect(await face(record.getByRole('definition').last())).toBe(editors);
      const bylines = await record
        .locator('.src')
        .evaluateAll((elements) => [...new Set(elements.map((el) => getComputedStyle(el).fontFamily))]);
      expect(bylines.filter((f) => f !== source)).toEqual([]);
      await expect(record.getByRole('link', { name: 'How to read a page' })).toBeVisible();
    });
  }
});

test('the editors’ topics of a paragraph are labelled as theirs', async ({ page }) => {
  const statement = newestFirst.find((s) => (index.paragraphTopics.get(s.slug)?.size ?? 0) > 0);
  if (!statement) return lacking('paragraph topics');
  const [n, topics] = [...index.paragraphTopics.get(statement.slug)!][0]!;
  await page.goto(`statements/${statement.slug}/#p${n}`);
  const list = page.getByRole('list', { name: `Editors’ topics of paragraph ${n}` });
  await expect(list.getByRole('link')).toHaveCount(topics.length);
  await expect(page.locator(`#p${n}`).getByText('Editors’ topics:')).toBeVisible();
});

test('the comparison quotes each paragraph of a statement once', async ({ page }) => {
  await page.goto('compare/');
  const sections = page.locator('section.comparison');
  const count = await sections.count();
  if (count === 0) return lacking('a comparison');
  for (let i = 0; i < Math.min(count, 5); i++) {
    const quoted = await sections
      .nth(i)
      .locator('.passage')
      .evaluateAll((passages) => passages.map((p) => p.id));
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted).size).toBe(quoted.length);
  }
});

test('a topic in a comparison links from its page to its row there', async ({ page }) => {
  const topic = data.topics.find((t) => (index.topicPassages.get(t.id)?.size ?? 0) > 1);
  if (!topic) return lacking('a topic in two statements');
  await page.goto(`topics/${topic.id}/`);
  const link = page
    .getByRole('region', { name: 'Compare side by side' })
    .getByRole('link', { name: new RegExp(`^What each statement says about ${topic.name}:`, 'u') })
    .first();
  if ((await link.count()) === 0) return lacking('a topic whose statements are compared');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`compare/#[a-z0-9-]+-${topic.id}$`, 'u'));
  await expect(page.getByRole('region', { name: topic.name }).first()).toBeVisible();
});

test('laws and programmes are listed apart from organisations, each at its permanent address', async ({ page }) => {
  const listed = data.organizations.filter((o) => hasStatements(index, 'organizations', o.id));
  const instruments = listed.filter((o) => isInstrument(o.kind));
  const bodies = listed.filter((o) => !isInstrument(o.kind));
  if (instruments.length === 0) return lacking('a law or programme');
  await page.goto('laws-and-programmes/');
  for (const o of instruments.slice(0, 20))
    await expect(page.getByRole('link', { name: o.name, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`organizations/${o.id}/$`, 'u'),
    );
  await page.goto('organizations/');
  for (const o of instruments.slice(0, 20))
    await expect(page.getByRole('link', { name: o.name, exact: true })).toHaveCount(0);
  for (const o of bodies.slice(0, 20))
    await expect(page.getByRole('link', { name: o.name, exact: true })).toBeVisible();
});

test('every index is in the navigation, and the header stands in the same place on every page type', async ({
  page,
}) => {
  const boxes = new Set<string>();
  for (const path of [
    '',
    `statements/${newestFirst[0]!.slug}/`,
    'people/',
    'laws-and-programmes/',
    'compare/',
    'about/',
  ]) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const name of ['Topics', 'People', 'Organisations', 'Laws and programmes', 'Places'])
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    boxes.add(JSON.stringify(await page.getByRole('banner').boundingBox()));
  }
  expect(boxes.size).toBe(1);
});
