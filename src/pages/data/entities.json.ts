import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive';
import { permalink, siteName } from '../../data/site';
import { entitiesExport } from '../../lib/exports';

/** People, organisations, places, topics and events with their mentions, in the shape documented in the README. */
export const GET: APIRoute = async () => {
  const { data, index } = await getArchive();
  return new Response(JSON.stringify(entitiesExport(data, index, permalink, siteName), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
