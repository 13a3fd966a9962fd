/**
 * Lighthouse on the main page types: accessibility, best practices and SEO
 * must score 100. Performance is reported (and recorded by the benchmark),
 * not asserted, because it depends on the machine.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';
import { archive } from './site.ts';

/**
 * The statement page with the most on it (furniture, bylines, a supplied date…): the newest, when all are alike.
 * A reviewed one where there is one: a draft awaiting review asks search engines not to index it, on purpose.
 */
const reviewed = archive().newestFirst.filter((s) => s.data.reviewed);
const richest = [...(reviewed.length > 0 ? reviewed : archive().newestFirst)].sort(
  (a, b) => b.data.furniture.length + b.data.bylines.length - (a.data.furniture.length + a.data.bylines.length),
)[0]!;
const pages = ['', `statements/${richest.slug}/`, 'search/', 'compare/'];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let chrome: chromeLauncher.LaunchedChrome | undefined;
test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
});
test.afterAll(async () => {
  chrome?.kill();
});

for (const path of pages) {
  test(`Lighthouse scores 100 for accessibility, best practices and SEO on /${path}`, async ({ baseURL }) => {
    const result = await lighthouse(new URL(path, baseURL).href, {
      port: chrome!.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(result!.lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'numeric' &&
          a.scoreDisplayMode !== 'metricSavings',
      )
      .map((a) => `${a.id}: ${a.title}`);
    test.info().annotations.push({ type: 'performance', description: String(score('performance')) });
    console.log(
      `Lighthouse /${path}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
    );
    // Only a draft is kept out of search engines' indexes, and nothing else costs it SEO points.
    const draft = path === `statements/${richest.slug}/` && !richest.data.reviewed;
    const seoFailing = result!.lhr.categories
      .seo!.auditRefs.map((ref) => result!.lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    expect({
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: draft ? seoFailing : score('seo'),
      failing,
    }).toEqual({
      accessibility: 100,
      bestPractices: 100,
      seo: draft ? ['is-crawlable'] : 100,
      failing: expect.any(Array),
    });
  });
}
