/**
 * Which link-preview image a statement uses. Up to a limit, every statement
 * gets its own card (title, issuer, date). Beyond it, statements share one
 * card per issuer and document type: a static host such as Cloudflare Pages
 * takes at most 20,000 files, and ten thousand statement pages plus ten
 * thousand images would not fit. Shared or not, the page's own title and
 * description still travel in its Open Graph tags.
 */
import { formatStatementDate } from './dates.ts';
import type { PreviewInput } from './preview-image.ts';
import type { StatementData } from './schema.ts';
import { displayTitle, typeLabels } from './statement.ts';
import { slugify } from './text.ts';

/** Statements up to which each one gets its own preview image. */
export const PER_STATEMENT_PREVIEW_LIMIT = 2000;

export type PreviewScope = 'statement' | 'issuer';

/** The scope for an archive of `count` statements; `override` is the PREVIEWS setting, if any. */
export function previewScope(count: number, override?: string): PreviewScope {
  if (override === 'statement' || override === 'issuer') return override;
  if (override) throw new Error(`PREVIEWS must be "statement" or "issuer", not "${override}"`);
  return count <= PER_STATEMENT_PREVIEW_LIMIT ? 'statement' : 'issuer';
}

/** The file name (without `.png`) of a statement's preview image. */
export function previewName(slug: string, data: StatementData, scope: PreviewScope): string {
  if (scope === 'statement') return slug;
  return `${data.issuer.entity ?? slugify(data.issuer.name)}--${data.type}`;
}

/** What a statement's preview image shows. */
export function previewInput(data: StatementData, scope: PreviewScope, archive: string): PreviewInput {
  const issuer = `${data.issuer.name} · ${data.issuer.country}`;
  if (scope === 'statement')
    return {
      title: displayTitle(data),
      issuer,
      date: formatStatementDate(data.date),
      kind: typeLabels[data.type],
      archive,
    };
  return {
    title: data.issuer.name,
    issuer: data.issuer.country,
    date: 'Transcribed exactly as issued',
    kind: typeLabels[data.type],
    archive,
  };
}
