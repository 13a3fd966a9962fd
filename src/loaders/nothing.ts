/**
 * A loader that loads nothing: in a build in parts (src/lib/plan-files.ts) the
 * statements and their annotations are read from the plan the content check
 * wrote once, not parsed again by every part.
 */
import type { Loader } from 'astro/loaders';

/** A loader for a collection this build reads from elsewhere. */
export function nothing(name: string): Loader {
  return { name: `${name}-from-the-plan`, load: async ({ store }) => store.clear() };
}
