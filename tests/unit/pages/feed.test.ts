import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedItems } from '../../../src/lib/pages/feed.ts';
import { toStatement } from '../../../src/lib/statement.ts';
import { AGN, ES, fixtureArchive, FORMATS, FS, WH } from './fixture-archive.ts';

const archive = fixtureArchive();
const link = (path: string) => `/archive/${path}`;
const items = feedItems(archive.statements, link);
/** The feed item of a statement. */
const item = (slug: string) => items.find((i) => i.link === `/archive/statements/${slug}/`)!;

describe('the feed model', () => {
  it('lists the statements newest first, each linked to its permanent page', () => {
    expect(items.map((i) => i.link)).toEqual(
      [...FORMATS, ES, FS, AGN, WH].map((slug) => `/archive/statements/${slug}/`),
    );
  });

  it('gives a pubDate only for a day-precision date, and says when the editors supplied it', () => {
    const wh = item(WH);
    expect(wh.pubDate?.toISOString()).toBe('2021-04-26T12:00:00.000Z');
    expect(item(AGN).description).toContain('[26 May 2023] (date supplied by the editors)');
  });

  it('carries the full text with paragraph numbers, escaping what would be markup', () => {
    expect(item(WH).content).toContain('<p>[¶ 3] Additionally, the two governments agreed');
    const risky = toStatement({ ...archive.bySlug.get(WH)!.data }, 'A < B & C > D.\n');
    expect(feedItems([risky], link)[0]!.content).toBe('<p>[¶ 1] A &lt; B &amp; C &gt; D.</p>');
  });

  it('sets the lines below the headline and the closing lines around the text and marks where an incomplete copy stops', () => {
    const [first] = archive.statements;
    const data = {
      ...first!.data,
      type: 'remarks' as const,
      head: {
        above: [],
        below: [
          { role: 'place' as const, text: 'East Room' },
          { role: 'time' as const, text: '2:15 P.M. EDT' },
        ],
      },
      closing: [{ role: 'end' as const, text: 'END 2:40 P.M. EDT' }],
      incomplete: { note: 'The copy stops mid-sentence.' },
    };
    expect(feedItems([toStatement(data, 'THE PRESIDENT:  Good afternoon.\n')], link)[0]!.content).toBe(
      '<p>East Room</p><p>2:15 P.M. EDT</p><p>[¶ 1] THE PRESIDENT:  Good afternoon.</p>' +
        '<p>[The copy breaks off here. The copy stops mid-sentence.]</p><p>END 2:40 P.M. EDT</p>',
    );
  });

  it(`holds the latest ${FEED_LENGTH} statements, not the whole archive`, () => {
    const many = Array.from({ length: FEED_LENGTH + 5 }, () => archive.statements[0]!);
    expect(feedItems(many, link)).toHaveLength(FEED_LENGTH);
  });
});
