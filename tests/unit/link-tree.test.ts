/**
 * Assembling a site from the parts' outputs by hard links (scripts/lib/link-tree.ts): every file arrives,
 * in its folder, with its bytes, without a copy; a file already there is replaced or kept as asked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../scripts/lib/link-tree.ts';

let work: string;

/** Writes a file, creating its folders. */
function put(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'link-tree-'));
  put(join(work, 'part/statements/a/index.html'), 'a from the part');
  put(join(work, 'part/statements/b/side-by-side/index.html'), 'b side by side');
  put(join(work, 'part/_astro/style.css'), 'the part’s style');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('linkTree', () => {
  it('places every file below the folder at the same path, with the same bytes, as a link', () => {
    const placed = linkTree(join(work, 'part'), join(work, 'site'));
    expect(placed).toBe(3);
    expect(readFileSync(join(work, 'site/statements/b/side-by-side/index.html'), 'utf8')).toBe('b side by side');
    const source = statSync(join(work, 'part/statements/a/index.html'));
    const linked = statSync(join(work, 'site/statements/a/index.html'));
    expect(linked.ino).toBe(source.ino);
    expect(linked.nlink).toBe(2);
  });

  it.each([
    ['replace', 'the part’s style'],
    ['keep', 'the shared style'],
  ] as const)('with "%s", a file the target already has ends as %j', (onExisting, expected) => {
    put(join(work, 'site/_astro/style.css'), 'the shared style');
    linkTree(join(work, 'part'), join(work, 'site'), onExisting);
    expect(readFileSync(join(work, 'site/_astro/style.css'), 'utf8')).toBe(expected);
  });

  it('replacing a linked file later leaves the part’s own file as it was', () => {
    linkTree(join(work, 'part'), join(work, 'site'));
    linkTree(join(work, 'part'), join(work, 'site'));
    expect(readFileSync(join(work, 'part/statements/a/index.html'), 'utf8')).toBe('a from the part');
    expect(statSync(join(work, 'part/statements/a/index.html')).nlink).toBe(2);
  });

  it('places a single file at the path given', () => {
    expect(linkTree(join(work, 'part/_astro/style.css'), join(work, 'site/style.css'))).toBe(1);
    expect(readFileSync(join(work, 'site/style.css'), 'utf8')).toBe('the part’s style');
  });

  it('places nothing from a folder that does not exist', () => {
    expect(linkTree(join(work, 'missing'), join(work, 'site'))).toBe(0);
  });
});
