import { describe, expect, it } from 'vitest';
import { comparisonsByStatement, comparisonViews } from '../../src/lib/comparisons.ts';
import { comparisonSchema, type ArchiveEvent, type Comparison } from '../../src/lib/entities.ts';
import type { StatementDateValue } from '../../src/lib/dates.ts';

const dates = new Map<string, StatementDateValue>([
  ['agency-call', { basis: 'supplied', value: '2023-05-26' }],
  ['readout-call', { basis: 'source', value: '2023-05-26' }],
  ['summary-june', { basis: 'supplied', value: '2023-06' }],
  ['statement-2021', { basis: 'source', value: '2021-04-26' }],
  ['unrelated', { basis: 'source', value: '2022-01-01' }],
]);

const event = (id: string, value: string, statements: string[]): ArchiveEvent => ({
  id,
  title: `Event ${id}`,
  date: { value, basis: 'source', evidence: [] },
  mentions: statements.map((statement, i) => ({ statement, paragraph: i + 1 })),
});

const curated = (id: string, statements: string[]): Comparison => ({
  id,
  title: `Curated ${id}`,
  statements,
  records: {},
  note: 'The editors’ framing.',
});

describe('statements that report the same event are compared without a curated entry', () => {
  it('sets the statements mentioning one event side by side, oldest first, ties by slug', () => {
    const views = comparisonViews(
      [],
      [event('call', '2023-05-26', ['summary-june', 'readout-call', 'agency-call'])],
      dates,
    );
    expect(views).toEqual([
      {
        id: 'event-call',
        title: 'Event call',
        statements: ['agency-call', 'readout-call', 'summary-june'],
        records: { 'agency-call': 'call', 'readout-call': 'call', 'summary-june': 'call' },
        source: 'event',
        mentions: [
          { statement: 'agency-call', paragraph: 3 },
          { statement: 'readout-call', paragraph: 2 },
          { statement: 'summary-june', paragraph: 1 },
        ],
      },
    ]);
  });

  it.each([
    ['an event one statement mentions', [event('solo', '2021-04-26', ['statement-2021'])]],
    ['an event one statement mentions twice', [event('twice', '2021-04-26', ['statement-2021', 'statement-2021'])]],
    [
      'an event whose other statement is not in the archive',
      [event('gone', '2021-04-26', ['statement-2021', 'missing'])],
    ],
  ])('offers nothing for %s', (_, events) => {
    expect(comparisonViews([], events, dates)).toEqual([]);
  });

  it('leaves a pair to the curated comparison that covers it, keeping the curated one first', () => {
    const views = comparisonViews(
      [curated('editors-choice', ['readout-call', 'agency-call'])],
      [event('call', '2023-05-26', ['agency-call', 'readout-call'])],
      dates,
    );
    expect(views.map((v) => [v.id, v.source])).toEqual([['editors-choice', 'curated']]);
  });

  it('still compares an event when a curated comparison covers only some of its pairs', () => {
    const views = comparisonViews(
      [curated('editors-choice', ['readout-call', 'agency-call'])],
      [event('call', '2023-05-26', ['agency-call', 'readout-call', 'summary-june'])],
      dates,
    );
    expect(views.map((v) => v.id)).toEqual(['editors-choice', 'event-call']);
  });

  it('lists automatic comparisons by event date, an imprecise date after its days, with ids that never clash', () => {
    const views = comparisonViews(
      [curated('event-june', ['statement-2021', 'unrelated'])],
      [
        event('june', '2023-06', ['summary-june', 'agency-call']),
        event('call', '2023-05-26', ['agency-call', 'readout-call']),
        event('early-june', '2023-06-02', ['readout-call', 'summary-june']),
      ],
      dates,
    );
    expect(views.map((v) => v.id)).toEqual(['event-june', 'event-call', 'event-early-june', 'event-june-x']);
  });

  it('gives each statement its comparisons, for its "Compare with …" links', () => {
    const views = comparisonViews(
      [curated('editors-choice', ['statement-2021', 'agency-call'])],
      [event('call', '2023-05-26', ['agency-call', 'readout-call'])],
      dates,
    );
    const byStatement = comparisonsByStatement(views);
    expect(byStatement.get('agency-call')?.map((v) => v.id)).toEqual(['editors-choice', 'event-call']);
    expect(byStatement.get('readout-call')?.map((v) => v.id)).toEqual(['event-call']);
    expect(byStatement.get('unrelated')).toBeUndefined();
  });

  it('lets a curated comparison leave out the editors’ note', () => {
    const parsed = comparisonSchema.parse({ id: 'x', title: 'X', statements: ['a', 'b'] });
    expect(parsed.note).toBeUndefined();
    expect(comparisonSchema.safeParse({ id: 'x', title: 'X', statements: ['a', 'b'], note: '' }).success).toBe(false);
  });
});
