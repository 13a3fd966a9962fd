import { describe, expect, it } from 'vitest';
import { findMentions, sentenceAround, type AliasEntry } from '../../src/lib/mentions.ts';

const aliases: AliasEntry[] = [
  { alias: 'Kamala Harris', entity: 'kamala-harris', kind: 'people' },
  { alias: 'Vice President Harris', entity: 'kamala-harris', kind: 'people' },
  { alias: 'Harris', entity: 'kamala-harris', kind: 'people' },
  { alias: 'Guatemala', entity: 'guatemala', kind: 'places' },
  { alias: 'Guatemala City', entity: 'guatemala-city', kind: 'places' },
  { alias: 'Government of Guatemala', entity: 'government-of-guatemala', kind: 'organizations' },
  { alias: 'U.S.', entity: 'united-states', kind: 'places' },
  { alias: 'CAPMiR', entity: 'capmir', kind: 'organizations' },
];
const found = (text: string) => findMentions(text, aliases).map((m) => [m.entity, m.text]);

describe('findMentions', () => {
  it('finds a full name and prefers the longest alias of the same entity', () => {
    expect(found('Today, Vice President Harris spoke.')).toEqual([['kamala-harris', 'Vice President Harris']]);
  });

  it('ignores case', () => {
    expect(found('VICE PRESIDENT HARRIS and kamala harris')).toEqual([
      ['kamala-harris', 'VICE PRESIDENT HARRIS'],
      ['kamala-harris', 'kamala harris'],
    ]);
  });

  it('counts possessives, with a typographic or a straight apostrophe', () => {
    expect(found("Kamala Harris’s meeting and Harris's call")).toEqual([
      ['kamala-harris', 'Kamala Harris'],
      ['kamala-harris', 'Harris'],
    ]);
  });

  it('finds no false hits inside other words', () => {
    expect(found('Guatemalan President; Harrison; CAPMiRs')).toEqual([]);
  });

  it('matches across no-break and double spaces as the sources have them', () => {
    expect(found('Kamala\u00a0Harris and Vice  President\nHarris')).toEqual([
      ['kamala-harris', 'Kamala\u00a0Harris'],
      ['kamala-harris', 'Vice  President\nHarris'],
    ]);
  });

  it('prefers the longer place, and the longer alias of any kind', () => {
    expect(found('in Guatemala City')).toEqual([['guatemala-city', 'Guatemala City']]);
    expect(found('The Government of Guatemala will')).toEqual([['government-of-guatemala', 'Government of Guatemala']]);
  });

  it('matches an alias ending in punctuation, such as U.S.', () => {
    expect(found('a U.S. delegation')).toEqual([['united-states', 'U.S.']]);
  });

  it('reports where each mention is', () => {
    const [m] = findMentions('Hello CAPMiR.', aliases);
    expect(m).toMatchObject({ start: 6, end: 12, text: 'CAPMiR' });
  });
});

describe('sentenceAround', () => {
  const text =
    'They agreed on the importance of prosperity. In light of the dire situation, Vice President Harris announced support. The U.S. Vice President spoke. “It is good,” she said.';

  it('returns the sentence containing a span', () => {
    const start = text.indexOf('Harris');
    expect(sentenceAround(text, start, start + 6)).toBe(
      'In light of the dire situation, Vice President Harris announced support.',
    );
  });

  it('does not end a sentence after an initialism like U.S.', () => {
    const start = text.indexOf('Vice President spoke');
    expect(sentenceAround(text, start, start + 4)).toBe('The U.S. Vice President spoke.');
  });

  it('keeps quotation marks with their sentence', () => {
    const start = text.indexOf('good');
    expect(sentenceAround(text, start, start + 4)).toBe('“It is good,” she said.');
  });
});
