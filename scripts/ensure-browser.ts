/**
 * Makes sure a Chromium is available for the browser tests. If none is found
 * and this machine can install Debian's package (root with apt-get), it
 * installs it; otherwise it explains what to do and fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.ts';

/** Runs a command with its output shown, returning whether it succeeded. */
function run(command: string, args: string[]): boolean {
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

const found = findChromium();
if (found) {
  console.log(`Browser tests will use ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get install chromium)…');
  if (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
  ) {
    const installed = findChromium();
    if (installed) {
      console.log(`Installed ${installed}`);
      process.exit(0);
    }
  }
}

console.error(`
The browser tests need Chromium or Google Chrome, and none was found.
  - On Debian or Ubuntu:  sudo apt-get install chromium
  - On macOS:            install Google Chrome, or: brew install --cask chromium
  - Elsewhere:           set CHROMIUM_PATH=/path/to/chrome-or-chromium
(Playwright's own browser download is not used, so this works on machines without internet access.)`);
process.exit(1);
