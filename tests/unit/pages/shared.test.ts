import { describe, expect, it } from 'vitest';
import {
  count,
  entityCounts,
  groupByYear,
  plural,
  serialiseJsonLd,
  splitLatest,
} from '../../../src/lib/pages/shared.ts';

describe('the helpers every page model shares', () => {
  it.each([
    [0, 'statement', '0 statements'],
    [1, 'statement', '1 statement'],
    [2, 'paragraph', '2 paragraphs'],
    [1, 'person', '1 person'],
    [3, 'person', '3 people'],
  ])('counts %i %s as “%s”', (n, noun, expected) => {
    expect(count(n, noun)).toBe(expected);
  });

  it('takes an explicit plural over the rule', () => {
    expect(plural(2, 'also names', 'also name')).toBe('also name');
    expect(plural(1, 'also names', 'also name')).toBe('also names');
  });

  it.each([
    [[1, 2, 3], 2, [1, 2], [3]],
    [[1, 2], 2, [1, 2], []],
    [[], 25, [], []],
  ])('splits %j at %i into the latest and the rest', (items, limit, latest, rest) => {
    expect(splitLatest(items, limit)).toEqual({ latest, rest });
  });

  it('groups by the year of an ISO date, keeping the order within and between years', () => {
    const items = ['2023-05-26', '2021-04-26', '2023-01', '2021'];
    expect(groupByYear(items, (d) => d)).toEqual([
      { year: '2023', items: ['2023-05-26', '2023-01'] },
      { year: '2021', items: ['2021-04-26', '2021'] },
    ]);
  });

  it('counts mentions and the distinct statements they are in', () => {
    expect(entityCounts([{ statement: 'a' }, { statement: 'b' }, { statement: 'a' }])).toEqual({
      mentions: 3,
      statements: 2,
    });
  });

  it('escapes every < in JSON-LD so no value can close its script element', () => {
    const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
