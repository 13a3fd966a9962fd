import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { readPart } from '../../src/lib/build-parts.ts';
import { buildArchiveIndex, withSentences, type ArchiveIndex } from '../../src/lib/crosslinks.ts';
import { readPlanIndex, readPlanStatements, writePlan } from '../../src/lib/plan-files.ts';
import { cutPeriods } from '../../src/lib/periods.ts';
import { indexedStatement } from '../../src/lib/statement.ts';
import { planParts } from '../../src/lib/build-parts.ts';
import { CONTENT } from './helpers.ts';

const { statements, archive } = checkContent(CONTENT, process.cwd());
const indexed = statements.map((s) => indexedStatement(s.data, s.blocks, s.file));
const bySlug = new Map(indexed.map((s) => [s.slug, s]));
const index = buildArchiveIndex(indexed, archive);
const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
const periods = cutPeriods(
  statements.map((s) => s.data.date.value),
  1,
);
writePlan(
  dir,
  { version: 1, periodSize: 1, partSize: 1, periods, parts: planParts(periods, 1), statements: statements.length },
  statements.map(({ file, data }) => ({ file, data })),
  index,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * An index's mentions with their sentences found again, as the pages that show them do, in one order (the
 * pages order them by the statements' ranks, not by how the index lists them).
 */
const mentionsOf = (read: ArchiveIndex, sentences = true) =>
  new Map(
    [...read.mentions]
      .sort()
      .map(([key, refs]) => [
        key,
        (sentences ? withSentences(refs, (slug) => bySlug.get(slug)) : refs).toSorted((a, b) =>
          `${a.statement} ${a.at.join(' ')}`.localeCompare(`${b.statement} ${b.at.join(' ')}`),
        ),
      ]),
  );

describe('the plan of a build in parts', () => {
  it('gives the shared part the whole cross-link index, mentions’ sentences found again from their places', () => {
    const read = readPlanIndex(dir, readPart('shared'));
    expect(mentionsOf(read)).toEqual(mentionsOf(index, false));
    const sorted = (map: ReadonlyMap<string, unknown>) => new Map([...map].sort());
    for (const field of ['subjects', 'related', 'quotations', 'topicPassages'] as const)
      expect(sorted(read[field]), field).toEqual(sorted(index[field]));
    // Each organisation's statements, in any order: its page sorts them newest first.
    const issued = (i: ArchiveIndex) => new Map([...i.issued].sort().map(([org, slugs]) => [org, slugs.toSorted()]));
    expect(issued(read)).toEqual(issued(index));
  });

  it('gives a part of some years only those years’ statements’ share of the index', () => {
    const year = statements[0]!.data.date.value.slice(0, 4);
    const read = readPlanIndex(dir, readPart(`years:${year}-${year}`));
    const ofYear = statements.filter((s) => s.data.date.value.startsWith(year)).map((s) => s.data.slug);
    expect([...read.subjects.keys()].sort()).toEqual(ofYear.sort());
    for (const refs of read.mentions.values()) for (const ref of refs) expect(ofYear).toContain(ref.statement);
  });

  it('keeps every statement’s checked front matter and file', () => {
    expect(readPlanStatements(dir)).toEqual(statements.map(({ file, data }) => ({ file, data })));
  });
});
