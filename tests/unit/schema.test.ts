import { describe, expect, it } from 'vitest';
import { statementSchema } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { statementFile } from './helpers.ts';

const agn = () => structuredClone(readStatementFile(statementFile('agn').raw).data) as Record<string, any>;
const wh = () => structuredClone(readStatementFile(statementFile('white-house').raw).data) as Record<string, any>;

/** The dotted paths of the fields a schema parse rejects. */
function rejectedFields(data: unknown): string[] {
  const result = statementSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('the statement schema', () => {
  it('accepts both real statements', () => {
    expect(rejectedFields(agn())).toEqual([]);
    expect(rejectedFields(wh())).toEqual([]);
  });

  it('keeps the no-break spaces and the typographic apostrophe of the White House title', () => {
    const title = statementSchema.parse(wh()).title;
    expect(title).toContain('Kamala\u00a0Harris\u2019s');
    expect(title).toContain('of\u00a0Guatemala');
  });

  it('reads an unquoted YAML date as the date written', () => {
    const raw = statementFile('agn').raw.replace('value: "2023-05-26"', 'value: 2023-05-26');
    expect(raw).toContain('value: 2023-05-26\n');
    expect(statementSchema.parse(readStatementFile(raw).data).date.value).toBe('2023-05-26');
  });

  it('accepts a statement whose summary is not yet written, and reads its title as the source’s', () => {
    const data = agn();
    delete data.summary;
    const parsed = statementSchema.parse(data);
    expect(parsed.summary).toBeUndefined();
    expect(parsed.titleBasis).toBe('source');
  });

  const cases: [string, (d: Record<string, any>) => void, string][] = [
    ['a missing title', (d) => delete d.title, 'title'],
    ['an empty title', (d) => (d.title = ''), 'title'],
    ['a malformed date', (d) => (d.date.value = '26/05/2023'), 'date.value'],
    ['an impossible date', (d) => (d.date.value = '2023-02-30'), 'date.value'],
    ['a supplied date without evidence', (d) => delete d.date.evidence, 'date.evidence'],
    ['a supplied date with an empty evidence list', (d) => (d.date.evidence = []), 'date.evidence'],
    ['an unknown date basis', (d) => (d.date.basis = 'guessed'), 'date.basis'],
    ['a slug with capitals', (d) => (d.slug = 'AGN-Call'), 'slug'],
    ['a missing slug', (d) => delete d.slug, 'slug'],
    ['an unknown document type', (d) => (d.type = 'tweet'), 'type'],
    ['a country code that is not ISO', (d) => (d.issuer.countryCode = 'Guatemala'), 'issuer.countryCode'],
    ['a relative original URL', (d) => (d.originalUrl = '/briefing-room/'), 'originalUrl'],
    ['a timestamp without offset', (d) => (d.published = '2023-05-26 12:00'), 'published'],
    ['a byline with no placement', (d) => delete d.bylines[0].placement, 'bylines.0.placement'],
    ['an empty summary', (d) => (d.summary = ''), 'summary'],
    ['an unknown title basis', (d) => (d.titleBasis = 'guessed'), 'titleBasis'],
    ['no normalisation log', (d) => (d.normalisations = []), 'normalisations'],
    ['a source copy that is not a .txt file name', (d) => (d.source.copy = '../etc/passwd'), 'source.copy'],
  ];

  it.each(cases)('rejects %s, naming the field', (_, mutate, field) => {
    const data = agn();
    mutate(data);
    expect(rejectedFields(data)).toContain(field);
  });
});
