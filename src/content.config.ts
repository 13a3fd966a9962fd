import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { statementSchema } from './lib/schema.ts';
import { contentDir } from './lib/config.ts';

export const collections = {
  /** One Markdown transcription per statement; the file's `slug` is its permanent id. */
  statements: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/statements` }),
    schema: statementSchema,
  }),
};
