import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatements } from '../../data/statements';
import { permalink } from '../../data/site';
import { citationsOf } from '../../data/citations';
import { plainText } from '../../lib/exports';
import type { Statement } from '../../lib/statement';
import { routes } from '../../lib/urls';

/** The downloads of each statement and their media types. */
const FORMATS = {
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

export const getStaticPaths = (async () =>
  (await getStatements()).flatMap((statement) =>
    (Object.keys(FORMATS) as Format[]).map((ext) => ({
      params: { slug: statement.slug, ext },
      props: { statement, ext },
    })),
  )) satisfies GetStaticPaths;

/** The body of one download. */
function render(statement: Statement, ext: Format): string {
  const archiveUrl = permalink(routes.statement(statement.slug));
  if (ext === 'md') return readFileSync(statement.file, 'utf8');
  if (ext === 'txt') return plainText(statement, archiveUrl);
  const citations = citationsOf(statement);
  return `${{ bib: citations.bibtex, ris: citations.ris, json: citations.csljson }[ext]}\n`;
}

/** A statement's Markdown source, plain text, or citation record (BibTeX, RIS, CSL-JSON). */
export const GET: APIRoute<{ statement: Statement; ext: Format }> = ({ props }) =>
  new Response(render(props.statement, props.ext), { headers: { 'content-type': FORMATS[props.ext] } });
