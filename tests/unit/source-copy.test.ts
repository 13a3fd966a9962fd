import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDownloadUrl, preformattedHtml, publishedCopy } from '../../src/lib/source-copy.ts';
import { CONTENT } from './helpers.ts';

/** The bytes a browser downloads from a link: the URL parsed as a browser does, then the Fetch standard's data: URL processor (Node's fetch implements both). */
async function downloaded(href: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(new URL(href))).arrayBuffer());
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('a copy’s download link', () => {
  it.each([
    ['the real White House copy', readFileSync(join(CONTENT, 'sources', '001_ccf752448703af61.txt'))],
    ['the real GT News copy', readFileSync(join(CONTENT, 'sources', '000_0af2a9ff45b6a59c.txt'))],
    ['a copy ending in spaces', bytes('Text ends here.  ')],
    ['a copy that begins with spaces and a line break', bytes('  \nText')],
    ['Windows line ends and tabs', bytes('One\r\n\tTwo\r\n')],
    ['a byte order mark', bytes([0xef, 0xbb, 0xbf], 'Title\n')],
    ['characters a URL must encode', bytes('100% of #3 <b> "q" {x} | \\ ^ `y` %20\n')],
    ['no-break spaces and letters outside ASCII', bytes('Guatemala\u00a0City, Auswärtiges Amt, 外務省, “quoted”')],
    ['bytes that are not UTF-8', bytes('Caf', [0xe9], ' ', [0xff, 0x00], 'end')],
  ])('downloads %s byte for byte', async (_, copy) => {
    const href = copyDownloadUrl(copy);
    expect(href.startsWith('data:text/plain;charset=utf-8,')).toBe(true);
    expect(await downloaded(href)).toEqual(new Uint8Array(copy));
  });

  it('keeps spaces and words as they are, so it compresses against the text on the page', () => {
    expect(copyDownloadUrl(bytes('Vice President Harris, 100%\n'))).toBe(
      'data:text/plain;charset=utf-8,Vice President Harris, 100%25%0A',
    );
  });
});

describe('the published copy', () => {
  it('gives the name, the size in bytes and the text', () => {
    const copy = publishedCopy('x.txt', bytes('Guatemala\u00a0City\n'));
    expect(copy).toMatchObject({ name: 'x.txt', bytes: 16, text: 'Guatemala\u00a0City\n' });
  });
});

describe('the copy on the page', () => {
  it('reads back as exactly the text, with no whitespace at the end of a line of the page’s source', () => {
    const text = 'Title <b> & co.\u00a0 \nSecond line\t\r\n\nLast  ';
    const html = preformattedHtml(text);
    expect(html).not.toMatch(/[ \t\u00a0]$/mu);
    expect(html).toBe('\nTitle &lt;b&gt; &amp; co.&#160;&#32;\nSecond line&#9;\r\n\nLast&#32;&#32;');
    const decoded = html
      .slice(1)
      .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&');
    expect(decoded).toBe(text);
  });
});
