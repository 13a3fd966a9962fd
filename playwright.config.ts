import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';

const port = Number(process.env.TEST_PORT || 4399);
const base = (process.env.BASE_PATH || '/').replace(/^\/*/u, '/').replace(/\/*$/u, '/');

/**
 * A build of the frozen fixture archive runs the specs that expect its exact values (tests/e2e/fixture), and
 * the fidelity and transcript specs; any other build (the live content, or it plus generated statements) runs
 * every spec but the fixture's.
 */
const fixtureBuild = resolve(process.env.CONTENT_DIR || 'content') === resolve('tests/fixtures/archive');

/** Browser tests run against the built site in `dist/` (or `OUT_DIR`), served as a static host would. */
export default defineConfig({
  testDir: 'tests/e2e',
  // The fixture holds one synthetic copy of each kind editors bring: the specs that derive what they expect from
  // the content (every word of every copy on its page in order; each transcript's speakers) run on it too.
  testMatch: fixtureBuild ? ['fixture/**/*.spec.ts', 'fidelity.spec.ts', 'transcripts.spec.ts'] : ['**/*.spec.ts'],
  testIgnore: fixtureBuild ? [] : ['fixture/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // A page's first search loads Pagefind's WebAssembly and its indexes: on a 2-core machine busy with another
  // build it took over 5 s (Playwright's default wait), so a wait for what a reader sees gets 15 s.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    // Never reuse: whatever already listens on the port may be another checkout's site.
    // `npm run test:e2e` gives each stage a port that was free when it started.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
