/**
 * Warnings, not errors: a date after today (statement dates, published and
 * modified times, event dates) and a source copy over 1 MB are named by file
 * and field, and the check still passes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import {
  eventDateWarnings,
  isAfterToday,
  largeCopyWarning,
  latestToday,
  LARGE_COPY_BYTES,
  statementDateWarnings,
} from '../../src/lib/content-warnings.ts';
import { statementSchema } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { CONTENT, statementFile } from './helpers.ts';

const NOW = new Date('2026-12-05T10:00:00Z');
const wh = () => statementSchema.parse(readStatementFile(statementFile('white-house-harris').raw).data);

describe('isAfterToday', () => {
  it.each([
    ['2099', true],
    ['2027', true],
    ['2026', false],
    ['2027-01', true],
    ['2026-12', false],
    ['2026-12-06', false],
    ['2026-12-07', true],
    ['2023-05-26', false],
  ])('%s → %s (today 2026-12-05, already 2026-12-06 in UTC+14)', (value, after) => {
    expect(isAfterToday(value, latestToday(NOW))).toBe(after);
  });
});

describe('warnings', () => {
  it('name a statement date, published and modified time after today', () => {
    const data = { ...wh(), published: '2099-04-26 20:01:00-04:00', modified: '2099-01-04 15:59:00-04:00' };
    data.date = { ...data.date, value: '2099-04-26' };
    expect(statementDateWarnings('x.md', data, NOW).map((w) => [w.field, w.message])).toEqual([
      ['date.value', '"2099-04-26" is after today (2026-12-06): check the year and the date; the build goes on'],
      ['published', expect.stringContaining('"2099-04-26 20:01:00-04:00" is after the time the content was checked')],
      ['modified', expect.stringContaining('"2099-01-04 15:59:00-04:00" is after')],
    ]);
    expect(statementDateWarnings('x.md', wh(), NOW)).toEqual([]);
  });

  it('name an event dated after today by its id', () => {
    const event = {
      id: 'launch',
      title: 'x',
      date: { value: '2099-01', basis: 'source' as const, evidence: [] },
      mentions: [{ statement: 's', paragraph: 1 }],
    };
    expect(eventDateWarnings('events.yaml', [event], NOW)).toEqual([
      { file: 'events.yaml', field: 'launch.date.value', message: expect.stringContaining('"2099-01" is after today') },
    ]);
  });

  it('name a copy over 1 MB, and not one of 1 MB', () => {
    expect(largeCopyWarning('x.md', 'source.copy', 'a.txt', LARGE_COPY_BYTES)).toBeUndefined();
    expect(largeCopyWarning('x.md', 'source.copy', 'a.txt', 20 * LARGE_COPY_BYTES)?.message).toMatch(
      /^the copy a\.txt is 20\.0 MB \(over 1 MB\)/u,
    );
  });
});

describe('the content check', () => {
  const work = mkdtempSync(join(tmpdir(), 'archive-warnings-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('passes content with a date in 2099 and a 2 MB copy, returning warnings that name file and field', () => {
    const content = join(work, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const statement = join(content, 'statements/agn-2023-05-26-giammattei-harris-telephone-call.md');
    writeFileSync(statement, readFileSync(statement, 'utf8').replace('value: "2023-05-26"', 'value: "2099-05-26"'));
    // A copy padded to 2 MB with a line of page furniture, which the transcription lists as furniture.
    const copy = join(content, 'sources/000_0af2a9ff45b6a59c.txt');
    const padding = 'lorem '.repeat(LARGE_COPY_BYTES / 3).trim();
    writeFileSync(copy, `${readFileSync(copy, 'utf8')}\n\n${padding}`);
    writeFileSync(
      statement,
      readFileSync(statement, 'utf8').replace(
        '  - "[email\\_protected]"\n',
        `  - "[email\\_protected]"\n  - "${padding}"\n`,
      ),
    );
    const { warnings } = checkContent(content, work, NOW);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'content/statements/agn-2023-05-26-giammattei-harris-telephone-call.md',
        field: 'date.value',
        message: expect.stringContaining('"2099-05-26" is after today'),
      }),
      expect.objectContaining({
        file: 'content/statements/agn-2023-05-26-giammattei-harris-telephone-call.md',
        field: 'source.copy',
        message: expect.stringMatching(/^the copy 000_0af2a9ff45b6a59c\.txt is 2\.0 MB \(over 1 MB\)/u),
      }),
    ]);
  });
});
