/**
 * Checks of the stand-off data against the statements: every reference must
 * resolve, every annotated paragraph must exist, and every alias must match
 * something, or the build stops. Astro only logs a broken `reference()`, so
 * the archive checks for itself.
 */
import type { z } from 'astro/zod';
import { paragraphsOf } from './blocks.ts';
import type { IndexedStatement, ArchiveData } from './crosslinks.ts';
import { globalAliases, kindOf } from './crosslinks.ts';
import {
  annotationSchema,
  comparisonSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  topicSchema,
  type Annotation,
} from './entities.ts';
import { checkAliases } from './alias-rules.ts';
import { containsAlias } from './mentions.ts';
import { checkRecord, fieldPath } from './schema-check.ts';
import { guarded, type ContentProblem } from './validate.ts';
import { readYaml as readYamlText } from './yaml.ts';

/** The data files of an archive, as read from disk: path and text, or undefined when absent. */
export interface ArchiveSources {
  people?: { file: string; text: string };
  organizations?: { file: string; text: string };
  places?: { file: string; text: string };
  topics?: { file: string; text: string };
  events?: { file: string; text: string };
  comparisons?: { file: string; text: string };
  annotations: { file: string; text: string }[];
}

/** Where each piece of archive data came from, for messages. */
export interface ArchiveOrigins {
  people: string;
  organizations: string;
  places: string;
  topics: string;
  events: string;
  comparisons: string;
  annotations: string[];
}

/** Parses a YAML file, adding its syntax errors and values cut short by comments to the problems. */
function readYaml(source: { file: string; text: string }, problems: ContentProblem[]): unknown {
  const { value, problems: found } = readYamlText(source.text, source.file);
  problems.push(...found);
  return value;
}

/** Validates a YAML list of entries against a schema, naming each bad field by the entry's id. */
function parseList<S extends z.ZodType>(
  source: { file: string; text: string } | undefined,
  schema: S,
  problems: ContentProblem[],
): z.output<S>[] {
  if (!source) return [];
  return guarded(source.file, problems, () => parseEntries(source, schema, problems)) ?? [];
}

/** Validates the entries of a data file that is present; see {@link parseList}. */
function parseEntries<S extends z.ZodType>(
  source: { file: string; text: string },
  schema: S,
  problems: ContentProblem[],
): z.output<S>[] {
  const raw = readYaml(source, problems);
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: source.file, field: '(file)', message: 'must be a YAML list of entries' });
    return [];
  }
  return raw.flatMap((entry: unknown, i: number) => {
    const result = checkRecord(schema, entry);
    if (result.data !== undefined) return [result.data];
    const label = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `[${i}]`;
    for (const issue of result.issues) {
      problems.push({ file: source.file, field: fieldPath([label, ...issue.path]), message: issue.message });
    }
    return [];
  });
}

/** Reads and validates every archive data file; schema problems are returned, bad entries left out. */
export function parseArchive(sources: ArchiveSources): {
  data: ArchiveData;
  origins: ArchiveOrigins;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const annotations: Annotation[] = [];
  const annotationFiles: string[] = [];
  for (const source of sources.annotations) {
    const raw = readYaml(source, problems);
    if (raw === undefined) continue;
    const result = guarded(source.file, problems, () => checkRecord(annotationSchema, raw));
    if (result === undefined) continue;
    if (result.data !== undefined) {
      annotations.push(result.data);
      annotationFiles.push(source.file);
    } else {
      for (const issue of result.issues)
        problems.push({ file: source.file, field: fieldPath(issue.path) || '(file)', message: issue.message });
    }
  }
  const data: ArchiveData = {
    people: parseList(sources.people, personSchema, problems),
    organizations: parseList(sources.organizations, organizationSchema, problems),
    places: parseList(sources.places, placeSchema, problems),
    topics: parseList(sources.topics, topicSchema, problems),
    events: parseList(sources.events, eventSchema, problems),
    comparisons: parseList(sources.comparisons, comparisonSchema, problems),
    annotations,
  };
  const origins: ArchiveOrigins = {
    people: sources.people?.file ?? 'people.yaml',
    organizations: sources.organizations?.file ?? 'organizations.yaml',
    places: sources.places?.file ?? 'places.yaml',
    topics: sources.topics?.file ?? 'topics.yaml',
    events: sources.events?.file ?? 'events.yaml',
    comparisons: sources.comparisons?.file ?? 'comparisons.yaml',
    annotations: annotationFiles,
  };
  return { data, origins, problems };
}

/** Checks every cross-reference of the archive data against the statements. */
export function checkArchive(
  statements: readonly IndexedStatement[],
  data: ArchiveData,
  origins: ArchiveOrigins,
  /** The aliases the cross-link index found (`buildArchiveIndex(...).aliasesSeen`). */
  aliasesSeen: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const bySlug = new Map(statements.map((s) => [s.slug, s]));
  const paragraphCount = (slug: string) => paragraphsOf(bySlug.get(slug)?.blocks ?? []).length;
  const topicIds = new Set(data.topics.map((t) => t.id));
  const textsOf = (s: IndexedStatement) => [...s.header, ...paragraphsOf(s.blocks).map((p) => p.text)];

  const seen = new Map<string, string>();
  for (const [kind, list] of [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
  ] as const) {
    for (const entity of list) {
      const earlier = seen.get(entity.id);
      if (earlier) report(origins[kind], `${entity.id}.id`, `"${entity.id}" is already used in ${earlier}`);
      else seen.set(entity.id, origins[kind]);
    }
  }
  for (const person of data.people) {
    for (const slug of Object.keys(person.roles)) {
      if (!bySlug.has(slug)) report(origins.people, `${person.id}.roles`, `names the unknown statement "${slug}"`);
    }
  }

  for (const statement of statements) {
    if (statement.issuerEntity && kindOf(data, statement.issuerEntity) !== 'organizations') {
      report(
        statement.file ?? `statement ${statement.slug}`,
        'issuer.entity',
        `"${statement.issuerEntity}" is not an organisation in ${origins.organizations}`,
      );
    }
    (statement.coIssuerEntities ?? []).forEach((id, k) => {
      if (kindOf(data, id) !== 'organizations')
        report(
          statement.file ?? `statement ${statement.slug}`,
          `coIssuers.${k}.entity`,
          `"${id}" is not an organisation in ${origins.organizations}`,
        );
    });
  }

  problems.push(...checkAliases(data, origins));
  const aliases = globalAliases(data);
  for (const { alias, entity, kind } of aliases) {
    if (!aliasesSeen.has(alias)) {
      report(origins[kind], `${entity}.aliases`, `"${alias}" matches nothing in any statement`);
    }
  }

  const annotated = new Set<string>();
  data.annotations.forEach((annotation, i) => {
    const file = origins.annotations[i] ?? `annotation for ${annotation.statement}`;
    const statement = bySlug.get(annotation.statement);
    if (!statement) {
      report(file, 'statement', `"${annotation.statement}" is not the slug of any statement`);
      return;
    }
    if (annotated.has(annotation.statement)) report(file, 'statement', `"${annotation.statement}" is annotated twice`);
    annotated.add(annotation.statement);
    const count = paragraphCount(annotation.statement);
    const paragraphText = (n: number) => paragraphsOf(statement.blocks).find((p) => p.n === n)?.text;

    for (const [key, value] of Object.entries(annotation.paragraphs)) {
      const n = Number(key);
      if (n < 1 || n > count)
        report(file, `paragraphs.${key}`, `paragraph ${key} does not exist (the statement has ${count})`);
      value.topics.forEach((topic, t) => {
        if (!topicIds.has(topic))
          report(file, `paragraphs.${key}.topics.${t}`, `"${topic}" is not a topic in ${origins.topics}`);
      });
    }
    const texts = textsOf(statement);
    annotation.aliases.forEach((a, k) => {
      if (!kindOf(data, a.entity))
        report(file, `aliases.${k}.entity`, `"${a.entity}" is not a known person, organisation or place`);
      if (!texts.some((text) => containsAlias(text, a.text)))
        report(file, `aliases.${k}.text`, `"${a.text}" matches nothing in this statement`);
    });
    annotation.quotations.forEach((q, k) => {
      if (kindOf(data, q.speaker) !== 'people')
        report(file, `quotations.${k}.speaker`, `"${q.speaker}" is not a person in ${origins.people}`);
      const text = paragraphText(q.paragraph);
      if (text === undefined)
        report(
          file,
          `quotations.${k}.paragraph`,
          `paragraph ${q.paragraph} does not exist (the statement has ${count})`,
        );
      else if (!text.includes(q.text))
        report(
          file,
          `quotations.${k}.text`,
          `is not in paragraph ${q.paragraph} exactly as written: "${q.text.slice(0, 60)}"`,
        );
    });
  });

  data.events.forEach((event) => {
    event.mentions.forEach((m, k) => {
      if (!bySlug.has(m.statement))
        report(
          origins.events,
          `${event.id}.mentions.${k}.statement`,
          `"${m.statement}" is not the slug of any statement`,
        );
      else if (m.paragraph > paragraphCount(m.statement)) {
        report(
          origins.events,
          `${event.id}.mentions.${k}.paragraph`,
          `paragraph ${m.paragraph} does not exist (the statement has ${paragraphCount(m.statement)})`,
        );
      } else if (m.wording !== undefined) {
        // The wording is quoted to readers as the statement's own words, so it must be exactly them.
        const text = paragraphsOf(bySlug.get(m.statement)!.blocks).find((p) => p.n === m.paragraph)?.text ?? '';
        if (!text.includes(m.wording))
          report(
            origins.events,
            `${event.id}.mentions.${k}.wording`,
            `is not in paragraph ${m.paragraph} of ${m.statement} exactly as written: "${m.wording.slice(0, 60)}"; copy the statement's own words for the date, or leave wording out`,
          );
      }
    });
  });
  const eventIds = new Set(data.events.map((e) => e.id));
  for (const comparison of data.comparisons) {
    comparison.statements.forEach((slug, k) => {
      if (!bySlug.has(slug))
        report(origins.comparisons, `${comparison.id}.statements.${k}`, `"${slug}" is not the slug of any statement`);
    });
    for (const [slug, event] of Object.entries(comparison.records)) {
      if (!comparison.statements.includes(slug))
        report(origins.comparisons, `${comparison.id}.records`, `"${slug}" is not one of the statements compared`);
      if (!eventIds.has(event))
        report(
          origins.comparisons,
          `${comparison.id}.records.${slug}`,
          `"${event}" is not an event in ${origins.events}`,
        );
    }
  }
  return problems;
}
