/**
 * `npm run corpus -- --n 1000 [--seed 7] [--out .bench/corpus-1000]`: writes a
 * synthetic content folder for the benchmark: every statement of `content/`
 * (or `--from`) plus synthetic ones up to N. `--extra 1` instead adds that
 * many to however many real statements there are (the test suite's
 * real-plus-one build). Build the site from it with `CONTENT_DIR=<out> npm run build`.
 */
import { parseArgs } from 'node:util';
import { countStatements, generateCorpus } from './bench/corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    extra: { type: 'string' },
    seed: { type: 'string', default: '7' },
    out: { type: 'string' },
    from: { type: 'string', default: 'content' },
  },
});
const real = countStatements(values.from);
const n = values.extra !== undefined ? real + Number(values.extra) : Number(values.n ?? '1000');
if (!Number.isInteger(n) || n < real) {
  console.error(
    `--n must be a whole number of statements, at least the ${real} in ${values.from}; --extra a whole number`,
  );
  process.exit(1);
}
const outDir = values.out ?? `.bench/corpus-${n}`;
const started = performance.now();
const summary = generateCorpus({ n, seed: Number(values.seed), outDir, realDir: values.from });
console.log(
  `Wrote ${summary.statements} statements (${real} real, ${summary.synthetic.length} synthetic), ${summary.people} people, ${summary.organizations} organisations, ${summary.places} places, ${summary.topics} topics and ${summary.events} events to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
