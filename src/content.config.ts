import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import {
  annotationSchema,
  comparisonSchema,
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  topicSchema,
} from './lib/entities.ts';
import { statementSchema } from './lib/schema.ts';
import { statementFiles } from './loaders/statement-files.ts';
import { yamlFiles } from './loaders/yaml-files.ts';
import { nothing } from './loaders/nothing.ts';
import { buildPlan, contentDir } from './lib/config.ts';
import { parseYaml } from './lib/yaml.ts';

/** Astro's `file()` loader, reading YAML as the content check does (its default is another YAML library). */
const yamlFile = (path: string) => file(path, { parser: (text) => parseYaml(text) as Record<string, unknown>[] });

export const collections = {
  /** One Markdown transcription per statement; the file's `slug` is its permanent id. */
  statements: defineCollection({
    // A build in parts reads them from its plan (src/data/statements.ts).
    loader: buildPlan ? nothing('statements') : statementFiles({ base: `${contentDir}/statements` }),
    schema: statementSchema,
  }),
  /** People named in the statements. */
  people: defineCollection({ loader: yamlFile(`${contentDir}/entities/people.yaml`), schema: personSchema }),
  /** Organisations, programmes and laws named in the statements. */
  organizations: defineCollection({
    loader: yamlFile(`${contentDir}/entities/organizations.yaml`),
    schema: organizationSchema,
  }),
  /** Places named in the statements. */
  places: defineCollection({ loader: yamlFile(`${contentDir}/entities/places.yaml`), schema: placeSchema }),
  /** Topics the editors tag paragraphs with. */
  topics: defineCollection({ loader: yamlFile(`${contentDir}/entities/topics.yaml`), schema: topicSchema }),
  /** The editors' stand-off annotations, one file per statement. */
  annotations: defineCollection({
    // Only the cross-link index reads them; a build in parts reads that from its plan.
    loader: buildPlan ? nothing('annotations') : yamlFiles({ base: `${contentDir}/annotations` }),
    schema: annotationSchema,
  }),
  /** Dated events the statements mention, for the timeline. */
  events: defineCollection({ loader: yamlFile(`${contentDir}/events.yaml`), schema: eventSchema }),
  /** Statements the comparison view sets side by side. */
  comparisons: defineCollection({ loader: yamlFile(`${contentDir}/comparisons.yaml`), schema: comparisonSchema }),
};
