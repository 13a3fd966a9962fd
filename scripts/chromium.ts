/**
 * Finds a Chromium for Playwright. Playwright's own browser download is not
 * possible everywhere, so the tests use a system Chromium: the path in
 * CHROMIUM_PATH if set, else the first of the usual install locations.
 */
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora, Arch and macOS put Chromium or Chrome. */
export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium executable to use, or undefined when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATE_PATHS.find((path) => existsSync(path));
}

/**
 * Flags for a quiet headless run: no background network traffic (closed
 * networks refuse it, noisily) and no first-run or sync prompts.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
