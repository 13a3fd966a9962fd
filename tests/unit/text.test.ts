import { describe, expect, it } from 'vitest';
import {
  compareTexts,
  describeDifference,
  foldWhitespace,
  stripMarkdownInline,
  slugify,
  toWords,
  unescapeMarkdown,
} from '../../src/lib/text.ts';

describe('foldWhitespace', () => {
  it.each([
    ['hard-wrapped\nlines', 'hard-wrapped lines'],
    ['no-break\u00a0 and space', 'no-break and space'],
    ['  trailing \u00a0\n  ', 'trailing'],
    ['tabs\tand\r\nCRLF', 'tabs and CRLF'],
  ])('folds %j into %j', (input, expected) => {
    expect(foldWhitespace(input)).toBe(expected);
  });

  it('keeps every visible character, including typographic ones', () => {
    expect(foldWhitespace('Guatemala’s “City” — ©')).toBe('Guatemala’s “City” — ©');
  });
});

describe('unescapeMarkdown', () => {
  it('removes a backslash before punctuation', () => {
    expect(unescapeMarkdown('\\###')).toBe('###');
    expect(unescapeMarkdown('\\*not emphasis\\*')).toBe('*not emphasis*');
  });

  it('leaves a backslash before a letter alone', () => {
    expect(unescapeMarkdown('C:\\path')).toBe('C:\\path');
  });
});

describe('compareTexts', () => {
  const source = 'Today, Vice President Kamala Harris hosted Guatemalan President Alejandro Giammattei.';

  it('accepts a transcription that differs only in whitespace', () => {
    expect(
      compareTexts(
        source,
        `Today,  Vice\nPresident Kamala\u00a0Harris hosted Guatemalan\n\nPresident Alejandro Giammattei.`,
      ),
    ).toBeNull();
  });

  it('catches a dropped word and says which', () => {
    const diff = compareTexts(source, source.replace('Guatemalan ', ''));
    expect(diff).toMatchObject({ kind: 'missing', wordIndex: 7 });
    expect(describeDifference(diff!)).toContain('»Guatemalan«');
  });

  it('catches a single changed character, such as a straightened apostrophe', () => {
    expect(compareTexts('Guatemala’s cooperation', "Guatemala's cooperation")).toMatchObject({
      kind: 'changed',
      wordIndex: 1,
    });
  });

  it('catches a changed character inside a word', () => {
    expect(compareTexts(source, source.replace('Giammattei', 'Giamattei'))).toMatchObject({
      kind: 'changed',
      wordIndex: 10,
    });
  });

  it('catches an added word', () => {
    expect(compareTexts(source, source.replace('hosted', 'warmly hosted'))).toMatchObject({
      kind: 'added',
      wordIndex: 6,
    });
  });

  it('catches text lost from the end', () => {
    expect(compareTexts('one two three', 'one two')).toMatchObject({ kind: 'missing', wordIndex: 3 });
  });

  it('classifies a dropped word correctly even when a later word also changed', () => {
    const changed = source.replace('hosted ', '').replace('Giammattei.', 'Giammattei!');
    expect(compareTexts(source, changed)).toMatchObject({ kind: 'missing', wordIndex: 6 });
  });
});

describe('toWords and slugify', () => {
  it('splits folded text into words', () => {
    expect(toWords('  a\u00a0b\nc ')).toEqual(['a', 'b', 'c']);
    expect(toWords(' \n ')).toEqual([]);
  });

  it.each([
    ['Support for Women', 'support-for-women'],
    ['Política Exterior', 'politica-exterior'],
    ['  ¿Qué?  ', 'que'],
  ])('slugifies %j as %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('Markdown’s marks of emphasis and quotation', () => {
  it.each([
    ['Opened **nineteen** offices', 'Opened nineteen offices', 1],
    ['an *entirely* new __crossing__ and _port_', 'an entirely new crossing and port', 3],
    ['> "No nation can meet this alone." — preamble', '"No nation can meet this alone." — preamble', 1],
    ['snake_case_name and 3 * 4 * 5 and \\*kept\\*', 'snake_case_name and 3 * 4 * 5 and \\*kept\\*', 0],
  ])('“%s” reads “%s”', (markdown, text, removed) => {
    expect(stripMarkdownInline(markdown)).toEqual({ text, removed });
  });
});
