import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check.ts';
import { readStatementFile, setFrontMatterField, splitFrontMatter } from '../../src/lib/statement-file.ts';
import { checkStatements, readSourceCopy } from '../../src/lib/validate.ts';
import { CONTENT, edit, readSource, realStatements, statementFile } from './helpers.ts';

describe('splitFrontMatter', () => {
  it.each([
    ['front matter and a body', '---\na: 1\n---\n\nText\n', 'a: 1\n', '\nText\n'],
    ['Windows line breaks', '---\r\na: 1\r\n---\r\nText', 'a: 1\r\n', 'Text'],
    ['a byte order mark', '\uFEFF---\na: 1\n---\nText', 'a: 1\n', 'Text'],
    ['no body', '---\na: 1\n---', 'a: 1\n', ''],
    ['empty front matter', '---\n---\nText', '', 'Text'],
    ['a fence with trailing spaces', '---  \na: 1\n--- \nText', 'a: 1\n', 'Text'],
  ])('splits %s', (_, raw, matter, body) => {
    expect(splitFrontMatter(raw)).toEqual({ matter, body, closed: true });
  });

  it.each([
    ['a file without front matter', 'Text\n---\n'],
    ['a first line that only starts with ---', '----\na: 1\n---\nText'],
  ])('reads %s as all body', (_, raw) => {
    expect(splitFrontMatter(raw)).toEqual({ matter: undefined, body: raw, closed: true });
  });

  it('refuses a line that begins with --- inside the front matter, which gray-matter would end it at', () => {
    const { data, problems } = readStatementFile('---\na: x\n---b\n---\nText', 'x.md');
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'x.md', field: 'front matter', message: expect.stringMatching(/only ---/u) }),
    ]);
  });

  it.each([
    [
      'a field that is there',
      '---\nslug: a\nreviewed: "2020-01-01"\n---\n\nText\n',
      '---\nslug: a\nreviewed: "2026-12-05"\n---\n\nText\n',
    ],
    [
      'a field that is not',
      '---\nslug: a # the slug\n---\n\nText\n',
      '---\nslug: a # the slug\nreviewed: "2026-12-05"\n---\n\nText\n',
    ],
  ])('sets %s in the front matter, leaving everything else as written', (_, raw, expected) => {
    expect(setFrontMatterField(raw, 'reviewed', '2026-12-05')).toBe(expected);
  });

  it('says when the front matter is never closed', () => {
    expect(splitFrontMatter('---\na: 1\nText\n').closed).toBe(false);
  });
});

describe('readStatementFile', () => {
  it('reads every committed statement without a problem, the body starting after the closing fence', () => {
    for (const { file, raw } of realStatements()) {
      const { data, body, problems } = readStatementFile(raw, file);
      expect(problems).toEqual([]);
      expect(typeof data?.slug).toBe('string');
      expect(raw.endsWith(`\n---\n${body}`)).toBe(true);
    }
  });

  it('names the file and the field of a value a # comment cut short', () => {
    const wh = edit(
      statementFile('white-house'),
      '  - "The end mark, escaped in the Markdown copy as \\\\###, is shown as ### and marked as the end of the release, not as a heading."',
      '  - The end mark ### is shown as ### and marked as the end of the release, not as a heading.',
    );
    const { data, problems } = readStatementFile(wh.raw, wh.file);
    expect((data?.normalisations as string[])[2]).toBe('The end mark');
    expect(problems).toEqual([
      {
        file: wh.file,
        field: 'normalisations.2',
        message:
          'text after " #" was read as a YAML comment and dropped ("### is shown as ### and marked as the…"); put the value in quotes',
      },
    ]);
  });

  it.each([
    ['an unclosed front matter', (raw: string) => raw.replace(/\n---\n/u, '\n'), /no closing "---" line/u],
    ['front matter that is a list', () => '---\n- a\n---\nText', /must be a set of fields/u],
    ['YAML that does not parse', (raw: string) => raw.replace(/^title: /mu, 'title: [unclosed '), /not valid YAML/u],
  ])('reports %s as a problem of the front matter, with no data', (_, change, message) => {
    const { data, problems } = readStatementFile(change(statementFile('agn').raw), 'x.md');
    expect(data).toBeUndefined();
    expect(problems).toEqual([{ file: 'x.md', field: 'front matter', message: expect.stringMatching(message) }]);
  });
});

describe('the content check reads with the same reader', () => {
  it('reports a value cut short by a comment, as well as what it breaks', () => {
    const agn = edit(statementFile('agn'), /^language: en$/mu, 'language: en # English');
    expect(checkStatements([agn], readSource).problems).toEqual([
      expect.objectContaining({
        file: agn.file,
        field: 'language',
        message: expect.stringMatching(/^text after " #"/u),
      }),
    ]);
  });

  it('compares the copy’s unquoted modified_time as the instant it gives', () => {
    expect(readSourceCopy(readSource('001_ccf752448703af61.txt')!).meta.modified_time).toBe(
      '2022-01-04 15:59:12-04:00',
    );
    const same = edit(statementFile('white-house'), '"2022-01-04 15:59:12-04:00"', '"2022-01-04T19:59:12Z"');
    expect(checkStatements([same], readSource).problems).toEqual([]);
    const later = edit(statementFile('white-house'), '"2022-01-04 15:59:12-04:00"', '"2022-01-04 15:59:13-04:00"');
    expect(checkStatements([later], readSource).problems).toEqual([expect.objectContaining({ field: 'modified' })]);
  });

  it('says a transcription does not match its copy, not that it no longer does', () => {
    const wh = edit(statementFile('white-house'), 'hosted Guatemalan President', 'hosted President');
    const [problem] = checkStatements([wh], readSource).problems;
    expect(problem!.message).toMatch(/^does not match 001_ccf752448703af61\.txt: /u);
  });
});

describe('the front matter the content check hands to the collection loader', () => {
  it('is each statement’s, by absolute path, with the text it was read from', () => {
    const { frontMatter } = checkContent(CONTENT);
    expect(frontMatter.size).toBe(realStatements().length);
    for (const [path, { raw, data }] of frontMatter) {
      expect(raw).toBe(readFileSync(path, 'utf8'));
      expect(data).toEqual(readStatementFile(raw).data);
    }
  });
});
