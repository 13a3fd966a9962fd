/**
 * The build in parts keeps what is up to date: the real `npm run build:parts`
 * on a copy of the fixture archive, cut into two parts of years and the shared
 * part, run three times. Run again with nothing changed, no step builds
 * anything and the site stays as it was. After a word of one statement's text
 * is corrected (in its transcription and its source copy alike), the plan is
 * made again, the part holding that statement and the shared part (which
 * quotes any statement) are built again, and the other part of years is kept:
 * nothing it is built from changed. The correction reaches the merged site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'archive-parts-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SLUG = 'white-house-harris-giammattei-virtual-bilateral-meeting';
const EDITED = [
  'statements/white-house-2021-04-26-harris-giammattei-virtual-meeting.md',
  'sources/001_ccf752448703af61.txt',
];
const OLD = 'orderly and humane manner';
const NEW = 'orderly and humane way';

/** Runs the real build in parts, every step; returns what it printed. */
function buildParts(): string {
  const result = spawnSync(process.execPath, ['scripts/build/parts.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      CACHE_DIR: join(work, 'cache'),
      PARTS_DIR: join(work, 'parts'),
      SEARCH_PERIOD_SIZE: '1',
      PART_SIZE: '4',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the build in parts failed:\n${output}`);
  return output;
}

/** The statement page of the edited statement, and when it was written. */
const page = () => join(out, 'statements', SLUG, 'index.html');

let first: string;
let again: string;
let afterEdit: string;
let pageTimeBefore: number;
let pageTimeAgain: number;
beforeAll(() => {
  cpSync(join(ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  first = buildParts();
  pageTimeBefore = statSync(page()).mtimeMs;
  again = buildParts();
  pageTimeAgain = statSync(page()).mtimeMs;
  for (const file of EDITED) {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    if (!before.includes(OLD)) throw new Error(`${file} does not hold “${OLD}”`);
    writeFileSync(path, before.replace(OLD, NEW));
  }
  afterEdit = buildParts();
}, 900_000);

describe('the build in parts, built again', () => {
  it('is cut into the parts this test is about: two of years and the shared one', () => {
    expect(first).toMatch(/Planned 12 statements in \d+ periods and 3 parts/u);
    expect(first).toContain('Built the part years:2021-2024');
    expect(first).toContain('Built the part years:2026-2026');
    expect(first).toContain('Built the part shared');
  });

  it('with nothing changed, makes no plan and builds no part, and the site’s pages stay as they were', () => {
    expect(again).toContain('The plan is up to date');
    for (const part of ['years:2021-2024', 'years:2026-2026', 'shared'])
      expect(again).toContain(`The part ${part} is up to date`);
    expect(again).not.toContain('Built the part');
    expect(pageTimeAgain).toBe(pageTimeBefore);
  });

  it('after one statement’s text is corrected, builds its part and the shared part and keeps the other', () => {
    expect(afterEdit).toMatch(/Planned 12 statements/u);
    expect(afterEdit).toContain('Built the part years:2021-2024');
    expect(afterEdit).toContain('Built the part shared');
    expect(afterEdit).toContain('The part years:2026-2026 is up to date');
  });

  it('puts the correction on the merged site’s page', () => {
    const html = readFileSync(page(), 'utf8');
    expect(html).toContain(NEW);
    expect(html).not.toContain(OLD);
  });
});
