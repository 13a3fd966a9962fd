/**
 * `npm run test:e2e [-- stage …]`: the browser test stages, each a build and a
 * Playwright run against it. Every stage takes a port that is free when it
 * starts (the operating system picks it), builds its site for that origin and
 * serves it there itself through Playwright's web server, which refuses a port
 * someone else already listens on: a run never tests another checkout's site.
 *
 *   node scripts/test-e2e.ts                 # every stage, in order
 *   node scripts/test-e2e.ts fixture site    # only these
 *   node scripts/test-e2e.ts site -- --grep search   # extra arguments go to Playwright
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** One browser test stage: what it builds and which specs it runs. */
interface Stage {
  /** The content folder built. */
  content: string;
  /** The base path served under. */
  base: string;
  /** Where the build goes. */
  out: string;
  /** Playwright arguments: which specs, which tests left out. */
  playwright: string[];
  /** A command that prepares the content folder first, if any. */
  prepare?: string[];
  /** Further settings for its build. */
  env?: Record<string, string>;
  /** The build script, when not `npm run build`'s. */
  build?: string;
}

const STAGES: Record<string, Stage> = {
  /**
   * The real content plus one generated statement, under a sub-path: every general spec, axe and Lighthouse
   * included, proving the suite holds as the archive grows and when the site is not at the domain root.
   */
  site: {
    content: '.test-content',
    base: '/archive/',
    out: '.dist-test',
    playwright: [],
    prepare: ['scripts/generate-corpus.ts', '--extra', '1', '--seed', '11', '--out', '.test-content'],
  },
  /** The frozen fixture archive at the domain root: the specs that expect its exact values. */
  fixture: { content: 'tests/fixtures/archive', base: '/', out: '.dist-fixture', playwright: [] },
  /**
   * The fixture under a sub-path, built in parts (`npm run build:parts`: each part of a few statements'
   * years built on its own, then merged), its search index cut into periods of one statement each: the
   * reader search table again, across the periods' bundles in two languages, and searching period by period.
   */
  'fixture-subpath': {
    content: 'tests/fixtures/archive',
    base: '/archive/',
    out: '.dist-fixture-archive',
    playwright: ['tests/e2e/fixture/search.spec.ts', 'tests/e2e/fixture/periods.spec.ts'],
    env: { SEARCH_PERIOD_SIZE: '1', PART_SIZE: '4', PARTS_DIR: '.dist-fixture-parts' },
    build: 'scripts/build/parts.ts',
  },
};

/** Asks the operating system for a port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

/** Runs a command on this Node, or with the given program, failing the whole run if it fails. */
function run(args: string[], env: NodeJS.ProcessEnv, program = process.execPath): void {
  const result = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(
      `\nBrowser tests stopped: ${[program === process.execPath ? 'node' : program, ...args].join(' ')} failed.`,
    );
    process.exit(result.status ?? 1);
  }
}

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const names = split >= 0 ? argv.slice(0, split) : argv;
const extra = split >= 0 ? argv.slice(split + 1) : [];
const unknown = names.filter((name) => !(name in STAGES));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}: give any of ${Object.keys(STAGES).join(', ')}`);
  process.exit(2);
}

run(['scripts/ensure-browser.ts'], {});
for (const name of names.length > 0 ? names : Object.keys(STAGES)) {
  const stage = STAGES[name]!;
  const port = await freePort();
  const env = {
    CONTENT_DIR: stage.content,
    BASE_PATH: stage.base,
    OUT_DIR: stage.out,
    SITE_URL: `http://127.0.0.1:${port}`,
    TEST_PORT: String(port),
    ...stage.env,
  };
  console.log(`\n— Browser tests, stage "${name}": ${stage.content} under ${stage.base}, on port ${port}`);
  if (stage.prepare) run(stage.prepare, env);
  run([stage.build ?? 'scripts/build.ts'], env);
  run(['node_modules/@playwright/test/cli.js', 'test', ...stage.playwright, ...extra], env);
}
