import { describe, expect, it } from 'vitest';
import { readsAsWrapped } from '../../src/lib/import/parse.ts';

const long = (words: string) => `${words} `.repeat(12).trim(); // a line of about 110 columns or more

describe('hard wraps at any width', () => {
  it.each([
    [
      'prose wrapped at about 115 columns',
      [long('the ministers agreed'), long('to widen the corridor'), 'and met again in May.'],
      true,
    ],
    [
      'one paragraph a line, each ending a sentence',
      [`${long('The partnership builds')}.`, `${long('Both governments will')}.`, 'A short last line.'],
      false,
    ],
    [
      'short headings among paragraphs a line do not count',
      [
        'Investing in Ports',
        `${long('The fund will build')}.`,
        'Strengthening Institutions',
        `${long('A new office')}.`,
      ],
      false,
    ],
    ['a long headline over a date line', [long('Press Briefing by the Secretary'), 'October 2, 2026'], false],
    ['a long line carried on in lower case', [long('the ministers agreed'), 'to meet again.'], true],
    ['a single line', [long('one line only')], false],
  ])('%s: %s', (_name, lines, expected) => {
    expect(readsAsWrapped(lines)).toBe(expected);
  });
});
