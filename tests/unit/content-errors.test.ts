/**
 * Every content error is a problem naming the file and field, never a raw
 * exception: a YAML alias bomb in front matter or in a data file, a file the
 * check cannot read, and anything else thrown while one file is checked.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, ContentCheckFailed, readArchiveSources } from '../../src/integrations/content-check.ts';
import { parseArchive } from '../../src/lib/archive-check.ts';
import { checkStatements, type ContentProblem } from '../../src/lib/validate.ts';
import { CONTENT, edit, readSource, statementFile } from './helpers.ts';
import { ALIAS_BOMB } from './alias-bomb.ts';

const BOMB_MESSAGE = /^repeats values through YAML aliases \(\*name\) more than \d+ times, as an "alias bomb" does/u;

const work = mkdtempSync(join(tmpdir(), 'archive-content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The problems `checkContent` throws for a content folder, or fails the test if it throws anything else. */
function problemsOf(contentDir: string): ContentProblem[] {
  try {
    checkContent(contentDir, work);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentCheckFailed);
    return (error as ContentCheckFailed).problems;
  }
  return [];
}

describe('an alias bomb', () => {
  it('in front matter is a problem of that file', () => {
    const file = edit(statementFile('agn'), /^language: en$/mu, `language: en\n${ALIAS_BOMB}`);
    expect(checkStatements([file], readSource).problems).toEqual([
      { file: file.file, field: 'front matter', message: expect.stringMatching(BOMB_MESSAGE) },
    ]);
  });

  it('in a data file is a problem of that file', () => {
    const sources = readArchiveSources(CONTENT, CONTENT);
    sources.people = { file: 'entities/people.yaml', text: `${ALIAS_BOMB}\n` };
    expect(parseArchive(sources).problems).toEqual([
      { file: 'entities/people.yaml', field: '(file)', message: expect.stringMatching(BOMB_MESSAGE) },
    ]);
  });
});

describe('anything thrown while one file is checked', () => {
  it('is a problem of that file, and the other files are still checked', () => {
    const files = [statementFile('agn'), edit(statementFile('white-house-harris'), /^language: en$/mu, 'language: x1')];
    const { problems } = checkStatements(files, (name) => {
      if (name === '000_0af2a9ff45b6a59c.txt') throw new Error('EISDIR: illegal operation on a directory, read');
      return readSource(name);
    });
    expect(problems).toEqual([
      {
        file: files[0]!.file,
        field: '(file)',
        message: 'could not be checked (EISDIR: illegal operation on a directory, read): correct the file or remove it',
      },
      expect.objectContaining({ file: files[1]!.file, field: 'language' }),
    ]);
  });

  it('includes a statement path that is a folder, named among the problems', () => {
    const content = join(work, 'folder-statement');
    cpSync(CONTENT, content, { recursive: true });
    mkdirSync(join(content, 'statements/not-a-file.md'));
    expect(problemsOf(content)).toEqual([
      expect.objectContaining({ file: 'folder-statement/statements/not-a-file.md', field: '(file)' }),
    ]);
  });
});
