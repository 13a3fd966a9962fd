import { describe, expect, it } from 'vitest';
import { bodyStartLine, findTextUnderHeadings } from '../../src/lib/blocks.ts';
import { checkStatements, formatProblems } from '../../src/lib/validate.ts';
import { readSource, realStatements } from './helpers.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';

describe('a heading is one line', () => {
  it.each([
    [
      'text on the next line',
      '## Support for Women\nVice President Harris congratulated Guatemala.',
      [{ line: 2, heading: 'Support for Women' }],
    ],
    ['a heading as the body’s first line', '# Title\ntext', [{ line: 2, heading: 'Title' }]],
    [
      'each of two headings',
      'Intro.\n\n## One\nA.\n\n### Two\nB.',
      [
        { line: 4, heading: 'One' },
        { line: 7, heading: 'Two' },
      ],
    ],
    ['an escaped character in the heading', '## Q\\&A\nText.', [{ line: 2, heading: 'Q&A' }]],
  ])('reports %s', (_, body, expected) => {
    expect(findTextUnderHeadings(body)).toEqual(expected);
  });

  it.each([
    ['a heading with a blank line after it', '## Support for Women\n\nText.'],
    ['a heading at the end', 'Text.\n\n## Last'],
    ['a "#" line inside a paragraph, which is no heading', 'A paragraph about\n# 1 priorities\nand more.'],
    ['the escaped end mark', 'Text.\n\n\\###'],
  ])('accepts %s', (_, body) => {
    expect(findTextUnderHeadings(body)).toEqual([]);
  });

  it('counts lines from the body’s first line in its file', () => {
    expect(findTextUnderHeadings('\n## H\nx', 10)).toEqual([{ line: 12, heading: 'H' }]);
    expect(findTextUnderHeadings('## H\r\nx')).toEqual([{ line: 2, heading: 'H' }]);
  });
});

describe('bodyStartLine', () => {
  it('counts the front matter lines', () => {
    const raw = '---\na: 1\nb: 2\n---\n\nFirst paragraph.\n';
    expect(bodyStartLine(raw, readStatementFile(raw).body)).toBe(5);
  });
});

describe('the content check rejects text directly under a heading', () => {
  it('naming the file and the line of the .md file, front matter counted', () => {
    const [file] = realStatements();
    const parsed = readStatementFile(file!.raw);
    const frontMatter = file!.raw.slice(0, file!.raw.length - parsed.body.length);
    const raw = `${frontMatter}\nFirst paragraph.\n\n## Support for Women\nText swallowed into the heading.\n`;
    const expectedLine = raw.split('\n').indexOf('Text swallowed into the heading.') + 1;
    const { problems } = checkStatements([{ file: file!.file, raw }], readSource);
    expect(problems).toContainEqual({
      file: file!.file,
      field: `body (line ${expectedLine})`,
      message: 'text directly under the heading "Support for Women"; leave a blank line after a heading',
    });
    expect(formatProblems(problems)).toContain(
      `${file!.file} › body (line ${expectedLine}): text directly under the heading "Support for Women"; leave a blank line after a heading`,
    );
  });

  it('passes the committed statements', () => {
    const { problems } = checkStatements(realStatements(), readSource);
    expect(problems.filter((p) => p.field.startsWith('body (line'))).toEqual([]);
  });
});
