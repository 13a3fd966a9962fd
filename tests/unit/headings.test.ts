import { describe, expect, it } from 'vitest';
import { headingLevels, outlineProblems } from '../e2e/headings.ts';

describe('reading a page’s heading outline from its HTML', () => {
  it.each([
    ['headings in order', '<h1>A</h1><h2 class="x">B</h2><H3>C</H3>', [1, 2, 3]],
    ['not <header> or <hr>', '<header><h1>A</h1></header><hr><h2>B</h2>', [1, 2]],
    [
      'not in comments, scripts, styles or templates',
      '<h1>A</h1><!-- <h3> --><script>"<h4>"</script><template><h5>x</h5></template><style>h6{}</style>',
      [1],
    ],
    ['a heading with attributes on a new line', '<h1\n  id="t">A</h1>', [1]],
  ])('finds %s', (_what, html, levels) => {
    expect(headingLevels(html)).toEqual(levels);
  });
});

describe('the outline’s problems', () => {
  it.each([
    ['one h1 then each level in turn', [1, 2, 3, 2, 3, 3, 2], []],
    ['going back up any number of levels', [1, 2, 3, 4, 2], []],
    ['no h1', [2, 3], ['0 h1 headings, not one']],
    ['two h1s', [1, 2, 1], ['2 h1 headings, not one']],
    ['a heading before the h1', [2, 1, 2], ['h2 before the h1']],
    ['a skipped level', [1, 3], ['h1 → h3 skips a level']],
    ['a skipped level further down', [1, 2, 2, 4], ['h2 → h4 skips a level']],
  ])('%s: %j', (_what, levels, problems) => {
    expect(outlineProblems(levels)).toEqual(problems);
  });
});
