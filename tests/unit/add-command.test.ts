/**
 * The `npm run add` command end to end: spawned on a scratch copy of the
 * content folder, it must write the copy and the draft and record the
 * permalinks on success, and on every refusal print one line, exit non-zero
 * and leave the folder exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const COPIES = join(ROOT, 'tests/fixtures/copies');

let content: string;
beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'add-')), 'content');
  cpSync(CONTENT, content, { recursive: true });
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

/** Runs the command on the scratch content folder. */
function add(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/add.ts', ...args, '--content', content], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under the content folder with its modification time and size: what "nothing written" compares. */
function listing(): string[] {
  return readdirSync(content, { recursive: true, encoding: 'utf8' })
    .map((name) => join(content, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => `${relative(content, path)} ${statSync(path).size} ${readFileSync(path, 'utf8').length}`)
    .sort();
}

describe('npm run add', () => {
  it('adds a copy: stores it by hash and drafts the statement, leaving its permalinks to the review', () => {
    const before = new Set(readdirSync(join(content, 'sources')));
    const result = add(join(COPIES, 'whitehouse-readout.txt'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const hashed = readdirSync(join(content, 'sources')).filter((n) => !before.has(n));
    expect(hashed[0]).toMatch(/^[0-9a-f]{16}\.txt$/u);
    expect(hashed).toHaveLength(1);
    expect(readFileSync(join(content, 'sources', hashed[0]!))).toEqual(
      readFileSync(join(COPIES, 'whitehouse-readout.txt')),
    );
    const slug = 'white-house-2031-03-14-readout-vice-president-example-call-prime-minister-sample';
    const statement = readFileSync(join(content, 'statements', `${slug}.md`), 'utf8');
    expect(statement).toContain(`copy: "${hashed[0]}"`);
    expect(statement).not.toContain('reviewed:');
    const registry = readFileSync(join(content, 'permalinks.txt'), 'utf8');
    expect(registry).not.toContain(`statements/${slug}/`);
    expect(result.stdout).toMatch(/What is left for the editors:[\s\S]*summary[\s\S]*annotations/u);
    expect(result.stdout).toContain(`npm run review -- ${slug}`);
  });

  it('refuses to review a slug no statement has, in one line, changing nothing', () => {
    const before = listing();
    const review = spawnSync(process.execPath, ['scripts/review.ts', 'no-such-statement', '--content', content], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '' },
    });
    expect(review.status).not.toBe(0);
    expect(review.stderr.trim()).toMatch(/^Not reviewed: no statement has the slug "no-such-statement"/u);
    expect(listing()).toEqual(before);
  });

  it('records a draft’s permalinks only when the editors review it, and marks it reviewed', () => {
    expect(add(join(COPIES, 'whitehouse-readout.txt')).status).toBe(0);
    const slug = 'white-house-2031-03-14-readout-vice-president-example-call-prime-minister-sample';
    const review = spawnSync(process.execPath, ['scripts/review.ts', slug, '--content', content], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '' },
    });
    // The test copy is dated 2031: the content check warns of a date after today, and goes on.
    expect(review.stderr).not.toMatch(/Not reviewed|problem/u);
    expect(review.status).toBe(0);
    const statement = readFileSync(join(content, 'statements', `${slug}.md`), 'utf8');
    expect(statement).toMatch(/\nreviewed: "\d{4}-\d{2}-\d{2}"\n---\n/u);
    const registry = readFileSync(join(content, 'permalinks.txt'), 'utf8');
    expect(registry).toContain(`statements/${slug}/\n`);
    expect(registry).toContain(`statements/${slug}/#p3\n`);
  });

  it('refuses a copy already in the archive, naming the statement, and writes nothing', () => {
    const before = listing();
    const result = add(join(CONTENT, 'sources/001_ccf752448703af61.txt'));
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/already in the archive .* statements\/white-house/u);
    expect(listing()).toEqual(before);
  });

  it.each([
    ['an untitled copy without --title', ['whitehouse-remarks-untitled.txt'], '--title'],
    ['an undated copy without --date', ['gt-news-article.txt'], '--date'],
    ['a --date without --evidence', ['gt-news-article.txt', '--date', '2031-05'], '--evidence'],
    [
      'a copy of unknown issuer without --issuer',
      ['plain-joint-statement.txt', '--type', 'statement', '--date', '2031', '--evidence', 'e'],
      '--issuer',
    ],
    [
      'an unknown issuer id',
      ['plain-joint-statement.txt', '--date', '2031', '--evidence', 'e', '--issuer', 'nobody'],
      '--issuer',
    ],
    [
      'a type it cannot read from the title',
      ['gt-news-article.txt', '--format', 'plain', '--issuer', 'agn', '--date', '2031', '--evidence', 'e'],
      '--type',
    ],
    ['an unknown option', ['gt-news-article.txt', '--colour', 'red'], '--colour'],
  ])('refuses %s in one line naming the option, exits non-zero and writes nothing', (_, [copy, ...rest], option) => {
    const before = listing();
    const result = add(join(COPIES, copy!), ...rest);
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Not added: /u);
    expect(lines[0]).toContain(option);
    expect(listing()).toEqual(before);
  });

  it('removes what it wrote and prints the problems when the content check fails', () => {
    const agn = join(content, 'statements/agn-2023-05-26-giammattei-harris-telephone-call.md');
    writeFileSync(agn, readFileSync(agn, 'utf8').replace('language: en', 'language: English'));
    const before = listing();
    const result = add(join(COPIES, 'whitehouse-readout.txt'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/agn-2023-05-26-giammattei-harris-telephone-call\.md › language/u);
    expect(result.stderr).toMatch(/Not added: the draft did not pass the content check; removed/u);
    expect(listing()).toEqual(before);
  });

  it('warns, without refusing, about a date after today, naming the statement and the field', () => {
    // The fixture copies are dated 2031: after any day these tests will run on.
    const result = add(join(COPIES, 'whitehouse-readout.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Content check: \d+ warnings \(not errors; nothing was stopped\):\n {2}.*statements\/white-house-2031-03-14-[\w-]+\.md › date\.value: "2031-03-14" is after today/mu,
    );
    expect(result.stdout).toMatch(/\.md › published: "2031-03-14 [^"]+" is after the time the content was checked/u);
  });

  it('warns about a copy over 1 MB', () => {
    const big = join(content, '..', 'big.txt');
    const paragraph = 'The ministers met and agreed on the text that follows. '.repeat(40);
    writeFileSync(big, `Joint Statement on Rivers\n\n${`${paragraph}\n\n`.repeat(500)}`);
    const result = add(big, '--issuer', 'agn', '--date', '2024-01-02', '--evidence', 'e', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/› source\.copy: the copy [0-9a-f]{16}\.txt is 1\.1 MB \(over 1 MB\)/u);
  });

  it('prints the draft on --dry-run and writes nothing', () => {
    const before = listing();
    const result = add(
      join(COPIES, 'gt-news-article.txt'),
      '--date',
      '2031-05',
      '--evidence',
      'The article names the May harvest.',
      '--dry-run',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dry run');
    expect(result.stdout).toContain('title: "Minister Sample Met With the Ambassador of Freedonia to Discuss Trade"');
    expect(result.stdout).toContain('## Cooperation in Education');
    expect(listing()).toEqual(before);
  });
});
