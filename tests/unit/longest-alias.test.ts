import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/blocks.ts';
import { buildArchiveIndex, type ArchiveData } from '../../src/lib/crosslinks.ts';
import { findMentions, type AliasEntry } from '../../src/lib/mentions.ts';

const aliases: AliasEntry[] = [
  { alias: 'U.S.', entity: 'united-states', kind: 'places' },
  { alias: 'U.S. President Joe Biden', entity: 'joe-biden', kind: 'people' },
  { alias: 'Central America', entity: 'central-america', kind: 'places' },
  { alias: 'Central America Forward', entity: 'central-america-forward', kind: 'organizations' },
  { alias: 'Forward', entity: 'forward-party', kind: 'organizations' },
];
const found = (text: string) => findMentions(text, aliases).map((m) => [m.entity, m.text]);

describe('at any position only the longest matching alias counts', () => {
  it.each([
    [
      'a person alias holding a place alias',
      'U.S. President Joe Biden spoke.',
      [['joe-biden', 'U.S. President Joe Biden']],
    ],
    [
      'a programme alias holding a region alias',
      'under Central America Forward.',
      [['central-america-forward', 'Central America Forward']],
    ],
    [
      'an alias overlapping the end of a longer one',
      'Central America Forward',
      [['central-america-forward', 'Central America Forward']],
    ],
    [
      'the shorter alias where it also stands on its own',
      'U.S. President Joe Biden visited Central America and the U.S. Embassy.',
      [
        ['joe-biden', 'U.S. President Joe Biden'],
        ['central-america', 'Central America'],
        ['united-states', 'U.S.'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('still counts the same words listed for two kinds: neither is shorter', () => {
    const twin: AliasEntry[] = [
      { alias: 'Taiwan', entity: 'taiwan', kind: 'places' },
      { alias: 'Taiwan', entity: 'government-of-taiwan', kind: 'organizations' },
    ];
    expect(findMentions('with Taiwan.', twin).map((m) => m.entity)).toEqual(['government-of-taiwan', 'taiwan']);
  });

  it('keeps overlapped aliases out of the cross-link index, but counts them as seen', () => {
    const data: ArchiveData = {
      people: [{ id: 'joe-biden', name: 'Joe Biden', aliases: ['U.S. President Joe Biden'], roles: {} }],
      organizations: [],
      places: [{ id: 'united-states', name: 'United States', aliases: ['U.S.'], kind: 'country' }],
      topics: [],
      annotations: [],
      events: [],
      comparisons: [],
    };
    const index = buildArchiveIndex(
      [
        {
          slug: 's',
          title: 'A statement',
          date: { basis: 'source', value: '2023-01-01' },
          header: [],
          blocks: parseBody('U.S. President Joe Biden spoke.'),
        },
      ],
      data,
    );
    expect(index.mentions.get('people/joe-biden')).toHaveLength(1);
    expect(index.mentions.get('places/united-states')).toBeUndefined();
    expect(index.subjects.get('s')?.places).toEqual([]);
    expect(index.aliasesSeen.has('U.S.')).toBe(true);
  });
});
