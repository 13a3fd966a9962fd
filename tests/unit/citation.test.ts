import { describe, expect, it } from 'vitest';
import {
  alwaysPrintAccessed,
  compactToXml,
  cslItem,
  formatCitations,
  PARAGRAPH,
  paragraphCitations,
  unwrapRis,
  type StyleKey,
} from '../../src/lib/citation.ts';
import { statementSchema } from '../../src/lib/schema.ts';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { statementFile } from './helpers.ts';

import citationJs from '@citation-js/core';

const { Cite } = citationJs;

const ARCHIVE = 'Diplomatic Statements Archive';
const dataOf = (prefix: string) => statementSchema.parse(readStatementFile(statementFile(prefix).raw).data);
const wh = dataOf('white-house');
const agn = dataOf('agn');
const WH_URL = 'https://archive.example/statements/white-house-harris-giammattei-virtual-bilateral-meeting/';
const AGN_URL = 'https://archive.example/statements/agn-giammattei-harris-telephone-call/';
const WH_ORIGINAL = wh.originalUrl!;
const WH_TITLE =
  'Statement by Senior Advisor and Chief Spokesperson Symone Sanders on Vice President Kamala\u00a0Harris’s Virtual Bilateral Meeting with President Alejandro Giammattei of\u00a0Guatemala';
const AGN_TITLE = 'President Giammattei Talked With the Vice President of the United States, Kamala Harris';

const whCitations = formatCitations(cslItem(wh, WH_URL, ARCHIVE));
const agnCitations = formatCitations(cslItem(agn, AGN_URL, ARCHIVE));

describe.each<[string, ReturnType<typeof formatCitations>, Record<StyleKey, string>, Record<StyleKey, string>]>([
  [
    'the White House statement',
    whCitations,
    {
      chicago: `The White House. “${WH_TITLE}.” Statement. The White House, April 26, 2021. ${ARCHIVE}. Accessed November 23, 2026. ${WH_URL}.`,
      apa: `The White House. (2021, April 26). ${WH_TITLE} [Statement]. ${ARCHIVE} (${WH_URL}). The White House. ${WH_ORIGINAL}`,
      mla: `The White House. “${WH_TITLE}.” The White House, 26 Apr. 2021, ${WH_ORIGINAL}. ${ARCHIVE}, ${WH_URL}. Accessed 23 Nov. 2026.`,
    },
    {
      chicago: `The White House, “${WH_TITLE},” Statement, The White House, April 26, 2021, para. 3, ${ARCHIVE}, accessed November 23, 2026, ${WH_URL}#p3.`,
      apa: '(The White House, 2021, para. 3)',
      mla: '(The White House, par. 3)',
    },
  ],
  [
    'the AGN article, with its supplied date in brackets and no original address',
    agnCitations,
    {
      chicago: `Contreras, Pamela, and Brenda Larios. “${AGN_TITLE}.” GT News, [26 May 2023]. ${ARCHIVE}. Accessed November 23, 2026. ${AGN_URL}.`,
      apa: `Contreras, P., & Larios, B. ([26 May 2023]). ${AGN_TITLE}. GT News. ${ARCHIVE} (${AGN_URL}).`,
      mla: `Contreras, Pamela, and Brenda Larios. “${AGN_TITLE}.” GT News, [26 May 2023]. ${ARCHIVE}, ${AGN_URL}. Accessed 23 Nov. 2026.`,
    },
    {
      chicago: `Pamela Contreras and Brenda Larios, “${AGN_TITLE},” GT News, [26 May 2023], para. 3, ${ARCHIVE}, accessed November 23, 2026, ${AGN_URL}#p3.`,
      apa: '(Contreras & Larios, [26 May 2023], para. 3)',
      mla: '(Contreras and Larios, par. 3)',
    },
  ],
])('citations of %s', (_, citations, bibliography, paragraph) => {
  it.each(['chicago', 'apa', 'mla'] as const)(
    'in %s style name the archive, and cite paragraph 3 ready to use',
    (style) => {
      expect(citations.styles[style].bibliography).toBe(bibliography[style]);
      expect(paragraphCitations(citations, 3)[style]).toBe(paragraph[style]);
    },
  );
});

describe('paragraph citations', () => {
  it('fill in each paragraph’s number, and in Chicago its address, leaving nothing to edit', () => {
    const [first, twelfth] = [1, 12].map((n) => paragraphCitations(agnCitations, n));
    expect(first!.chicago).toContain(`para. 1, ${ARCHIVE}`);
    expect(first!.chicago).toMatch(new RegExp(`${AGN_URL.replace(/[.]/gu, '\\.')}#p1\\.$`, 'u'));
    expect(twelfth!.chicago).toBe(first!.chicago.replace('para. 1,', 'para. 12,').replace('#p1.', '#p12.'));
    expect(twelfth!.apa).toBe('(Contreras & Larios, [26 May 2023], para. 12)');
    for (const text of Object.values(twelfth!)) expect(text).not.toMatch(new RegExp(`${PARAGRAPH}|\\bN\\b`, 'u'));
  });
});

describe('the access date', () => {
  it('is the day the archive retrieved its copy, in the CSL record and every style that prints one', () => {
    expect(cslItem(wh, WH_URL, ARCHIVE).accessed).toEqual({ 'date-parts': [[2026, 11, 23]] });
    const later = formatCitations(
      cslItem({ ...wh, source: { ...wh.source, retrieved: '2027-01-05' } }, WH_URL, ARCHIVE),
    );
    expect(later.styles.chicago.bibliography).toContain('Accessed January 5, 2027.');
    expect(later.styles.mla.bibliography).toContain('Accessed 5 Jan. 2027.');
  });

  it('is printed by a style that gives it only for undated items once the style is patched', () => {
    const choose = {
      n: 'choose',
      c: [
        {
          n: 'if',
          a: { variable: 'issued', match: 'none' },
          c: [{ n: 'group', c: [{ n: 'text', a: { term: 'accessed' } }] }],
        },
      ],
    };
    const other = {
      n: 'choose',
      c: [{ n: 'if', a: { variable: 'issued', match: 'none' }, c: [{ n: 'text', a: { term: 'no date' } }] }],
    };
    expect(alwaysPrintAccessed({ n: 'macro', c: [choose, other] })).toEqual({
      n: 'macro',
      c: [
        { n: 'group', c: [{ n: 'text', a: { term: 'accessed' }, c: [] }] },
        { ...other, c: [{ ...other.c[0], c: [{ n: 'text', a: { term: 'no date' }, c: [] }] }] },
      ],
    });
  });
});

describe('citation downloads parse back with citation-js', () => {
  it.each([
    // citation-js writes BibTeX's no-break spaces as plain spaces.
    ['BibTeX', whCitations.bibtex, WH_TITLE.replace(/\u00a0/gu, ' ')],
    ['RIS', whCitations.ris, WH_TITLE],
    ['CSL-JSON', whCitations.csljson, WH_TITLE],
  ])('the White House %s gives title, author, date and URL', (_, text, title) => {
    const item = new Cite(text).data[0]!;
    expect(item.title.replace(/[{}]/gu, '')).toBe(title);
    expect(JSON.stringify(item.author)).toContain('The White House');
    expect(item.issued['date-parts'][0].slice(0, 3)).toEqual([2021, 4, 26]);
    expect(item.URL).toBe(WH_ORIGINAL);
  });

  it.each([
    ['BibTeX', agnCitations.bibtex],
    ['RIS', agnCitations.ris],
  ])('the AGN %s gives both authors and says the date was supplied', (_, text) => {
    const item = new Cite(text).data[0]!;
    expect(item.author.map((a: { family: string }) => a.family)).toEqual(['Contreras', 'Larios']);
    expect(item.note).toContain('[26 May 2023] supplied by the editors');
    expect(item.issued).toBeUndefined();
  });

  it('brackets a supplied title in every style and says in the note that the editors supplied it', () => {
    const untitled = { ...wh, title: 'Remarks on the Meeting', titleBasis: 'supplied' as const };
    const item = cslItem(untitled, WH_URL, ARCHIVE);
    expect(item.note).toContain('Title [Remarks on the Meeting] supplied by the editors');
    const citations = formatCitations(item);
    for (const style of Object.values(citations.styles))
      expect(style.bibliography).toContain('[Remarks on the Meeting]');
    expect(new Cite(citations.bibtex).data[0]!.note).toContain('[Remarks on the Meeting] supplied');
  });

  it('cites a transcript of remarks as a speech, not a web page', () => {
    expect(cslItem({ ...wh, type: 'remarks' }, WH_URL, ARCHIVE).type).toBe('speech');
    expect(cslItem(wh, WH_URL, ARCHIVE).type).toBe('webpage');
  });

  it('writes one RIS line per tag', () => {
    for (const ris of [whCitations.ris, agnCitations.ris]) {
      expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/u.test(line))).toBe(true);
    }
    expect(unwrapRis('TI  - Statement by V\nice President\nER  - ')).toBe('TI  - Statement by Vice President\nER  - ');
  });
});

describe('compactToXml', () => {
  it('turns a compact style tree into CSL XML, escaping text and attributes', () => {
    expect(compactToXml({ n: 'text', a: { value: 'a "b" & <c>' }, c: [] })).toBe(
      '<text value="a &quot;b&quot; &amp; &lt;c>"/>',
    );
    expect(compactToXml({ n: 'group', c: [{ n: 'text', a: { variable: 'title' } }, 'x < y'] })).toBe(
      '<group><text variable="title"/>x &lt; y</group>',
    );
  });
});

describe('who a citation names as the author', () => {
  const jointOnNewsSite = {
    ...wh,
    type: 'joint-statement' as const,
    issuer: { name: 'Government of the United States', country: 'United States', countryCode: 'US' },
    coIssuers: [{ name: 'Government of Honduras', country: 'Honduras', countryCode: 'HN' }],
    bylines: [{ text: 'By CentralAmericaWire Staff', name: 'CentralAmericaWire Staff', placement: 'header' as const }],
  };
  it('names a joint statement’s issuers, not the staff of the site that republished it', () => {
    expect(cslItem(jointOnNewsSite, WH_URL, ARCHIVE).author).toEqual([
      { literal: 'Government of the United States' },
      { literal: 'Government of Honduras' },
    ]);
  });
  it('names a news desk as written, not as a person', () => {
    const desk = {
      ...agn,
      bylines: [{ text: 'Por Redacción AGN', name: 'Redacción AGN', placement: 'header' as const }],
    };
    expect(cslItem(desk, AGN_URL, ARCHIVE).author).toEqual([{ literal: 'Redacción AGN' }]);
  });
  it('names a news article’s reporters as people', () => {
    expect(cslItem(agn, AGN_URL, ARCHIVE).author).toEqual([
      { family: 'Contreras', given: 'Pamela' },
      { family: 'Larios', given: 'Brenda' },
    ]);
  });
});

describe('a transcript’s paragraph note', () => {
  it('gives the date and the kind of document, as a statement’s does', () => {
    const note = formatCitations(cslItem({ ...wh, type: 'remarks' }, WH_URL, ARCHIVE)).paragraph.chicago;
    expect(note).toContain('Remarks, The White House, April 26, 2021, para.');
  });
  it.each(['readout', 'press-briefing', 'fact-sheet'] as const)('names a %s’s kind in its note', (type) => {
    const note = formatCitations(cslItem({ ...wh, type }, WH_URL, ARCHIVE)).paragraph.chicago;
    expect(note).toMatch(/,” (Readout|Press briefing|Fact sheet), The White House, April 26, 2021, para\./u);
  });
});
