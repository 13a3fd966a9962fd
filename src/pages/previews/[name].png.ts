import type { APIRoute, GetStaticPaths } from 'astro';
import { getPreviewScope, getStatements } from '../../data/statements';
import { siteName } from '../../data/site';
import { renderPreview, type PreviewInput } from '../../lib/preview-image';
import { buildsShared, buildsYear } from '../../lib/build-parts';
import { cacheKey } from '../../lib/cache-key';
import { buildPart } from '../../lib/config';
import { previewInput, previewName } from '../../lib/previews';

export const getStaticPaths = (async () => {
  const scope = await getPreviewScope();
  const cards = new Map<string, PreviewInput>();
  for (const { slug, data } of await getStatements()) {
    // A statement's own image is made with its page; a card per issuer and type, by the shared part.
    if (scope === 'statement' ? !buildsYear(buildPart, data.date.value.slice(0, 4)) : !buildsShared(buildPart))
      continue;
    const name = previewName(slug, data, scope);
    if (!cards.has(name)) cards.set(name, previewInput(data, scope, siteName));
  }
  return [...cards].map(([name, input]) => ({
    params: { name },
    props: { input },
    cacheKey: cacheKey('preview', input),
  }));
}) satisfies GetStaticPaths;

/** A link-preview image: one statement's, or, in a large archive, one issuer's for a document type. */
export const GET: APIRoute<{ input: PreviewInput }> = async ({ props }) => {
  const png = await renderPreview(props.input);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
