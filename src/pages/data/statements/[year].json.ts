import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive';
import { permalink } from '../../../data/site';
import { recordLookups, statementsByYear, statementsYearExport, type RecordLookups } from '../../../lib/exports';
import type { Statement } from '../../../lib/statement';

let lookups: RecordLookups | undefined;

export const getStaticPaths = (async () => {
  const { statements } = await getArchive();
  return statementsByYear(statements).map(([year, list]) => ({ params: { year }, props: { list } }));
}) satisfies GetStaticPaths;

/** Every statement of one year: metadata, paragraphs, annotations and mentions (shape documented in the README). */
export const GET: APIRoute<{ list: Statement[] }, { year: string }> = async ({ props, params }) => {
  const { index } = await getArchive();
  lookups ??= recordLookups(index);
  return new Response(JSON.stringify(statementsYearExport(params.year, props.list, index, permalink, lookups)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
