/**
 * Fidelity of the published pages: the words a reader gets on each statement
 * page, read back from the browser, must be the words of the verbatim source
 * copy, in order, with every character unchanged (whitespace aside).
 */
import { expect, test, type Page } from '@playwright/test';
import { compareTexts, describeDifference } from '../../src/lib/text.ts';
import { readSourceCopy } from '../../src/lib/validate.ts';
import { sourceCopy, statements } from './site.ts';

/** The text of a page's transcription elements, in document order. */
async function pageTranscription(page: Page): Promise<string> {
  const parts = await page.locator('[data-transcription]').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return parts.join('\n');
}

for (const statement of statements()) {
  test(`"${statement.slug}" shows every word of ${statement.sourceCopy}, in order and unaltered`, async ({ page }) => {
    await page.goto(`statements/${statement.slug}/`);
    const diff = compareTexts(readSourceCopy(sourceCopy(statement.sourceCopy)).text, await pageTranscription(page));
    expect(diff && describeDifference(diff)).toBeNull();
  });
}

test.describe('the fidelity check itself', () => {
  // Any statement will do: the check must see a dropped word or a changed character in any of them.
  const statement = statements()[0]!;
  const expected = () => readSourceCopy(sourceCopy(statement.sourceCopy)).text;

  test('catches a word dropped from the page', async ({ page }) => {
    await page.goto(`statements/${statement.slug}/`);
    await page.locator('#p1 p').evaluate((p) => (p.textContent = p.textContent!.replace(/\S+\s+/u, '')));
    expect(compareTexts(expected(), await pageTranscription(page))).toMatchObject({ kind: 'missing' });
  });

  test('catches a single changed character on the page', async ({ page }) => {
    await page.goto(`statements/${statement.slug}/`);
    await page.locator('h1').evaluate((h) => {
      const text = h.textContent!;
      const at = text.search(/[A-Za-z]/u);
      const swapped = text[at] === 'x' ? 'y' : 'x';
      h.textContent = `${text.slice(0, at)}${swapped}${text.slice(at + 1)}`;
    });
    expect(compareTexts(expected(), await pageTranscription(page))).toMatchObject({ kind: 'changed' });
  });
});
