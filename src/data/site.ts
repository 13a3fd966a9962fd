/** Site-wide values for components: URLs with this build's base path and origin. */
import { absoluteUrl, withBase } from '../lib/urls.ts';

/** A site-relative path with this build's base path. */
export function link(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** An absolute URL for a site-relative path, for canonical links and printed citations. */
export function permalink(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
}

import { siteName } from '../lib/config.ts';
import type { SiteUrls } from '../lib/pages/shared.ts';

export { siteName };

/** The URL helpers page models take. */
export const site: SiteUrls = { link, permalink, name: siteName };
