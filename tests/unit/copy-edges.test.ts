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

const LAST = 'The two ministers agreed to meet again in Puerto Velo before the end of the year.';

describe('a footer after the text is furniture, never part of a paragraph', () => {
  it.each([
    ['a “Related Articles” heading', ['Related Articles', 'Minister Quell visits Sylvania']],
    ['a “Tags:” line', ['Tags: Trade, Sylvania']],
    ['a bare “Tags” heading', ['Tags', 'Office of the Spokesperson', 'Sylvania']],
    ['a share heading', ['Share this:', 'Facebook', 'WhatsApp']],
    ['Spanish tags', ['Etiquetas: Comercio, Sylvania', '© 2030 Cancillería de Freedonia']],
  ])('reads %s directly under the last paragraph', (_, footer) => {
    const copy = parseCopy(['Minister Quell meets Minister Arden', '', BODY, '', LAST, ...footer].join('\n'));
    expect(copy.parts.filter((p) => p.role === 'paragraph').map((p) => p.text)).toEqual([BODY, LAST]);
    expect(copy.parts.filter((p) => p.role === 'furniture').map((p) => p.text)).toEqual(footer);
  });
});

describe('closing lines followed directly by furniture', () => {
  it.each([
    [
      'with a blank line before the signature',
      [
        '',
        'Puerto Velo, 3 de noviembre de 2030.',
        '',
        'CANCILLERÍA DE FREEDONIA',
        'Etiquetas: Migración, Sylvania',
        '© 2030 Cancillería de Freedonia. Todos los derechos reservados.',
      ],
    ],
    [
      'with no blank lines',
      ['', 'Puerto Velo, 3 de noviembre de 2030.', 'CANCILLERÍA DE FREEDONIA', 'Etiquetas: Migración, Sylvania'],
    ],
    [
      'without a signature',
      ['', 'Puerto Velo, 3 de noviembre de 2030.', 'Etiquetas: Migración, Sylvania', '© 2030 Cancillería de Freedonia'],
    ],
  ])('reads the place and date as a closing line %s', (_, end) => {
    const copy = parseCopy(
      [
        'COMUNICADO DE PRENSA',
        'Freedonia y Sylvania acuerdan un nuevo paso fronterizo',
        '',
        'La Cancillería informa que hoy se firmó el acuerdo consular con Sylvania en Puerto Velo.',
        ...end,
      ].join('\n'),
    );
    expect(copy.parts.find((p) => p.line?.place === 'closing')).toMatchObject({
      text: 'Puerto Velo, 3 de noviembre de 2030.',
      line: { role: 'dateline' },
    });
    expect(copy.parts.filter((p) => p.role === 'paragraph')).toHaveLength(1);
    expect(copy.parts.at(-1)?.role).toBe('furniture');
  });
});

describe('a translator’s note after a transcript is a closing line, not a speaker’s words', () => {
  it.each([
    'Esta es una traducción de cortesía; solo el texto original en inglés debe considerarse fuente autorizada.',
    'Esta traducción se ofrece como cortesía y solo el original en inglés es fuente autorizada.',
    'This translation is provided as a courtesy and only the original source should be considered authoritative.',
  ])('reads “%s”', (note) => {
    const copy = parseCopy(
      [
        'Palabras de la Ministra Quell en Puerto Velo',
        '',
        'MINISTRA QUELL: Buenos días a todos.',
        '',
        'MODERADOR: Gracias. Con esto concluye el evento.',
        '',
        note,
      ].join('\n'),
    );
    expect(copy.parts.at(-1)).toMatchObject({ role: 'line', text: note, line: { place: 'closing', role: 'other' } });
    expect(copy.parts.filter((p) => p.role === 'paragraph').map((p) => p.text)).not.toContain(note);
  });
});

describe('nothing after the text’s end mark is the text', () => {
  it.each([
    [
      'a briefing’s END line, then links to other posts',
      ['END 2:14 P.M. EST'],
      [
        'Next Post: Statement from the Press Secretary on the Velo Summit',
        'Previous Post: Remarks by the President at a Reception',
      ],
    ],
    [
      'a release’s ###, then a site’s social links',
      ['###'],
      ['Stay Connected', 'Facebook', 'Instagram', 'YouTube', 'Privacy Policy'],
    ],
    [
      'a Spanish # # #, then its sharing links',
      ['# # #'],
      ['Comparte esta página:', 'Facebook', 'Twitter', 'Correo electrónico'],
    ],
  ])('%s', (_, end, after) => {
    const copy = parseCopy(
      [
        'Joint Statement by Freedonia and Sylvania',
        'November 12, 2030',
        '',
        BODY,
        '',
        BODY,
        '',
        ...end,
        '',
        ...after,
      ].join('\n\n'),
    );
    const kinds = roles(copy);
    expect(kinds.filter((k) => k.startsWith('paragraph: '))).toEqual([`paragraph: ${BODY}`, `paragraph: ${BODY}`]);
    expect(kinds.slice(-after.length)).toEqual(after.map((line) => `furniture: ${line}`));
  });
});

describe('lines a page prints around its text are not the text', () => {
  it('reads sharing links under the headline as the site’s, and a republisher’s note after the text as furniture', () => {
    const copy = parseCopy(
      [
        'Joint Statement by Freedonia and Sylvania on the Velo Crossing',
        'By Harbour Wire Staff',
        'Share on Facebook',
        'Share via Email',
        BODY,
        'This statement was originally published by the Ministry of Foreign Affairs of Freedonia.',
        'Related Stories',
        'Sylvania Approves Its Budget',
      ].join('\n\n'),
    );
    expect(roles(copy)).toEqual([
      'title: Joint Statement by Freedonia and Sylvania on the Velo Crossing',
      'byline: By Harbour Wire Staff',
      'below/masthead: Share on Facebook',
      'below/masthead: Share via Email',
      `paragraph: ${BODY}`,
      'furniture: This statement was originally published by the Ministry of Foreign Affairs of Freedonia.',
      'furniture: Related Stories',
      'furniture: Sylvania Approves Its Budget',
    ]);
  });

  it('reads a place in capitals under the headline as where it was said, not a standfirst', () => {
    const copy = parseCopy(
      [
        'Palabras de la Embajadora Ostrava en Puerto Velo',
        'PUERTO VELO, ALTA SYLVANIA',
        '7 de marzo de 2030',
        BODY,
      ].join('\n\n'),
    );
    expect(roles(copy).slice(1, 3)).toEqual([
      'below/place: PUERTO VELO, ALTA SYLVANIA',
      'below/date: 7 de marzo de 2030',
    ]);
  });
});

describe('a state.gov page pasted whole, without blank lines', () => {
  it('reads its banner, breadcrumb, kicker, speaker and date lines around the headline, and a lead-in before the text', () => {
    const copy = parseCopy(
      [
        [
          'An official website of the United States government',
          'A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
          'U.S. Department of State',
          'Home Office of the Spokesperson Press Releases Condemning the Attack on the Velo Registry',
          'Condemning the Attack on the Velo Registry',
          'PRESS STATEMENT',
          'JANE EXEMPLAR, SECRETARY OF STATE',
          'MARCH 14, 2030',
        ].join('\n'),
        'The text of the following statement was released by the Governments of the United States of America and the Republic of Freedonia.',
        'Begin text:',
        BODY,
        'For more information, contact the Embassy Press Office at press@example.gov.',
      ].join('\n\n'),
    );
    expect(roles(copy)).toEqual([
      'above/masthead: An official website of the United States government',
      'above/masthead: A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
      'above/office: U.S. Department of State',
      'above/masthead: Home Office of the Spokesperson Press Releases Condemning the Attack on the Velo Registry',
      'title: Condemning the Attack on the Velo Registry',
      'below/kicker: PRESS STATEMENT',
      'below/person: JANE EXEMPLAR, SECRETARY OF STATE',
      'below/date: MARCH 14, 2030',
      'below/lead-in: The text of the following statement was released by the Governments of the United States of America and the Republic of Freedonia.',
      'below/lead-in: Begin text:',
      `paragraph: ${BODY}`,
      'closing/other: For more information, contact the Embassy Press Office at press@example.gov.',
    ]);
  });
});
