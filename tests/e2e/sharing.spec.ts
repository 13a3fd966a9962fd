/**
 * Sharing and citing, over whatever content the site was built from: the
 * expected metadata, citations, downloads, feed and exports are derived from
 * the content with the site's own functions (highwireTags, paragraphsOf). The
 * exact citations of known statements are tested on the fixture archive.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pngSize, resolves } from './responses.ts';
import { paragraphsOf } from '../../src/lib/blocks.ts';
import { siteName } from '../../src/lib/config.ts';
import { formatStatementDate } from '../../src/lib/dates.ts';
import { highwireTags } from '../../src/lib/structured-data.ts';
import { archive, lacking, opening, statementWith } from './site.ts';
import { displayTitle } from '../../src/lib/statement.ts';

const { newestFirst, index, data } = archive();
/** How many statements the feed carries (src/pages/feed.xml.ts). */
const FEED_LATEST = 50;

test.describe('link previews and metadata', () => {
  for (const statement of newestFirst) {
    test(`“${statement.slug}” previews with title, description and a 1200×630 image, every meta URL absolute and resolving`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto(`statements/${statement.slug}/`);
      const meta = async (selector: string) => page.locator(selector).getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toBe(displayTitle(statement.data));
      expect(await meta('meta[property="og:description"]')).toMatch(/\[editors’ summary\]|.{40,}/u);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const urls = [
        await meta('meta[property="og:url"]'),
        await meta('meta[property="og:image"]'),
        await meta('meta[name="citation_abstract_html_url"]'),
        await page.locator('link[rel="canonical"]').getAttribute('href'),
      ];
      for (const url of urls) {
        expect(url).toMatch(/^https?:\/\//u);
        expect(url!.startsWith(new URL(baseURL!).origin + new URL(baseURL!).pathname)).toBe(true);
        await resolves(request, url!);
      }
      const image = await request.get((await meta('meta[property="og:image"]'))!);
      expect(image.headers()['content-type']).toBe('image/png');
      expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
    });
  }

  test('statement pages carry JSON-LD and the Highwire tags of their data', async ({ page, baseURL }) => {
    for (const statement of [...new Set([newestFirst[0]!, newestFirst.at(-1)!])]) {
      await page.goto(`statements/${statement.slug}/`);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld).toMatchObject({ '@type': expect.stringMatching(/Article$/u), headline: displayTitle(statement.data) });
      const pageUrl = new URL(`statements/${statement.slug}/`, baseURL).href;
      const shown = await page
        .locator('meta[name^="citation_"]')
        .evaluateAll((metas) =>
          metas.map((m) => ({ name: m.getAttribute('name'), content: m.getAttribute('content') })),
        );
      expect(shown).toEqual(highwireTags(statement.data, pageUrl, siteName));
    }
  });
});

test.describe('cite this', () => {
  test('shows Chicago, APA and MLA citations, a supplied date in brackets', async ({ page }) => {
    const statement = statementWith((s) => s.data.date.basis === 'supplied') ?? newestFirst[0]!;
    await page.goto(`statements/${statement.slug}/`);
    const cite = page.getByRole('region', { name: 'Cite this statement' });
    for (const style of ['chicago', 'apa', 'mla']) {
      await expect(cite.locator(`#cite-${style}`)).toContainText(displayTitle(statement.data).slice(0, 30));
      if (statement.data.date.basis === 'supplied')
        await expect(cite.locator(`#cite-${style}`)).toContainText(formatStatementDate(statement.data.date));
    }
    if (statement.data.date.basis !== 'supplied') lacking('a supplied date');
  });

  test('offers BibTeX, RIS and CSL-JSON downloads, and the whole record with the text as JSON', async ({
    page,
    request,
  }) => {
    const statement = newestFirst.at(-1)!;
    await page.goto(`statements/${statement.slug}/`);
    const cite = page.getByRole('region', { name: 'Cite this statement' });
    const expectations: [string, string, RegExp][] = [
      ['BibTeX', 'bib', /^@\w+\{/u],
      ['RIS', 'ris', /^TY {2}- /u],
      ['CSL-JSON', 'json', /^\[\s*\{/u],
    ];
    for (const [label, ext, body] of expectations) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        cite.getByRole('link', { name: label, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${statement.slug}.${ext}`);
      expect(readFileSync((await download.path())!, 'utf8')).toMatch(body);
    }
    const record = cite.getByRole('link', { name: 'The whole record, with the text' });
    const response = await request.get(new URL((await record.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    const year = (await response.json()) as { statements: { slug: string; paragraphs: { text: string }[] }[] };
    const found = year.statements.find((s) => s.slug === statement.slug);
    expect(found?.paragraphs.map((p) => p.text)).toEqual(paragraphsOf(statement.blocks).map((p) => p.text));
  });

  test('downloads are carried in the page, not extra files, and work without JavaScript', async ({ browser }) => {
    const statement = newestFirst[0]!;
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`statements/${statement.slug}/`);
    const link = page.getByRole('link', { name: 'BibTeX', exact: true });
    expect(await link.getAttribute('href')).toMatch(/^data:application\/x-bibtex;charset=utf-8,/u);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bibtex = readFileSync((await download.path())!, 'utf8');
    expect(bibtex).toMatch(/^@\w+\{/u);
    expect(bibtex).toMatch(/\n\ttitle = \{.+\},\n/u);
    await context.close();
  });
});

test.describe('copy and share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const statement = newestFirst[0]!;

  test('copy link writes the statement’s absolute URL and announces it', async ({ page, baseURL }) => {
    await page.goto(`statements/${statement.slug}/`);
    const expected = new URL(`statements/${statement.slug}/`, baseURL).href;
    await page.getByRole('button', { name: 'Copy link to this statement' }).click();
    await expect(page.getByRole('status')).toHaveText(`Link to this statement copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('each paragraph has a copy-link control, usable from the keyboard', async ({ page, baseURL }) => {
    const n = paragraphsOf(statement.blocks).length;
    await page.goto(`statements/${statement.slug}/`);
    // From the paragraph's Cite link, Tab reaches its Copy link button, which shows once the paragraph holds focus.
    await page
      .getByRole('link', { name: `Cite paragraph ${n}`, exact: true })
      .first()
      .focus();
    const button = page.getByRole('button', { name: `Copy link to paragraph ${n}` });
    // A transcript's speaker label in the paragraph is a link too: Tab past it.
    for (let i = 0; i < 5 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const expected = `${new URL(`statements/${statement.slug}/`, baseURL).href}#p${n}`;
    await expect(page.getByRole('status')).toHaveText(`Link to paragraph ${n} copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('a selection of the text becomes a text-fragment link', async ({ page }) => {
    const words = opening(paragraphsOf(statement.blocks)[0]!.text, 3);
    await page.goto(`statements/${statement.slug}/`);
    await page.locator('#p1 p').evaluate((p, length) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, words.length);
    await page.getByRole('button', { name: 'Copy link to selected text' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/#:~:text=[^&]+$/u);
    expect(decodeURIComponent(copied.split('#:~:text=')[1]!)).toBe(words);
  });

  test('a citation can be copied', async ({ page }) => {
    await page.goto(`statements/${statement.slug}/`);
    const shown = (await page.locator('#cite-apa').textContent())!.replace(/\s+/gu, ' ').trim();
    await page.getByRole('button', { name: 'Copy APA 7 citation' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\s+/gu, ' ').trim()).toBe(shown);
  });

  test('without JavaScript the permalinks are plain links and no copy control shows', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`statements/${statement.slug}/`);
    await expect(page.getByRole('button', { name: /Copy/u })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Paragraph 1', exact: true })).toHaveAttribute('href', '#p1');
    await context.close();
  });
});

test.describe('syndication and data', () => {
  test('the RSS feed parses as XML and carries the latest statements with their full text', async ({
    page,
    request,
  }) => {
    await page.goto('');
    const href = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
    const xml = await (await request.get(new URL(href!, page.url()).href)).text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        content: item.getElementsByTagName('content:encoded')[0]?.textContent ?? '',
      }));
    }, xml);
    const inFeed = newestFirst.slice(0, FEED_LATEST);
    expect(items?.map((i) => i.title)).toEqual(inFeed.map((s) => displayTitle(s.data)));
    const last = inFeed.at(-1)!;
    const p = paragraphsOf(last.blocks).at(-1)!;
    expect(items?.at(-1)?.content.replace(/\s+/gu, ' ')).toContain(`[¶ ${p.n}] ${opening(p.text)}`);
  });

  test('robots.txt names the sitemap, which lists every statement', async ({ request, baseURL }) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /Sitemap: (\S+)/u.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL('sitemap-index.xml', baseURL).href);
    const sitemap = await (await request.get(sitemapUrl!)).text();
    const urls: string[] = [];
    for (const child of [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!))
      urls.push(...[...(await (await request.get(child)).text()).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!));
    for (const s of newestFirst) expect(urls).toContain(new URL(`statements/${s.slug}/`, baseURL).href);
  });

  test('the JSON exports are versioned, split by year and complete', async ({ request }) => {
    const exported = await (await request.get('data/statements.json')).json();
    expect(exported.version).toBe(5);
    expect(exported.count).toBe(newestFirst.length);
    const years = exported.years as { year: string; count: number; url: string }[];
    expect(years.reduce((sum, y) => sum + y.count, 0)).toBe(newestFirst.length);
    const statement = statementWith((s) => s.data.date.basis === 'supplied') ?? newestFirst[0]!;
    const year = statement.data.date.value.slice(0, 4);
    const ofYear = await (await request.get(years.find((y) => y.year === year)!.url)).json();
    expect(ofYear).toMatchObject({ version: 5, year });
    const record = ofYear.statements.find((s: { slug: string }) => s.slug === statement.slug);
    expect(record.date).toMatchObject({
      basis: statement.data.date.basis,
      value: statement.data.date.value,
      display: formatStatementDate(statement.data.date),
    });
    expect(record.paragraphs).toHaveLength(paragraphsOf(statement.blocks).length);
    const topics = index.paragraphTopics.get(statement.slug) ?? new Map<number, string[]>();
    for (const [n, ids] of topics) expect(record.paragraphs[n - 1].topics).toEqual(ids);
    const subjects = index.subjects.get(statement.slug)!;
    expect(record.subjects).toMatchObject({ people: subjects.people, topics: subjects.topics });
    expect(record.quotations).toHaveLength(
      [...index.quotations.values()].flat().filter((q) => q.statement === statement.slug).length,
    );
    const entities = await (await request.get('data/entities.json')).json();
    expect(entities.version).toBe(5);
    for (const person of data.people.slice(0, 20)) {
      const named = new Set((index.mentions.get(`people/${person.id}`) ?? []).map((m) => m.statement)).size;
      expect(entities.people.find((p: { id: string }) => p.id === person.id).statements, person.id).toBe(named);
    }
  });

  test('the About page links every export', async ({ page }) => {
    await page.goto('about/');
    for (const name of ['RSS feed', 'statements.json', 'entities.json', 'sitemap', 'robots.txt']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
