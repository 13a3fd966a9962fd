/**
 * Transcripts on the page: every word of the source copy (header and END
 * lines included) in order, speaker labels set as labels, stage directions
 * marked, and the editors' marker where an incomplete copy stops. Runs on the
 * transcripts of the content the site was built from (`CONTENT_DIR`), and has
 * nothing to check when it holds none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readStatementFile } from '../../src/lib/statement-file.ts';
import { paragraphsOf, parseBody } from '../../src/lib/blocks.ts';
import { isTranscript, statementSchema } from '../../src/lib/schema.ts';
import { compareTexts, describeDifference } from '../../src/lib/text.ts';
import { readSourceCopy } from '../../src/lib/validate.ts';
import { paragraphRuns } from '../../src/lib/turns.ts';

const CONTENT = resolve(import.meta.dirname, '../..', process.env.CONTENT_DIR || 'content');

/** The transcripts in the content folder the site was built from. */
function transcripts() {
  const dir = join(CONTENT, 'statements');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => readStatementFile(readFileSync(join(dir, f), 'utf8')))
    .map(({ data, body }) => ({ data: statementSchema.parse(data), body }))
    .filter(({ data }) => isTranscript(data.type))
    .map(({ data, body }) => ({
      slug: data.slug,
      copy: data.source.copy,
      incomplete: Boolean(data.incomplete),
      paragraphs: paragraphsOf(parseBody(body, { transcript: true })),
    }));
}

/** The text of a page's transcription elements, in document order. */
async function pageTranscription(page: Page): Promise<string> {
  const parts = await page.locator('[data-transcription]').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return parts.join('\n');
}

for (const t of transcripts()) {
  test.describe(`transcript "${t.slug}"`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`statements/${t.slug}/`);
    });

    test('shows every word of its source copy, header and closing lines included, in order', async ({ page }) => {
      const source = readSourceCopy(readFileSync(join(CONTENT, 'sources', t.copy), 'utf8')).text;
      const diff = compareTexts(source, await pageTranscription(page));
      expect(diff && describeDifference(diff)).toBeNull();
    });

    test('sets each speaker label as a label, and marks every paragraph with its turn', async ({ page }) => {
      for (const p of t.paragraphs) {
        const para = page.locator(`#${p.id}`);
        if (p.speaker === null) await expect(para).not.toHaveAttribute('data-speaker');
        else await expect(para).toHaveAttribute('data-speaker', p.speaker!);
        if (p.label) await expect(para.locator('p .speaker')).toHaveText(p.label);
        else await expect(para.locator('.speaker')).toHaveCount(0);
      }
    });

    test('marks stage directions and nothing else as such', async ({ page }) => {
      const marked = await page.locator('.stage-direction').allTextContents();
      // Exactly the transcriber's directions the site's rule finds, English or Spanish, with or without a full stop.
      const directions = t.paragraphs.flatMap((p) =>
        paragraphRuns(p)
          .filter((r) => r.kind === 'stage')
          .map((r) => r.text),
      );
      expect(marked).toEqual(directions);
      const common = t.paragraphs.flatMap(
        (p) => p.text.match(/\((?:Laughter|Laughs|Applause|As interpreted|Risas|Aplausos)\.?\)/gu) ?? [],
      );
      for (const direction of common) expect(marked.some((m) => m.startsWith(direction))).toBe(true);
    });

    test('keeps the lines around the text (place, time, END) out of the numbered paragraphs', async ({ page }) => {
      await expect(page.locator('.para .source-lines')).toHaveCount(0);
      const order = await page
        .locator('.source-lines, .para')
        .evaluateAll((els) => els.map((el) => (el.classList.contains('para') ? 'para' : el.className)));
      const first = order.indexOf('para');
      expect(order.slice(0, first).every((c) => /\b(?:above|below)\b/u.test(c))).toBe(true);
      expect(order.slice(order.lastIndexOf('para') + 1).every((c) => c.includes('closing'))).toBe(true);
    });

    test('says where an incomplete copy stops, outside the transcription', async ({ page }) => {
      const marker = page.locator('.breaks-off');
      await expect(marker).toHaveCount(t.incomplete ? 1 : 0);
      if (!t.incomplete) return;
      await expect(marker).toContainText('[The copy breaks off here.]');
      await expect(marker).not.toHaveAttribute('data-transcription');
      const follows = await marker.evaluate((el) => el.previousElementSibling?.classList.contains('para'));
      expect(follows).toBe(true);
      await expect(page.locator('.record')).toContainText('Incomplete');
    });

    test('links speaker labels to pages that exist', async ({ page, request }) => {
      for (const href of await page
        .locator('.speaker a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        expect((await request.get(href)).status(), href).toBe(200);
      }
    });
  });
}
