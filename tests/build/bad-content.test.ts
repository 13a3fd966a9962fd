/**
 * Bad content never publishes: each fixture in tests/fixtures/bad-content
 * breaks a copy of the fixture archive (tests/fixtures/archive) in one way, and the real build must fail
 * with a message naming the file and the field, writing nothing to the
 * output folder and leaving a previous complete build untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/bad-content');

interface Fixture {
  description: string;
  edits: ({ file: string; find: string; replace: string } | { copy: string; to: string })[];
  /** The line the build must print: file and field, and the message where the fixture gives one. */
  expect: { file: string; field: string; message?: string };
}

const work = mkdtempSync(join(tmpdir(), 'archive-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the fixture archive and applies a fixture's edits; each edit must change something. */
function brokenCopy(name: string, fixture: Fixture): string {
  const content = join(work, name, 'content');
  cpSync(join(ROOT, 'tests/fixtures/archive'), content, { recursive: true });
  for (const edit of fixture.edits) {
    if ('copy' in edit) {
      cpSync(join(content, edit.copy), join(content, edit.to));
      continue;
    }
    const path = join(content, edit.file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(new RegExp(edit.find, 'mu'), edit.replace);
    if (after === before) throw new Error(`fixture ${name}: the edit to ${edit.file} did not apply`);
    writeFileSync(path, after);
  }
  return content;
}

/** Runs the real build on a content folder into an output folder. */
function build(contentDir: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/u, ''), JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture] as const);

describe('bad content fails the real build', () => {
  it('has the fixtures the archive promises to reject', () => {
    expect(fixtures.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'missing-title',
        'malformed-date',
        'supplied-date-without-evidence',
        'duplicate-slug',
        'unknown-entity',
        'unknown-topic',
        'annotation-on-missing-paragraph',
        'empty-body',
        'raw-script',
        'dropped-sentence',
        'comment-cuts-normalisation',
      ]),
    );
  });

  it.each(fixtures)('%s: names the file and the field, and writes no output', (name, fixture) => {
    const content = brokenCopy(name, fixture);
    const out = join(work, name, 'dist');
    const { status, output } = build(content, out);
    expect(status, output).not.toBe(0);
    const line = output
      .split('\n')
      .find((l) => l.includes(fixture.expect.file) && l.includes(`› ${fixture.expect.field}:`));
    expect(line, `no line naming ${fixture.expect.file} › ${fixture.expect.field} in:\n${output}`).toBeDefined();
    if (fixture.expect.message) expect(line).toContain(`› ${fixture.expect.field}: ${fixture.expect.message}`);
    // The problems are the whole report: not wrapped in Astro's hook error, no stack, no second verdict.
    expect(output).toMatch(/^Content check failed \(\d+ problems?\); nothing was built:$/mu);
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toMatch(/Stack trace|^\s+at /mu);
    expect(output).not.toContain('Build failed');
    expect(existsSync(out)).toBe(false);
    // Nor anything beside it: no unfinished build folder, no lock.
    expect(readdirSync(join(work, name)).filter((f) => f.startsWith('dist.'))).toEqual([]);
  });

  it('leaves a previous complete build untouched when a build fails', () => {
    const [name, fixture] = fixtures.find(([n]) => n === 'dropped-sentence')!;
    const content = brokenCopy(`${name}-kept`, fixture);
    const out = join(work, 'kept-dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    const { status } = build(content, out);
    expect(status).not.toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });
});
