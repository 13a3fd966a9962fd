import { describe, expect, it } from 'vitest';
import { absoluteUrl, normaliseBase, routes, withBase } from '../../src/lib/urls.ts';

describe('base paths', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['/archive/', '/archive/'],
    ['//a/b//', '/a/b/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });

  it.each([
    ['/', 'statements/x/', '/statements/x/'],
    ['/archive/', 'statements/x/', '/archive/statements/x/'],
    ['/archive/', '/about/', '/archive/about/'],
    ['/archive', '', '/archive/'],
  ])('with base %j, %j becomes %j', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('builds absolute URLs from the origin and the base', () => {
    expect(absoluteUrl(routes.paragraph('s', 3), 'https://example.org', '/archive/')).toBe(
      'https://example.org/archive/statements/s/#p3',
    );
  });
});
