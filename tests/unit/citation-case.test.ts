import { describe, expect, it } from 'vitest';
import { cslItem, formatCitations, protectTitleCase, type CslItem, type StyleKey } from '../../src/lib/citation.ts';
import type { StatementData } from '../../src/lib/schema.ts';

const TITLE =
  'Remarks on a Gift to the People of Guatemala for his\u00a0Friendship and the work of the U.S. in the region';

const item = (type: string): CslItem => ({
  id: `case-${type}`,
  type,
  title: TITLE,
  author: [{ literal: 'The White House' }],
  'container-title': 'The White House',
  issued: { 'date-parts': [[2021, 4, 26]] },
  URL: 'https://example.org/remarks/',
});

describe('every citation style prints the title exactly as the source has it', () => {
  describe.each(['webpage', 'article-newspaper'])('for a %s', (type) => {
    const citations = formatCitations(item(type));
    it.each<StyleKey>(['chicago', 'apa', 'mla'])('in %s, lower-case words and no-break space kept', (style) => {
      expect(citations.styles[style].bibliography).toContain(TITLE);
    });
    it('in the Chicago note of a paragraph', () => {
      expect(citations.paragraph.chicago).toContain(TITLE);
    });
    it('with no case markup leaking into the text or the downloads', () => {
      for (const style of ['chicago', 'apa', 'mla'] as const) {
        expect(citations.styles[style].bibliography).not.toMatch(/nocase|<span/u);
        expect(citations.paragraph[style]).not.toMatch(/nocase|<span/u);
      }
      expect(JSON.parse(citations.csljson)[0].title).toBe(TITLE);
      expect(citations.ris).not.toContain('nocase');
      expect(citations.bibtex).not.toContain('nocase');
    });
  });

  it('takes the statement’s title into the CSL record unchanged, no-break spaces included', () => {
    const data = {
      slug: 'x',
      title: TITLE,
      type: 'remarks',
      language: 'en',
      issuer: { name: 'The White House', country: 'United States', countryCode: 'US' },
      bylines: [],
      date: { basis: 'source', value: '2021-04-26' },
      source: { copy: 'x.txt', description: 'A copy.', retrieved: '2021-04-27' },
    } as unknown as StatementData;
    const record = cslItem(data, 'https://archive.example/statements/x/', 'Archive');
    expect(record.title).toBe(TITLE);
    expect(formatCitations(record).styles.chicago.bibliography).toContain(`“${TITLE}.”`);
  });

  it('marks a title for citeproc to leave its case alone', () => {
    expect(protectTitleCase('for his Friendship')).toBe('<span class="nocase">for his Friendship</span>');
  });
});
