import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ArchiveSnapshot, type ImportOptions } from '../../src/lib/import/plan.ts';
import { CONTENT, LIVE_CONTENT } from './helpers.ts';

/** The archive's organisations, with no statements: the copy comes in new. */
const archive = (content = CONTENT): ArchiveSnapshot => ({
  sources: [],
  readSource: () => new Uint8Array(),
  statements: [],
  organizations: readFileSync(join(content, 'entities/organizations.yaml'), 'utf8'),
});

/** A joint statement under a title, as a news site republished it. */
const copy = (title: string) =>
  new TextEncoder().encode(
    /^(?:declaraci|comunicado)/iu.test(title)
      ? [
          title,
          '12 de noviembre de 2030',
          '',
          'Los dos gobiernos reafirman hoy su compromiso con una frontera segura y abierta al comercio entre los pueblos.',
        ].join('\n')
      : [
          title,
          'November 12, 2030',
          '',
          'The two governments today reaffirm their shared commitment to a border that is secure and open to trade.',
        ].join('\n'),
  );

/** The ids of a plan's issuer and co-issuers. */
function issuersOf(title: string, options: ImportOptions = {}, content = CONTENT) {
  const data = planImport(copy(title), archive(content), options).draft.data as {
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

describe('every party a joint statement’s title names is an issuer, from the governments the archive ships', () => {
  it.each([
    [
      'Joint Statement by the Governments of Guatemala, Honduras and El Salvador on the Velo Crossing',
      'government-of-guatemala',
      ['government-of-honduras', 'government-of-el-salvador'],
    ],
    [
      'Declaración conjunta de los Gobiernos de México y Belice sobre el Cruce de Velo',
      'government-of-mexico',
      ['government-of-belize'],
    ],
  ])('reads “%s”', (title, issuer, coIssuers) => {
    expect(issuersOf(title, {}, LIVE_CONTENT)).toEqual({ issuer, coIssuers });
  });

  it('refuses a party the archive has no government of, saying what entry to add', () => {
    expect(() => issuersOf('Joint Statement by the Governments of Guatemala and Peru on the Velo Crossing')).toThrow(
      /names Peru as a party.*“- id: government-of-peru, name: Government of Peru, kind: government, country: Peru, countryCode: PE”.*--co-issuer/u,
    );
  });

  it('takes the editor’s co-issuers instead, without asking for the others', () => {
    expect(
      issuersOf('Joint Statement by the Governments of Guatemala and Peru on the Velo Crossing', {
        coIssuer: ['government-of-guatemala'],
        issuer: 'us-department-of-state',
      }).coIssuers,
    ).toEqual(['government-of-guatemala']);
  });
});
