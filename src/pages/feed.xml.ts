import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStatements } from '../data/statements';
import { link, siteName } from '../data/site';
import { feedItems } from '../lib/pages/feed';

/** RSS 2.0 feed of the latest statements, newest first, with the full text of each. */
export const GET: APIRoute = async (context) =>
  rss({
    title: siteName,
    description: 'Diplomatic statements transcribed exactly as their governments issued them.',
    site: new URL(link(''), context.site).href,
    xmlns: { content: 'http://purl.org/rss/1.0/modules/content/' },
    items: feedItems(await getStatements(), link),
  });
