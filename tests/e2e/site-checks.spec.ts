/**
 * Whole-site checks over the built output: valid HTML on every page, every
 * internal link, asset and fragment resolving, external links only to the
 * sources, and the security headers and CSP in force while the site runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { headingLevels, outlineProblems } from './headings.ts';
import { BASE, idsIn, linksIn, resolveLink, SITE } from './links.ts';
import { archive, builtPages, CONTENT, DIST, statements } from './site.ts';
import { rareWord } from './words.ts';

const pages = builtPages();
const htmlOf = (page: string) => readFileSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');

/** The URLs of the sources themselves: the only external links the archive may make. */
function sourceUrls(): Set<string> {
  const urls = new Set<string>();
  for (const s of statements()) {
    const data = readStatementFile(readFileSync(join(CONTENT, 'statements', s.file), 'utf8')).data as Record<
      string,
      any
    >;
    if (data.originalUrl) urls.add(data.originalUrl);
    for (const e of [...(data.date?.evidence ?? []), ...(data.titleEvidence ?? [])]) if (e.url) urls.add(e.url);
  }
  for (const event of (parseYaml(readFileSync(join(CONTENT, 'events.yaml'), 'utf8')) ?? []) as Record<string, any>[]) {
    for (const e of event.date?.evidence ?? []) if (e.url) urls.add(e.url);
  }
  return urls;
}

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

// One test a page: html-validate takes ~0.1 s a page, too long for one test once the archive has a few hundred.
let validator: HtmlValidate | undefined;
for (const page of pages) {
  test(`/${page} is valid HTML`, async () => {
    validator ??= new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(htmlOf(page), join(DIST, page || 'index.html'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message} (line ${m.line})`))).toEqual(
      [],
    );
  });
}

test('every internal link, asset and #fragment resolves, and external links go only to the sources', () => {
  const allowed = sourceUrls();
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    for (const link of linksIn(page, htmlOf(page))) {
      const resolved = resolveLink(link);
      checked += 1;
      if (resolved.kind === 'broken') broken.push(`${link.from || '/'} → ${link.url}: ${resolved.reason}`);
      else if (resolved.kind === 'external') external.add(resolved.url);
      else if (
        resolved.kind === 'internal' &&
        resolved.fragment &&
        resolved.file.endsWith('.html') &&
        !idsIn(resolved.file).has(resolved.fragment)
      ) {
        broken.push(`${link.from || '/'} → ${link.url}: no element with id "${resolved.fragment}"`);
      }
    }
  }
  test.info().annotations.push({ type: 'links checked', description: String(checked) });
  test.info().annotations.push({ type: 'external links', description: [...external].join(' ') });
  expect(broken).toEqual([]);
  expect([...external].filter((url) => !allowed.has(url))).toEqual([]);
  expect(checked).toBeGreaterThan(500);
});

test('links inside the feed, the sitemaps and the JSON exports resolve', () => {
  const files = [
    'feed.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'data/statements.json',
    'data/entities.json',
    ...readdirSync(join(DIST, 'data/statements')).map((name) => `data/statements/${name}`),
  ];
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(/(?:<loc>|<link>|<guid[^>]*>|"url": ?")(https?:[^<"]+)/gu)) {
      const resolved = resolveLink({ from: file, url: m[1]!.replaceAll('&amp;', '&') });
      checked += 1;
      if (resolved.kind === 'broken') broken.push(`${file} → ${m[1]}: ${resolved.reason}`);
      if (resolved.kind === 'internal' && resolved.fragment && !idsIn(resolved.file).has(resolved.fragment))
        broken.push(`${file} → ${m[1]}: no #${resolved.fragment}`);
    }
  }
  // Every statement is linked at least from the sitemap, the catalogue export and its year's export.
  expect(checked).toBeGreaterThanOrEqual(3 * statements().length);
  expect(broken).toEqual([]);
});

test('external links open safely', () => {
  const unsafe: string[] = [];
  for (const page of pages) {
    for (const m of htmlOf(page).matchAll(/<a\s[^>]*href="(https?:[^"]*)"[^>]*>/gu)) {
      const external = new URL(m[1]!).origin !== SITE;
      if (external && !/rel="noopener noreferrer"/u.test(m[0])) unsafe.push(`/${page}: ${m[0]}`);
    }
  }
  expect(unsafe).toEqual([]);
});

test('a malformed address such as // gets an answer, never a redirect to another host, and the server keeps serving', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  for (const path of ['//', '//example.org/', '/%2F%2F', '//evil.example/%2e%2e%2fsearch', `${BASE}search`]) {
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const location = response.headers()['location'];
    if (location) expect(new URL(location, `${origin}${path}`).origin, `${path} → ${location}`).toBe(origin);
  }
  expect((await request.get('')).status()).toBe(200);
});

test('the server answers only GET and HEAD, as a static host does', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE'] as const) {
    const response = await request.fetch('', { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
  }
  expect((await request.head('')).status()).toBe(200);
});

test.describe('security headers', () => {
  test('every page is served with the CSP and hardening headers from _headers', async ({ request }) => {
    for (const path of ['', `statements/${statements()[0]!.slug}/`, 'search/', 'no-such-page/']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/u);
      expect(headers['content-security-policy']).not.toMatch(/unsafe-inline/u);
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/u);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
    }
  });

  test('no page breaks the CSP, and search works under it', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/u.test(message.text())) violations.push(message.text());
    });
    const { newestFirst, data } = archive();
    const person = data.people[0];
    for (const path of ['', `statements/${newestFirst[0]!.slug}/`, 'compare/', 'timeline/']) await page.goto(path);
    if (person) await page.goto(`people/${person.id}/`);
    const landing = newestFirst.map((s) => rareWord(s, newestFirst)).find(Boolean);
    if (landing) {
      await page.goto(`search/?q=${landing.word}`);
      await expect(page.getByRole('status')).toHaveText(`1 statement matches “${landing.word}”.`);
      await page.getByRole('link', { name: `Paragraph ${landing.paragraph}`, exact: true }).click();
      await expect(page.locator(`#p${landing.paragraph} mark`).first()).toHaveText(landing.word);
    }
    expect(violations).toEqual([]);
  });
});

test.describe('keyboard and screen-reader paths', () => {
  test('the skip link comes first, is visible when focused, and moves focus to the content', async ({ page }) => {
    await page.goto(`statements/${statements()[0]!.slug}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('tabbing reaches the header search, the navigation and every control of a statement page, each with a visible focus ring', async ({
    page,
  }) => {
    // The statement with the fewest paragraphs: the same kinds of control as any other, in the fewest key presses,
    // however long the archive's longest statement is.
    // Some eighty key presses, one round trip to the browser each: bounded by the shortest statement, not the
    // archive, but seconds on a busy machine.
    test.setTimeout(60_000);
    const statement = statements().reduce((a, b) => (b.paragraphs < a.paragraphs ? b : a));
    await page.goto(`statements/${statement.slug}/`);
    // The page notes each element as it gets focus, with whether it shows a ring, so a key press costs one round trip.
    await page.evaluate(() => {
      const log: { label: string; ring: boolean }[] = [];
      Object.assign(window, { focusLog: log });
      document.addEventListener('focusin', (event) => {
        const el = event.target as HTMLElement;
        const style = getComputedStyle(el);
        log.push({
          label: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.tagName)
            .trim()
            .slice(0, 40),
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        });
      });
    });
    const focusLog = () =>
      page.evaluate(() => (window as unknown as { focusLog: { label: string; ring: boolean }[] }).focusLog);
    let log: { label: string; ring: boolean }[] = [];
    // Tab on until focus comes round to the skip link again, or leaves the page and stays out.
    for (let presses = 0; presses < 400; presses += 10) {
      for (let i = 0; i < 10; i += 1) await page.keyboard.press('Tab');
      const next = await focusLog();
      const stalled = next.length === log.length;
      log = next;
      if (stalled || log.slice(1).some((entry) => entry.label === 'Skip to main content')) break;
    }
    const round = log.findIndex((entry, i) => i > 0 && entry.label === 'Skip to main content');
    const path = round > 0 ? log.slice(0, round) : log;
    const reached = path.map((entry) => entry.label);
    expect(reached[0]).toBe('Skip to main content');
    expect(reached).toEqual(
      expect.arrayContaining([
        'Diplomatic Statements Archive',
        'Statements',
        'Search',
        'q',
        'Paragraph 1',
        `Paragraph ${statement.paragraphs}`,
      ]),
    );
    expect(path.filter((entry) => !entry.ring).map((entry) => entry.label)).toEqual([]);
  });

  // A static pass over the built HTML: milliseconds a page, so it holds for any size of archive.
  test('every page has one h1 and no skipped heading levels', () => {
    const problems = pages
      .filter((p) => !p.endsWith('.html') || p === '404.html')
      .flatMap((path) => outlineProblems(headingLevels(htmlOf(path))).map((problem) => `/${path}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('prefers-reduced-motion turns smooth scrolling off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
