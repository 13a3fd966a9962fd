import { describe, expect, it } from 'vitest';
import { findRawHtml, paragraphsOf, parseBody } from '../../src/lib/blocks.ts';

describe('parseBody', () => {
  it('joins hard-wrapped lines and numbers paragraphs from 1', () => {
    const blocks = parseBody('First line\nwrapped here.\n\nSecond.\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', n: 1, id: 'p1', text: 'First line wrapped here.' },
      { kind: 'paragraph', n: 2, id: 'p2', text: 'Second.' },
    ]);
  });

  it('treats lines of spaces and no-break spaces as paragraph breaks', () => {
    expect(paragraphsOf(parseBody('One.\u00a0  \n  \nTwo.\n\u00a0\nThree.')).map((p) => p.text)).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  it('keeps no-break spaces inside a paragraph', () => {
    expect(paragraphsOf(parseBody('migration.\u00a0 They agreed'))[0]?.text).toBe('migration.\u00a0 They agreed');
  });

  it('does not number source subheadings, and gives them a stable id', () => {
    const blocks = parseBody('Before.\n\n## Support for Women\n\nAfter.');
    expect(blocks[1]).toEqual({ kind: 'heading', id: 's-support-for-women', text: 'Support for Women' });
    expect(paragraphsOf(blocks).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('shows an escaped ### at the end as an end mark, not a heading or a paragraph', () => {
    const blocks = parseBody('Text.\n\n\\###\n');
    expect(blocks.at(-1)).toEqual({ kind: 'end-mark', text: '###' });
    expect(paragraphsOf(blocks)).toHaveLength(1);
  });

  it('numbers a ### that is not the last block as an ordinary paragraph', () => {
    expect(paragraphsOf(parseBody('\\###\n\nMore text.'))).toHaveLength(2);
  });

  it('interprets no other Markdown: quotes, asterisks and dashes stay as written', () => {
    const text = '"Straight" quotes -- *stars* and _underscores_ ... (c)';
    expect(paragraphsOf(parseBody(text))[0]?.text).toBe(text);
  });

  it('returns no blocks for an empty body', () => {
    expect(parseBody(' \n\n \n')).toEqual([]);
  });
});

describe('findRawHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['text <img src=x onerror=alert(1)> more', '<img src=x onerror=alert(1)>'],
    ['<!-- a comment -->', '<!-- a comment -->'],
  ])('finds %j', (body, found) => {
    expect(findRawHtml(body)).toBe(found);
  });

  it.each([['3 < 4 and 5 > 2'], ['an escaped \\<b> tag'], ['no markup at all']])('accepts %j', (body) => {
    expect(findRawHtml(body)).toBeNull();
  });
});
