import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ArchiveSnapshot } from '../../src/lib/import/plan.ts';
import { CONTENT } from './helpers.ts';

/** The archive's organisations, with no statements: the copy comes in new. */
const archive = (): ArchiveSnapshot => ({
  sources: [],
  readSource: () => new Uint8Array(),
  statements: [],
  organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
});

const BODY = 'La presidenta Alvera recibió este martes a la delegación de Sylvania en el Palacio de Puerto Velo.';

/** Plans a copy whose issuer and date the editor gives, so only its type is read from it. */
const typeOf = (head: string[]) =>
  planImport(new TextEncoder().encode([...head, '', BODY].join('\n')), archive(), {
    issuer: 'presidency-of-guatemala',
    date: '2030-11-10',
    evidence: ['the day the story was filed'],
  }).draft.data.type;

describe('a story under a news section with its reporter’s byline is a news article', () => {
  it.each([
    [['Noticias', 'Presidenta Alvera recibe a la delegación de Sylvania', 'Por Ana Quintal']],
    [['Últimas noticias', 'Presidenta Alvera recibe a la delegación de Sylvania', 'Por Ana Quintal']],
    [['News', 'President Alvera Welcomes the Sylvanian Delegation', 'By Ana Quintal']],
  ])('reads %j', (head) => {
    expect(typeOf(head)).toBe('news-article');
  });

  it.each([
    ['a news section without a byline', ['Noticias', 'Presidenta Alvera recibe a la delegación de Sylvania']],
    ['a byline without a news section', ['Presidenta Alvera recibe a la delegación de Sylvania', 'Por Ana Quintal']],
  ])('asks for the type given only %s', (_, head) => {
    expect(() => typeOf(head)).toThrow(/document type/u);
  });

  it('keeps the type a kicker tells over the section', () => {
    expect(
      typeOf(['Noticias', 'COMUNICADO DE PRENSA', 'Presidencia y Sylvania firman un acuerdo', 'Por Ana Quintal']),
    ).toBe('press-release');
  });
});

describe('a site’s section that names a kind of document tells the type when the title does not', () => {
  it.each([
    [['Sala de Prensa', 'Comunicados', 'Canciller Ferrandiz recibe a la delegación de Sylvania'], 'press-release'],
    [['Press Releases', 'Ambassador Ferrandiz Welcomes the Sylvanian Delegation'], 'press-release'],
    [['Readouts', 'Secretary Ferrandiz’s Call with Sylvanian Foreign Minister Ostrava'], 'readout'],
    [['Comunicados', 'Declaración del Canciller sobre Sylvania'], 'statement'],
  ])('reads %j as %s', (head, type) => {
    expect(typeOf(head)).toBe(type);
  });
});

describe('a title that says it is joint', () => {
  it('outranks a kicker that files it as a press note', () => {
    expect(typeOf(['NOTA DE PRENSA', 'Declaración conjunta de Freedonia y Sylvania sobre el acueducto de Velo'])).toBe(
      'joint-statement',
    );
  });
});
