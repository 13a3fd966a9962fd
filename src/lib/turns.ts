/**
 * Transcripts: speaker turns, stage directions and the times a transcript
 * gives. In remarks, briefings and interviews a label at the start of a
 * paragraph ("VICE PRESIDENT HARRIS:", "Q") opens a speaker's turn, which runs
 * until the next label; "(Laughter.)" and the like are the transcriber's stage
 * directions, not the speaker's words. The label and the directions stay in
 * the text (they are source text); these functions only say where they are.
 */
import type { AliasEntry } from './mentions.ts';

/** The speaker label a paragraph opens with. */
export interface SpeakerLabel {
  /** The label exactly as printed, colon included: "VICE PRESIDENT HARRIS:", "Q:", "Q". */
  text: string;
  /** The name the label gives, without the colon: "VICE PRESIDENT HARRIS", "Q". */
  name: string;
}

/** A word of a label: capitals (accents, hyphens, apostrophes and full stops included), a "Mc"/"Mac" prefix allowed, or a number. */
const LABEL_WORD = String.raw`(?:(?:Mc|Mac)?\p{Lu}[\p{Lu}\p{M}'’.\-]*|\p{N}+)`;

/**
 * A label: one to eight such words followed by a colon and a space (or the
 * end), or the interviewer's "Q" followed by spaces or a colon. Capitals
 * without a colon ("COVID-19 cases rose", "U.S. support") are text.
 */
const LABEL = new RegExp(String.raw`^(?:(Q)(?::|(?=\s)|$)|(${LABEL_WORD}(?: ${LABEL_WORD}){0,7}):(?=\s|$))`, 'u');

/** The speaker label at the start of a paragraph, or null when it opens with text. */
export function parseLabel(text: string): SpeakerLabel | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const name = match[1] ?? match[2]!;
  // A label names someone: at least one word must have a letter ("1:" is a list item, not a speaker).
  if (!/\p{L}/u.test(name)) return null;
  return { text: match[0], name };
}

/** What turns need of a block: its kind and text; paragraphs gain their label and their turn's speaker. */
interface TurnBlock {
  kind: string;
  text: string;
  label?: string;
  speaker?: string | null;
}

/**
 * Marks the turns of a transcript: each paragraph gets `speaker` (the name
 * in the label of the turn it belongs to, or null before the first label)
 * and, when it opens a turn, `label` (the label as printed). Subheadings do
 * not end a turn: the source prints them inside the running text.
 */
export function assignTurns<T extends TurnBlock>(blocks: T[]): T[] {
  let speaker: string | null = null;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const label = parseLabel(block.text);
    if (label) {
      speaker = label.name;
      block.label = label.text;
    }
    block.speaker = speaker;
  }
  return blocks;
}

/**
 * A parenthesised run of a transcript: a stage direction when it is a short
 * sentence starting with a capital and ending in a full stop inside the
 * parentheses ("(Laughter.)", "(As interpreted.)", "(Cross-talk.)"), or when it
 * is one of the directions transcribers write without one, in English or
 * Spanish ("(Via interpreter)", "(inaudible)", "(Risas).", "(Habla en
 * español).") — then a full stop right after it belongs to it. At most eight
 * words, so a spoken aside in parentheses is not taken for one.
 */
const PARENTHESISED = /\(([^()]{1,80}?)\)(\.)?/gu;

/** The transcribers' own words for what is not speech, English and Spanish. */
const DIRECTION_WORDS =
  /^(?:laughter|laughs|laughing|applause|inaudible|unintelligible|crosstalk|cross-talk|pause|music|off[- ]mic|technical difficulties|audio (?:drops|cuts out)|(?:via|through an?|as) interpret(?:er|ed|ation)|interpreted|speaks in \p{L}+|in (?:english|spanish|french|portuguese)|risas|se r[ií]e|aplausos|inaudible|ininteligible|pausa|m[uú]sica|(?:v[ií]a|por medio de|a trav[eé]s de|con) (?:un |una )?int[eé]rprete|interpretaci[oó]n|traducci[oó]n|habla en \p{L}+|en (?:ingl[eé]s|espa[nñ]ol|franc[eé]s|portugu[eé]s)|fuera de micr[oó]fono|dificultades t[eé]cnicas)\.?$/iu;

/** True when a parenthesised run is short enough to be a stage direction. */
const isShort = (run: string) => run.split(/\s+/u).length <= 8;

/** The stage direction a parenthesised match is, with its trailing full stop when that belongs to it, or null. */
function stageDirection(match: RegExpMatchArray): string | null {
  const inner = match[1]!.trim();
  if (!isShort(inner)) return null;
  if (/^\p{Lu}/u.test(inner) && inner.endsWith('.')) return `(${match[1]})`;
  if (DIRECTION_WORDS.test(inner)) return match[0];
  return null;
}

/** One run of a transcript paragraph: its label, spoken text, or a stage direction. */
export interface Run {
  kind: 'label' | 'text' | 'stage';
  text: string;
}

/**
 * Splits a transcript paragraph into its label, the words spoken and the
 * stage directions, in order; joined, the runs are the paragraph's text.
 */
export function paragraphRuns(block: { text: string; label?: string | undefined }): Run[] {
  const runs: Run[] = [];
  let rest = block.text;
  if (block.label && rest.startsWith(block.label)) {
    runs.push({ kind: 'label', text: block.label });
    rest = rest.slice(block.label.length);
  }
  let cursor = 0;
  for (const match of rest.matchAll(PARENTHESISED)) {
    const stage = stageDirection(match);
    if (stage === null) continue;
    if (match.index > cursor) runs.push({ kind: 'text', text: rest.slice(cursor, match.index) });
    runs.push({ kind: 'stage', text: stage });
    cursor = match.index + stage.length;
  }
  if (cursor < rest.length) runs.push({ kind: 'text', text: rest.slice(cursor) });
  return runs;
}

/**
 * The words a speaker says in a paragraph: without the label and the stage
 * directions, with the spaces these leave behind folded (no-break spaces
 * kept). Empty when the paragraph holds only directions.
 */
export function spokenText(block: { text: string; label?: string | undefined }): string {
  return paragraphRuns(block)
    .filter((r) => r.kind === 'text')
    .map((r) => r.text)
    .join(' ')
    .replace(/[ \t]{2,}/gu, ' ')
    .trim();
}

/** Folds case and whitespace, so "VICE PRESIDENT HARRIS" and "Vice President  Harris" compare equal. */
const labelKey = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** People's aliases by their folded form, the first person listed winning a shared alias. */
function aliasKeys(aliases: readonly AliasEntry[]): Map<string, { entity: string; alias: string }> {
  const byKey = new Map<string, { entity: string; alias: string }>();
  for (const { alias, entity, kind } of aliases) {
    const key = labelKey(alias);
    if (kind === 'people' && !byKey.has(key)) byKey.set(key, { entity, alias });
  }
  return byKey;
}

/** The archive-wide alias keys, folded once per alias list rather than once per transcript. */
const globalKeys = new WeakMap<readonly AliasEntry[], Map<string, { entity: string; alias: string }>>();

/**
 * Which person each speaker label names: a person whose alias is the label
 * (case-insensitive), the statement's own aliases taking precedence over the
 * archive's. Labels naming no one ("Q", "MODERATOR") map to null. Returns the
 * alias that matched as well, so the alias check knows it is in use.
 */
export function resolveSpeakers(
  names: Iterable<string>,
  aliases: readonly AliasEntry[],
  scoped: readonly AliasEntry[] = [],
): Map<string, { entity: string; alias: string } | null> {
  let global = globalKeys.get(aliases);
  if (!global) globalKeys.set(aliases, (global = aliasKeys(aliases)));
  const own = aliasKeys(scoped);
  const result = new Map<string, { entity: string; alias: string } | null>();
  for (const name of names) {
    const key = labelKey(name);
    result.set(name, own.get(key) ?? global.get(key) ?? null);
  }
  return result;
}

/** A clock time as transcripts print it: "5:14 P.M. CDT", "11:02 a.m. EDT", "14:30 CEST". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+\p{Lu}{2,5}\b)?/u;

/** The times a transcript gives, as printed: when it started (its header) and ended (its "END" line). */
export interface TranscriptTimes {
  start: string | null;
  end: string | null;
}

/** Finds the start time (the first clock time in the header) and the end time (the closing "END …" line). */
export function transcriptTimes(transcript: { header: readonly string[]; close: readonly string[] }): TranscriptTimes {
  const start = transcript.header.map((line) => CLOCK_TIME.exec(line)?.[0]).find(Boolean) ?? null;
  const endLine = transcript.close.find((line) => /^END\b/u.test(line.trim()));
  const end = endLine ? (CLOCK_TIME.exec(endLine)?.[0] ?? null) : null;
  return { start, end };
}

/**
 * The times for a reader: "5:14–5:48 P.M. CDT" when both share the part after
 * the digits, "11:40 A.M. – 12:15 P.M. EDT" when they do not, or whichever is
 * given. Null when the transcript gives no time.
 */
export function formatTimeRange({ start, end }: TranscriptTimes): string | null {
  if (start && end) {
    const split = (t: string) => /^(\d{1,2}:\d{2})(.*)$/u.exec(t)!;
    const [, startClock, startRest] = split(start);
    const [, endClock, endRest] = split(end);
    if (startRest!.trim() === endRest!.trim()) return `${startClock}–${endClock}${endRest}`;
    return `${start} – ${end}`;
  }
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return null;
}
