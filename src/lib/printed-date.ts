/**
 * Dates as copies print them, in English and Spanish: "FEBRUARY 18, 2021",
 * "18 February 2021", "Feb. 18, 2021", "Thursday, May 21, 2020",
 * "12 de marzo de 2031", "jueves 12 de marzo del 2031", "1º de abril de 2030".
 * The importer reads a statement's date from them (as given by the source),
 * and the content check makes sure a date said to be printed really is.
 */
import { precisionOf } from './dates.ts';

/** A date found in a text: its ISO value and the exact words that print it. */
export interface PrintedDate {
  /** ISO calendar date, e.g. 2021-02-18. */
  value: string;
  /** The words exactly as printed, e.g. "FEBRUARY 18, 2021". */
  text: string;
  /** Where the words start in the text searched. */
  index: number;
}

/** Month names and abbreviations, English and Spanish, folded to lower case without accents or full stops. */
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
}; // prettier-ignore

/** A month word as copies print it: any case, an abbreviation with or without its full stop. */
const MONTH = String.raw`(\p{L}{3,10})\.?`;
/** A weekday before a date, English or Spanish, which the date does not need. */
const WEEKDAY = String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|º|°|o)?`;
const YEAR = String.raw`((?:19|20|21)\d{2})`;

/** The printed forms, each giving its day, month and year groups by name. */
const FORMS: { re: RegExp; order: ['day' | 'month' | 'year', 'day' | 'month' | 'year', 'day' | 'month' | 'year'] }[] = [
  // "FEBRUARY 18, 2021", "Feb. 18 2021", "marzo 12, 2031"
  { re: new RegExp(String.raw`${WEEKDAY}${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'giu'), order: ['month', 'day', 'year'] },
  // "12 de marzo de 2031", "12 de marzo del 2031", "1º de abril, 2030"
  {
    re: new RegExp(String.raw`${WEEKDAY}${DAY}\s+de\s+${MONTH},?\s+(?:de(?:l)?\s+)?${YEAR}\b`, 'giu'),
    order: ['day', 'month', 'year'],
  },
  // "18 February 2021", "18 Feb. 2021"
  { re: new RegExp(String.raw`${WEEKDAY}${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'giu'), order: ['day', 'month', 'year'] },
];

/** Folds a month word for lookup: lower case, accents dropped. */
const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The ISO date of a day, month word and year, or null when they make no real date. */
function isoOf(day: string, month: string, year: string): string | null {
  const m = MONTHS[fold(month)];
  if (m === undefined) return null;
  const iso = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return precisionOf(iso) === 'day' ? iso : null;
}

/** Every date printed in a text, in the order they appear (overlapping readings of the same words once). */
export function findPrintedDates(text: string): PrintedDate[] {
  const found: PrintedDate[] = [];
  for (const { re, order } of FORMS) {
    for (const match of text.matchAll(re)) {
      const parts = Object.fromEntries(order.map((name, i) => [name, match[i + 1]!])) as Record<string, string>;
      const value = isoOf(parts.day!, parts.month!, parts.year!);
      if (value === null) continue;
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((f) => index < f.index + f.text.length && f.index < end)) continue;
      found.push({ value, text: match[0], index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date printed in a text, or null. */
export function findPrintedDate(text: string): PrintedDate | null {
  return findPrintedDates(text)[0] ?? null;
}

/** The labels a date line may open with; the Spanish ones say a numeric date is day first. */
const DATE_LABEL =
  /^\s*(?:(published|posted|updated|issued|released|date)|(publicado|actualizado|fecha|emitido))(?: on| el)?\s*:?\s*/iu;

/** A date in figures: "20/11/2026", "20.11.2026", "2026-11-20". */
const NUMERIC_DATE = /^(?:(\d{1,2})([/.-])(\d{1,2})\2((?:19|20|21)\d{2})|((?:19|20|21)\d{2})-(\d{2})-(\d{2}))\b/u;

/**
 * A date printed in figures at the start of a text, read day first or month
 * first only where that is certain: a number over 12, or a label's language
 * ("Publicado: 05/11/2026" is day first, "Published: 11/05/2026" month first).
 */
function numericDate(text: string, at: number, dayFirst: boolean | undefined): PrintedDate | null {
  const m = NUMERIC_DATE.exec(text.slice(at));
  if (!m) return null;
  let iso: string;
  if (m[5]) iso = `${m[5]}-${m[6]}-${m[7]}`;
  else {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const first = a > 12 ? true : b > 12 ? false : dayFirst;
    if (first === undefined) return null;
    const [day, month] = first ? [a, b] : [b, a];
    iso = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return precisionOf(iso) === 'day' ? { value: iso, text: m[0], index: at } : null;
}

/** True when what follows a date on its line is only a time, a full stop, or a category after a bullet. */
function endsDateLine(after: string): boolean {
  const rest = after
    .replace(/^[\s,]*(?:[-–]\s*)?\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?|h(?:rs?)?\.?)?(?:\s+\p{Lu}{2,5}\b)?/iu, '')
    .trim();
  // After the date only a full stop, or a category set off by a bullet or bar ("• STATEMENTS AND RELEASES").
  return rest === '' || rest === '.' || (/^[•|·–—]/u.test(rest) && rest.split(/\s+/u).length <= 6);
}

/**
 * The date a text prints when it is nothing but a date, perhaps with its
 * weekday, a label ("Publicado: 20/11/2026"), a category after a bullet
 * ("FEBRUARY 18, 2021 • STATEMENTS AND RELEASES") or a time: a copy's date
 * line. Null for any other line.
 */
export function dateLine(text: string): PrintedDate | null {
  // A row of a page's metadata set off by bars or bullets: "By U.S. Embassy San Salvador | 3 July, 2025 | Topics: News".
  const cells = text.split(/\s+[|•·]\s+/u);
  if (cells.length > 1 && cells.every((cell) => cell.split(/\s+/u).length <= 8)) {
    let at = 0;
    for (const cell of cells) {
      const start = text.indexOf(cell, at);
      const found = dateCell(cell);
      if (found) return { ...found, index: start + found.index };
      at = start + cell.length;
    }
  }
  return dateCell(text);
}

/** The date a text prints when it is nothing but a date, with its label, weekday, time or category. */
function dateCell(text: string): PrintedDate | null {
  const label = DATE_LABEL.exec(text);
  const at = label ? label[0].length : text.length - text.trimStart().length;
  const date = findPrintedDate(text);
  if (date) {
    const before = text.slice(0, date.index).replace(DATE_LABEL, '').trim();
    return before === '' && endsDateLine(text.slice(date.index + date.text.length)) ? date : null;
  }
  const figures = numericDate(text, at, label ? (label[2] ? true : label[1] ? false : undefined) : undefined);
  return figures && endsDateLine(text.slice(figures.index + figures.text.length)) ? figures : null;
}

/**
 * A place and date on a line of their own ("Ciudad de Guatemala, 12 de marzo
 * de 2031.", "Washington, D.C., May 21, 2020"): a copy's dateline above the
 * text, or the place and date that close a Spanish comunicado. Null otherwise.
 */
export function placeAndDateLine(text: string): PrintedDate | null {
  const date = findPrintedDate(text);
  if (!date) return null;
  const before = text.slice(0, date.index).trim();
  const after = text
    .slice(date.index + date.text.length)
    .replace(/^[\s.,;:–—-]*/u, '')
    .trim();
  if (after !== '' || !/^\p{Lu}/u.test(before) || !/,$/u.test(before)) return null;
  return before.split(/\s+/u).length <= 8 ? date : null;
}
