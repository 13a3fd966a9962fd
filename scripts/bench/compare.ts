/**
 * The benchmark's numbers: which metrics it records, which way is better,
 * the budgets from the performance issue, and the comparison with the
 * committed baseline. Pure functions, unit-tested.
 */

/** One metric of one corpus size. */
export interface Metric {
  /** Stable key, e.g. `build.cold.wallSeconds`. */
  key: string;
  label: string;
  unit: string;
  value: number;
  /** Whether a larger value is worse (times, bytes) or better (scores, pages per second). */
  better: 'lower' | 'higher';
  /** The budget for this metric at this N, if the issue sets one. */
  budget?: number;
}

/** The metrics of one corpus size. */
export interface SizeResult {
  n: number;
  metrics: Metric[];
}

/** A whole benchmark run, as written to JSON. */
export interface BenchResult {
  version: 1;
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string; platform: string };
  seed: number;
  sizes: SizeResult[];
}

/** How much worse than the baseline a metric may get before it is flagged. */
export const REGRESSION_THRESHOLD = 0.2;

/** A metric compared with the baseline and with its budget. */
export interface Comparison extends Metric {
  n: number;
  baseline?: number;
  /** Relative change, positive when worse. */
  worse?: number;
  regression: boolean;
  budgetMet?: boolean;
}

/** True when a value meets its budget. */
export function meetsBudget(metric: Metric): boolean | undefined {
  if (metric.budget === undefined) return undefined;
  return metric.better === 'lower' ? metric.value <= metric.budget : metric.value >= metric.budget;
}

/**
 * Compares a run with the baseline: a metric regresses when it is more than
 * 20 % worse. Tiny absolute values (under `floor`) are not flagged, since a
 * 3 ms timing that becomes 4 ms is noise, not a regression.
 */
export function compareRuns(current: BenchResult, baseline: BenchResult | undefined, floor = 0.05): Comparison[] {
  const previous = new Map<string, number>();
  for (const size of baseline?.sizes ?? [])
    for (const metric of size.metrics) previous.set(`${size.n}:${metric.key}`, metric.value);
  return current.sizes.flatMap((size) =>
    size.metrics.map((metric) => {
      const base = previous.get(`${size.n}:${metric.key}`);
      let worse: number | undefined;
      if (base !== undefined && base !== 0)
        worse = metric.better === 'lower' ? (metric.value - base) / base : (base - metric.value) / base;
      const significant = Math.max(Math.abs(metric.value), Math.abs(base ?? 0)) >= floor;
      return {
        ...metric,
        n: size.n,
        baseline: base,
        worse,
        regression: worse !== undefined && worse > REGRESSION_THRESHOLD && significant,
        budgetMet: meetsBudget(metric),
      };
    }),
  );
}

/** A number for the table: integers with thousands separators, others to three significant digits. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'B') {
    if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MiB`;
    if (value >= 1024) return `${(value / 1024).toFixed(1)} KiB`;
    return `${value} B`;
  }
  const text = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toPrecision(3);
  return unit ? `${text} ${unit}` : text;
}

/** The comparison as a plain-text table, one row per metric, with budget and baseline columns. */
export function formatTable(rows: readonly Comparison[]): string {
  const header = ['N', 'metric', 'value', 'budget', 'baseline', 'change'];
  const lines = rows.map((r) => [
    r.n.toLocaleString('en-US'),
    r.label,
    formatValue(r.value, r.unit),
    r.budget === undefined
      ? ''
      : `${r.better === 'lower' ? '≤' : '≥'} ${formatValue(r.budget, r.unit)} ${r.budgetMet ? 'met' : 'MISSED'}`,
    r.baseline === undefined ? '' : formatValue(r.baseline, r.unit),
    r.worse === undefined
      ? ''
      : `${r.worse > 0 ? '+' : ''}${(r.worse * 100).toFixed(0)} % ${r.worse > 0 ? 'worse' : 'better'}${r.regression ? '  REGRESSION' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
