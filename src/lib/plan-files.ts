/**
 * The plan of a build in parts, as files: what the content check found once
 * for the whole archive, so that no part checks it again or holds more of it
 * than it needs. `scripts/build/parts.ts plan` writes them; each part's
 * `astro build` reads them (BUILD_PLAN) instead of the content folder's
 * statements and annotations.
 *
 * - `plan.json`: the periods and the parts;
 * - `statements.json`: every statement's checked front matter and file;
 * - `index/<year>.json`: the cross-link index of that year's statements
 *   (their subjects, paragraph topics, speakers, related statements, and
 *   their mentions, quotations, topic passages and issuers), without the
 *   mentions' sentences, which the pages that show them find again
 *   (src/lib/crosslinks.ts: withSentences). A part of some years reads those
 *   years; the shared part reads them all.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildsShared, buildsYear, type BuildPart, type PlannedPart } from './build-parts.ts';
import type { ArchiveIndex, EntityKey, MentionRef, QuotationRef, Relation, StatementSubjects } from './crosslinks.ts';
import type { Period } from './periods.ts';
import type { StatementData } from './schema.ts';

/** The plan: how the archive is cut. */
export interface BuildPlan {
  version: 1;
  /** The most statements a period holds, and a part builds. */
  periodSize: number;
  partSize: number;
  /** Oldest first. */
  periods: Period[];
  parts: PlannedPart[];
  statements: number;
}

/** A statement as the plan keeps it: its checked front matter and its file. */
export interface PlanStatement {
  file: string;
  data: StatementData;
}

/** One year's share of the cross-link index, as written. */
interface YearIndex {
  statements: Record<
    string,
    {
      subjects: StatementSubjects;
      paragraphTopics: [number, string[]][];
      speakers: [string, string | null][];
      related: Relation[];
    }
  >;
  mentions: [EntityKey, Omit<MentionRef, 'sentence'>[]][];
  quotations: [string, QuotationRef[]][];
  topicPassages: [string, [string, number[]][]][];
  issued: [string, string[]][];
}

/** Writes the plan, the statements and the index by year. */
export function writePlan(
  dir: string,
  plan: BuildPlan,
  statements: readonly PlanStatement[],
  index: ArchiveIndex,
): void {
  mkdirSync(join(dir, 'index'), { recursive: true });
  writeFileSync(join(dir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  writeFileSync(join(dir, 'statements.json'), JSON.stringify(statements));
  const yearOf = new Map(statements.map((s) => [s.data.slug, s.data.date.value.slice(0, 4)]));
  const years = new Map<string, YearIndex>();
  const year = (slug: string) => {
    const y = yearOf.get(slug) ?? '0000';
    let entry = years.get(y);
    if (!entry) years.set(y, (entry = { statements: {}, mentions: [], quotations: [], topicPassages: [], issued: [] }));
    return entry;
  };
  /** Adds a statement's share of a keyed list to its year's file. */
  const share = <T>(list: [string, T[]][], key: string, item: T) => {
    const last = list.at(-1);
    if (last && last[0] === key) last[1].push(item);
    else list.push([key, [item]]);
  };
  for (const { data } of statements) {
    year(data.slug).statements[data.slug] = {
      subjects: index.subjects.get(data.slug) ?? { people: [], organizations: [], places: [], topics: [] },
      paragraphTopics: [...(index.paragraphTopics.get(data.slug) ?? [])],
      speakers: [...(index.speakers.get(data.slug) ?? [])],
      related: index.related.get(data.slug) ?? [],
    };
  }
  for (const [key, refs] of index.mentions)
    for (const { sentence: _, ...ref } of refs) share(year(ref.statement).mentions, key, ref);
  for (const [speaker, refs] of index.quotations)
    for (const ref of refs) share(year(ref.statement).quotations, speaker, ref);
  for (const [topic, bySlug] of index.topicPassages)
    for (const [slug, ns] of bySlug) share(year(slug).topicPassages, topic, [slug, ns] as [string, number[]]);
  for (const [org, slugs] of index.issued) for (const slug of slugs) share(year(slug).issued, org, slug);
  for (const [y, entry] of years) writeFileSync(join(dir, 'index', `${y}.json`), JSON.stringify(entry));
}

/** Reads the plan. */
export function readPlan(dir: string): BuildPlan {
  return JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as BuildPlan;
}

/** Reads every statement's front matter and file. */
export function readPlanStatements(dir: string): PlanStatement[] {
  return JSON.parse(readFileSync(join(dir, 'statements.json'), 'utf8')) as PlanStatement[];
}

/**
 * The cross-link index a part needs: its own years' share for a part of some years, all of it for the
 * shared part (mentions without their sentences). Years are read newest first, so each speaker's
 * quotations stay newest first, as the full index orders them.
 */
export function readPlanIndex(dir: string, part: BuildPart): ArchiveIndex {
  const index: ArchiveIndex = {
    mentions: new Map(),
    subjects: new Map(),
    paragraphTopics: new Map(),
    topicPassages: new Map(),
    quotations: new Map(),
    related: new Map(),
    issued: new Map(),
    aliasesSeen: new Set(),
    speakers: new Map(),
  };
  const years = readdirSync(join(dir, 'index'))
    .map((name) => name.replace(/\.json$/u, ''))
    .filter((y) => buildsShared(part) || buildsYear(part, y))
    .sort()
    .reverse();
  const append = <K, T>(map: Map<K, T[]>, key: K, items: readonly T[]) => {
    const list = map.get(key);
    if (list) list.push(...items);
    else map.set(key, [...items]);
  };
  for (const y of years) {
    const entry = JSON.parse(readFileSync(join(dir, 'index', `${y}.json`), 'utf8')) as YearIndex;
    for (const [slug, s] of Object.entries(entry.statements)) {
      index.subjects.set(slug, s.subjects);
      index.paragraphTopics.set(slug, new Map(s.paragraphTopics));
      index.speakers.set(slug, new Map(s.speakers));
      index.related.set(slug, s.related);
    }
    for (const [key, refs] of entry.mentions)
      append(
        index.mentions,
        key,
        refs.map((ref) => ({ ...ref, sentence: '' })),
      );
    for (const [speaker, refs] of entry.quotations) append(index.quotations, speaker, refs);
    for (const [topic, passages] of entry.topicPassages) {
      const bySlug = index.topicPassages.get(topic) ?? new Map<string, number[]>();
      for (const [slug, ns] of passages) bySlug.set(slug, ns);
      index.topicPassages.set(topic, bySlug);
    }
    for (const [org, slugs] of entry.issued) append(index.issued, org, slugs);
  }
  return index;
}
