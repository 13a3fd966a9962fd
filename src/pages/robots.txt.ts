import type { APIRoute } from 'astro';
import { permalink } from '../data/site';

/** Every page may be crawled; the sitemap lists them. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permalink('sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
