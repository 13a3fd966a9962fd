import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, type ArchiveSnapshot } from '../../src/lib/import/plan.ts';
import { checkStatements } from '../../src/lib/validate.ts';
import { CONTENT } from './helpers.ts';

/** The archive's organisations, with no statements: the copy comes in new. */
const archive = (): ArchiveSnapshot => ({
  sources: [],
  readSource: () => new Uint8Array(),
  statements: [],
  organizations: readFileSync(join(CONTENT, 'entities/organizations.yaml'), 'utf8'),
});

const TITLE = 'Statement from the Press Secretary on the Velo Crossing';

/** A Markdown export: a front matter block, a heading, two paragraphs. */
const exportOf = (meta: string[], heading = `# ${TITLE}`) =>
  new TextEncoder().encode(
    [
      '---',
      `title: "${TITLE}"`,
      ...meta,
      '---',
      '',
      heading,
      '',
      'The President welcomes the opening of the Velo crossing between Freedonia and Sylvania.',
      '',
      'The crossing will carry trade and travellers from the first of next month.',
      '',
    ].join('\n'),
  );

/** Drafts an export and checks the draft against it as the content check does. */
function plan(meta: string[], heading?: string) {
  const copy = exportOf(meta, heading);
  const planned = planImport(copy, archive(), {});
  const { problems } = checkStatements([{ file: planned.statementFile, raw: planned.draft.text }], (name) =>
    name === planned.copyName ? new TextDecoder().decode(copy) : undefined,
  );
  expect(problems).toEqual([]);
  return planned.draft;
}

describe('a Markdown export’s front matter', () => {
  it.each([
    ['2030-11-28T17:42:00-05:00', '2030-11-28'],
    ['2030-11-28T23:30:00-05:00', '2030-11-28'],
    ['2030-11-29T01:10:00+09:00', '2030-11-29'],
    ['2030-11-28T17:42:00Z', '2030-11-28'],
    ['2030-11-28', '2030-11-28'],
  ])('takes the day of %s as printed in its own offset', (date, day) => {
    expect(plan([`date: ${date}`]).data.date).toMatchObject({ basis: 'source', value: day });
  });

  it.each(['url', 'source_url', 'canonical'])('reads the page’s address from `%s`', (key) => {
    const address = 'https://www.whitehouse.gov/briefing-room/statements-releases/2030/11/28/velo-crossing/';
    const draft = plan(['date: 2030-11-28', `${key}: ${address}`]);
    expect(draft.data.originalUrl).toBe(address);
    expect((draft.data.issuer as { entity?: string }).entity).toBe('white-house');
  });

  it('refuses an address that is not a web address', () => {
    expect(() => plan(['date: 2030-11-28', 'url: ftp://www.whitehouse.gov/velo.txt'])).toThrow(/http/u);
  });

  it.each([`# ${TITLE}`, `## ${TITLE.toUpperCase()}`])(
    'reads a heading “%s” repeating the title as the headline',
    (heading) => {
      const draft = plan(['date: 2030-11-28'], heading);
      expect(draft.data.title).toBe(TITLE);
      expect(draft.text).not.toMatch(/^#+ /mu);
    },
  );
});
