/**
 * Only web addresses: every stored address is `http:` or `https:`. The schema
 * walk finds every address-bearing field of every content file, so a new one
 * cannot be added without the shared `webUrl` type and a case here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, NAMED_TYPES } from '../../scripts/reference.ts';
import { eventSchema, organizationSchema, personSchema, placeSchema } from '../../src/lib/entities.ts';
import { fieldsOf } from '../../src/lib/reference.ts';
import { statementSchema } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { isWebUrl, webUrlProblem, withWebUrls } from '../../src/lib/web-url.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { CONTENT, statementFile } from './helpers.ts';

const SCRIPT = 'javascript:alert(document.domain)';

describe('webUrlProblem', () => {
  it.each([
    'https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/26/statement/',
    'http://agn.gt/',
    'HTTPS://EXAMPLE.ORG/PAGE',
    'https://example.org/page?q=a&b=c#p3',
    'https://例え.テスト/',
  ])('accepts the web address %s', (url) => {
    expect(webUrlProblem(url)).toBeUndefined();
    expect(isWebUrl(url)).toBe(true);
  });

  it.each([
    [SCRIPT, '"javascript:" address'],
    ['JavaScript:alert(1)', '"javascript:" address'],
    ['  javascript:alert(1)', 'spaces or invisible characters'],
    ['java\tscript:alert(1)', 'spaces or invisible characters'],
    ['https://example.org/\u200b', 'spaces or invisible characters'],
    ['vbscript:msgbox(1)', '"vbscript:" address'],
    ['data:text/html,<script>alert(1)</script>', '"data:" address'],
    ['file:///etc/passwd', '"file:" address'],
    ['mailto:press@example.org', '"mailto:" address'],
    ['ftp://example.org/file', '"ftp:" address'],
    ['//evil.example/page', 'not an absolute web address'],
    ['/briefing-room/', 'not an absolute web address'],
    ['www.example.org', 'not an absolute web address'],
    ['https:/example.org', 'not a valid web address'],
    ['https://', 'not a valid web address'],
    ['https://www.whitehouse.gov@evil.example/', 'user name or password'],
  ])('refuses %s, saying why', (url, why) => {
    expect(webUrlProblem(url)).toContain(why);
    expect(isWebUrl(url)).toBe(false);
  });

  it('leaves out of evidence any address that is not a web address, keeping the note', () => {
    expect(
      withWebUrls([{ note: 'a', url: SCRIPT }, { note: 'b', url: 'https://example.org/' }, { note: 'c' }]),
    ).toEqual([{ note: 'a' }, { note: 'b', url: 'https://example.org/' }, { note: 'c' }]);
  });
});

/** True for a field that, by its name, holds an address. */
const namesAnAddress = (path: string) => /(?:url|uri|href|link|permalink|website|homepage)(?:\[\])?$/iu.test(path);

/** Every field of every content file kind that holds an address, by name or by type, as "schema path". */
function addressFields(): { key: string; type: string; named: boolean; itemNamed?: boolean }[] {
  return FILE_KINDS.flatMap((kind) =>
    fieldsOf(kind.schema, kind.schemaName, NAMED_TYPES)
      .filter((row) => namesAnAddress(row.path) || /\bURLs?\b/u.test(row.type))
      .map((row) => ({
        key: `${kind.schemaName} ${row.path}`,
        type: row.type,
        named: row.named,
        ...(row.itemNamed !== undefined && { itemNamed: row.itemNamed }),
      })),
  );
}

const agn = () => structuredClone(readStatementFile(statementFile('agn').raw).data) as Record<string, any>;
const events = () => parseYaml(readFileSync(join(CONTENT, 'events.yaml'), 'utf8')) as Record<string, any>[];

/**
 * Each address field, with a valid record that has the field set to a
 * `javascript:` address, and the schema that must refuse it at that path.
 */
const CASES: Record<string, () => { schema: { safeParse: (v: unknown) => any }; record: unknown; path: string }> = {
  'statementSchema originalUrl': () => ({
    schema: statementSchema,
    record: { ...agn(), originalUrl: SCRIPT },
    path: 'originalUrl',
  }),
  'statementSchema titleEvidence[].url': () => ({
    schema: statementSchema,
    record: { ...agn(), titleBasis: 'supplied', titleEvidence: [{ note: 'The page title.', url: SCRIPT }] },
    path: 'titleEvidence.0.url',
  }),
  'statementSchema date.evidence[].url': () => {
    const record = agn();
    record.date.evidence[0].url = SCRIPT;
    return { schema: statementSchema, record, path: 'date.evidence.0.url' };
  },
  ...Object.fromEntries(
    (
      [
        ['organizationSchema', organizationSchema, { id: 'x', name: 'X', kind: 'agency', aliases: [] }],
        ['personSchema', personSchema, { id: 'x', name: 'X', aliases: [] }],
        ['placeSchema', placeSchema, { id: 'x', name: 'X', aliases: [], kind: 'city' }],
      ] as const
    ).map(([name, schema, entry]) => [
      `${name} identification.evidence[].url`,
      () => ({
        schema,
        record: {
          ...entry,
          identification: { note: 'The same body.', evidence: [{ note: 'Both texts.', url: SCRIPT }] },
        },
        path: 'identification.evidence.0.url',
      }),
    ]),
  ),
  'eventSchema date.evidence[].url': () => {
    const event = events().find((e) => e.date.basis === 'supplied')!;
    event.date.evidence[0].url = SCRIPT;
    return { schema: eventSchema, record: event, path: 'date.evidence.0.url' };
  },
};

describe('every address field of every content file', () => {
  it('is found by walking the schemas, and each one has a case below', () => {
    const found = addressFields().map((f) => f.key);
    expect(found.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(Object.keys(CASES).sort());
  });

  it('uses the one shared web address type', () => {
    for (const field of addressFields())
      expect(field.named || field.itemNamed, `${field.key} is a ${field.type}, not the shared webUrl`).toBe(true);
  });

  it.each(Object.keys(CASES))('%s: refuses a javascript: address, naming the field', (key) => {
    const { schema, record, path } = CASES[key]!();
    const result = schema.safeParse(record);
    expect(result.success).toBe(false);
    const issue = result.error.issues.find((i: { path: PropertyKey[] }) => i.path.join('.') === path);
    expect(issue?.message, `no issue at ${path}: ${JSON.stringify(result.error.issues)}`).toContain(
      'only http:// and https:// addresses are accepted',
    );
  });

  it.each(Object.keys(CASES))('%s: accepts an https address', (key) => {
    const { schema, record, path } = CASES[key]!();
    const json = JSON.stringify(record).replace(JSON.stringify(SCRIPT), JSON.stringify('https://example.org/page'));
    const result = schema.safeParse(JSON.parse(json));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(path).toBeTruthy();
  });
});
