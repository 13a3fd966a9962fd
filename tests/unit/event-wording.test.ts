import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkArchive, parseArchive } from '../../src/lib/archive-check.ts';
import { parseBody } from '../../src/lib/blocks.ts';
import { buildArchiveIndex, type IndexedStatement } from '../../src/lib/crosslinks.ts';
import { eventSchema } from '../../src/lib/entities.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';

/** Two statements reporting one call, each wording its date its own way (or not at all). */
const statements: IndexedStatement[] = [
  {
    slug: 'agency-article',
    title: 'The President spoke with the Vice President',
    date: { basis: 'supplied', value: '2023-05-26' },
    header: [],
    blocks: parseBody('The President spoke this afternoon with the Vice President.\n\nThey discussed elections.'),
  },
  {
    slug: 'white-house-readout',
    title: 'Readout of the call',
    date: { basis: 'source', value: '2023-05-26' },
    header: [],
    blocks: parseBody('The Vice President spoke with the President of Guatemala.'),
  },
];

const call = {
  id: 'call',
  title: 'The President and the Vice President speak by telephone',
  date: { value: '2023-05-26', basis: 'supplied', evidence: [{ note: 'The readout is dated 26 May 2023.' }] },
  mentions: [
    { statement: 'agency-article', paragraph: 1, wording: 'this afternoon' },
    { statement: 'white-house-readout', paragraph: 1 },
  ],
};

/** The archive check's problems for a list of events. */
function eventProblems(events: unknown[]) {
  const parsed = parseArchive({ events: { file: 'content/events.yaml', text: stringify(events) }, annotations: [] });
  const { aliasesSeen } = buildArchiveIndex(statements, parsed.data);
  return [...parsed.problems, ...checkArchive(statements, parsed.data, parsed.origins, aliasesSeen)];
}

describe('an event’s date wording belongs to each statement that mentions it', () => {
  it('accepts each mention’s own words, and a mention with none', () => {
    expect(eventProblems([call])).toEqual([]);
  });

  it('rejects a wording the event gives for every statement, saying where it now goes', () => {
    const old = { ...call, date: { ...call.date, wording: 'this afternoon' } };
    const result = eventSchema.safeParse(old);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['date', 'wording'] });
    expect(result.error?.issues[0]?.message).toContain('mentions[].wording');
  });

  it.each([
    ['an editorial gloss added to the words', 'this afternoon (in an undated article)'],
    ['words from another statement', 'Today'],
    ['the right words in another case', 'This afternoon'],
  ])('rejects %s, naming the file, the event and the mention', (_, wording) => {
    const events = [{ ...call, mentions: [{ statement: 'agency-article', paragraph: 1, wording }] }];
    expect(eventProblems(events)).toEqual([
      {
        file: 'content/events.yaml',
        field: 'call.mentions.0.wording',
        message: expect.stringContaining(`is not in paragraph 1 of agency-article exactly as written: "${wording}"`),
      },
    ]);
  });

  it('rejects words that are in the statement, but in another paragraph', () => {
    const events = [{ ...call, mentions: [{ statement: 'agency-article', paragraph: 2, wording: 'this afternoon' }] }];
    expect(eventProblems(events).map((p) => p.field)).toEqual(['call.mentions.0.wording']);
  });

  it('gives each timeline mention its own wording only', () => {
    const [event] = buildTimeline([], [eventSchema.parse(call)]);
    expect(event?.mentions).toEqual([
      { statement: 'agency-article', paragraph: 1, wording: 'this afternoon' },
      { statement: 'white-house-readout', paragraph: 1 },
    ]);
    expect(event?.date).not.toHaveProperty('wording');
  });
});
