import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRuns, formatTable, type BenchResult } from '../../scripts/bench/compare.ts';
import { countStatements, generateCorpus } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/integrations/content-check.ts';
import { dataUrl } from '../../src/lib/exports.ts';
import { PER_STATEMENT_PREVIEW_LIMIT, previewName, previewScope } from '../../src/lib/previews.ts';
import { statementSchema } from '../../src/lib/schema.ts';
import { timelineYears, buildTimeline } from '../../src/lib/timeline.ts';
import { parseRegistry, publishedPermalinks } from '../../src/lib/permalinks.ts';
import { CONTENT, LIVE_CONTENT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  it('passes the same content check as real content, entities and annotations included', () => {
    const summary = generateCorpus({ n: 60, seed: 3, outDir: join(work, 'a'), realDir: CONTENT });
    const { statements, archive } = checkContent(join(work, 'a'));
    expect(statements).toHaveLength(60);
    // Every synthetic statement is annotated; the fixture's own statements as the fixture has them.
    const realAnnotations = readdirSync(join(CONTENT, 'annotations')).filter((n) => n.endsWith('.yaml')).length;
    expect(archive.annotations.length).toBe(60 - countStatements(CONTENT) + realAnnotations);
    expect(summary.rareQueries.length).toBeGreaterThan(0);
    const synthetic = new Set(summary.synthetic);
    expect(synthetic.size).toBe(60 - countStatements(CONTENT));
    const words = statements
      .filter((s) => synthetic.has(s.data.slug))
      .map(
        (s) =>
          s.blocks
            .map((b) => b.text)
            .join(' ')
            .split(/\s+/u).length,
      );
    expect(Math.min(...words)).toBeGreaterThanOrEqual(400);
    expect(statements.some((s) => s.data.date.basis === 'supplied')).toBe(true);
  });

  it.each([
    ['the fixture archive', CONTENT],
    ['the live content', LIVE_CONTENT],
  ])('keeps every statement of %s, however many, and adds the rest up to N', (_, realDir) => {
    const real = checkContent(realDir).statements.map((s) => s.data.slug);
    const out = join(work, `keep-${real.length}-${realDir === CONTENT ? 'fixture' : 'live'}`);
    const summary = generateCorpus({ n: real.length + 3, seed: 5, outDir: out, realDir });
    const slugs = checkContent(out).statements.map((s) => s.data.slug);
    expect(slugs).toHaveLength(real.length + 3);
    expect(slugs).toEqual(expect.arrayContaining([...real, ...summary.synthetic]));
    expect(summary.synthetic).toHaveLength(3);
  });

  it('keeps a third real statement too, and records every new URL in the permalink registry', () => {
    const three = join(work, 'three-real');
    cpSync(CONTENT, three, { recursive: true });
    const wh = readFileSync(
      join(three, 'statements/white-house-2021-04-26-harris-giammattei-virtual-meeting.md'),
      'utf8',
    );
    writeFileSync(
      join(three, 'statements/white-house-copy.md'),
      wh.replace(/^slug: .*$/mu, 'slug: white-house-copy-for-the-generator-test'),
    );
    const real = countStatements(CONTENT) + 1;
    expect(countStatements(three)).toBe(real);
    const out = join(work, 'three-plus');
    const n = real + 3;
    generateCorpus({ n, seed: 4, outDir: out, realDir: three });
    const { statements } = checkContent(out);
    expect(statements).toHaveLength(n);
    expect(statements.map((s) => s.data.slug)).toContain('white-house-copy-for-the-generator-test');
    const registry = parseRegistry(readFileSync(join(out, 'permalinks.txt'), 'utf8'));
    const synthetic = statements.filter((s) => s.data.notes.some((n) => n.startsWith('Synthetic')));
    expect(synthetic).toHaveLength(n - real);
    expect(registry).toEqual(expect.arrayContaining(publishedPermalinks(synthetic)));
    expect(() => generateCorpus({ n: real - 1, seed: 4, outDir: join(work, 'too-few'), realDir: three })).toThrow(
      new RegExp(`cannot keep the ${real} statements`, 'u'),
    );
  });

  it('is the same, byte for byte, for the same seed, and different for another', () => {
    generateCorpus({ n: 20, seed: 9, outDir: join(work, 'b'), realDir: CONTENT });
    generateCorpus({ n: 20, seed: 9, outDir: join(work, 'c'), realDir: CONTENT });
    const other = generateCorpus({ n: 20, seed: 10, outDir: join(work, 'd'), realDir: CONTENT });
    const first = generateCorpus({ n: 20, seed: 9, outDir: join(work, 'e'), realDir: CONTENT });
    const read = (dir: string, file: string) => readFileSync(join(work, dir, file), 'utf8');
    expect(read('b', 'entities/people.yaml')).toBe(read('c', 'entities/people.yaml'));
    expect(read('e', first.sampleFile.slice(join(work, 'e').length + 1))).toBe(
      read('b', first.sampleFile.slice(join(work, 'e').length + 1)),
    );
    expect(other.sampleSlug).not.toBe(first.sampleSlug);
  });
});

describe('download links carried in the page', () => {
  it.each([
    ['plain text with spaces and line breaks', 'Line one\nline two  with  spaces'],
    ['characters a URL cannot hold as they are', '100% of #3 <b> "quoted" {x} [y] \\ ^ ` |'],
    ['typographic and non-Latin characters', 'Giammattei’s “call” — Guatemala\u00a0City, Auswärtiges Amt, 外務省'],
  ])('round-trips %s', (_, text) => {
    const url = dataUrl(text, 'text/plain');
    expect(url.startsWith('data:text/plain;charset=utf-8,')).toBe(true);
    const body = url.slice(url.indexOf(',') + 1);
    expect(body).not.toMatch(/[ \t\n\r"<>\\^`{|}#]/u);
    expect(decodeURIComponent(body)).toBe(text);
  });
});

describe('preview images at scale', () => {
  const data = statementSchema.parse({
    slug: 'x',
    title: 'A statement',
    issuer: { name: 'Global Affairs Canada', country: 'Canada', countryCode: 'CA', entity: 'global-affairs-canada' },
    type: 'readout',
    date: { basis: 'source', value: '2024-02-03' },
    language: 'en',
    summary: 'S.',
    source: { copy: 'x.txt', description: 'D.', retrieved: '2024-02-05' },
    normalisations: ['None'],
  });

  it('gives each statement its own image up to the limit, then one per issuer and type', () => {
    expect(previewScope(2)).toBe('statement');
    expect(previewScope(PER_STATEMENT_PREVIEW_LIMIT)).toBe('statement');
    expect(previewScope(PER_STATEMENT_PREVIEW_LIMIT + 1)).toBe('issuer');
    expect(previewName('x', data, 'statement')).toBe('x');
    expect(previewName('x', data, 'issuer')).toBe('global-affairs-canada--readout');
  });

  it('lets PREVIEWS choose, and rejects anything else', () => {
    expect(previewScope(10_000, 'statement')).toBe('statement');
    expect(previewScope(2, 'issuer')).toBe('issuer');
    expect(() => previewScope(2, 'all')).toThrow(/PREVIEWS must be/u);
  });
});

describe('the timeline by year', () => {
  it('counts statements and events per year, in date order', () => {
    const entries = buildTimeline(
      [
        { slug: 'a', title: 'A', date: { basis: 'source', value: '2021-04-26' } },
        { slug: 'b', title: 'B', date: { basis: 'supplied', value: '2023-05-26' } },
      ],
      [
        {
          id: 'e',
          title: 'E',
          date: { value: '2022-02', basis: 'source', evidence: [] },
          mentions: [{ statement: 'b', paragraph: 1, wording: 'February 2022' }],
        },
      ],
    );
    expect(timelineYears(entries)).toEqual([
      { year: '2021', statements: 1, events: 0 },
      { year: '2022', statements: 0, events: 1 },
      { year: '2023', statements: 1, events: 0 },
    ]);
  });
});

describe('benchmark comparison', () => {
  const run = (values: Record<string, number>): BenchResult => ({
    version: 1,
    date: '2026-11-23T00:00:00Z',
    machine: { cpus: 2, memoryGiB: 8, node: 'v24', platform: 'linux-x64' },
    seed: 7,
    sizes: [
      {
        n: 1000,
        metrics: [
          { key: 'wall', label: 'wall', unit: 's', value: values.wall!, better: 'lower', budget: 120 },
          { key: 'score', label: 'score', unit: '', value: values.score!, better: 'higher', budget: 100 },
        ],
      },
    ],
  });

  it('flags a metric more than 20 % worse than the baseline, in either direction of better', () => {
    const rows = compareRuns(run({ wall: 130, score: 70 }), run({ wall: 100, score: 100 }));
    expect(rows.map((r) => [r.key, r.regression, r.budgetMet])).toEqual([
      ['wall', true, false],
      ['score', true, false],
    ]);
  });

  it('does not flag changes within 20 %, or improvements', () => {
    const rows = compareRuns(run({ wall: 115, score: 100 }), run({ wall: 100, score: 90 }));
    expect(rows.map((r) => r.regression)).toEqual([false, false]);
    expect(formatTable(rows)).toMatch(/wall +115 s +≤ 120 s met +100 s +\+15 % worse/u);
  });

  it('compares nothing without a baseline', () => {
    expect(compareRuns(run({ wall: 1, score: 1 }), undefined).every((r) => r.baseline === undefined)).toBe(true);
  });
});
