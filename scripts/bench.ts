/**
 * `npm run bench [-- --n 100,1000,10000] [--seed 7] [--rebuilds-up-to 10000] [--edit-up-to 10000] [--parts] [--no-browser] [--no-lighthouse] [--update-baseline]`
 *
 * With `--parts`, every build is `npm run build:parts`'s (scripts/build/parts.ts): plan, each part and the
 * merge in turn, each a process tree of its own; a build's time is their sum, its peak memory the largest of
 * theirs, and each part's time and peak memory are recorded too.
 *
 * For each corpus size: generates a synthetic content folder, builds the full
 * site from it cold (empty caches), again warm, and again after editing one
 * statement (sizes above `--rebuilds-up-to` are built once, cold: at 30,000
 * the three rebuilds would add a quarter of an hour and answer no budget); then
 * serves the output on 127.0.0.1 and measures search and a statement page in
 * headless Chromium. Prints a table, writes
 * `bench-results/bench-<time>.json`, and compares with `bench/baseline.json`,
 * flagging any metric more than 20 % worse. Not part of `npm test`: a 10,000
 * statement run takes several minutes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { filesBelow } from '../src/lib/folders.ts';
import {
  launchBrowser,
  lighthousePerformance,
  measurePage,
  measureSearch,
  measureSharedLink,
} from './bench/browser.ts';
import { compareRuns, formatTable, type BenchResult, type Metric, type SizeResult } from './bench/compare.ts';
import { generateCorpus, type CorpusSummary } from './bench/corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '7' },
    'no-browser': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'update-baseline': { type: 'boolean', default: false },
    'rebuilds-up-to': { type: 'string', default: '10000' },
    'edit-up-to': { type: 'string', default: '10000' },
    parts: { type: 'boolean', default: false },
    baseline: { type: 'string', default: 'bench/baseline.json' },
  },
});
const sizes = values.n.split(',').map((v) => Number(v.replaceAll('_', '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
  console.error('--n takes whole numbers of statements, at least 2, separated by commas (e.g. --n 100,1000)');
  process.exit(1);
}
const seed = Number(values.seed);
const WORK = '.bench';
const PORT = 4517;
const SITE = `http://127.0.0.1:${PORT}/`;

/** Clock ticks per second of /proc's CPU times (USER_HZ), 100 on Linux. */
const USER_HZ = 100;

/** CPU seconds used by this process's finished children, from /proc (Linux). */
function childCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of stat (cutime, cstime) are at 13 and 14 after the command name.
    return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process and all its descendants, in bytes (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/u.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ') : []) visit(Number(child));
      }
    } catch {
      // The process ended between listing and reading.
    }
  };
  visit(pid);
  return total;
}

/** One build's cost. */
interface BuildRun {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

/** The settings of every build of a corpus. */
function buildEnv(n: number, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: join(WORK, `corpus-${n}`),
    OUT_DIR: join(WORK, `dist-${n}`),
    CACHE_DIR: join(WORK, `cache-${n}`),
    PARTS_DIR: join(WORK, `parts-${n}`),
    SITE_URL: SITE.slice(0, -1),
    BASE_PATH: '/',
    ...extraEnv,
  };
}

/** Runs one build script, sampling the memory of its whole process tree; its output goes to `log`. */
async function runStep(args: string[], log: string, env: NodeJS.ProcessEnv, what: string): Promise<BuildRun> {
  const cpuBefore = childCpuSeconds() ?? 0;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(log);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`The ${what} failed; see ${log}`);
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (childCpuSeconds() ?? 0) - cpuBefore,
    peakRssBytes: peak,
  };
}

/** Each part's cost in the last build in parts, by part name. */
let lastParts: [string, BuildRun][] = [];

/**
 * Builds a corpus: `npm run build`'s script, or with `--parts` the build in parts' steps one after another
 * (the time their sum, the peak memory the largest of any one step's process tree).
 */
async function runBuild(n: number, phase: string, extraEnv: Record<string, string> = {}): Promise<BuildRun> {
  const env = buildEnv(n, extraEnv);
  if (!values.parts)
    return runStep(['scripts/build.ts'], join(WORK, `build-${n}-${phase}.log`), env, `${phase} build of N = ${n}`);
  const steps: [string, string[]][] = [['plan', ['plan']]];
  const planned = await runStep(
    ['scripts/build/parts.ts', 'plan'],
    join(WORK, `build-${n}-${phase}-plan.log`),
    env,
    `plan of N = ${n}`,
  );
  const runs: [string, BuildRun][] = [['plan', planned]];
  const plan = JSON.parse(readFileSync(join(WORK, `parts-${n}`, 'plan', 'plan.json'), 'utf8')) as {
    parts: { name: string }[];
  };
  for (const { name } of plan.parts) steps.push([name, ['part', name]]);
  steps.push(['merge', ['merge']]);
  for (const [name, args] of steps.slice(1)) {
    const log = join(WORK, `build-${n}-${phase}-${name.replace(/[^a-z0-9-]/giu, '-')}.log`);
    runs.push([name, await runStep(['scripts/build/parts.ts', ...args], log, env, `${name} of N = ${n} (${phase})`)]);
  }
  lastParts = runs;
  for (const [name, run] of runs)
    console.log(
      `  ${phase} ${name}: ${run.wallSeconds.toFixed(1)} s, peak ${(run.peakRssBytes / 1024 ** 3).toFixed(2)} GiB`,
    );
  return {
    wallSeconds: runs.reduce((sum, [, r]) => sum + r.wallSeconds, 0),
    cpuSeconds: runs.reduce((sum, [, r]) => sum + r.cpuSeconds, 0),
    peakRssBytes: Math.max(...runs.map(([, r]) => r.peakRssBytes)),
  };
}

/**
 * Names of the files in the cache folders of a kind, to see what a rebuild added: the build's own, and in a
 * build in parts each part's (CACHE_DIR/parts/<part>/), named with their part.
 */
function cacheEntries(n: number, kind: 'citations' | 'previews'): Set<string> {
  const cache = join(WORK, `cache-${n}`);
  const dirs = [['', join(cache, kind)]];
  const parts = join(cache, 'parts');
  if (existsSync(parts)) for (const part of readdirSync(parts)) dirs.push([`${part}/`, join(parts, part, kind)]);
  return new Set(
    dirs.flatMap(([prefix, dir]) => (existsSync(dir!) ? readdirSync(dir!).map((f) => `${prefix}${f}`) : [])),
  );
}

/** Edits one statement the way an editor corrects a title: in the transcription and its source copy alike. */
function editOneStatement(corpus: CorpusSummary): void {
  const statement = readFileSync(corpus.sampleFile, 'utf8');
  const copyName = /copy: (\S+)/u.exec(statement)![1]!;
  const copyPath = join(WORK, `corpus-${corpus.statements}`, 'sources', copyName);
  const before = 'Meets Counterparts';
  if (!statement.includes(before)) throw new Error(`${corpus.sampleFile} has no "${before}" to edit`);
  writeFileSync(corpus.sampleFile, statement.replace(before, `${before} Again`));
  writeFileSync(copyPath, readFileSync(copyPath, 'utf8').replace(before, `${before} Again`));
}

/** gzip -9 size of a file: what a static host's compression would send. */
function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The HTML + CSS weight of every statement page, compressed: the reading budget. */
function statementPageWeights(dist: string): { median: number; max: number; maxPage: string } {
  const dir = join(dist, 'statements');
  const cssCache = new Map<string, number>();
  const weights = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .map((name) => {
      const file = join(dir, name, 'index.html');
      const html = readFileSync(file, 'utf8');
      let css = 0;
      for (const m of html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/gu)) {
        if (!cssCache.has(m[1]!)) cssCache.set(m[1]!, gzipSize(join(dist, m[1]!)));
        css += cssCache.get(m[1]!)!;
      }
      return { page: name, bytes: gzipSync(html, { level: 9 }).length + css };
    })
    .sort((a, b) => a.bytes - b.bytes);
  return {
    median: weights[Math.floor(weights.length / 2)]!.bytes,
    max: weights.at(-1)!.bytes,
    maxPage: weights.at(-1)!.page,
  };
}

/** The median of some numbers. */
function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Starts the static server on the built output and waits until it answers. */
async function serve(n: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['scripts/serve.ts', '--port', String(PORT), '--host', '127.0.0.1', '--count-bytes'],
    {
      env: { ...process.env, OUT_DIR: join(WORK, `dist-${n}`), BASE_PATH: '/' },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(SITE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('The static server did not start');
}

/** Benchmarks one corpus size. */
async function benchSize(n: number, perPageAt1000: number | undefined): Promise<SizeResult & { perPage: number }> {
  const metrics: Metric[] = [];
  const add = (metric: Metric) => metrics.push(metric);
  const big = n >= 10_000;

  console.log(`\n== N = ${n.toLocaleString('en-US')} ==`);
  const generated = performance.now();
  const corpus = generateCorpus({ n, seed, outDir: join(WORK, `corpus-${n}`) });
  console.log(
    `corpus: ${corpus.people} people, ${corpus.organizations} organisations, ${corpus.places} places, ${corpus.topics} topics, ${corpus.events} events (${((performance.now() - generated) / 1000).toFixed(1)} s)`,
  );
  rmSync(join(WORK, `cache-${n}`), { recursive: true, force: true });
  rmSync(join(WORK, `dist-${n}`), { recursive: true, force: true });
  rmSync(join(WORK, `parts-${n}`), { recursive: true, force: true });

  const cold = await runBuild(n, 'cold');
  // A build in parts: each step's own time and peak memory (the budget is per part).
  for (const [name, run] of values.parts ? lastParts : []) {
    add({
      key: `build.part.${name}.wall`,
      label: `cold build, ${name}, wall time`,
      unit: 's',
      value: run.wallSeconds,
      better: 'lower',
    });
    add({
      key: `build.part.${name}.rss`,
      label: `cold build, ${name}, peak RSS`,
      unit: 'B',
      value: run.peakRssBytes,
      better: 'lower',
      budget: 3 * 1024 ** 3,
    });
  }
  const dist = join(WORK, `dist-${n}`);
  const files = filesBelow(dist);
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  const index = files.filter((f) => relative(dist, f.path).startsWith('pagefind/'));
  const perPage = cold.wallSeconds / pages;
  console.log(`cold build: ${cold.wallSeconds.toFixed(1)} s, ${pages} pages, ${files.length} files`);
  add({
    key: 'build.cold.wall',
    label: 'cold build, wall time',
    unit: 's',
    value: cold.wallSeconds,
    better: 'lower',
    budget: big ? 120 : undefined,
  });
  add({ key: 'build.cold.cpu', label: 'cold build, CPU time', unit: 's', value: cold.cpuSeconds, better: 'lower' });
  add({
    key: 'build.cold.rss',
    label: 'cold build, peak RSS (process tree)',
    unit: 'B',
    value: cold.peakRssBytes,
    better: 'lower',
    budget: big ? 3 * 1024 ** 3 : undefined,
  });
  add({ key: 'build.pages', label: 'HTML pages', unit: '', value: pages, better: 'lower' });
  add({
    key: 'build.pagesPerSecond',
    label: 'pages per second (cold)',
    unit: '/s',
    value: pages / cold.wallSeconds,
    better: 'higher',
  });
  add({
    key: 'build.msPerPage',
    label: 'time per page (cold)',
    unit: 'ms',
    value: perPage * 1000,
    better: 'lower',
    budget: big && perPageAt1000 ? perPageAt1000 * 1000 * 1.2 : undefined,
  });
  add({
    key: 'output.files',
    label: 'output files',
    unit: '',
    value: files.length,
    better: 'lower',
    budget: big ? 19_999 : undefined,
  });
  add({
    key: 'output.bytes',
    label: 'output size',
    unit: 'B',
    value: files.reduce((s, f) => s + f.bytes, 0),
    better: 'lower',
  });
  add({ key: 'index.files', label: 'search index files', unit: '', value: index.length, better: 'lower' });
  add({
    key: 'index.bytes',
    label: 'search index size',
    unit: 'B',
    value: index.reduce((s, f) => s + f.bytes, 0),
    better: 'lower',
  });

  if (n <= Number(values['rebuilds-up-to'])) await measureRebuilds(n, big, add);
  // The edit alone can be measured at a size where the two full rebuilds would take too long.
  if (n <= Math.max(Number(values['rebuilds-up-to']), Number(values['edit-up-to']))) await measureEdit(n, corpus, add);
  measurePageWeights(dist, add);
  if (!values['no-browser']) await measureBrowser(n, corpus, big, add);
  return { n, metrics, perPage };
}

/** Two rebuilds: nothing changed, and everything again with warm caches. */
async function measureRebuilds(n: number, big: boolean, add: (m: Metric) => void) {
  const noop = await runBuild(n, 'noop');
  const warm = await runBuild(n, 'warm', { FORCE_BUILD: '1' });
  console.log(
    `rebuild, nothing changed: ${noop.wallSeconds.toFixed(1)} s; full rebuild with warm caches: ${warm.wallSeconds.toFixed(1)} s`,
  );
  add({
    key: 'build.noop.wall',
    label: 'rebuild, nothing changed (kept as built)',
    unit: 's',
    value: noop.wallSeconds,
    better: 'lower',
  });
  add({
    key: 'build.warm.wall',
    label: 'full rebuild, caches kept (FORCE_BUILD=1)',
    unit: 's',
    value: warm.wallSeconds,
    better: 'lower',
    budget: big ? 60 : undefined,
  });
  add({
    key: 'build.warm.rss',
    label: 'full rebuild, caches kept, peak RSS',
    unit: 'B',
    value: warm.peakRssBytes,
    better: 'lower',
  });
}

/** A rebuild after one edit, and what it made again. */
async function measureEdit(n: number, corpus: CorpusSummary, add: (m: Metric) => void) {
  const citationsBefore = cacheEntries(n, 'citations');
  const previewsBefore = cacheEntries(n, 'previews');
  editOneStatement(corpus);
  const edited = await runBuild(n, 'edit');
  const newCitations = [...cacheEntries(n, 'citations')].filter((f) => !citationsBefore.has(f)).length;
  const newPreviews = [...cacheEntries(n, 'previews')].filter((f) => !previewsBefore.has(f)).length;
  console.log(
    `rebuild after editing one statement: ${edited.wallSeconds.toFixed(1)} s; re-made ${newCitations} citation sets, ${newPreviews} preview images`,
  );
  add({
    key: 'build.edit.wall',
    label: 'rebuild after editing one statement',
    unit: 's',
    value: edited.wallSeconds,
    better: 'lower',
    // The budget is for 10,000 statements; at 100,000 the rebuild is measured, without one.
    budget: n >= 10_000 && n < 100_000 ? 60 : undefined,
  });
  add({
    key: 'build.edit.citations',
    label: 'citation sets re-made by that edit',
    unit: '',
    value: newCitations,
    better: 'lower',
    budget: 1,
  });
  add({
    key: 'build.edit.previews',
    label: 'preview images re-drawn by that edit',
    unit: '',
    value: newPreviews,
    better: 'lower',
    budget: 1,
  });
}

/** The statement pages' compressed weight. */
function measurePageWeights(dist: string, add: (m: Metric) => void) {
  const weights = statementPageWeights(dist);
  add({
    key: 'page.gzip.median',
    label: 'statement page HTML+CSS gzip, median',
    unit: 'B',
    value: weights.median,
    better: 'lower',
    budget: 14 * 1024,
  });
  add({
    key: 'page.gzip.max',
    label: `statement page HTML+CSS gzip, largest`,
    unit: 'B',
    value: weights.max,
    better: 'lower',
    budget: 14 * 1024,
  });
}

/** Search and the statement page in a browser, from the built output served as a host would. */
async function measureBrowser(n: number, corpus: CorpusSummary, big: boolean, add: (m: Metric) => void) {
  const server = await serve(n);
  const browser = await launchBrowser();
  try {
    const queries = [
      ...corpus.commonQueries.map((query) => ({ query, kind: 'common' as const })),
      ...corpus.rareQueries.map((query) => ({ query, kind: 'rare' as const })),
    ];
    const samples = await measureSearch(browser, SITE, queries);
    for (const s of samples)
      console.log(
        `search "${s.query}" (${s.kind}): page+init ${s.pageBytes} B, first query ${s.firstQueryBytes} B in ${s.firstQueryMs.toFixed(0)} ms; later ${s.later.map((l) => `${l.bytes} B/${l.ms.toFixed(0)} ms`).join(', ')}`,
      );
    const later = samples.flatMap((s) => s.later);
    add({
      key: 'search.first.bytes',
      label: 'first search, bytes incl. page and Pagefind (median)',
      unit: 'B',
      value: median(samples.map((s) => s.pageBytes + s.firstQueryBytes)),
      better: 'lower',
      budget: big ? 200 * 1024 : undefined,
    });
    add({
      key: 'search.first.bytesMax',
      label: 'first search, bytes incl. page and Pagefind (max)',
      unit: 'B',
      value: Math.max(...samples.map((s) => s.pageBytes + s.firstQueryBytes)),
      better: 'lower',
      budget: big ? 200 * 1024 : undefined,
    });
    add({
      key: 'search.first.ms',
      label: 'first query to rendered results (median)',
      unit: 'ms',
      value: median(samples.map((s) => s.firstQueryMs)),
      better: 'lower',
      budget: 250,
    });
    add({
      key: 'search.later.bytes',
      label: 'later search, bytes (max)',
      unit: 'B',
      value: Math.max(...later.map((l) => l.bytes)),
      better: 'lower',
      budget: big ? 60 * 1024 : undefined,
    });
    add({
      key: 'search.later.ms',
      label: 'later query to rendered results (median)',
      unit: 'ms',
      value: median(later.map((l) => l.ms)),
      better: 'lower',
      budget: 50,
    });

    const slow: number[] = [];
    for (const { query } of queries) slow.push(await measureSharedLink(browser, SITE, query));
    console.log(`shared search link on a slow network: ${slow.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
    add({
      key: 'search.first.slowNetwork.ms',
      label: 'shared search link, slow network (1.6 Mbit/s, 150 ms), median',
      unit: 'ms',
      value: median(slow),
      better: 'lower',
      budget: big ? 2500 : undefined,
    });

    const statementUrl = new URL('statements/agn-giammattei-harris-telephone-call/', SITE).href;
    const page = await measurePage(browser, statementUrl);
    console.log(`statement page transfer: ${JSON.stringify(page.byType)}`);
    add({
      key: 'page.transfer.total',
      label: 'statement page, bytes transferred',
      unit: 'B',
      value: page.total,
      better: 'lower',
    });
    for (const type of ['document', 'stylesheet', 'script', 'font', 'image'])
      add({
        key: `page.transfer.${type}`,
        label: `statement page, ${type} bytes`,
        unit: 'B',
        value: page.byType[type] ?? 0,
        better: 'lower',
      });
    if (!values['no-lighthouse']) {
      const score = await lighthousePerformance(statementUrl);
      console.log(`Lighthouse performance (mobile) of the statement page: ${score}`);
      add({
        key: 'page.lighthouse',
        label: 'statement page, Lighthouse performance (mobile)',
        unit: '',
        value: score,
        better: 'higher',
        budget: 100,
      });
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

mkdirSync(WORK, { recursive: true });
const result: BenchResult = {
  version: 1,
  date: new Date().toISOString(),
  machine: {
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  },
  seed,
  sizes: [],
};
let perPageAt1000: number | undefined;
for (const n of [...sizes].sort((a, b) => a - b)) {
  const size = await benchSize(n, perPageAt1000);
  if (n === 1000) perPageAt1000 = size.perPage;
  result.sizes.push({ n: size.n, metrics: size.metrics });
}

const baseline = existsSync(values.baseline)
  ? (JSON.parse(readFileSync(values.baseline, 'utf8')) as BenchResult)
  : undefined;
const rows = compareRuns(result, baseline);
console.log(`\n${formatTable(rows)}\n`);
mkdirSync('bench-results', { recursive: true });
const out = join('bench-results', `bench-${result.date.replace(/[:.]/gu, '-')}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Wrote ${out}.`);
const regressions = rows.filter((r) => r.regression);
const missed = rows.filter((r) => r.budgetMet === false);
if (!baseline) console.log(`No baseline at ${values.baseline}; run with --update-baseline to record this run as one.`);
if (values['update-baseline']) {
  // Merge: sizes not run this time keep their baseline numbers.
  const merged: BenchResult = { ...result, sizes: [...result.sizes] };
  for (const size of baseline?.sizes ?? []) if (!merged.sizes.some((s) => s.n === size.n)) merged.sizes.push(size);
  merged.sizes.sort((a, b) => a.n - b.n);
  mkdirSync('bench', { recursive: true });
  writeFileSync(values.baseline, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`Recorded this run as the baseline in ${values.baseline}.`);
}
console.log(
  `${regressions.length} regression(s) over 20 % against the baseline; ${missed.length} budget(s) missed${missed.length ? `: ${missed.map((m) => `N=${m.n} ${m.label}`).join('; ')}` : ''}.`,
);
process.exitCode = regressions.length > 0 ? 1 : 0;
