import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import { permalink } from '../../../data/site';
import { buildsYear } from '../../../lib/build-parts';
import { cacheKey } from '../../../lib/cache-key';
import { buildPart } from '../../../lib/config';
import { recordLookups, statementsByYear, statementsYearExport } from '../../../lib/exports';

export const getStaticPaths = (async () => {
  const { statements, index } = await getArchive();
  const lookups = recordLookups(index);
  // The key is a hash of the file itself: an export shows so much of each statement and of the index
  // that nothing short of it covers it. Making it costs what writing it does; writing is what is saved.
  return statementsByYear(statements)
    .filter(([year]) => buildsYear(buildPart, year))
    .map(([year, list]) => {
      const json = JSON.stringify(statementsYearExport(year, list, index, permalink, lookups));
      return { params: { year }, props: { json }, cacheKey: cacheKey('year-export', json) };
    });
}) satisfies GetStaticPaths;

/** Every statement of one year: metadata, paragraphs, annotations and mentions (shape documented in the README). */
export const GET: APIRoute<{ json: string }, { year: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
