/**
 * What an alias may be, and how it matches. Aliases are looked for in every
 * statement, so an alias that is also an everyday word would link that word
 * everywhere (`IN` for India linked every "in"). The rule, in the editors'
 * reference too:
 *
 * - An alias of fewer than three letters must be an abbreviation in capitals
 *   ("US", "U.S.", "UN", "EU"); it matches only in capitals.
 * - A one-word alias that is an ordinary English or Spanish word (one of the
 *   10,000 commonest of either language, `ordinary-words.ts`) matches only as
 *   written or in capitals: "China" and "CHINA", never "china"; "WHO", never
 *   "who". Written in lower case ("in", "china") it is refused; capitalised, a
 *   word that begins sentences ("In", "The", "El") is refused too, and so is
 *   the name of a month or a day in any case ("May", "MARCH", "Monday").
 * - Any other alias matches in any case, as before.
 *
 * Every alias must also be unique: listed once, on one entity.
 */
import type { ArchiveOrigins } from './archive-check.ts';
import type { ArchiveData } from './crosslinks.ts';
import { commonEnglish, commonSpanish, functionEnglish, functionSpanish } from './ordinary-words.ts';
import type { ContentProblem } from './validate.ts';

/** How an alias matches, or why it is refused. */
export type AliasRule =
  | { match: 'any-case' }
  /** Only as written, or in capitals. */
  | { match: 'exact-case' }
  | { match: 'refused'; reason: string };

/** Month and weekday names in both languages, from the platform's locale data rather than a hand-typed list. */
function calendarWords(): string[] {
  const names: string[] = [];
  for (const locale of ['en', 'es']) {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) names.push(month.format(new Date(Date.UTC(2024, m, 1))));
    for (let d = 0; d < 7; d++) names.push(weekday.format(new Date(Date.UTC(2024, 0, 1 + d))));
  }
  return names.map((name) => name.toLowerCase());
}

const split = (list: string) => list.split(' ');

/** Months and days: capitalised in English running text and in capitals on date lines ("MARCH 4, 2024"). */
const CALENDAR_WORDS = new Set(calendarWords());

/** Function words, which begin sentences capitalised ("In", "The", "El"). */
const SENTENCE_WORDS = new Set([...split(functionEnglish), ...split(functionSpanish)]);

/** Every ordinary word of either language, lower-cased. */
const ORDINARY = new Set([...split(commonEnglish), ...split(commonSpanish), ...SENTENCE_WORDS, ...CALENDAR_WORDS]);

/** True for a lower-cased word that is an ordinary English or Spanish word. */
export function isOrdinaryWord(word: string): boolean {
  return ORDINARY.has(word.toLowerCase());
}

const rules = new Map<string, AliasRule>();

/** How an alias matches, or why it is refused (see the module comment for the rule). */
export function aliasRule(alias: string): AliasRule {
  let rule = rules.get(alias);
  if (!rule) {
    rule = decide(alias.trim());
    rules.set(alias, rule);
  }
  return rule;
}

/** Decides an alias's rule. */
function decide(alias: string): AliasRule {
  const letters = alias.match(/\p{L}/gu) ?? [];
  const hasLower = letters.some((c) => c !== c.toUpperCase());
  const hasUpper = letters.some((c) => c !== c.toLowerCase());
  const quoted = JSON.stringify(alias);
  if (letters.length === 0)
    return { match: 'refused', reason: `${quoted} has no letters: an alias is a name as the texts write it` };
  const ordinary = !/\s/u.test(alias) && isOrdinaryWord(alias);
  const word = alias.toLowerCase();
  if (ordinary && CALENDAR_WORDS.has(word))
    return {
      match: 'refused',
      reason: `${quoted} names a month or a day, so it would link every date that uses it: give a longer name ("Theresa May")`,
    };
  if (ordinary && !hasUpper)
    return {
      match: 'refused',
      reason: `${quoted} is an ordinary word, so it would link every "${word}" in every statement: write the name as the texts capitalise it ("China"), as an abbreviation in capitals ("WHO"), or as a longer name`,
    };
  if (ordinary && hasLower && SENTENCE_WORDS.has(word))
    return {
      match: 'refused',
      reason: `${quoted} is an ordinary word that begins sentences, so it would link every sentence that starts with it: give a longer name, or an abbreviation in capitals`,
    };
  if (letters.length < 3 && hasLower)
    return {
      match: 'refused',
      reason: `${quoted} has fewer than three letters: only an abbreviation in capitals ("US", "U.S.", "UN") is accepted, and it matches only in capitals; otherwise give a longer name`,
    };
  return letters.length < 3 || ordinary ? { match: 'exact-case' } : { match: 'any-case' };
}

/** The form two aliases are compared in for duplicates: case and runs of spaces folded. */
const aliasKey = (alias: string) => alias.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * Checks every alias of the archive: the rule above for each, and no
 * duplicates, in one entity, across entities, within an annotation file or
 * between an annotation's scoped alias and a global one. Each problem names
 * the alias, and for a duplicate both places.
 */
export function checkAliases(data: ArchiveData, origins: ArchiveOrigins): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  /** Where each global alias is, by its folded form. */
  const owner = new Map<string, { entity: string; kind: string; file: string }>();

  for (const kind of ['people', 'organizations', 'places'] as const) {
    for (const entity of data[kind]) {
      const field = `${entity.id}.aliases`;
      const positions = new Map<string, number[]>();
      entity.aliases.forEach((alias, i) => {
        const key = aliasKey(alias);
        const list = positions.get(key);
        if (list) {
          list.push(i);
          return;
        }
        positions.set(key, [i]);
        const rule = aliasRule(alias);
        if (rule.match === 'refused') report(origins[kind], field, rule.reason);
        const first = owner.get(key);
        if (first)
          report(
            origins[kind],
            field,
            `"${alias}" is also an alias of ${first.kind}/${first.entity} in ${first.file}: an alias may name only one entity; keep it on one, and put a phrase whose meaning depends on the statement in that statement's annotation file`,
          );
        else owner.set(key, { entity: entity.id, kind, file: origins[kind] });
      });
      for (const list of positions.values()) {
        if (list.length < 2) continue;
        const shown = list.length > 5 ? `${list.slice(0, 5).join(', ')}, …` : list.join(', ');
        report(
          origins[kind],
          field,
          `"${entity.aliases[list[0]!]}" is listed ${list.length} times (items ${shown}): list each alias once`,
        );
      }
    }
  }

  data.annotations.forEach((annotation, a) => {
    const file = origins.annotations[a] ?? `annotation for ${annotation.statement}`;
    const seen = new Map<string, number>();
    annotation.aliases.forEach((scoped, k) => {
      const field = `aliases.${k}.text`;
      const key = aliasKey(scoped.text);
      const rule = aliasRule(scoped.text);
      if (rule.match === 'refused') report(file, field, rule.reason);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        report(file, field, `"${scoped.text}" is also aliases.${earlier}.text of this file: list each alias once`);
      else seen.set(key, k);
      const global = owner.get(key);
      if (global)
        report(
          file,
          field,
          global.entity === scoped.entity
            ? `"${scoped.text}" is already an alias of ${global.kind}/${global.entity} in ${global.file}, which applies in every statement: remove it here`
            : `"${scoped.text}" is an alias of ${global.kind}/${global.entity} in ${global.file}, which applies in every statement, so the two would conflict here: remove it there and list it in each statement's annotation file instead`,
        );
    });
  });
  return problems;
}
