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

  it('quotes each paragraph of a statement once, under the first topic it is tagged with, and names it under the rest', () => {
    for (const column of [0, 1]) {
      const quoted = comparison!.rows.flatMap((row) =>
        row.cells[column]!.passages.filter((p) => p.quotedUnder === undefined).map((p) => p.n),
      );
      const tagged = new Set(comparison!.rows.flatMap((row) => row.cells[column]!.paragraphs));
      expect(quoted.sort((a, b) => a - b)).toEqual([...tagged].sort((a, b) => a - b));
    }
    // White House ¶2 has five topics: quoted under the first of them on the page, named under the other four.
    const wh2 = comparison!.rows.flatMap((row) =>
      row.cells[0]!.passages.filter((p) => p.n === 2).map((p) => [row.topic.id, p.quotedUnder?.id]),
    );
    expect(wh2).toHaveLength(5);
    expect(wh2.slice(1)).toEqual(wh2.slice(1).map(([topic]) => [topic, wh2[0]![0]]));
    expect(wh2[0]![1]).toBeUndefined();
  });

  it('marks what links each paragraph to a topic: the editors’ tags', () => {
    const row = comparison!.rows.find((r) => r.topic.id === 'border-security')!;
    expect(
      row.cells[0]!.passages.find((p) => p.n === 2)!
        .topics.map((t) => t.id)
        .sort(),
    ).toEqual([
      'border-security',
      'law-enforcement-cooperation',
      'migration',
      'narcotics',
      'smuggling-and-trafficking',
    ]);
  });

  it('has no shared event or event mentions for a curated comparison', () => {
    expect(comparison!.shared).toBeUndefined();
    expect(comparison!.mentions).toEqual([]);
  });
});
