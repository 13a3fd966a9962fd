import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ArchiveSnapshot } from '../../src/lib/import/plan.ts';
import { CONTENT } from './helpers.ts';

/** The fixture archive's organisations, with no statements. */
const archive = (): ArchiveSnapshot => ({
  sources: [],
  readSource: () => new Uint8Array(),
  statements: [],
  organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
});

/** The issuer read from a comunicado's office line and text, or the refusal. */
const issuerOf = (office: string, text: string, place = 'Ciudad de Guatemala') => {
  const copy = [
    office,
    'COMUNICADO DE PRENSA',
    'El Gobierno ante el cierre del paso de Puerto Velo',
    '',
    text,
    '',
    `${place}, 14 de noviembre de 2030.`,
  ];
  try {
    return (
      planImport(new TextEncoder().encode(copy.join('\n')), archive(), {}).draft.data.issuer as { entity: string }
    ).entity;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('an office line without its country, over a text that names the country', () => {
  it('is the one organisation whose mark is that office of that country', () => {
    expect(
      issuerOf(
        'MINISTERIO DE RELACIONES EXTERIORES',
        'El Ministerio de Relaciones Exteriores de la República de Guatemala informa a la opinión pública lo siguiente.',
      ),
    ).toBe('minex-guatemala');
  });

  it('tells nothing when the copy does not name the country', () => {
    expect(
      issuerOf(
        'MINISTERIO DE RELACIONES EXTERIORES',
        'El Ministerio informa a la opinión pública lo siguiente sobre el paso.',
        'Puerto Velo',
      ),
    ).toMatch(/the issuer \(give --issuer/u);
  });
});
