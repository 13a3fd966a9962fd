/**
 * The build in parts, for archives too large for one machine's build (or to
 * build on several at once): one part per run of years, which builds the
 * statement pages, side-by-side readings, year exports and search bundles of
 * those years, and one shared part, which builds every other page. Parts hold
 * whole periods (src/lib/periods.ts) and whole years, so each year's export
 * and each period's search bundle is made by exactly one part; their outputs
 * merge into one site without a file made twice.
 */
import type { Period } from './periods.ts';

/** One build part. */
export type BuildPart =
  /** Everything: the one-machine build. */
  | { kind: 'all' }
  /** Every page that is not a statement's: home, search, lists, entities, topics, timeline, feeds, indexes. */
  | { kind: 'shared' }
  /** The statements of some whole years, `from` to `to` inclusive. */
  | { kind: 'years'; from: string; to: string };

/** A planned part: its name (the `BUILD_PART` setting) and what it holds. */
export interface PlannedPart {
  name: string;
  part: BuildPart;
  /** The statements it builds; for the shared part, none of its own. */
  statements: number;
  /** The periods whose search bundles it indexes. */
  periods: string[];
}

/**
 * How many statements a part builds at most, unless one year alone holds more: its time and memory are
 * those of this many statements plus what every part reads (every statement's record and the archive's
 * records). 5,000 keeps a part (Astro and the citation warmer beside it) under 2 GB and about a minute and a
 * half on two cores (measured at 10,000 statements: one part of 10,000 peaked at 2.4 GiB), and leaves room for
 * the records of 100,000 statements, which every part reads.
 */
export const DEFAULT_PART_SIZE = 5_000;

/** Reads the `BUILD_PART` setting: empty or `all`, `shared`, or `years:2001-2005`; throws on anything else. */
export function readPart(setting: string | undefined): BuildPart {
  const value = (setting ?? '').trim();
  if (value === '' || value === 'all') return { kind: 'all' };
  if (value === 'shared') return { kind: 'shared' };
  const years = /^years:(\d{4})-(\d{4})$/u.exec(value);
  if (years && years[1]! <= years[2]!) return { kind: 'years', from: years[1]!, to: years[2]! };
  throw new Error(`BUILD_PART must be "all", "shared" or "years:FROM-TO" (e.g. "years:2001-2005"), not "${value}".`);
}

/** The setting that names a part. */
export function partName(part: BuildPart): string {
  return part.kind === 'years' ? `years:${part.from}-${part.to}` : part.kind;
}

/** True when a part builds the statement pages (and year exports) of a year. */
export function buildsYear(part: BuildPart, year: string | number): boolean {
  if (part.kind === 'all') return true;
  if (part.kind === 'shared') return false;
  const y = String(year);
  return part.from <= y && y <= part.to;
}

/** True when a part builds the pages every part would otherwise make again: lists, entities, topics, timeline. */
export function buildsShared(part: BuildPart): boolean {
  return part.kind !== 'years';
}

/**
 * The sitemap options of a part (@astrojs/sitemap): the whole build's pages, less the 404 page, as
 * `sitemap-index.xml`; a part of some years lists only its statements' pages, under a name of its own
 * (`sitemap-years-2001-2005-index.xml`), which the merge lists in the site's index.
 */
export function sitemapOf(part: BuildPart): { filter: (page: string) => boolean; filenameBase?: string } {
  if (part.kind !== 'years') return { filter: (page) => !page.endsWith('/404/') };
  return {
    filter: (page) => /\/statements\/[^/]+\/(side-by-side\/)?$/u.test(page),
    filenameBase: `sitemap-years-${part.from}-${part.to}`,
  };
}

/** The years a period covers, first and last. */
const yearsOf = (period: Period) => [period.from.slice(0, 4), period.to.slice(0, 4)] as const;

/**
 * Groups the periods (oldest first) into parts of at most `max` statements, cut only where a period ends
 * with its year, so no year and no period is split between parts; then the shared part.
 */
export function planParts(oldestFirst: readonly Period[], max = DEFAULT_PART_SIZE): PlannedPart[] {
  // Periods that share a year stay together: a year's export needs every one of its statements.
  const blocks: Period[][] = [];
  for (const period of oldestFirst) {
    const last = blocks.at(-1);
    if (last && yearsOf(last.at(-1)!)[1] === yearsOf(period)[0]) last.push(period);
    else blocks.push([period]);
  }
  const parts: Period[][] = [];
  let held = 0;
  for (const block of blocks) {
    const n = block.reduce((sum, p) => sum + p.statements, 0);
    if (parts.length > 0 && held + n <= max) {
      parts.at(-1)!.push(...block);
      held += n;
    } else {
      parts.push([...block]);
      held = n;
    }
  }
  const planned = parts.map((periods) => {
    const part: BuildPart = { kind: 'years', from: yearsOf(periods[0]!)[0], to: yearsOf(periods.at(-1)!)[1] };
    return {
      name: partName(part),
      part,
      statements: periods.reduce((sum, p) => sum + p.statements, 0),
      periods: periods.map((p) => p.id),
    };
  });
  return [...planned, { name: 'shared', part: { kind: 'shared' }, statements: 0, periods: [] }];
}

/** What a statement of the plan is to `partInputs`: its file, its date and its source copy's file name. */
export interface PartStatement {
  file: string;
  data: { date: { value: string }; source: { copy: string } };
}

/**
 * The files a part's output is made of, besides the code and the settings, relative to the project: the
 * plan's records of every statement (a page names its neighbours and related statements by their records),
 * and the content's shared files (names, events, comparisons, permalinks), always; then, for a part of some
 * years, its years' share of the cross-link index and its own statements' files and source copies; for the
 * shared part, which quotes any statement in context, the whole index and every statement and copy. A part
 * whose files are all as they were when it was last built need not be built again.
 */
export function partInputs(
  part: BuildPart,
  statements: readonly PartStatement[],
  dirs: { plan: string; content: string; contentShared: readonly string[] },
): string[] {
  const own = statements.filter((s) => part.kind !== 'years' || buildsYear(part, s.data.date.value.slice(0, 4)));
  const years = [...new Set(own.map((s) => s.data.date.value.slice(0, 4)))].sort();
  return [
    `${dirs.plan}/plan.json`,
    `${dirs.plan}/statements.json`,
    ...dirs.contentShared.map((name) => `${dirs.content}/${name}`),
    ...(part.kind === 'years' ? years.map((y) => `${dirs.plan}/index/${y}.json`) : [`${dirs.plan}/index`]),
    ...own.flatMap((s) => [s.file, `${dirs.content}/sources/${s.data.source.copy}`]),
  ];
}
