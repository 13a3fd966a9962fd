import type { APIRoute } from 'astro';
import { getStatements } from '../../data/statements';
import { siteName } from '../../data/site';
import { renderPreview } from '../../lib/preview-image';

/** The link-preview image of the archive's own pages. */
export const GET: APIRoute = async () => {
  const count = (await getStatements()).length;
  const png = await renderPreview({
    title: 'Government statements, transcribed exactly as issued, with citable paragraphs',
    issuer: `${count} statements`,
    date: 'Search · Compare · Cite',
    kind: 'Archive',
    archive: siteName,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
