import { describe, expect, it } from 'vitest';
import { compactToXml, cslItem, formatCitations, unwrapRis, type StyleKey } from '../../src/lib/citation.ts';
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
      chicago: `The White House. “${WH_TITLE}.” Statement. The White House, April 26, 2021. ${WH_ORIGINAL}.`,
      apa: `The White House. (2021, April 26). ${WH_TITLE} [Statement]. ${ARCHIVE} (${WH_URL}). The White House. ${WH_ORIGINAL}`,
      mla: `The White House. “${WH_TITLE}.” The White House, 26 Apr. 2021, ${WH_ORIGINAL}. ${ARCHIVE}, ${WH_URL}.`,
    },
    {
      chicago: `The White House, “${WH_TITLE},” para. N.`,
      apa: '(The White House, 2021, para. N)',
      mla: '(The White House, para. N)',
    },
  ],
  [
    'the AGN article, with its supplied date in brackets',
    agnCitations,
    {
      chicago: `Contreras, Pamela, and Brenda Larios. “${AGN_TITLE}.” GT News, [26 May 2023]. ${AGN_URL}.`,
      apa: `Contreras, P., & Larios, B. ([26 May 2023]). ${AGN_TITLE}. GT News. ${AGN_URL}`,
      mla: `Contreras, Pamela, and Brenda Larios. “${AGN_TITLE}.” GT News, [26 May 2023], ${AGN_URL}.`,
    },
    {
      chicago: `Contreras and Larios, “${AGN_TITLE},” para. N.`,
      apa: '(Contreras & Larios, [26 May 2023], para. N)',
      mla: '(Contreras and Larios, para. N)',
    },
  ],
])('citations of %s', (_, citations, bibliography, paragraph) => {
  it.each(['chicago', 'apa', 'mla'] as const)('in %s style', (style) => {
    expect(citations.styles[style].bibliography).toBe(bibliography[style]);
    expect(citations.styles[style].paragraph).toBe(paragraph[style]);
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
