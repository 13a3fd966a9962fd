/**
 * Each statement in its own language, the interface in English: which
 * language a page, its interface and its source words are marked with, and
 * how a language is named to readers. A statement page's `<html lang>` is the
 * statement's language (Pagefind indexes each language by its own rules from
 * it), so the interface around the text says it is English, and on every
 * other page the source words quoted say they are not.
 */

/** The language of the archive's interface: labels, navigation, records, controls, editors' notes. */
export const INTERFACE_LANGUAGE = 'en';

/** The primary subtag of a BCP 47 tag, lower-cased ("es-GT" → "es"). */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** True when text in this language needs no marking inside the interface (same primary language). */
export function isInterfaceLanguage(tag: string): boolean {
  return primaryLanguage(tag) === INTERFACE_LANGUAGE;
}

/** The `lang` the interface needs on a page in this language: English where the page is not, else none. */
export function interfaceLang(pageLanguage: string): string | undefined {
  return isInterfaceLanguage(pageLanguage) ? undefined : INTERFACE_LANGUAGE;
}

/** The `lang` source words need inside the interface: their own where it is not English, else none. */
export function sourceLang(language: string): string | undefined {
  return isInterfaceLanguage(language) ? undefined : language;
}

const names = new Intl.DisplayNames([INTERFACE_LANGUAGE], { type: 'language', fallback: 'code' });

/** A language's name in the interface language ("es" → "Spanish"), or the tag itself when it has none. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/*
 * Telling the language of a statement from its text, for the importer's
 * `language` field. The archive holds English and Spanish statements; the
 * text of a copy is long enough that its commonest short words decide it:
 * "the", "of", "and" against "de", "la", "que". A text that is neither clearly
 * gives no answer, and the editor says it with `--language`.
 */

/** Languages the archive recognises by their words. */
export const detectableLanguages = ['en', 'es'] as const;

/** Words frequent in running text of one language and rare in the other. */
const MARKERS: Record<(typeof detectableLanguages)[number], ReadonlySet<string>> = {
  en: new Set(
    'the of and to in is that for on with as was by at this be are from it has have will which their not an its were would been'.split(
      ' ',
    ),
  ),
  es: new Set(
    'de la que el en los del las por con para una se su al lo como más sus le ya entre también fue han ha sobre este esta desde'.split(
      ' ',
    ),
  ),
};

/** How many more marker words the winner needs, relative to all counted, to be a clear answer. */
const MARGIN = 0.3;
/** Fewer marker words than this say nothing reliable. */
const MIN_MARKERS = 3;

/** The language a text is written in, `en` or `es`, or null when its words do not tell clearly. */
export function detectLanguage(text: string): (typeof detectableLanguages)[number] | null {
  const counts = { en: 0, es: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (MARKERS.en.has(word)) counts.en += 1;
    if (MARKERS.es.has(word)) counts.es += 1;
  }
  const total = counts.en + counts.es;
  if (total === 0) return null;
  // A short text with the words of one language only is that language.
  if (counts.es === 0) return 'en';
  if (counts.en === 0) return 'es';
  if (total < MIN_MARKERS) return null;
  if (counts.en - counts.es >= MARGIN * total) return 'en';
  if (counts.es - counts.en >= MARGIN * total) return 'es';
  return null;
}
