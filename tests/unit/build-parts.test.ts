import { describe, expect, it } from 'vitest';
import { buildsShared, buildsYear, partInputs, planParts, readPart } from '../../src/lib/build-parts.ts';
import { cutPeriods } from '../../src/lib/periods.ts';

/** `n` dates in a year. */
const datesIn = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => `${year}-${String((i % 12) + 1).padStart(2, '0')}-10`);

describe('the build in parts', () => {
  it.each([
    ['', { kind: 'all' }],
    ['all', { kind: 'all' }],
    ['shared', { kind: 'shared' }],
    ['years:2001-2005', { kind: 'years', from: '2001', to: '2005' }],
  ] as const)('reads BUILD_PART=%j', (setting, part) => {
    expect(readPart(setting)).toEqual(part);
  });

  it.each(['years:2005-2001', 'years:01-05', 'statements'])(
    'refuses BUILD_PART=%j, saying what it takes',
    (setting) => {
      expect(() => readPart(setting)).toThrow(/BUILD_PART must be "all", "shared" or "years:FROM-TO"/u);
    },
  );

  it('builds a year’s statements in the part of its years, and everything else in the shared part', () => {
    const years = readPart('years:2001-2005');
    expect([buildsYear(years, 2001), buildsYear(years, '2005'), buildsYear(years, 2006)]).toEqual([true, true, false]);
    expect([buildsShared(years), buildsShared(readPart('shared')), buildsShared(readPart(''))]).toEqual([
      false,
      true,
      true,
    ]);
    expect(buildsYear(readPart('shared'), 2003)).toBe(false);
    expect(buildsYear(readPart('all'), 2003)).toBe(true);
  });

  it('groups whole periods into parts of at most the part size, then the shared part', () => {
    const periods = cutPeriods([...datesIn(2001, 4), ...datesIn(2002, 4), ...datesIn(2003, 4), ...datesIn(2004, 4)], 4);
    expect(planParts(periods, 8).map((p) => [p.name, p.statements, p.periods])).toEqual([
      ['years:2001-2002', 8, ['2001', '2002']],
      ['years:2003-2004', 8, ['2003', '2004']],
      ['shared', 0, []],
    ]);
  });

  it('never splits a year between parts, even when its periods are months', () => {
    const periods = cutPeriods([...datesIn(2010, 3), ...datesIn(2011, 12), ...datesIn(2012, 3)], 4);
    expect(periods.filter((p) => p.id.startsWith('2011-m'))).toHaveLength(3);
    const parts = planParts(periods, 5);
    expect(parts.map((p) => p.name)).toEqual(['years:2010-2010', 'years:2011-2011', 'years:2012-2012', 'shared']);
    expect(parts[1]!.periods).toEqual(['2011-m01-m04', '2011-m05-m08', '2011-m09-m12']);
    expect(parts.flatMap((p) => p.periods)).toEqual(periods.map((p) => p.id));
  });
});

describe('what a part is built from', () => {
  const statement = (date: string, name: string) => ({
    file: `content/statements/${name}.md`,
    data: { date: { value: date }, source: { copy: `${name}.txt` } },
  });
  const statements = [statement('2001-03-04', 'a'), statement('2002', 'b'), statement('2003-07', 'c')];
  const dirs = { plan: '.parts/plan', content: 'content', contentShared: ['entities', 'events.yaml'] };

  it('a part of some years: the records, the shared content, its years’ index and its own statements and copies', () => {
    expect(partInputs(readPart('years:2002-2003'), statements, dirs)).toEqual([
      '.parts/plan/plan.json',
      '.parts/plan/statements.json',
      'content/entities',
      'content/events.yaml',
      '.parts/plan/index/2002.json',
      '.parts/plan/index/2003.json',
      'content/statements/b.md',
      'content/sources/b.txt',
      'content/statements/c.md',
      'content/sources/c.txt',
    ]);
  });

  it('the shared part: the whole index and every statement and copy', () => {
    const inputs = partInputs(readPart('shared'), statements, dirs);
    expect(inputs).toContain('.parts/plan/index');
    expect(inputs.filter((path) => path.startsWith('content/statements/'))).toHaveLength(3);
    expect(inputs.filter((path) => path.startsWith('content/sources/'))).toHaveLength(3);
  });

  it('another part’s statement is not an input of a part of some years', () => {
    const inputs = partInputs(readPart('years:2001-2001'), statements, dirs);
    expect(inputs).toContain('content/statements/a.md');
    expect(inputs).not.toContain('content/statements/b.md');
    expect(inputs).not.toContain('.parts/plan/index/2002.json');
  });
});
