/**
 * The build enforces the permalink registry: every recorded URL resolves,
 * directly or through a former slug, or the content check names it and says
 * what to do. Before, a renamed slug or a removed line built fine and a
 * published URL disappeared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/lib/permalinks.ts';
import { checkStatements, type CheckedStatement } from '../../src/lib/validate.ts';
import { CONTENT, readSource, realStatements } from './helpers.ts';

const REGISTRY = readFileSync(join(CONTENT, 'permalinks.txt'), 'utf8');
const statements = checkStatements(realStatements(), readSource).statements;
const AGN = 'agn-giammattei-harris-telephone-call';

/** The fixture statements with one renamed, keeping its old slug as a former slug or not. */
function renamed(keepFormer: boolean): CheckedStatement[] {
  return statements.map((s) =>
    s.data.slug === AGN
      ? { ...s, data: { ...s.data, slug: 'agn-harris-call', formerSlugs: keepFormer ? [AGN] : [] } }
      : s,
  );
}

/** The fixture statements with the AGN article cut to its first `n` paragraphs. */
function shortened(n: number, list = statements): CheckedStatement[] {
  return list.map((s) => {
    if (s.data.slug !== AGN && !s.data.formerSlugs.includes(AGN)) return s;
    let seen = 0;
    return { ...s, blocks: s.blocks.filter((b) => b.kind !== 'paragraph' || ++seen <= n) };
  });
}

const check = (text: string, list: readonly CheckedStatement[] = statements) =>
  checkRegistry('content/permalinks.txt', text, list);

describe('the permalink registry check', () => {
  it('passes the fixture archive, whose registry records every URL it publishes', () => {
    expect(check(REGISTRY)).toEqual([]);
  });

  it('passes a renamed statement whose old slug is a former slug: its URLs redirect', () => {
    expect(check(REGISTRY, renamed(true))).toEqual([]);
  });

  it('names every URL of a statement renamed without formerSlugs, saying to add it', () => {
    const problems = check(REGISTRY, renamed(false));
    expect(problems.length).toBe(REGISTRY.split('\n').filter((l) => l.startsWith(`statements/${AGN}/`)).length);
    expect(problems[0]).toEqual({
      file: 'content/permalinks.txt',
      field: `statements/${AGN}/`,
      message: `no statement has the slug "${AGN}" any more, so this published URL would stop resolving: if the statement was renamed, add "${AGN}" to its formerSlugs; if it was removed, restore it`,
    });
  });

  it('names a paragraph URL whose statement now has fewer paragraphs', () => {
    const file = statements.find((s) => s.data.slug === AGN)!.file;
    expect(check(REGISTRY, shortened(12))).toEqual([
      {
        file: 'content/permalinks.txt',
        field: `statements/${AGN}/#p13`,
        message: `${file} has 12 paragraphs now, so this published paragraph URL would stop resolving: restore paragraph 13 (paragraphs are numbered as the source copy divides them)`,
      },
    ]);
  });

  it('names a paragraph URL that a former slug redirects to a statement without it', () => {
    expect(check(REGISTRY, shortened(12, renamed(true)))).toEqual([
      expect.objectContaining({
        field: `statements/${AGN}/#p13`,
        message: expect.stringContaining(`has 12 paragraphs now (its former slug "${AGN}" now redirects there)`),
      }),
    ]);
  });

  it.each([
    ['a paragraph line', `statements/${AGN}/#p3\n`, `statements/${AGN}/#p3`, 'this statement up to #p13'],
    ['a page line', `statements/${AGN}/\n`, `statements/${AGN}/`, `paragraphs of "${AGN}" up to #p13`],
  ])('names %s removed from the registry, saying to put it back', (_, line, field, records) => {
    expect(REGISTRY).toContain(line);
    expect(check(REGISTRY.replace(line, ''))).toEqual([
      {
        file: 'content/permalinks.txt',
        field,
        message: `is missing from the registry, which records ${records}: a recorded URL is never removed; put the line back`,
      },
    ]);
  });

  it('names a line that is not a statement or paragraph URL by its line number', () => {
    expect(check(`${REGISTRY}statements/${AGN}/#paragraph-3\n`)).toEqual([
      expect.objectContaining({
        field: `line ${REGISTRY.split('\n').length}`,
        message: expect.stringContaining('is not a statement or paragraph URL'),
      }),
    ]);
  });
});
