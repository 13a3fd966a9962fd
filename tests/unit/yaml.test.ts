import { describe, expect, it } from 'vitest';
import { MAX_ALIAS_COUNT, parseYaml, readYaml } from '../../src/lib/yaml.ts';
import { ALIAS_BOMB } from './alias-bomb.ts';

const DROPPED = (excerpt: string) =>
  `text after " #" was read as a YAML comment and dropped ("${excerpt}"); put the value in quotes`;

describe('readYaml', () => {
  it.each([
    ['a list item', 'notes:\n  - The end mark ### is shown\n', 'notes.0', '### is shown'],
    ['a field', 'summary: Talks on trade # and security\n', 'summary', '# and security'],
    ['a nested field', 'issuer:\n  name: AGN #1 agency\n', 'issuer.name', '#1 agency'],
    ['the last line of a multi-line value', 'note: a long\n  line # cut\n', 'note', '# cut'],
    ['a value in a flow mapping', 'date: { wording: in March # or April\n  }\n', 'date.wording', '# or April'],
    ['a list entry named by its id', '- id: harris\n  name: Kamala # Harris\n', 'harris.name', '# Harris'],
    ['a list entry without an id', '- name: Kamala # Harris\n', '[0].name', '# Harris'],
  ])('reports a comment trailing %s, naming the field', (_, text, field, excerpt) => {
    expect(readYaml(text, 'x.yaml').problems).toEqual([{ file: 'x.yaml', field, message: DROPPED(excerpt) }]);
  });

  it('quotes about forty characters of what was dropped, cut at a word', () => {
    const [problem] = readYaml(`note: cut # ${'word '.repeat(20)}\n`, 'x.yaml').problems;
    expect(problem!.message).toContain(`("# ${'word '.repeat(6)}word…")`);
  });

  it.each([
    ['whole-line comments', '# About this file\nname: AGN\n  # indented\nlist:\n  # before an item\n  - a\n'],
    ['a # inside a word or a URL', 'name: C#\nurl: https://example.org/page#p3\n'],
    ['a comment after a quoted value', 'name: "AGN" # the agency\n'],
    ['a comment after a key whose value follows', 'paragraphs: # by number\n  1: a\n'],
    ['a comment after a flow list', 'topics: [trade, security] # two\n'],
  ])('accepts %s', (_, text) => {
    expect(readYaml(text, 'x.yaml').problems).toEqual([]);
  });

  it('still returns the value it read, so the other checks can run', () => {
    expect(readYaml('summary: Talks # cut\n', 'x.yaml').value).toEqual({ summary: 'Talks' });
  });

  it('reports a syntax error with its line counted from the top of the file', () => {
    const { value, problems } = readYaml('a: 1\nb: c: d\n', 'x.md', 1);
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'x.md',
        field: '(file)',
        message: 'is not valid YAML (line 3): Nested mappings are not allowed in compact mappings',
      },
    ]);
  });

  it.each([
    [
      'an alias bomb',
      ALIAS_BOMB,
      `repeats values through YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times, as an "alias bomb" does to exhaust memory: write the values out, without &anchors and *aliases`,
    ],
    [
      'an alias without its anchor',
      'a: *nowhere\n',
      'uses a YAML alias (*name) whose &anchor is not set before it: write the value out instead',
    ],
    ['nesting thousands deep', `${'['.repeat(20000)}${']'.repeat(20000)}`, /^is nested too deeply to read/u],
  ])('reports %s as a problem of the file, never throwing', (_, text, message) => {
    const { value, problems } = readYaml(text, 'x.yaml');
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'x.yaml',
        field: '(file)',
        message: expect.stringMatching(
          message instanceof RegExp ? message : `^${message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`,
        ),
      },
    ]);
  });

  it('still reads a few aliases, as YAML allows', () => {
    expect(readYaml('a: &x [1, 2]\nb: *x\n', 'x.yaml')).toEqual({ value: { a: [1, 2], b: [1, 2] }, problems: [] });
  });

  it('reports a key given twice', () => {
    expect(readYaml('title: A\ntitle: B\n', 'x.yaml').problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Map keys must be unique') }),
    ]);
  });
});

describe('parseYaml', () => {
  it.each([
    ['an unquoted date', 'value: 2023-05-26', { value: '2023-05-26' }],
    ['an unquoted timestamp', 'at: 2022-01-04 15:59:12-04:00', { at: '2022-01-04 15:59:12-04:00' }],
    ['a number', 'paragraph: 5', { paragraph: 5 }],
    ['a numeric key', 'paragraphs:\n  13: x', { paragraphs: { 13: 'x' } }],
  ])('reads %s as written, never as a Date', (_, text, expected) => {
    expect(parseYaml(text)).toEqual(expected);
  });

  it('throws on a syntax error', () => {
    expect(() => parseYaml('a: [unclosed')).toThrow();
  });
});
