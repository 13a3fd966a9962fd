/** Counts in words, for pages and for the search page's script (kept apart so the script stays small). */

/** Irregular plurals; every other noun takes an s. */
const PLURALS: Record<string, string> = { person: 'people', is: 'are', names: 'name', was: 'were' };

/** The noun for a count: `plural(1, 'statement')` → `statement`, `plural(2, 'statement')` → `statements`. */
export function plural(n: number, one: string, many = PLURALS[one] ?? `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count with its noun: `count(3, 'paragraph')` → `3 paragraphs`. */
export function count(n: number, one: string, many?: string): string {
  return `${n} ${plural(n, one, many)}`;
}
