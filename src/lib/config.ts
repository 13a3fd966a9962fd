/**
 * Build settings read from the environment, in one place for astro.config.mjs,
 * the content collection and the scripts.
 */
import { readPart } from './build-parts.ts';
import { normaliseBase } from './urls.ts';

/** The site's origin, e.g. `https://example.org`; canonical URLs start with it. */
export const siteUrl = process.env.SITE_URL || 'http://localhost:4321';

/** The sub-path the site is served under, e.g. `/archive/`; `/` at a domain root. */
export const basePath = normaliseBase(process.env.BASE_PATH);

/** The folder holding `statements/` and `sources/`; the benchmark points it at a generated corpus. */
export const contentDir = process.env.CONTENT_DIR || 'content';

/**
 * Which part of the site this build makes (src/lib/build-parts.ts): `all` (the default), `shared`, or
 * the statements of some years (`years:2001-2005`).
 */
export const buildPart = readPart(process.env.BUILD_PART);

/**
 * The folder of a build in parts' plan (src/lib/plan-files.ts), or undefined: a part reads the checked
 * statements and cross-link index from it instead of checking the content folder again.
 */
export const buildPlan = process.env.BUILD_PLAN || undefined;

/** The archive's name as shown in the header, titles and citations. */
export const siteName = 'Diplomatic Statements Archive';

/** Where build caches live (formatted citations, preview images); the benchmark gives each run its own. */
export const cacheDir = process.env.CACHE_DIR || '.cache';

/**
 * The exit code of `astro build` or `astro dev` stopped by the content check
 * (EX_DATAERR): the problems have been printed, and `npm run build` adds nothing.
 */
export const CONTENT_CHECK_EXIT_CODE = 65;
