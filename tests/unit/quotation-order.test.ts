import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/blocks.ts';
import { buildArchiveIndex, orderQuotations, type ArchiveData, type QuotationRef } from '../../src/lib/crosslinks.ts';
import type { Annotation } from '../../src/lib/entities.ts';

const q = (statement: string, paragraph: number, text = 'Words.'): QuotationRef => ({
  statement,
  paragraph,
  kind: 'direct',
  text,
});

describe('a speaker’s quotations follow the statements’ dates, then their paragraphs', () => {
  const dates = new Map([
    ['a-oldest', { basis: 'source' as const, value: '2021-04-26' }],
    ['b-june', { basis: 'supplied' as const, value: '2023-06' }],
    ['c-june-12', { basis: 'source' as const, value: '2023-06-12' }],
  ]);

  it('orders newest statement first, a month after its days, whatever order they were read in', () => {
    const ordered = orderQuotations([q('a-oldest', 2), q('c-june-12', 3), q('b-june', 5), q('c-june-12', 1)], dates);
    expect(ordered.map((x) => `${x.statement} ¶${x.paragraph}`)).toEqual([
      'b-june ¶5',
      'c-june-12 ¶1',
      'c-june-12 ¶3',
      'a-oldest ¶2',
    ]);
  });

  it('is how the cross-link index lists them, not the order of the annotation files', () => {
    const statement = (slug: string, value: string) => ({
      slug,
      title: slug,
      date: { basis: 'source' as const, value },
      header: [],
      blocks: parseBody('“One,” she said.\n\n“Two,” she said.'),
    });
    const annotation = (slug: string): Annotation => ({
      statement: slug,
      paragraphs: {},
      aliases: [],
      quotations: [
        { paragraph: 2, speaker: 'speaker', kind: 'direct', text: 'Two' },
        { paragraph: 1, speaker: 'speaker', kind: 'direct', text: 'One' },
      ],
    });
    const data: ArchiveData = {
      people: [{ id: 'speaker', name: 'Speaker', aliases: [], roles: {} }],
      organizations: [],
      places: [],
      topics: [],
      // Read in file-name order: "a-…" before "z-…", although "z-…" is older.
      annotations: [annotation('a-newer'), annotation('z-older')],
      events: [],
      comparisons: [],
    };
    const index = buildArchiveIndex([statement('a-newer', '2023-05-26'), statement('z-older', '2021-04-26')], data);
    expect(index.quotations.get('speaker')?.map((x) => `${x.statement} ¶${x.paragraph}`)).toEqual([
      'a-newer ¶1',
      'a-newer ¶2',
      'z-older ¶1',
      'z-older ¶2',
    ]);
  });
});
