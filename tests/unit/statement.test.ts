import { describe, expect, it } from 'vitest';
import { glossFurniture, neighboursOf, sortNewestFirst } from '../../src/lib/statement.ts';

const s = (slug: string, value: string, basis: 'source' | 'supplied' = 'source') => ({
  slug,
  data: { date: { basis, value } },
});

describe('statement order', () => {
  const list = sortNewestFirst([s('wh-2021', '2021-04-26'), s('agn-2023', '2023-05-26', 'supplied'), s('mid', '2022')]);

  it('lists statements newest first, supplied dates included', () => {
    expect(list.map((x) => x.slug)).toEqual(['agn-2023', 'mid', 'wh-2021']);
  });

  it('finds the earlier and later neighbours of a statement', () => {
    expect(neighboursOf(list, 'mid')).toEqual({ later: list[0], earlier: list[2] });
    expect(neighboursOf(list, 'agn-2023')).toEqual({ later: undefined, earlier: list[1] });
    expect(neighboursOf(list, 'unknown')).toEqual({});
  });
});

describe('glossFurniture', () => {
  it('explains an address hidden by e-mail protection, with or without a no-break space', () => {
    expect(glossFurniture('[email\u00a0protected]')).toMatch(/e-mail address hidden/u);
    expect(glossFurniture('[email protected]')).toMatch(/e-mail address hidden/u);
  });

  it('leaves other lines alone', () => {
    expect(glossFurniture('You may also like')).toBeNull();
  });
});
