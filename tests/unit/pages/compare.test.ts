import { describe, expect, it } from 'vitest';
import { comparePage } from '../../../src/lib/pages/compare.ts';
import { AGN, fixtureArchive, WH } from './fixture-archive.ts';

const [comparison] = comparePage(fixtureArchive()).comparisons;

describe('the comparison page model', () => {
  it('sets the curated comparison’s statements side by side as lettered columns, each with the event it records', () => {
    expect(comparison!.columns.map((c) => [c.letter, c.statement.slug, c.records?.id])).toEqual([
      ['A', WH, 'virtual-bilateral-meeting-2021'],
      ['B', AGN, 'telephone-call-2023'],
    ]);
  });

  it.each([
    ['migration', ['3 paragraphs', '6 paragraphs']],
    ['humanitarian-relief', ['1 paragraph', '0 paragraphs']],
    ['women-and-gender-based-violence', ['0 paragraphs', '2 paragraphs']],
  ])('counts the paragraphs of each column about %s', (topic, labels) => {
    expect(comparison!.rows.find((r) => r.topic.id === topic)?.cells.map((c) => c.label)).toEqual(labels);
  });

  it('leaves out topics no compared statement addresses, and says how many each covers', () => {
    expect(comparison!.rows).toHaveLength(11);
    expect(comparison!.caption).toBe(
      'A (The White House) addresses 9 of 11 topics; B (Agencia Guatemalteca de Noticias (AGN)) addresses 9 of 11 topics',
    );
  });

  it('has no shared event or event mentions for a curated comparison', () => {
    expect(comparison!.shared).toBeUndefined();
    expect(comparison!.mentions).toEqual([]);
  });
});
