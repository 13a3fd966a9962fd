import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { permalink, siteName } from '../../data/site';
import { statementsExportIndex } from '../../lib/exports';

/** The statements export's index: the count and one file per year (shape documented in the README). */
export const GET: APIRoute = async () => {
  const { statements } = await getArchive();
  return new Response(JSON.stringify(statementsExportIndex(statements, permalink, siteName), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
