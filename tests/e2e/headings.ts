/**
 * The heading outline of a built page, read from its HTML without a browser,
 * so a check over every page costs milliseconds a page, not a page load.
 * (Headings a script adds later, as search results, are axe's to check on the
 * page in its scripted state: see accessibility.spec.ts.)
 */

/** Markup whose headings are not part of the page as parsed: comments, scripts, styles and templates. */
const NOT_IN_THE_PAGE = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;

/** The levels of a page's headings, in document order: `<h2>` is 2. */
export function headingLevels(html: string): number[] {
  return [...html.replace(NOT_IN_THE_PAGE, '').matchAll(/<h([1-6])(?=[\s>/])/giu)].map((m) => Number(m[1]));
}

/** What is wrong with an outline: not exactly one h1, a heading before it, or a level skipped on the way down. */
export function outlineProblems(levels: readonly number[]): string[] {
  const problems: string[] = [];
  const ones = levels.filter((level) => level === 1).length;
  if (ones !== 1) problems.push(`${ones} h1 headings, not one`);
  else if (levels[0] !== 1) problems.push(`h${levels[0]} before the h1`);
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level > previous + 1) problems.push(`h${previous} → h${level} skips a level`);
  });
  return problems;
}
