/**
 * The verbatim copy a transcription was made from, as the statement page
 * publishes it: shown as text, and offered for download byte for byte. The
 * download rides in its link as a `data:` URL, so publishing the copies adds
 * no file to the site (at ten thousand statements, one more file each would
 * break static hosts' file limits).
 */

/** What the page says about a copy and carries of it. */
export interface PublishedCopy {
  /** The copy's file name in the sources folder, e.g. `001_ccf752448703af61.txt`. */
  name: string;
  /** Its size in bytes. */
  bytes: number;
  /** Its text, for reading on the page (bytes that are not UTF-8 shown as U+FFFD). */
  text: string;
  /** That text as the content of a `<pre>`: see `preformattedHtml`. */
  html: string;
  /** A `data:` URL whose body decodes to exactly the copy's bytes. */
  href: string;
}

/**
 * ASCII a `data:` URL cannot carry as it is: `%` (it would be decoded) and `#` (it would start a
 * fragment), and controls, line breaks included (the URL parser drops tabs and line breaks).
 */
const ENCODED_ASCII = /[\u0000-\u001f\u007f%#]/u;

/**
 * A `data:` URL holding exactly `bytes` as a UTF-8 text file. Unlike the
 * citation downloads' `dataUrl`, spaces stay as they are: a copy is mostly
 * words and spaces, and `%20` for each one cost a statement page ~0.8 KB
 * compressed, where plain spaces compress against the text on the page. The
 * URL Standard keeps spaces inside a `data:` URL's body as they are; only a
 * space at the very end would be stripped, so that one is encoded. Letters
 * outside ASCII stay as they are when the copy is valid UTF-8 (the parser
 * encodes them back to the same bytes); any other byte is percent-encoded.
 */
export function copyDownloadUrl(bytes: Uint8Array): string {
  let text: string | null;
  try {
    // ignoreBOM keeps a byte order mark as U+FEFF, so it is downloaded again.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = null;
  }
  const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  let body = '';
  if (text === null) {
    for (const byte of bytes)
      body += byte < 0x80 && !ENCODED_ASCII.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : hex(byte);
  } else {
    for (const char of text) {
      if (!ENCODED_ASCII.test(char)) body += char;
      else for (const byte of new TextEncoder().encode(char)) body += hex(byte);
    }
  }
  if (body.endsWith(' ')) body = `${body.slice(0, -1)}%20`;
  return `data:text/plain;charset=utf-8,${body}`;
}

/**
 * A text as the HTML content of a `<pre>`, reading back as exactly that text: `&`, `<` and `>` escaped, a
 * line break first (the parser drops one right after `<pre>`), and whitespace at the end of a line written
 * as character references, since copies often end lines in spaces or no-break spaces and a page's source
 * must carry no trailing whitespace (html-validate).
 */
export function preformattedHtml(text: string): string {
  const escaped = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const references = escaped.replace(/[ \t\u00a0\u2000-\u200a\u3000]+(?=\r?\n|$)/gu, (run) =>
    [...run].map((c) => `&#${c.codePointAt(0)};`).join(''),
  );
  return `\n${references}`;
}

/** The copy as the statement page publishes it. */
export function publishedCopy(name: string, bytes: Uint8Array): PublishedCopy {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { name, bytes: bytes.length, text, html: preformattedHtml(text), href: copyDownloadUrl(bytes) };
}
