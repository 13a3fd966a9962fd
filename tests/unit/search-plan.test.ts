import { describe, expect, it } from 'vitest';
import { combineResults, holdsWord, mergeByDate, rankResults, searchPlan } from '../../src/lib/search-plan.ts';

describe('the Pagefind searches of a query', () => {
  it.each([
    ['migration', { loose: 'migration', looseWords: ['migration'], exact: [], together: null }],
    ['$310 million', { loose: '310 million', looseWords: ['310', 'million'], exact: [], together: '"310 million"' }],
    [
      'Joseph R. Biden',
      { loose: 'Joseph Biden', looseWords: ['Joseph', 'Biden'], exact: [], together: '"Joseph R Biden"' },
    ],
    ['June 25', { loose: 'June', looseWords: ['June'], exact: ['"25"'], together: '"June 25"' }],
    ['U.S.', { loose: null, looseWords: [], exact: ['"U.S"'], together: null }],
    ['U.S. aid', { loose: 'aid', looseWords: ['aid'], exact: ['"U.S"'], together: '"U.S aid"' }],
    ['R', { loose: null, looseWords: [], exact: ['"R"'], together: null }],
    [
      '"Vice President Harris"',
      {
        loose: 'Vice President Harris',
        looseWords: ['Vice', 'President', 'Harris'],
        exact: ['"Vice President Harris"'],
        together: null,
      },
    ],
    [
      '“refugee resettlement” Guatemala',
      {
        loose: 'refugee resettlement Guatemala',
        looseWords: ['refugee', 'resettlement', 'Guatemala'],
        exact: ['"refugee resettlement"'],
        together: '"refugee resettlement Guatemala"',
      },
    ],
    [
      'US$4.2 billion',
      { loose: 'billion', looseWords: ['billion'], exact: ['"US"', '"4.2"'], together: '"US 4.2 billion"' },
    ],
    ['!!! ...', { loose: null, looseWords: [], exact: [], together: null }],
  ])('%s', (q, plan) => {
    expect(searchPlan(q)).toEqual(plan);
  });
});

describe('putting the answers together', () => {
  it('keeps the candidates every exact form found, in the candidates’ order', () => {
    expect(combineResults(['a', 'b', 'c', 'd'], [new Set(['d', 'b', 'c']), new Set(['b', 'd'])])).toEqual(['b', 'd']);
    expect(combineResults(['a', 'b'], [])).toEqual(['a', 'b']);
  });

  it('ranks the statements holding the words together first, then by score, across languages', () => {
    const en = [
      { id: 'en_far', score: 3, together: false },
      { id: 'en_near', score: 1, together: true },
    ];
    const es = [
      { id: 'es_far', score: 2, together: false },
      { id: 'es_near', score: 2, together: true },
    ];
    expect(rankResults([en, es])).toEqual(['es_near', 'en_near', 'en_far', 'es_far']);
  });

  it.each([
    ['desc', ['b1', 'a1', 'a2', 'b2', 'a3'], ['a1', 'b1', 'b2']],
    ['asc', ['a3', 'b2', 'a2', 'a1', 'b1'], ['a3', 'b2', 'a2']],
  ] as const)(
    'merges lists in date order, %s, reading only the first date left in each',
    async (direction, merged, firstRead) => {
      const dates: Record<string, string> = {
        a1: '2023-05-26',
        a2: '2021-04-26',
        a3: '2020-01-01',
        b1: '2024-06-12',
        b2: '2021-01-01',
      };
      const read = new Set<string>();
      const lists =
        direction === 'desc'
          ? [
              ['a1', 'a2', 'a3'],
              ['b1', 'b2'],
            ]
          : [
              ['a3', 'a2', 'a1'],
              ['b2', 'b1'],
            ];
      const out: string[] = [];
      for await (const id of mergeByDate(lists, async (id) => (read.add(id), dates[id]!), direction)) {
        out.push(id);
        if (out.length === 2) expect([...read].sort()).toEqual([...firstRead].sort());
      }
      expect(out).toEqual(merged);
    },
  );
});

describe('whether a period’s index holds a word', () => {
  it.each([
    ['the word itself, quoted', [2, 2, 2], true],
    ['no statement at all', [0, 0, 0], false],
    ['words that begin with it (a word being typed)', [0, 5, 2], true],
    ['only the longest indexed word it begins with, as often with the probe', [0, 40, 40], false],
    ['as often, too many to compare', [0, 60, 60], false],
  ] as const)('%s', (_kind, [exact, found, probe], held) => {
    expect(holdsWord(exact, found, probe, () => true)).toBe(held);
  });

  it('compares where the words are when the counts cannot tell', () => {
    expect(holdsWord(0, 3, 3, () => false)).toBe(true);
    expect(holdsWord(0, 3, 3, () => true)).toBe(false);
  });
});
