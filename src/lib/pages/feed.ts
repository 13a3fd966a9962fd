/** The RSS feed's model: the latest statements, newest first, each with its full text as HTML. */
import { feedPubDate, formatStatementDate } from '../dates.ts';
import { displayTitle, SUMMARY_PENDING, typeLabels, type Statement } from '../statement.ts';
import { routes } from '../urls.ts';

/** How many statements the feed carries: feed readers poll it often, so it holds the latest, not the archive. */
export const FEED_LENGTH = 50;

/** One feed item, as `@astrojs/rss` takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date | undefined;
  description: string;
  categories: string[];
  content: string;
}

/** Escapes text for the HTML inside the feed's content:encoded. */
const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The full text of a statement as feed HTML: the lines below the headline, numbered paragraphs, break-off note, closing lines. */
function feedContent({ data, blocks }: Statement): string {
  return [
    ...data.head.below.map((line) => `<p>${escapeHtml(line.text)}</p>`),
    ...blocks.map((b) =>
      b.kind === 'paragraph' ? `<p>[¶ ${b.n}] ${escapeHtml(b.text)}</p>` : `<p>${escapeHtml(b.text)}</p>`,
    ),
    ...(data.incomplete ? [`<p>[The copy breaks off here. ${escapeHtml(data.incomplete.note)}]</p>`] : []),
    ...data.closing.map((line) => `<p>${escapeHtml(line.text)}</p>`),
  ].join('');
}

/** The feed items of the latest statements (given newest first); `link` makes a site path a URL path. */
export function feedItems(statements: readonly Statement[], link: (path: string) => string): FeedItem[] {
  return statements.slice(0, FEED_LENGTH).map((statement) => {
    const { slug, data } = statement;
    return {
      title: displayTitle(data),
      link: link(routes.statement(slug)),
      // No invented day: a month- or year-precision date gives no pubDate (see feedPubDate).
      pubDate: feedPubDate(data.date.value),
      description: `${typeLabels[data.type]}, ${data.issuer.name} (${data.issuer.country}), ${formatStatementDate(data.date)}${
        data.date.basis === 'supplied' ? ' (date supplied by the editors)' : ''
      }. ${data.summary ? `${data.summary} [editors’ summary]` : `[${SUMMARY_PENDING}]`}`,
      categories: [data.issuer.name, typeLabels[data.type]],
      content: feedContent(statement),
    };
  });
}
