/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) and works
 * out which headers apply to a path. The test server uses it so that the
 * browser tests run under exactly the headers a static host will send.
 */

/** One rule: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses `_headers`: a pattern line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/u.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers: a header line outside a rule, or without a colon: "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a site path matches a `_headers` pattern (`*` matches any run of characters). */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
      .join('.*')}$`,
    'u',
  );
  return regex.test(path);
}

/** The headers for a site path: every matching rule applies, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result.set(name.toLowerCase(), value);
  }
  return result;
}
