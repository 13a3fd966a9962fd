/** The static pass the browser stages run over the built site finds every address that is not a web address. */
import { describe, expect, it } from 'vitest';
import { badAddressesInFile } from '../e2e/addresses.ts';
import { dataUrl } from '../../src/lib/exports.ts';

const SCRIPT = 'javascript:alert(document.domain)';

describe('the built-site address check', () => {
  it.each([
    ['a link', `<a class="url" href="${SCRIPT}">x</a>`, '<a href>'],
    ['a link with an entity-encoded scheme', '<a href="&#106;avascript:alert(1)">x</a>', '<a href>'],
    ['a link with a leading space', `<a href=" ${SCRIPT}">x</a>`, '<a href>'],
    ['an unquoted attribute', `<a href=${SCRIPT.replace(/[()]/gu, '')}>x</a>`, '<a href>'],
    ['a form action', `<form action="${SCRIPT}"></form>`, '<form action>'],
    ['an image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', '<img src>'],
    ['a data: link that is not a download', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a href>'],
    [
      'JSON-LD',
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', isBasedOn: SCRIPT })}</script>`,
      'JSON-LD isBasedOn',
    ],
    [
      'a BibTeX download',
      `<a download="x.bib" href="${dataUrl(`@misc{x,\n  title = {T},\n  url = {${SCRIPT}},\n}`, 'application/x-bibtex')}">BibTeX</a>`,
      '<a href> download x.bib',
    ],
    [
      'a RIS download',
      `<a download="x.ris" href="${dataUrl(`TY  - GEN\nUR  - ${SCRIPT}\nER  - \n`, 'application/x-research-info-systems')}">RIS</a>`,
      '<a href> download x.ris',
    ],
    [
      'a CSL-JSON download',
      `<a download="x.json" href="${dataUrl(JSON.stringify([{ id: 'x', URL: SCRIPT }]), 'application/vnd.citationstyles.csl+json')}">CSL</a>`,
      '<a href> download x.json',
    ],
  ])('finds a javascript: or data: address in %s', (_, html, where) => {
    expect(badAddressesInFile('page/index.html', `<!doctype html><html><body>${html}</body></html>`)).toEqual([
      expect.objectContaining({ file: 'page/index.html', where }),
    ]);
  });

  it('finds one in a JSON export, under any address key', () => {
    const json = JSON.stringify({ statements: [{ originalUrl: SCRIPT, date: { evidence: [{ url: 'file:///x' }] } }] });
    expect(badAddressesInFile('data/statements/2023.json', json).map((b) => b.where)).toEqual([
      'statements[0].originalUrl',
      'statements[0].date.evidence[0].url',
    ]);
  });

  it('finds one in the feed', () => {
    expect(badAddressesInFile('feed.xml', `<rss><channel><link>${SCRIPT}</link></channel></rss>`)).toHaveLength(1);
  });

  it('accepts relative, http and https addresses and the site’s own downloads', () => {
    const html = `<a href="/statements/x/">x</a><a href="#p3">3</a><a href="../">up</a>
      <a href="https://www.whitehouse.gov/x/">o</a><img src="/previews/x.png" alt="">
      <meta property="og:url" content="http://localhost:4321/statements/x/">
      <a download="x.bib" href="${dataUrl('@misc{x,\n  url = {https://example.org/},\n}', 'application/x-bibtex')}">b</a>`;
    expect(badAddressesInFile('x/index.html', html)).toEqual([]);
  });
});
