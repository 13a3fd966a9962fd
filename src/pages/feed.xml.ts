import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStatements } from '../data/statements';
import { link, siteName } from '../data/site';
import { feedPubDate, formatStatementDate } from '../lib/dates';
import { displayTitle, SUMMARY_PENDING, typeLabels } from '../lib/statement';
import { routes } from '../lib/urls';

/** Escapes text for the HTML inside the feed's content:encoded. */
const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** How many statements the feed carries: feed readers poll it often, so it holds the latest, not the archive. */
const FEED_LENGTH = 50;

/** RSS 2.0 feed of the latest statements, newest first, with the full text of each. */
export const GET: APIRoute = async (context) => {
  const statements = await getStatements();
  return rss({
    title: siteName,
    description: 'Diplomatic statements transcribed exactly as their governments issued them.',
    site: new URL(link(''), context.site).href,
    xmlns: { content: 'http://purl.org/rss/1.0/modules/content/' },
    items: statements.slice(0, FEED_LENGTH).map(({ slug, data, blocks }) => ({
      title: displayTitle(data),
      link: link(routes.statement(slug)),
      // No invented day: a month- or year-precision date gives no pubDate (see feedPubDate).
      pubDate: feedPubDate(data.date.value),
      description: `${typeLabels[data.type]}, ${data.issuer.name} (${data.issuer.country}), ${formatStatementDate(data.date)}${
        data.date.basis === 'supplied' ? ' (date supplied by the editors)' : ''
      }. ${data.summary ? `${data.summary} [editors’ summary]` : `[${SUMMARY_PENDING}]`}`,
      categories: [data.issuer.name, typeLabels[data.type]],
      content: [
        ...(data.transcript?.header ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
        ...blocks.map((b) =>
          b.kind === 'paragraph' ? `<p>[¶ ${b.n}] ${escapeHtml(b.text)}</p>` : `<p>${escapeHtml(b.text)}</p>`,
        ),
        ...(data.incomplete ? [`<p>[The copy breaks off here. ${escapeHtml(data.incomplete.note)}]</p>`] : []),
        ...(data.transcript?.close ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
      ].join(''),
    })),
  });
};
