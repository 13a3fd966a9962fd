/** The fixture archive (tests/fixtures/archive) assembled as the pages see it, and URL helpers for page models. */
import { checkContent } from '../../../src/integrations/content-check.ts';
import { assembleArchive, type Archive } from '../../../src/lib/archive.ts';
import { paragraphsOf } from '../../../src/lib/blocks.ts';
import type { SiteUrls } from '../../../src/lib/pages/shared.ts';
import { sortNewestFirst } from '../../../src/lib/statement.ts';
import { CONTENT } from '../helpers.ts';

/** The fixture archive, read and checked once per test file. */
export function fixtureArchive(): Archive {
  const { statements, archive, index } = checkContent(CONTENT, process.cwd());
  const list = sortNewestFirst(
    statements.map(({ data, blocks, file }) => ({
      slug: data.slug,
      data,
      blocks,
      paragraphs: paragraphsOf(blocks),
      file,
    })),
  );
  return assembleArchive(list, archive, index);
}

/** URL helpers of a site served at https://example.org/archive/. */
export const site: SiteUrls = {
  link: (path) => `/archive/${path}`,
  permalink: (path) => `https://example.org/archive/${path}`,
  name: 'Test Archive',
};

export const WH = 'white-house-harris-giammattei-virtual-bilateral-meeting';
export const AGN = 'agn-giammattei-harris-telephone-call';

/** The fixture's synthetic White House fact sheet ([14 March 2024]). */
export const FS = 'white-house-regional-health-recovery-fact-sheet';

/** The fixture's synthetic Spanish communiqué of an invented ministry ([12 June 2024]), its newest statement. */
export const ES = 'valdora-puerto-salinas-migration-agreement';

/**
 * The statements made with `npm run add` from the synthetic copies of each kind of copy
 * (tests/fixtures/copies/formats), newest first: all dated 2026, after the four above.
 */
export const FORMATS = [
  'us-department-of-state-2026-06-08-secretary-jane-exemplar-freedonian-foreign-minister-marco',
  'us-embassy-guatemala-2026-06-08-secretaria-jane-exemplar-canciller-freedonia-marco-sample',
  'white-house-2026-06-05-press-briefing-press-secretary-kim-placeholder-national',
  'us-embassy-guatemala-2026-05-21-us-embassy-announces-training-programme-border-officers',
  'white-house-2026-04-02-fact-sheet-united-states-freedonia-deepen-cooperation-legal',
  'minex-guatemala-2026-03-12-guatemala-freedonia-firman-memorandum-sobre-migracion-laboral',
  'government-of-freedonia-2026-03-03-joint-statement-governments-freedonia-sylvania-long-river',
  'us-department-of-state-2026-02-18-secretary-exemplar-call-freedonian-foreign-minister-sample',
];
