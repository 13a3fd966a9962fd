import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { parse as parseYaml } from 'yaml';
import * as prettier from 'prettier';
import { z } from 'astro/zod';
import {
  FILE_KINDS,
  NAMED_TYPES,
  REFERENCE_FILE,
  generateReference,
  readDocs,
  undocumented,
} from '../../scripts/reference.ts';
import { docCommentsOf, fieldTable, fieldsOf, undocumentedFields, type FieldRow } from '../../src/lib/reference.ts';

describe('the editors’ reference', () => {
  it('is up to date with the schemas (run `npm run reference` if this fails)', async () => {
    const committed = readFileSync(REFERENCE_FILE, 'utf8');
    const fresh = await generateReference();
    expect(committed === fresh, `${REFERENCE_FILE} is out of date: run \`npm run reference\``).toBe(true);
  });

  it('passes prettier --check with the project’s settings', async () => {
    const options = (await prettier.resolveConfig(REFERENCE_FILE)) ?? {};
    expect(await prettier.check(readFileSync(REFERENCE_FILE, 'utf8'), { ...options, parser: 'markdown' })).toBe(true);
  });

  it('finds a doc comment for every field of every schema', () => {
    expect(undocumented(readDocs())).toEqual([]);
  });

  it('lists every field of every file kind with its path and doc comment in one table row', () => {
    const text = readFileSync(REFERENCE_FILE, 'utf8');
    const docs = readDocs();
    for (const kind of FILE_KINDS) {
      const start = text.indexOf(`\n## ${kind.title}\n`);
      expect(start, `no section "${kind.title}"`).toBeGreaterThan(-1);
      const end = text.indexOf('\n## ', start + 1);
      const lines = text.slice(start, end === -1 ? undefined : end).split('\n');
      for (const row of fieldsOf(kind.schema, kind.schemaName, NAMED_TYPES)) {
        const doc = docs.get(row.key)?.field;
        expect(doc, `${row.key} has no doc comment`).toBeTruthy();
        const found = lines.some(
          (line) => line.startsWith(`| \`${row.path}\``) && line.includes(doc!.replace(/\|/gu, '\\|')),
        );
        expect(found, `${kind.title}: no row for ${row.path} with “${doc}”`).toBe(true);
      }
    }
  });

  it.each(FILE_KINDS.map((kind) => [kind.title, kind] as const))('shows a valid minimal example of %s', (_, kind) => {
    const records =
      kind.records === 'front matter'
        ? [readStatementFile(kind.example.text).data]
        : kind.records === 'list'
          ? (parseYaml(kind.example.text) as unknown[])
          : [parseYaml(kind.example.text)];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const result = (kind.schema as z.ZodType).safeParse(record);
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });
});

/** A schema source like the real ones, with a referenced constant, a union, a map and a list. */
const SOURCE = `
import { z } from 'astro/zod';
/** A named slug. */
const slug = z.string().regex(/^[a-z]+$/u, 'must be lower-case letters');
/** One piece of evidence. */
const evidence = z.object({
  /** What it shows. */
  note: z.string().min(1),
});
/** A date the source gives. */
const given = z.object({
  /** \`source\`: given. */
  basis: z.literal('source'),
});
/** A date the editors supply. */
const supplied = z.object({
  /** \`supplied\`: supplied. */
  basis: z.literal('supplied'),
  /** Why. */
  evidence: z.array(evidence).min(1, 'needs evidence'),
});
/** The record. */
export const recordSchema = z.object({
  /** Its id. */
  id: slug,
  /** Its kind. */
  kind: z.enum(['a', 'b']).default('a'),
  /** Its date. */
  date: z.discriminatedUnion('basis', [given, supplied]),
  /** Counts by paragraph. */
  counts: z.record(z.string().regex(/^\\d+$/u), z.object({
    /** How many. */
    n: z.number().int().positive(),
  })).optional(),
  undocumented: z.string(),
});
`;

const slug = z.string().regex(/^[a-z]+$/u, 'must be lower-case letters');
const evidence = z.object({ note: z.string().min(1) });
const recordSchema = z.object({
  id: slug,
  kind: z.enum(['a', 'b']).default('a'),
  date: z.discriminatedUnion('basis', [
    z.object({ basis: z.literal('source') }),
    z.object({ basis: z.literal('supplied'), evidence: z.array(evidence).min(1, 'needs evidence') }),
  ]),
  counts: z.record(z.string().regex(/^\d+$/u), z.object({ n: z.number().int().positive() })).optional(),
  undocumented: z.string(),
});

describe('reading doc comments from a schema source', () => {
  const docs = docCommentsOf([{ name: 'x.ts', text: SOURCE }]);

  it.each([
    ['recordSchema', 'schema', 'The record.'],
    ['recordSchema.id', 'field', 'Its id.'],
    ['recordSchema.id', 'schema', 'A named slug.'],
    ['recordSchema.kind', 'field', 'Its kind.'],
    ['recordSchema.date|0', 'schema', 'A date the source gives.'],
    ['recordSchema.date|1.basis', 'field', '`supplied`: supplied.'],
    ['recordSchema.date|1.evidence[]', 'schema', 'One piece of evidence.'],
    ['recordSchema.date|1.evidence[].note', 'field', 'What it shows.'],
    ['recordSchema.counts{}.n', 'field', 'How many.'],
  ] as const)('finds for %s its %s comment', (key, which, expected) => {
    expect(docs.get(key)?.[which]).toBe(expected);
  });

  it('finds no comment for a field that has none', () => {
    expect(docs.get('recordSchema.undocumented')?.field).toBeUndefined();
  });
});

describe('describing a schema’s fields', () => {
  const rows = fieldsOf(recordSchema, 'recordSchema', [{ name: 'slug', is: slug }]);
  const row = (key: string): FieldRow => rows.find((r) => r.key === key)!;

  it('lists every field depth first, with the keys the doc comments use', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'recordSchema.id',
      'recordSchema.kind',
      'recordSchema.date',
      'recordSchema.date|0.basis',
      'recordSchema.date|1.basis',
      'recordSchema.date|1.evidence',
      'recordSchema.date|1.evidence[].note',
      'recordSchema.counts',
      'recordSchema.counts{}.n',
      'recordSchema.undocumented',
    ]);
  });

  it.each([
    ['recordSchema.id', 'id', 'slug', true, undefined, []],
    ['recordSchema.kind', 'kind', 'one of `a`, `b`', false, '`"a"`', []],
    ['recordSchema.date', 'date', 'one of 2 forms, by `basis`', true, undefined, []],
    ['recordSchema.date|1.basis', 'date.basis', '`supplied`', true, undefined, []],
    ['recordSchema.date|1.evidence', 'date.evidence', 'list of objects', true, undefined, ['needs evidence']],
    ['recordSchema.date|1.evidence[].note', 'date.evidence[].note', 'string', true, undefined, ['not empty']],
    ['recordSchema.counts', 'counts', 'map of number → object', false, undefined, ['keys: matches `^\\d+$`']],
    ['recordSchema.counts{}.n', 'counts.<number>.n', 'whole number', true, undefined, ['at least 1']],
  ] as const)('describes %s as %s: %s', (key, path, type, required, defaultValue, rules) => {
    expect(row(key)).toMatchObject({ path, type, required, defaultValue, rules });
  });

  it('marks the fields of a union form with the discriminator value that selects it', () => {
    expect(row('recordSchema.date|1.evidence').when).toEqual(['`date.basis` is `supplied`']);
    expect(row('recordSchema.date|0.basis').when).toEqual(['`date.basis` is `source`']);
  });

  it('escapes a pipe in a table cell and names each union form in the union’s row', () => {
    const docs = docCommentsOf([{ name: 'x.ts', text: SOURCE.replace('Its date.', 'Its date | when.') }]);
    const table = fieldTable(rows, docs);
    expect(table).toContain(
      'Its date \\| when. `source`: A date the source gives. `supplied`: A date the editors supply.',
    );
  });

  it('reports the fields without a doc comment', () => {
    const docs = docCommentsOf([{ name: 'x.ts', text: SOURCE }]);
    expect(undocumentedFields(rows, docs)).toEqual(['recordSchema.undocumented']);
  });
});
