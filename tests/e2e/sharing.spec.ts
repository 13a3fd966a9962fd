import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CONTENT, statements } from './site.ts';

const all = statements();
const agn = all.find((s) => s.slug.startsWith('agn-'))!;
const wh = all.find((s) => s.slug.startsWith('white-house-'))!;

/** The width and height in a PNG's header. */
function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Fetches an absolute URL of the site under test and checks that it resolves. */
async function resolves(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
}

test.describe('link previews and metadata', () => {
  for (const statement of all) {
    test(`“${statement.slug}” previews with title, description and a 1200×630 image, every meta URL absolute and resolving`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto(`statements/${statement.slug}/`);
      const meta = async (selector: string) => page.locator(selector).getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toBe(statement.title);
      expect(await meta('meta[property="og:description"]')).toMatch(/\[editors’ summary\]|.{40,}/u);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const urls = [
        await meta('meta[property="og:url"]'),
        await meta('meta[property="og:image"]'),
        await meta('meta[name="twitter:image"]'),
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

  test('statement pages carry JSON-LD and Highwire tags for reference managers', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: wh.title,
      isBasedOn: expect.stringContaining('whitehouse.gov'),
    });
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', wh.title);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2021/04/26');
    await page.goto(`statements/${agn.slug}/`);
    await expect(page.locator('meta[name="citation_author"]')).toHaveCount(2);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveCount(0);
  });
});

test.describe('cite this', () => {
  test('shows Chicago, APA and MLA citations, with the supplied date in brackets', async ({ page }) => {
    await page.goto(`statements/${agn.slug}/`);
    const cite = page.getByRole('region', { name: 'Cite this statement' });
    await expect(cite.locator('#cite-chicago')).toHaveText(
      /^Contreras, Pamela, and Brenda Larios\. “President Giammattei .*” GT News, \[26 May 2023\]\./u,
    );
    await expect(cite.locator('#cite-apa')).toContainText('([26 May 2023])');
    await expect(cite.locator('#cite-mla')).toContainText('GT News, [26 May 2023],');
    await expect(cite.locator('#cite-apa-paragraph')).toHaveText('(Contreras & Larios, [26 May 2023], para. N)');
  });

  test('offers BibTeX, RIS, CSL-JSON, Markdown and plain-text downloads', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    const cite = page.getByRole('region', { name: 'Cite this statement' });
    const expectations: [string, string, RegExp][] = [
      ['BibTeX', 'bib', /^@misc\{/u],
      ['RIS', 'ris', /^TY {2}- ELEC/u],
      ['CSL-JSON', 'json', /^\[\s*\{/u],
      ['Markdown source', 'md', /^---\nslug: white-house-/u],
      ['Plain text', 'txt', /^Statement by Senior Advisor[\s\S]*\[¶ 4\] Finally/u],
    ];
    for (const [label, ext, body] of expectations) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        cite.getByRole('link', { name: label, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${wh.slug}.${ext}`);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).toMatch(body);
      if (ext === 'md') expect(text).toBe(readFileSync(join(CONTENT, 'statements', wh.file), 'utf8'));
    }
  });

  test('downloads are carried in the page, not extra files, and work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`statements/${agn.slug}/`);
    const link = page.getByRole('link', { name: 'Plain text', exact: true });
    expect(await link.getAttribute('href')).toMatch(/^data:text\/plain;charset=utf-8,/u);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('[¶ 13]');
    await context.close();
  });
});

test.describe('copy and share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link writes the statement’s absolute URL and announces it', async ({ page, baseURL }) => {
    await page.goto(`statements/${wh.slug}/`);
    const expected = new URL(`statements/${wh.slug}/`, baseURL).href;
    await page.getByRole('button', { name: 'Copy link to this statement' }).click();
    await expect(page.getByRole('status')).toHaveText(`Link to this statement copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('each paragraph has a copy-link control, usable from the keyboard', async ({ page, baseURL }) => {
    await page.goto(`statements/${agn.slug}/`);
    const button = page.getByRole('button', { name: 'Copy link to paragraph 3' });
    await button.focus();
    await page.keyboard.press('Enter');
    const expected = `${new URL(`statements/${agn.slug}/`, baseURL).href}#p3`;
    await expect(page.getByRole('status')).toHaveText(`Link to paragraph 3 copied: ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('a selection of the text becomes a text-fragment link', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    await page.locator('#p2 p').evaluate((p) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 'The two leaders committed'.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Copy link to selected text' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/#:~:text=The%20two%20leaders%20committed$/u);
  });

  test('a citation can be copied', async ({ page }) => {
    await page.goto(`statements/${wh.slug}/`);
    await page.getByRole('button', { name: 'Copy APA 7 citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^The White House\. \(2021, April 26\)\./u,
    );
  });

  test('without JavaScript the permalinks are plain links and no copy control shows', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`statements/${wh.slug}/`);
    await expect(page.getByRole('button', { name: /Copy/u })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Paragraph 2', exact: true })).toHaveAttribute('href', '#p2');
    await context.close();
  });
});

test.describe('syndication and data', () => {
  test('the RSS feed parses as XML and carries both statements with their full text', async ({ page, request }) => {
    await page.goto('');
    const href = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
    const xml = await (await request.get(new URL(href!, page.url()).href)).text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        content: item.getElementsByTagName('content:encoded')[0]?.textContent ?? '',
      }));
    }, xml);
    expect(items?.map((i) => i.title)).toEqual([agn.title, wh.title]);
    expect(items?.[1]?.content).toContain('[¶ 3] Additionally, the two governments agreed');
  });

  test('robots.txt names the sitemap, which lists every statement', async ({ request, baseURL }) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /Sitemap: (\S+)/u.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL('sitemap-index.xml', baseURL).href);
    const index = await (await request.get(sitemapUrl!)).text();
    const child = /<loc>([^<]+)<\/loc>/u.exec(index)![1]!;
    const urls = [...(await (await request.get(child)).text()).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    for (const s of all) expect(urls).toContain(new URL(`statements/${s.slug}/`, baseURL).href);
  });

  test('the JSON exports are versioned, split by year and complete', async ({ request }) => {
    const data = await (await request.get('data/statements.json')).json();
    expect(data.version).toBe(3);
    expect(data.count).toBe(all.length);
    const years = data.years as { year: string; count: number; url: string }[];
    expect(years.reduce((sum, y) => sum + y.count, 0)).toBe(all.length);
    const year2023 = await (await request.get(years.find((y) => y.year === '2023')!.url)).json();
    expect(year2023).toMatchObject({ version: 3, year: '2023' });
    const record = year2023.statements.find((s: { slug: string }) => s.slug === agn.slug);
    expect(record.date).toMatchObject({ basis: 'supplied', value: '2023-05-26', display: '[26 May 2023]' });
    expect(record.paragraphs).toHaveLength(agn.paragraphs);
    expect(record.paragraphs[12].topics).toEqual(['elections-and-observation']);
    const harris = record.mentions.filter((m: { entity: string }) => m.entity === 'kamala-harris');
    expect(harris.length).toBeGreaterThan(5);
    expect(record.quotations).toContainEqual(
      expect.objectContaining({ speaker: 'kamala-harris', paragraph: 5, kind: 'direct' }),
    );
    const entities = await (await request.get('data/entities.json')).json();
    expect(entities.version).toBe(3);
    expect(entities.people.find((p: { id: string }) => p.id === 'kamala-harris').statements).toBe(2);
  });

  test('the About page links every export', async ({ page }) => {
    await page.goto('about/');
    for (const name of ['RSS feed', 'statements.json', 'entities.json', 'sitemap', 'robots.txt']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
