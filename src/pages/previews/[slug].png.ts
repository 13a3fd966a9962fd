import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatements } from '../../data/statements';
import { siteName } from '../../data/site';
import { formatStatementDate } from '../../lib/dates';
import { renderPreview } from '../../lib/preview-image';
import { typeLabels, type Statement } from '../../lib/statement';

export const getStaticPaths = (async () =>
  (await getStatements()).map((statement) => ({
    params: { slug: statement.slug },
    props: { statement },
  }))) satisfies GetStaticPaths;

/** The link-preview image of a statement. */
export const GET: APIRoute<{ statement: Statement }> = async ({ props }) => {
  const { data } = props.statement;
  const png = await renderPreview({
    title: data.title,
    issuer: `${data.issuer.name} · ${data.issuer.country}`,
    date: formatStatementDate(data.date),
    kind: typeLabels[data.type],
    archive: siteName,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
