/**
 * What a reader's browser sees of a built archive: bytes transferred and time
 * to rendered results on the search page, the weight of a statement page, and
 * its Lighthouse performance score. Headless Chromium through Playwright and
 * the Chrome DevTools Protocol; the site is served compressed, as a static
 * host serves it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

/** Counts the bytes a page receives over the network, by resource type, from a point in time on. */
class TransferMeter {
  private byRequest = new Map<string, { type: string; bytes: number }>();

  private constructor() {}

  /** Starts counting every response of a page. */
  static async attach(context: BrowserContext, page: Page): Promise<TransferMeter> {
    const meter = new TransferMeter();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.responseReceived', (event) => {
      meter.byRequest.set(event.requestId, { type: event.type.toLowerCase(), bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = meter.byRequest.get(event.requestId) ?? { type: 'other', bytes: 0 };
      entry.bytes = event.encodedDataLength;
      meter.byRequest.set(event.requestId, entry);
    });
    return meter;
  }

  /** Bytes received so far, in total and by resource type. */
  snapshot(): { total: number; byType: Record<string, number> } {
    const byType: Record<string, number> = {};
    let total = 0;
    for (const { type, bytes } of this.byRequest.values()) {
      byType[type] = (byType[type] ?? 0) + bytes;
      total += bytes;
    }
    return { total, byType };
  }
}

/** Waits until the page has made no request for a moment. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Types a query into the search box at once and returns the milliseconds until its results are on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const list = document.getElementById('results') as HTMLElement;
        const input = document.getElementById('q') as HTMLInputElement;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (list.dataset.query === q) {
            observer.disconnect();
            // The time includes the browser's next paint of the results.
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** Search measurements for one query. */
export interface SearchSample {
  query: string;
  kind: 'common' | 'rare';
  /** Bytes to open the search page and initialise Pagefind (HTML, CSS, scripts, WASM, metadata, filters). */
  pageBytes: number;
  /** Bytes of the first query itself (index chunks and result fragments). */
  firstQueryBytes: number;
  firstQueryMs: number;
  /** Bytes and time of each later query on the same page. */
  later: { query: string; bytes: number; ms: number }[];
}

/** Bytes the benchmark's server has sent so far (it counts Web Workers' requests too). */
async function bytesServed(siteUrl: string): Promise<number> {
  const response = await fetch(new URL('/__bytes', siteUrl));
  return ((await response.json()) as { bytes: number }).bytes;
}

/**
 * Measures the search page: each query once cold in a fresh browser profile,
 * then the others after it. Bytes are counted by the server, so that nothing
 * is missed however Pagefind fetches (a Web Worker's requests are not in the
 * page's own network log).
 */
export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  queries: { query: string; kind: 'common' | 'rare' }[],
): Promise<SearchSample[]> {
  const samples: SearchSample[] = [];
  for (const { query, kind } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = await bytesServed(siteUrl);
    await page.goto(new URL('search/', siteUrl).href);
    await page.locator('#q').focus();
    await page.locator('#search-form[data-ready]').waitFor({ state: 'attached' });
    await settle(page);
    const pageBytes = (await bytesServed(siteUrl)) - start;
    const firstQueryMs = await timeQuery(page, query);
    await settle(page);
    const firstQueryBytes = (await bytesServed(siteUrl)) - start - pageBytes;
    const later: SearchSample['later'] = [];
    for (const other of queries.filter((q) => q.query !== query)) {
      const before = await bytesServed(siteUrl);
      const ms = await timeQuery(page, other.query);
      await settle(page);
      later.push({ query: other.query, bytes: (await bytesServed(siteUrl)) - before, ms });
    }
    samples.push({ query, kind, pageBytes, firstQueryBytes, firstQueryMs, later });
    await context.close();
  }
  return samples;
}

/** The slow network of the budget: a poor mobile connection (1.6 Mbit/s down, 150 ms round trip). */
export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (0.75 * 1_000_000) / 8,
};

/**
 * Opens a shared search link (`search/?q=…`) cold, on the slow network, and returns the
 * milliseconds from the start of navigation until the results are painted: what a reader who
 * follows someone's link waits, every request of the page and of Pagefind included.
 */
export async function measureSharedLink(browser: Browser, siteUrl: string, query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    const url = new URL('search/', siteUrl);
    url.searchParams.set('q', query);
    await page.goto(url.href, { waitUntil: 'commit' });
    await page.waitForFunction((q) => document.getElementById('results')?.dataset.query === q, query, {
      timeout: 120_000,
    });
    // Navigation start is the page's time origin; the time includes the next paint of the results.
    return await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
  } finally {
    await context.close();
  }
}

/** Bytes transferred to open one page in a fresh profile, by resource type. */
export async function measurePage(
  browser: Browser,
  url: string,
): Promise<{ total: number; byType: Record<string, number> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const meter = await TransferMeter.attach(context, page);
  await page.goto(url);
  await settle(page);
  const result = meter.snapshot();
  await context.close();
  return result;
}

/** Launches the same Chromium the browser tests use. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Lighthouse's performance score (0–100) for a page, with its default mobile settings and throttling. */
export async function lighthousePerformance(url: string): Promise<number> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    return Math.round((result?.lhr.categories.performance?.score ?? 0) * 100);
  } finally {
    chrome.kill();
  }
}
