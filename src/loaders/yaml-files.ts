/**
 * Loads one YAML file per entry (the annotations) with the archive's own YAML
 * reader, `src/lib/yaml.ts`, so the collection reads every value exactly as
 * the content check does. Astro's `glob()` would parse them with its own YAML
 * library, and offers no option to change it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../lib/yaml.ts';

/** A loader for every `.yaml` file below `base`, keyed by its file name without the extension. */
export function yamlFiles(options: { base: string }): Loader {
  return {
    name: 'yaml-files',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const loadAll = async () => {
        store.clear();
        if (!existsSync(base)) return;
        const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.yaml'));
        for (const name of names.sort()) {
          const path = join(base, name);
          const raw = readFileSync(path, 'utf8');
          const filePath = relative(root, path);
          let data: unknown;
          try {
            data = parseYaml(raw);
          } catch (error) {
            // The content check names the problem before a build; in `astro dev` say it and skip the file.
            logger.error(`${filePath}: ${(error as Error).message.split('\n')[0]}`);
            continue;
          }
          const id = name.replace(/\.yaml$/u, '');
          const record = (data ?? {}) as Record<string, unknown>;
          store.set({
            id,
            data: await parseData({ id, data: record, filePath }),
            filePath,
            digest: generateDigest(raw),
          });
        }
      };
      await loadAll();
      // In `astro dev`, reload when an annotation changes, as glob() would.
      watcher?.add(base);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith('.yaml')) void loadAll();
      });
    },
  };
}
