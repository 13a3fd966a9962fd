/**
 * Search, over whatever content the site was built from: queries are words
 * picked from the content (tests/e2e/words.ts), and the announced counts are
 * computed with the search page's own wording (describeResults). The
 * reader-query landing table on known texts runs on the fixture archive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { dateSortKey, yearOf } from '../../src/lib/dates.ts';
import { periodOf } from '../../src/lib/periods.ts';
import type { SearchManifest } from '../../src/lib/search-bundles.ts';
import { describeResults, emptyState, toSearchParams, type Facet } from '../../src/lib/search.ts';
import { archive, DIST, lacking, type ContentStatement } from './site.ts';
import { rareWord, sharedWord } from './words.ts';
import { displayTitle } from '../../src/lib/statement.ts';

const { newestFirst, index, data } = archive();

/** The sentence the search page announces for a query and filters. */
function announced(count: number, q: string, filters: Partial<Record<Facet, string[]>> = {}): string {
  const state = emptyState();
  state.q = q;
  Object.assign(state.filters, filters);
  return describeResults(count, state);
}

/** How many results the search page shows before "More results" (PAGE_SIZE in src/scripts/search.ts). */
const RESULTS_SHOWN = 5;

/** A pattern matching exactly one of the given texts. */
const oneOf = (texts: string[]) =>
  new RegExp(`^(?:${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})$`, 'u');

/** A filter's checkbox: its label is the value, then how many statements have it. */
const filterBox = (page: Page, group: string, value: string) =>
  page
    .getByRole('group', { name: group })
    .getByLabel(new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*(?:\\(\\d+\\))?$`, 'u'));

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

/** The newest, the oldest and one between: enough to cover every kind of statement without a test per file. */
const sampled = [...new Set([newestFirst[0]!, newestFirst[Math.floor(newestFirst.length / 2)]!, newestFirst.at(-1)!])];
const landings = sampled.flatMap((s) => {
  const found = rareWord(s, newestFirst);
  return found ? [{ statement: s, ...found }] : [];
});
const rare = landings[0];
const shared = sharedWord(newestFirst);

test.describe('queries land on the right paragraph', () => {
  test('some statement has a word of its own to search for', () => {
    expect(landings.length, 'no sampled statement has a word no other statement has').toBeGreaterThan(0);
  });

  for (const { statement, word, paragraph } of landings) {
    test(`a word only “${statement.slug}” has: “${word}” → ¶ ${paragraph}`, async ({ page }) => {
      await search(page, word);
      await expect(page.getByRole('status')).toHaveText(announced(1, word));
      const result = resultFor(page, displayTitle(statement.data));
      await expect(result).toHaveCount(1);
      const link = result.getByRole('link', { name: `Paragraph ${paragraph}`, exact: true });
      await expect(link).toHaveAttribute(
        'href',
        new RegExp(`statements/${statement.slug}/\\?highlight=.*#p${paragraph}$`, 'u'),
      );
      await expect(result.locator('mark').first()).toBeVisible();
    });
  }

  test('a word in several statements returns each of them', async ({ page }) => {
    if (!shared) return lacking('a word shared with another statement');
    await search(page, shared.word);
    await expect(page.getByRole('status')).toHaveText(announced(shared.statements.length, shared.word));
    const titles = await page.getByRole('list', { name: 'Search results' }).getByRole('heading').allTextContents();
    expect(titles.length).toBe(Math.min(shared.statements.length, RESULTS_SHOWN));
    expect(shared.statements.map((s) => displayTitle(s.data))).toEqual(expect.arrayContaining(titles));
  });

  test('a word in no statement gives a clean “no results” with help', async ({ page }) => {
    await search(page, 'qxzjvwk');
    await expect(page.getByRole('status')).toHaveText(announced(0, 'qxzjvwk'));
    await expect(page.getByText('fewer words, or another spelling')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
  });

  test('page furniture and catalogue labels are not indexed', async ({ page }) => {
    const texts = newestFirst.map((s) => s.blocks.map((b) => b.text).join(' ') + displayTitle(s.data)).join(' ');
    const labels = ['Catalogue', 'Paragraph', 'transcription'].filter(
      (w) => !texts.toLowerCase().includes(w.toLowerCase()),
    );
    if (labels.length === 0) return lacking('a text without the words of the page labels');
    for (const word of labels) {
      await search(page, word);
      await expect(page.getByRole('status')).toHaveText(announced(0, word));
    }
  });
});

test('clicking a paragraph result lands on it with the terms highlighted', async ({ page }) => {
  await search(page, rare!.word);
  await resultFor(page, displayTitle(rare!.statement.data))
    .getByRole('link', { name: `Paragraph ${rare!.paragraph}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`highlight=${encodeURIComponent(rare!.word)}.*#p${rare!.paragraph}$`, 'u'));
  const target = page.locator(`#p${rare!.paragraph}`);
  // A fragment becomes the target once the page has loaded its stylesheets; wait for that, as a reader does.
  await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(target.locator('mark').first()).toHaveText(rare!.word);
  await expect(target).toBeInViewport();
  await expect(page.locator('.record mark')).toHaveCount(0);
});

test('results appear as you type, and the count is announced', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Words, names, figures or phrases').pressSequentially(rare!.word, { delay: 20 });
  await expect(page.getByRole('status')).toHaveText(announced(1, rare!.word));
  await expect(page).toHaveURL(new RegExp(`\\?q=${rare!.word}$`, 'u'));
  await expect(resultFor(page, displayTitle(rare!.statement.data))).toHaveCount(1);
});

/** Every issuer of a statement: a joint statement is issued by each, and the filter selects it under any of them. */
const issuedBy = (s: (typeof newestFirst)[number]) => [s.data.issuer.name, ...s.data.coIssuers.map((c) => c.name)];

/** A shared word whose statements come from more than one issuer, for the issuer filter. */
const issuers = shared ? [...new Set(shared.statements.map((s) => s.data.issuer.name))] : [];

test('a filter narrows results, lives in the URL, and survives a reload', async ({ page }) => {
  if (!shared || issuers.length < 2) return lacking('a word shared by two issuers');
  const issuer = issuers.find((name) => shared.statements.some((s) => !issuedBy(s).includes(name)));
  if (!issuer) return lacking('an issuer the filter leaves a statement out for');
  const kept = shared.statements.filter((s) => issuedBy(s).includes(issuer));
  const dropped = shared.statements.find((s) => !issuedBy(s).includes(issuer))!;
  const expected = announced(kept.length, shared.word, { issuer: [issuer] });
  await search(page, shared.word);
  await filterBox(page, 'Issued by', issuer).check();
  await expect(page.getByRole('status')).toHaveText(expected);
  const state = emptyState();
  state.q = shared.word;
  state.filters.issuer = [issuer];
  await expect(page).toHaveURL((url) => url.search === `?${toSearchParams(state).toString()}`);
  await expect(resultFor(page, displayTitle(dropped.data))).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(expected);
  await expect(filterBox(page, 'Issued by', issuer)).toBeChecked();
  await expect(page.getByLabel('Words, names, figures or phrases')).toHaveValue(shared.word);
});

test('filter counts follow the results once the reader turns to the filters', async ({ page }) => {
  const other = newestFirst.find((s) => !issuedBy(rare!.statement).includes(s.data.issuer.name));
  if (!other) return lacking('a second issuer');
  const name = other.data.issuer.name;
  const total = newestFirst.filter((s) => issuedBy(s).includes(name)).length;
  await page.goto('search/');
  const issuer = page.getByRole('group', { name: 'Issued by' });
  // With nothing searched, the counts are the archive's.
  await expect(issuer.locator(`[data-count-for="${name}"]`)).toHaveText(`(${total})`);
  await search(page, rare!.word);
  // A search shows no count until the reader turns to the filters, rather than the archive's.
  await expect(issuer.locator(`[data-count-for="${name}"]`)).toHaveText('');
  await filterBox(page, 'Issued by', name).focus();
  await expect(issuer.locator(`[data-count-for="${name}"]`)).toHaveText('(0)');
  await expect(page.getByRole('status')).toHaveText(announced(1, rare!.word));
});

test('from the search box the keyboard reaches the first result before any filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await search(page, rare!.word);
  await page.getByLabel('Words, names, figures or phrases').focus();
  let where = '';
  for (let i = 0; i < 5 && where !== 'result'; i += 1) {
    await page.keyboard.press('Tab');
    where = await page.evaluate(() => {
      const el = document.activeElement!;
      return el.closest('#refine') ? 'filter' : el.closest('#results') ? 'result' : 'other';
    });
    expect(where, 'a filter comes before the first result').not.toBe('filter');
  }
  expect(where).toBe('result');
});

test('a filter alone lists the statements it selects', async ({ page }) => {
  const year = String(yearOf(newestFirst[0]!.data.date));
  const inYear = newestFirst.filter((s) => String(yearOf(s.data.date)) === year);
  await page.goto(`search/?year=${year}`);
  await expect(page.getByRole('status')).toHaveText(announced(inYear.length, '', { year: [year] }));
  await expect(resultFor(page, displayTitle(inYear[0]!.data))).toHaveCount(1);
});

test('search can be filtered by topic and by person', async ({ page }) => {
  const facetOf = (kind: 'topics' | 'people', id: string) =>
    newestFirst.filter((s) => index.subjects.get(s.slug)?.[kind].includes(id));
  // The most used of each, as the page offers only the most common values.
  const mostUsed = <T extends { id: string }>(kind: 'topics' | 'people', list: T[]) =>
    [...list]
      .sort((a, b) => facetOf(kind, b.id).length - facetOf(kind, a.id).length)
      .find((e) => facetOf(kind, e.id).length > 0);
  const topic = mostUsed('topics', data.topics);
  const person = mostUsed('people', data.people);
  if (topic) {
    await page.goto(`search/?topic=${encodeURIComponent(topic.name)}`);
    await expect(page.getByRole('status')).toHaveText(
      announced(facetOf('topics', topic.id).length, '', { topic: [topic.name] }),
    );
  } else lacking('a topic');
  if (person) {
    await page.goto(`search/?person=${encodeURIComponent(person.name)}`);
    await expect(page.getByRole('status')).toHaveText(
      announced(facetOf('people', person.id).length, '', { person: [person.name] }),
    );
    await expect(filterBox(page, 'Person', person.name)).toBeVisible();
  } else lacking('a person');
});

test('Back and Forward restore the previous and next searches', async ({ page }) => {
  const second = landings[1] ?? (shared && { word: shared.word, count: shared.statements.length });
  if (!second) return lacking('two words to search for');
  const secondCount = 'count' in second ? second.count : 1;
  await search(page, rare!.word);
  const box = page.getByLabel('Words, names, figures or phrases');
  await box.fill(second.word);
  await expect(page.getByRole('status')).toHaveText(announced(secondCount, second.word));
  await page.goBack();
  await expect(box).toHaveValue(rare!.word);
  await expect(page.getByRole('status')).toHaveText(announced(1, rare!.word));
  await page.goForward();
  await expect(box).toHaveValue(second.word);
});

test('results sort by date either way', async ({ page }) => {
  const dated = (list: ContentStatement[]) => new Set(list.map((s) => s.data.date.value)).size >= 2;
  if (!shared || !dated(shared.statements)) return lacking('a word shared by statements of two dates');
  const withDate = (value: string) => shared.statements.filter((s) => s.data.date.value === value);
  const firstTitle = () => page.getByRole('list', { name: 'Search results' }).getByRole('heading').first();
  await search(page, shared.word, '&sort=newest');
  await expect(firstTitle()).toHaveText(
    oneOf(withDate(shared.statements[0]!.data.date.value).map((s) => displayTitle(s.data))),
  );
  await page.getByLabel('Order', { exact: true }).selectOption('oldest');
  await expect(page).toHaveURL(/sort=oldest/u);
  await expect(firstTitle()).toHaveText(
    oneOf(withDate(shared.statements.at(-1)!.data.date.value).map((s) => displayTitle(s.data))),
  );
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
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
  });
});

test('the header search box is a plain form that reaches the search page', async ({ page }) => {
  await page.goto('');
  const header = page.getByRole('search', { name: 'Site' });
  await header.getByRole('searchbox').fill(rare!.word);
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`search/\\?q=${rare!.word}$`, 'u'));
  await expect(page.getByRole('status')).toHaveText(announced(1, rare!.word));
});

test('without JavaScript the search page says results need it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`search/?q=${encodeURIComponent(rare!.word)}`);
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'list of statements' })).toBeVisible();
  await context.close();
});

test('every statement page is in its statement’s language, and indexed in that language’s bundle of its period', () => {
  const manifest = JSON.parse(
    /<script type="application\/json" id="search-index">([^<]*)<\/script>/u.exec(
      readFileSync(join(DIST, 'search/index.html'), 'utf8'),
    )![1]!,
  ) as SearchManifest;
  const languages = new Set(newestFirst.map((s) => s.data.language));
  expect(manifest.indexes.map((i) => i.language).sort()).toEqual([...languages].map((l) => l.toLowerCase()).sort());
  for (const statement of newestFirst) {
    const html = readFileSync(join(DIST, 'statements', statement.slug, 'index.html'), 'utf8');
    expect(/<html[^>]*\slang="([^"]+)"/u.exec(html)?.[1], statement.slug).toBe(statement.data.language);
    const period = periodOf(manifest.periods, dateSortKey(statement.data.date.value));
    const bundles = manifest.indexes.find((i) => i.language === statement.data.language.toLowerCase())!.bundles;
    expect(
      bundles.some((b) => b.period === period?.id),
      statement.slug,
    ).toBe(true);
  }
});

test('the search page’s own script stays under 15 KB gzip', () => {
  const html = readFileSync(join(DIST, 'search/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="[^"]*\/(_astro\/[^"]+\.js)"/gu)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  expect(bytes).toBeLessThan(15 * 1024);
  expect(readdirSync(join(DIST, 'pagefind'), { recursive: true }).length).toBeGreaterThan(0);
});
