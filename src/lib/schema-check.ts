/**
 * Checking content against a schema the way editors need it: every problem
 * with the dotted path of its field, and an unknown field (a misspelt
 * `sumary:`) reported by its own name with the nearest known one, since the
 * schemas refuse fields they do not know instead of silently dropping them.
 */
import type { z } from 'astro/zod';

/** One problem with one field of a record. */
export interface FieldIssue {
  /** The field's path inside the record, e.g. `["date", "evidence", 0, "url"]`. */
  path: PropertyKey[];
  message: string;
}

/** Edit distance between two words, counting a swap of neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name an unknown one most likely meant: the same name in another
 * case, else the closest within a third of its length (at least one edit), or
 * a known name it contains or is contained in ("url" → "originalUrl").
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  if (best && best.distance <= Math.max(1, Math.floor(name.length / 3))) return best.name;
  if (lower.length >= 3) return known.find((k) => k.toLowerCase().includes(lower) || lower.includes(k.toLowerCase()));
  return undefined;
}

/** The message for a field the schema does not know, with the nearest known field or the list of them. */
export function unknownFieldMessage(name: string, known: readonly string[]): string {
  const nearest = nearestName(name, known);
  if (nearest) return `unknown field "${name}": did you mean "${nearest}"?`;
  return `unknown field "${name}": remove it, or use one of ${known.map((k) => `"${k}"`).join(', ')} (see docs/editors-reference.md)`;
}

/** The fields a strict object schema knows, from the schema that raised an unknown-keys issue. */
function knownFields(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Parses a record against a schema, returning the data when it passes and
 * every problem with its field path. Each unknown field is its own problem,
 * at its own path, with the nearest known field suggested.
 */
export function checkRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { data: z.output<S>; issues: [] } | { data: undefined; issues: FieldIssue[] } {
  // Messages for unknown fields, by the object's path and keys (a union also reports its options' issues here).
  const unknown = new Map<string, FieldIssue[]>();
  const keyOf = (path: readonly PropertyKey[], keys: readonly string[]) => JSON.stringify([path.map(String), keys]);
  const result = schema.safeParse(value, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // Zod reports all unknown keys of one object as one issue, naming the object: split it by key here,
      // while the schema that knows the fields is at hand.
      const known = knownFields(issue.inst);
      const path = issue.path ?? [];
      unknown.set(
        keyOf(path, issue.keys),
        issue.keys.map((key) => ({ path: [...path, key], message: unknownFieldMessage(key, known) })),
      );
      return 'unknown fields';
    },
  });
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? (unknown.get(keyOf(issue.path, issue.keys)) ??
        issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown field "${key}"` })))
      : [{ path: issue.path, message: issue.message }],
  );
  return { data: undefined, issues };
}

/** A field path as the content check prints it: `date.evidence.0.url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
