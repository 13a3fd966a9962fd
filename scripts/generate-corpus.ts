/**
 * `npm run corpus -- --n 1000 [--seed 7] [--out .bench/corpus-1000]`: writes a
 * synthetic content folder for the benchmark. Build the site from it with
 * `CONTENT_DIR=<out> npm run build`.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '7' }, out: { type: 'string' } },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 2) {
  console.error('--n must be a whole number of statements, at least 2');
  process.exit(1);
}
const outDir = values.out ?? `.bench/corpus-${n}`;
const started = performance.now();
const summary = generateCorpus({ n, seed: Number(values.seed), outDir });
console.log(
  `Wrote ${summary.statements} statements, ${summary.people} people, ${summary.organizations} organisations, ${summary.places} places, ${summary.topics} topics and ${summary.events} events to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
