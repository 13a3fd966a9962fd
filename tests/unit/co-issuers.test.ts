import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ArchiveSnapshot, type ImportOptions } from '../../src/lib/import/plan.ts';
import { CONTENT } from './helpers.ts';

/** The archive's organisations, with no statements: the copy comes in new. */
const archive = (): ArchiveSnapshot => ({
  sources: [],
  readSource: () => new Uint8Array(),
  statements: [],
  organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
});

/** A joint statement under a title, as a news site republished it. */
const copy = (title: string) =>
  new TextEncoder().encode(
    [
      title,
      'November 12, 2030',
      '',
      'The two governments today reaffirm their shared commitment to a border that is secure and open to trade.',
    ].join('\n'),
  );

/** The ids of a plan's issuer and co-issuers. */
function issuersOf(title: string, options: ImportOptions = {}) {
  const data = planImport(copy(title), archive(), options).draft.data as {
    issuer: { entity?: string };
    coIssuers: { entity?: string }[];
  };
  return { issuer: data.issuer.entity, coIssuers: data.coIssuers.map((c) => c.entity) };
}

describe('a joint statement’s co-issuers never repeat the issuer or each other', () => {
  it.each<[string, string, ImportOptions]>([
    ['the issuer read from the title', 'Joint Statement by the United States and Guatemala on the Velo Crossing', {}],
    [
      'an issuing office of a country the title names',
      'Joint Statement by the United States and Guatemala on the Velo Crossing',
      { issuer: 'us-department-of-state' },
    ],
    [
      'a co-issuer given twice and the issuer given as one',
      'Joint Statement on the Velo Crossing',
      { issuer: 'us-government', coIssuer: ['government-of-guatemala', 'us-government', 'government-of-guatemala'] },
    ],
  ])('with %s', (_, title, options) => {
    const { issuer, coIssuers } = issuersOf(title, options);
    expect(coIssuers).toEqual(['government-of-guatemala']);
    expect(coIssuers).not.toContain(issuer);
  });
});

describe('a joint statement’s issuer read from its title', () => {
  it.each([
    ['Joint Statement by the United States and Guatemala on the Velo Crossing', 'us-government'],
    ['Joint Statement of the Government of the United States and Guatemala', 'us-government'],
    ['Joint Statement by The White House and Guatemala', 'white-house'],
  ])('reads “%s” as issued by %s', (title, issuer) => {
    expect(issuersOf(title).issuer).toBe(issuer);
  });
});
