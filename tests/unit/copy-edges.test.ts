import { describe, expect, it } from 'vitest';
import { parseCopy, type ParsedCopy } from '../../src/lib/import/parse.ts';

/** The parts of a copy as `role: text`, lines outside the text with their place and role. */
const roles = (copy: ParsedCopy) =>
  copy.parts.map((p) => `${p.line ? `${p.line.place}/${p.line.role}` : p.role}: ${p.text}`);

const BODY = 'The two governments agreed today to open a new crossing at Puerto Velo for trade and travellers.';

describe('a site’s menu above the headline is its masthead', () => {
  it.each([
    [
      'an English news site',
      [
        'THE HARBOUR GAZETTE',
        'Home',
        'World',
        'Politics',
        'Subscribe',
        'Log in',
        'Writer’s picture Gazette Desk',
        '2 min read',
      ],
    ],
    ['a Spanish news site', ['EL FARO DE MIRAVALLE', 'Inicio', 'Mundo', 'Política', 'Suscríbete', 'Iniciar sesión']],
    ['a republisher’s stamp', ['Harbour Wire', 'World', 'Americas', 'Opinion', 'Updated Nov 12, 2030, 4:05 PM']],
  ])('reads %s', (_, menu) => {
    const copy = parseCopy(
      [...menu, 'Joint Statement by Freedonia and Sylvania on the Velo Crossing', 'November 12, 2030', '', BODY].join(
        '\n',
      ),
    );
    expect(roles(copy)).toEqual([
      ...menu.map((line) => `above/masthead: ${line}`),
      'title: Joint Statement by Freedonia and Sylvania on the Velo Crossing',
      'below/date: November 12, 2030',
      `paragraph: ${BODY}`,
    ]);
  });
});

describe('a headline hard-wrapped over two lines is one headline', () => {
  it.each([
    [
      'under a kicker',
      ['Noticias', 'Presidenta Alvera recibe a la delegación de Sylvania y anuncia mesa', 'binacional sobre el cacao'],
    ],
    [
      'above a byline',
      [
        'Oficina de Prensa de la Presidencia',
        'Presidenta Alvera recibe a la delegación de Sylvania y anuncia mesa',
        'binacional sobre el cacao',
        'Por Ana Quintal',
      ],
    ],
  ])('%s', (_, head) => {
    const copy = parseCopy([...head, '', BODY].join('\n'));
    const title = copy.parts.find((p) => p.role === 'title');
    expect(title?.text).toBe(
      'Presidenta Alvera recibe a la delegación de Sylvania y anuncia mesa binacional sobre el cacao',
    );
    expect(copy.parts.filter((p) => p.role === 'paragraph').map((p) => p.text)).toEqual([BODY]);
  });

  it('reads a byline beginning “Por”', () => {
    const copy = parseCopy(
      ['Noticias', 'Presidenta Alvera visita Puerto Velo', 'Por Ana Quintal', '', BODY].join('\n'),
    );
    expect(copy.bylines.map((b) => b.name)).toEqual(['Ana Quintal']);
  });
});
