import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, path, name, width = '1280', scheme = 'light', full = 'false'] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(`http://127.0.0.1:4612/${path}`);
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === 'true' });
await browser.close();
