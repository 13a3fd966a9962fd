import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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
import { contentDir } from './lib/config.ts';

export const collections = {
  /** One Markdown transcription per statement; the file's `slug` is its permanent id. */
  statements: defineCollection({
    loader: statementFiles({ base: `${contentDir}/statements` }),
    schema: statementSchema,
  }),
  /** People named in the statements. */
  people: defineCollection({ loader: file(`${contentDir}/entities/people.yaml`), schema: personSchema }),
  /** Organisations, programmes and laws named in the statements. */
  organizations: defineCollection({
    loader: file(`${contentDir}/entities/organizations.yaml`),
    schema: organizationSchema,
  }),
  /** Places named in the statements. */
  places: defineCollection({ loader: file(`${contentDir}/entities/places.yaml`), schema: placeSchema }),
  /** Topics the editors tag paragraphs with. */
  topics: defineCollection({ loader: file(`${contentDir}/entities/topics.yaml`), schema: topicSchema }),
  /** The editors' stand-off annotations, one file per statement. */
  annotations: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/annotations` }),
    schema: annotationSchema,
  }),
  /** Dated events the statements mention, for the timeline. */
  events: defineCollection({ loader: file(`${contentDir}/events.yaml`), schema: eventSchema }),
  /** Statements the comparison view sets side by side. */
  comparisons: defineCollection({ loader: file(`${contentDir}/comparisons.yaml`), schema: comparisonSchema }),
};
