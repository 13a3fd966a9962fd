import { chromium } from '@playwright/test';
const [url, name, width, scheme, y0 = '0', h = '1300'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const ctx = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme as 'light' | 'dark',
});
const page = await ctx.newPage();
await page.goto(url!);
await page.screenshot({
  path: `/tmp/shots/${name}.png`,
  fullPage: true,
  clip: { x: 0, y: Number(y0), width: Number(width), height: Number(h) },
});
await browser.close();
