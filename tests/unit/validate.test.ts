import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkStatements, formatProblems, readSourceCopy } from '../../src/lib/validate.ts';
import { edit, LIVE_CONTENT, readSource, realStatements, statementFile } from './helpers.ts';

const check = (files = realStatements()) => checkStatements(files, readSource).problems;

describe('the verbatim source copies', () => {
  it.each([
    ['000_0af2a9ff45b6a59c.txt', 'de554cbda3e5c4f4412a6bec13adb2809fae2ce563683f0b924b882625cebc4c'],
    ['001_ccf752448703af61.txt', 'e81fc40842625b63bc812e95840fa38341c5bade14bfda29edd7f03c0454a8ce'],
  ])('%s is byte for byte the copy received', (name, sha256) => {
    expect(
      createHash('sha256')
        .update(readSource(name) ?? '')
        .digest('hex'),
    ).toBe(sha256);
  });

  it('reads the White House title from the copy’s front matter and unescapes the end mark', () => {
    const { meta, text } = readSourceCopy(readSource('001_ccf752448703af61.txt')!);
    expect(meta.title).toMatch(/^Statement by Senior Advisor/u);
    expect(text.trimEnd().endsWith('###')).toBe(true);
    expect(text).not.toContain('\\###');
  });
});

describe('checkStatements', () => {
  it('passes the fixture archive', () => {
    expect(check()).toEqual([]);
  });

  it('passes every statement of the live content, however many there are', () => {
    const files = realStatements(LIVE_CONTENT);
    expect(files.length).toBeGreaterThan(0);
    expect(checkStatements(files, (name) => readSource(name, LIVE_CONTENT)).problems).toEqual([]);
  });

  it.each([
    ['a dropped word', 'hosted Guatemalan President', 'hosted President', /missing at word \d+.*Guatemalan/u],
    ['a changed character', 'lawful pathways', 'lawful pathway', /differs from the source.*pathways/u],
    [
      'an added word',
      'the two governments agreed on the need',
      'the two governments fully agreed on the need',
      /added/u,
    ],
  ])('fails on %s in the White House text, naming the file and body', (_, find, replace, message) => {
    const files = [edit(statementFile('white-house'), find, replace), statementFile('agn')];
    const problems = check(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('white-house'), field: 'body' });
    expect(problems[0]!.message).toMatch(message);
  });

  it('fails when a furniture line of the AGN article is dropped', () => {
    const files = [edit(statementFile('agn'), /  - "\[email\\_protected\]"\n/u, ''), statementFile('white-house')];
    expect(check(files)).toEqual([
      expect.objectContaining({ field: 'body', message: expect.stringMatching(/missing/u) }),
    ]);
  });

  it('fails when a no-break space in the title becomes an ordinary space', () => {
    const files = [edit(statementFile('white-house'), 'Kamala\\_Harris', 'Kamala Harris')];
    expect(check(files)).toEqual([
      expect.objectContaining({ field: 'title', message: expect.stringMatching(/does not match the source copy/u) }),
    ]);
  });

  it('fails when the publication time disagrees with the copy', () => {
    const files = [edit(statementFile('white-house'), '"2021-04-26 20:01:00-04:00"', '"2021-04-26 20:01:00-05:00"')];
    expect(check(files)).toEqual([expect.objectContaining({ field: 'published' })]);
  });

  it('fails on a duplicate slug, naming both files', () => {
    const agn = statementFile('agn');
    const copy = { ...agn, file: 'content/statements/copy.md' };
    const problems = check([agn, copy]);
    expect(problems).toEqual([
      {
        file: 'content/statements/copy.md',
        field: 'slug',
        message: `"agn-giammattei-harris-telephone-call" is already used by ${agn.file}`,
      },
    ]);
  });

  it('fails on a former slug that another statement uses', () => {
    const wh = edit(
      statementFile('white-house'),
      /^slug: .*$/mu,
      '$&\nformerSlugs: [agn-giammattei-harris-telephone-call]',
    );
    expect(check([statementFile('agn'), wh])).toEqual([expect.objectContaining({ field: 'formerSlugs' })]);
  });

  it('fails on an empty body', () => {
    const agn = statementFile('agn');
    const empty = { ...agn, raw: agn.raw.slice(0, agn.raw.indexOf('\n---\n') + 5) };
    expect(check([empty])).toEqual([
      expect.objectContaining({ field: 'body', message: expect.stringMatching(/empty/u) }),
    ]);
  });

  it('fails on raw HTML in the body', () => {
    const files = [edit(statementFile('agn'), 'This law toughened', '<script>alert(1)</script> This law toughened')];
    expect(check(files)).toEqual([
      expect.objectContaining({ field: 'body', message: expect.stringMatching(/raw HTML "<script>"/u) }),
    ]);
  });

  it('fails on a missing source copy', () => {
    const files = [edit(statementFile('agn'), '000_0af2a9ff45b6a59c.txt', 'missing.txt')];
    expect(check(files)).toEqual([expect.objectContaining({ field: 'source.copy' })]);
  });

  it('fails on YAML that does not parse', () => {
    const files = [edit(statementFile('agn'), /^title: /mu, 'title: [unclosed ')];
    expect(check(files)).toEqual([expect.objectContaining({ field: 'front matter' })]);
  });

  it('formats problems as one line per file and field', () => {
    const text = formatProblems([{ file: 'a.md', field: 'date.value', message: 'is wrong' }]);
    expect(text).toBe('Content check failed (1 problem); nothing was built:\n  a.md › date.value: is wrong');
  });
});
