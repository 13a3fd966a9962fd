import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { permalink, siteName } from '../../data/site';
import { statementsExport } from '../../lib/exports';

/** Every statement: metadata, paragraphs and annotations, in the shape documented in the README. */
export const GET: APIRoute = async () => {
  const { statements, index } = await getArchive();
  return new Response(JSON.stringify(statementsExport(statements, index, permalink, siteName), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
