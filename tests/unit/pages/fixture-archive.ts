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
